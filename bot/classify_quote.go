package bot

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Security people quote the links they warn about defanged (hxxp://,
// [.], [:]) so that no one clicks them: such a link cannot be clicked,
// and a reader must retype it to go there. A scam that writes its link
// so must therefore ask its reader to act (claim, verify, copy it into
// the browser, remove the brackets), speak a lure's or an official
// notice's words, or vouch for the page (the official one, legit, 0
// detections); security talk names the thing as a threat (a phishing
// domain, the C2, a dropper, a hit in the logs, blocked at the proxy)
// and asks nobody to go there. quotesIndicators reads that; spared says
// which links of such a message are not judged.

// spared reports a link of a message that quotes indicators
// (quotesIndicators) that is left unjudged: one written in the text and
// defanged as analysts write it (linkx.Link.Defanged). A link carried
// outside the text (its target is clicked, whatever it reads), one with
// invisible characters inside, and one broken up as scams break links to
// slip past filters ("(dot)", " . ") are judged as ever; so is every
// clickable link beside them.
func spared(l *linkx.Link) bool {
	return l.Defanged && !l.Carried && !l.Hidden
}

// quotesIndicators reports a message that quotes its defanged links as
// threats: it asks nothing of its reader and does not name them
// (callsReader), vouches for no page it defangs (vouches), offers none
// as a place to go (offersDestination: "new page: x[.]com"), does not
// open as a brand's notice (brandSpeaks), holds no lure's strong words
// (speaksLure), names a threat (namesThreat), and names one in the
// sentence of every indicator (everyIndicatorNamed: not "a[.]com is
// phishing. Bonus at b[.]org"). Mild lure or notice words ("wallet",
// "parcel") are how security talk describes what a scam was about, and
// are read as such beside a threat's name.
func quotesIndicators(text string, k *knowledge) bool {
	some := false
	for i := range k.links {
		if spared(&k.links[i]) {
			some = true
			break
		}
	}
	if !some {
		return false
	}
	var buf [64]quoteToken
	toks := quoteTokens(text, buf[:0])
	var stack [512]byte
	folded := quoteWords(toks, -1, stack[:0])
	// vouching is read in every word: a scam's quotation marks stress
	// its own ('the "official" link', 'the "safe" one')
	if vouches(toks, folded) {
		return false
	}
	// a quotation told of as what a scam said or showed ('the "…"
	// lure', 'fake "…"', 'titled "…"') is the scam's words: the
	// message is read without it (writersTokens)
	if kept := writersTokens(toks); len(kept) < len(toks) {
		toks = kept
		folded = quoteWords(toks, -1, stack[:0])
	}
	verbs, names, warns := callsReader(folded)
	if verbs {
		// a call's word a threat's name qualifies ("a fake steam
		// login") names what the scam shows
		var calls [512]byte
		verbs, _, _ = callsReader(fakedCalls(toks, calls[:0]))
	}
	if verbs || names || brandSpeaks(text, folded, k) || disguisesWords(toks, folded) || offersDestination(toks) || offersRemedy(toks) {
		return false
	}
	found, notices := lure.FindFolded(folded), lure.FindNotice(folded)
	if speaksLure(&found, &notices) {
		return false
	}
	strong := warns || (namesThreatStrong(folded) || joinedThreat(toks, -1) || takenDownToAll(toks, -1)) && !offersPortal(toks) && !ownBlockedOnly(toks, folded)
	// a page used, acted on or shown as an example names a threat only
	// where nothing is offered beside it (rev34: "such as x[.]com where
	// the giveaway is live")
	lured := luredBeyondDone(toks, &found, &notices)
	named := strong || (namesThreat(folded, lured, k) || fetchedFrom(toks, -1) ||
		!lured && !promisesGain(folded) && (usedByThreat(toks) || actedOnAll(toks) || examplesAll(toks))) &&
		!offersPlace(toks) && !movedOn(toks)
	return named && everyIndicatorNamed(toks)
}

// quoteToken is a word of a message's text, split at spaces, with the
// sentence it stands in.
type quoteToken struct {
	s        string
	kind     int8 // tokWord, tokLink or tokIndicator
	sentence int
}

// The kinds of quoteToken.
const (
	tokWord      = iota
	tokLink      // a link as written, to be clicked
	tokIndicator // a link or host name written disguised
)

// quoteTokens appends to dst the words of text, split at spaces, each
// with its kind (tokenKind) and sentence (sentenceEnds).
func quoteTokens(text string, dst []quoteToken) []quoteToken {
	sentence := 0
	for w := range strings.FieldsSeq(text) {
		kind := tokenKind(w)
		if kind != tokWord {
			if p := gluedWord(w); p != "" {
				dst = append(dst, quoteToken{s: p, kind: tokWord, sentence: sentence})
			}
		}
		dst = append(dst, quoteToken{s: w, kind: kind, sentence: sentence})
		if sentenceEnds(w) {
			sentence++
		}
	}
	return dst
}

// disguisesWords reports words written to slip past a reading of them:
// a call in leetspeak ("cl4im", "y0ur", "v3rify h3re"), a word that
// mixes Latin letters with Cyrillic or Greek ones, is written in
// full-width letters or holds an invisible character ("сlaim",
// "cl\u200bick"), or letters spaced apart ("C L A I M", "c.l.a.i.m"). Security talk writes its own words plainly.
func disguisesWords(toks []quoteToken, folded []byte) bool {
	for _, t := range toks {
		if t.kind == tokWord && mixedScripts(t.s) && !shownLookalike(t.s, folded) {
			return true
		}
	}
	var run [8]byte // a run of single letters, as far as it spells a word
	single := 0
	for rest := folded; ; {
		var w []byte
		w, rest = nextWord(rest)
		if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
			if single < len(run) {
				run[single] = w[0]
			}
			single++
			continue
		}
		// a run spelling a link's scheme is the trick quoted ("h t t p
		// s : / / …")
		if single >= 4 && !spelledScheme[string(run[:min(single, len(run))])] {
			return true
		}
		single = 0
		if len(rest) == 0 && len(w) == 0 {
			break
		}
	}
	if bytes.IndexAny(folded, "013457") < 0 {
		return false
	}
	var stack [512]byte
	plain := append(stack[:0], folded...)
	for i := 0; i < len(plain); {
		j := i
		for j < len(plain) && plain[j] != ' ' {
			j++
		}
		if w := plain[i:j]; bytes.IndexFunc(w, unicode.IsLetter) >= 0 {
			for x, c := range w {
				if r := unleet[c]; r != 0 {
					w[x] = r
				}
			}
		}
		i = j + 1
	}
	verbs, names, _ := callsReader(plain)
	return verbs || names
}

