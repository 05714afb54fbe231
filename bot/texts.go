package bot

import (
	"fmt"
	"strings"

	"github.com/immunebot/immune/bot/model"
)

// texts holds every member- and admin-facing sentence in one language.
// Links are always shown defanged (dlscord[.]com) so that no client makes
// them clickable.
type texts struct {
	removed, careful string // notice openers: "removed a message from NAME:"

	imitates     string // imitated domain, shown link
	fileDisguise string // what, decoy, name
	file         string // what, name
	ipLogger     string // shown link
	blocklisted  string // shown link
	listedBy     string // feed, shown link
	compromised  string // name
	generic      string // reason summary
	genericFile  string // reason summary

	fileWhat  map[string]string
	decoyWhat map[string]string
	codeShort map[Code]string

	// for reason details
	details      map[string]string
	fileWhatLong map[string]string // file kinds as a detail names them
	lureNames    map[string]string // lure categories
	ages         [5]string         // seconds, a minute, N minutes, an hour, N hours
	units        [3][2]string      // a day, days; an hour, hours; a minute, minutes: for settings
	families     [model.NumFamilies]string
	spread       map[string]string // what was spread: a link, a text

	help string
}

var english = texts{
	details: englishDetails,
	fileWhatLong: map[string]string{
		"archive":        "an archive",
		"page":           "a web page carried as a file (a common way to deliver a fake login form)",
		"android":        "an Android app installed from outside the store",
		"disk_image":     "a disk image, a common wrapper for malware",
		"macro_document": "a document that can run macros",
		"shortcut":       "a shortcut that runs something else",
		"script":         "a script that runs on the computer",
		"installer":      "an installer",
		"executable":     "a Windows program",
		"linux":          "a Linux or device program (the kind botnets spread)",
	},
	lureNames: map[string]string{
		"account_lock": "account-lock urgency", "login": "a login or verify request", "prize": "a prize",
		"gift": "a free gift", "crypto": "a crypto or wallet lure", "staff": "staff impersonation",
		"photo": "\"is this you in this photo?\"", "install": "an invitation to install or run something",
		"parcel": "a parcel or delivery problem", "job": "easy pay for online tasks", "loan": "a quick loan with no checks",
		"gambling": "betting or gambling", "authority": "a threat in the name of the police or a court",
		"vote": "a request to vote or to pass on a code",
		// the kinds of official notice (lure.Notice)
		"fine": "a fine to pay", "benefit": "a social-insurance or benefit payout", "tax": "a tax refund or debt",
		"bill": "a power or water bill", "portal": "a government portal or e-ID",
	},
	ages:  [5]string{"seconds", "a minute", "%d minutes", "an hour", "%d hours"},
	units: [3][2]string{{"day", "days"}, {"hour", "hours"}, {"minute", "minutes"}},
	families: [model.NumFamilies]string{
		model.Spelling:  "letters arranged like known scam names",
		model.Words:     "the words %s",
		model.TLD:       "the ending .%s",
		model.Hosting:   "a free site on %s",
		model.Shape:     "a long, hyphenated or number-laden name",
		model.PathWords: "the words %s in its path",
		model.File:      "a .%s page",
		model.PathShape: "an odd-looking path",
	},
	spread:       map[string]string{"link": "link", "file": "file", "text": "text carrying a link"},
	removed:      "🛡️ I removed a message from %s: ",
	careful:      "⚠️ Careful with %s's message: ",
	imitates:     "this link imitates %s (%s). Don't log in or enter any code there.",
	fileDisguise: "this file is %s disguised as %s (%s). Don't open it.",
	file:         "this file is %s (%s). Don't open it unless you know exactly what it is.",
	ipLogger:     "this link records the address of everyone who clicks it (%s). Don't click it.",
	blocklisted:  "this link is on the block list (%s). Don't open it.",
	listedBy:     "this link is on %s's list of dangerous sites (%s). Don't open it.",
	compromised:  "%s's account looks hijacked: it is posting the same link in many groups. Don't click it, and don't trust messages from it until its owner confirms.",
	generic:      "this looks like a scam (%s). Don't log in, pay or download anything from it.",
	genericFile:  "this file looks dangerous (%s). Don't open it.",
	fileWhat: map[string]string{
		"executable": "a Windows program", "installer": "an installer", "script": "a script that runs on your computer",
		"shortcut": "a shortcut that runs a program", "macro_document": "a document with macros",
		"disk_image": "a disk image that hides programs", "android": "an Android app from outside the store",
		"page": "a web page saved as a file", "linux": "a Linux or device program", "archive": "an archive",
		"shared_file": "offered on a file host the way malware is",
	},
	decoyWhat: map[string]string{"photo": "a photo", "video": "a video", "audio": "an audio file", "document": "a document"},
	codeShort: map[Code]string{
		CodeBlocklisted: "on the block list", CodeLookalike: "a lookalike domain", CodeHomoglyph: "look-alike characters",
		CodeMixedScript: "mixed alphabets", CodeBrandInDomain: "a brand name in a stranger's domain",
		CodeUserinfo: "a disguised destination", CodeMaskedLink: "the link text hides where it goes",
		CodeRawIP: "a bare IP address", CodeIPLogger: "an IP logger", CodeShortener: "a hidden destination", CodeRedirect: "a link that leads elsewhere",
		CodeSuspiciousTLD: "a domain ending used for scams", CodeDomainWords: "a domain named like bait",
		CodeDisguised: "a link written to dodge filters", CodeHiddenChars: "invisible characters in the link",
		CodeDangerousFile: "a program or script", CodePattern: "an address shaped like known phishing sites", CodeDoubleExtension: "a disguised file", CodeRTLOverride: "a disguised file name",
		CodeLure: "bait words", CodeNewMember: "a brand-new member", CodeMassMention: "a ping to everyone",
		CodeEditAddedLink: "a link added by editing", CodeFirstLink: "a first link from this member", CodeFanOut: "the same link in many groups", CodeCompromised: "a hijacked account",
		CodeTooManyLinks: "too many links or files to check",
		CodeGovName:      "a site dressed as a government's", CodeNotice: "an official notice with a stranger's link",
		CodeFormRequest:  "a form asking for secrets or giving prizes",
		CodeRunCommand:   "a command that runs a stranger's program",
		CodeGroupInvite:  "an invite to a money-making scheme's group",
		CodeDownloadName: "a fake download site",
		CodeLurePage:     "a page named for what phishing asks",
	},
	help: `immune keeps this chat safe from phishing links, lookalike domains and disguised files.
Commands (admins only where marked *):
status: what I protect and how
mode off|warn|delete *: record only / warn only / delete confident threats
allow DOMAIN… *, unallow DOMAIN… *: never flag a domain in this chat (one or more, apart by spaces)
block DOMAIN… *, unblock DOMAIN… *: always delete a domain in this chat
lists: this chat's allow and block lists (lists block from K, or from an entry: from there on)
pardon USER *: clear the strikes and hijacked mark of an account flagged here, lift its mute (USER: @username, name or the id offenders shows; or reply with pardon to their message or my notice about it)
offenders [from #…|K] *: accounts flagged in this chat, 20 at a time (from #…: where the last answer left off)
why * (as a reply to my notice, or with a message id): why a message went
audit [N] [from #…|K] *: the last N decisions here (at most 50; from #…: where the last answer left off; from K: from the K-th newest on)
check TEXT (or as a reply): judge a message and explain why
report (as a reply): send a message to the admins
lang english|tiếng việt (or en|vi) *: language of my messages
setlog *: where admin notes go (Telegram: a code to link a private admin chat; setlog here, setlog off)
link *: Telegram, in the private admin chat: with the code from setlog
help: this text`,
}

