package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A page named for what it holds, in a folder of an older personal,
// academic or small project's site, linked over plain HTTP or as a
// script (http://www.mavetju.org/unix/dnstracer.php,
// http://www.frantz.fi/software/g3data.php,
// http://www.kyne.com.au/~mark/software/lua-cjson.php,
// http://www.sparetimelabs.com/tinyprintf/tinyprintf.php,
// http://www.parallelrealities.co.uk/projects/virusKiller.php): how
// Debian's Homepage fields, READMEs and tech chat name a program whose
// author keeps its page on a site of the 1990s and 2000s. The link
// model reads the scheme (+3.6 logits over HTTPS, the trainer's written
// benign links being all HTTPS) and the script's ending (.php adds 0.5
// to 1.2 over the same page written .html) from the phishing feeds of
// years when kits ran without TLS as scripts on compromised sites, and
// such pages were deleted at 0.93 to 0.99 where the same page written
// https://…/dnstracer.html passes. plainPageReading reads a plain-HTTP
// page only where it is a static one written in lower case
// (staticPage, contentPage), for a script or a bare word is how a kit
// on a compromised site is reached; programPageReading a program's
// section page with no script.
//
// What a kit's page has and such a page has not is in the path's words
// and shape, not its scheme or ending: a kit's page is named for a
// step of its form or for a site's machinery (index.php, step2.php,
// details.php, question.php, profile.html, redirect.php, another.php,
// newdir.php; kitFormPages), numbered (next1.php, surf3.php) or made of
// too few letters to be a name (aut.php, ipn.php, BOB.htm), and filed
// under its target's initials or name as it brands itself (/bb/, /td/,
// /ADP/, /TJS/, /BTinter/, /MTBdetails.htm), under a document lure's
// word (/adobe/, /pdf/, /document/), a site's software folder, a token,
// a sign-in piece, a lure's, scheme's, paperwork's or brand's word
// (docPage and deepKitPath read those). A program's page is named for
// the program.
//
// namedPageReading reads a link as its static HTTPS twin (written
// https://, a script's .php written .html), where that twin is under
// namedPageMax, when the link is written as it is (not defanged or
// hidden), with no query, plain HTTP or a .php script, posted bare or
// talked of plainly with no brand named, and its path, read from a
// user's home where it starts at one (userTree: /~mark/), is a named
// page (namedPage) with a document tree's signs (docPage: no lure's,
// scheme's, kit's or paperwork's word, no sign-in piece, token, site
// software folder or brand, no hosting platform, dynamic DNS name or
// cheap ending; namedBrandFolder; kitFolderPage).
//
// What it gives up: of the training lists' test split's 5,855 phishing
// URLs over plain HTTP or ending .php, .htm or .html, none loses a level
// posted bare, beside ten plain and two lure framings (70,260), or
// defanged five ways (29,275). Of all 90,246 URLs of the lists (every
// split) 17 lose a level, bare and beside rev19's attacks on the
// document readings ("here are the docs I mentioned:", "the details",
// "the writeup", …), none of the test split: kits whose page is named
// by random letters (isifsrrp.php, toufik.php), in Dutch or Portuguese
// (gegevens.php, consultanome.php), geocities.ws members' pages and a
// spam page, on a compromised site whose name reads low, each to the
// level its static HTTPS twin reads. Written onto 8,000 of the test
// split's phishing domains, five program pages lose 11,043 of 40,000
// probes a level, each where the static twin already reads at the lower
// level; /software/login.php and /unix/verify.php lose nothing
// (oldweb28). Run time only: the trainer fits the combiner on the
// model's readings as they are.

// namedPageMax is the link model's logit of a page's static HTTPS twin
// under which namedPageReading reads the page as that twin: below the
// combiner's warn point (about 3.6) by the margin a sender's first link
// adds (+0.1 to the score, about 0.4 logits at the warn point) and a
// cheap ending's share (.info).
const namedPageMax = 3

// namedPageReading returns a link's signals with a named page of an
// older site, linked over plain HTTP or as a script, read as its static
// HTTPS twin where that twin reads under namedPageMax.
func (c *Classifier) namedPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || l.Disguised || l.Hidden || l.Query != "" || sig[model.SigModel] < docPageFrom || readsBrand(&sig) ||
		sig[model.SigShortener] > 0 || l.Scheme != "http" && !strings.HasSuffix(l.Path, ".php") {
		return sig
	}
	// the signs of a kit are read of the page's tree, from a user's
	// home folder where it starts at one (/~mark/software/…)
	tree := *l
	tree.Path = userTree(l.Path)
	if !namedPage(tree.Path) || !plainTree(&tree, info, k) || !k.postedPlainly(l) {
		return sig
	}
	twin := *l
	twin.Scheme = "https"
	if stem, ok := strings.CutSuffix(twin.Path, ".php"); ok {
		twin.Path = stem + ".html"
	}
	pf := scratchFeatures()
	model.PathFeatures(&twin, pf)
	logit := c.linkLogit(info, pf)
	featuresPool.Put(pf)
	if logit < namedPageMax {
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	}
	return sig
}

