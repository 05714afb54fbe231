package bot_test

import "testing"

// The twenty-fifth session's tech-chat sets (tech25w, 2026-12-03), written
// by hand without reading the rules, the lists or earlier sets, and
// committed (91aec14) before anything was run on them: ordinary English
// chat of developers, sysadmins, students, hobbyists and researchers in
// Discord/Telegram tech groups, every message holding a link, where
// nothing should be flagged. Whole families of a topic are on one side.
// tech25-chatt: retro computing, osdev and low-level personal pages (many
// old plain-HTTP .htm/.php and ~user pages), university systems course
// pages and papers, Windows tools and Linux ISOs from official sites and
// mirrors, AppImage/.deb/.apk downloads, public buckets (S3, GCS, R2,
// Azure blob), preview deployments with generated hostnames, cloud,
// payment and developer consoles with OAuth authorize URLs, homelab
// dashboards on local and raw IP addresses with ports, install
// one-liners, game modding. tech25-chath: electronics, DSP and math
// hobbyist pages, machine-learning and theory lab and course pages with
// dataset downloads, status pages, CI logs and registries, graphics and
// gamedev blogs, bot development with (fake) bot tokens and webhook URLs,
// Ethereum developer tooling, pastes, playgrounds and shorteners. The
// tuning half is held to what main reached when it landed; the held-out
// half is held to the same as counts only.
var tech25TuningSets = []tunedSet{
	// 12 of 541 flagged on 7456297 (8 warned, 4 deleted), holding 15 of
	// 596 links: pages of small personal and project sites read by the
	// link model alone, archives and installers on official hosts and
	// public buckets, a raw IP address with a port. 10 (6 warned, 4
	// deleted, 13 links) with dl25's bucketArchive: a dataset's and a
	// model's archives in public buckets, named as data and dated, are
	// noted. 8 (6 warned, 2 deleted, 11 links) with dl26's siteInstaller
	// and plainHTTPBuild (read since dl42 by httpBuildTwin): cygwin.com's
	// setup-x86_64.exe named by the message, tightvnc.com's versioned
	// build over plain HTTP. 7 (6
	// warned, 1 deleted, 10 links) with page26's "documents" read as a
	// verb after a subject pronoun ("nobody documents this better"). 6
	// (5 warned, 1 deleted, 7 links) with dl26's sentence reading of
	// spaced dots: "dm me your ign. map is live" holds no link
	{measureSet{"tech25-chatt.txt", false}, 0, 6},
}

// TestMeasureTwentyFifthTechTuningSets holds tech25-chatt.txt (benign: at
// most the flagged count main reached); MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureTwentyFifthTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech25TuningSets)
}

// TestMeasureTwentyFifthTechHeldOutSets measures tech25-chath.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of its lines than main did when it landed (a
// regression guard: nothing is tuned to these lines).
func TestMeasureTwentyFifthTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 8 of 354 flagged on 7456297 (2 warned, 6 deleted), holding 8
		// of 387 links; 7 (5 deleted) at the end of session 31 (16164b3)
		{measureSet{"tech25-chath.txt", false}, 0, 7},
	})
}
