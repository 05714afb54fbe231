package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Brandless lures aimed at content creators (lure47). YouTubers,
// streamers, musicians, photographers, designers, podcasters and
// Vietnamese fanpage and TikTok-shop sellers are sent notices and offers
// that name no protected brand: a channel's copyright strike to appeal, a
// sponsor's brief or contract behind a sign-in, a payout, royalties or a
// donation held until a bank is linked, a stream key to reset, a
// monetization review, a contest or a vote that asks for a login; in
// Vietnamese a blue tick (tích xanh) for sale, a fanpage's copyright
// complaint to appeal (kháng nghị), a brand's collaboration (hợp tác) with
// a fee (thù lao) and a brief, a livestream seller's licence to register,
// a free class's seat fee. Their sites are named so (channel-strike-appeal,
// sponsorship-brief-portal, payout-hold, streamkey-reset, collaboffer,
// tichxanh-pro, khangnghi-trang), words no lure list, the name lexicon or
// scam44's notices knew. Two readings, both at run time and hand-weighted
// outside the trainer's view:
//
//   - creatorName reads a stranger's registrable name made of a creator's
//     notice: what it is about (creatorSubjects: strike, copyright,
//     payout, royalty, sponsorship, brief, monetization, streamkey,
//     tichxanh …) and what it asks (creatorDemands: appeal, dispute,
//     verify, reset, hold, release, offer, login …), every part a word it
//     knows but one;
//   - judgeCreator47 reads a message beside a stranger's link that
//     speaks to a creator of such a notice and asks what it asks
//     (creatorSchemes): a strike and an appeal, money held and a bank to
//     link, a deal and a sign-in, a stream key and a reset, a contest and
//     a login, and the Vietnamese waves' shapes.
//
// The platforms' own help pages, a label's or a contest's own site and
// known sites are trusted and never judged, so a creator who tells the
// group "my video got a copyright claim, the dispute worked" beside
// YouTube's help is not read.

// wCreatorName: a name made for a creator's notice warns alone, as a
// notice's name does (wNoticeName)
const wCreatorName = wNoticeName

// wCreatorLure: a creator's notice and its ask beside a stranger's link
// warns alone
const wCreatorLure = 0.5

// creatorSubjects are what a creator's notice or offer is about, as its
// site's name writes it: a strike or a claim, a copyright, money held
// (payout, royalty, earnings, a donation, a fund), monetization, a
// sponsor's deal and its papers, a stream key, a badge; in Vietnamese a
// blue tick (tichxanh), a copyright (banquyen), a collaboration (hoptac),
// a fee (thulao), a sponsor (taitro), followers bought (tangfollow,
// tanglike), a licence (giayphep).
var creatorSubjects = setOf("strike", "strikes", "copyright", "copyrights", "dmca", "takedown", "monetization",
	"monetisation", "monetize", "monetise", "demonetized", "demonetization", "payout", "payouts", "royalty", "royalties",
	"earnings", "donation", "donations", "sponsor", "sponsors", "sponsorship", "sponsorships", "sponsored", "collab",
	"collabs", "collaboration", "influencer", "influencers", "ugc", "kol", "koc", "campaign", "mediakit", "streamkey",
	"badge", "promotion", "partnership", "contest", "nomination", "playlist",
	"tichxanh", "banquyen", "hoptac", "thulao", "taitro", "tangfollow", "tanglike", "tangview", "tangsub", "tangmat",
	"giayphep", "kiemtien", "nhiemvu", "fanpage")

// creatorDemands are what such a notice or offer asks or says: appeal,
// dispute, verify, reset, a hold or a release, a claim, an offer or a
// deal, a brief or a contract to sign, a sign-in, an invite, an approval;
// in Vietnamese kháng nghị (appeal), khiếu nại (complain), xác minh
// (verify), đăng ký, đăng nhập, nhận tiền, miễn phí, uy tín (reputable).
var creatorDemands = setOf("appeal", "appeals", "dispute", "disputes", "verify", "verification", "verified",
	"reset", "hold", "release", "claim", "claims", "offer", "offers", "deal", "deals", "brief", "briefs", "contract",
	"contracts", "sign", "signin", "login", "invite", "invites", "invitation", "approval", "approved", "activate",
	"activation", "withdraw", "withdrawal", "fund", "funds", "pay", "payment", "booking", "apply", "submit",
	"submission", "vote", "entry", "review", "violation", "removal", "strike", "bonus", "prize",
	"khangnghi", "khieunai", "vipham", "xacminh", "dangky", "dangnhap", "nhantien", "mienphi", "uytin", "giucho")

