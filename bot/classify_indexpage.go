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
// pastes are linked so: 12 of the 16 such links flagged in the tuning
// halves (fabiensanglard.net, fileformat.info, chokkan.org) pass read as
// their folders, and so do a language's copies of an index page
// (/simstring/index.html.en, /editobj/index_en.html) and index pages under
// a user's home folder (/~tim/programs/dclock/index.html), whose signs
// are read from the home (userTree); the rest hold a sign-in piece
// (/pub/security/), a folder in capitals, a long subdomain or a hosting
// platform, and keep their reading.
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
	if !ok {
		return sig
	}
	// the signs of a kit are read of the page's tree as written with
	// index.html, from a user's home folder where it is one
	tree := *l
	tree.Path = userTree(folder) + "index.html"
	if tree.Path == "/index.html" || !contentPage(&tree) || !plainTree(&tree, info, k) || !k.postedPlainly(l) {
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
// index page written out, with its slash: /gebbdoom/ of
// /gebbdoom/index.html. The page is index.html or index.htm in lower
// case, or its copy in a language a server chooses by the reader's
// (index.html.en, index.en.html, index_en.html: two lower-case
// letters).
func indexFolder(path string) (string, bool) {
	slash := strings.LastIndexByte(path, '/')
	if slash < 0 {
		return "", false
	}
	page := path[slash+1:]
	stem, ext, ok := strings.Cut(page, ".")
	if !ok {
		return "", false
	}
	switch {
	case stem == "index" && (ext == "html" || ext == "htm"):
	case stem == "index" && strings.HasPrefix(ext, "html.") && lowerPair(ext[len("html."):]):
	case stem == "index" && strings.HasPrefix(ext, "htm.") && lowerPair(ext[len("htm."):]):
	case stem == "index" && strings.HasSuffix(ext, ".html") && lowerPair(ext[:len(ext)-len(".html")]):
	case strings.HasPrefix(stem, "index_") && lowerPair(stem[len("index_"):]) && (ext == "html" || ext == "htm"):
	default:
		return "", false
	}
	return path[:slash+1], true
}

// lowerPair reports two lower-case ASCII letters: a language's code.
func lowerPair(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// userTree returns a folder with a user's home folder at its start
// (/~tim/programs/dclock/, a university's or an older host's page of a
// member) read from that home: /programs/dclock/. The home's name is
// letters alone, as people are named; a kit's shared-hosting account
// (/~e3fxdqqgwhw8/, /~globlkc1/) is not, and is read as written.
func userTree(folder string) string {
	rest, ok := strings.CutPrefix(folder, "/~")
	if !ok {
		return folder
	}
	name, tail, ok := strings.Cut(rest, "/")
	if !ok || len(name) < 2 || len(name) > 16 || !allLetters(name) {
		return folder
	}
	return "/" + tail
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