// unleet maps the digits leetspeak writes for letters.
var unleet = [256]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't'}

// spelledScheme are the schemes a run of spaced letters may spell.
var spelledScheme = setOf("http", "https", "hxxp", "hxxps")

// mixedScripts reports a word that mixes Latin letters with lookalike
// ones (brand.MixedScript: Cyrillic, Greek …), or holds full-width
// letters or invisible characters.
func mixedScripts(w string) bool {
	for _, r := range w {
		if r >= 0x200B && r <= 0x200F || r >= 0x2060 && r <= 0x2064 || r == 0xFEFF || r == 0xAD || r >= 0xFF21 && r <= 0xFF5A {
			return true
		}
	}
	return brand.MixedScript(w)
}

// gluedWord returns the word written onto the front of a link with no
// space ("claim:hxxps://…", "verify->x[.]com", "login→…"), which is
// read as a word of the text; "" when there is none, or when it is the
// link's scheme or its host's first label.
func gluedWord(w string) string {
	end := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	if end <= 0 {
		return ""
	}
	switch strings.ToLower(w[:end]) {
	case "http", "https", "hxxp", "hxxps", "ftp", "ws", "wss", "www":
		return ""
	}
	rest := w[end:]
	if strings.HasPrefix(rest, "->") || strings.HasPrefix(rest, "=>") {
		return w[:end]
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune(":=>→(|,;\"'/", r) {
		return w[:end]
	}
	return ""
}

// sentenceEnds reports a word that ends a sentence: it ends with ".",
// "!" or "?" (before closing quotes or brackets), and is no list's
// number ("1.") nor an abbreviation (e.g., i.e., etc.).
func sentenceEnds(w string) bool {
	end := strings.TrimRight(w, "\"')]*_`")
	if end == "" || strings.IndexByte(".!?", end[len(end)-1]) < 0 {
		return false
	}
	switch strings.ToLower(end) {
	case "e.g.", "i.e.", "etc.", "vs.", "eg.", "ie.":
		return false
	}
	return strings.TrimLeft(end[:len(end)-1], "0123456789") != ""
}

// quoteWords appends to dst the words of toks (of sentence only, unless
// sentence is negative), folded (lure.Fold), without links and
// indicators.
func quoteWords(toks []quoteToken, sentence int, dst []byte) []byte {
	from := len(dst)
	for _, t := range toks {
		if t.kind != tokWord || sentence >= 0 && t.sentence != sentence {
			continue
		}
		if len(dst) > from {
			dst = append(dst, ' ')
		}
		dst = lure.Fold(t.s, dst)
	}
	return dst
}

// everyIndicatorNamed reports whether every indicator of toks stands in
// a sentence that names a threat (an analyst's word, a defender's plain
// word, a call turned away), or, in a sentence of indicators alone,
// after one ("IOCs:\nhxxp://a[.]com\nb[.]net"). A scam that names one
// page a threat to offer another ("a[.]com is phishing. The new portal
// is b[.]org") leaves the other in a sentence of its own.
func everyIndicatorNamed(toks []quoteToken) bool {
	done := -1
	for i, t := range toks {
		if t.kind != tokIndicator || t.sentence == done {
			continue
		}
		done = t.sentence
		var stack [256]byte
		words := stack[:0]
		for c := t.sentence; c >= 0 && len(words) == 0; c-- {
			words = quoteWords(toks, c, stack[:0])
		}
		if !threatened(words) && !joinedThreat(toks, t.sentence) && !takenDownToAll(toks, t.sentence) && !sentenceNamedAfter(toks, t.sentence) &&
			!fetchedFrom(toks, t.sentence) && !exampleAt(toks, i) {
			return false
		}
	}
	// within a sentence, a lure's words that lead to an indicator
	// (from the sentence's start or the indicator before) name a
	// threat too: not "phishing campaign using a[.]com, bonus at
	// b[.]org", nor "bonus at b[.]org, phishing campaign using a[.]com"
	var stack [256]byte
	lead := stack[:0]
	for i, t := range toks {
		if i > 0 && t.sentence != toks[i-1].sentence {
			lead = stack[:0]
		}
		switch t.kind {
		case tokIndicator:
			if baits(lead) && !threatened(lead) && !namedAfter(toks, i) {
				return false
			}
			lead = stack[:0]
		case tokWord:
			if len(lead) > 0 {
				lead = append(lead, ' ')
			}
			lead = lure.Fold(t.s, lead)
		}
	}
	return true
}

// threatened reports folded words that name a threat: an analyst's word,
// a defender's plain word, or a call turned away.
func threatened(words []byte) bool {
	_, _, warns := callsReader(words)
	return warns || namesThreatStrong(words) || seesThreat(words)
}

// baits reports folded words that hold a lure's or a notice's words, or
// name what a scam offers (offerWords: bonus, rewards, refunds).
func baits(words []byte) bool {
	for rest := words; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		if offerWords[string(w)] {
			return true
		}
	}
	found, notices := lure.FindFolded(words), lure.FindNotice(words)
	return found.Any() || notices.Any()
}

