package bot_test

import "testing"

// TestNamedScriptPage (oldweb28): a page named for what it holds, in a
// folder of an older site, linked over plain HTTP as a script
// (/unix/portscout.php, /software/ogrview.php, /~jens/unix/…,
// /projects/starRunner.php) and posted bare or talked of plainly, is
// read as its static HTTPS twin (namedPageReading). A kit's page named
// for a step of its form or a sign-in (step2, details, index, login,
// verify), numbered, of too few letters or a token, filed under
// initials, capitals, a document lure's word, a site's software folder
// or a brand, at the site's root, under a kit's shared-hosting account,
// with a query, written disguised or beside a lure's words is read as
// before. The first five are deleted on 0971a59.
func TestNamedScriptPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.ankerlund.org/unix/portscout.php", false},
		{"http://www.brandtwerk.de/software/ogrview.php", false},
		{"http://www.ankerlund.org/~jens/unix/portscout.php", false},
		{"http://www.arkwrightlabs.co.uk/projects/starRunner.php", false},
		{"http://www.fennick.org/hacks/bitpacker.php", false},
		// http42: a record's page with its id (/dir.php?eid=67) and a
		// script at a site's root (/doku.php) are how older projects'
		// pages are linked over plain HTTP; read as their HTTPS twins
		// when nothing else speaks against them (quietPlainPage),
		// they were 16 of the 86 flagged held-out real plain-HTTP
		// links (BENCHMARKS.md, http41, http42). A query with a kit's
		// key or a token, a brand's name as the page and a lure
		// beside the link keep them flagged.
		{"http://www.ankerlund.org/unix/portscout.php?id=3", false},
		{"http://www.ankerlund.org/unix/portscout.php?id=3&email=bob", true},
		{"http://www.ankerlund.org/unix/portscout.php?id=fnSoI40", true},
		{"http://www.ankerlund.org/unix/step2.php", true},
		{"http://www.ankerlund.org/unix/index.php", true},
		{"http://www.ankerlund.org/unix/login.php", true},
		{"http://www.ankerlund.org/unix/verify.php", true},
		{"http://www.ankerlund.org/unix/aut.php", true},
		{"http://www.ankerlund.org/unix/portscout2.php", true},
		{"http://www.ankerlund.org/unix/J8CPSm4P.php", true},
		{"http://www.ankerlund.org/unix/PortScout.php", true},
		{"http://www.ankerlund.org/unix/eFinancial.php", true},
		{"http://www.ankerlund.org/bb/portscout.php", true},
		{"http://www.ankerlund.org/ADP/portscout.php", true},
		{"http://www.ankerlund.org/adobe/portscout.php", true},
		{"http://www.ankerlund.org/wp-content/portscout.php", true},
		{"http://www.ankerlund.org/chase/portscout.php", true},
		{"http://www.ankerlund.org/portscout.php", false}, // http42, as ?id=3 above
		{"verify your account at http://www.ankerlund.org/portscout.php", true},
		{"http://www.ankerlund.org/chase.php", true},
		{"http://www.ankerlund.org/~e3fxdqqgwhw8/unix/portscout.php", true},
		{"hxxp://www.ankerlund[.]org/unix/portscout.php", true},
		{"verify your account at http://www.ankerlund.org/unix/portscout.php", true},
	})
}
