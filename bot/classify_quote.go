package bot

import (
	"bytes"
	"math"
	"strings"
	"unicode"

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
// threats: it names them as security talk does (namesThreat) and asks
// nothing of its reader (callsReader), vouches for no page (vouches),
// and holds no lure's strong words (speaksLure). Mild lure or notice
// words ("wallet", "parcel", "update") are how security talk describes
// what a scam was about, and are read as such beside a threat's name.
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
	var stack [512]byte
	folded := quoteWords(text, stack[:0])
	calls, warns := callsReader(folded)
	if calls || !warns && !namesThreat(folded, k) || vouches(folded) || brandSpeaks(text, folded, k) {
		return false
	}
	found, notices := lure.FindFolded(folded), lure.FindNotice(folded)
	return !speaksLure(&found, &notices)
}

// quoteWords appends to dst the words of text, folded (lure.Fold),
// without its links and indicators: the words written with "://" or
// read as a link, and those defanged into a host name or address that
// no link was read from (secure-wallet-connect[.]app, a bare name under
// an ending linkx does not read alone). A word defanged into something
// that is no host ("claim[.]your[.]airdrop") is read as words.
func quoteWords(text string, dst []byte) []byte {
	from := len(dst)
	for rest := text; rest != ""; {
		i := strings.IndexFunc(rest, unicode.IsSpace)
		w := rest
		if i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w == "" || indicatorToken(w) {
			continue
		}
		if len(dst) > from {
			dst = append(dst, ' ')
		}
		dst = lure.Fold(w, dst)
	}
	return dst
}

