package bot_test

import "testing"

// talk46's sets (session 46, 2026-12-06): security talk showing a
// homograph bare, defanged, in quotes or backticks, beside the real
// domain or its xn-- form, or written with a scheme and nothing more
// (talkt/h); and homoglyph links written live with a scheme that carry
// more than the homograph — a sign-in or wallet path, a brand above
// another's registrable domain (gіthub.com-auth.site), a cheap ending —
// with the trick's words added ("(that's a Cyrillic і)", "punycode
// btw") to pass as that talk (attackt/h). Written by hand by talk46,
// attacker hosts invented: the tuning halves (…t) were tuned on, the
// held-out halves (…h) measured once at the end. On main 4589fd9
// attackt was flagged 2 of 25, attackh 0 of 11, talkt 4 of 38 and talkh
// 2 of 15 (those six are flagged for what they say beside the link —
// "open", "e.g.", "vs", "do not open" — as before); at the pass's end
// 25, 11, 4 and 2.
var talk46Sets = []tunedSet{
	{measureSet{"talk46-talkt.txt", false}, 0, 4},
	{measureSet{"talk46-attackt.txt", true}, 25, 0},
}

// TestMeasureTalk46Tuning holds talk46's tuning sets to what talk46
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTalk46Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, talk46Sets)
}

// TestMeasureTalk46HeldOut holds talk46's held-out sets, read as counts
// only, to what the pass counted at its end: a regression guard.
func TestMeasureTalk46HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"talk46-talkh.txt", false}, 0, 2},
		{measureSet{"talk46-attackh.txt", true}, 11, 0},
	})
}