// creatorTradeDemands are the creatorDemands that are also a trade's
// ordinary words, what a real agency, charity, contest or service firm
// is named for (influencer-booking, donation-fund, playlist-submission,
// promotiondeals, campaign-review, dmca-removal, dangkybanquyen: a
// copyright registration office): beside a subject they make a notice's
// name only in three parts or more, or on a cheap ending, or beside a
// subject that is a scam's offer by itself (creatorHot; rev47d). The
// other demands (appeal, verify, reset, hold, claim, login, kháng nghị,
// xác minh …) act on an account and read on any ending.
var creatorTradeDemands = setOf("offer", "offers", "deal", "deals", "brief", "briefs", "contract", "contracts", "sign",
	"invite", "invites", "invitation", "fund", "funds", "pay", "payment", "booking", "apply", "submit", "submission",
	"vote", "entry", "review", "removal", "bonus", "prize", "dangky", "mienphi", "uytin")

// creatorServices are the subjects a promotion service, an agency or a
// contest is named for as well (video-promotion, podcast-sponsorship,
// kol-campaign, stream-donations): alone, without a demand, they make
// no notice's name even on a cheap ending (rev47d).
var creatorServices = setOf("promotion", "campaign", "sponsor", "sponsors", "sponsorship", "sponsorships", "sponsored",
	"collab", "collabs", "collaboration", "influencer", "influencers", "ugc", "kol", "koc", "contest", "playlist",
	"donation", "donations", "partnership", "mediakit", "nomination", "badge")

// creatorHot are the subjects that are a scam's offer by themselves (a
// blue tick, followers or likes bought, paid tasks), beside which a
// trade's demand reads on any ending (tangfollow-mienphi).
var creatorHot = setOf("tichxanh", "tangfollow", "tanglike", "tangview", "tangsub", "tangmat", "nhiemvu", "kiemtien")

// creatorPlain are the words of a creator's world that say nothing alone
// (a channel, a stream, a creator, a brand, music): beside a demand and
// no word of a name's own, in three words or on a cheap ending, they
// make a notice's name (creator-brand-deals, creatorfund.bond).
var creatorPlain = setOf("creator", "creators", "channel", "channels", "stream", "streams", "streamer", "livestream",
	"content", "brand", "brands", "music", "beat", "beats", "video", "videos", "podcast", "photo", "artist", "partner",
	"partners", "paid", "media", "kenh", "trang")

// creatorViSubjects are the Vietnamese subjects two of which make a
// notice's or an offer's name on any ending (thulao-hoptac, taitro-hoptac):
// a brand's fee and its collaboration, the words a KOL's lure is made of.
var creatorViSubjects = setOf("thulao", "hoptac", "taitro", "tichxanh", "banquyen", "tangfollow", "tanglike")

// creatorViDemands are the Vietnamese demands of a page's notice
// (kháng nghị, khiếu nại, vi phạm) that make a notice's name beside a
// plain word of a page or a channel (khangnghi-trang, khieunai-kenh).
var creatorViDemands = setOf("khangnghi", "khieunai", "vipham")

// creatorAlone are the subjects that name a scam's offer by themselves
// beside a filler (tichxanh-pro.shop): a blue tick is not for sale.
var creatorAlone = setOf("tichxanh")

// creatorTrades are words that say a site is a creator's tool, school,
// studio or guide, not a notice (sponsorship-rates-calculator,
// media-kit-templates, copyright-claim-guide, thoi-trang): the name is
// not read.
var creatorTrades = setOf("calculator", "template", "templates", "guide", "guides", "tips", "academy", "school",
	"course", "courses", "studio", "studios", "records", "blog", "news", "forum", "wiki", "law", "lawyer", "lawyers",
	"attorney", "rates", "tool", "tools", "software", "app", "jobs", "careers", "library", "free", "music",
	"thoitrang", "trangsuc", "trangtri", "trangphuc", "trangdiem", "luatsu", "tintuc", "khoahoc")

