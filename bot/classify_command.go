package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Pasted commands. Projects publish their installers as one line to paste
// (irm https://astral.sh/uv/install.ps1 | iex, curl -fsSL
// https://bun.sh/install | bash), and members pass them on in tech chat:
// from a project's own site such a line is noted at most (wTLSScript).
// The same line is how fake human checks ("ClickFix") and game-cheat or
// wallet-fix scams run their malware: it fetches a program and runs it at
// once, with nothing for a scanner to see in the link. These rules are
// weighed by hand: the training data has no messages of the kind.
const (
	// a fake human check: "verify you are human", "press Win+R, Ctrl+V,
	// Enter" beside a stranger's link, or a human check beside a
	// pasted command: no real check asks anyone to run anything
	wFakeCheck = 0.9
	// a pasted command that fetches and runs what a site serves, from a
	// bare address, without TLS, or from a name the link model does not
	// read as a plain site of its own (plainSite): a fresh, cheap or
	// look-alike name
	wRunStranger = 0.85
	// the same from a plain site, beside the words of a lure (a wallet,
	// an account to restore, a prize): warns
	wRunLure = 0.7
)

// fetchers are the commands that fetch what a link serves, as pasted
// commands write them (lower case).
var fetchers = []string{"curl", "wget", "irm", "iwr", "invoke-restmethod", "invoke-webrequest", "downloadstring",
	"mshta", "start-bitstransfer", "certutil", "bitsadmin"}

// runners are the shells and evaluators a fetched script is piped into
// (curl … | bash, irm … | iex).
var runners = setOf("iex", "invoke-expression", "sh", "bash", "zsh", "sudo", "python", "python3", "pwsh", "powershell", "cmd", "node", "perl")

// commandWindow is how far before and after a link a pasted command is
// read for its fetcher and its runner.
const commandWindow = 80

// fetchedAndRun reports whether a link stands in a pasted command that
// fetches what it serves and runs it at once: a fetcher before it (curl,
// wget, irm, iwr, Invoke-WebRequest, DownloadString, mshta) on the same
// line, and a runner — a pipe into a shell or an evaluator after it
// (| iex, | sudo bash), an evaluator or a command substitution around
// the fetcher (iex(iwr …), bash -c "$(curl …)", bash <(curl …)), or mshta, which runs
// what it fetches. It returns the command's shape for a finding
// ("irm … | iex").
func fetchedAndRun(clean string, l *linkx.Link) (string, bool) {
	start, end := l.Span()
	if l.Carried || end <= start || end > len(clean) {
		return "", false
	}
	before := clean[max(0, start-commandWindow):start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	fetcher, at := "", -1
	for _, f := range fetchers {
		if i := lastWordFold(before, f); i > at {
			fetcher, at = f, i
		}
	}
	if at < 0 {
		return "", false
	}
	if fetcher == "mshta" {
		return "mshta …", true
	}
	around := before[:at]
	if lastWordFold(around, "iex") >= 0 || lastWordFold(around, "invoke-expression") >= 0 {
		return "iex(" + fetcher + " …)", true
	}
	after := clean[end:min(len(clean), end+commandWindow)]
	if i := strings.IndexByte(after, '\n'); i >= 0 {
		after = after[:i]
	}
	// a command that sends a file or data (curl -F 'f=@log' …, cat log |
	// curl --data-binary @- …) is read as run by a substitution only
	// when a shell or an evaluator is named before it or the
	// substitution stands where a command starts: a code span's
	// backticks around an upload run nothing (classify_upload45.go)
	sub := !sendsData(fetcher, before[at:]+" "+commandEnd(after)) || evaluatorNamed(around) || commandStart(around)
	if sub && (strings.Contains(around, "$(") || strings.IndexByte(around, '`') >= 0) {
		return "$(" + fetcher + " …)", true
	}
	if sub && strings.Contains(around, "<(") {
		return "<(" + fetcher + " …)", true // bash <(curl …) runs what it reads
	}
	if strings.HasPrefix(after, "||") && (strings.HasSuffix(before, "||") || strings.Count(before, "||")%2 == 1) {
		// the spoiler's closing bars, of a spoiler over the link (irm
		// ||https://…|| | iex) or opened before the command (||irm
		// https://…|| | iex)
		after = after[2:]
	}
	for p := strings.IndexByte(after, '|'); p >= 0; {
		rest := strings.TrimLeft(after[p+1:], " ")
		if rest != "" && rest[0] == '|' {
			break // || is a shell's "or", not a pipe
		}
		word := rest
		if i := strings.IndexFunc(word, func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-')
		}); i >= 0 {
			word = word[:i]
		}
		if runners[strings.ToLower(word)] {
			return fetcher + " … | " + strings.ToLower(word), true
		}
		next := strings.IndexByte(after[p+1:], '|')
		if next < 0 {
			break
		}
		p += 1 + next
	}
	return "", false
}

