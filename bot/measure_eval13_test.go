package bot_test

import "testing"

// The thirteenth sets (testdata/measure/eval13-*) were written blind by a
// helper (eval13) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the twelfth sets' test file,
// for the layout, and readMeasureSet with the measureSet type, for the
// line format), from general knowledge of how such messages looked in
// 2024–2026, and were committed before anything was run on them; an
// automated check that printed only counts dropped every line already in
// another set and every duplicate (30 lines: 5 tech, 5 benign Vietnamese,
// 3 malware, 17 scam domains). In the English tech chat, 867 lines were
// joined by a script from 790 hand-written link-and-topic pairs (488 to
// popular sites: GitHub, GitLab, Stack Overflow and its sister sites,
// language, framework, cloud and platform docs, YouTube, Wikipedia, Hacker
// News, Reddit, Medium, dev.to, npm, PyPI, crates.io, pkg.go.dev, vendor
// blogs, status pages, issue trackers, Google Docs, Drive and Colab,
// Figma, Notion, Discord invites to real project servers, Zoom, Meet and
// Jitsi; 302 to long-tail ones: personal and small-project blogs,
// conference and university pages, mailing-list archives, Mastodon,
// Codeberg, sourcehut and self-hosted forges) and 128 sentence frames,
// each pair used once and about one in ten twice, the script dropping
// the scheme from a tenth of the links and making about one in
// twenty-five http; the other 671 lines were written whole (code in
// backticks, two links in a line, markdown and angle-bracket links, bare
// hosts, http, query strings and fragments, trailing punctuation, long
// paragraphs, long-tail hosts on .sh, .so, .app, .tech, .page, .blog,
// .xyz and country endings, and innocent "free", "claim", "giveaway",
// testnet "airdrop", "verify", "urgent", "download", "update", real CVE
// security alerts, billing-API "invoice" and wallet-SDK "wallet"). Its
// topics: mobile (Android, iOS, Flutter, React Native), frontend and CSS,
// accessibility and i18n, scientific computing and HPC clusters,
// bioinformatics, GIS and maps, robotics and ROS, audio and DSP, FPGA,
// 3D printing and CAD, networking (BGP, DNS, IPv6, Wi-Fi), observability,
// browser extensions, game dev and modding, data viz, teaching CS,
// interviews and careers, open-data portals, API design, payments and
// auth docs, and AI coding tools. The other sets were written line by
// line: benign Vietnamese messages with links on real organisations'
// domains (banks, e-wallets, carriers, shops, couriers, airlines,
// government services, schools, hospitals, news, events, utilities,
// insurance, ride-hailing, food delivery, ticketing), with and without
// diacritics; Vietnamese smishing (VNeID, tax refunds, electricity and
// water bills, traffic fines, customs fees on parcels, task and job
// scams, loan apps, fake bank and government apps as .apk, social
// insurance, prizes, relatives in hospital, fake shop orders, banks and
// e-wallets); malware download URLs and short lures (invented hosts, raw
// IPs, abused real file hosts and cloud buckets, fake-captcha commands in
// backticks, fake drivers and AI tools); English phishing chat from
// hijacked accounts (including lookalike, brand-as-prefix, punycode,
// free-hosting and defanged links); and never-seen scam domains, bare.
// Every attacker host was invented (the malware and phishing sets also
// abuse real file hosts, free hosting and link shorteners). Nobody tunes
// on them: TestMeasureEval13 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a benign
// line flagged or a scam allowed).
var eval13Sets = []measureSet{
	{"eval13-en-tech.txt", false},
	{"eval13-vi-benign.txt", false},
	{"eval13-vi-smishing.txt", true},
	{"eval13-malware-urls.txt", true},
	{"eval13-en-phish.txt", true},
	{"eval13-scam-domains.txt", true},
}

// TestMeasureEval13 logs, for each thirteenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval13(t *testing.T) {
	t.Parallel()
	measureSets(t, eval13Sets, true)
}