// creatorFillers are the padding a creator notice's name has beside
// scam44's noticeFillers.
var creatorFillers = setOf("pro", "vip", "center", "centre", "portal", "desk", "hub", "form", "online", "official",
	"team", "support", "help", "secure", "service", "services", "page", "site", "web", "now", "today", "my", "new")

// creatorKind says what a word of a creator's name is: 's' a subject, 'd'
// a demand, 'p' a plain word, 'f' a filler, 't' a trade's word, 0 none.
func creatorKind(w string) byte {
	switch {
	case creatorTrades[w]:
		return 't'
	case creatorSubjects[w]:
		return 's'
	case creatorDemands[w]:
		return 'd'
	case creatorPlain[w]:
		return 'p'
	case creatorFillers[w] || noticeFillers[w]:
		return 'f'
	}
	return 0
}

// creatorWords counts what creatorName found in a name.
type creatorWords struct {
	subjects, demands, plain, fillers, unknown, words int
	subject, demand                                   string
	alone                                             bool
	// trades: demands that are a trade's words too
	// (creatorTradeDemands); hot: a subject of creatorHot
	trades int
	hot    bool
	// services: subjects of creatorServices
	services int
	// vi: Vietnamese subjects (creatorViSubjects); viDemand: a page's
	// notice's Vietnamese demand (creatorViDemands)
	vi       int
	viDemand bool
}

// count adds a word of kind k.
func (cw *creatorWords) count(w string, k byte) {
	cw.words++
	switch k {
	case 's':
		cw.subjects++
		cw.alone = cw.alone || creatorAlone[w]
		cw.hot = cw.hot || creatorHot[w]
		if creatorServices[w] {
			cw.services++
		}
		if creatorViSubjects[w] {
			cw.vi++
		}
		if cw.subject == "" {
			cw.subject = w
		} else if cw.demand == "" && creatorDemands[w] {
			// a second subject that is a demand too (strike)
			cw.demand = w
			cw.demands++
			cw.subjects--
		}
	case 'd':
		cw.demands++
		if creatorTradeDemands[w] {
			cw.trades++
		}
		cw.viDemand = cw.viDemand || creatorViDemands[w]
		if cw.demand == "" {
			cw.demand = w
		}
	case 'p':
		cw.plain++
	case 'f':
		cw.fillers++
	default:
		cw.unknown++
	}
}

// creatorCheapEndings are the generic endings sold for a dollar or two
// that the creator waves' names are registered under, beside the ones the
// link model weighs as abused (abusedTLDOf): .bond, .autos, .beauty,
// .hair, .boats, .cyou and their kin.
var creatorCheapEndings = setOf("bond", "autos", "beauty", "hair", "boats", "cyou", "sbs", "cfd", "click", "top", "xyz",
	"shop", "online", "site", "live", "icu", "lat", "rest", "buzz", "skin", "makeup", "quest", "homes", "yachts",
	"motorcycles", "mom", "lol", "pics", "cam", "monster", "fun", "space", "website", "store", "vip", "win", "life")

// creatorSplit splits a part made of two or three words of a creator's
// name run together (collaboffer, sponsordeals, creatorfundpay,
// streamkeyreset), each of three letters or more, and reports them.
func creatorSplit(p string) (a, b, c string, ok bool) {
	if len(p) < 6 || len(p) > 30 {
		return "", "", "", false
	}
	for i := 3; i <= len(p)-3; i++ {
		if creatorKind(p[:i]) == 0 || creatorKind(p[:i]) == 't' {
			continue
		}
		if k := creatorKind(p[i:]); k != 0 && k != 't' {
			return p[:i], p[i:], "", true
		}
		for j := i + 3; j <= len(p)-3; j++ {
			if k1, k2 := creatorKind(p[i:j]), creatorKind(p[j:]); k1 != 0 && k1 != 't' && k2 != 0 && k2 != 't' {
				return p[:i], p[i:j], p[j:], true
			}
		}
	}
	return "", "", "", false
}

