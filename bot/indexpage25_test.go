package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestIndexPagesReadAsTheirFolder (page25): a folder's index page written
// out on a small or older site (in a language's copy too, and under a
// user's home folder), posted bare or in plain talk, reads as the
// folder's link does. Each was flagged on 7456297 by the link model
// alone (the 4-grams of "/index.html"), its folder allowed.
func TestIndexPagesReadAsTheirFolder(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"https://fabiensanglard.net/gebbdoom/index.html", false},
		{"https://www.fileformat.info/info/unicode/char/200b/index.htm", false},
		{"zero width joiner details https://www.fileformat.info/info/unicode/char/200d/index.htm", false},
		{"http://www.fileformat.info/info/unicode/char/200b/index.htm", false},
		{"https://www.chokkan.org/software/liblbfgs/index.html", false},
		{"https://bombay.indology.info/software/fonts/devanagari/index.html", false},
		{"http://timday.com/share/evolvotron/index.htm", false},
		{"http://la-samhna.de/samhain/index.html", false},
		// a language's copy of the index page, a user's home folder
		{"http://www.chokkan.org/software/simstring/index.html.en", false},
		{"http://www.lesfleursdunormal.fr/static/informatique/editobj/index_en.html", false},
		{"http://opencircuitdesign.com/~tim/programs/dclock/index.html", false},
		{"http://www.unixuser.org/~ueno/software/treil/index.html", false},
	})
}

// TestIndexPageKitsKept (page25): what an attacker writes with an index
// page stays flagged: a brand's name as a folder (a word of English too:
// /chase/, /outlook/, /steam/), a webmail's folder, the target's name as it
// brands itself (/Simplii/, /National/), a site's software folder, a
// token, a hosting platform or a cheap ending, a page at the site's
// root, and a message with paperwork's or a lure's words or that names a
// brand.
func TestIndexPageKitsKept(t *testing.T) {
	checkFlagged(t, []flagCase{
		// model36: allowed at 0.54, 0.44, 0.33, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.com/chase/index.html", false},
		{"https://gardenclub.com/outlook/index.html", false},
		{"https://gardenclub.com/steam/index.html", false},
		{"https://oakridgecabins.com/mail/index.html", true},
		{"https://porquevotar.com/Videotron/directing/National/index.html", true},
		// model36: allowed at 0.48, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://aryatrack.com/html/banks/Simplii/index.html", false},
		{"https://www.appelts.ca/blog/wp-admin/images/index.htm", true},
		{"https://novahidayat.com/gdddy/godaddy_signin/index.html", true},
		{"https://gofors.icu/off2/att/index.html", true},
		{"https://paper3.duckdns.org/btmailupdatemail/index.html", true},
		// model36: allowed at 0.29, 0.02, 0.29, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.info/index.html", false},
		{"your invoice is ready, view the document http://gardenclub.com/docs/files/index.html", false},
		{"netflix page https://gardenclub.com/members/area/index.html", false},
		{"verify your account now https://mandalahome.es/cashflows/index.html", true},
		{"http://gardenclub.com/~bob/chase/index.html", true},
		{"http://gardenclub.com/~bob/secure/index.html.en", true},
	})
}

// TestIndexPageNoLowerThanFolder (page25): the reading gives an index
// page no lower a level than its folder's link gets in the same message:
// a kit linked by its index page is read as the kit linked by its
// folder, which its sender could post as well.
func TestIndexPageNoLowerThanFolder(t *testing.T) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, link := range []string{
		"https://mandalahome.es/cashflows/index.html",
		"https://frasescertas.com/steinbeck/index.html",
		"http://fyinutrition.com/dspt/index.htm",
		"http://hmrcmeclaim.com/main/index.html",
		"https://fabiensanglard.net/gebbdoom/index.html",
	} {
		for _, shape := range []string{"%s", "check this out %s", "the writeup is here %s lol"} {
			page := strings.Replace(shape, "%s", link, 1)
			folder := strings.Replace(shape, "%s", strings.TrimSuffix(strings.TrimSuffix(link, "index.html"), "index.htm"), 1)
			if p, f := judgeText(c, bot.Telegram, page).Verdict, judgeText(c, bot.Telegram, folder).Verdict; p.Level < f.Level {
				t.Errorf("%q: %s (%.2f), its folder %q: %s (%.2f)", page, p.Level, p.Score, folder, f.Level, f.Score)
			}
		}
	}
}
