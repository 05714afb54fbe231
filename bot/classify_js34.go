package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A JavaScript project's name at the end of a page's path (js34). Many
// projects are named NAME.js (next.js, three.js, chart.js, d3.js), and
// the pages about them end in that name: a tag or topic page
// (/tags/next.js, /t/three.js, /questions/tagged/node.js), a registry's
// or a browser's page (/package/chart.js, /npm-package/next.js,
// /projects/next.js), a course, a job search, a docs or blog folder, a
// repository's page on a CI or coverage service (/github/OWNER/NAME.js).
// Such a link was read as a script to download (softLinkScripts: 0.45),
// which a member's first link lifted over the warn line. A JScript
// dropper is named as paperwork, an update or a random ID
// (Invoice_2024_88213.js, document-scan.js, update.js, Xy12Ab.js) and
// served from a raw IP, a file drop, a dynamic DNS name, a cheap ending,
// or a compromised site's uploads: none of which a project's page is.

// projectPage reports a .js link that reads as a page about a
// JavaScript project, and returns the folder that says so: the file's
// name is a project's (projectScriptName) and the folder it sits in
// names a page about things (pageFolders, alone or as a word of it:
// javascript-frameworks, remote-jobs), or a forge's or a registry's name
// comes one to three folders before it (coveralls.io/github/chartjs/
// chart.js, badgen.net/npm/v/NAME.js). The host is a
// name over TLS (or written without a scheme), not a raw IP, a dynamic
// DNS name, a file drop or host, nor on an ending scams favour
// (abusedTLDs), and no folder of the path is one droppers are served
// from (fileEndpoints, dropperDirs).
func projectPage(l *linkx.Link, file string, brands *brand.Matcher) (string, bool) {
	if l.Scheme != "https" && l.Scheme != "" || l.IP.IsValid() || l.Domain == "" || l.Port != "" || l.Query != "" ||
		onDynamicDNS(l) || fileDrops[l.Host] || fileHosts[l.Domain] || abusedTLD(l.Suffix) > 0 || abusedTLDs[l.Domain] > 0 {
		return "", false
	}
	if !projectScriptName(file, brands) {
		return "", false
	}
	return projectPageFolder(l)
}

// projectPageFolder returns the folder of a link's path that names a
// page about the thing its last segment names: the folder it sits in
// names a page about things (pageFolders, alone or as a word of it:
// javascript-frameworks, remote-jobs), or a forge's or a registry's name
// comes one to three folders before it (coveralls.io/github/chartjs/
// chart.js, badgen.net/npm/v/NAME.js); no folder of the path is one
// droppers are served from (fileEndpoints, dropperDirs, wp-*).
func projectPageFolder(l *linkx.Link) (string, bool) {
	segs := strings.Split(strings.Trim(strings.ToLower(l.Path), "/"), "/")
	if len(segs) < 2 {
		return "", false
	}
	segs = segs[:len(segs)-1]
	for _, s := range segs {
		if fileEndpoints[s] || dropperDirs[s] || strings.HasPrefix(s, "wp-") {
			return "", false
		}
	}
	last := segs[len(segs)-1]
	for w := range strings.SplitSeq(last, "-") {
		// a folder of one word or of words joined (remote-jobs,
		// javascript-frameworks, npm-package)
		if pageFolders[w] {
			return last, true
		}
	}
	// a forge's or a registry's name, then OWNER/NAME or a badge's
	// words (/github/OWNER/NAME.js, /github/license/OWNER/NAME.js,
	// /npm/v/NAME.js): a service that reads a repository or a package
	for i := len(segs) - 2; i >= 0 && i >= len(segs)-3; i-- {
		if forgeFolders[segs[i]] {
			return strings.Join(segs[i:], "/"), true
		}
	}
	return "", false
}

