package bot_test

import "testing"

// en-phish13r.txt is rev13's attack on det13's fifth tech pass
// (2026-12-02): the phishing and droppers a scammer would send through the
// loosenings it made — credentials written in front of a host that pass
// for no place (a brand a letter off, a service's short name, a bank's or
// a state app's word), plain-HTTP links to documents, premium lure names
// over http, hosted words a letter off a brand under a lure's path — in
// English and Vietnamese. Lines 1-60 were written before the rules'
// conditions were read, 61-85 after reading the plain-HTTP rule's, all
// before any fix ran on them: 82 of 85 flagged at the pass's start
// (20e9430), 77 after it (aed6ee1), 78 with rev13's fix (a brand written
// a digit off before the @ passes for the brand again: zal0@…). Left:
// role names before the @ (helpdesk@, voicemail@) and plain-HTTP
// documents under a mild lure (see BENCHMARKS #9, rev13). 81 until
// model36, whose link model (taught small sites' real pages) gives up six
// lines; paperworkPage, widened to office documents on ordinary sites and
// public raw addresses beside paperwork's words, takes four back (79):
// given up, the mailbox-full lure on a raw address's /owa/ with a user
// name (0.37) and the party photos on lakeside-camp.org's gallery (0.03).
// rev36 reads only a document named for paperwork alone, handed to the
// reader on a named site: still 79 (the scan-to-mail Scan_00231.pdf read,
// the .top resume_john.pdf not; prices.xls warned, not deleted).
var review13rSets = []tunedSet{
	{measureSet{"en-phish13r.txt", true}, 79, 0},
}

// TestMeasureReview13r holds the attack set to what the fix reached;
// MEASURE_SHOW=1 lists the misses.
func TestMeasureReview13r(t *testing.T) {
	t.Parallel()
	holdTuned(t, review13rSets)
}
