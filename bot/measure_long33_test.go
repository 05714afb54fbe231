package bot_test

import "testing"

// The thirty-third session's set (harv33, 2026-12-04): links on small
// and older sites that nobody on the project wrote, the held-out side of
// internal/gen/benignurls's harvest — Go modules' documents and comments,
// Debian packages' files, npm packages' READMEs and this machine's
// documents — on hosts that no split trains on (the SHA-256 of the bare
// host begins a-f, or gen.Held holds out the host or its registrable
// name), so the link model never learned them from
// cmd/train/benign-urls.txt (the tuning side). Popular domains (the
// training data's top 5,000) and every host the phishing lists name are
// left out: what is left is the long tail, personal and university
// pages, old project sites, bug trackers, papers, blogs. One link a host
// and one host a registrable domain, posted as the line of text it stood
// in when that reads as an English sentence around the one link, else
// bare. It stands in for issue #9's "≤ 0.2 % of links in ordinary English
// tech chat flagged" where fp32 found most tech false alarms: the link
// model alone reading an unknown site's page as a kit's. Held out:
// counts only, never read line by line, never with MEASURE_SHOW.

// TestMeasureLong33HeldOut measures long33h.txt as counts only and fails
// when a change flags more of its lines than main did when it landed (a
// regression guard: nothing is tuned to these lines).
func TestMeasureLong33HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 98 of 2,000 flagged on 16f64ee, 13d37bb and 802da31 (54 warned, 44 deleted), 2,002
		// links: 4.9 %, against issue #9's 0.2 %
		{measureSet{"long33h.txt", false}, 0, 98},
	})
}
