package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A page of writing on a small site whose name the link model reads
// close to the warn point (webglfundamentals.org +2.48, cryptopals.com
// +2.63, where the combiner warns from about 3.6). Its path, a page of
// lessons or a numbered exercise under folders of words
// (/webgl/lessons/webgl-3d-perspective.html +1.91,
// /sets/3/challenges/17 +1.14), adds what any path on a name the model
// does not know adds (the trainer's benign examples are mostly
// popular domains' roots and projects' links, its phishing URLs kits'
// paths), and the pair is warned where the site's root passes
// (en-tech19t: 3 lines on 2eae101). The path's logit alone does not
// tell the two apart over HTTPS: of the test split's 174 HTTPS phishing
// URLs with a document tree's shape (docPage), 89 have paths that add 2
// or less (the median adds 1.96; over plain HTTP the scheme alone adds
// +3.6). What does is the shape a kit's page has and a page of writing
// has not, and the name: a kit on a name of its own reads as its name
// does, and one on a compromised site whose name reads low stays under
// the warn point with a path that adds little.
//
// contentPathReading reads such a link no higher than its site's root
// (the host's logit, or its crypto expert's where higher: a drainer's
// name the expert reads high stays read so whatever its path), where
// the path adds little (mildPathMax) and has a content page's shape:
// a document tree's signs (docPage: no lure's, scheme's, kit's or
// paperwork's word, no sign-in piece, token or brand, no hosting
// platform, dynamic DNS name or cheap ending), a page of lower-case
// words in a folder (contentPage and staticPage: a folder or a
// written-out .html/.htm/.shtml/.txt page, not a script or a bare word;
// or a numbered item, /challenges/17, under such folders), no brand's
// name as a folder's word (namedBrandFolder) and no webmail's or kit's
// folder (kitFolderPage); not over plain HTTP (plainHTTPReading reads
// those), not written disguised or hidden (the disguise's weight stacks
// on the model's: read so, 8 of 37,850 defanged test-split phishing
// URLs fell to allowed), posted bare or in a message that talks plainly
// of it and names no brand. A single page at the site's root is no
// tree's page (/enrollment.html on a card kit's own name: 3 of the test
// split's phishing URLs fell to allowed when it was read so).
//
// What it gives up: none of the training lists' test split's 7,570
// phishing URLs, posted bare or beside ten framings, loses a level.
// Written onto the test split's phishing domains, the two paths of the
// tuning lines' shape lose 4,544 of 275,795 probes a level, each
// where the same domain's root link already reads at the lower level
// on 2eae101: the reading never goes below the root, which a scam on a
// name of its own can link as well. Run time only: the trainer fits
// the combiner on the model's readings as they are (page27).

// mildPathMax is the most the link model's path may add to a site's
// root for contentPathReading to read the page as the root: about what
// a page of words under two folders adds on a name the model does not
// know, half the combiner's warn point; a wider bound (3, 4) read no
// further tuning line so.
const mildPathMax = 2

// contentPathReading returns a link's signals with a content page on a
// site of its own read no higher than the site's root, where its path
// adds little.
func (c *Classifier) contentPathReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || l.Scheme == "http" || l.Disguised || l.Hidden || sig[model.SigModel] < docPageFrom || readsBrand(&sig) ||
		sig[model.SigShortener] > 0 || !contentTreePage(l) || !plainTree(l, info, k) || !k.postedPlainly(l) {
		return sig
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	path := c.link.Logit(pf)
	featuresPool.Put(pf)
	if path <= 0 || path > mildPathMax {
		return sig
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(siteRootLogit(info))))
	return sig
}

// contentTreePage reports a path that is a content page in a folder:
// lower-case words (contentPage) ending in a folder or a written-out
// page (staticPage: /webgl/lessons/webgl-3d-perspective.html), or a
// numbered item, one to four digits, in such folders
// (/sets/3/challenges/17), and not named for a document to open or
// the program to open it with (docLurePage: view.htm, file.html). A
// single page or word at the site's root is none.
func contentTreePage(l *linkx.Link) bool {
	slash := strings.LastIndexByte(l.Path, '/')
	if slash <= 0 {
		return false
	}
	if contentPage(l) && staticPage(l.Path) {
		// a page named for a document to open is a document lure's
		// (/docs/document/view.htm), in a folder as at the root
		return !docLurePage(l.Path[slash:])
	}
	item := l.Path[slash+1:]
	if item == "" || len(item) > 4 || strings.Trim(item, "0123456789") != "" {
		return false
	}
	folder := *l
	folder.Path = l.Path[:slash+1]
	return contentPage(&folder)
}

