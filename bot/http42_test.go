package bot_test

import "testing"

// TestQuietPlainHTTPPage (http42): a plain-HTTP page of which nothing but
// its scheme speaks, posted bare, is read as its HTTPS twin
// (quietPlainPage): a word, a script or a written-out page at a site's
// root, a script deeper with a record's query. The first five are
// flagged on 7576af1 (the first four are real links of deb-home20t and
// en-tech15t). A script deeper reached bare (a kit unpacked in a folder:
// /rent/index.php), a query with a kit's key or an escape, a service
// folder, a numbered step, paperwork's words or a lure written disguised
// beside the link, and lure words in the site's name keep the scheme's
// weight.
func TestQuietPlainHTTPPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://hyperrate.com/dir.php?eid=67", false},
		{"http://tildeslash.com/libzdb", false},
		{"http://www.pwnable.kr/play.php", false},
		{"http://keith-wood.name/countdown.html", false},
		{"http://www.hollowayhq.com/rent/index.php?id=3", false},
		{"http://www.hollowayhq.com/rent/index.php", true},
		{"http://www.hollowayhq.com/libzdb?cmd=login", true},
		{"http://www.hollowayhq.com/libzdb?p=a%40b", true},
		{"http://www.hollowayhq.com/mail/dir.php?eid=67", true},
		{"http://www.hollowayhq.com/step2.php", true},
		{"http://www.hollowayhq.com/libzdb your invoice is attached", true},
		{"c-l-a-i-m y-o-u-r r-e-w-a-r-d http://www.gardenclub.com/dspt", true},
		{"C L A I M http://www.gardenclub.com/dspt", true},
		{"http://bonus-coupons-online.com/action", true},
	})
}
