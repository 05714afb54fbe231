package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// A message that speaks as a company by its name, beside a stranger's
// host carrying that name (claim48). "Zoom: a meeting recording was
// shared with you, view https://zoom-recshare.com/rec/99", "Brex: a card
// transaction was declined, sign in to review https://brex-cardreview.com",
// "MB Bank thông báo: … hủy tại https://mbbank-huyphi.net": the notice
// claims its sender in its first words ("Name:", "[Name]", "Name —",
// "Name »", "*Name*:", "Name Support:", "Name thông báo"), after "from"
// or in a signature at its end ("… - Name"), and its link goes to a host
// that holds the same name joined to other words (its words hyphenated
// too: mb-bank-huyphi), or as a label in front of somebody else's
// domain. A company's own notice links
// its own domain. Before, this was read only where the name was a
// protected brand's and the words were ones the brand readings knew:
// small companies, SaaS tools and common-word names passed.
//
// claimedSender reads the claimed name from the text itself, so that it
// works for names the bot has never heard of: the name's letters
// (folded, spaces and punctuation dropped), its first word when that is
// a name of its own, an abbreviation the message gives in brackets
// beside it ("Vietnam Airlines (VNA)"), and a protected brand's listed
// names when the claimed name is one. judgeClaimed48 compares them with
// each suspect link's host: a registrable label that is the name exactly
// (brex.com, zoom.us, name.vn, name.cloud), or the name with only its
// own site's words (status, careers, blog, a region's …), is the
// company's own; one that joins the name to other words, or a subdomain
// label carrying the name on another registrable ICANN domain nobody
// trusts, is not. The name run together with letters that are no
// notice's words (ubereats, marriottbonvoy, highlandscoffee, janedoe) is
// as often a company's own product's or a person's site: it warns at
// most, on a cheap ending (rev48a). Beside
// an ask or a notice's state (view, sign, pay, log in, confirm, shared
// with you, unread, will be deleted, declined; EN and VI) it deletes;
// beside a notice's milder words it warns; with nothing asked it says
// nothing (tech chat lists a project's pages as "Name: link").

// wClaimedSender: a claimed sender's name on a stranger's host beside an
// ask deletes alone
const wClaimedSender = 0.85

// wClaimedSenderMild: the same beside a notice's milder words only warns
const wClaimedSenderMild = 0.6

// claimMaxName is the most letters of a claimed name read
const claimMaxName = 40

// claimName is one spelling of a claimed sender's name, folded.
type claimName struct {
	b [claimMaxName]byte
	n int
	// part: the name's first word alone, read at the start of a part of
	// a label only (json-schema holds no "Schema-based" sender)
	part bool
	// notice: the name was read from a lead a member's note or greeting
	// writes too ("zoom: …", "Anna, your …"): a host carries it only
	// beside a notice's words (noticeBeside; beside49)
	notice bool
}

// claimRoleWords are the words after a company's name that say which
// desk of it speaks ("Coinbase Support:", "Notion team:"), dropped from
// the name; thong bao (thông báo, "announces") the same in Vietnamese.
var claimRoleWords = setOf("support", "team", "security", "billing", "notifications", "notification", "alerts",
	"alert", "service", "services", "customer", "care", "help", "helpdesk", "desk", "accounts", "account", "payments",
	"official", "inc", "llc", "ltd", "hq", "notice", "thong", "bao", "tb", "cskh", "hotro", "ho", "tro")

// claimThong is thong (thông, of thông báo, "announces") folded.
var claimThong = setOf("thong")

// claimNotNames are words a member begins a line with before a colon
// that name no sender ("Note:", "Update:", "PSA:"), and words that are
// not a name of their own when they begin one ("Bank of …", "Air …");
// and a person's title, English or Vietnamese ("Dr. Tran:", "Anh Minh:",
// "Chị Lan:", "Admin:"): a person, whose own site carries their name
// (drtran-dental), is no company a notice claims to come from.
var claimNotNames = setOf("note", "update", "edit", "psa", "fyi", "reminder", "warning", "re", "fwd", "fw", "hi",
	"hey", "hello", "thanks", "question", "q", "a", "tldr", "link", "links", "source", "docs", "here", "this", "the",
	"my", "our", "your", "new", "important", "urgent", "alert", "notice", "ps", "btw", "imo", "lol", "ok", "yes", "no",
	"tip", "pro", "example", "eg", "ie", "answer", "solution", "fix", "bug", "issue", "result", "output", "error",
	// a person's title
	"dr", "mr", "mrs", "miss", "prof", "sir", "madam", "admin", "mod", "mods", "moderator", "anh", "chi",
	"em", "co", "chu", "thay", "ong", "ba", "ban")