// projectScriptName reports a .js file named as JavaScript projects are:
// one to six words of letters joined by hyphens, each ending in at most
// one digit (next.js, three.js, d3.js, web3.js, next-auth.js,
// getting-started-with-three.js), none of them a word droppers are named
// by (paperwork, an update, a setup, a program they pass for, a document
// viewer, a cheat: dropperScript, scriptDocument, dropperNames,
// documentNames, codeDropperAny, paperworkWords, passedFor,
// docLurePageWords, softwareBait), a word of the scam vocabulary the link
// model learned from scam domains (lureWord: verify, claim, wallet,
// refund, bonus) or a protected brand's name, in the word or as a part
// of four letters or more of a word joined from two (chromeupdate,
// adobereader, DHLExpress). A date, a number, an underscore or an ID is
// no project's name.
func projectScriptName(file string, brands *brand.Matcher) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(file), ".js")
	if !ok || stem == "" || len(stem) > 40 {
		return false
	}
	fd := filetype.Check(file, "")
	if fd.Kind != filetype.Script || fd.Decoy != "" || fd.RTL || dropperScript(file) {
		return false
	}
	n := 0
	for w := range strings.SplitSeq(stem, "-") {
		n++
		if n > 6 || !projectWord(w) || dropperWord(w) || brands != nil && brands.Named(w, 3) != nil {
			return false
		}
		// a name joined from two (chromeupdate, paymentadvice,
		// securedoc): a part of four letters or more at its start or
		// its end a word droppers are named by
		for i := 1; i < len(w); i++ {
			if i >= 4 && dropperWord(w[:i]) || len(w)-i >= 4 && dropperWord(w[i:]) {
				return false
			}
		}
	}
	return true
}

// dropperWord reports a word droppers and lures are named by.
func dropperWord(w string) bool {
	return dropperNames[w] || documentNames[w] || scriptDocNames[w] || codeDropperAny[w] || codeDropperFirst[w] ||
		paperworkWords[w] || passedFor[w] || docLurePageWords[w] || softwareBait[w] || lureWord(w)
}

// projectWord reports a word of ASCII letters, ending in at most one
// digit (d3, p5, web3).
func projectWord(w string) bool {
	if n := len(w); n > 0 && w[n-1] >= '0' && w[n-1] <= '9' {
		w = w[:n-1]
	}
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// pageFolders are the folders sites file their pages about a thing in:
// tags and topics (dev.to's /t/, Discourse's /c/, Hashnode's /n/,
// Reddit's /r/), a registry's or a catalogue's packages and projects,
// a search's query, docs, wikis, courses, posts and jobs.
var pageFolders = setOf("tag", "tags", "tagged", "t", "topic", "topics", "c", "n", "r", "q", "category", "categories",
	"package", "packages", "pkg", "npm", "project", "projects", "software", "library", "framework",
	"frameworks", "technology", "technologies", "tech", "stack", "skills", "skill", "learn", "course", "courses",
	"tutorial", "tutorials", "guide", "guides", "wiki", "title", "blog", "posts", "post",
	"articles", "article", "news", "jobs", "job", "careers", "with", "alternatives",
	"compare", "explore", "search", "questions", "discussions", "forum", "community", "javascript", "nodejs", "node",
	"frontend", "web", "language", "languages", "detailed")

// forgeFolders are the path words services that read a forge's
// repositories or a registry's packages (CI, coverage, badges, size and
// security checks) put before OWNER/NAME or NAME.
var forgeFolders = setOf("github", "gh", "gitlab", "gl", "bitbucket", "codeberg", "npm", "npmjs")

// luresAroundFile reports a message whose words, its links aside, are a
// lure's or a notice's, mild ones too (speaksAny: an invoice, a payment),
// bait around a download (baited), a call to run what it links
// (asksToRun), or words that hand it over as a file or a document to
// open (handOverWords: "the attached document", "open", "listen"): a
// project's page is talked of, a dropper named as one ("your invoice
// viewer: …/tags/pdf-viewer.js", "HR: new policy, open
// …/posts/handbook.js") is handed over with such words (rev34b).
func (k *knowledge) luresAroundFile() bool {
	if k.speaksAny() || k.baited() || k.asksToRun() {
		return true
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if handOverWords[strings.Trim(w, ".,:;!?()\"'")] {
			return true
		}
	}
	return false
}

// handOverWords are the words a message hands a file over by, as a
// document, an attachment or a recording to open or play (folded).
var handOverWords = setOf("attached", "attachment", "attachments", "document", "documents", "file", "files",
	"open", "opening", "listen", "voicemail", "voicemails", "recording")
