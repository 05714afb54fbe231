package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// vi46: what Vietnamese gamers and students link and what is sent to
// them — the game publishers' own top-up, payment and account sites, a
// member's question about a tool, and the smishing classes beside them.

// vnPublisherSites are the own sites of the game publishers Vietnamese
// gamers top up and sign in on, and of the payment gateways their shops
// send them through, trusted at run time (they join reputableAtRuntime,
// so the trainer's view does not trust them and the model does not
// move). Their names are the trade's words: Garena's top-up site is
// napthe.vn ("nạp thẻ", top up a card), which the link model and the
// domain words read as a top-up scam's name (napthe-ff.vn), so a member
// who sends the group to the official site ("nạp ở trang chính thức")
// was deleted. The brands' own domains (garena.vn, zing.vn, momo.vn,
// zalopay.vn, viettelmoney.vn) are package brand's; these are the
// publishers' and gateways' other sites: VNGGames (vnggames.com,
// zingplay.com, 360game.vn), VTC (vtc.vn, vtcgame.vn, vtcpay.vn,
// scoin.vn), Gosu, Funtap, SohaGame (VCCorp), Gamota, Appota, and the
// payment gateways Ngân Lượng, Bảo Kim and OnePay (Payoo is a brand's own).
// None is in the training lists' phishing or abused domains.
var vnPublisherSites = []string{
	// game publishers' portals, top-up and account sites
	"napthe.vn", "vnggames.com", "zingplay.com", "360game.vn", "vtc.vn", "vtcgame.vn", "vtcpay.vn", "scoin.vn",
	"gosu.vn", "funtap.vn", "sohagame.vn", "gamota.com", "appota.com",
	// payment gateways
	"nganluong.vn", "baokim.vn", "onepay.vn",
}

// _ adds vnPublisherSites to reputableAtRuntime as the package's
// variables are initialised, before trainedhosts.go's init trusts them.
var _ = joinRuntimeSites(vnPublisherSites)

// joinRuntimeSites adds sites to reputableAtRuntime; it panics on one
// held already.
func joinRuntimeSites(sites []string) bool {
	for _, d := range sites {
		if reputableAtRuntime[d] {
			panic("bot: " + d + " is in reputableAtRuntime twice")
		}
		reputableAtRuntime[d] = true
	}
	return true
}

// wViEventName: a publisher's or a game's name hyphenated with an
// event's word on a stranger's name (viEventName: garena-event.com,
// vnggames-event.com) warns alone, as the other names read by their
// shape do (wViActionName).
const wViEventName = 0.6

// viPublisherWords are the names of the publishers and games Vietnamese
// gamers top up and play, as a game-event scam's name borrows them:
// lienquan-sukien.garena-event.com, ff-sukien.vnggames-event.com. The
// publishers' own sites (garena.vn, vnggames.com, napthe.vn) are trusted
// and never read.
var viPublisherWords = setOf("garena", "vnggames", "vnggame", "vng", "zing", "zingplay", "vtc", "vtcgame", "gosu",
	"funtap", "sohagame", "gamota", "appota", "riotgames", "tencent", "lienquan", "lienminh", "lmht", "freefire",
	"pubgm", "tocchien")

// viEventWords are the words such a name joins to the publisher's: an
// event (sự kiện), a gift code, a gift.
var viEventWords = setOf("event", "events", "sukien", "giftcode", "nhanqua", "quatang", "tangqua", "nhancode")

// viEventName returns the publisher's or game's word and the event's word
// of a registrable label that is one of each, hyphenated (garena-event,
// vng-sukien, with at most one other part: a number trimmed, a filler)
// or run together either way round (garenaevent, vngsukien, eventgarena:
// the training lists' Vietnamese phishing names run "event" first too,
// eventlienquanvn.com), and whether it is one.
func viEventName(label string) (publisher, event string, ok bool) {
	label = trimNumber(label)
	if len(label) > 40 {
		return "", "", false
	}
	if strings.IndexByte(label, '-') < 0 {
		for i := 3; i+3 <= len(label); i++ {
			a, b := label[:i], label[i:]
			if viPublisherWords[a] && viEventWords[b] {
				return a, b, true
			}
			if viEventWords[a] && viPublisherWords[b] {
				return b, a, true // eventgarena, sukienlienquan (rev46a)
			}
		}
		return "", "", false
	}
	others, n := 0, 0
	for rest := label; rest != ""; n++ {
		var part string
		part, rest, _ = strings.Cut(rest, "-")
		switch {
		case n == 4 || part == "":
			return "", "", false
		case publisher == "" && viPublisherWords[part]:
			publisher = part
		case event == "" && viEventWords[part]:
			event = part
		case noticeFillers[part]:
		default:
			others++
		}
	}
	if publisher == "" || event == "" || others > 1 {
		return "", "", false
	}
	return publisher, event, true
}