// claimGenericFirst are first words of a company's name that are no name
// of their own: the first word alone is not read for them.
var claimGenericFirst = setOf("bank", "banking", "air", "airlines", "airways", "post", "cloud", "pay", "global",
	"national", "first", "city", "royal", "vietnam", "viet", "american", "canada", "united", "south", "north", "east",
	"west", "general", "digital", "mobile", "smart", "online", "group", "trust", "credit", "capital", "home", "best",
	"super", "open", "micro", "green", "blue", "red", "black", "golden", "star", "sun", "dien", "ngan", "hang", "cong",
	"ty", "tap", "doan", "adobe", "google", "microsoft", "amazon", "apple", "meta")

// claimOwnSiteWords are the words a company names its own other sites
// for beside its name (acme-status.com, acme-careers.com), a country's or
// a region's site (acer-vietnam, acme-asia) and a programming language's
// (crystal-lang): the name with these alone is read as the company's own.
var claimOwnSiteWords = setOf("status", "careers", "career", "jobs", "blog", "engineering", "developers", "dev",
	"community", "events", "labs", "merch", "press", "news", "research", "university", "academy", "forum", "hq",
	"inc", "group", "global", "corp", "official", "app", "cloud", "online", "web", "site", "home", "www", "us", "uk",
	"vn", "en", "vi", "de", "fr", "jp", "au", "ca",
	// a country's or a region's site, a language's
	"vietnam", "asia", "apac", "usa", "america", "europe", "eu", "japan", "korea", "kr", "sg", "singapore",
	"thailand", "th", "india", "china", "cn", "intl", "international", "world", "worldwide", "lang")

// claimAsks are what a notice asks the reader to do (folded, read as
// whole words): beside the claimed name on a stranger's ICANN name, any
// of them deletes. A bare "view", "review" or "sign" is not one: tech
// chat writes "Vue: view the loader docs", a notice "view it", "sign
// now", "log in to review".
var claimAsks = []string{"sign in", "signin", "log in", "login", "verify", "verification", "confirm", "confirming",
	"confirmation", "view it", "view them", "view now", "view and pay", "to view", "to review", "review it",
	"review and sign", "review and approve", "listen", "listen now", "sign now", "to sign", "and sign", "sign the",
	"your signature", "accept", "renew", "pay", "pay now", "payment", "update your", "respond within", "reactivate",
	"restore", "unlock", "claim", "approve", "your approval", "keep it", "rebook", "release it", "to release",
	// beside49: a streaming service's, a meeting app's and a bank's asks
	"renew to", "renew it", "to keep watching", "keep watching", "to keep listening", "fix it", "fix this",
	"check it now", "check it here", "check now", "update it", "update it here", "watch it", "watch it here",
	"watch now", "to watch", "reconnect", "rotate your", "reauthorize", "re authenticate", "reauthenticate",
	// vi
	"dang nhap", "xac nhan", "xac minh", "xac thuc", "nhan tai", "nhan hoan", "hoan ve", "hoan tien", "huy tai",
	"huy dich vu", "thanh toan", "cap nhat", "gia han", "doi qua", "nhan qua", "vui long", "truy cap", "nhan ngay"}

// claimStates are what a notice tells has happened to the reader's
// account, money, item or messages (folded, read as whole words): beside
// the claimed name on any stranger's host, any of them deletes.
var claimStates = []string{"shared with you", "shared a", "invited you", "unread", "voice message", "voicemail",
	"new voice", "will be deleted", "will be removed", "will be closed", "will be suspended", "will be locked",
	"will be terminated", "declined", "flagged", "suspended", "deactivated", "locked", "restricted", "expired",
	"on hold", "payment failed", "overdue", "unpaid", "is pending", "is held", "was cancelled", "was canceled",
	"were cancelled", "missed a call", "missed call", "waiting for your", "await your", "awaiting your",
	"action required", "you were mentioned", "assigned to you", "refund",
	// beside49: a plan not renewed, a recording ready, a call missed, a
	// transfer or a charge held
	"couldnt renew", "could not renew", "was not renewed", "wasnt renewed", "couldnt process",
	"could not process", "couldnt be processed", "could not be processed", "ready to watch", "ready to view",
	"call you missed", "meeting you missed", "you missed a call", "payment declined", "card declined",
	"has been paused", "will be paused", "is blocked", "was blocked", "is frozen", "was frozen",
	"needs your attention", "requires your attention", "session expired", "session has expired",
	"expires today",
	// vi
	"tru phi", "bi tru", "bi khoa", "tam khoa", "bi huy", "bi hoan", "that bai", "qua han", "het han", "kieu hoi",
	"duoc duyet", "bi treo", "sap bi"}

