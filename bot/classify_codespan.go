package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A script named in documentation. READMEs write the addresses of
// JavaScript files as code: a source map's entries, a script tag's
// source, a bundle's address on a CDN (UglifyJS's "The source mapping
// will refer to `http://foo.com/src/js/file1.js` and …"). Such a span is
// not clickable where chat shows it (Discord, Telegram), and a browser
// shown a .js shows its text; a page loads it, nobody runs it. The .js
// finding (softLinkScripts: noted alone) then only lifted the link
// model's weak reading of a placeholder's path over the warn line.
//
// The same shape carries a script dropper's link as easily, so the
// reading asks for documentation, not an invitation (codeExample: prose
// of 12 words or more with no lure word but one mild word naming the
// link, in no second person, no word of acting on a file: run, open,
// save, download, double click, load; and a second span of code in the
// message), a script named as code is and not as droppers are, on a
// site with nothing against its name (codeName), and a link the link
// model reads as ordinary, its file aside (readsOrdinary), as plainSite
// asks of a build.
//
// Probe (dl21, 2026-12-03; levels against 8a784bf): 3,000 training-list
// phishing URLs given a .js name (their own stem, or bundle, loader,
// chrome_update, file1 …), in backticks, in 22 shapes (92,224 messages,
// of which 82,453 flagged before): 69 lose a level, all from warned to
// allowed, all in the README-like shapes with a second span of code and
// no invitation; every shape that asks to run, open, save, load, grab or
// download the file, or writes the link as the line's only code, loses
// none. The malware measure sets' 139 URLs, as written, as .js and with
// /app.min.js after them, in five such sentences (2,005 messages): none
// loses a level.

// codeReference reports a JavaScript file's link written alone in a span
// of code, `https://…/x.js`, in a sentence of documentation
// (codeExample): the file is then not read as a download, and the link is
// judged as any page's. The file must not be named as a document or a
// bill is (scriptDocument: Invoice_0923.js), nor carry a second ending
// or a reversing control; a .js among other words in a span (a pasted
// command: mshta, wscript, curl … | node) or outside code is read as
// before.
func (c *Classifier) codeReference(k *knowledge, l *linkx.Link, file string, fd filetype.Finding, info *hostInfo) bool {
	if fd.Kind != filetype.Script || fd.Ext != "js" || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || scriptDocument(file) {
		return false
	}
	clean := k.text
	start, end := l.Span()
	if l.Carried || l.Disguised || l.Hidden || start < 1 || end >= len(clean) || clean[start:end] != l.Raw {
		return false
	}
	if clean[start-1] != '`' || clean[end] != '`' {
		return false
	}
	// the backtick before the link opens a span: an even number stand
	// before it (a fenced block's ``` counts three, and a link alone on
	// a fenced line has no backtick beside it)
	before := strings.Count(clean[:start-1], "`")
	if before%2 != 0 {
		return false
	}
	// documentation names more than one thing in code (the other file,
	// an option, the output): a line that writes only the link in
	// backticks is read as before
	if before+strings.Count(clean[end+1:], "`") < 2 {
		return false
	}
	return k.codeExample(l) && codeName(l, file, info, k.brands) && c.readsOrdinary(l, info, k.brands)
}

// codeName reports a script named as code is (file1.js, htmx.min.js,
// bundle.js, index.js) on a site with nothing against it, rather than as
// droppers and their sites are: no word of the file a dropper's
// (setup, update, loader, payload, chrome: codeDropperFirst and
// dropperNames but the words sources and bundles are named by,
// codeNames), a lure's (wallet, invoice, crack), a product's droppers
// pass for (passedFor) or a protected brand's off its own site; no
// folder of the path named as a program or an archive
// (svchost.exe/app.min.js); on a site of its own (not a page anyone
// publishes, a file drop, a file host), not named for a kind of utility
// or with a download site's words (utilitySite, takersName), with no
// finding about its name (brand, look-alike, cheap ending, scam words).
func codeName(l *linkx.Link, file string, info *hostInfo, bm *brand.Matcher) bool {
	for _, w := range fileWords(file) {
		if (codeDropperFirst[w] || dropperNames[w]) && !codeNames[w] || dropperWords[w] || codeDropperAny[w] || passedFor[w] {
			return false
		}
		if len(w) >= 4 {
			if b := bm.Named(w, 6); b != nil && bm.Official(l.Domain, l.Suffix) != b {
				return false
			}
		}
	}
	stem := strings.ToLower(fileStem(file))
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return false
		}
	}
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	for seg := range strings.SplitSeq(dir, "/") {
		if fd := filetype.Check(seg, ""); fd.Dangerous() || fd.Kind == filetype.Archive {
			return false
		}
	}
	if info.trusted || info.userContent || info.contextBrand != nil || fileDrops[l.Host] || fileHosts[l.Domain] ||
		l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Domain == "" || !l.ICANN || utilitySite(l) || takersName(l) || brandFolder(l, bm) {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.nameFinding(i, reread) {
			return false
		}
	}
	return true
}

// codeNames are the dropper's first words that name a source file or a
// bundle as often (file1.js, app.min.js, client.js, plugin.js, docs.js).
var codeNames = setOf("file", "files", "app", "application", "client", "plugin", "new", "my", "docs", "doc", "img", "image",
	"images", "run", "program")

// codeExample reports a message that reads as a sentence of
// documentation about the link rather than an invitation to it: prose
// (talksPlainlyOf: no lure word, or one mild word beside a sentence
// that names the link) of mildProseWords words or more, in no second
// person, with no word of acting on a file (codeInvites).
func (k *knowledge) codeExample(l *linkx.Link) bool {
	if !k.talksPlainlyOf(l) || k.plainWords() < mildProseWords {
		return false
	}
	folded := k.folded()
	for w := range strings.FieldsSeq(string(folded)) {
		if secondPerson[w] || codeInvites[w] {
			return false
		}
	}
	return !containsWords(folded, "double click")
}

// codeInvites are the words that ask a reader to act on a file: fetch
// it, keep it, open it or run it (English; folded, so Run and RUN too).
var codeInvites = setOf("run", "runs", "running", "open", "opens", "opening", "save", "saved", "download", "downloads",
	"downloading", "install", "installs", "installing", "execute", "executes", "exec", "launch", "launches", "load", "loads",
	"loading", "paste", "click", "grab", "get", "fetch", "fetches", "import", "use", "try", "start", "doubleclick", "wscript",
	"cscript", "mshta", "node", "powershell", "cmd", "terminal", "console", "desktop")