// seesThreat reports folded words that hold a defender's plain word
// (seenWords).
func seesThreat(folded []byte) bool {
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		if _, ok := seenWords[string(w)]; ok {
			return true
		}
	}
	return false
}

// tokenKind reads a word of text (split at spaces): a link written with
// "://" or read as a link is tokLink, or tokIndicator when written
// disguised; so is one defanged into a host name or address that no
// link was read from (secure-wallet-connect[.]app, a bare name under an
// ending linkx does not read alone). A word defanged into something
// that is no host ("claim[.]your[.]airdrop") is read as words.
func tokenKind(w string) int8 {
	clean, kind := linkx.Refang(w)
	link := strings.Contains(w, "://")
	if !link {
		_, link = linkx.ExtractOne(clean)
	}
	switch {
	case link && kind == 0:
		return tokLink
	case link:
		return tokIndicator
	case kind == 0:
		return tokWord
	}
	if hostLike(clean) {
		return tokIndicator
	}
	return tokWord
}

// speaksLure reports a text (its links aside) that holds a lure's or an
// official notice's demand (a strong phrase: "claim your airdrop", "nộp
// phạt") or the words of two lures ("verify" and "locked"): a scam's
// words, which a threat's name beside them ("in the report", "IOC")
// does not make a quote of.
func speaksLure(found *lure.Found, notices *lure.NoticeFound) bool {
	kinds := 0
	for _, h := range found {
		if h.Weight >= lure.Strong {
			return true
		}
		if h.Weight > 0 {
			kinds++
		}
	}
	if kinds >= 2 {
		return true
	}
	for _, h := range notices {
		if h.Weight >= lure.Strong {
			return true
		}
	}
	return false
}

