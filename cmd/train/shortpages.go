package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// shortPageShare is -shortpages: the share of popular domains the
// trainer writes one short document page on (generateShortPages; 0:
// none).
var shortPageShare = 0.0

// shortPageFolders is -shortfolders: generateShortPages writes pages one
// folder down (/dc/dce.html, /gc/index.htm) as well as at the root. With
// -shortfolders=false it writes root pages only (/avg.html), the shape
// whose weighing is the model's mistake (565 phishing to 5 benign in
// the train split), and leaves alone /folder/index.html, which kits
// unpacked onto compromised sites are reached by: on the validation
// split phishing URLs fell 76.28 -> 75.78 % flagged, not 75.17 %, but
// en-tech16t fell only 20 -> 11, not 8 (BENCHMARKS.md, kit19).
var shortPageFolders = true

// generateShortPages writes the short document pages personal and older
// sites serve at their root or one folder down (/avg.html, /dc/dce.html,
// /flamegraphs.html, /opengl/gl_projection.html, /gc/index.htm), over HTTPS, on a
// share of the popular domains. The trainer's other written URLs have
// none of this shape (their pages at the root are hyphenated slugs), and
// the harvest holds a handful (weight 5 of the train split's benign
// URLs, against 565 of phishing URLs: /login.html, /verify.html,
// /user.html on addresses and free hosts), so the model learned the
// shape itself as a kit's. Off by default: it halves the tech sets'
// flagged lines but loses one or two lines of each attack set
// (BENCHMARKS.md, model18). short18's rules (bot/classify_shortpage.go)
// bring those lines back, but 21 attack cases of the unit tests (kits'
// pages at a compromised site's root, /zimbra/, zalo-otp.net beside a
// stolen code, a brand's readthedocs site beside a lure) and 1.4 points
// of the test split's phishing URLs (74.0 % -> 72.6 % flagged) stay lost,
// so it stays off (BENCHMARKS.md, short18). kit19's rules
// (bot/classify_kitpage.go) bring back the kit folders, root sign-in
// pages and zalo-otp.net, but read with those rules on both sides the
// switch still costs the test split's phishing URLs 75.05 -> 73.62 %
// (-shortfolders=false: 74.41 %) and leaves root document pages
// (/documents.html), .info pages and a brand's readthedocs site beside
// a lure lost (BENCHMARKS.md, kit19). The page names are
// words of topics and abbreviations of this trainer's own list, none of
// them a lure or scheme word of the names lexicon (TestShortPageWords),
// so what the model learns is that the shape alone does not tell, and a
// kit's /login.html still reads by its word. It draws from its own
// stream and is deterministic for a seed.
func generateShortPages(benign []Example, share float64, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 11))
	var out []Example
	eachSampled(benign, share, r, func(b *Example) {
		host := b.Link.Domain
		if r.IntN(2) == 0 {
			host = "www." + host
		}
		if l, ok := linkx.Parse("https://" + host + shortPagePath(r)); ok {
			out = append(out, Example{Link: l, Source: SrcBenignGen, Split: b.Split})
		}
	})
	return out
}

var (
	// shortTopics are the topics personal and older sites name their
	// pages and folders by.
	shortTopics = strings.Fields(`avg essays lisp hackers wealth taste startups simple design history compression
		graphics opengl raytracing shaders fonts unicode kernel memory cache sorting hashing parsing compilers regex
		networking tcp audio physics math algebra calculus primes chess music maps weather recipes garden books
		reading flame graphs perf tracing latency doom quake engine renderer sprites pixels demo demos projects
		papers talks writing notes research teaching photos trips code software hacks tools utils misc old archive
		gc dc dsp fft crc lzw huffman bzip zlib png gif jpeg midi ascii utf char proj matrix vector quaternion
		bezier spline collision particles terrain voxel ray march lambda monads types closures macros scheme forth
		smalltalk prolog haskell ocaml erlang plan9 unix bsd posix shell awk sed make emacs vim tex latex troff`)
	shortExts = []string{"html", "html", "html", "htm", "htm", "shtml", "txt"}
)

// shortPagePath returns a short document page's path: a topic (or two
// run together) at the root or under one short folder, with a
// document's ending. No bare folders (/gc/) nor endless words: kits'
// /owa/ and /login read by that shape (a first build with them lost
// those lines of rev13's and the smishing sets).
func shortPagePath(r *rand.Rand) string {
	name := pick(r, shortTopics)
	switch r.IntN(4) {
	case 0:
		name += pick(r, shortTopics)
	case 1:
		name += fmt.Sprint(r.IntN(100))
	}
	if !shortPageFolders {
		return "/" + name + "." + pick(r, shortExts)
	}
	switch r.IntN(5) {
	case 0, 1, 2:
		return "/" + name + "." + pick(r, shortExts)
	case 3:
		return "/" + pick(r, shortTopics) + "/" + name + "." + pick(r, shortExts)
	}
	return "/" + pick(r, shortTopics) + "/index." + pick(r, []string{"html", "htm"})
}