// claimAddressed are the words a notice speaks to its reader with: an
// ask without one is talk ("Docker: login to the registry first").
var claimAddressed = []string{"you", "your", "youre", "youve", "please", "ban", "cua ban", "quy khach", "khach hang",
	"qk", "vui long"}

// claimMild are a notice's milder words: beside the claimed name on a
// stranger's host, with no ask, they warn.
var claimMild = []string{"notice", "notification", "alert", "message", "messages", "account", "document",
	"invoice", "order", "parcel", "package", "booking", "reminder", "important", "security", "delivery",
	"tai khoan", "don hang", "giao dich", "hoa don", "quy khach"}

// judgeClaimed48 reads a message that claims a sender by name beside a
// suspect link whose host carries that name on a domain not the name's
// own (see the file's comment).
func (c *Classifier) judgeClaimed48(rs *reasons, k *knowledge, j *Judgement) {
	if c.training || len(j.Suspect) == 0 || quotesDefanged(k.links) {
		return
	}
	if !c.mayCarryClaim(k, j) {
		return
	}
	var names [6]claimName
	n, b, span := claimedSender(k.text, k.brands, &names)
	if n == 0 || !capitalised(span) && !containsAnyWords(k.folded(), claimAddressed) {
		// a lower-case lead speaks as the sender only to the reader
		// ("zoom: your recording is ready"); one that speaks of a tool's
		// trouble is a member's ("ssl: could not renew the certificate",
		// "nginx: session expired error"; rev49c)
		return
	}
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Domain == "" || l.Defanged || l.IP.IsValid() {
			continue
		}
		if b != nil && ownedBy(b, l.Domain) {
			continue
		}
		info := k.host(c, k.brands, l)
		if info.trusted || info.userContent {
			continue
		}
		carried, runTogether := claimCarried(l, names[:n], c)
		if !carried || writesLabel(k.folded(), l) {
			continue
		}
		folded := k.folded()
		w := 0.0
		found := k.found()
		strong := false
		for cat := range found {
			strong = strong || found[cat].Weight >= lure.Strong
		}
		switch {
		// the name run together with letters that are no notice's words
		// (ubereats, marriottbonvoy, janedoe) is as often a company's own
		// product's or a person's site: it warns at most, and only on a
		// cheap ending (annaroberts-events.com signed "- Anna" is Anna's)
		case !runTogether && (strong || containsAnyWords(folded, claimStates) ||
			l.ICANN && containsAnyWords(folded, claimAsks) && containsAnyWords(folded, claimAddressed)):
			w = wClaimedSender
		case l.ICANN && (abusedTLD(l.Suffix) >= 0.2 || !runTogether && len(info.words) > 0) && (containsAnyWords(folded, claimMild) || found[lure.AccountLock].Weight > 0 ||
			found[lure.Login].Weight > 0 || found[lure.Parcel].Weight > 0):
			w = wClaimedSenderMild
		default:
			continue
		}
		shown := linkx.Defang(l.Unicode)
		r := handRule(CodeBrandInDomain, w, shown, say2("claimed_sender", shown, span))
		r.Imitates = claimImitates(rs, b)
		rs.add(r)
		return
	}
}

// mayCarryClaim reports whether any suspect link passes the checks
// judgeClaimed48 makes of a link before the claimed name matters (a
// domain, not defanged, no IP address, a registrable label without a
// dot, a host neither trusted nor user content), so that a message with
// none is not read for a claimed sender at all: the verdict is the same,
// the text's parsing is spared.
func (c *Classifier) mayCarryClaim(k *knowledge, j *Judgement) bool {
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Domain == "" || l.Defanged || l.IP.IsValid() {
			continue
		}
		label := l.Domain
		if len(label) > len(l.Suffix)+1 && strings.HasSuffix(label, l.Suffix) {
			label = label[:len(label)-len(l.Suffix)-1]
		}
		if strings.IndexByte(label, '.') >= 0 {
			continue // claimCarried: no name carried
		}
		info := k.host(c, k.brands, l)
		if info.trusted || info.userContent {
			continue
		}
		return true
	}
	return false
}