// namesThreat reports folded words that name something as a threat
// in words only security talk uses (threatWords, threatStems: IOC,
// dropper, typosquat, sinkholed, Suricata, VirusTotal), or, in a
// message that names no brand and speaks no lure's or notice's word at
// all (lured: quotesIndicators has read them), at least two of defenders' plainer words (seenWords) of which one
// is where a threat is seen (logs, DNS, the proxy, the domains):
// "blocked at the proxy", "seen in our logs". A scam dressed as a
// brand's notice uses the plain words too ("Chase fraud alert",
// "security breach detected"), and a notice's words alone name no
// threat.
func namesThreat(folded []byte, lured bool, k *knowledge) bool {
	if namesThreatStrong(folded) {
		return true
	}
	plain, where := 0, false
	var first []byte
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		if n, ok := seenWords[string(w)]; ok && !bytes.Equal(w, first) {
			if plain == 0 {
				first = w
			}
			plain++
			where = where || n
		}
	}
	if plain < 2 || !where {
		return false
	}
	if k.brands != nil {
		for rest := folded; len(rest) > 0; {
			var w []byte
			w, rest = nextWord(rest)
			if k.brands.Named(string(w), math.MaxInt) != nil {
				return false
			}
		}
	}
	return !lured
}

// namesThreatStrong reports folded words that name a threat in words
// only security talk uses (threatWords, threatStems). A threat's name
// made a guard against it ("anti-phishing", "phishing-free", "malware
// filter": guardWords) or denied ("no scam", "not a lure") names none.
// A page taken down names a threat only when told of the very pages a
// message quotes (takenDownToAll).
func namesThreatStrong(folded []byte) bool {
	var last, before []byte
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		if threatNamedAt(w, last, before, rest) {
			return true
		}
		before, last = last, w
	}
	return false
}

// threatNamedAt reports a folded word w that names a threat (threatWord)
// where it stands: after last and before (the two words before it) and
// before rest (the words after it). A threat's name after a guard word or
// a denial ("anti phishing", "no scam", "not a lure"), before a guard word
// ("phishing free"), or kept out in the next two words ("scammers cant
// reach", "spam bots will never see") names none.
func threatNamedAt(w, last, before, rest []byte) bool {
	denied := deniers[string(last)] || articles[string(last)] && deniers[string(before)]
	if !threatWord(w) || guardWords[string(last)] || denied {
		return false
	}
	next, _ := nextWord(rest)
	return !guardWords[string(next)] && !keptOut(rest)
}

// keptOut reports folded words, right after a threat's name, that
// keep it out in one of the next two words ("scammers cant reach",
// "spam bots never see"): a scam tells of its page
// as one no threat touches; security talk names what the threat does.
func keptOut(rest []byte) bool {
	for i := 0; i < 2 && len(rest) > 0; i++ {
		var w []byte
		w, rest = nextWord(rest)
		if keptOutWords[string(w)] {
			return true
		}
	}
	return false
}

