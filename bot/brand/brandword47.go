package brand

import "strings"

// A protected brand's name hyphenated with words a strict reading does
// not know (brandword47). NoticeName reads a brand's name beside nothing
// but known words: one word it does not know (hsbc-security-check,
// youtube-channel-termination, youtube-contentid-appeals,
// lloydsbank-device-check) and the name was left to the link model,
// which reads a popular brand's letters as benign (popular domains hold
// them) and scored such names 0.1-0.5. WordsName reads the same names
// with up to two words of its own beside the name, so long as a word of
// a notice, an account's action or a payment stands there and no word of
// a tool, a fan site, a guide or a project does (youtube-dl,
// twitch-tools, chrome-stats, paypal-fee-calculator,
// instagram-story-viewer): the third-party names that hold a brand's
// name and are not its impostors'.

// wordsStrong are a notice's and an account action's words: a strike,
// a termination, a suspension, a lock, an appeal, a dispute, a sign-in
// or a recovery. Beside a brand's name on a stranger's domain one of
// them is how an impostor names its page (WordsName's strong).
var wordsStrong = map[string]bool{
	"appeal": true, "appeals": true, "termination": true, "terminated": true, "terminate": true,
	"strike": true, "strikes": true, "violation": true, "violations": true, "suspended": true,
	"suspension": true, "suspend": true, "banned": true, "ban": true, "unban": true, "locked": true,
	"lock": true, "blocked": true, "disabled": true, "deactivated": true, "deactivation": true,
	"verify": true, "verification": true, "confirm": true, "confirmation": true, "validate": true,
	"login": true, "signin": true, "logon": true, "recovery": true, "recover": true, "unlock": true,
	"reset": true, "restore": true, "reactivate": true, "reactivation": true, "reinstate": true,
	"reinstatement": true, "dispute": true, "disputes": true, "limitation": true, "limited": true,
	"restriction": true, "restricted": true, "unusual": true, "fraud": true, "copyright": true,
	"dmca": true, "contentid": true, "claim": true, "expired": true, "expiry": true, "expire": true,
	"frozen": true, "freeze": true, "hold": true, "penalty": true, "infringement": true,
	"takedown": true, "removal": true, "moderation": true, "chargeback": true, "reversal": true,
	"password": true, "passcode": true, "otp": true, "2fa": true, "unauthorized": true,
}

// wordsWeak are a payment's, a security or support desk's, a creator
// program's and a lure's words: beside a brand's name they make it read
// (WordsName), a warning, not a deletion, alone.
var wordsWeak = map[string]bool{
	"payout": true, "payouts": true, "payment": true, "payments": true, "earnings": true,
	"revenue": true, "monetization": true, "monetisation": true, "monetize": true, "adsense": true,
	"bonus": true, "reward": true, "rewards": true, "gift": true, "gifts": true, "giveaway": true,
	"prize": true, "cashout": true, "fund": true, "fee": true, "fees": true, "invoice": true,
	"billing": true, "refund": true, "payee": true, "pending": true, "security": true, "secure": true,
	"safety": true, "protect": true, "protection": true, "support": true, "helpdesk": true,
	"help": true, "care": true, "check": true, "checkup": true, "badge": true, "bluecheck": true,
	"verified": true, "brief": true, "contract": true, "sponsorship": true, "sponsor": true,
	"review": true, "report": true, "notice": true, "notification": true, "alert": true,
	"warning": true, "update": true, "installer": true, "setup": true, "form": true, "request": true,
	"case": true, "ticket": true, "renewal": true, "subscription": true, "cancel": true,
	"cancellation": true, "failed": true, "declined": true, "overdue": true, "unpaid": true,
	"storage": true, "quota": true, "signature": true, "shared": true, "share": true,
	"access": true, "compliance": true, "abuse": true,
}

// wordsAbout are the words of wordsWeak that name what a third party's
// page is about as often as a desk's (a review, a report, an update, the
// fees, help, safety): alone beside a brand's name and what a notice is
// about (youtube-channel-review, ebay-seller-fees, youtube-channel-report)
// they are a second sign short (WordsName; rev47b). Not share (a file's
// share is a lure: the measure sets lost a phishing name without it) nor
// a single fee (a parcel's fee is the courier scam's).
var wordsAbout = map[string]bool{
	"review": true, "report": true, "update": true, "fees": true, "help": true, "safety": true,
}

// wordsSubject are what a notice is about on a platform (a channel, a
// page, a profile, a shop, a creator's studio, a card, a device): they
// say nothing alone and are no tool's words.
var wordsSubject = map[string]bool{
	"channel": true, "page": true, "account": true, "profile": true, "video": true, "videos": true,
	"post": true, "reel": true, "reels": true, "story": true, "live": true, "stream": true,
	"ads": true, "ad": true, "shop": true, "store": true, "seller": true, "creator": true,
	"creators": true, "partner": true, "studio": true, "card": true, "device": true, "id": true,
	"team": true, "desk": true, "center": true, "centre": true, "official": true, "mail": true,
	"mailbox": true, "wallet": true, "order": true, "files": true, "file": true, "business": true,
	"host": true, "driver": true, "premium": true, "blue": true, "full": true, "transfer": true,
}