// A program's page in an older site's programs section, linked over
// plain HTTP (http://arminstraub.com/software/krop,
// http://www.rossbencina.com/code/oscpack,
// http://www.artofsolving.com/opensource/jodconverter): how Debian's
// Homepage fields and READMEs name a program whose author files it under
// the section of a personal site. plainHTTPReading reads a bare
// plain-HTTP path as its HTTPS twin only under plainHTTPMax (1), and the
// page ends in a word, not a written-out page, so plainPageReading does
// not read it (staticPage: /minuses/mdp is how the 2020 lists' kits on
// compromised sites are reached); its twin reads 1 to 2.5 and it was
// warned or deleted (deb-home20t: 4 lines on 4ef7cbe). page26 read any
// such word ending as its twin under bounds of 1.5 to 3 and lost 13 to
// 27 of the test split's phishing URLs posted bare: kits' folders are
// named by anything.
//
// programPageReading reads such a link as its HTTPS twin under the bound
// a page talked of plainly has (plainHTTPTalkMax), where the path is two
// segments, the first a section older sites file their programs under
// (programSections, lower case as written) and the second a program's
// name (a lower-case word with a vowel, rootWord; a folder, a bare name
// or a written-out .html/.htm page, not a script), the program's folder
// has a document tree's signs (contentPage, docPage: no lure's, kit's,
// paperwork's or sign-in word, no brand, token, hosting platform or
// cheap ending; namedBrandFolder; kitFolderPage), posted bare, written as
// it is (not defanged or hidden), with no query. What it gives up: none
// of the 90,273 phishing URLs of the training lists (every split) loses
// a level, posted bare or beside "here are the docs I mentioned:", nor
// any of the test split's beside ten framings or defanged; written onto
// the test split's phishing domains over plain HTTP
// (/software/krop, /code/oscpack, /opensource/jodconverter,
// /projects/tempfile-rs/), 12,404 of 127,290 probes lose a level, each
// where the same link over HTTPS already reads at the lower level on
// 4ef7cbe: an HTTPS twin that passes tells an attacker nothing (http22).
// Run time only (page27).

// programSections are the names older personal and project sites give
// the section they file their programs under (/software/krop,
// /code/oscpack, /opensource/jodconverter, /projects/tempfile-rs), in
// lower case.
var programSections = setOf("software", "projects", "project", "code", "opensource", "programs", "progs", "tools", "hacks")

// programPage reports a path that is a program's page in its site's
// programs section: /SECTION/NAME, /SECTION/NAME/ or /SECTION/NAME.html
// (.htm), SECTION one of programSections, NAME a lower-case word with a
// vowel (rootWord: krop, oscpack, tempfile-rs; not a kit's letters drawn
// at random, /dspt/).
func programPage(path string) bool {
	rest, ok := strings.CutPrefix(path, "/")
	if !ok {
		return false
	}
	section, name, ok := strings.Cut(rest, "/")
	if !ok || !programSections[section] {
		return false
	}
	name = strings.TrimSuffix(name, "/")
	if stem, ok := strings.CutSuffix(name, ".html"); ok {
		name = stem
	} else if stem, ok := strings.CutSuffix(name, ".htm"); ok {
		name = stem
	}
	return rootWord("/" + name)
}

// programPageReading returns a plain-HTTP link's signals with a
// program's page in its site's programs section, posted bare, read as
// its HTTPS twin under plainHTTPTalkMax.
func (c *Classifier) programPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || l.Scheme != "http" || l.Disguised || l.Hidden || sig[model.SigModel] < rootWordFrom || readsBrand(&sig) || sig[model.SigShortener] > 0 ||
		sig[model.SigAbusedTLD] > 0 || l.Query != "" || !programPage(l.Path) || !k.postedBare() {
		return sig
	}
	// the page read as a folder of a document tree, whose signs docPage
	// reads
	tree := *l
	if page := tree.Path[strings.LastIndexByte(tree.Path, '/')+1:]; page != "" {
		if dot := strings.LastIndexByte(page, '.'); dot >= 0 {
			tree.Path = tree.Path[:len(tree.Path)-len(page)+dot]
		}
		tree.Path += "/"
	}
	if !contentPage(&tree) || !plainTree(&tree, info, k) {
		return sig
	}
	if logit := c.httpsTwinLogit(l, info); logit < plainHTTPTalkMax {
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	}
	return sig
}
