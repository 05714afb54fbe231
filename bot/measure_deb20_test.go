package bot_test

import "testing"

// The twentieth session's sets (coordinator, 2026-12-03): links and text
// nobody on the project wrote, taken from Debian's package indexes by
// testdata/measure/debian20 — every binary package's homepage and the
// AppStream metadata's homepage, bug-tracker, help, FAQ and donation
// pages (deb-home20t/h, one URL a line, posted bare), and the paragraphs
// of the English long descriptions that hold a link (deb-text20t/h,
// tech prose with links as a maintainer writes it). Each site is on one
// side only. The tuning halves are held to what the session reached; the
// held-out halves are only logged.
var debian20TuningSets = []tunedSet{
	// 160 flagged on f5f763d (56 deleted); 111 (42 deleted) with model20's
	// link model, which learns from this file's host names (cmd/train
	// -debian): a count of what it fits, not of what it generalizes to
	// (its held-out half, deb-home20h, is that); 103 (38 deleted) with
	// look21's reading of a look-alike that says something else in words
	// (magiclen.org no longer Magic Eden's: 8 lines); 75 (26 deleted)
	// with http22's reading of a plain-HTTP page of content as its HTTPS
	// twin (/software/pyo/, /mytoolz.htm); 71 (26 deleted) with page25's
	// folder's index page read as its folder (/software/liblbfgs/index.html),
	// 66 (23 deleted) with its language's copies (index.html.en) and
	// index pages under a user's home folder (/~tim/…/index.html); 54
	// (23 deleted) with page26's project page named by one word at its
	// site's root, posted bare (http://gittup.org/tup); 52 with its
	// page under a top folder named in title case (/Software/msort.html)
	{measureSet{"deb-home20t.txt", false}, 0, 52},
	// 37 on f5f763d (21 deleted); 20 (10 deleted) with tech20's reading
	// of a documentation site's page named by an import path
	// (godoc.org/github.com/owner/repo: 17 lines); 18 (8 deleted) with
	// model20's link model taught Debian's homepages; 16 (8 deleted) with
	// tech21's reading of prose that names its link beside one mild lure
	// word (a Debian package, client support, verification of signatures);
	// 14 (7 deleted) with http22's plain-HTTP content pages; 13 (7
	// deleted) with page26's root words; 12 (7 deleted) with cite30's
	// plain-HTTP page cited in technical prose that names it
	{measureSet{"deb-text20t.txt", false}, 0, 12},
}

// TestMeasureTwentiethDebianTuningSets holds deb-home20t.txt and
// deb-text20t.txt to what the session reached; MEASURE_SHOW=1 logs the
// lines judged wrongly.
func TestMeasureTwentiethDebianTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, debian20TuningSets)
}

// TestMeasureTwentiethDebianHeldOutSets measures deb-home20h.txt and
// deb-text20h.txt, read once at the end of a pass as counts only, and
// fails when a change flags more of them than main did at the end of the
// twenty-first session (a regression guard: nothing is tuned to these
// lines, and the bounds are lowered only by a pass's end-of-pass count).
func TestMeasureTwentiethDebianHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 130 of 17,559 on 7707885, 114 (44 deleted) on a9943ab and ce759cd,
		// 81 (37 deleted) with http22's plain-HTTP content pages, 80 (36
		// deleted) on 7456297, 76 (34 deleted) with page25's index pages
		// read as their folders, 70 (34 deleted) with page26's root words,
		// 67 (34 deleted) with its top folders named in title case
		{measureSet{"deb-home20h.txt", false}, 0, 67},
		// 17 of 868 on 7707885, 12 (8 deleted) on ce759cd, 11 (7 deleted)
		// with blog22's blog posts read as their blog's homepage; 10 (7
		// deleted) at the end of session 32 (fa2b05e)
		{measureSet{"deb-text20h.txt", false}, 0, 10},
	})
}