// judgeShortVi46 finds a shortened link in a Vietnamese smishing
// message that judgeShortBrand does not read: a bank's notice signed
// with no bank's name, as a notice or to the holder ("Ngân hàng thông báo
// khóa tài khoản của quý khách, xác minh ngay: bit.ly/…"; viBankSender,
// speaksToHolder; not one a member passes on to the group, groupCalls),
// and an e-wallet's or a shop's refund or prize ("ViettelMoney tặng bạn
// 500K, nhận ngay: bit.ly/vtmoney-qua500", "Shopee hoàn tiền 250.000đ
// cho đơn hàng của bạn: shorturl.at/shp250k"; viWalletSlug,
// viWalletSender; not a shop's offer with its terms, shopOffer). A bank,
// a wallet or a shop links its own site for either; the shortener hides
// where the link goes. The reasons name the words matched as text wrote
// them (rev46e).
func (c *Classifier) judgeShortVi46(rs *reasons, text string, folded []byte, found *lure.Found, j *Judgement, bm *brand.Matcher) {
	if c.training {
		return
	}
	short := c.shortenedLink(j, bm)
	if short == nil {
		return
	}
	lock := found[lure.AccountLock].Weight >= lure.Strong || found[lure.Login].Weight >= lure.Strong
	// a prize is a lure word's, or one of viPrizeWords no lure list
	// holds ("lì xì")
	prize := found[lure.Prize].Weight > 0 || found[lure.Gift].Weight > 0 || viPrizeWords(folded)
	if !lock && !prize || ownAccount(folded) || scamTalk(folded) {
		return
	}
	if lock && viBankSender(folded) && speaksToHolder(folded) && !containsAnyWords(folded, groupCalls) {
		shown := linkx.Defang(short.Unicode)
		said := found[lure.AccountLock].Phrase
		if found[lure.AccountLock].Weight < lure.Strong {
			said = found[lure.Login].Phrase
		}
		rs.add(handRule(CodeShortener, wShortBrand, shown, say2("short_bank", shown, asWritten(text, j.Links, said))))
		return
	}
	if !prize {
		return
	}
	if wallet, what, ok := viWalletSlug(short.Path); ok && !shopOffer(folded) {
		shown := linkx.Defang(short.Unicode)
		rs.add(handRule(CodeShortener, wShortBrand, shown, say2("short_vi_prize", shown+short.Path, wallet, what)))
		return
	}
	if wallet := viWalletSender(folded); wallet != "" && viPrizeWords(folded) && vndAmount(folded) && !shopOffer(folded) {
		shown := linkx.Defang(short.Unicode)
		said := firstPhrase(folded, viPrizePhrases) // named in the reason (rev46e)
		rs.add(handRule(CodeShortener, wShortBrand, shown, say2("short_vi_prize_text", shown, wallet, asWritten(text, j.Links, said))))
	}
}

// firstWords3 returns the first three words of folded text, and whether
// the writer speaks of themselves among them (firstPerson).
func firstWords3(folded []byte) (words [3][]byte, n int, self bool) {
	prev := []byte(nil)
	for i := 0; i < len(folded) && n < 3; n++ {
		k := bytes.IndexByte(folded[i:], ' ')
		if k < 0 {
			k = len(folded) - i
		}
		w := folded[i : i+k]
		if firstPerson(prev, w) {
			return words, n, true
		}
		words[n], prev = w, w
		i += k + 1
	}
	return words, n, false
}

// viBankSender reports a message that opens as a bank's notice signed
// with no bank's name: "Ngân hàng thông báo", "[Ngân hàng] …", "NH thông
// báo" — "ngân hàng" or "nh" among its first three words, no member's
// "mình" or "tôi" before.
func viBankSender(folded []byte) bool {
	words, n, self := firstWords3(folded)
	if self {
		return false
	}
	for i := 0; i < n; i++ {
		if string(words[i]) == "nh" && i+1 < n && string(words[i+1]) == "thong" ||
			string(words[i]) == "ngan" && i+1 < n && string(words[i+1]) == "hang" {
			return true
		}
	}
	return false
}

