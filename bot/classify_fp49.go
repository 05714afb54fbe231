package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A documentation page of a protocol's or a project's own site (fp49):
// `https://geminiprotocol.net/docs/specification.gmi`,
// `https://modelcontextprotocol.io/introduction`,
// `https://a2a-protocol.org/latest/specification/`. The name holds a
// project's word (projectNameWords: protocol, token, rpc, web3 …), which
// the scheme words' signal and the link model read as a drainer's: the
// crypto expert reads such names at 4–6 logits whatever the path, so a
// page the general model reads as plain documentation (its path's logit
// −1.6 to −5.3) is warned or deleted as the drainer's root is.
// projectSiteReading frees a project's root only where the message names
// the project, and no reading looked at its pages.
//
// What a drainer or a fake airdrop on such a name is linked at is its
// root or a page that asks (/claim, /connect, /airdrop, /wallet,
// /restore, /app), and the training lists' 90,273 phishing URLs hold 15
// on names with protocol in them, none at a documentation page. A page
// of a specification's or a project's documentation tree says so in its
// path: a folder or a page named for documentation (docs, spec,
// specification, introduction, quickstart, reference, rfc …, docPageWords)
// or a text page's ending (.txt, .md, .gmi, .rst, .adoc) a drainer's
// script cannot run on.
//
// projectDocReading reads such a page as the general link model reads
// it, host and path, without the experts (hostPathLogit's max), where:
// the host is named by a project's words and no ask's stem
// (hostInfo.projectName) and holds a scheme word; the link is written as
// it is, over HTTPS, with no query, address, port or user's name, on a
// name of its own (no hosting platform), on no cheap ending and read as
// no brand's; the path is a documentation page (projectDocPath) that the
// general model reads as no kit's (its logit below 0); and the message
// talks plainly of it (knowledge.talksPlainlyOf: words of its own, no
// lure's, notice's or paperwork's words), names no brand and pings no
// one. The scheme words' signal and what the project's word adds to the
// general model stay. A link posted bare, a lure, a brand, a cheap
// ending, a newcomer's message stage, an ask in the name or a page that
// is not documentation read as before.
//
// What it gives up (BENCHMARKS.md, fp49): a drainer's name linked at a
// documentation page beside quiet talk. Of the training lists' 4,241
// phishing domains holding a project's word, each posted bare at its
// root, bare at /docs/introduction and as "the spec is here
// https://D/spec/v2.html", none of the first two moves and 201 of the
// third lose their flag; the lists' phishing URLs (every third, bare and
// "see URL") lose none. Run time only: the trainer fits the combiner on
// the model's readings as they are.

// docPageWords are the words a documentation tree names its folders and
// pages by: a specification, an introduction, a guide, a reference, an
// RFC or a draft. None is a word a drainer's or a kit's page is named by
// (faq, whitepaper, roadmap and tokenomics are: a scam's own site has
// them, attack19).
var docPageWords = setOf("doc", "docs", "documentation", "spec", "specs", "specification", "specifications",
	"introduction", "intro", "overview", "quickstart", "getting", "guide", "guides", "tutorial", "tutorials",
	"reference", "rfc", "rfcs", "draft", "drafts", "concepts", "architecture", "design", "manual", "handbook",
	"primer", "glossary", "internals", "changelog", "book")

// docsLanding are the paths of a documentation tree's front (/docs/,
// /documentation): a scam's own site keeps one too (a drainer's copy of a
// project's site, a fake launchpad's gitbook; crypto32, attack19), where
// a developer links the page that says what they mean.
var docsLanding = setOf("doc", "docs", "documentation", "wiki")

// docTextEndings are the endings of a page of text: a specification or a
// note written as text, Markdown, Gemtext, reStructuredText or AsciiDoc.
var docTextEndings = setOf("txt", "md", "gmi", "rst", "adoc")

// projectDocReading returns a link's signals with a documentation page of
// a project's own site, talked of plainly, read as the general link model
// reads it, without the experts.
func (c *Classifier) projectDocReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if !info.projectName || info.signals[model.SigSchemeWords] == 0 || sig[model.SigModel] < projectSiteFrom || c.training {
		return sig // most links: no project's word in the name
	}
	if l.Disguised || l.Hidden || l.Query != "" || l.Scheme != "https" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" ||
		readsBrand(&sig) || sig[model.SigShortener] > 0 || sig[model.SigAbusedTLD] > 0 || info.userContent || len(l.Path) < 2 {
		return sig
	}
	if hosted := model.Hosted(l); hosted {
		return sig
	}
	if !docHost(l, info, k.brands) || !projectDocPath(l, info, k) {
		return sig
	}
	if !k.talksPlainlyOf(l) || k.namesBrand() || mentionsEveryone(k.text) || hypeSymbols(k.text) || asksOfReader(k) {
		return sig // posted bare, beside a lure's words, a shill's emoji or a brand's name
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	path := c.link.Logit(pf)
	featuresPool.Put(pf)
	if path >= 0 {
		return sig // the general model reads the path as a kit's
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(info.hostLogit+path)))
	return sig
}

