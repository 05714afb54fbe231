package bot_test

import "testing"

// The twenty-fourth session's security-chat sets (secw24, 2026-12-03),
// written by hand without reading the rules, the lists or earlier sets.
// sec24-talkt/h: English chat of security people and ordinary members who
// quote links defanged (hxxps://, host[.]tld, [dot], (.), [:]) — SOC and
// threat-intel channels, incident response, malware analysis, abuse desks,
// CTF, moderators' and members' scam warnings, "is this legit?" questions —
// where nothing should be flagged. sec24-scamt/h: scams that break their
// links up to pass a filter ("copy this into your browser", "replace (dot)
// with .", hxxps written by the scammer, links split across words) or that
// imitate a security warning to make people click, all of which a chat
// defender should flag. Whole families of a scenario and its variants are
// on one side. The tuning halves are held to what main reached when they
// landed; the held-out halves are held to the same as counts only.
var sec24TuningSets = []tunedSet{
	// 213 of 380 flagged on 83b1dbd (50 warned, 163 deleted), holding 297
	// of 473 links: security people's defanged indicators read as links;
	// 160 (29 warned, 131 deleted, 219 links) since sec24's reading of
	// who a defanged link's message asks to act (9c15e0b), 159 (29
	// warned, 130 deleted, 216 links) with its sentence-by-sentence
	// reading; 148 (29 warned, 119 deleted, 199 links) since sec25 reads
	// takedowns, intrusion tools and detection stores as threats' names
	// and "anti-phishing", "phishing-free", "not a lure" as none, 147
	// (118 deleted, 198 links) with refang and ClickFix read so too, 145
	// (28 warned, 117 deleted, 194 links) with spam and the squatting
	// kinds named as threats; 142 (27 warned, 115 deleted, 191 links)
	// since sec26 reads a registrar's "suspended" told of the quoted page
	// and compound spellings ("write-up") of threats' names; 143 (27
	// warned, 116 deleted) since sec27 reads "took down" as a threat's
	// name only of the pages a message quotes: "netcraft took down 6 of
	// the 9 we sent, still up: <three pages>" offers the pages still up
	// as a scam's "took down our site, we are at <page>" does; 140 (27
	// warned, 113 deleted, 191 links) since sec27 reads a call's word a
	// threat's name qualifies, told of the quoted page, as the scam's
	// ("fake zalo login page on <page>", "<page> -- fake login"); 136
	// (26 warned, 110 deleted, 186 links) since sec28 reads a quotation
	// told of as the scam's ('the "…" lure', 'fake "…"', 'titled "…"')
	// as the scam's words, not the writer's call; 135 (25 warned, 110
	// deleted, 183 links) since sec29 reads a threat named right after a
	// page, pointing back to it ("x. it's the extranet phish"), as named
	// of that page; 130 (25 warned, 105 deleted, 174 links) since
	// defang31 reads a fetch told of a program ("that pulls hxxp://…",
	// "the exe dropped from …") as naming the page a payload's source;
	// 126 (23 warned, 103 deleted, 169 links) since sec34 leaves a
	// homograph shown beside the trick's name unjudged ("hxxps://аррӏе[.]com
	// (cyrillic) vs apple.com … the punycode xn--…") and reads a page
	// shown as an example ("eg hxxp://…", "e.g. owa-mail-login[.]com")
	// and registration told of ("brand team registered some") as talk;
	// 127 (25 warned, 102 deleted, 170 links) since model36's link model:
	// a staff email's draft quoting a defanged bare scam name
	// (payroll-adjust-hr[.]com) reaches the warn line at 0.50, and the
	// proxy's blocked payroll-acme-hr[.]com/login (0.62) falls under it
	// (sec24-talkh, held out, 124 -> 122); 128 since saas43's SaaS
	// brands read a quoted, defanged calendly-meeting-book[.]com as
	// Calendly's impostor
	{measureSet{"sec24-talkt.txt", false}, 0, 128},
	// 159 of 190 flagged on 83b1dbd (19 warned, 140 deleted), holding 171
	// of 199 links; 162 (20 warned, 142 deleted) since sec24
	{measureSet{"sec24-scamt.txt", true}, 162, 0},
}

// TestMeasureTwentyFourthSecTuningSets holds sec24-talkt.txt (benign:
// at most the flagged count main reached) and sec24-scamt.txt (attacks: at
// least main's flagged count); MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwentyFourthSecTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, sec24TuningSets)
}

// TestMeasureTwentyFourthSecHeldOutSets measures sec24-talkh.txt and
// sec24-scamh.txt, read as counts only (never line by line, never with
// MEASURE_SHOW), and fails when a change flags more benign lines or fewer
// attacks than main did when they landed (a regression guard: nothing is
// tuned to these lines).
func TestMeasureTwentyFourthSecHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 176 of 312 flagged on 83b1dbd (31 warned, 145 deleted), holding
		// 243 of 383 links; 124 (20 warned, 104 deleted) on 9c15e0b, 130
		// (22 warned, 108 deleted) since sec24 reads the lure beside
		// each indicator: 9c15e0b let a warning about one page carry a
		// lure for another (3,352 of 6,268 built attack lines went from
		// flagged to allow against 3fa769f; 204 now); 127 (22 warned,
		// 105 deleted) since sec25's threat words, 126 (21 warned) with
		// spam and the squatting kinds; 127 (22 warned) since rev26:
		// a strong threat's name no longer makes a quote of a page
		// brought in as a portal, a mirror or a backup; 125 (103
		// deleted) since sec28 reads a quotation told of as the scam's
		// as the scam's words; 124 (102 deleted) at the end of session 31
		// (16164b3) and of session 32 (fa2b05e); 126 (105 deleted)
		// since saas43's SaaS brands and account names (counted, not read)
		{measureSet{"sec24-talkh.txt", false}, 0, 126},
		// 143 of 158 flagged on 83b1dbd (9 warned, 134 deleted), holding
		// 150 of 165 links; 144 (9 warned, 135 deleted) since sec24
		{measureSet{"sec24-scamh.txt", true}, 144, 0},
	})
}
