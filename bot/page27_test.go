package bot_test

import "testing"

// TestContentPathPage (page27): a page of lower-case words in a folder,
// or a numbered item in one, on a site whose name the link model reads
// close to the warn point, whose path the model reads as adding little,
// is read no higher than the site's root when posted bare or talked of
// plainly (contentPathReading). The same path with a sign-in page, a
// document lure's page, a query, a capital, a site's software folder or
// a brand's folder, written disguised, over plain HTTP, beside a lure's
// words or a brand's name, or on a name a crypto expert reads high is
// read as before. The first four are warned on 2eae101.
func TestContentPathPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://webglfundamentals.org/webgl/lessons/webgl-3d-perspective.html", false},
		{"https://cryptopals.com/sets/3/challenges/17", false},
		{"https://cryptopals.com/sets/3/challenges/17/", false},
		{"the padding oracle one is https://cryptopals.com/sets/3/challenges/17", false},
		{"https://cryptopals.com/sets/3/challenges/17/login.html", true},
		// model36: allowed at 0.37, 0.34, 0.39, 0.39, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://webglfundamentals.org/webgl/lessons/verify.html", false},
		{"https://webglfundamentals.org/webgl/lessons/view.html", false},
		{"https://webglfundamentals.org/webgl/lessons/webgl-3d-perspective.html?id=4", false},
		{"https://webglfundamentals.org/webgl/Lessons/webgl-3d-perspective.html", false},
		{"https://webglfundamentals.org/wp-content/lessons/webgl-3d-perspective.html", true},
		{"https://webglfundamentals.org/chase/lessons/webgl-3d-perspective.html", true},
		// model36: allowed at 0.33, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://webglfundamentals.org/webgl-3d-perspective.html", false},
		// read as before, 0.53 by the link model alone: allowed since
		// alone35; 0.43 since model36, under the line (TestModelAloneTwins
		// holds its score)
		{"https://cryptopals.com/sets/3/challenges/17345", false},
		{"hxxps://webglfundamentals[.]org/webgl/lessons/webgl-3d-perspective.html", true},
		{"http://cryptopals.com/sets/3/challenges/17", true},
		{"claim your airdrop now https://cryptopals.com/sets/3/challenges/17", true},
		{"verify your account here https://webglfundamentals.org/webgl/lessons/webgl-3d-perspective.html", true},
		// model36: allowed at 0.39, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"the paypal lessons https://webglfundamentals.org/webgl/lessons/webgl-3d-perspective.html", false},
		{"https://bitcoinops.org/en/topics/taproot/", false}, // as cryptopals.com/…/17345
	})
}

// TestProgramSectionPage (page27): a program's page in an older site's
// programs section (/software/NAME, /code/NAME), linked over plain HTTP
// and posted bare, is read as its HTTPS twin under the bound a page
// talked of plainly has (programPageReading); a kit's letters drawn at
// random, a sign-in's or a brand's name as the page, a query,
// an index page under it and a lure's words beside it keep the scheme's
// weight. The first four are deleted on 4ef7cbe.
func TestProgramSectionPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.hollowayhq.com/software/tinyfont", false},
		{"http://www.maxwellhome.net/software/lexer", false},
		{"http://www.danielvoss.org/software/spectro", false},
		{"http://www.rossbencina.com/code/oscpack", false},
		// model36: allowed at 0.02, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://www.hollowayhq.com/software/dspt", false},
		{"http://www.hollowayhq.com/software/login", true},
		{"http://www.hollowayhq.com/software/paypal", true},
		// model36: allowed at 0.02, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://www.hollowayhq.com/software/tinyfont?id=3", false},
		{"http://www.hollowayhq.com/software/tinyfont.php", false}, // a program's script page, read as its static twin since oldweb28 (namedPageReading)
		{"http://www.hollowayhq.com/software/tinyfont/index.php", true},
		// model36: allowed at 0.02, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"check your invoice http://www.hollowayhq.com/software/tinyfont", false},
	})
}
