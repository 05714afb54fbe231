package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
)

// Claimed senders read wider (beside49). claim48 read a company's name
// only from a capitalised lead before a colon, a dash or a bar, and
// compared the name's letters with the host: a lead written lower case
// ("zoom: your meeting recording is ready …"), a name followed by a
// comma and the reader ("Brex, your card was locked …"), a name with a
// plus ("Disney+", written disneyplus in a host) and a name shortened to
// its consonants in the host (nflx-renew for Netflix, amzn-refund for
// Amazon, pypl-hold for PayPal) read nothing. These read as the claim
// they are; the weighing (an ask to the reader, a notice's state) is
// claim48's, unchanged.

// claimLowerNotNames are words a member begins a line with, lower case,
// before a colon that name no sender: a commit's type, a log's level, a
// note's and a shell's words ("fix: …", "docs: …", "edit: …").
var claimLowerNotNames = setOf("feat", "feature", "fix", "fixes", "chore", "docs", "doc", "refactor", "test",
	"tests", "build", "ci", "perf", "style", "revert", "deps", "release", "todo", "info", "debug", "trace",
	"warn", "error", "fatal", "log", "usage", "output", "input", "src", "ref", "refs", "see", "via", "cc",
	"tldr", "ps", "pps", "nb", "btw", "fyi", "imo", "imho", "edit", "update", "note", "notes", "tip", "hint",
	"example", "question", "answer", "context", "summary", "result", "results", "solution", "problem",
	"issue", "bug", "step", "steps", "cmd", "command", "link", "links", "repo", "site", "demo", "docs",
	"source", "also", "and", "but", "so", "then", "now", "here", "there", "this", "that", "me", "you", "he",
	"she", "they", "we", "lol", "ok", "okay", "yes", "no", "yeah", "nope", "hi", "hey", "hello", "thanks",
	"mine", "yours", "ours", "guys", "folks", "everyone", "all", "anyone", "somebody", "someone", "bro", "sis")

// claimLeadColon returns a one-word lead name read before a colon: a
// capitalised one as claimLead reads it, or a lower-case name of three
// letters or more that no member begins a line with (claimNotNames,
// claimLowerNotNames): "zoom: your meeting recording is ready".
func claimLeadColon(name string) (string, string) {
	if capitalised(name) {
		return claimLead(name, "")
	}
	if len(name) < 3 || len(name) > claimMaxName {
		return "", ""
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9' || i == 0) {
			return "", "" // an ASCII word, lower case: no path, no sentence
		}
	}
	if claimNotNames[name] || claimLowerNotNames[name] {
		return "", ""
	}
	return name, ""
}

// claimLeadComma returns a one-word capitalised lead name read before a
// comma when the words after it speak to the reader of what is theirs or
// of what the sender did ("Brex, your card was locked", "Quillo, we
// could not renew"): a notice's greeting turned round. after is the text
// after the comma.
func claimLeadComma(name, after string) (string, string) {
	after = strings.TrimLeft(after, " ")
	w := after
	if sp := strings.IndexByte(after, ' '); sp >= 0 {
		w = after[:sp]
	}
	switch w {
	case "your", "Your", "you", "You", "we", "We", "we've", "We've", "we’ve", "We’ve":
		return claimLead(name, "")
	}
	return "", ""
}

// plusName sets into plus the folded name with "plus" after it when the
// name as written ends in a plus ("Disney+", "Apple TV+"): hosts write
// the plus out (disneyplus-billing). It reports whether it did.
func plusName(span string, full, plus *claimName) bool {
	span = strings.TrimRight(span, " ")
	if !strings.HasSuffix(span, "+") || full.n+4 > claimMaxName {
		return false
	}
	*plus = *full
	plus.part = false
	plus.n += copy(plus.b[plus.n:], "plus")
	return true
}

// abbrevCarried reports whether a hyphen-separated part of a label
// shortens the claimed name to consonants of its own (nflx, amzn, pypl,
// dsny): three letters or more, no vowel among them, the name's first
// and last letters at its ends and its letters in the name's order,
// beside other parts of which none is a third party's or the company's
// own sites' words alone (nflx-renew, amzn-refund-desk, not nflx-stats).
// The name must have six letters or more and be a word of its own.
func abbrevCarried(label string, nm *claimName) bool {
	name := nm.b[:nm.n]
	if len(name) < 6 || strings.IndexByte(label, '-') < 0 {
		return false
	}
	found, other := false, false
	for rest := label; rest != ""; {
		part := rest
		if dash := strings.IndexByte(rest, '-'); dash >= 0 {
			part, rest = rest[:dash], rest[dash+1:]
		} else {
			rest = ""
		}
		switch {
		case part == "":
		case !found && consonantsOf(part, name):
			found = true
		case claimThirdParty(part):
			return false
		case !allDigits(part) && !claimOwnSiteWords[part]:
			other = true
		}
	}
	return found && other
}

// consonantsOf reports whether part is name shortened to consonants (see
// abbrevCarried).
func consonantsOf(part string, name []byte) bool {
	if len(part) < 3 || len(part) > len(name)-2 || part[0] != name[0] || part[len(part)-1] != name[len(name)-1] {
		return false
	}
	j := 0
	for i := 0; i < len(part); i++ {
		c := part[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			return false
		}
		for j < len(name) && name[j] != c {
			j++
		}
		if j == len(name) {
			return false
		}
		j++
	}
	return true
}

// weakLead reports whether the claimed name span was read from a lead a
// member's note or greeting writes as well: lower case ("zoom: …") or
// before a comma ("Anna, your recording is ready …" speaks to Anna as
// often as Brex's notice speaks as Brex).
func weakLead(text, span string) bool {
	if !capitalised(span) {
		return true
	}
	i := strings.Index(text, span)
	if i < 0 {
		return false
	}
	for j := 0; j < i; j++ {
		if isAlnum(text[j]) {
			return false // not the lead: "… from Webex, listen"
		}
	}
	rest := strings.TrimLeft(text[i+len(span):], " *_")
	return rest != "" && rest[0] == ','
}

// noticeBeside reports whether what a label sets beside the claimed name
// is a notice's words alone: each part of it, or the letters run together
// with the name in a part, made of a notice's words (claimJoinedRest) or
// of an impostor's (brand.ImpostorRest: rotate, recording, kyc,
// trackparcel), or digits, or what a notice is about (card, account),
// with at least one notice's or impostor's word; a part that is the name
// or a piece of it aside. brex-cardlock, brex-card-hold and zoom-recview
// are; anna-portfolio and annaroberts-events are not.
func noticeBeside(label string, nm *claimName) bool {
	name := string(nm.b[:nm.n]) // no allocation: compared only
	any := false
	for rest := label; rest != ""; {
		part := rest
		if dash := strings.IndexByte(rest, '-'); dash >= 0 {
			part, rest = rest[:dash], rest[dash+1:]
		} else {
			rest = ""
		}
		switch {
		case part == "" || part == name || strings.HasPrefix(name, part) || strings.HasSuffix(name, part):
			continue
		case strings.HasPrefix(part, name):
			part = part[len(name):]
		case strings.HasSuffix(part, name):
			part = part[:len(part)-len(name)]
		}
		switch {
		case allDigits(part) || brand.NoticeWord(part) == 'f':
			// a number, or what a notice is about (card, account)
		case claimJoinedRest(part) || brand.ImpostorRest(part):
			any = true
		default:
			return false
		}
	}
	return any
}