// speaksToHolder reports a message that is a notice or speaks to the
// account's holder as a bank's notice does: thông báo, quý khách (qk),
// "của bạn", "tài khoản bạn". A member passing on a bank's guide ("Ngân
// hàng hướng dẫn cập nhật sinh trắc học …") does neither.
func speaksToHolder(folded []byte) bool {
	return containsAnyWords(folded, holderWords)
}

// holderWords are speaksToHolder's folded phrases.
var holderWords = []string{"thong bao", "quy khach", "qk", "cua ban", "tai khoan ban"}

// groupCalls are the folded words by which a member speaks to the
// group, as one passing on a bank's notice does ("Ngân hàng thông báo:
// từ 1/7 tài khoản chưa cập nhật sinh trắc học sẽ bị tạm dừng, mọi
// người xem hướng dẫn …"): mọi người, cả nhà, anh em, ae. A bank's
// notice speaks to its holder (quý khách), not to a group (rev46a).
var groupCalls = []string{"moi nguoi", "ca nha", "anh em", "ae"}

// scamTalk reports a message that speaks of a scam (lừa đảo, giả mạo,
// mạo danh, thủ đoạn, scam): a member warning the group of the notice,
// or a paper's story of it, not the notice.
func scamTalk(folded []byte) bool {
	return containsAnyWords(folded, scamTalkWords)
}

// scamTalkWords are scamTalk's folded phrases.
var scamTalkWords = []string{"lua dao", "gia mao", "mao danh", "thu doan", "scam", "canh giac"}

// viWallets are the e-wallets and shops Vietnamese smishing promises a
// refund or a prize from, as their names and the abbreviations the
// waves' short links use are written without marks: ViettelMoney
// (vtmoney), MoMo, ZaloPay (zlp), ShopeePay (spay), Shopee (shp), Lazada
// (lzd), Tiki, Sendo, VNPay, TikTok Shop.
var viWallets = setOf("viettelmoney", "vtmoney", "viettelpay", "momo", "zalopay", "zlp", "shopeepay", "spay", "shopee",
	"shp", "lazada", "lzd", "tiki", "sendo", "vnpay", "tiktokshop")

// viPrizeSlug are the words a short link's name gives the refund or the
// prize: quà, hoàn (tiền, trả), thưởng, tri ân, lì xì.
var viPrizeSlug = setOf("qua", "hoan", "hoantien", "hoantra", "thuong", "nhanthuong", "nhanqua", "quatang", "tangqua",
	"trian", "lixi", "trungthuong", "doiqua", "nhantien")

// trimAmount returns a word with a trailing amount cut off (qua500,
// hoantien250k: qua, hoantien).
func trimAmount(w string) string {
	s := strings.TrimSuffix(w, "k")
	if t := strings.TrimRight(s, "0123456789"); t != s {
		return t
	}
	return w
}

// viWalletSlug returns the wallet's or shop's name and the prize's word
// a shortened link's first path segment names (viettelmoney-qua500,
// shopee-hoan, momoqua), with at most one other part, and whether it
// does.
func viWalletSlug(path string) (wallet, what string, ok bool) {
	seg := strings.Trim(path, "/")
	if i := strings.IndexByte(seg, '/'); i >= 0 {
		seg = seg[:i]
	}
	if len(seg) < 5 || len(seg) > 40 {
		return "", "", false
	}
	var buf [40]byte
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '_':
			c = '-'
		case !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'):
			return "", "", false
		}
		buf[i] = c
	}
	low := buf[:len(seg)]
	if bytes.IndexByte(low, '-') < 0 {
		w := trimAmount(string(low))
		for i := 2; i+3 <= len(w); i++ {
			if viWallets[w[:i]] && viPrizeSlug[w[i:]] {
				return w[:i], w[i:], true
			}
		}
		return "", "", false
	}
	others, n := 0, 0
	for rest := low; len(rest) > 0; n++ {
		part := rest
		if k := bytes.IndexByte(rest, '-'); k >= 0 {
			part, rest = rest[:k], rest[k+1:]
		} else {
			rest = nil
		}
		p := trimAmount(string(part))
		switch {
		case n == 4 || p == "":
			return "", "", false
		case wallet == "" && viWallets[p]:
			wallet = p
		case what == "" && viPrizeSlug[p]:
			what = p
		default:
			others++
		}
	}
	if wallet == "" || what == "" || others > 1 {
		return "", "", false
	}
	return wallet, what, true
}