// namedPage reports a path that is a page named for what it holds, in a
// folder: a written-out page or a script (.html, .htm, .php) under one
// folder or two (a program's page sits near the top of a personal
// site's tree, where a kit unpacked on a compromised site sits deep:
// /ron/rom/ready/rate/read/sets.php, /definitions/auto/china/cameo.php),
// each of three characters or more with a vowel, as
// words have (a kit's random or keyboard-run letters have none: /jhgft/,
// /cmbg/), and not in capitals alone (a kit files its pages under its
// target's initials, /bb/, /td/, /ADP/), none a document lure's word (/adobe/, /pdf/, /document/:
// docLurePageWords); lower case but for a first folder named in title
// case (/Software/) and a page named in lower camel case (virusKiller,
// doomClassicRenderer; namedCase); the page's name of four letters or
// more, not ending in a digit (a kit numbers its steps and copies:
// step2.php, next1.php, 23.htm), not a token (tokenPage), and neither
// it nor a word of it or of its folders a step of a kit's form or a
// page of a site's machinery (kitFormPages) or a sign-in's word
// (credentialWords: /notice/suspended.php, /mail/settings.php).
func namedPage(path string) bool {
	slash := strings.LastIndexByte(path, '/')
	if slash <= 0 {
		return false
	}
	page := path[slash+1:]
	dot := strings.LastIndexByte(page, '.')
	if dot <= 0 {
		return false
	}
	switch page[dot+1:] {
	case "html", "htm", "php":
	default:
		return false
	}
	stem := page[:dot]
	if last := stem[len(stem)-1]; last >= '0' && last <= '9' {
		return false
	}
	letters := 0
	for i := 0; i < len(stem); i++ {
		if c := stem[i] | 0x20; c >= 'a' && c <= 'z' {
			letters++
		}
	}
	if letters < 4 || kitFormPages[strings.ToLower(stem)] || tokenPage(path) || !namedCase(path) {
		return false
	}
	if strings.Count(path[1:slash], "/") > 1 {
		return false // three folders or more: a kit unpacked deep in a compromised site's tree
	}
	for seg := range strings.SplitSeq(path[1:slash], "/") {
		if len(seg) < 3 || strings.ToUpper(seg) == seg || !strings.ContainsAny(seg, "aeiouyAEIOUY") || docLurePageWords[strings.ToLower(seg)] {
			return false
		}
	}
	// no word of the folders or the page a step of a kit's form, a page
	// of a site's machinery or a sign-in's (credentialWords): a kit
	// files its pages under its target's service (/office/access.php,
	// /mail/settings.php) or its scare (/notice/suspended.php) (rev28)
	formed := false
	forSegmentWords(path[1:slash]+"/"+stem, func(w string) bool {
		formed = kitFormPages[w] || credentialWords.has(w)
		return !formed
	})
	return !formed
}

// kitFormPages are the names a phishing kit gives the pages of its form
// and of the site machinery it fakes, in lower case: the steps a victim
// is walked through (index, step, next, details, question, profile,
// identity, billing, card, confirm, complete, success, thanks), the
// pages it posts to and sends on from (process, submit, send, redirect,
// loading, wait), and the rest of a kit's pages that name no subject
// (home, main, default, error, info, another, newdir, readme,
// recaptcha); fullz is carders' word for a victim's whole record. A
// program's or an article's page is named for its subject.
var kitFormPages = setOf("index", "default", "error", "step", "next", "mail", "home", "main", "details", "detail",
	"info", "information", "identity", "question", "questions", "profile", "check", "redirect", "viewer", "view", "page",
	"contact", "admin", "blocked", "processing", "process", "post", "pin", "phone", "telefone", "personal", "loading",
	"direct", "office", "document", "email", "inicio", "ingreso", "rand", "done", "success", "complete", "finish",
	"thanks", "submit", "send", "confirm", "wait", "billing", "card", "readme", "dating", "another", "newdir",
	"recaptcha", "fullz", "logging")

// namedCase reports a path in lower case but for a first folder named
// in title case, four letters or more (/Software/, /Resources/), and a
// page named in lower camel case (namedCamel: virusKiller): kits write
// their target's name as it brands itself (/BTinter/, /Maerskk/,
// MTBdetails.htm, eFinancial.php, LinkedIn.php).
func namedCase(path string) bool {
	segs := strings.Split(path[1:], "/")
	for i, seg := range segs {
		switch {
		case strings.ToLower(seg) == seg:
		case i == 0 && len(segs) > 1 && len(seg) >= 4 && seg[0] >= 'A' && seg[0] <= 'Z' && strings.ToLower(seg[1:]) == seg[1:]:
		case i == len(segs)-1 && strings.IndexByte(seg, '.') > 0 && namedCamel(seg[:strings.LastIndexByte(seg, '.')]):
		default:
			return false
		}
	}
	return true
}

// namedCamel reports a name in lower camel case as programmers name
// things: a lower-case word of four letters or more, then words each a
// capital and two lower-case letters or more (virusKiller,
// doomClassicRenderer; not eFinancial, wbmEdu, LinkedIn).
func namedCamel(s string) bool {
	first := true
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			n++
		case c >= 'A' && c <= 'Z':
			if first && n < 4 || !first && n < 2 {
				return false
			}
			first = false
			n = 0
		default:
			return false
		}
	}
	return !first && n >= 2
}