// claimImitates is the official domain a claim's finding names as the
// one imitated (the headline "this link imitates …"): that of the brand
// finding it stands in for, or else the claimed protected brand's first
// domain; none for a name the bot does not know.
func claimImitates(rs *reasons, b *brand.Brand) string {
	for _, r := range rs.items() {
		if r.Code == CodeBrandInDomain && r.Imitates != "" {
			return r.Imitates
		}
	}
	if b != nil && len(b.Domains) > 0 {
		return b.Domains[0]
	}
	return ""
}

// ownedBy reports whether a registrable domain is one a brand lists.
func ownedBy(b *brand.Brand, domain string) bool {
	for _, d := range b.Domains {
		if d == domain {
			return true
		}
	}
	return false
}

// claimedSender fills names with the spellings of the sender's name the
// text claims (claimName), and returns how many, the protected brand the
// name is, if any, and the name as written.
func claimedSender(text string, bm *brand.Matcher, names *[6]claimName) (int, *brand.Brand, string) {
	n := 0
	span, abbr := leadName(text)
	if span == "" {
		span, abbr = fromName(text)
	}
	if span == "" {
		span = tailName(text)
	}
	if span == "" {
		return 0, nil, ""
	}
	var full, first claimName
	words := foldName(span, &full, &first)
	if full.n < 3 {
		return 0, nil, ""
	}
	names[n] = full
	n++
	var fw string
	if words > 1 && first.n >= 4 {
		fw = string(first.b[:first.n]) // no allocation: compared and looked up only
		if !claimGenericFirst[fw] && !claimNotNames[fw] {
			names[n] = first
			names[n].part = true
			n++
		}
	}
	if n < len(names) && plusName(span, &full, &names[n]) {
		n++ // Disney+ written disneyplus (beside49)
	}
	if abbr != "" {
		var a, ignore claimName
		foldName(abbr, &a, &ignore)
		if a.n >= 3 {
			names[n] = a
			n++
		}
	}
	var b *brand.Brand
	if bm != nil {
		b = bm.NamedWord(string(full.b[:full.n]))
		if b == nil && fw != "" {
			b = bm.NamedWord(fw)
		}
	}
	if b != nil {
		for _, w := range b.Names {
			if n == len(names) {
				break
			}
			if len(w) >= 3 && len(w) <= claimMaxName {
				names[n].n = copy(names[n].b[:], w)
				n++
			}
		}
	}
	if weakLead(text, span) {
		for i := range n {
			names[i].notice = true
		}
	}
	return n, b, span
}

// foldName folds a name's letters into full (Base: diacritics off,
// lower case, spaces and punctuation dropped) and its first word's into
// first, and returns how many words it has; a word's part after a dot
// (Monday.com) is dropped, and so are trailing role words (Support,
// team, thông báo).
func foldName(span string, full, first *claimName) int {
	words := 0
	wordStart := 0 // where the current word starts in full
	lastKept := 0  // full.n after the last word that is no role word
	inWord, dotted := false, false
	endWord := func() {
		if !inWord {
			return
		}
		inWord, dotted = false, false
		w := string(full.b[wordStart:full.n])
		if words > 0 && claimRoleWords[w] {
			return
		}
		words++
		if words == 1 {
			first.n = copy(first.b[:], full.b[wordStart:full.n])
		}
		lastKept = full.n
	}
	for _, r := range span {
		if r == '.' && inWord {
			dotted = true
			continue
		}
		c := lure.Base(r)
		if c == 0 {
			endWord()
			continue
		}
		if dotted {
			continue
		}
		if !inWord {
			inWord, wordStart = true, full.n
		}
		if full.n < claimMaxName {
			full.b[full.n] = c
			full.n++
		}
	}
	endWord()
	full.n = lastKept
	return words
}