// creatorName returns the subject and the demand of a registrable label
// (site.Label()) made for a creator's notice or offer, as the comment at
// the top says, and whether it is one. suffix is the name's public
// suffix: a name of plain words and a demand in two words, or of
// subjects alone, is read on a cheap ending only (abusedTLDOf,
// creatorCheapEndings); no name under Vietnam's ending is read (vnEnding).
func creatorName(label, suffix string) (subject, demand string, ok bool) {
	if len(label) > 60 || len(label) < 6 || vnEnding(suffix) {
		// not under Vietnam's ending, as vi45's action names are not
		// (vnEnding: registered with the holder's papers; service
		// firms, agencies and shops name themselves so, xacminh-banquyen.vn,
		// kol-booking.vn; rev47d)
		return "", "", false
	}
	label = trimNumber(label)
	var cw creatorWords
	var joined [64]byte
	var parts [8]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" || n == len(parts) {
			return "", "", false
		}
		parts[n] = part
		n++
	}
	for i := 0; i < n; {
		// the longest run of up to three parts that joins into a word
		// (tich-xanh, khang-nghi, media-kit, stream-key)
		j, kind, word := i+1, creatorKind(parts[i]), parts[i]
		for k := min(n, i+3); k > i+1; k-- {
			b := joined[:0]
			for _, p := range parts[i:k] {
				b = append(b, p...)
			}
			if kk := creatorKind(string(b)); kk != 0 {
				j, kind, word = k, kk, string(b)
				break
			}
		}
		i = j
		switch kind {
		case 't':
			return "", "", false
		case 0:
			if a, b, c, ok := creatorSplit(word); ok {
				cw.count(a, creatorKind(a))
				cw.count(b, creatorKind(b))
				if c != "" {
					cw.count(c, creatorKind(c))
				}
				continue
			}
		}
		cw.count(word, kind)
	}
	w, tld := abusedTLDOf(suffix)
	cheap := w > 0 || creatorCheapEndings[tld]
	switch {
	case cw.unknown > 1:
		return "", "", false
	case cw.subjects > 0 && cw.demands > cw.trades:
		// what it is about and what it asks of an account
		// (channel-strike-appeal, payout-hold)
	case cw.subjects > 0 && cw.demands > 0 && (n >= 3 || cheap || cw.hot):
		// what it is about and a trade's word, in three parts or on a
		// cheap ending (sponsorship-contract-desk, collaboffer.beauty;
		// not influencer-booking.com, donation-fund.org; rev47d)
	case cw.unknown == 0 && cw.plain > 0 && cw.demands > 0 && (cw.words >= 3 || cheap):
		// a creator's plain words and a demand (creator-brand-deals,
		// brandpartner-invite)
	case cw.unknown == 0 && (cw.subjects >= 2 || cw.subjects > 0 && cw.plain > 0) && cw.subjects > cw.services && cheap:
		// a creator's subjects alone on a cheap ending, one of them a
		// notice's (stream-payout.sbs; not video-promotion.online)
	case cw.unknown == 0 && cw.alone && cw.subjects+cw.fillers == cw.words:
		// a blue tick for sale (tichxanh-pro)
	case cw.unknown == 0 && cw.vi >= 2:
		// a brand's fee and its collaboration (thulao-hoptac)
	case cw.unknown == 0 && cw.viDemand && cw.plain > 0:
		// a page's appeal (khangnghi-trang)
	default:
		return "", "", false
	}
	if cw.demand == "" {
		cw.demand = cw.subject
	}
	if cw.subject == "" {
		cw.subject = cw.demand
	}
	return cw.subject, cw.demand, true
}

// A creator scheme read in a message (judgeCreator47): the folded words
// of what it is about and of what it asks, both said beside a stranger's
// link. self says whether a writer speaking of their own ("my channel",
// "I got a strike") tells of it rather than sends it.
type creatorScheme struct {
	name         string
	topics, asks []string
	// also: when set, one of these folded words must be said too (a
	// licence of livestream selling)
	also []string
	self bool
}