// indicatorToken reports a word of text (split at spaces) that is a
// link or an indicator: written with "://", read as a link, or
// defanged into a host name or address.
func indicatorToken(w string) bool {
	if strings.Contains(w, "://") {
		return true
	}
	clean, kind := linkx.Refang(w)
	if _, ok := linkx.ExtractOne(clean); ok {
		return true
	}
	if kind == 0 {
		return false
	}
	host := strings.Trim(clean, ",;:()[]{}<>\"'`|!?")
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	l, ok := linkx.Parse("http://" + host)
	return ok && (l.ICANN || l.IP.IsValid())
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
// all, at least two of defenders' plainer words (seenWords) of which one
// is where a threat is seen (logs, DNS, the proxy, the domains):
// "blocked at the proxy", "seen in our logs". A scam dressed as a
// brand's notice uses the plain words too ("Chase fraud alert",
// "security breach detected"), and a notice's words alone name no
// threat.
func namesThreat(folded []byte, k *knowledge) bool {
	plain, where := 0, false
	var first []byte
	for rest := folded; len(rest) > 0; {
		var w []byte
		w, rest = nextWord(rest)
		if threatWords[string(w)] {
			return true
		}
		for _, p := range threatStems {
			if bytes.HasPrefix(w, []byte(p)) {
				return true
			}
		}
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
	found, notices := lure.FindFolded(folded), lure.FindNotice(folded)
	return !found.Any() && !notices.Any()
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

// callsReader reports folded words that speak to the reader or send
// them somewhere (readerCalls), not after a negation: an analyst's note
// says what a link is, a scam what the reader should do there. warns
// reports a call turned away ("don't click", "do not open", "never
// visit"), which is how a warning names a threat.
func callsReader(folded []byte) (calls, warns bool) {
	for _, p := range readerCalls {
		found, negated := wordsNegated(folded, p)
		if found || negated && readerNames[p] {
			return true, warns // "if this was not you": still the reader
		}
		warns = warns || negated
	}
	return false, warns
}

// vouches reports folded words that vouch for a page (the real one,
// official, legit, safe, clean, 0 detections, not a scam): security
// talk does not recommend what it defangs; a scam dressed as a warning
// does.
func vouches(folded []byte) bool {
	for _, p := range vouchPhrases {
		if containsWords(folded, p) {
			return true
		}
	}
	return false
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
		"apt", "actor", "actors", "wild", "reported", "cert", "csirt", "sinkhole", "sinkholed", "typosquat", "typosquats", "denylist", "blacklist", "blacklisted",
		"blocklist", "blocklisted")
	threatStems = []string{"phish", "smish", "vish", "malwar", "malici", "malvert", "ransom", "trojan", "botnet", "stealer",
		"infostealer", "drainer", "spoof", "impersonat", "typosquat", "sinkhol", "blocklist", "blacklist", "denylist",
		"quarantin", "detonat", "sandbox", "exfiltrat", "beaconing", "keylog", "spyware", "adware", "redirector"}
	// seenWords are defenders' plainer words, which notices use too
	// (alert, fraud, detected, blocked), true for where a threat is
	// seen (logs, DNS, the proxy, the domains).
	seenWords = map[string]bool{"alert": false, "alerts": false, "alerted": false, "fraud": false, "detected": false,
		"detection": false, "detections": false, "blocked": false, "block": false, "blocking": false, "flagged": false,
		"compromised": false, "breach": false, "incident": false, "threat": false, "threats": false, "exploit": false,
		"report": false, "reports": false, "infected": false, "infection": false, "abuse": false, "campaign": false,
		"kit": false, "warning": false, "warnings": false, "lure": false, "triage": false, "advisory": false,
		"seen": true, "logs": true, "log": true, "logged": true, "traffic": true, "dns": true, "query": true,
		"queries": true, "lookups": true, "resolving": true, "resolves": true, "proxy": true, "gateway": true,
		"firewall": true, "waf": true, "ids": true, "edr": true, "siem": true, "soc": true, "hash": true, "sha256": true,
		"whois": true, "registrar": true, "asn": true, "domain": true, "domains": true, "urls": true, "ips": true,
		"hosts": true, "feed": true, "panel": true, "gate": true, "hits": true, "hit": true, "samples": true, "sample": true}
	// readerCalls are the folded words by which a message speaks to its
	// reader or sends them somewhere, in English and Vietnamese.
	readerCalls = []string{"you", "your", "youre", "yours", "yourself", "u", "ur", "yall", "ban", "cac ban", "quy khach", "qk",
		"anh chi", "moi nguoi", "here", "click", "tap", "press", "visit", "go to", "head to", "head over", "open", "enter",
		"type", "copy", "paste", "retype", "replace", "remove the", "join", "register", "sign up", "signup", "sign in",
		"signin", "log in", "login", "verify", "confirm", "validate", "secure", "protect", "restore", "recover", "refund",
		"claim", "redeem", "connect", "sync", "migrate", "revoke", "reset", "unlock", "appeal", "download", "install",
		"reinstall", "run", "use", "try", "grab", "get", "check out", "follow", "apply", "submit", "fill", "pay", "buy",
		"deposit", "stake", "mint", "swap", "vote", "trust", "hurry", "dm", "contact", "official", "update", "cancel",
		"can help", "fee", "file a",
		"truy cap", "vao", "vui long", "lien he", "nhan", "bam", "dang ky", "xem", "tai", "chay"}
	// readerNames are the readerCalls that name the reader, which no
	// negation turns away ("if this was not you").
	readerNames = setOf("you", "your", "youre", "yours", "yourself", "u", "ur", "yall", "ban", "cac ban", "quy khach", "qk",
		"anh chi", "moi nguoi")
	// vouchPhrases are the folded words that vouch for a page.
	vouchPhrases = []string{"official", "real", "legit", "legitimate", "genuine", "authentic", "trusted", "verified",
		"is safe", "its safe", "safe to", "totally safe", "100 safe", "safe link", "safe site", "clean", "fud", "undetected", "0 detections", "zero detections", "no detections", "false positive", "not a scam",
		"not scam", "not phishing", "not malware", "not malicious", "no malware", "no virus", "new link", "new site",
		"new url", "new domain", "new one", "works", "working link", "chinh thuc", "uy tin", "an toan"}
	// noticeNouns are the words after a brand's name that make it a
	// notice's sender ("Binance security", "PayPal support").
	noticeNouns = setOf("security", "support", "team", "notice", "warning", "update", "service", "account", "wallet",
		"billing", "customer", "help", "official", "admin", "staff")
	// negations are the folded words that turn a call away: "don't
	// click", "do not open", "never visit".
	negations = setOf("dont", "not", "never", "no", "didnt", "doesnt", "avoid", "khong", "dung")
)