var vietnamese = texts{
	details: vietnameseDetails,
	fileWhatLong: map[string]string{
		"archive":        "một tệp nén",
		"page":           "một trang web lưu dạng tệp (cách hay dùng để đưa form đăng nhập giả)",
		"android":        "một ứng dụng Android cài ngoài cửa hàng",
		"disk_image":     "một ảnh đĩa, thứ hay được dùng để bọc mã độc",
		"macro_document": "một tài liệu có thể chạy macro",
		"shortcut":       "một lối tắt chạy thứ khác",
		"script":         "một tập lệnh chạy trên máy tính",
		"installer":      "một trình cài đặt",
		"executable":     "một chương trình Windows",
		"linux":          "một chương trình cho Linux hoặc thiết bị (loại mà mạng botnet phát tán)",
	},
	lureNames: map[string]string{
		"account_lock": "doạ khoá tài khoản", "login": "yêu cầu đăng nhập hoặc xác minh", "prize": "trúng thưởng",
		"gift": "quà tặng miễn phí", "crypto": "mồi tiền mã hoá hoặc ví", "staff": "giả danh nhân viên",
		"photo": "\"đây có phải bạn trong ảnh?\"", "install": "rủ cài đặt hoặc chạy chương trình",
		"parcel": "bưu kiện hoặc giao hàng có vấn đề", "job": "việc nhẹ lương cao, làm nhiệm vụ online",
		"loan": "mời vay nhanh không thẩm định", "gambling": "cá cược, cờ bạc",
		"authority": "doạ danh nghĩa công an, toà án", "vote": "nhờ bình chọn hoặc gửi mã",
		// các loại thông báo chính thức (lure.Notice)
		"fine": "nộp phạt, phạt nguội", "benefit": "rút BHXH, trợ cấp", "tax": "hoàn thuế, nợ thuế",
		"bill": "tiền điện, tiền nước", "portal": "dịch vụ công, định danh điện tử",
	},
	ages:  [5]string{"vài giây", "một phút", "%d phút", "một giờ", "%d giờ"},
	units: [3][2]string{{"ngày", "ngày"}, {"giờ", "giờ"}, {"phút", "phút"}},
	families: [model.NumFamilies]string{
		model.Spelling:  "cách ghép chữ giống tên các trang lừa đảo",
		model.Words:     "các từ %s",
		model.TLD:       "đuôi .%s",
		model.Hosting:   "trang miễn phí trên %s",
		model.Shape:     "tên dài, nhiều gạch nối hoặc chữ số",
		model.PathWords: "các từ %s trong đường dẫn",
		model.File:      "trang .%s",
		model.PathShape: "đường dẫn bất thường",
	},
	spread:       map[string]string{"link": "liên kết", "file": "tệp", "text": "nội dung kèm liên kết"},
	removed:      "🛡️ Đã xoá tin nhắn của %s: ",
	careful:      "⚠️ Cẩn thận với tin nhắn của %s: ",
	imitates:     "liên kết này giả mạo %s (%s). Đừng đăng nhập hay nhập mã nào ở đó.",
	fileDisguise: "tệp này là %s giả dạng %s (%s). Đừng mở.",
	file:         "tệp này là %s (%s). Đừng mở nếu không biết chắc nó là gì.",
	ipLogger:     "liên kết này ghi lại địa chỉ IP của mọi người bấm vào (%s). Đừng bấm.",
	blocklisted:  "liên kết này nằm trong danh sách chặn (%s). Đừng mở.",
	listedBy:     "liên kết này nằm trong danh sách trang nguy hiểm của %s (%s). Đừng mở.",
	compromised:  "tài khoản của %s có vẻ đã bị chiếm: nó đang gửi cùng một liên kết vào nhiều nhóm. Đừng bấm vào, và đừng tin tin nhắn từ tài khoản này cho đến khi chủ tài khoản xác nhận.",
	generic:      "tin nhắn này có dấu hiệu lừa đảo (%s). Đừng đăng nhập, chuyển tiền hay tải gì từ đó.",
	genericFile:  "tệp này có vẻ nguy hiểm (%s). Đừng mở.",
	fileWhat: map[string]string{
		"executable": "chương trình Windows", "installer": "trình cài đặt", "script": "tập lệnh chạy trên máy tính",
		"shortcut": "lối tắt chạy chương trình khác", "macro_document": "tài liệu có macro",
		"disk_image": "ảnh đĩa chứa chương trình", "android": "ứng dụng Android cài ngoài cửa hàng",
		"page": "trang web lưu dạng tệp", "linux": "chương trình cho Linux hoặc thiết bị", "archive": "tệp nén",
		"shared_file": "được mời tải trên dịch vụ lưu trữ tệp theo cách mã độc vẫn được phát tán",
	},
	decoyWhat: map[string]string{"photo": "ảnh", "video": "video", "audio": "tệp âm thanh", "document": "tài liệu"},
	codeShort: map[Code]string{
		CodeBlocklisted: "nằm trong danh sách chặn", CodeLookalike: "tên miền nhái", CodeHomoglyph: "ký tự trông giống nhau",
		CodeMixedScript: "trộn nhiều bảng chữ cái", CodeBrandInDomain: "dùng tên thương hiệu trên tên miền lạ",
		CodeUserinfo: "giấu địa chỉ thật", CodeMaskedLink: "chữ hiển thị khác nơi liên kết dẫn tới",
		CodeRawIP: "địa chỉ IP trần", CodeIPLogger: "công cụ ghi IP", CodeShortener: "giấu địa chỉ thật", CodeRedirect: "liên kết dẫn sang trang khác",
		CodeSuspiciousTLD: "đuôi tên miền hay bị lạm dụng", CodeDomainWords: "tên miền đặt như mồi nhử",
		CodeDisguised: "liên kết viết lách bộ lọc", CodeHiddenChars: "ký tự ẩn trong liên kết",
		CodeDangerousFile: "chương trình hoặc tập lệnh", CodePattern: "địa chỉ giống các trang lừa đảo đã biết", CodeDoubleExtension: "tệp giả dạng", CodeRTLOverride: "tên tệp bị đảo chiều",
		CodeLure: "lời mời chào đáng ngờ", CodeNewMember: "thành viên vừa vào nhóm", CodeMassMention: "gọi tất cả mọi người",
		CodeEditAddedLink: "liên kết được thêm khi sửa tin", CodeFirstLink: "liên kết đầu tiên của thành viên này", CodeFanOut: "cùng một liên kết gửi vào nhiều nhóm", CodeCompromised: "tài khoản bị chiếm",
		CodeTooManyLinks: "quá nhiều liên kết hoặc tệp để kiểm tra",
		CodeGovName:      "trang giả dạng cơ quan nhà nước", CodeNotice: "thông báo chính thức kèm liên kết lạ",
		CodeFormRequest:  "biểu mẫu đòi thông tin bí mật hoặc hứa trao thưởng",
		CodeRunCommand:   "lệnh chạy chương trình của người lạ",
		CodeGroupInvite:  "lời mời vào nhóm làm giàu lừa đảo",
		CodeDownloadName: "trang tải phần mềm giả",
		CodeLurePage:     "trang đặt tên theo thứ kẻ lừa đảo đòi",
	},
	help: `immune bảo vệ nhóm khỏi liên kết lừa đảo, tên miền nhái và tệp giả dạng.
Lệnh (* chỉ dành cho quản trị viên):
status: tình trạng bảo vệ
mode off|warn|delete (hoặc tắt|cảnh báo|xoá) *: chỉ ghi nhận / chỉ cảnh báo / xoá mối nguy chắc chắn
allow DOMAIN… *, unallow DOMAIN… *: không bao giờ chặn tên miền này trong nhóm (một hay nhiều tên, cách nhau bằng dấu cách)
block DOMAIN… *, unblock DOMAIN… *: luôn xoá tên miền này trong nhóm
lists: danh sách cho phép và chặn của nhóm (lists block từ K, hoặc từ một mục: từ đó trở đi)
pardon USER *: xoá cảnh cáo, bỏ đánh dấu bị chiếm, gỡ cấm chat (USER: @tên_người_dùng, tên hoặc id mà offenders hiện; hoặc trả lời tin nhắn của họ hay thông báo của bot về tin đó bằng pardon)
offenders [từ #…|K] *: các tài khoản bị cảnh cáo trong nhóm này, mỗi lần 20 (từ #…: tiếp từ chỗ câu trả lời trước dừng)
why * (trả lời thông báo của bot, hoặc kèm id tin nhắn): vì sao tin nhắn bị xử lý
audit [N] [từ #…|K] *: N quyết định gần nhất trong nhóm (tối đa 50; từ #…: tiếp từ chỗ câu trả lời trước dừng; từ K: kể từ quyết định mới thứ K)
check TEXT (hoặc trả lời tin nhắn): kiểm tra và giải thích
report (trả lời tin nhắn): gửi tin nhắn cho quản trị viên
lang tiếng việt|english (hoặc vi|en) *: ngôn ngữ của bot
setlog *: nơi nhận thông báo quản trị (Telegram: lấy mã để liên kết nhóm quản trị riêng; setlog here, setlog off)
link *: Telegram, trong nhóm quản trị riêng: kèm mã từ setlog
help: trợ giúp`,
}