// leadName returns the name a message begins by claiming ("Zoom:",
// "[Brex]", "Linear —", "MB Bank thông báo:", "Coinbase Support:") and
// an abbreviation written in brackets after it ("Vietnam Airlines (VNA):"),
// or "" when it begins with none: up to six words, each beginning with
// a capital or a digit, before a colon, a dash, a bar or thông báo.
func leadName(text string) (span, abbr string) {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '[' || r == '【' || r == '(' {
			break
		}
		i += size
	}
	if i >= len(text) {
		return "", ""
	}
	rest := text[i:]
	if open, size := utf8.DecodeRuneInString(rest); open == '[' || open == '【' || open == '(' {
		closer := "]"
		switch open {
		case '【':
			closer = "】"
		case '(':
			closer = ")"
		}
		end := strings.Index(rest, closer)
		if end <= size || end-size > claimMaxName {
			return "", ""
		}
		name := rest[size:end]
		if !capitalised(name) {
			return "", ""
		}
		return name, ""
	}
	words := 0
	at := 0
	for at < len(rest) && words < 6 {
		// a word
		start := at
		for at < len(rest) {
			r, size := rune(rest[at]), 1
			if r < utf8.RuneSelf {
				// an ASCII byte read without decoding (speed49b): a letter
				// or digit of ASCII is one of unicode's
				if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '.' || r == '&' || r == '\'' || (r == '-' || r == '+') && at > start) {
					break
				}
				at++
				continue
			}
			r, size = utf8.DecodeRuneInString(rest[at:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
				break
			}
			at += size
		}
		if at == start {
			return "", ""
		}
		word := rest[start:at]
		if words > 0 && len(rest) > at+1 && (rest[at+1] == 'b' || rest[at+1] == 'B') &&
			claimWordIn(claimThong, word) {
			return claimLead(strings.TrimSpace(rest[:start]), "")
		}
		words++
		// what follows the word
		sp := at
		for sp < len(rest) && (rest[sp] == ' ' || rest[sp] == '*' || rest[sp] == '_') {
			sp++ // "*Zoom*:", markdown's emphasis
		}
		if sp >= len(rest) {
			return "", ""
		}
		switch {
		case rest[sp] == ':' && words == 1:
			// "zoom: …" too (beside49)
			return claimLeadColon(rest[:at])
		case rest[sp] == ':' || rest[sp] == '|':
			return claimLead(rest[:at], "")
		case rest[sp] == ',' && words == 1:
			// "Brex, your card …" (beside49)
			return claimLeadComma(rest[:at], rest[sp+1:])
		case rest[sp] >= utf8.RuneSelf && claimSeparator(rest[sp:]) || // every separator begins with a byte ≥ 0x80 (speed49b)
			rest[sp] == '-' && sp > at && sp+1 < len(rest) && rest[sp+1] == ' ':
			return claimLead(rest[:at], "")
		case rest[sp] == '(':
			end := strings.IndexByte(rest[sp:], ')')
			if end < 3 || end > 9 {
				return "", ""
			}
			a := rest[sp+1 : sp+end]
			after := strings.TrimLeft(rest[sp+end+1:], " ")
			if after == "" || after[0] != ':' && !strings.HasPrefix(after, "—") && !strings.HasPrefix(after, "–") {
				return "", ""
			}
			return claimLead(rest[:at], a)
		}
		at = sp
	}
	return "", ""
}

// claimSeparator reports whether s begins with a dash or a mark a
// notice sets between its sender's name and its words ("Linear — …",
// "Zoom » …", "Brex • …").
func claimSeparator(s string) bool {
	for _, sep := range [...]string{"—", "–", "»", "›", "•", "·"} {
		if strings.HasPrefix(s, sep) {
			return true
		}
	}
	return false
}

// claimLead returns a lead name read by leadName when each of its words
// begins with a capital or a digit and its first is a name's.
func claimLead(name, abbr string) (string, string) {
	if !capitalised(name) {
		return "", ""
	}
	first, _, _ := strings.Cut(name, " ")
	if claimWordIn(claimNotNames, first) {
		return "", ""
	}
	return name, abbr
}

// fromName returns the name after "from" in a message ("New voicemail
// from Webex", "a document to sign from DocuSign"): up to three words
// beginning with a capital, "the" before them left out; "" when none.
func fromName(text string) (string, string) {
	for off := 0; off < len(text); {
		i := indexFrom(text[off:])
		if i < 0 {
			return "", ""
		}
		at := off + i
		off = at + 5
		if at > 0 && text[at-1] != ' ' {
			continue
		}
		if !claimWordIn(claimFromNoun, lastWord(text[:at])) {
			continue // "downloading it from the Sphinx website": not a sender
		}
		rest := text[off:]
		end, words := 0, 0
		for end < len(rest) && words < 3 {
			r, _ := utf8.DecodeRuneInString(rest[end:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				break
			}
			w := end
			for w < len(rest) {
				r, size := utf8.DecodeRuneInString(rest[w:])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '&') {
					break
				}
				w += size
			}
			end, words = w, words+1
			if end < len(rest) && rest[end] == ' ' {
				if next, _ := utf8.DecodeRuneInString(rest[end+1:]); unicode.IsUpper(next) {
					end++
					continue
				}
			}
			break
		}
		if name := strings.TrimRight(rest[:end], " ."); name != "" && name[0] >= 'A' && !claimWordIn(claimNotNames, name) {
			return name, ""
		}
	}
	return "", ""
}

