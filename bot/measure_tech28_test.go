package bot_test

import "testing"

// The twenty-eighth session's sets (tech28w, 2026-12-03), written by hand
// without reading the rules, the lists or earlier sets' lines, each
// committed before anything was run on it: benign chat in Discord/Telegram
// groups, every message holding a link, aimed at the long tail where a
// link judge is most likely to err. Each set was split by a rule fixed
// before any measurement: the host of a line's first link after refanging
// (hxxp to http; [.], (.), [dot], (dot) to a dot; [:] and [/] to : and /),
// user info and port dropped, lowercased, a leading www. removed; the
// first hex digit of its SHA-256 is 0-9 for the tuning half and a-f for
// the held-out half, so every site sits on one side only. tech28-oldweb:
// older personal, academic and hobby sites (~user and course pages, old
// .php/.htm pages and forums, mailing list archives, ham radio,
// retrocomputing, electronics, demoscene, math and physics, often plain
// HTTP). tech28-sec: defenders' security-channel talk (defanged
// indicators, IOC lists, sandbox, VirusTotal and urlscan links, CVE
// advisories, detection rules, analysis of phishing the team received;
// attack infrastructure only defanged or inside analysis links).
// tech28-crypto: node operators' and wallet library developers' chat
// (clients, EIPs and BIPs, explorers, testnets and faucets, RPC
// providers, audits; no scams). tech28-files: file and build links
// (release assets, images and mirrors, package repositories, CI
// artifacts, buckets and share links, install scripts, game mods,
// firmware and drivers). The tuning halves are held to what main reached
// when they landed; the held-out halves are held to the same as counts
// only.
var tech28TuningSets = []tunedSet{
	// 4 of 237 flagged on 0971a59 (1 warned, 3 deleted), holding 4 of
	// 254 links: old hobby pages over plain HTTP with .htm and .aspx paths
	// (a ham radio antenna calculator, a test-gear repair page, an S-100
	// board page) and a programming book's site, read by the link model
	// as phishing patterns.
	{measureSet{"tech28-oldwebt.txt", false}, 0, 4},
	// 7 of 225 flagged on 0971a59 (5 warned, 2 deleted), holding 14 of
	// 267 links: analysts' defanged indicators (a kit path on a hacked
	// WordPress site, a macro's template fetched from a .top host, a C2
	// panel on a bare IP, a fake download site, lookalikes written with
	// (dot) and (.), an IOC with spaced dots) read as disguised links,
	// phishing patterns or a download name. 6 (5 warned, 1 deleted, 12
	// links) since defang31 reads a fetch told of a program ("the macro
	// fetches hxxp://…[.]top/tpl.dotm") as naming a payload's source;
	// 5 (4 warned, 1 deleted, 11 links) with fp32's one mild word in
	// plain chat kept out of the message stage; 4 (4 warned, 0 deleted,
	// 10 links) since sec34 reads a page shown as an example ("on hacked
	// wordpress sites, e.g. hxxp://…") as talk.
	{measureSet{"tech28-sect.txt", false}, 0, 4},
	// 12 of 262 flagged on 0971a59 (6 warned, 6 deleted), holding 12 of
	// 268 links: Bitcoin and Ethereum project sites (bitcoincore.org,
	// bitcoinops.org, delvingbitcoin.org, ethernodes.org, ethereum.org
	// next to a "never paste a seed phrase" reminder), Polkadot's wiki and
	// apps, two protocol sites and a signing library's readthedocs page,
	// read by the link model as crypto scam names. 10 (4 warned, 6
	// deleted) on 16164b3; 9 (3 warned) with fp32's one mild word in
	// plain chat kept out of the message stage ("delving bitcoin thread");
	// 6 (3 warned, 3 deleted, 6 links) with crypto32's reading of a
	// project's own site named in developer talk with no lure
	// (ethernodes.org, stratumprotocol.org, ark-protocol.org); 4 (2
	// warned, 2 deleted) with brand34's Polkadot, whose own wiki and
	// polkadot.js.org apps are official now
	{measureSet{"tech28-cryptot.txt", false}, 0, 4},
	// 10 of 278 flagged on 0971a59 (9 warned, 1 deleted), holding 11 of
	// 288 links: files on official hosts, buckets and share sites (an
	// install .ps1 on dot.net, an OpenBSD install image, a BIOS ISO, CI
	// artifacts, zips on R2, Azure Blob and MediaFire) read as dangerous
	// downloads. 7 (7 warned) on f2c9b5f; 6 with cite30's Linux build's
	// archive in an anonymous bucket (game-server-linux.zip on R2); 4 (4
	// warned, 5 links) with files32's downloads the message names (the
	// BIOS image on download.lenovo.com beside "lenovo BIOS iso", the
	// server pack on R2 beside "the server resource pack"); 3 (3 warned,
	// 4 links) with files33's continuous integration's artifacts (a
	// CircleCI job's app.apk, noted as a repository's build)
	{measureSet{"tech28-filest.txt", false}, 0, 3},
}

// TestMeasureTwentyEighthTechTuningSets holds tech28-oldwebt.txt,
// tech28-sect.txt, tech28-cryptot.txt and tech28-filest.txt (benign: at
// most the flagged count main reached); MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureTwentyEighthTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech28TuningSets)
}

// TestMeasureTwentyEighthTechHeldOutSets measures tech28-oldwebh.txt,
// tech28-sech.txt, tech28-cryptoh.txt and tech28-filesh.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of their lines than main did when they landed
// (a regression guard: nothing is tuned to these lines).
func TestMeasureTwentyEighthTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 4 of 199 flagged on 0971a59, 212 links; 3 at the end of session
		// 31 (16164b3)
		{measureSet{"tech28-oldwebh.txt", false}, 0, 3},
		// 3 of 110 flagged on 0971a59, 133 links
		{measureSet{"tech28-sech.txt", false}, 0, 3},
		// 10 of 119 flagged on 0971a59, 122 links; 9 at the end of session
		// 32 (fa2b05e)
		{measureSet{"tech28-cryptoh.txt", false}, 0, 9},
		// 4 of 132 flagged on 0971a59, 137 links; 3 at the end of session
		// 32 (fa2b05e)
		{measureSet{"tech28-filesh.txt", false}, 0, 3},
	})
}