// viWalletSender returns the wallet's or shop's name among a message's
// first three words ("[ViettelMoney] …", "Shopee hoàn tiền …"), no
// member's "mình" or "tôi" before, or "".
func viWalletSender(folded []byte) string {
	words, n, self := firstWords3(folded)
	if self {
		return ""
	}
	for i := 0; i < n; i++ {
		if w := string(words[i]); viWallets[w] && len(w) >= 4 {
			return w
		}
	}
	return ""
}

// viPrizeWords reports a refund or a prize held out to the reader: hoàn
// tiền, quà tặng, tặng bạn, tri ân, trúng thưởng, nhận thưởng, lì xì.
func viPrizeWords(folded []byte) bool {
	return containsAnyWords(folded, viPrizePhrases)
}

// viPrizePhrases are viPrizeWords' folded phrases.
var viPrizePhrases = []string{"hoan tien", "qua tang", "tang ban", "tang quy khach", "tri an", "trung thuong",
	"nhan thuong", "li xi", "nhan qua"}

// shopOffer reports a shop's own offer as affiliates and members share
// it (shopOfferWords).
func shopOffer(folded []byte) bool {
	return containsAnyWords(folded, shopOfferWords)
}

// shopOfferWords are the folded words of a shop's own offer: a voucher,
// a discount code, a sale, free shipping, a referral (giới thiệu, mã
// mời: "MoMo tặng bạn 100K khi mở ví, link giới thiệu"), and a
// promotion's terms, which a prize held out to a winner has none of: a
// cap (tối đa), a code to take or enter (lấy mã, nhập mã), a first or a
// new buyer's order (đơn đầu, bạn mới, người dùng mới), a purchase or an
// account it waits on (khi mua, khi mở ví): "Shopee hoàn tiền 15% tối đa
// 100K cho đơn đầu tiên, lấy mã ở đây" (rev46a).
var shopOfferWords = []string{"voucher", "ma giam", "giam gia", "freeship", "sale", "flash", "deal", "coupon",
	"ma khuyen mai", "gioi thieu", "ma moi", "link moi", "ref", "affiliate",
	"toi da", "lay ma", "nhap ma", "ma hoan tien", "don dau", "ban moi", "nguoi dung moi", "nguoi moi", "khi mua",
	"khi mo vi", "khi mo the", "khi mo tai khoan", "khi thanh toan"}

// vndAmount reports a sum of money of 100,000 đồng or more in folded
// text: 500k, 500 000d, 1 trieu, 2tr.
func vndAmount(folded []byte) bool {
	prevNum := 0
	for i := 0; i < len(folded); {
		k := bytes.IndexByte(folded[i:], ' ')
		if k < 0 {
			k = len(folded) - i
		}
		w := folded[i : i+k]
		i += k + 1
		num, d := 0, 0
		for d < len(w) && w[d] >= '0' && w[d] <= '9' && d < 7 {
			num = num*10 + int(w[d]-'0')
			d++
		}
		rest := string(w[d:])
		switch {
		case d > 0 && rest == "k" && num >= 100:
			return true
		case d > 0 && (rest == "tr" || rest == "trieu") && num >= 1:
			return true
		case d == 0 && (rest == "trieu" || rest == "tr") && prevNum > 0:
			return true
		case d == 3 && (rest == "" || rest == "d") && num == 0 && prevNum >= 100:
			return true // 500 000d: "500.000đ" folded
		}
		prevNum = 0
		if d > 0 && rest == "" {
			prevNum = num
		}
	}
	return false
}