// creatorSchemes are the notices and offers sent to creators, in English
// and Vietnamese (folded: no marks, no punctuation).
var creatorSchemes = [...]creatorScheme{
	{name: "strike", self: true,
		topics: []string{"copyright strike", "copyright strikes", "copyright claim", "copyright claims", "copyright complaint",
			"copyright complaints", "copyrighted material", "community guidelines", "rights complaint", "a strike",
			"second strike", "final strike", "trademark infringement", "reused content", "was claimed", "been claimed",
			"claimed by a third party", "will be unpublished", "will be removed", "will be deleted", "copyright violation",
			"vi pham ban quyen", "gay ban quyen", "khieu nai ban quyen", "vi pham tieu chuan cong dong", "noi dung vi pham",
			"bi bao cao vi pham", "tai khoan quang cao cua trang", "trang bi han che", "kenh bi han che"},
		asks: []string{"appeal", "appeal now", "appeal here", "dispute", "dispute it", "counter notice",
			"counter notification", "resolve the claim", "verify", "verify ownership", "confirm", "sign in", "log in",
			"login", "request a review", "file takedowns", "khang nghi", "khieu nai lai", "xac minh", "xac nhan",
			"dang nhap", "gui yeu cau", "yeu cau xem xet"}},
	{name: "payout", self: true,
		topics: []string{"payout", "payouts", "royalties", "royalty", "your earnings", "earnings", "donation",
			"creator fund", "monetization", "monetisation", "demonetized", "your sponsor", "from your sponsor",
			"partner program", "license payment", "thu lao", "thu nhap", "kiem tien", "nha tai tro"},
		asks: []string{"link your bank", "connect your bank", "bank details", "bank account", "tax info",
			"withdraw", "claim them", "claim your", "accept it", "release it", "to release", "verify your",
			"confirm your", "activate now", "activate", "sign in to", "log in to", "request a review", "update your",
			"cap nhat thue", "cap nhat thong tin thue", "xac nhan nhan tien", "xac minh", "kich hoat", "dang nhap"}},
	{name: "deal", self: true,
		topics: []string{"sponsor", "sponsorship", "paid partnership", "partnership", "brand deal", "campaign brief",
			"influencer campaigns", "campaign", "the brief", "brief", "contract", "collab", "media kit", "ugc", "koc",
			"kol", "booking", "hop tac", "thu lao", "nha tai tro", "hire you"},
		asks: []string{"sign in", "log in", "login", "signin", "log in with", "sign in with", "login with",
			"with your account", "with your channel account", "tai brief", "xem brief", "brief tai", "tai file",
			"dang nhap"}},
	{name: "stream_key", self: true,
		topics: []string{"stream key", "streamkey"},
		asks:   []string{"reset", "verify", "confirm", "sign in", "log in", "login", "change it"}},
	{name: "contest", self: false,
		topics: []string{"contest", "vote", "award", "nomination", "playlist", "gallery", "exhibition", "invited you",
			"co host", "cuoc thi", "binh chon"},
		asks: []string{"log in", "login", "sign in", "log in with", "login with", "sign in with", "with your account",
			"with your login", "dang nhap"}},
	{name: "tick", self: false,
		topics: []string{"tich xanh"},
		asks:   []string{"chi", "gia", "uy tin", "nhan", "dich vu", "cam ket", "bao hanh", "len tich"}},
	{name: "licence", self: false,
		topics: []string{"giay phep"},
		asks:   []string{"dang ky", "bat buoc", "han chot"},
		also:   []string{"livestream", "ban hang online", "ban online", "tiktok shop"}},
	{name: "reupload", self: true,
		topics: []string{"reuploaded your", "reposted your", "stole your", "stealing your", "leaked your",
			"used without credit", "without credit", "using your photos", "using your video", "using your art",
			"dang lai video cua ban", "an cap video"},
		asks: []string{"look", "see", "check", "here", "list", "xem"}},
	{name: "seat_fee", self: false,
		topics: []string{"mien phi"},
		asks:   []string{"phi giu cho", "dong phi", "dat coc giu cho"}},
	{name: "followers", self: false,
		topics: []string{"tang follow", "tang like", "tang mat", "tang view", "tang sub"},
		asks:   []string{"dang nhap", "mien phi"}},
}

