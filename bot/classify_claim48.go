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
// "Name Support:", "Name thông báo") or after "from", and its link goes
// to a host that holds the same name joined to other words, or as a
// label in front of somebody else's domain. A company's own notice links
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
// own site's words (status, careers, blog …), is the company's own; one
// that joins the name to other words, or a subdomain label carrying the
// name on another registrable ICANN domain nobody trusts, is not. Beside
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
}

// claimRoleWords are the words after a company's name that say which
// desk of it speaks ("Coinbase Support:", "Notion team:"), dropped from
// the name; thong bao (thông báo, "announces") the same in Vietnamese.
var claimRoleWords = setOf("support", "team", "security", "billing", "notifications", "notification", "alerts",
	"alert", "service", "services", "customer", "care", "help", "helpdesk", "desk", "accounts", "account", "payments",
	"official", "inc", "llc", "ltd", "hq", "notice", "thong", "bao", "tb", "cskh", "hotro", "ho", "tro")

// claimNotNames are words a member begins a line with before a colon
// that name no sender ("Note:", "Update:", "PSA:"), and words that are
// not a name of their own when they begin one ("Bank of …", "Air …").
var claimNotNames = setOf("note", "update", "edit", "psa", "fyi", "reminder", "warning", "re", "fwd", "fw", "hi",
	"hey", "hello", "thanks", "question", "q", "a", "tldr", "link", "links", "source", "docs", "here", "this", "the",
	"my", "our", "your", "new", "important", "urgent", "alert", "notice", "ps", "btw", "imo", "lol", "ok", "yes", "no",
	"tip", "pro", "example", "eg", "ie", "answer", "solution", "fix", "bug", "issue", "result", "output", "error")

// claimGenericFirst are first words of a company's name that are no name
// of their own: the first word alone is not read for them.
var claimGenericFirst = setOf("bank", "banking", "air", "airlines", "airways", "post", "cloud", "pay", "global",
	"national", "first", "city", "royal", "vietnam", "viet", "american", "canada", "united", "south", "north", "east",
	"west", "general", "digital", "mobile", "smart", "online", "group", "trust", "credit", "capital", "home", "best",
	"super", "open", "micro", "green", "blue", "red", "black", "golden", "star", "sun", "dien", "ngan", "hang", "cong",
	"ty", "tap", "doan", "adobe", "google", "microsoft", "amazon", "apple", "meta")