func init() {
	englishDetails["vi_event_name"] = "%[1]s joins %[2]s to %[3]s, a game event's or a gift code's word, on a name that is not the publisher's, as the sites of game-event scams aimed at Vietnamese gamers are named; the publisher runs its events on its own site"
	vietnameseDetails["vi_event_name"] = "%[1]s ghép %[2]s với %[3]s, từ chỉ sự kiện hay giftcode, trên một tên miền không phải của nhà phát hành, như cách các trang lừa đảo sự kiện game nhắm vào game thủ Việt đặt tên; nhà phát hành tổ chức sự kiện trên trang của chính mình"
	englishDetails["short_bank"] = "%[1]s hides where it leads behind a link shortener, in a message that opens as a bank's notice and asks to unlock, verify or update an account (%[2]q); a bank would link its own site"
	vietnameseDetails["short_bank"] = "%[1]s giấu nơi nó dẫn tới sau một dịch vụ rút gọn liên kết, trong tin nhắn mở đầu như thông báo của ngân hàng đòi mở khoá, xác minh hoặc cập nhật tài khoản (%[2]q); ngân hàng sẽ dẫn tới trang của chính mình"
	englishDetails["short_vi_prize"] = "%[1]s hides where it leads behind a link shortener, and the name it was given joins %[2]s to %[3]s, a refund or a prize, as Vietnamese text scams name their links; the real wallet or shop links its own site"
	vietnameseDetails["short_vi_prize"] = "%[1]s giấu nơi nó dẫn tới sau một dịch vụ rút gọn liên kết, và tên được đặt cho liên kết ghép %[2]s với %[3]s, một khoản hoàn tiền hay phần quà, như cách tin nhắn lừa đảo đặt tên liên kết; ví hay sàn thật dẫn về trang của chính mình"
	englishDetails["short_vi_prize_text"] = "%[1]s hides where it leads behind a link shortener, in a message that speaks for %[2]s and holds out a refund or a prize (%[3]q) of a sum of money; the real wallet or shop links its own site"
	vietnameseDetails["short_vi_prize_text"] = "%[1]s giấu nơi nó dẫn tới sau một dịch vụ rút gọn liên kết, trong tin nhắn nhân danh %[2]s hứa hoàn tiền hay tặng một khoản tiền (%[3]q); ví hay sàn thật dẫn về trang của chính mình"
}

// wViInvest: an investment promised a return by the day, or guaranteed
// (viInvestRate), beside a link the message is judged by.
const wViInvest = 0.5

// viInvestWords are the folded words of an investment: đầu tư, chứng
// khoán, lợi nhuận, sinh lời, cổ phiếu, forex, invest, profit.
var viInvestWords = []string{"dau tu", "chung khoan", "loi nhuan", "sinh loi", "co phieu", "forex", "invest",
	"investment", "profit"}

// viInvestRate returns the rate an investment scam promises ("lãi
// 3%/ngày", "lợi nhuận 5% mỗi ngày", "cam kết lãi 30%/tháng") and
// whether the message promises one: a percentage of half a percent or
// more a day, or any beside a guarantee (cam kết, đảm bảo lợi nhuận),
// in a message that speaks of an investment (viInvestWords). No bank or
// fund promises a return by the day; a loan's rate by the day is under
// half a percent (0,05%/ngày) and said of a loan, not an investment.
func viInvestRate(text string, folded []byte) (string, bool) {
	pct := strings.IndexByte(text, '%')
	if pct < 0 {
		return "", false
	}
	if !containsAnyWords(folded, viInvestWords) {
		return "", false
	}
	guaranteed := containsAnyWords(folded, guaranteeWords)
	for ; pct >= 0; pct = nextByte(text, pct, '%') {
		// the number before the sign: 3, 0,5, 1.2
		s := pct
		for s > 0 && (text[s-1] >= '0' && text[s-1] <= '9' || text[s-1] == ',' || text[s-1] == '.') {
			s--
		}
		if s == pct {
			continue
		}
		rate := text[s:pct]
		if guaranteed && !yearlyModest(rate, text[pct+1:]) || dailyAfter(text[pct+1:]) && halfOrMore(rate) && returnBefore(text[max(0, s-24):s]) {
			return rate + "%", true
		}
	}
	return "", false
}

// guaranteeWords are the folded words of a guaranteed return: cam kết
// lãi, cam kết lợi nhuận, đảm bảo lợi nhuận, lãi đảm bảo.
var guaranteeWords = []string{"cam ket lai", "cam ket loi nhuan", "dam bao loi nhuan", "lai dam bao"}

