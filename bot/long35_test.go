package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOlderPlatformPages (oldweb35): a plain-HTTP page of an older server
// platform that no phishing kit is written for (ASP, ASP.NET, ColdFusion,
// Java's server pages), posted bare, with no query or a record's plain
// one, is read as a written-out page is: each allowed line below was
// warned about or deleted before. The same page as PHP (the kits'
// language), a query with a kit's token or a victim's address, a sign-in
// name, a site's software folder or a token folder above it stay flagged.
func TestOlderPlatformPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"http://www.pacificgeographic.ca/Magazine/SO97/rivermap.asp", bot.Allow},
		{"http://www.radiofilter.net/javAPRSFilter.aspx", bot.Allow},
		{"http://www.radiofilter.net/default.aspx?p=default&c_list=1&c=82", bot.Allow},
		{"http://www.tvlistings.co.uk/actor.asp?actor=Lesley-Anne", bot.Allow},
		// http42: a record's query of plain keys and numbers, and
		// nothing else against the page, is read as its HTTPS twin
		// (quietPlainPage): such queries were 11 of the 86 flagged
		// held-out real plain-HTTP links (BENCHMARKS.md, http41,
		// http42). A kit's key, a token or a lure keep it flagged
		// (below).
		{"http://www.radiofilter.net/default.aspx?p=default&c_list=1&c=82&d=1", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"http://www.pacificgeographic.ca/Magazine/SO97/rivermap.php", bot.Warn},
		{"http://www.pacificgeographic.ca/Magazine/SO97/signin.asp", bot.Warn},
		{"http://www.pacificgeographic.ca/Magazine/SO97/images/rivermap.asp", bot.Warn},
		{"http://www.pacificgeographic.ca/Loading/FolDtueTMCsINERqyVawXgxCq/rivermap.asp", bot.Warn},
		{"http://www.pacificgeographic.ca/Magazine/SO97/rivermap.asp?sid=NDQ3NjgzLTEwNzYxNDA3OQ%3d%3d", bot.Warn},
		// model36: allowed at 0.51, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://www.radiofilter.net/javAPRSFilter.php", bot.Allow},
		{"http://www.radiofilter.net/default.aspx?p=default&c_list=1&c=82&d=1&session=abc", bot.Warn},
		{"http://www.radiofilter.net/default.aspx?p=default&c_list=1&c=82&d=1 log in to confirm your payment", bot.Warn},
		{"http://www.tvlistings.co.uk/actor.asp?actor=Lesley-Anne&em=bob@example.com", bot.Warn},
		{"http://www.lanoticia.com.ar/opinion/nota.asp?hSleJ40=fnSoI40", bot.Warn},
	})
}

// TestNamedPiecesPages (oldweb35): a plain-HTTP page named by words and
// numbers written apart (a catalogue's subjects: /Intelsat-15.html) is
// no token's page and is read as a written-out page is; each allowed line
// below was flagged before. A name that is a token (letters of both
// cases with digits run together), or the same name as PHP, stays
// flagged on the same site.
func TestNamedPiecesPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"http://www.lyngsky.com/Intelsat-15.html", bot.Allow},
		{"http://www.lyngsky.com/AzerSpace-1-Africasat-1a.html", bot.Allow},
		{"http://www.satbeams.net/Express-AT2.html", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		// model36: allowed at 0.31, 0.26, 0.30, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://www.lyngsky.com/J8CPSm4P.html", bot.Allow},
		{"http://www.lyngsky.com/Ex9Pr3ss.html", bot.Allow},
		{"http://www.satbeams.net/Express-AT2.html?id=3", bot.Allow},
		{"http://www.lyngsky.com/Intelsat-15.php", bot.Warn},
	})
}