// brandSpeaks reports a text that opens with a brand's name as a
// notice's sender ("MetaMask: wallet drainer detected …", "Chase fraud
// alert …"): a notice in the brand's voice, as scams write them, not
// talk about a threat ("godaddy said they need …").
func brandSpeaks(text string, folded []byte, k *knowledge) bool {
	w, rest := nextWord(folded)
	if k.brands == nil || len(w) == 0 || k.brands.Named(string(w), math.MaxInt) == nil {
		return false
	}
	// the brand's name as a sender's tag ("DHL:", "[Binance]") or
	// before a notice's word ("Chase fraud alert", "Binance security")
	first := strings.TrimSpace(text)
	if i := strings.IndexFunc(first, unicode.IsSpace); i > 0 {
		first = first[:i]
	}
	next, _ := nextWord(rest)
	_, seen := seenWords[string(next)]
	return strings.ContainsAny(first, ":]") || seen || noticeNouns[string(next)]
}

// callsReader reports folded words that send the reader somewhere or
// ask them to act (verbs: click, copy, claim, verify, use …) or that
// name the reader (names: you, your, bạn), none after a negation: an
// analyst's note says what a link is, a scam what the reader should do
// there. warns reports a call turned away ("don't click", "do not
// open", "never visit"), which is how a warning names a threat; a
// negation does not turn the reader's name away ("if this was not
// you").
func callsReader(folded []byte) (verbs, names, warns bool) {
	for _, p := range readerCalls {
		found, negated := wordsNegated(folded, p)
		switch {
		case readerNames[p]:
			names = names || found || negated
		case found:
			verbs = true
		default:
			warns = warns || negated
		}
	}
	return verbs, names, warns
}

// vouches reports words that vouch for a page the message defangs: a
// word of vouchWords (the real one, official, legit; not after a
// negation) whose next link is not one written to be clicked ("the real one is trezor.io" vouches for
// trezor.io, judged as any link), a phrase of vouchPhrases (is safe,
// 0 detections, not a scam, new link), or a clean ratio ("0/90"). Security talk does not recommend
// what it defangs; a scam dressed as a warning does.
func vouches(toks []quoteToken, folded []byte) bool {
	if containsAnyWords(folded, vouchPhrases) {
		return true
	}
	var prev [64]byte // the last word before, folded
	last := prev[:0]
	for i, t := range toks {
		if t.kind != tokWord {
			last = prev[:0]
			continue
		}
		if cleanRatio(t.s) {
			return true
		}
		var stack [64]byte
		words := lure.Fold(t.s, stack[:0])
		vouch := false
		for rest := words; len(rest) > 0 && !vouch; {
			var w []byte
			w, rest = nextWord(rest)
			vouch = vouchWords[string(w)] && !negations[string(last)] // not "not legit"
			last = append(prev[:0], w...)
		}
		if !vouch {
			continue
		}
		next := int8(tokIndicator) // no link after it: the page it vouches for is the one defanged
		for _, u := range toks[i+1:] {
			if u.kind != tokWord {
				next = u.kind
				break
			}
		}
		if next != tokLink {
			return true
		}
	}
	return false
}