// returnBefore reports the words of a return just before a rate: lãi,
// lời, lợi nhuận, thu nhập, profit, return ("lãi 3%/ngày"), not a price's
// or an index's move ("cổ phiếu tăng trần 7%/ngày").
func returnBefore(s string) bool {
	for _, p := range [...]string{"lãi", "Lãi", "lời", "nhuận", "lai ", "Lai ", "loi ", "thu nhập", "profit", "return",
		"ROI", "roi "} {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// yearlyModest reports a rate said by the year (/năm, mỗi năm, a year)
// and under 30 %: what a bond, a savings plan or an insurer's
// guaranteed rate pays ("trái phiếu cam kết lợi nhuận 9%/năm", "bảo
// hiểm liên kết đầu tư cam kết lãi 4%/năm"), not a scam's guarantee,
// which is by the month or the day ("cam kết lãi 20%/tháng"; rev46a).
func yearlyModest(rate, after string) bool {
	after = strings.TrimLeft(after, " ")
	yearly := false
	for _, p := range [...]string{"/năm", "/nam", "/ năm", "/1 năm", "/Năm", "/NĂM", "mỗi năm", "một năm", "/year", "a year",
		"per year", "/yr", "p.a"} {
		yearly = yearly || strings.HasPrefix(after, p)
	}
	whole := rate
	if i := strings.IndexAny(rate, ",."); i >= 0 {
		whole = rate[:i]
	}
	whole = strings.TrimLeft(whole, "0")
	return yearly && (len(whole) < 2 || len(whole) == 2 && whole < "30")
}

// nextByte returns the index of the next c in text after i, or -1.
func nextByte(text string, i int, c byte) int {
	if k := strings.IndexByte(text[i+1:], c); k >= 0 {
		return i + 1 + k
	}
	return -1
}

// dailyAfter reports text after a percent sign that says "a day":
// "/ngày", "/ngay", "/1 ngày", " mỗi ngày", " một ngày", "/day", " a day",
// " per day", " daily".
func dailyAfter(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, p := range [...]string{"/ngày", "/ngay", "/ 1 ngày", "/1 ngày", "/1ngày", "mỗi ngày", "một ngày", "/day",
		"a day", "per day", "daily", "/ ngày", "/Ngày", "/NGÀY", "mỗi ngay", "moi ngay", "1 ngày"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// halfOrMore reports a rate written with a comma or a point (0,5, 1.2, 3)
// of half a percent or more.
func halfOrMore(rate string) bool {
	whole, frac := rate, ""
	if i := strings.IndexAny(rate, ",."); i >= 0 {
		whole, frac = rate[:i], rate[i+1:]
	}
	if strings.TrimLeft(whole, "0") != "" {
		return true
	}
	return frac != "" && frac[0] >= '5'
}

// investAsks are the folded words by which an investment scam has its
// reader act: install its app, sign up, join, deposit or withdraw.
var investAsks = []string{"tai app", "tai ung dung", "cai app", "cai dat", "dang ky", "rut tien", "nap tien",
	"tham gia", "link tai", "download", "install", "sign up", "join", "register", "deposit"}

// investAsk reports a message that asks its reader to act (investAsks):
// a finance class's exercise ("tính lãi 1%/ngày trong 30 ngày") asks
// for a sum, not a sign-up; a member's warning tells the group not to
// (investWarned).
func investAsk(folded []byte) bool {
	return containsAnyWords(folded, investAsks) && !containsAnyWords(folded, investWarned)
}

// investWarned are the folded words by which a member tells the group
// not to act: "ai rủ đầu tư lãi 1%/ngày thì đừng tham gia nhé, toàn lừa
// cả" (đừng tham gia, đừng đăng ký, đừng tải app, đừng nạp tiền; rev46a).
var investWarned = []string{"dung tham gia", "dung dang ky", "dung tai app", "dung cai app", "dung nap tien",
	"dont join", "dont sign up", "dont invest", "dont deposit"}

// judgeInvest46 weighs an investment scam's promised return (viInvestRate)
// beside a judged link, in a message that asks its reader to act
// (investAsk): "App đầu tư chứng khoán lãi 3%/ngày, tải app tại …".
func (c *Classifier) judgeInvest46(rs *reasons, text string, folded []byte) {
	if c.training || strings.IndexByte(text, '%') < 0 || scamTalk(folded) || !investAsk(folded) {
		return // most messages have no % sign: the word scans are skipped
	}
	if rate, ok := viInvestRate(text, folded); ok {
		rs.add(handRule(CodeLure, wViInvest, "", say2("vi_invest", rate)))
	}
}

func init() {
	englishDetails["vi_invest"] = "the message promises an investment's return (%[1]s) by the day or guaranteed, as investment and stock-app scams do; no bank or fund promises a return by the day or guarantees one"
	vietnameseDetails["vi_invest"] = "tin nhắn hứa lợi nhuận đầu tư (%[1]s) theo ngày hoặc cam kết lãi, như các trò lừa đầu tư và app chứng khoán; không ngân hàng hay quỹ nào hứa lãi theo ngày hay cam kết lãi"
}