// creatorTriggers are the folded words one of which a message must hold
// for judgeCreator47 to read a scheme's phrases, each with the bits of
// the schemes (creatorSchemes, by index) whose topics hold it: most
// messages hold none, and are passed over with a filter's bit a word
// (creatorTriggered). Words every chat says (your, will, the, brand,
// paid) are no trigger; a topic made only of such words triggers by its
// longest. Each word has a bit of its own too (creatorTrigger.bit), and
// each topic the bits of its trigger words (creatorTopicWords), so that
// a topic some of whose words a message lacks is passed over without a
// search (speed47).
var creatorTriggers = func() map[string]creatorTrigger {
	stop := setOf("your", "phi", "nhap", "kiem", "a", "been", "by", "the", "will", "with", "from", "was", "hop", "nha",
		"thu", "tai", "noi", "dung", "ban", "gay", "khieu", "nai", "pham", "mat", "sub", "like", "co", "host", "key",
		"media", "kit", "paid", "brand", "deal", "rights", "second", "final", "reused", "license", "fund", "program",
		"you", "bao", "cao", "tieu", "chuan", "cong", "dong", "vi", "thi", "nhan", "mien")
	m := map[string]creatorTrigger{}
	add := func(w string, scheme, topic int) {
		t, ok := m[w]
		if !ok {
			t.bit = uint8(len(m))
		}
		t.schemes |= 1 << scheme
		m[w] = t
		creatorTopicWords[scheme][topic][t.bit>>6] |= 1 << (t.bit & 63)
	}
	for i, s := range creatorSchemes {
		creatorTopicWords[i] = make([]creatorWordSet, len(s.topics))
		for ti, t := range s.topics {
			longest, added := "", false
			for w := range strings.FieldsSeq(t) {
				if len(w) > len(longest) {
					longest = w
				}
				if len(w) >= 3 && !stop[w] {
					add(w, i, ti)
					added = true
				}
			}
			if !added {
				add(longest, i, ti)
			}
		}
	}
	if len(m) > 64*len(creatorWordSet{}) {
		panic("creatorTriggers: more words than creatorWordSet holds")
	}
	return m
}()

// creatorWordsAsked are the folded words by which a member asks about or
// warns of such a notice rather than sends it (how to appeal, is this
// legit, a phishing mail), or points to a guide to it (explained, a
// tutorial, hướng dẫn): not read.
var creatorWordsAsked = []string{"how to", "how do", "how can", "anyone know", "does anyone", "legit", "phishing",
	"fake", "is this real", "beware", "watch out", "warning", "dont click", "do not click", "careful", "explained",
	"guide", "tutorial", "faq", "tips", "huong dan",
	// rev47d: a member asking the group, warning it or giving a tip, or
	// pointing to a post, a thread or a template about it ("anyone
	// else?", "this post explains", "here's how", "PSA … are scams",
	// "if you get a strike", "không ạ", "có bắt buộc không", "giải
	// đáp", "mình viết lại ở đây")
	"anyone else", "anybody else", "has anyone", "did anyone", "explains", "heres how", "here is how", "blog post",
	"my blog", "forum", "thread", "write up", "writeup", "wrote about", "template", "khong a", "ko a", "bai viet",
	"viet lai", "scams", "scammers", "psa", "tip", "pro tip", "if you get", "if you ever", "co bat buoc khong",
	"giai dap", "hoi dap"}

// creatorSelf are the folded words by which a writer speaks of their own
// channel, page or deal ("my channel got a strike", "we got paid"): a
// member telling the group.
var creatorSelf = []string{"my channel", "my video", "my videos", "my stream", "my page", "my account", "my payout",
	"my royalties", "i got a", "i got hit", "i got paid", "i just got", "i just had", "we got a", "we got paid", "got my",
	"i use", "i used", "our channel",
	// rev47d: more of one's own work, a team's own use, and Vietnamese
	// "mình" (my page, I was struck, I appealed)
	"my last", "my latest", "my upload", "my uploads", "my vlog", "my track", "my song", "my podcast", "my clip",
	"my earnings", "my stream key", "we use", "kenh minh", "kenh cua minh", "trang minh", "trang cua minh", "page minh",
	"minh bi", "minh da", "minh vua", "kenh em", "trang em", "em bi"}

// creatorYours are the folded words by which a message speaks to the
// reader's own work or account (your channel, ur video, kênh của bạn): a
// notice sent to them, whatever the sender says of themselves ("I got
// your email from your channel", "I just saw someone reupload your
// video"), so creatorSelf does not spare it (rev47d).
var creatorYours = []string{"your channel", "your video", "your videos", "your account", "your page", "your photos",
	"your photo", "your art", "your music", "your stream", "your content", "your email", "your work", "ur channel",
	"ur video", "ur account", "ur page", "kenh cua ban", "trang cua ban", "tai khoan cua ban", "video cua ban"}

// creatorTriggerBits is a filter of creatorTriggers' words by their
// length and first, second and last bytes (creatorBit): a word whose bit
// is clear is surely none, and is passed over without a map's lookup.
var creatorTriggerBits = func() (f [16]uint64) {
	for w := range creatorTriggers {
		b := creatorBit([]byte(w))
		f[b>>6] |= 1 << (b & 63)
	}
	return f
}()