// wordsTool are a tool's, a fan site's, a guide's, a project's and a
// news site's words: beside one a brand's name is a third party's that
// names what it is about (youtube-dl, twitch-tools, chrome-stats,
// paypal-fee-calculator, zelle-scam-awareness), never read.
var wordsTool = map[string]bool{
	"dl": true, "dlp": true, "api": true, "apis": true, "sdk": true, "lib": true, "libs": true,
	"library": true, "py": true, "js": true, "ts": true, "rs": true, "go": true, "rb": true,
	"php": true, "cli": true, "gui": true, "tool": true, "tools": true, "toolkit": true, "kit": true,
	"stats": true, "stat": true, "statistics": true, "tracker": true, "analytics": true,
	"analyzer": true, "analyser": true, "chart": true, "charts": true, "calculator": true,
	"calc": true, "converter": true, "downloader": true, "archive": true, "archiver": true,
	"overlay": true, "overlays": true, "player": true, "widget": true, "widgets": true, "emoji": true,
	"emojis": true, "emote": true, "emotes": true, "wrapper": true, "client": true,
	"documentation": true, "wiki": true, "fandom": true, "fans": true, "fan": true, "fanclub": true,
	"news": true, "blog": true, "weekly": true, "daily": true, "digest": true, "magazine": true,
	"guide": true, "guides": true, "tutorial": true, "tutorials": true, "course": true,
	"academy": true, "clone": true, "extension": true, "extensions": true, "addon": true,
	"addons": true, "plugin": true, "plugins": true, "theme": true, "themes": true, "template": true,
	"templates": true, "mod": true, "mods": true, "viewer": true, "search": true, "finder": true,
	"generator": true, "maker": true, "builder": true, "planner": true, "scheduler": true,
	"calendar": true, "scraper": true, "parser": true, "exporter": true, "export": true,
	"importer": true, "bridge": true, "bot": true, "bots": true, "list": true, "lists": true,
	"directory": true, "db": true, "database": true, "awareness": true, "scam": true, "scams": true,
	"compare": true, "comparison": true, "vs": true, "alternative": true, "alternatives": true,
	"tester": true, "validator": true, "checker": true, "monitor": true, "sample": true,
	"samples": true, "example": true, "examples": true, "demo": true, "starter": true,
	"boilerplate": true, "awesome": true, "engineering": true, "research": true, "history": true,
	"picker": true, "formatter": true, "reader": true, "editor": true, "helper": true,
	"recap": true, "ideas": true, "codes": true, "redeem": true, "tags": true, "tag": true,
	"hashtag": true, "hashtags": true, "notes": true, "changelog": true, "snaps": true, "explained": true,
	"explainer": true, "faq": true, "faqs": true, "answers": true, "howto": true, "learn": true, "careers": true,
	"jobs": true,
}

// WordsName says how strongly the registrable label reads as the brand's
// name matched (m, a NameInDomain match of the whole name, of one of the
// brand's own labels holding it, or of a word holding the name run
// together with a notice's words: youtubechanneltermination) as a
// hyphenated word of its own beside at least one word of a notice, an
// account's action or a payment (wordsStrong, wordsWeak, and
// NoticeName's noticeTrouble and accountWords) and no word of a tool, a
// fan site, a guide or a project (wordsTool). Beside it may stand at most
// two words it knows nothing of: none when the name is itself an
// ordinary word (isWord: safe-account-recovery is no claim to Safe) or
// beside a single word of a payment or a desk (zalo-mini-app-docs is the
// documentation of Zalo's mini apps). The name beside one word alone is
// read only when that word is a notice's or an account action's
// (whatsapp-code is a project's sample code; NoticeName reads the rest).
// It returns the signs the name holds: 3 (deletes) for a word of a
// notice or an account's action, or two words of a notice or a payment;
// one fewer with a word it does not know beside them
// (netflix-password-sharing, tiktok-ban-lawsuit: a news site's words as
// often as a kit's); 2 for a single word of a payment or a desk beside
// what a notice is about (lloydsbank-device-check), 1 when that word is
// one of wordsAbout (youtube-channel-review, ebay-seller-fees,
// airbnb-host-fees: a review or a guide as often as a kit), which needs a
// second sign elsewhere (rev47b); 0 when the name does not read so. A
// Tool or Beside brand's name is left to NoticeName (developers name
// projects after them: stripe-payment-demo), and a name on the ending of
// a country one of the brand's domains ends in, as AccountName leaves it.
func (m *Match) WordsName(label, suffix string, isWord func(string) bool) (signs int) {
	b := m.Brand
	if m.Kind != NameInDomain || b.Tool || b.Beside || m.Word != m.name && !ownLabel(b, m.Word) && !strings.Contains(m.Word, m.name) ||
		countryOwn(b, suffix) || len(label) > 63 {
		return 0
	}
	named, parts, strongs, weaks, unknown, about := false, 0, 0, 0, 0, 0
	for w := range strings.SplitSeq(label, "-") {
		w = strings.TrimRight(w, "0123456789")
		parts++
		switch {
		case w == "":
			continue
		case !named && (w == m.Word || w == m.name || strings.Contains(w, m.name) && ownLabel(b, w)):
			named = true
			if w != m.name && !ownLabel(b, w) {
				// the name run together with a notice's words
				// before or after it (youtubechanneltermination,
				// copyrightappealyoutube; rev47b)
				i := strings.Index(w, m.name)
				s1, w1, a1, ok1 := noticeRun(w[:i], 0)
				s2, w2, a2, ok2 := noticeRun(w[i+len(m.name):], 0)
				if !ok1 || !ok2 || s1+s2 == 0 && w1+w2 < 2 {
					// run together with a payment's or a
					// desk's word alone (youtubemonetization,
					// twitchpayouts) it is a name of its own
					return 0
				}
				strongs, weaks, about = strongs+s1+s2, weaks+w1+w2, about+a1+a2
			}
		case ownLabel(b, w):
		default:
			switch NoticeWord(w) {
			case 't':
				return 0
			case 's':
				strongs++
			case 'w':
				weaks++
				if wordsAbout[w] {
					about++
				}
			case 'f':
			default:
				unknown++
			}
		}
	}
	if !named || parts > 5 || strongs+weaks == 0 || unknown > 2 || unknown > 0 && (isWord(m.name) || strongs == 0 && weaks < 2) || parts == 2 && strongs == 0 {
		return 0
	}
	signs = 3
	if strongs == 0 && weaks == 1 {
		signs = 2 - about
	}
	if unknown > 0 {
		signs--
	}
	return signs
}