// mayRun is the cheap test that passes over the texts no pasted command
// can be in: one runs what it fetches through a pipe (|), a command's or
// a process's substitution ($(…), `…`, <(…)) or an evaluator's call
// (iex(…), iex (…)).
// mshta alone is read only beside these (its .hta is a dangerous file
// anyway, and a fake check beside it is found by its words).
func mayRun(clean string) bool {
	if strings.IndexByte(clean, '|') >= 0 || strings.IndexByte(clean, '$') >= 0 || strings.IndexByte(clean, '`') >= 0 || strings.Contains(clean, "<(") {
		return true
	}
	// iex(…) or iex (…): an x, or an x and a space, before a bracket
	for off := 0; ; {
		i := strings.IndexByte(clean[off:], '(')
		if i < 0 {
			break
		}
		at := off + i
		if at >= 1 && clean[at-1] == ' ' {
			at--
		}
		if at >= 2 && lowerASCII(clean[at-1]) == 'x' && lowerASCII(clean[at-2]) == 'e' {
			return true
		}
		off += i + 1
	}
	return false
}

// lastWordFold returns where the last occurrence of the lower-case word w
// stands in s as a word of its own (no letter, digit or dash on either
// side), in any case; -1 when it does not.
func lastWordFold(s, w string) int {
	for end := len(s); end >= len(w); {
		i := lastIndexFold(s[:end], w)
		if i < 0 {
			return -1
		}
		j := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		end = i + len(w) - 1
	}
	return -1
}