// projectDocPath reports a path of a documentation tree, not its front
// alone (docsLanding): at most five
// segments of words (letters, digits, hyphens, underscores; a dot only in
// a version's folder, 1.2.2, v1.0), a page written out (.html, .htm) or
// of text (docTextEndings) or a folder, with a folder or a page named for
// documentation (docPageWords) or a text page's ending, and no word a
// kit or a lure names its pages by (kitMarkWord, but a project's word:
// /protocol/), no site's software folder, sign-in piece, token or index
// copy (as deepKitPath reads them); its fragment, if any, an anchor of
// such words, not a hash route (#/claim) nor a lure's anchor (rev49b).
func projectDocPath(l *linkx.Link, info *hostInfo, k *knowledge) bool {
	trimmed := strings.Trim(l.Path, "/")
	if trimmed == "" || strings.Count(trimmed, "/") > 4 || hexRun(trimmed) || docsLanding[strings.ToLower(trimmed)] {
		return false
	}
	marked := false
	for rest := trimmed; rest != ""; {
		seg := rest
		if slash := strings.IndexByte(rest, '/'); slash >= 0 {
			seg, rest = rest[:slash], rest[slash+1:]
		} else {
			rest = ""
		}
		last := rest == ""
		name := seg
		if dot := strings.LastIndexByte(seg, '.'); dot > 0 && last && !versionWord(seg) {
			ext := strings.ToLower(seg[dot+1:])
			switch {
			case docTextEndings[ext]:
				marked = true
			case ext == "html" || ext == "htm":
			default:
				return false
			}
			name = seg[:dot]
		}
		if versionWord(name) {
			continue
		}
		if !pathWord(name) || tokenSegment(name) && !numberedName(name) || indexCopy(seg) {
			return false
		}
		lower := strings.ToLower(name)
		if siteFolders[lower] {
			return false
		}
		for _, stem := range signInStems {
			if strings.Contains(lower, stem) {
				return false
			}
		}
		doc, bad := docWords(name, l, info, k)
		if bad {
			return false
		}
		marked = marked || doc
	}
	if frag := l.Fragment(); frag != "" {
		if _, bad := docWords(frag, l, info, k); bad || strings.ContainsAny(frag, "/?=&%") {
			return false // a hash route (#/claim) or an anchor named for a lure
		}
	}
	return marked
}

// docWords reads the words of a documentation path's segment or of its
// fragment (forSegmentWords): doc reports a word of docPageWords, bad a
// word a kit or a lure names its pages by (kitMarkWord, docLureWords,
// points) that is not the site's own project word.
func docWords(name string, l *linkx.Link, info *hostInfo, k *knowledge) (doc, bad bool) {
	forSegmentWords(name, func(w string) bool {
		if docPageWords[w] {
			doc = true
		}
		if projectNameWords[w] && strings.Contains(l.Host, w) {
			return true
		}
		bad = kitMarkWord(w, info, k.brands) || docLureWords[w] || w == "points"
		return !bad
	})
	return doc, bad
}

// versionWord reports a segment that is a version: digits and dots with
// a v in front at most (1.2.2, v1.0, v2, 0.4).
func versionWord(seg string) bool {
	s := strings.TrimPrefix(strings.TrimPrefix(seg, "v"), "V")
	if s == "" {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
		default:
			return false
		}
	}
	return digits > 0 && s[0] != '.' && s[len(s)-1] != '.'
}

// numberedName reports a page's or a folder's name that is a number and
// words apart (0003-streams, bep_0005, rfc-9110, rfc6455-notes): pieces
// between hyphens and underscores each all digits or all letters, or a
// proposal's number (proposalNumber), as RFCs and proposals number their
// pages; a kit's token mixes them in one piece (interac2019, 58cxzg7070).
func numberedName(name string) bool {
	for piece := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == '-' || r == '_' }) {
		letters, digits := 0, 0
		for i := 0; i < len(piece); i++ {
			if c := piece[i]; c >= '0' && c <= '9' {
				digits++
			} else {
				letters++
			}
		}
		if letters > 0 && digits > 0 && !proposalNumber(piece) {
			return false
		}
	}
	return true
}

// asksOfReader reports a message that speaks of its reader's things (your,
// yours: "your tokens are ready"; not "your question", replyNouns) or
// holds a word a lure's or a scheme's name is built from
// (model.DomainWord, model.SchemeWord: bonus, connect, claim, migrate),
// but a project's word (projectNameWords), or a drainer's spray's word
// (docLureWords: allocation, eligible, stuck, mods): what a drainer's
// spray says beside its own pages, where talk of a specification says
// neither.
func asksOfReader(k *knowledge) bool {
	your := false
	for w := range strings.FieldsSeq(string(k.folded())) {
		if your && !replyNouns[w] {
			return true
		}
		your = w == "your"
		if your {
			continue // "your question" is a reply's, "your tokens" a lure's
		}
		if readerThings[w] || docLureWords[w] || len(w) >= 4 && !projectNameWords[w] && (model.DomainWord(w) || model.SchemeWord(w)) {
			return true
		}
	}
	return your
}

// replyNouns are what a reply names of its reader's after "your": the
// question it answers or the point it takes up (rev49b).
var replyNouns = setOf("question", "questions", "point", "comment", "concern")

// readerThings are the words of the second person's possession.
var readerThings = setOf("your", "yours", "ur", "yourself")

// proposalNumber reports a proposal's or a standard's number written as
// one word: two to four lower-case letters, then one to five digits and
// nothing more (rfc6455, bep5, eip1559, nip01).
func proposalNumber(piece string) bool {
	i := 0
	for i < len(piece) && piece[i] >= 'a' && piece[i] <= 'z' {
		i++
	}
	digits := len(piece) - i
	if i < 2 || i > 4 || digits < 1 || digits > 5 {
		return false
	}
	for ; i < len(piece); i++ {
		if piece[i] < '0' || piece[i] > '9' {
			return false
		}
	}
	return true
}