// noticeRun splits s, words run together (channeltermination), into
// words NoticeWord knows as a notice's, a payment's, a desk's or what a
// notice is about, longest first, and counts the notice's (strongs), the
// payment's or desk's (weaks) and of these the ones of wordsAbout
// (about); ok is false when s is not made of them alone. Empty s is made
// of none.
func noticeRun(s string, depth int) (strongs, weaks, about int, ok bool) {
	if s == "" {
		return 0, 0, 0, true
	}
	if depth > 4 || len(s) > 40 {
		return 0, 0, 0, false
	}
	for i := min(len(s), 16); i >= 2; i-- {
		k := NoticeWord(s[:i])
		if k == 0 || k == 't' {
			continue
		}
		st, wk, ab, ok := noticeRun(s[i:], depth+1)
		if !ok {
			continue
		}
		switch k {
		case 's':
			st++
		case 'w':
			wk++
			if wordsAbout[s[:i]] {
				ab++
			}
		}
		return st, wk, ab, true
	}
	return 0, 0, 0, false
}

// noticeTail reports whether s, words run together after a brand's
// name, is made of a notice's words alone with a notice's word or two
// words of a payment or a desk among them (securitycheck, fraudalert).
func noticeTail(s string) bool {
	strongs, weaks, _, ok := noticeRun(s, 0)
	return ok && (strongs > 0 || weaks >= 2)
}

// NoticeLabel returns the first word of a notice, an account's action or a
// payment in a label made of nothing but such words and what a notice is
// about, hyphenated or run together, with a notice's word or two others
// among them (channel-termination, securitycheck, account-verify): a
// stranger's registrable name that a brand's name in front of it
// (youtube.channel-termination.info) makes the brand's notice. "" when
// the label is not made so.
func NoticeLabel(label string) string {
	if len(label) > 63 {
		return ""
	}
	first, strongs, weaks := "", 0, 0
	for w := range strings.SplitSeq(label, "-") {
		w = strings.TrimRight(w, "0123456789")
		if w == "" {
			continue
		}
		s, wk, _, ok := noticeRun(w, 0)
		if !ok {
			return ""
		}
		if first == "" && s+wk > 0 {
			first = w
		}
		strongs, weaks = strongs+s, weaks+wk
	}
	if strongs == 0 && weaks < 2 {
		return ""
	}
	return first
}

// NoticeWord says what a word beside a brand's name is: 's' a notice's or
// an account action's (wordsStrong), 'w' a payment's, a desk's or a
// lure's (wordsWeak, and NoticeName's noticeTrouble and accountWords),
// 'f' what a notice is about or a filler (wordsSubject, serviceWords,
// noticeFiller), 't' a tool's, a fan site's or a project's (wordsTool),
// 0 none of these (and free).
func NoticeWord(w string) byte {
	switch {
	case wordsTool[w]:
		return 't'
	case wordsStrong[w]:
		return 's'
	case w == "free":
		// an app fake's word (chatgpt-free: NoticeName), and a fan
		// site's as often beside any other brand (copyright-free
		// music, free games; rev47b)
		return 0
	case wordsWeak[w] || noticeTrouble[w] || accountWords[w]:
		return 'w'
	case wordsSubject[w] || serviceWords[w] || noticeFiller[w]:
		return 'f'
	}
	return 0
}