// lastIndexFold is strings.LastIndex for a lower-case ASCII needle in a
// haystack of any case.
func lastIndexFold(s, w string) int {
	for i := len(s) - len(w); i >= 0; i-- {
		k := 0
		for k < len(w) && lowerASCII(s[i+k]) == w[k] {
			k++
		}
		if k == len(w) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isWordByte(c byte) bool { return isAlnum(c) || c == '-' || c == '_' }

// judgeCommands finds a fake human check (lure.FindPaste) beside a
// stranger's link, and a pasted command that fetches and runs what a
// stranger's site serves: from a bare address, without TLS, or from a
// name that is not a plain site of its own (wRunStranger), or from a
// plain one beside the words of a lure or of turning the antivirus off
// (antivirusBait) (wRunLure). A project's own
// one-liner from its plain site, with no lure, is left to the other
// rules (noted at most). folded is the text without its links, folded;
// found its lures.
func (c *Classifier) judgeCommands(rs *reasons, clean string, folded []byte, found *lure.Found, j *Judgement, k *knowledge) {
	bm := k.brands
	if len(j.Suspect) == 0 {
		return
	}
	run, cmd := -1, ""
	if mayRun(clean) {
		for _, i := range j.Suspect {
			if d, ok := fetchedAndRun(clean, &j.Links[i]); ok {
				run, cmd = i, d
				break
			}
		}
	}
	paste := lure.FindPaste(folded)
	if paste.Lure(run >= 0) {
		l := &j.Links[j.Suspect[0]]
		if run >= 0 {
			l = &j.Links[run]
		}
		shown := linkx.Defang(l.Unicode)
		rs.add(handRule(CodeRunCommand, wFakeCheck, shown, say2("fake_check", paste.What(), shown)))
		return
	}
	if run < 0 {
		return
	}
	l := &j.Links[run]
	info := c.hosts.get(c, bm, l)
	if info.trusted || info.contact {
		return
	}
	shown := linkx.Defang(l.Unicode)
	if hiddenWindow(clean) {
		rs.add(handRule(CodeRunCommand, wRunStranger, shown, say2("run_hidden", cmd, shown)))
		return
	}
	site := l
	if tw := c.httpInstallTwin(l, info, k); tw != nil {
		site = tw // a project's one-liner over plain HTTP, as its HTTPS twin (classify_cmd42.go)
	}
	if !c.commandSite(site, info, bm) || setupName(l) {
		rs.add(handRule(CodeRunCommand, wRunStranger, shown, say2("run_command", cmd, shown)))
		return
	}
	what := schemeLure(found)
	if what == "" {
		// told to get it past the antivirus first ("disable defender
		// first, then irm https://…/install.ps1 | iex"): no project's
		// one-liner asks it (rev42c: allowed on a861340)
		what = firstPhrase(folded, antivirusBait)
	}
	if what != "" {
		rs.add(handRule(CodeRunCommand, wRunLure, shown, say2("run_command_lure", cmd, shown, what)))
	}
}

// hiddenWindow reports a PowerShell window style of hidden in a text
// (-w hidden, -W h, -WindowStyle Hidden, -win hid): a command that runs
// what it fetches out of sight. Projects' one-line installers show what
// they do; the command a fake check or a "fix" has the reader paste
// hides it (rev28).
func hiddenWindow(clean string) bool {
	if !strings.Contains(clean, "-") {
		return false
	}
	fields := strings.FieldsFunc(clean, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '"' || r == '\'' || r == '`'
	})
	for i := 0; i+1 < len(fields); i++ {
		flag := strings.ToLower(fields[i])
		if len(flag) < 2 || !strings.HasPrefix("-windowstyle", flag) {
			continue
		}
		v := strings.ToLower(strings.TrimRight(fields[i+1], ";,)"))
		if v != "" && strings.HasPrefix("hidden", v) {
			return true
		}
	}
	return false
}

// commandSite reports whether a pasted command fetches from a plain site
// of its own, as plainSite reads one: over TLS (a link written bare, as
// in irm get.scoop.sh | iex, is fetched so), to a name, with no finding
// about it and a link the combiner reads as ordinary. A cheap ending
// alone is not a finding here: projects' sites live on them too
// (foundry.paradigm.xyz, fnm.vercel.app), and the link model weighs the
// ending with the rest of the name.
func (c *Classifier) commandSite(l *linkx.Link, info *hostInfo, bm *brand.Matcher) bool {
	if l.Scheme != "https" && l.Scheme != "" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Domain == "" || l.Suffix == "" {
		return false
	}
	if info.trusted || info.userContent || fileDrops[l.Host] || fileHosts[l.Domain] || info.contextBrand != nil {
		return false
	}
	for i := range info.reasons {
		if info.reasons[i].Code != CodeSuspiciousTLD {
			return false
		}
	}
	pf := scratchFeatures()
	sig := c.signals(l, info, pf, bm, nil)
	featuresPool.Put(pf)
	return c.comb.LinkLogit(&sig) < releaseLookMax
}

// schemeLure returns the lure phrase that makes a pasted command bait: a
// strong phrase of any lure but an install's (a project's one-liner is
// spoken of with "install", "download", "run this"), or mild words of two
// such lures ("free key" and "log in"); "" when there is none.
func schemeLure(found *lure.Found) string {
	mild, first := 0, ""
	for cat, h := range found {
		if h.Weight == 0 || lure.Category(cat) == lure.Install {
			continue
		}
		if h.Weight >= lure.Strong {
			return h.Phrase
		}
		mild++
		if first == "" {
			first = h.Phrase
		} else {
			first += ", " + h.Phrase
		}
	}
	if mild >= 2 {
		return first
	}
	return ""
}

// setupName reports a registrable name that joins a setup word to others
// with a hyphen (ollama-install.com, dev-tools-setup.net, winutil-fix.com):
// projects serve their one-liners from their own name
// (install.python-poetry.org, code-server.dev, get.docker.com), and the
// link model reads a fresh name of the kind as a plain site.
func setupName(l *linkx.Link) bool {
	label := l.Label()
	if strings.IndexByte(label, '-') < 0 {
		return false
	}
	for part := range strings.SplitSeq(label, "-") {
		switch part {
		case "install", "installer", "setup", "download", "dl", "get", "fix", "script", "scripts":
			return true
		}
	}
	return false
}

// pasteSites are the hosts that serve what anyone pasted as raw text: a
// script run from one is a stranger's, whatever the site's standing.
var pasteSites = setOf("pastebin.com", "paste.ee", "hastebin.com", "hastebin.skyra.pw", "rentry.co", "rentry.org", "controlc.com",
	"pastes.io", "justpaste.it", "paste.rs", "dpaste.org", "dpaste.com", "termbin.com", "ghostbin.site", "pastefy.app", "paste.gg")

// pastedScript reports a script's paste on a paste site
// (hastebin.com/ujifoyexal.ps1, paste.rs/Xk3m.js) not asked to be
// pasted into a shell or a console (pasteIntoPhrases) nor offered as
// malware is (baitIn: an aimbot, a KMS activator): the site names a
// paste by its language to colour it and serves it as text that a
// browser shows, and tech chat pastes its scripts there to be read. One
// fetched and run by a pasted command is judgePasteRuns's, and one beside
// a lure's or a notice's words or asked to be saved, opened or run ("save
// … to your desktop and double click it", "download the fix … and run it
// as admin": runWords) is judged as any download.
func pastedScript(l *linkx.Link, fd filetype.Finding, k *knowledge) bool {
	if fd.Kind != filetype.Script || !pasteSites[strings.TrimPrefix(l.Host, "www.")] || l.Query != "" || mayRun(k.text) || k.speaksAny() {
		return false
	}
	folded := k.folded()
	for w := range strings.FieldsSeq(string(folded)) {
		if runWords[w] {
			return false
		}
	}
	for _, p := range pasteIntoPhrases {
		if containsWords(folded, p) {
			return false
		}
	}
	return !baitIn(folded, false, false)
}

// pasteIntoPhrases are the folded words that ask a reader to paste what
// a paste serves into a shell or a browser's console (ClickFix: "press
// Win+R and paste", "paste it in your browser console") or to follow it
// as steps: a script run so is run, whatever the site shows it as.
var pasteIntoPhrases = []string{"paste it", "paste this", "paste that", "paste what", "paste the", "copy the", "copy it",
	"copy this", "copy and paste", "copy paste", "into powershell", "into cmd", "into terminal",
	"into the terminal", "win r", "windows r", "press enter", "hit enter", "browser console", "into the console",
	"in your console", "in your browser", "console on", "devtools", "dev tools",
	"follow the steps", "steps at", "chay"}

// runWords are the folded words that ask a reader to save, open or run
// what a link serves.
var runWords = setOf("run", "running", "execute", "exec", "launch", "open", "double", "doubleclick", "click", "save", "download",
	"install", "admin", "administrator")

// judgePasteRuns finds a pasted command that fetches what a paste site
// serves and runs it (irm https://pastebin.com/raw/… | iex): the site is
// a known one, so its links are not suspect and judgeCommands does not
// read them, and projects publish no installer there. judgeMessageLinks
// calls it for a message with a paste site's link.
func judgePasteRuns(rs *reasons, clean string, j *Judgement) {
	if !mayRun(clean) {
		return
	}
	for i := range j.Links {
		l := &j.Links[i]
		if !pasteSites[l.Domain] {
			continue
		}
		if cmd, ok := fetchedAndRun(clean, l); ok {
			shown := linkx.Defang(l.Unicode)
			rs.add(handRule(CodeRunCommand, wRunStranger, shown, say2("run_paste", cmd, shown)))
			return
		}
	}
}