func textsFor(l Lang) *texts {
	if l == Vietnamese {
		return &vietnamese
	}
	return &english
}

// notice writes the member-facing warning for a decision: one short
// message that says what the danger is and what to do, with no clickable
// link.
func (t *texts) notice(name string, deleted bool, v *Verdict) string {
	if name = ShowName(name); name == "" {
		name = "?"
	}
	var b strings.Builder
	if deleted {
		fmt.Fprintf(&b, t.removed, name)
	} else {
		fmt.Fprintf(&b, t.careful, name)
	}
	b.WriteString(t.explain(name, v))
	return b.String()
}

// explain says in one sentence why a verdict was reached: a hijacked
// account first, then what a link imitates or what a file is, then the
// strongest reasons in short words.
func (t *texts) explain(name string, v *Verdict) string {
	if len(v.Reasons) == 0 {
		return ""
	}
	for _, r := range v.Reasons {
		switch r.Code {
		case CodeCompromised, CodeFanOut:
			return fmt.Sprintf(t.compromised, name)
		}
	}
	for _, r := range v.Reasons {
		if r.Weight < lureFloor {
			break // weaker findings do not carry the explanation
		}
		switch r.Code {
		case CodeBlocklisted:
			if r.Source != "" {
				return fmt.Sprintf(t.listedBy, r.Source, r.Subject)
			}
			return fmt.Sprintf(t.blocklisted, r.Subject)
		case CodeLookalike, CodeHomoglyph, CodeBrandInDomain, CodeUserinfo, CodeMaskedLink:
			if r.Imitates != "" {
				return fmt.Sprintf(t.imitates, r.Imitates, r.Subject)
			}
		case CodeIPLogger:
			return fmt.Sprintf(t.ipLogger, r.Subject)
		case CodeDoubleExtension, CodeRTLOverride:
			if r.Decoy != "" {
				return fmt.Sprintf(t.fileDisguise, t.fileWhat[r.File], t.decoyWhat[r.Decoy], r.Subject)
			}
			return fmt.Sprintf(t.file, t.fileWhat[r.File], r.Subject)
		case CodeDangerousFile:
			if w := t.fileWhat[r.File]; w != "" {
				return fmt.Sprintf(t.file, w, r.Subject)
			}
			// a rule's finding with no file kind (pickle_file,
			// weights_site: a model file on a link) is summed up by
			// its reasons, not as "this file is  (host)" (rev46e)
		}
	}
	return fmt.Sprintf(t.generic, t.summary(v, 2))
}