// tailName returns the name a message signs with at its end, after a
// dash ("… https://brex-cardreview.com -Brex Team", "… — Zoom"): up to
// four words each beginning with a capital or a digit, a full stop or an
// exclamation mark after them aside; "" when it ends with none.
func tailName(text string) string {
	end := len(text)
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '.' || text[end-1] == '!') {
		end--
	}
	tail := text[max(0, end-claimMaxName-4):end]
	i := lastSpacedDash(tail)
	if i < 0 {
		return ""
	}
	name := strings.TrimLeft(tail[i:], " -—–")
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '&' && r != '\'' && r != '.' {
			return "" // a link, a sentence's mark: no signature
		}
	}
	first, _, _ := strings.Cut(name, " ")
	if name == "" || strings.Count(name, " ") > 3 || !capitalised(name) || claimWordIn(claimNotNames, first) {
		return "" // "- Admin Team", "- Anh Minh": no company
	}
	return name
}

// claimFromNoun are the words before "from" that say a notice came from
// a sender ("New voicemail from Webex", "a payment request from Venmo",
// "a document to sign from DocuSign").
var claimFromNoun = setOf("message", "messages", "voicemail", "document", "documents", "request", "invoice",
	"notice", "notification", "notifications", "alert", "alerts", "email", "mail", "payment", "transfer", "file",
	"files", "fax", "letter", "sign", "signature", "offer", "refund", "parcel", "package", "delivery", "reminder",
	"invitation", "invite", "statement", "bill", "receipt", "update", "call", "recording")

// lastWord returns the last word of s, its trailing spaces and
// punctuation left out.
func lastWord(s string) string {
	end := len(s)
	for end > 0 && !isAlnum(s[end-1]) {
		end--
	}
	start := end
	for start > 0 && isAlnum(s[start-1]) {
		start--
	}
	return s[start:end]
}

// indexFrom is indexFold(s, "from "), found by its space (strings.IndexByte
// is far quicker than reading each byte's case): the first space with
// "from", in either case, just before it.
func indexFrom(s string) int {
	for off := 4; off < len(s); {
		sp := strings.IndexByte(s[off:], ' ')
		if sp < 0 {
			return -1
		}
		p := off + sp
		if lowerASCII(s[p-4]) == 'f' && lowerASCII(s[p-3]) == 'r' && lowerASCII(s[p-2]) == 'o' && lowerASCII(s[p-1]) == 'm' {
			return p - 4
		}
		off = p + 1
	}
	return -1
}

// claimWordIn reports whether a word, its letters folded (lure.Base:
// diacritics and case off; a trailing dot, an apostrophe's s and any other
// mark dropped), is in set: "Dr." is dr, "Thông" thong. It folds into a
// buffer on the stack, so that a look-up allocates nothing; a word of
// more than 24 letters is in no set.
func claimWordIn(set map[string]bool, w string) bool {
	var buf [24]byte
	n := 0
	for _, r := range w {
		c := lure.Base(r)
		if c == 0 {
			continue
		}
		if n == len(buf) {
			return false
		}
		buf[n] = c
		n++
	}
	return set[string(buf[:n])]
}

// capitalised reports whether each word of a name begins with a capital
// letter or a digit; "of", "and", "&", "de" and "the" inside it aside.
func capitalised(name string) bool {
	any := false
	for rest := name; rest != ""; {
		w := rest
		if sp := strings.IndexByte(rest, ' '); sp >= 0 {
			w, rest = rest[:sp], rest[sp+1:]
		} else {
			rest = ""
		}
		switch w {
		case "", "of", "and", "&", "de", "the", "-", "—":
			continue
		}
		for piece := w; ; {
			r, _ := utf8.DecodeRuneInString(piece)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return false // "Schema-based:" heads a paragraph
			}
			dash := strings.IndexByte(piece, '-')
			if dash < 0 || dash+1 >= len(piece) {
				break
			}
			piece = piece[dash+1:]
		}
		any = true
	}
	return any
}

