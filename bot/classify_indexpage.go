package bot

import (
	"math"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A folder's index page written out (/gebbdoom/index.html,
// /info/unicode/char/200b/index.htm) is the page a server sends for the
// folder itself (/gebbdoom/): the same page, linked two ways. The link
// model reads the two apart: the character 4-grams of "/index.html",
// its extension and the want of a closing slash add 3 to 4.5 logits to
// the path (page25: /gebbdoom/ -0.02, /gebbdoom/index.html +3.40;
// fileformat.info's /info/unicode/char/200b/ -0.17, …/index.htm +4.39),
// for the training lists' kits are linked by their index page and the
// harvested benign links, written by projects that link folders, hold
// few such pages. Older sites' pages and the references tech chat
// pastes are linked so: 10 of the 16 such links flagged in the tuning
// halves (fabiensanglard.net, fileformat.info, chokkan.org) pass read as
// their folders; the rest are under a ~user folder, a folder in capitals
// or a hosting platform, and keep their reading.
//
// indexPageReading reads such a link no higher than its folder's link,
// where the path is of a document tree with none of a kit's marks
// (docPage: folders of words, no brand, lure's, scheme's, kit's or
// paperwork's word, no site software folder, token or sign-in piece, no
// hosting platform, dynamic DNS name or cheap ending; contentPage: lower
// case letters, digits and hyphens only, as kits write their target's
// name as it brands itself, /Simplii/, /ATB/, /National/; no brand's
// name as a word of a folder, a word of English or not, /chase/; no
// webmail's or kit's folder, kitFolderPage; not the site's root),
// posted bare or in a message that talks plainly of it and names no
// brand. A kit linked by its index page under such a folder
// (/cashflows/index.html, /steinbeck/index.html) then reads as the kit
// linked by its folder does, which its sender could as well have
// posted: of the training lists' test split's 6,868 phishing URLs with
// a path, 155 end in an index page, 138 of them flagged posted bare;
// read so, 13 lose a level (9 to allow), bare or beside plain words,
// none beside a lure's. Of the VerdictDump's messages 148 lose a level,
// all phishing links posted bare or beside plain words, none below the
// level its folder's link has on 7456297. Run time only: the trainer
// fits the combiner on the model's readings as they are.

// indexPageFrom is the link model's logit from which indexPageReading
// looks at a link: below it the reading changes no verdict.
const indexPageFrom = 2

// indexPageReading returns a link's signals with a folder's index page
// read no higher than the folder's link.
func (c *Classifier) indexPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || sig[model.SigModel] < indexPageFrom || readsBrand(&sig) || sig[model.SigShortener] > 0 {
		return sig
	}
	folder, ok := indexFolder(l.Path)
	if !ok || folder == "/" || !contentPage(l) || !docPage(l, info, k.brands) || namedBrandFolder(l, info, k) {
		return sig
	}
	if kf, b := kitFolderPage(l, info, k); kf != "" || b != nil {
		return sig
	}
	if !k.postedBare() && (!k.talksPlainlyOf(l) || k.namesBrand()) {
		return sig
	}
	f := *l
	f.Path = folder
	pf := scratchFeatures()
	model.PathFeatures(&f, pf)
	fsig := sig
	fsig[model.SigModel] = model.ClampModel(float64(c.linkLogit(info, pf)))
	featuresPool.Put(pf)
	if f.Scheme == "http" {
		// the folder's link read as a plain-HTTP link is (http22)
		fsig = c.plainHTTPReading(&f, info, fsig, k)
	}
	sig[model.SigModel] = min(sig[model.SigModel], fsig[model.SigModel])
	return sig
}

// indexFolder returns the folder of a path that ends in a folder's
// index page written out (index.html or index.htm, in lower case), with
// its slash: /gebbdoom/ of /gebbdoom/index.html.
func indexFolder(path string) (string, bool) {
	for _, page := range [...]string{"/index.html", "/index.htm"} {
		if folder, ok := strings.CutSuffix(path, page); ok {
			return folder + "/", true
		}
	}
	return "", false
}

// builtinBrandWords are the lower-case names and spellings of the
// protected brands (brand.Protected), of four letters or more, a word of
// English or not (chase, tangerine, apple): the brand matcher leaves
// such words out as a kit's folder is read elsewhere, by the link model.
var builtinBrandWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, b := range brand.Protected() {
		for _, w := range append(b.Spellings(), strings.ToLower(b.Name)) {
			if len(w) >= 4 && allLetters(w) {
				m[w] = true
			}
		}
	}
	return m
}()

// namedBrandFolder reports a path with a brand's name as a word of a
// folder, a word of English or not (/chase/, /apple/): a kit's folder
// named for its target, which docPage's brands (words that are no
// English word) leave to the link model.
func namedBrandFolder(l *linkx.Link, info *hostInfo, k *knowledge) bool {
	found := false
	for seg := range strings.SplitSeq(strings.Trim(l.Path, "/"), "/") {
		forSegmentWords(seg, func(w string) bool {
			if len(w) >= 4 {
				b := k.brands.Named(w, math.MaxInt)
				found = b != nil && b != info.official || b == nil && builtinBrandWords[w] && info.official == nil
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}
