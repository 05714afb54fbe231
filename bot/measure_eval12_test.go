package bot_test

import "testing"

// The twelfth sets (testdata/measure/eval12-*, 2026-12-05) were written
// blind by a helper (eval12) who had read none of the earlier sets, lure or
// brand lists, benchmarks, docs or rule code (only the eleventh sets' test
// file, for the layout, and readMeasureSet, for the line format), from
// general knowledge of how such messages looked in 2024–2026, and were
// committed before anything was run on them; an automated check that
// printed only counts dropped every line already in another set and every
// duplicate (23 lines: 13 tech, 2 malware, 8 scam domains). In the English
// tech chat, about 1,010 lines were joined by a script from 464
// hand-written link-and-topic pairs (232 to popular sites, 232 to
// long-tail ones: DevOps and SRE with incident write-ups and status
// pages, databases and query engines, compilers and language design,
// embedded, Rust and Zig, home-lab and self-hosting, security research
// and CTF and bug-bounty write-ups, data engineering, LLM and ML
// tooling, web3 developers' docs, audits and testnets, retro computing
// and emulators, keyboards and hardware hacking, open-source governance
// and funding, job posts, Linux distributions, editor and terminal
// setups, speedrunning and game engines) and 124 sentence frames, each
// pair used two or three times, the script dropping the scheme from a
// tenth of the links and making a twenty-fifth http; the other 493 lines
// (about a third) were written whole (install one-liners in backticks,
// release downloads of .tar.gz, .deb, .AppImage, .dmg, .msi and .exe
// files from real projects' sites, log-in pages of real services,
// innocent "free", "claim", "giveaway", "airdrop", "verify" and
// "urgent", two links in a line, angle brackets, markdown links, bare
// hosts, http, conference, mirror and forge pages). The other sets were
// written line by line: benign Vietnamese messages with links on the real
// organisations' domains (banks, e-wallets, carriers, shops, couriers,
// airlines, government services, schools, hospitals, news, events, local
// SaaS, OTP notices), with and without diacritics; Vietnamese smishing;
// malware download URLs and messages; English phishing chat from
// hijacked accounts; and never-seen scam domains, bare. Every attacker
// host was invented (the malware set also abuses real file hosts and
// cloud buckets). Nobody tunes on them: TestMeasureEval12 logs what each
// set gets and holds them to no threshold; it fails only on a malformed
// line. With MEASURE_SHOW=1 it logs every line with its level, score and
// reasons (WRONG marks a benign line flagged or a scam allowed).
var eval12Sets = []measureSet{
	{"eval12-en-tech.txt", false},
	{"eval12-vi-benign.txt", false},
	{"eval12-vi-smishing.txt", true},
	{"eval12-malware-urls.txt", true},
	{"eval12-en-phish.txt", true},
	{"eval12-scam-domains.txt", true},
}

// TestMeasureEval12 logs, for each twelfth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval12(t *testing.T) {
	t.Parallel()
	measureSets(t, eval12Sets, true)
}