// claimCarried reports whether a link's host carries the claimed name on
// a domain not the name's own (see the file's comment), and whether only
// run together with letters that are no notice's words (runTogether:
// nameParts).
func claimCarried(l *linkx.Link, names []claimName, c *Classifier) (carried, runTogether bool) {
	reg := l.Domain
	label := reg
	if len(reg) > len(l.Suffix)+1 && strings.HasSuffix(reg, l.Suffix) {
		label = reg[:len(reg)-len(l.Suffix)-1]
	}
	if strings.IndexByte(label, '.') >= 0 {
		return false, false
	}
	for i := range names {
		if sameLetters(label, names[i].b[:names[i].n]) {
			return false, false // the name's own domain, on any ending
		}
	}
	for i := range names {
		if joined, loose := claimJoined(label, &names[i]); joined && !loose {
			return true, false
		} else if joined {
			runTogether = true
		}
	}
	if runTogether {
		return true, true
	}
	if abbrevCarried(label, &names[0]) {
		return true, false // nflx-renew for Netflix (beside49)
	}
	if !l.ICANN || c.reputable(reg) || len(l.Host) <= len(reg)+1 {
		return false, false
	}
	sub := l.Host[:len(l.Host)-len(reg)-1]
	for len(sub) > 0 {
		lab := sub
		if dot := strings.IndexByte(sub, '.'); dot >= 0 {
			lab, sub = sub[:dot], sub[dot+1:]
		} else {
			sub = ""
		}
		if lab == "www" {
			continue
		}
		for i := range names {
			nm := &names[i]
			if found, loose, _, third := nameParts(lab, nm); (found && !loose || sameLetters(lab, nm.b[:nm.n])) && !third && strangersName(label) {
				return true, false
			}
		}
	}
	return false, false
}

// sameLetters reports whether a label, its hyphens dropped, is the name.
func sameLetters(label string, name []byte) bool {
	j := 0
	for i := 0; i < len(label); i++ {
		if label[i] == '-' {
			continue
		}
		if j >= len(name) || label[i] != name[j] {
			return false
		}
		j++
	}
	return j == len(name)
}

// claimJoined reports whether a label joins the name to other words: the
// name as a hyphen-separated part (or run of parts: mb-bank-huyphi) beside
// other parts, or run together with more letters, where what is beside
// the name is not only its own site's words (claimOwnSiteWords) and holds
// no third party's (claimThirdParty); loose when the letters run together
// with it are no notice's words (nameParts).
func claimJoined(label string, name *claimName) (joined, loose bool) {
	found, loose, other, third := nameParts(label, name)
	if found && name.notice && !noticeBeside(label, name) {
		return false, false
	}
	return found && other && !third, loose
}

// nameParts reports whether a label holds the name (found): as a
// hyphen-separated part, as a run of parts that spell it (mb-bank for MB
// Bank), or, when the name has four letters or more, at the start or the
// end of a part with more letters; loose when those letters are neither
// digits nor a notice's words run together (claimJoinedRest: ubereats,
// marriottbonvoy, janedoe are a company's own product's or a person's
// site as often as not; quillovoicemail, securezoom are not loose);
// whether anything beside it is not its own site's words (other); and
// whether a part beside it is a third party's word (third).
func nameParts(label string, nm *claimName) (found, loose, other, third bool) {
	name := nm.b[:nm.n]
	if len(name) < 3 {
		return false, false, false, false
	}
	for at := 0; at < len(label); {
		end := strings.IndexByte(label[at:], '-')
		if end < 0 {
			end = len(label)
		} else {
			end += at
		}
		part := label[at:end]
		beside := part
		if !found {
			if e := nameAcross(label, at, name); e >= 0 {
				found, beside, end = true, "", e
			} else if n := len(name); n >= 4 && len(part) > n {
				switch {
				case part[:n] == string(name):
					found, beside = true, part[n:]
				case !nm.part && part[len(part)-n:] == string(name):
					found, beside = true, part[:len(part)-n]
				}
				loose = found && !claimJoinedRest(beside)
			}
		}
		if beside != "" && !allDigits(beside) {
			other = other || !claimOwnSiteWords[beside]
			third = third || claimThirdParty(beside)
		}
		at = end + 1
	}
	return found, loose, other, third
}

// nameAcross returns where the hyphen-separated parts of a label from at
// spell the name, hyphens dropped, ending at a part's end (zoom in
// zoom-recshare, mbbank in mb-bank-huyphi); -1 when they do not.
func nameAcross(label string, at int, name []byte) int {
	i, j := at, 0
	for i < len(label) && j < len(name) {
		if label[i] == '-' && i > at {
			i++
			continue
		}
		if label[i] != name[j] {
			return -1
		}
		i, j = i+1, j+1
	}
	if j == len(name) && (i == len(label) || label[i] == '-') {
		return i
	}
	return -1
}

// claimJoinedRest reports whether the letters run together with a
// claimed name in a label's part make it an impostor's (claimNoticeRun)
// or only number it (zoom2).
func claimJoinedRest(rest string) bool {
	n, ok := claimNoticeRun(rest, 0)
	return allDigits(rest) || ok && n > 0
}

