package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A project's page named by one word at its site's root, linked over
// plain HTTP and posted bare (http://www.hollowayhq.com/tinyfont,
// http://www.quasarworks.com/minizip): how Debian's Homepage fields,
// READMEs and older sites name a program's home, and how tech chat
// pastes it. The link model reads plain HTTP
// from the phishing feeds of years when kits ran without TLS (+3.6
// logits over the HTTPS twin, page25), and plainHTTPReading reads a
// plain-HTTP link as its HTTPS twin where the twin is unremarkable
// (under plainHTTPMax) only for a path laid out as documents are
// (plainDocPath: two segments or more, or a folder), for a single word
// at a site's root is how kits on compromised sites are reached
// (/desjardins, /verify, /a). Beside plain talk the word is read so
// already (talkedDocPath); posted bare it kept the scheme's weight: of
// deb-home20t's 66 flagged lines on 693f6a9, 25 are such words, and
// 12 pass read so (page26).
//
// rootWordReading reads such a link as its HTTPS twin under the same
// bound (plainHTTPMax), where the word is a name as projects are named
// and as a kit's folder is not: lower-case letters (digits, hyphens and
// underscores between them, lowerWord) with a vowel in them (kits on
// compromised sites name their folders by letters drawn at random,
// /dspt/, /msst/, /grr/, /vpp/), and where the word read as a folder
// (/tinyfont/) has a document tree's signs (docPage: no lure's, scheme's,
// kit's or paperwork's word, no sign-in piece, token or brand, no
// hosting platform, dynamic DNS name or cheap ending; contentPage;
// namedBrandFolder; kitFolderPage), posted bare and written as it is
// (a link written disguised, hxxp:// or host[.]com, is no member's
// paste of a homepage: its disguise weighs on top of the model's
// score, and read so 166 of 33,885 defanged test-split phishing URLs
// fell from warned to allowed). What it gives up: of
// the training lists' test split's 6,780 phishing URLs with a path,
// posted bare, 12 fall from warned to allowed (root words on
// compromised sites, /test, /home, /site, /webapps), none beside any
// other words (page26). Run time only: the trainer fits the combiner on
// the model's readings as they are.

// rootWordFrom is the link model's logit from which rootWordReading
// looks at a link: below it the reading changes no verdict (the
// combiner warns from about 3.6).
const rootWordFrom = 2

// rootWordReading returns a plain-HTTP link's signals with a project's
// page named by one word at its site's root, posted bare, read as its
// HTTPS twin when the model reads that twin as unremarkable.
func (c *Classifier) rootWordReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || l.Scheme != "http" || l.Disguised || l.Hidden || sig[model.SigModel] < rootWordFrom || readsBrand(&sig) || sig[model.SigShortener] > 0 ||
		sig[model.SigAbusedTLD] > 0 || !rootWord(l.Path) || l.Query != "" || !k.postedBare() {
		return sig
	}
	// the word read as a folder of a document tree, whose signs docPage
	// reads (a name alone at the root is no tree's page to it)
	tree := *l
	tree.Path += "/"
	if !contentPage(&tree) || !plainTree(&tree, info, k) {
		return sig
	}
	if logit := c.httpsTwinLogit(l, info); logit < plainHTTPMax {
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	}
	return sig
}

// rootWord reports a path that is one word at a site's root, as a
// project's page is named: lower-case letters, with digits, hyphens and
// underscores between them (lowerWord), and a vowel among them (tinyfont,
// minizip, some-tool; not dspt or vpp).
func rootWord(path string) bool {
	word, ok := strings.CutPrefix(path, "/")
	return ok && strings.IndexByte(word, '/') < 0 && lowerWord(word) && strings.ContainsAny(word, "aeiouy")
}

// A paperwork word in a sense that is no paperwork's: "nobody documents
// this better", "it documents why". A message that names paperwork
// (paperworkWords: documents, an invoice, a fax) beside its link is not
// read as plain talk (knowledge.plainWords), for a document lure's bait
// names the papers it offers ("your documents are ready", "view the
// shared documents"). "documents" after a pronoun that stands for a
// person or a thing doing something (it, nobody, who, which) is the verb
// a member uses of a reference ("windows internals stuff <page> nobody
// documents this better"): the papers a lure offers are named by an
// article, a possessive or an adjective before them (the, your, shared,
// attached), never by a subject pronoun. Read so, the message talks as
// plainly as "check this out" beside the same link, which any sender
// can already write (page26).

// documentsSubjects are the folded pronouns after which "documents" is
// a verb: a subject, not a determiner.
var documentsSubjects = setOf("it", "he", "she", "nobody", "noone", "somebody", "someone", "everybody", "everyone",
	"who", "which")

// documentsVerb reports "documents" at fields[i] used as a verb: after a
// subject pronoun (documentsSubjects).
func documentsVerb(fields []string, i int) bool {
	return fields[i] == "documents" && i > 0 && documentsSubjects[fields[i-1]]
}

// A page of an older site filed under a section named in title case
// (http://www.host.org/Software/msort.html, /Research/papers.html): how
// personal and university sites of the 1990s and 2000s name the top
// folders of their tree. plainPageReading reads a plain-HTTP content
// page as its HTTPS twin only where every letter of its path is lower
// case (contentPage), for kits write their target's name as it brands
// itself (/ATB/, /Simplii/, /BellMobility/TD/, /My/); elsewhere it adds
// the model's plain-page feature, which left 1.85 logits of plain HTTP
// over HTTPS, and such pages warned (deb-home20t: 2 lines, deb-home20h:
// 3 on bfbf35d).
//
// titledContentPage reads such a page as contentPage would, where the
// only capital of its path starts its first folder's name, a word of
// four letters or more in title case (Software, Research: not ATB, My,
// BellMobility, not a page's name), and the path read in lower case is
// a content page with a document tree's signs and no brand's name as a
// folder's word (docPage, namedBrandFolder: /Chase/, /Apple/), nor a
// webmail's or a kit's folder (kitFolderPage), written as it is (not
// defanged, as rootWordReading). Kits put the brand's
// folder under one of their own (/banks/National/…,
// /directing/Simplii/…, /cgi/Docs/…): read at any depth, 13 of the
// VerdictDump's phishing links lost a level, 4 to allowed; read at the
// top only, 3 (/Faith/member.html warn to allow, /Mobile/sco/qts.html
// delete to warn). Of the test split's 6,780 phishing URLs with a path,
// 1 falls from warned to allowed posted bare, none beside words
// (page26).
func titledContentPage(l *linkx.Link, info *hostInfo, k *knowledge) bool {
	if l.Disguised || l.Hidden || !titleFolders(l.Path) {
		return false
	}
	low := *l
	low.Path = strings.ToLower(l.Path)
	if !contentPage(&low) || !docPage(l, info, k) || namedBrandFolder(&low, info, k) {
		return false
	}
	kf, b := kitFolderPage(l, info, k)
	return kf == "" && b == nil
}

// titleFolders reports a path with capitals whose only capital starts
// its first folder's name, written in title case, four letters or more
// (/Software/, /Research/), its page's name in lower case.
func titleFolders(path string) bool {
	titled := false
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	for i, seg := range segs {
		if strings.ToLower(seg) == seg {
			continue
		}
		if i > 0 || len(segs) == 1 || len(seg) < 4 || seg[0] < 'A' || seg[0] > 'Z' || !allLetters(seg[1:]) {
			return false
		}
		titled = true
	}
	return titled
}