// creatorBit is a word's bit in creatorTriggerBits.
func creatorBit(w []byte) uint32 {
	k := uint32(len(w))<<24 ^ uint32(w[0])<<16 ^ uint32(w[len(w)-1])
	if len(w) > 1 {
		k ^= uint32(w[1]) << 8
	}
	return (k * 2654435761) >> 22
}

// creatorTriggered returns the bits of the schemes whose trigger words
// (creatorTriggers) folded text holds: a filter's bit a word, a lookup
// only where it is set, no copy.
func creatorTriggered(folded []byte) (schemes uint16, words creatorWordSet) {
	for i := 0; i < len(folded); {
		j := i // a byte loop: words are short, and IndexByte's call costs more than it finds (speed47)
		for j < len(folded) && folded[j] != ' ' {
			j++
		}
		if w := folded[i:j]; len(w) >= 2 {
			if b := creatorBit(w); creatorTriggerBits[b>>6]&(1<<(b&63)) != 0 {
				if t, ok := creatorTriggers[string(w)]; ok {
					schemes |= t.schemes
					words[t.bit>>6] |= 1 << (t.bit & 63)
				}
			}
		}
		i = j + 1
	}
	return schemes, words
}

// creatorMessage returns the scheme, the topic and the ask a message's
// folded text (links aside) holds, and whether it holds one (as the
// comment at the top says).
func creatorMessage(folded []byte) (scheme, topic, ask string, ok bool) {
	if len(folded) == 0 {
		return "", "", "", false
	}
	schemes, words := creatorTriggered(folded)
	if schemes == 0 {
		return "", "", "", false
	}
	self, asked := -1, -1 // unread
	for i := range creatorSchemes {
		if schemes&(1<<i) == 0 {
			continue
		}
		s := &creatorSchemes[i]
		t := firstTopic(folded, s.topics, creatorTopicWords[i], &words)
		if t == "" {
			continue
		}
		a := firstPhrase(folded, s.asks)
		if a == "" || a == t || s.also != nil && !containsAnyWords(folded, s.also) {
			continue
		}
		if s.self {
			if self < 0 {
				self = 0
				if containsAnyWords(folded, creatorSelf) && !containsAnyWords(folded, creatorYours) {
					self = 1
				}
			}
			if self == 1 {
				continue
			}
		}
		if asked < 0 {
			asked = 0
			if scamTalk(folded) || containsAnyWords(folded, creatorWordsAsked) {
				asked = 1
			}
		}
		if asked == 1 {
			return "", "", "", false
		}
		return s.name, t, a, true
	}
	return "", "", "", false
}

// judgeCreator47 weighs a creator's notice or offer and its ask
// (creatorMessage) said beside a stranger's link, or a "this you?" of
// the Photo lure's strong phrases, which the fitted lure weight leaves
// low beside a link the model does not doubt.
func (c *Classifier) judgeCreator47(rs *reasons, text string, folded []byte, found *lure.Found, k *knowledge) {
	if c.training || quotesDefanged(k.links) {
		return
	}
	if scheme, topic, ask, ok := creatorMessage(folded); ok && !namesOwnSite(folded, k.links) && !pointsToPosts(k.links) {
		rs.add(handRule(CodeLure, wCreatorLure, "", say2("creator_lure", scheme, asWritten(text, k.links, topic), asWritten(text, k.links, ask))))
		return
	}
	if h := found[lure.Photo]; h.Weight >= lure.Strong && !scamTalk(folded) && !containsAnyWords(folded, creatorWordsAsked) &&
		!allClipHosts(k.links) {
		rs.add(handRule(CodeLure, wCreatorLure, "", say2("creator_photo", asWritten(text, k.links, h.Phrase))))
	}
}

// creatorFormSchemes are the creatorSchemes whose notice no one sends on
// a form anyone makes (forms.gle, docs.google.com/forms): a platform's
// strike, a payout held, a stream key, a reupload, a blue tick, a
// licence, followers. A contest's entry, a sponsor's application and a
// class's seat are asked for on forms by real organisers (rev47d).
var creatorFormSchemes = setOf("strike", "payout", "stream_key", "reupload", "tick", "licence", "followers")