// claimOwnSiteWords are the words a company names its own other sites
// for beside its name (acme-status.com, acme-careers.com): the name with
// these alone is read as the company's own.
var claimOwnSiteWords = setOf("status", "careers", "career", "jobs", "blog", "engineering", "developers", "dev",
	"community", "events", "labs", "merch", "press", "news", "research", "university", "academy", "forum", "hq",
	"inc", "group", "global", "corp", "official", "app", "cloud", "online", "web", "site", "home", "www", "us", "uk",
	"vn", "en", "vi", "de", "fr", "jp", "au", "ca")

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
	var names [6]claimName
	n, b, span := claimedSender(k.text, k.brands, &names)
	if n == 0 {
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
		info := c.hosts.get(c, k.brands, l)
		if info.trusted || info.userContent {
			continue
		}
		if !claimCarried(l, names[:n], c) || writesLabel(k.folded(), l) {
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
		case strong || containsAnyWords(folded, claimStates) ||
			l.ICANN && containsAnyWords(folded, claimAsks) && containsAnyWords(folded, claimAddressed):
			w = wClaimedSender
		case l.ICANN && (abusedTLD(l.Suffix) >= 0.2 || len(info.words) > 0) && (containsAnyWords(folded, claimMild) || found[lure.AccountLock].Weight > 0 ||
			found[lure.Login].Weight > 0 || found[lure.Parcel].Weight > 0):
			w = wClaimedSenderMild
		default:
			continue
		}
		shown := linkx.Defang(l.Unicode)
		rs.add(handRule(CodeBrandInDomain, w, shown, say2("claimed_sender", shown, span)))
		return
	}
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
			r, size := utf8.DecodeRuneInString(rest[at:])
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '&' || r == '\'' || r == '-' && at > start) {
				break
			}
			at += size
		}
		if at == start {
			return "", ""
		}
		word := rest[start:at]
		if folded := foldedASCII(word); words > 0 && (folded == "thong" || folded == "thông") &&
			len(rest) > at+1 && (rest[at+1] == 'b' || rest[at+1] == 'B') {
			return claimLead(strings.TrimSpace(rest[:start]), "")
		}
		words++
		// what follows the word
		sp := at
		for sp < len(rest) && rest[sp] == ' ' {
			sp++
		}
		if sp >= len(rest) {
			return "", ""
		}
		switch {
		case rest[sp] == ':' || rest[sp] == '|':
			return claimLead(rest[:at], "")
		case strings.HasPrefix(rest[sp:], "—") || strings.HasPrefix(rest[sp:], "–") ||
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

// claimLead returns a lead name read by leadName when each of its words
// begins with a capital or a digit and its first is a name's.
func claimLead(name, abbr string) (string, string) {
	if !capitalised(name) {
		return "", ""
	}
	first, _, _ := strings.Cut(name, " ")
	if claimNotNames[foldedASCII(first)] {
		return "", ""
	}
	return name, abbr
}

// fromName returns the name after "from" in a message ("New voicemail
// from Webex", "a document to sign from DocuSign"): up to three words
// beginning with a capital, "the" before them left out; "" when none.
func fromName(text string) (string, string) {
	for off := 0; off < len(text); {
		i := indexFold(text[off:], "from ")
		if i < 0 {
			return "", ""
		}
		at := off + i
		off = at + 5
		if at > 0 && text[at-1] != ' ' {
			continue
		}
		if !claimFromNoun[foldedASCII(lastWord(text[:at]))] {
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
		if name := strings.TrimRight(rest[:end], " ."); name != "" && name[0] >= 'A' && !claimNotNames[foldedASCII(name)] {
			return name, ""
		}
	}
	return "", ""
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
	for end > 0 && !isASCIIAlnum(s[end-1]) {
		end--
	}
	start := end
	for start > 0 && isASCIIAlnum(s[start-1]) {
		start--
	}
	return s[start:end]
}

// isASCIIAlnum reports an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// indexFold is strings.Index for an ASCII lower-case sub in s, its
// letters read in either case.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[j] {
				break
			}
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

// foldedASCII returns a word in lower case when it is ASCII, and as it
// is otherwise; for set look-ups of a few words only (it allocates only
// when the word holds a capital).
func foldedASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
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
// a domain not the name's own (see the file's comment).
func claimCarried(l *linkx.Link, names []claimName, c *Classifier) bool {
	reg := l.Domain
	label := reg
	if len(reg) > len(l.Suffix)+1 && strings.HasSuffix(reg, l.Suffix) {
		label = reg[:len(reg)-len(l.Suffix)-1]
	}
	if strings.IndexByte(label, '.') >= 0 {
		return false
	}
	for i := range names {
		if sameLetters(label, names[i].b[:names[i].n]) {
			return false // the name's own domain, on any ending
		}
	}
	for i := range names {
		if claimJoined(label, &names[i]) {
			return true
		}
	}
	if !l.ICANN || c.reputable(reg) || len(l.Host) <= len(reg)+1 {
		return false
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
			if found, _, third := nameParts(lab, nm); (found || sameLetters(lab, nm.b[:nm.n])) && !third && strangersName(label) {
				return true
			}
		}
	}
	return false
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

// claimJoined reports whether a label joins the name to other words: a
// hyphen-separated part that is the name beside other parts, or that
// begins or ends with a name of four letters or more, where what is
// beside the name is not only its own site's words (claimOwnSiteWords)
// and holds no third party's (claimThirdParty).
func claimJoined(label string, name *claimName) bool {
	found, other, third := nameParts(label, name)
	return found && other && !third
}

// nameParts reports whether a label holds the name as a hyphen-separated
// part, or at the start or end of one when the name has four letters or
// more (found), whether anything beside it is not its own site's words
// (other), and whether a part beside it is a third party's word (third).
func nameParts(label string, nm *claimName) (found, other, third bool) {
	name := nm.b[:nm.n]
	if len(name) < 3 {
		return false, false, false
	}
	for rest := label; ; {
		part := rest
		dash := strings.IndexByte(rest, '-')
		if dash >= 0 {
			part = rest[:dash]
		}
		beside := part
		switch {
		case !found && part == string(name):
			found, beside = true, ""
		case !found && len(name) >= 4 && len(part) > len(name) && part[:len(name)] == string(name):
			found, beside = true, part[len(name):]
		case !found && !nm.part && len(name) >= 4 && len(part) > len(name) && part[len(part)-len(name):] == string(name):
			found, beside = true, part[:len(part)-len(name)]
		}
		if beside != "" && !allDigits(beside) {
			other = other || !claimOwnSiteWords[beside]
			third = third || claimThirdParty(beside)
		}
		if dash < 0 {
			break
		}
		rest = rest[dash+1:]
	}
	return found, other, third
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
