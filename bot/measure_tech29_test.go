package bot_test

import "testing"

// The twenty-ninth session's sets (tech29w, 2026-12-04), written by hand
// without reading the rules, the lists or earlier sets' lines, each
// committed before anything was run on it: ordinary chat in Discord and
// Telegram developer, sysadmin and hobby groups, every message holding a
// link, of kinds the earlier sets cover thinly. Each set was split by a
// rule fixed before any measurement: the host of a line's first http(s)
// link, user info and port dropped, lowercased, a leading www. removed;
// the first hex digit of its SHA-256 is 0-9 for the tuning half and a-f
// for the held-out half, so every site sits on one side only
// (github.com falls in the tuning halves, huggingface.co in the held-out
// ones). tech29-ml: data science and machine learning (Hugging Face
// models, spaces and datasets, model files, Kaggle, Colab, arXiv and
// conference pages, W&B reports, dataset downloads, library and GPU
// cloud docs). tech29-game: mobile and game development (TestFlight and
// Play testing links, APK, AAB, IPA and desktop builds of the members'
// own projects, itch.io, Steam store, Steamworks and Workshop pages,
// engine docs, asset stores, mod sites). tech29-homelab: homelab and
// self-hosting (admin pages on private addresses and .local names, own
// domains, DuckDNS, Tailscale, Cloudflare Tunnel and ngrok links,
// Proxmox, TrueNAS, Home Assistant and self-hosted apps' docs).
// tech29-edu: university courses and hobby electronics (course pages on
// university sites and ~user folders, handouts and datasheets as PDF,
// Arduino, ESP32 and RP2040 libraries, KiCad projects and firmware files,
// ham radio, keyboards, retrocomputing). The tuning halves are held to
// what main reached when they landed; the held-out halves are held to
// the same as counts only.
var tech29TuningSets = []tunedSet{
	// 2 of 275 flagged on d620293 (1 warned, 1 deleted), holding 2 of 285
	// links: a researcher's newsletter on a subdomain of his name and an
	// old essay's .html page on a personal site over plain HTTP, both read
	// by the link model as phishing patterns.
	{measureSet{"tech29-mlt.txt", false}, 0, 2},
	// 0 of 282 flagged on d620293, 286 links: TestFlight and Play testing
	// links, own APK/AAB/IPA builds, itch.io and Steam pages are allowed.
	{measureSet{"tech29-gamet.txt", false}, 0, 0},
	// 0 of 297 flagged on d620293, 308 links: admin pages on private
	// addresses, own domains, DuckDNS and tunnel links are allowed.
	{measureSet{"tech29-homelabt.txt", false}, 0, 0},
	// 2 of 270 flagged on d620293 (2 warned), holding 2 of 271 links: a
	// hyphenated board-reference site and an instrument vendor's firmware
	// page with "service" in its path, read by the link model as phishing
	// patterns. 1 with fp32's one mild word in plain chat kept out of
	// the message stage (the firmware download page).
	{measureSet{"tech29-edut.txt", false}, 0, 1},
}

// TestMeasureTwentyNinthTechTuningSets holds tech29-mlt.txt,
// tech29-gamet.txt, tech29-homelabt.txt and tech29-edut.txt (benign: at
// most the flagged count main reached); MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureTwentyNinthTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech29TuningSets)
}

// TestMeasureTwentyNinthTechHeldOutSets measures tech29-mlh.txt,
// tech29-gameh.txt, tech29-homelabh.txt and tech29-eduh.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of their lines than main did when they landed
// (a regression guard: nothing is tuned to these lines).
func TestMeasureTwentyNinthTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 2 of 170 flagged on d620293 (1 warned, 1 deleted), 172 links
		{measureSet{"tech29-mlh.txt", false}, 0, 2},
		// 1 of 103 flagged on d620293 (1 warned), 107 links
		{measureSet{"tech29-gameh.txt", false}, 0, 1},
		// 0 of 102 flagged on d620293, 104 links
		{measureSet{"tech29-homelabh.txt", false}, 0, 0},
		// 0 of 119 flagged on d620293, 121 links
		{measureSet{"tech29-eduh.txt", false}, 0, 0},
	})
}
