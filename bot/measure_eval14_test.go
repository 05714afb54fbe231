package bot_test

import "testing"

// The fourteenth sets (testdata/measure/eval14-*) were written blind by a
// helper (eval14) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the thirteenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type and
// measureLink, for the line format), from general knowledge, and were
// committed before anything was run on them; an automated check that
// printed only counts dropped every line already in another set and every
// duplicate (34 lines: 8 tech, 1 benign Vietnamese, 6 malware, 19 scam
// domains, the scam domains then topped up with 20 more that the check
// kept). The English tech chat is the chat of an older, sysadmin- and
// self-hosting-leaning community (IRC channels, mailing lists, forums and
// Discord/Matrix rooms of Linux distributions, the BSDs, homelab, retro
// computing, C, C++, Perl, Tcl and Lisp, embedded, ham radio and SDR,
// networking, databases, Emacs and Vim, TeX, compilers, the demoscene,
// the kernel and university and HPC computing, 2008–2026), with a large
// share of plain http (617 of 1,485 lines hold "http://": old posts,
// university and ~user pages, mailing-list archives, wikis, mirrors and
// FTP-era download directories, PHP, ASP and CGI pages with query
// strings). About 730 of its lines were joined by a script from 654
// hand-written link-and-topic pairs (283 of them http; most to project,
// distribution and vendor sites, Q&A sites, Wikipedia, GitHub, LWN,
// YouTube and Hacker News, the rest long-tail: personal and university
// pages, mailing-list archives, ham radio, retro and demoscene sites) and
// 106 sentence frames, each pair used once and about one in eight twice,
// the script dropping the scheme from about one in twelve https links;
// the other 761 lines were written whole: official download links to
// installers and archives (.exe, .msi, .zip, .tar.gz, .tar.xz, .iso,
// .img.xz, .deb, .rpm, .apk, .dmg, .sh install scripts) on projects' own
// sites and mirrors over http and https, apt and yum sources, git, svn,
// cvs and fossil remotes, pip, npm, CPAN, Go and cargo registries,
// docker registries, localhost and LAN addresses with ports, curl and
// wget lines, bare hosts, angle-bracket and markdown links, two links in
// a line, trailing punctuation, security advisories, and innocent "free
// software", "update", "download", "verify the checksum", "login page of
// my router" and "urgent: prod is down". The other sets were written line
// by line: benign Vietnamese messages with links on real organisations'
// domains (banks, e-wallets, carriers, shops, couriers, airlines, rail,
// government services, tax, social insurance, traffic police, schools and
// universities, hospitals, news, cinemas and ticketing, utilities, cars,
// insurance, jobs, events; 17 of 239 http), with and without diacritics;
// Vietnamese smishing (VNeID and biometrics updates, tax and household-
// business tax, electricity refunds and smart meters, water, traffic
// fines, vehicle inspection and driving licences, social insurance,
// pensions, customs and courier fees, shop refunds, banks and e-wallets,
// carriers' SIM standardisation and eSIM, Zalo and Facebook appeals,
// ride-hailing bonuses, airline refunds and miles, university admission,
// school fees, hospital results, land titles, passports and visas, jobs,
// prizes, investment and loans, debt collection, fake police summonses,
// wedding-card and quote .apk files, fake government apps, digital
// signatures, toll accounts, charity; 47 of 125 http); malware download
// URLs and short lures (Mirai-style bins.sh and raw IPs with ports,
// compromised WordPress uploads, abused file hosts, forges and cloud
// buckets, fake installers, drivers, AI apps and cracks, fake-captcha Run
// and Terminal commands in backticks, LOLBin one-liners, decimal, hex and
// IPv6 address forms, defanged links; 98 of 163 http); English phishing
// chat from hijacked accounts ("is this you in this photo", votes, mail
// quota, Microsoft 365, banks, wallets and seed phrases, Discord Nitro,
// Steam trades, game currency, Telegram, couriers and tolls, tax refunds,
// jobs, tech-support invoices; compromised sites' deep paths, free
// hosting, lookalikes, brand-as-prefix, shorteners, raw IPs, punycode and
// defanged links; 73 of 153 http); and never-seen scam domains, bare (273,
// including brand-as-prefix hosts, typo and punycode lookalikes, random
// strings and cheap new endings). Every attacker host was invented (the
// malware and phishing sets also abuse real file hosts, free hosting and
// link shorteners). Nobody tunes on them: TestMeasureEval14 logs what each
// set gets and holds them to no threshold; it fails only on a malformed
// line. With MEASURE_SHOW=1 it logs every line with its level, score and
// reasons (WRONG marks a benign line flagged or a scam allowed).
var eval14Sets = []measureSet{
	{"eval14-en-tech.txt", false},
	{"eval14-vi-benign.txt", false},
	{"eval14-vi-smishing.txt", true},
	{"eval14-malware-urls.txt", true},
	{"eval14-en-phish.txt", true},
	{"eval14-scam-domains.txt", true},
}

// TestMeasureEval14 logs, for each fourteenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval14(t *testing.T) {
	t.Parallel()
	measureSets(t, eval14Sets, true)
}
