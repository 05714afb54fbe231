package bot_test

import "testing"

// The thirty-second session's sets (tech32w, session 32, 2026-12-04),
// written by hand without reading the rules, the lists, the model or
// earlier sets' lines (only the tech30 tuning halves' header lines and
// measure_tech30_test.go), each committed before anything was run on it:
// ordinary chat in Discord, Telegram and IRC groups, every message
// holding a link, of kinds the earlier sets cover thinly. Each set was
// split by the rule tech30 fixed before any measurement: the host of a
// line's first http(s) link (or, for a line with none, of its first bare
// host name followed by a path), user info and port dropped, lowercased,
// a leading www. removed; the first hex digit of its SHA-256 is 0-9 for
// the tuning half and a-f for the held-out half, so every site sits on
// one side only. tech32-mobile: mobile app developers (Android, iOS,
// Flutter, React Native and Kotlin Multiplatform docs, Play Console, App
// Store Connect, TestFlight and Firebase console links, store listings,
// beta and ad hoc build links, package registries, CI and signing tools,
// crash reporting, push, deep links, device labs and proxies).
// tech32-gamedev: game developers and modders (engine docs, asset stores
// and free asset libraries, itch.io pages, devlogs and jams, Steamworks,
// Steam store, workshop and community pages, mod sites, managers, loaders
// and wikis, art, audio and map tools, shaders, netcode references).
// tech32-cloud: data engineers and cloud operators (AWS, Google Cloud and
// Azure docs and console links, SSO portals and sign-in pages, presigned
// object links, Terraform and OpenTofu registries, Helm charts, container
// registries, orchestrators, streaming, lakehouse and warehouse docs, BI
// and observability tools, status pages, a made-up company's internal
// hosts). tech32-oss: open-source maintainers and Linux desktop users
// (releases and changelogs, sponsor and donation pages, funds and
// conferences, Matrix, Zulip, IRC and Discourse rooms, mailing lists,
// distribution packaging from Debian to FreeBSD, Flathub, AUR, Copr and
// PPAs, language registries, translation platforms, licences, security
// advisories, tech press, ISO downloads and mirrors). The tuning halves
// are held to what main reached when they landed; the held-out halves
// are held to the same as counts only.
var tech32TuningSets = []tunedSet{
	// 1 of 216 flagged on 16164b3 (1 warned, 0 deleted), holding 1 of
	// 218 links: an app's Android app-links file under /.well-known/ on
	// its own hyphenated two-word .app domain (acme-notes.app), read by
	// the link model as a phishing pattern for the folder, where the
	// site's root passes. 0 with tech32w's wellKnownReading: a site's
	// registered metadata file is read no higher than its root.
	{measureSet{"tech32-mobilet.txt", false}, 0, 0},
	// 0 of 178 flagged on 16164b3, 181 links: engine docs, asset stores,
	// itch.io, Steam and mod sites are allowed.
	{measureSet{"tech32-gamedevt.txt", false}, 0, 0},
	// 0 of 184 flagged on 16164b3, 190 links: cloud consoles, SSO
	// portals, presigned links, registries and internal hosts are allowed.
	{measureSet{"tech32-cloudt.txt", false}, 0, 0},
	// 0 of 174 flagged on 16164b3, 183 links: sponsor and donation pages,
	// chat rooms, packaging sites and mirrors are allowed.
	{measureSet{"tech32-osst.txt", false}, 0, 0},
}

// TestMeasureThirtySecondTechTuningSets holds tech32-mobilet.txt,
// tech32-gamedevt.txt, tech32-cloudt.txt and tech32-osst.txt (benign: at
// most the flagged count main reached); MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureThirtySecondTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech32TuningSets)
}

// TestMeasureThirtySecondTechHeldOutSets measures tech32-mobileh.txt,
// tech32-gamedevh.txt, tech32-cloudh.txt and tech32-ossh.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of their lines than main did when they landed
// (a regression guard: nothing is tuned to these lines).
func TestMeasureThirtySecondTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 0 of 74 flagged on 16164b3, 75 links
		{measureSet{"tech32-mobileh.txt", false}, 0, 0},
		// 0 of 98 flagged on 16164b3, 105 links
		{measureSet{"tech32-gamedevh.txt", false}, 0, 0},
		// 0 of 74 flagged on 16164b3, 74 links
		{measureSet{"tech32-cloudh.txt", false}, 0, 0},
		// 0 of 91 flagged on 16164b3, 95 links
		{measureSet{"tech32-ossh.txt", false}, 0, 0},
	})
}