// judgeCreatorForm weighs a creator's notice and its ask
// (creatorMessage) beside a form anyone makes (formLink), which
// judgeCreator47 never sees: the form's host is trusted (rev47d).
func judgeCreatorForm(rs *reasons, text string, folded []byte, form *linkx.Link, k *knowledge) {
	if quotesDefanged(k.links) {
		return
	}
	if scheme, topic, ask, ok := creatorMessage(folded); ok && creatorFormSchemes[scheme] {
		rs.add(handRule(CodeLure, wCreatorLure, "", say2("creator_lure", scheme, asWritten(text, k.links, topic), asWritten(text, k.links, ask))))
	}
}

// quotesDefanged reports whether one of links is written defanged as
// analysts quote indicators (hxxps://tg-video-view[.]com): security talk
// citing the lure, which no one can click.
func quotesDefanged(links []linkx.Link) bool {
	for i := range links {
		if links[i].Defanged {
			return true
		}
	}
	return false
}

// namesOwnSite reports whether folded text names the site of one of its
// links by the name it is registered under ("log in with your ArtStation
// account" beside artstation.com): the sign-in asked is the site's own, a
// member's pointer to it, not a stranger's notice.
func namesOwnSite(folded []byte, links []linkx.Link) bool {
	for i := range links {
		label, _, _ := strings.Cut(links[i].Domain, ".")
		if len(label) >= 4 && containsWords(folded, label) {
			return true
		}
	}
	return false
}

// clipHosts are the hosts of game clips and short videos that members
// share ("is this you?" beside a medal.tv clip): a video there can show
// a friend, and asks for no sign-in (rev47d).
var clipHosts = setOf("medal.tv", "streamable.com", "outplayed.tv", "allstar.gg", "gfycat.com", "imgur.com",
	"streamja.com", "clippituser.tv", "clips.twitch.tv", "vimeo.com")

// allClipHosts reports whether links are all on clipHosts.
func allClipHosts(links []linkx.Link) bool {
	for i := range links {
		if !clipHosts[links[i].Domain] && !clipHosts[links[i].Host] {
			return false
		}
	}
	return len(links) > 0
}

// postPaths are the first segments of a path to a post, a thread or a
// wiki's page (/blog/…, /forum/…, /threads/…), where a member points to
// writing about a strike or a payout rather than a notice's form (rev47d).
var postPaths = setOf("blog", "blogs", "forum", "forums", "thread", "threads", "topic", "topics", "article", "articles",
	"news", "wiki", "docs", "community", "discussions", "discussion", "posts", "tin-tuc", "bai-viet")

// pointsToPosts reports whether every one of links leads to a post, a
// thread or a wiki's page (postPaths).
func pointsToPosts(links []linkx.Link) bool {
	for i := range links {
		seg, _, _ := strings.Cut(strings.TrimPrefix(links[i].Path, "/"), "/")
		if !postPaths[strings.ToLower(seg)] {
			return false
		}
	}
	return len(links) > 0
}

func init() {
	for k, v := range map[string][2]string{
		"creator_name": {
			"%[1]s is named for a notice or an offer sent to content creators (%[2]s, %[3]s), as the sites of channel-strike, sponsorship, payout and blue-tick scams are",
			"%[1]s được đặt tên theo một thông báo hay lời mời gửi nhà sáng tạo nội dung (%[2]s, %[3]s), như các trang lừa đảo gậy bản quyền, tài trợ, thanh toán và bán tích xanh"},
		"creator_lure": {
			"the message sends a creator a notice or an offer (%[1]s: %[2]s) and asks them to act on a stranger's site (%[3]s); platforms, labels and sponsors ask for that on their own sites",
			"tin nhắn gửi nhà sáng tạo một thông báo hay lời mời (%[1]s: %[2]s) và bảo họ làm theo trên trang của người lạ (%[3]s); nền tảng, hãng nhạc và nhà tài trợ chỉ yêu cầu việc đó trên trang của chính họ"},
		"creator_photo": {
			"the message asks whether the reader is in a photo or a video (%[1]s) beside a stranger's link, as the lure that steals accounts does",
			"tin nhắn hỏi người đọc có phải là người trong ảnh hay video (%[1]s) kèm đường link lạ, như chiêu lừa chiếm tài khoản"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
