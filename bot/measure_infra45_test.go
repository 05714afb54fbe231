package bot_test

import "testing"

// infra45's sets (session 45, 2026-12-05): phishing aimed at the people
// who run servers and build software (fake Docker Hub, Hugging Face,
// OpenAI and ChatGPT, Anthropic, cloud and hosting, registrar, hosting
// panel, NAS, VPN gateway, forge and package-registry sign-ins, bills,
// keys, renewals and suspensions; a service's own host flattened with
// hyphens under another ending; one letter off a service's name; IT
// admins' notices with no brand) on invented attacker hosts, and a tech
// chat's links to the same services (their real hosts, the projects named
// after them, real hyphenated domains), written by hand by infra45 and
// split by the SHA-256 of the first link's host (0-7 tuning, 8-f held
// out). On main (69fbc97) attackt was flagged 68 of 121, attackh 72 of
// 129, techt 0 of 148, techh 0 of 119; the services protected at run
// time, a brand beside its notices' words, their long names slipped by
// a letter and IT admins' notices take attackt to 115 and attackh to
// 121, and leave both tech halves at 0.
var infra45Sets = []tunedSet{
	{measureSet{"infra45-techt.txt", false}, 0, 0},
	{measureSet{"infra45-attackt.txt", true}, 115, 0},
}

// TestMeasureInfra45Tuning holds infra45's tuning sets to what infra45
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureInfra45Tuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, infra45Sets)
}

// TestMeasureInfra45HeldOut holds infra45's held-out sets, read as
// counts only, to what the pass counted at its end: a regression guard
// (nothing is tuned to their lines).
func TestMeasureInfra45HeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"infra45-techh.txt", false}, 0, 0},
		{measureSet{"infra45-attackh.txt", true}, 121, 0},
	})
}
