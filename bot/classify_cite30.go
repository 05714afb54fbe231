package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// A page of an older site cited in a sentence of technical prose
// ("the C coroutine trick as described in:
// http://www.chiark.greenend.org.uk/~sgtatham/coroutines.html", "the
// General Decimal Arithmetic (http://speleotrove.com/decimal/)
// description", "the Elastic Tabstops algorithm described at
// http://nickgravgaard.com/elastictabstops/index.html"): how Debian's
// package descriptions, changelogs, READMEs and patches point to the
// reference they build on. plainHTTPReading reads such a plain-HTTP page
// as its HTTPS twin where the message talks plainly of it
// (knowledge.talksPlainlyOf), and it is not asked at all where the
// message lures beyond one mild word (knowledge.stopsReadings). Technical
// prose holds the mild words of package lure in their own sense, often
// two kinds of them in one paragraph: a package, support for a format,
// a patch, a download of the code, a free book, an official
// specification; read as a lure's, such a paragraph kept the scheme's
// learned weight (+3.1 logits over HTTPS, model29), and its pages were
// warned or deleted where their HTTPS twins pass (deb-text20t,
// src22-doct, src22-codet: 3 lines on 67ac993).
//
// citedPageReading reads such a link as plainHTTPReading reads one in a
// message that talks plainly of it (the HTTPS twin, under
// plainHTTPTalkMax), where the message cites it in prose
// (knowledge.citesInProse: a sentence of eight words or more, whose
// lure words are only mild ones of the kinds prose uses in their own
// sense, installing, a package, support, a free thing, no notice, no
// brand, no second person, no paperwork, English letters) and names the
// page (knowledge.namesLink: a word of its host or its path;
// knowledge.namesJoined: two words run together, Elastic Tabstops for
// /elastictabstops/), and where the link's tree, read from a user's
// home where it starts at one (userTree), is a document tree's content
// page with none of a kit's signs (contentPage, plainTree: docPage,
// namedBrandFolder, kitFolderPage), on no cheap ending, with no lure's
// or scheme's word in its path, written as it is, with no query.
//
// What it gives up: nothing an attacker lacks. Every link it reads
// lower is read so already beside a plain remark ("lol http://…",
// "the <word> page http://…"), which any sender can write: the
// training lists' 53,935 plain-HTTP phishing URLs (every split), each
// in 23 texts (1,240,505 probes), lose a level 7,433 times, all in
// eleven framings of prose, 8 to 20 words with mild lure words that
// name the link, none below the level the same URL reads beside "the
// <word> page", "lol" or "check this out" on fb773c9; posted bare,
// after "see" or "described at (…)", in a short line, beside "you" or
// in five defanged forms they lose none. Run time only: the trainer
// fits the combiner on the model's readings as they are (cite30).

// citedProseWords is how many words (of two letters or more, its links
// aside) a message holds at least for citesInProse to read it as a
// sentence of prose: a line of chat or a spray's bait is shorter
// ("free coroutines patch with support http://…").
const citedProseWords = 8

// citedSenses are the lure categories whose mild words technical prose
// uses in their own sense: installing and updating (download, patch,
// update, install), a package, support and an official source, a free
// thing.
var citedSenses = [lure.NumCategories]bool{lure.Install: true, lure.Parcel: true, lure.Staff: true, lure.Gift: true}

// citedWords are the phrases of those categories that technical prose
// uses in their own sense; the others of the same categories (a crack,
// a cheat, a parcel, a delivery, a moderator, a gift, nitro, skins) are
// a lure's in any sentence.
var citedWords = []string{"download", "install", "setup", "update", "patch", "package", "support", "official", "free"}

// citedPageReading returns a plain-HTTP link's signals with a page cited
// in technical prose read as its HTTPS twin, where the model reads that
// twin as unremarkable.
func (c *Classifier) citedPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || l.Scheme != "http" || l.Disguised || l.Hidden || l.Query != "" || sig[model.SigModel] < docPageFrom ||
		readsBrand(&sig) || sig[model.SigShortener] > 0 || sig[model.SigAbusedTLD] > 0 || len(pathLureWords(l)) > 0 {
		return sig
	}
	tree := *l
	tree.Path = userTree(l.Path)
	if !contentPage(&tree) || !plainTree(&tree, info, k) || !k.citesInProse(l) {
		return sig
	}
	if logit := c.httpsTwinLogit(l, info); logit < plainHTTPTalkMax || contentPage(l) {
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	}
	return sig
}

// citesInProse reports whether the message cites the link l in a
// sentence of prose: citedProseWords words or more (plainWords: no
// paperwork's words, English letters), no notice's words, no lure's
// word beyond mild ones of the kinds prose uses in their own sense
// (citedSenses, citedWords), no brand named, no one spoken to (secondPerson,
// @everyone), and a word of its own that names the link (namesLink).
func (k *knowledge) citesInProse(l *linkx.Link) bool {
	if k.notices().Any() || mentionsEveryone(k.text) || k.namesBrand() {
		return false
	}
	for cat, h := range k.found() {
		if h.Weight > lure.Mild || h.Weight > 0 && !citedSenses[cat] {
			return false
		}
	}
	// each phrase of the lure's lists the message holds is one of
	// citedWords (Found keeps one phrase a category: "free" may hide
	// "nitro")
	folded := k.folded()
	cited := 0
	for _, w := range citedWords {
		if containsWords(folded, w) {
			cited++
		}
	}
	if lure.Phrases(folded, 8) > cited {
		return false
	}
	for w := range strings.FieldsSeq(string(folded)) {
		if secondPerson[w] {
			return false
		}
	}
	return k.plainWords() >= citedProseWords && (k.namesLink(l) || k.namesJoined(l))
}

// namesJoined reports whether two words of the message, side by side,
// name the link written as one (Elastic Tabstops: /elastictabstops/,
// Jerome Kelleher: jeromekelleher.net, dsp guide: dspguide.com), as a
// site or a page is named after its subject or its author: the pair is
// a label of the link's host, or a word of its path or that word's
// singular, or the start of its site's name, six letters or more.
func (k *knowledge) namesJoined(l *linkx.Link) bool {
	label := l.Domain
	if dot := strings.IndexByte(label, '.'); dot > 0 {
		label = label[:dot]
	}
	var buf [64]byte
	prev := ""
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		pair := prev
		prev = w
		if pair == "" || len(pair)+len(w) < 6 || len(pair)+len(w) > len(buf) {
			continue
		}
		joined := string(append(append(buf[:0], pair...), w...))
		if strings.HasPrefix(label, joined) {
			return true
		}
		for h := range strings.SplitSeq(l.Host, ".") {
			if h == joined {
				return true
			}
		}
		named := false
		forPathWords(l.Path, func(p string) bool {
			named = p == joined || p == joined+"s"
			return !named
		})
		if named {
			return true
		}
	}
	return false
}