// lureFloor is the weight below which a finding is too weak to be named
// as the reason for a notice.
const lureFloor = 0.5

// summary names the strongest n reasons in short words.
func (t *texts) summary(v *Verdict, n int) string {
	var parts []string
	for _, r := range v.Reasons {
		s := t.codeShort[r.Code]
		if s == "" || contains(parts, s) {
			continue
		}
		parts = append(parts, s)
		if len(parts) == n {
			break
		}
	}
	return strings.Join(parts, ", ")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// floodTexts are the notices that stand for several at once in a flooded
// chat: removed, warned about, and the advice after them.
var floodTexts = map[Lang][3]string{
	English: {
		"🛡️ I removed %d dangerous messages here just now.",
		"⚠️ %d messages here just now look dangerous.",
		" Don't click their links or open their files, even from people you know: accounts get hijacked.",
	},
	Vietnamese: {
		"🛡️ Vừa xoá %d tin nhắn nguy hiểm trong nhóm.",
		"⚠️ Có %d tin nhắn vừa gửi trong nhóm có vẻ nguy hiểm.",
		" Đừng bấm liên kết hay mở tệp trong đó, kể cả từ người quen: tài khoản có thể đã bị chiếm.",
	},
}

// FloodNotice is the one notice an adapter sends in place of several
// waiting in a flooded chat: removed counts the messages deleted, warned
// those only warned about.
func FloodNotice(l Lang, removed, warned int) string {
	t, ok := floodTexts[l]
	if !ok {
		t = floodTexts[English]
	}
	var b strings.Builder
	if removed > 0 {
		fmt.Fprintf(&b, t[0], removed)
	}
	if warned > 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, t[1], warned)
	}
	b.WriteString(t[2])
	return b.String()
}
