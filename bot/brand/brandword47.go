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

// WordsName reports whether the registrable label holds the brand's name
// matched (m, a NameInDomain match of the whole name, or of one of the
// brand's own labels holding it) as a hyphenated word of its own beside
// at least one word of a notice, an account's action or a payment
// (wordsStrong, wordsWeak, and NoticeName's noticeTrouble and
// accountWords) and no word of a tool, a fan site, a guide or a project
// (wordsTool). Beside it may stand at most two words it knows nothing
// of: none when the name is itself an ordinary word (isWord:
// safe-account-recovery is no claim to Safe) or beside a single word of
// a payment or a desk (zalo-mini-app-docs is the documentation of Zalo's
// mini apps). The name beside one word alone is read only when that word
// is a notice's or an account action's (whatsapp-code is a project's
// sample code; NoticeName reads the rest). strong: a word of a notice or
// an account's action, or two words of a notice or a payment. A Tool or
// Beside brand's name is left to NoticeName (developers name projects
// after them: stripe-payment-demo), and a name on the ending of a
// country one of the brand's domains ends in, as AccountName leaves it.
func (m *Match) WordsName(label, suffix string, isWord func(string) bool) (strong, ok bool) {
	b := m.Brand
	if m.Kind != NameInDomain || b.Tool || b.Beside || m.Word != m.name && !ownLabel(b, m.Word) || countryOwn(b, suffix) || len(label) > 63 {
		return false, false
	}
	named, parts, strongs, weaks, unknown := false, 0, 0, 0, 0
	for w := range strings.SplitSeq(label, "-") {
		w = strings.TrimRight(w, "0123456789")
		parts++
		switch {
		case w == "":
			continue
		case !named && (w == m.Word || w == m.name || strings.Contains(w, m.name) && ownLabel(b, w)):
			named = true
		case ownLabel(b, w):
		default:
			switch NoticeWord(w) {
			case 't':
				return false, false
			case 's':
				strongs++
			case 'w':
				weaks++
			case 'f':
			default:
				unknown++
			}
		}
	}
	if !named || parts < 2 || parts > 5 || strongs+weaks == 0 || unknown > 2 || unknown > 0 && (isWord(m.name) || strongs == 0 && weaks < 2) || parts == 2 && strongs == 0 {
		return false, false
	}
	return strongs > 0 || strongs+weaks >= 2, true
}

// NoticeWord says what a word beside a brand's name is: 's' a notice's or
// an account action's (wordsStrong), 'w' a payment's, a desk's or a
// lure's (wordsWeak, and NoticeName's noticeTrouble and accountWords),
// 'f' what a notice is about or a filler (wordsSubject, serviceWords,
// noticeFiller), 't' a tool's, a fan site's or a project's (wordsTool),
// 0 none of these.
func NoticeWord(w string) byte {
	switch {
	case wordsTool[w]:
		return 't'
	case wordsStrong[w]:
		return 's'
	case wordsWeak[w] || noticeTrouble[w] || accountWords[w]:
		return 'w'
	case wordsSubject[w] || serviceWords[w] || noticeFiller[w]:
		return 'f'
	}
	return 0
}