// claimHostWords are a notice's words in an impostor's host that
// brand.NoticeWord does not know: a voice message's, a shared file's, a
// payment's, a parcel's and Vietnamese notices' (hoantien, xacminh,
// huyphi, kieuhoi …), read run together with a claimed name. Pay, bill,
// view and center are none: a company's own services are named so
// (travelokapay, zalopay).
var claimHostWords = setOf("voicemail", "voice", "vm", "vmail", "voicebox", "msg", "message", "messages",
	"inbox", "unread", "rec", "recording", "recordings", "docshare", "paystub", "paystubs", "deposit", "deposits",
	"transfer", "wire", "refunds", "billpay", "tollpay", "redeliver", "redelivery", "tracking", "invites",
	"approve", "approval",
	// vi
	"hoantien", "hoanve", "hoanphi", "xacminh", "xacthuc", "xacnhan", "thanhtoan", "capnhat", "giahan",
	"huyphi", "huydichvu", "kieuhoi", "doiqua", "nhanqua", "uudai", "trungthuong", "vaytien", "giaodich",
	"giaolai", "taikhoan", "hoadon", "nhanthuong", "tracuu")

// claimNoticeRun returns how many notice's words (brand.NoticeWord's
// notice, payment and desk words, and claimHostWords) s holds, and
// whether it is made of those and of what a notice is about alone, run
// together, longest first (voicemailcenter, verifyapp); "" is made of
// none.
func claimNoticeRun(s string, depth int) (int, bool) {
	if s == "" {
		return 0, true
	}
	if depth > 4 || len(s) > 40 {
		return 0, false
	}
	for i := min(len(s), 16); i >= 2; i-- {
		w := s[:i]
		k := brand.NoticeWord(w)
		counts := k == 's' || k == 'w' || claimHostWords[w]
		if !counts && k != 'f' {
			continue
		}
		n, ok := claimNoticeRun(s[i:], depth+1)
		if !ok {
			continue
		}
		if counts {
			n++
		}
		return n, true
	}
	return 0, false
}

// claimTalkWords are words of tech talk's and guides' sites that
// brand.ThirdPartyWord does not list (docker-registry-guide,
// kafka-rebalance-explained, postgres-tuner).
var claimTalkWords = setOf("hooks", "components", "component", "loader", "tuner", "registry", "explained", "tips",
	"tricks", "cheatsheet", "snippets", "recipes", "cookbook", "patterns", "playground", "sandbox", "benchmark",
	"benchmarks", "migration", "migrate", "backgrounds", "wallpapers", "icons", "fonts", "learn", "learning",
	"howto", "faq", "meetup", "conf", "summit", "podcast", "show", "reviews", "rating", "ratings", "deals",
	"coupons", "jobs", "careers", "status", "internal", "intranet", "corp", "infra", "ops", "devops", "staging",
	"prod", "test", "testing", "lab", "labs", "systems", "solutions", "software", "tech", "group", "inc", "llc")

// claimThirdParty reports whether a word beside a company's name in a
// host names a third party's site or a company's own infrastructure.
func claimThirdParty(w string) bool {
	return brand.ThirdPartyWord(w) || claimTalkWords[w]
}

// strangersName reports whether a registrable label is made of generic
// words, as the domains impostors put a company's name in front of are
// (share-page, docs-viewer, parcel-redeliver, hoantien-donhang), not a
// company's own name (acme-corp, acme-infra, acme): hyphenated, or built
// of a lure's or a notice's words (model.NameWords), with no word of a
// company's own infrastructure (corp, infra, internal …).
func strangersName(label string) bool {
	hyphen := strings.IndexByte(label, '-') >= 0
	if !hyphen && len(model.NameWords(label)) == 0 {
		return false
	}
	for rest := label; ; {
		part := rest
		dash := strings.IndexByte(rest, '-')
		if dash >= 0 {
			part = rest[:dash]
		}
		if claimTalkWords[part] || claimOwnSiteWords[part] {
			return false
		}
		if dash < 0 {
			return true
		}
		rest = rest[dash+1:]
	}
}

// writesLabel reports whether the message writes the link's registrable
// label as its words side by side ("JSON Schema (https://json-schema.org/)"):
// it names the site it cites, as an impostor's notice does not.
func writesLabel(folded []byte, l *linkx.Link) bool {
	label := l.Domain
	if dot := strings.IndexByte(label, '.'); dot > 0 {
		label = label[:dot]
	}
	var buf [64]byte
	if len(label) > len(buf) {
		return false
	}
	n := copy(buf[:], label)
	for i := range n {
		if buf[i] == '-' {
			buf[i] = ' '
		}
	}
	return containsWords(folded, string(buf[:n]))
}