// cleanRatio reports a detection ratio of none ("0/92", "0/70:"): a
// scanner's verdict that a page is clean, which vouches for it.
func cleanRatio(w string) bool {
	w = strings.Trim(w, ",;:()[]")
	n, ok := strings.CutPrefix(w, "0/")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// wordsNegated reports whether phrase p stands as whole words in
// folded once at least not right after a negation (found), and
// whether it stands so right after one (negated: dont, not, never).
func wordsNegated(folded []byte, p string) (found, negated bool) {
	for off := 0; off+len(p) <= len(folded); {
		i := bytes.Index(folded[off:], []byte(p))
		if i < 0 {
			return false, negated
		}
		at, end := off+i, off+i+len(p)
		if (at == 0 || folded[at-1] == ' ') && (end == len(folded) || folded[end] == ' ') {
			if !negatedAt(folded, at) {
				return true, negated
			}
			negated = true
		}
		off = at + 1
	}
	return false, negated
}

// negatedAt reports whether the word before folded[at] is a negation.
func negatedAt(folded []byte, at int) bool {
	if at < 2 {
		return false
	}
	s := bytes.LastIndexByte(folded[:at-1], ' ') + 1
	return negations[string(folded[s:at-1])]
}

// nextWord returns the first word of folded and what follows it.
func nextWord(folded []byte) (w, rest []byte) {
	for len(folded) > 0 && folded[0] == ' ' {
		folded = folded[1:]
	}
	i := bytes.IndexByte(folded, ' ')
	if i < 0 {
		return folded, nil
	}
	return folded[:i], folded[i+1:]
}

var (
	// threatWords and threatStems are the words of security talk,
	// folded: threats, what defenders do to them, where they are seen
	// and what sees them. A scam wraps itself in these too ("phishing
	// alert: your wallet …"): they make a quote only beside no reader
	// call, vouching or strong lure.
	threatWords = setOf("ioc", "iocs", "indicator", "indicators", "defang", "defanged", "c2", "c2s", "cnc", "scam", "scams",
		"scammer", "scammers", "fake", "impostor", "lookalike", "lookalikes", "dropper", "droppers", "payload", "payloads",
		"loader", "stager", "implant", "backdoor", "rat", "rootkit", "worm", "cryptominer", "xmrig", "mirai", "mozi",
		"gafgyt", "qakbot", "emotet", "sliver", "redline", "lumma", "vidar", "harvester", "honeypot", "honeypots", "canary",
		"takedown", "beacon", "callback", "callbacks", "exfil", "yara", "sigma", "suricata", "snort", "zeek", "pihole", "vt",
		"virustotal", "urlscan", "urlhaus", "phishtank", "abusech", "misp", "otx", "shodan", "greynoise", "censys", "anyrun",
		"joesandbox", "cve", "writeup", "ttps", "mitre", "attck", "bulletproof", "pdns", "pcap", "attacker", "attackers",
		"apt", "actor", "actors", "wild", "reported", "cert", "csirt",
		// what a scam is called by those who fight it, what they do to it
		"lure", "lures", "spam", "spammed", "spammer", "spammers", "spamming", "harvester", "clienthold", "serverhold", "takedowns",
		// what an intrusion runs, as incident notes name it
		"certutil", "mshta", "wscript", "cscript", "rundll32", "regsvr32", "bitsadmin", "webshell", "cryptojacking",
		// how defenders write what they quote
		"refang", "refangs", "refanged", "defanging", "clickfix") // sinkholed, blocklisted …: threatStems
	threatStems = []string{"phish", "smish", "vish", "malwar", "malici", "malvert", "ransom", "trojan", "botnet", "stealer",
		"infostealer", "drainer", "steal", "spoof", "impersonat", "typosquat", "sinkhol", "blocklist", "blacklist", "denylist",
		"quarantin", "detonat", "sandbox", "exfiltrat", "beaconing", "keylog", "combosquat", "bitsquat", "homoglyph", "homograph", "spyware", "adware", "redirector"}
	// guardWords turn a threat's name into what guards against it:
	// "anti-spam", "phishing-free", "scam proof", "malware filter".
	guardWords = setOf("anti", "counter", "free", "proof", "safe", "protection", "protected", "filter", "filters",
		"shield", "guard", "resistant", "checked", "tested")
	// keptOutWords keep a threat out: "scammers cant reach".
	keptOutWords = setOf("cant", "cannot", "wont", "couldnt", "wouldnt", "never")
	// articles stand between a denial and what it denies: "not a scam".
	articles = setOf("a", "an", "the", "any")
	// takenDown are the folded phrases by which defenders tell of a page
	// taken off the web.
	takenDown = []string{"took down", "taken down", "taking down", "take down", "takes down", "took it down"}
	// seenWords are defenders' plainer words, which notices use too
	// (alert, fraud, detected, blocked), true for where a threat is
	// seen (logs, DNS, the proxy, the domains, a KQL query, an RPZ).
	// A TLP label and the words where defenders write their detections
	// (KQL, RPZ) are plain: a scam writes them as freely ("TLP:CLEAR
	// event page x[.]com"), rev26.
	seenWords = map[string]bool{"alert": false, "alerts": false, "alerted": false, "fraud": false, "detected": false,
		"detection": false, "detections": false, "blocked": false, "block": false, "blocking": false, "flagged": false,
		"compromised": false, "breach": false, "incident": false, "threat": false, "threats": false, "exploit": false,
		"report": false, "reports": false, "infected": false, "infection": false, "abuse": false, "campaign": false,
		"kit": false, "warning": false, "warnings": false, "triage": false, "advisory": false,
		"suspended": false, "suspend": false, "suspending": false, "banned": false, "removed": false,
		"seen": true, "logs": true, "log": true, "logged": true, "traffic": true, "dns": true, "query": true,
		"queries": true, "lookups": true, "resolving": true, "resolves": true, "proxy": true, "gateway": true,
		"firewall": true, "waf": true, "ids": true, "edr": true, "siem": true, "soc": true, "hash": true, "sha256": true,
		"whois": true, "registrar": true, "asn": true, "domain": true, "domains": true, "urls": true, "ips": true,
		"hosts": true, "kql": true, "rpz": true, "tlp": false, "feed": true, "panel": true, "gate": true, "hits": true, "hit": true, "samples": true, "sample": true,
		// a lookalike's watch: spotted, observed, picked up by brand
		// monitoring, flagged, told of as registered (sec34)
		"spotted": true, "observed": true, "monitoring": true, "flags": false, "registered": false}
	// readerCalls are the folded words by which a message speaks to its
	// reader or sends them somewhere, in English and Vietnamese.
	readerCalls = []string{"you", "your", "youre", "yours", "yourself", "u", "ur", "yall", "ban", "cac ban", "quy khach", "qk",
		"anh chi", "moi nguoi", "here", "click", "tap", "press", "visit", "go to", "head to", "head over", "open", "enter",
		"type", "copy", "paste", "retype", "replace", "remove the", "join", "register", "sign up", "signup", "sign in",
		"signin", "log in", "login", "verify", "confirm", "validate", "secure", "protect", "restore", "recover", "refund",
		"claim", "redeem", "connect", "sync", "migrate", "revoke", "reset", "unlock", "appeal", "download", "install",
		"reinstall", "run", "use", "try", "grab", "get", "check out", "follow", "apply", "submit", "fill", "pay", "buy",
		"deposit", "stake", "mint", "swap", "vote", "trust", "hurry", "dm", "contact", "official", "update", "cancel",
		"can help", "fee", "file a", "change", "switch", "move", "transfer", "send", "check it out", "bookmark",
		"truy cap", "vao", "vui long", "lien he", "nhan", "bam", "dang ky", "xem", "tai", "chay"}
	// readerNames are the readerCalls that name the reader, which no
	// negation turns away ("if this was not you").
	readerNames = setOf("you", "your", "youre", "yours", "yourself", "u", "ur", "yall", "ban", "cac ban", "quy khach", "qk",
		"anh chi", "moi nguoi")
	// vouchWords are the folded words that vouch for the next page
	// named; vouchPhrases those that vouch for the message's pages.
	vouchWords   = setOf("official", "real", "legit", "legitimate", "genuine", "authentic", "trusted", "verified", "clean")
	vouchPhrases = []string{"is safe", "its safe", "safe to", "totally safe", "100 safe", "safe link", "safe site", "fud",
		"undetected", "0 detections", "zero detections", "no detections", "false positive", "not a scam", "not scam",
		"not phishing", "not malware", "not malicious", "no malware", "no virus", "new link", "new site", "new url",
		"new domain", "new one", "works", "working link", "chinh thuc", "uy tin", "an toan"}
	// offerWords name what a scam offers.
	offerWords = setOf("bonus", "bonuses", "reward", "rewards", "refund", "refunds", "cashback", "payout", "payouts",
		"giveaway", "giveaways", "prize", "prizes", "airdrop", "airdrops", "promo", "promos", "voucher", "vouchers", "coupon",
		"coupons", "compensation", "reimbursement", "winnings", "free", "gift", "gifts", "claim", "claims", "perks")
	// noticeNouns are the words after a brand's name that make it a
	// notice's sender ("Binance security", "PayPal support").
	noticeNouns = setOf("security", "support", "team", "notice", "warning", "update", "service", "account", "wallet",
		"billing", "customer", "help", "official", "admin", "staff")
	// negations are the folded words that turn a call away: "don't
	// click", "do not open", "never visit".
	negations = setOf("dont", "not", "never", "no", "didnt", "doesnt", "avoid", "khong", "dung")
)
