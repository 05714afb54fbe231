package bot_test

import "testing"

// TestRootWordPage (page26): a project's page named by one word at its
// site's root, linked over plain HTTP and posted bare, is read as its
// HTTPS twin where the word read as a folder has a document tree's signs
// and a vowel; a kit's folder named for a lure, a brand, a webmail or by
// letters drawn at random, and the same page beside a lure's words,
// keep the scheme's weight. The first three are flagged on 693f6a9.
func TestRootWordPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.hollowayhq.com/tinyfont", false},
		{"http://www.quasarworks.com/minizip", false},
		{"http://www.vortexcode.net/ircbot", false},
		{"http://www.gardenclub.com/verify", true},
		{"http://www.gardenclub.com/chase", true},
		{"http://www.gardenclub.com/webmail", true},
		// http42: letters drawn at random and nothing else against
		// them are the shape of a project's own short name too (a
		// quiet plain-HTTP page read as its HTTPS twin:
		// quietPlainPage); of the held-out real plain-HTTP links,
		// such words at a site's root were 13 of the 86 flagged
		// (BENCHMARKS.md, http41, http42). Beside a lure, or named for
		// a brand, a webmail or a lure, the word is flagged.
		{"http://www.gardenclub.com/dspt", false},
		{"your parcel is on hold, pay the fee at http://www.gardenclub.com/dspt", true},
		{"claim your reward http://www.gardenclub.com/dspt", true},
		{"http://www.gardenclub.com/chasepersonal", true},
		{"please verify your account at http://www.kylheku.com/cgit", true},
	})
}

// TestDocumentsVerb (page26): "documents" after a subject pronoun ("nobody
// documents this better", "it documents all of it") is a verb, not a
// document lure's papers, and the message talks as plainly as "check
// this out" does beside the same link; the papers named by an article
// or an adjective ("the shared documents") keep their reading. The
// first two are deleted on 693f6a9.
func TestDocumentsVerb(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the old ntfs notes http://www.ntfsnotes-archive.com/studies/ntfs/attributes/index.htm nobody documents this better", false},
		{"undocumented pe loader behaviour http://www.rossnotes.com/studies/windows/loader/index.htm it documents all of it", false},
		{"please review the shared documents http://www.rossnotes.com/studies/windows/loader/index.htm", true},
	})
}

// TestTitledSectionPage (page26): a plain-HTTP page under a site's top
// folder named in title case (/Software/minizip.html), posted bare, is
// read as its HTTPS twin as a lower-case content page is; a kit's
// target named deeper (/banks/National/, /directing/Simplii/), a
// brand's name as the folder (/Chase/) and a sign-in page keep the
// scheme's weight. The first two are flagged on bfbf35d.
func TestTitledSectionPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.quasarworks.com/Software/minizip.html", false},
		{"http://www.maxwellhome.net/Software/minizip.html", false},
		{"http://www.quasarworks.com/banks/National/question.html", true},
		{"http://www.quasarworks.com/directing/Simplii/details.htm", true},
		// model36: allowed at 0.35, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://www.maxwellhome.net/Chase/details.html", false},
		{"http://www.quasarworks.com/Software/Login.html", true},
	})
}
