package bot_test

import "testing"

// The twenty-fifth session's security-talk sets (secw25, 2026-12-03),
// written by hand without reading the rules, the lists or earlier sets,
// and committed (data first, format fixes in the next commit) before anything
// was run on them. sec25-talkt/h: English chat in ordinary tech groups,
// not only security channels, whose members quote malicious links
// defanged (hxxp/hxxps, [.], (.), {.}, [dot], [:], [://], fxp, spaced
// dots, half-defanged URLs), often several indicators a message beside
// clickable reference pages (urlscan, VirusTotal, abuse.ch, vendor blogs,
// MITRE) and with the impersonated brands and the scam's lure words
// quoted: a homelab Discord (pihole, suricata, honeypot wget/curl lines
// to raw IPs, DNS logs), a dev team (npm/PyPI typosquats, fake recruiter
// repos, issue-comment malware), MSP technicians (quarantine notes, email
// headers, AiTM), YARA/Sigma/Snort rules, threat-feed digests, a family
// chat, a game server's staff, typosquat research, awareness training,
// malvertised admin tools, fediverse and Telegram admins, mobile
// developers (tuning half); a university CS club, a crypto developers'
// group, journalists asking researchers, bug hunters, blue-team students'
// labs, sandbox report summaries, CVE talk with PoC links, takedown and
// abuse reports, hospital and school IT, mail admins, extension reviews,
// IOC-extraction maintainers, a title company (held-out half). Nothing
// there should be flagged. sec25-scamt/h: attacks a chat defender must
// flag that break their links up (and tell the reader to mend them) or
// dress as security talk: giveaways and airdrops, fake moderator and
// "security team" warnings pushing a "safe" or "official" site, fake
// Safeguard verification, fake patches and support desks, recovery
// scams, job and bounty-payout lures (tuning half); fake IOC posts that
// are invitations, "are you compromised?" checks, hijacked accounts'
// sprays (held-out half); a fifth of each half Vietnamese. Whole families
// of a scenario are on one side.
// Main at 7456297, at ece33af (the tech25 sets) and at 45f7b4e (page25)
// reach the same counts.
var sec25TuningSets = []tunedSet{
	// 118 of 386 flagged on 7456297 (28 warned, 90 deleted), holding 191
	// of 510 links; 117 (89 deleted, 188 links) since sec25 names spam
	// and the squatting kinds as threats; 116 (88 deleted, 184 links)
	// since sec27 reads a call's word a threat's name qualifies, told of
	// the quoted page, as the scam's ("with a fake steam login"); 117
	// (89 deleted, 185 links) since linkx ends a link at a pipe into a
	// shell's program ("…/i.ps1|iex"): an analyst's quote of a .lnk's
	// hidden-window download of an .ps1 is read as the same line written
	// with spaces around the pipe always was; 116 (89 deleted, 184
	// links) since sec29 reads a threat named right after a page,
	// pointing back to it ("x. it's phishing for OAuth"), as named of
	// that page; 115 (88 deleted, 183 links) since defang31 reads a
	// fetch told of a program ("it pulls a second stage from …") as
	// naming the page a payload's source; 113 (86 deleted, 180 links)
	// since defang31 reads a mixed-script word shown in quotation marks
	// beside the trick's name ('renders as "аpple" with a cyrillic а') as
	// the trick shown, not a word disguised; 112 (86 deleted, 178 links)
	// with cite30's "free" of a reading's or a plan's cost as no gift's
	// word (the FCC line: "renewal is free"); 111 (86 deleted, 176
	// links) with fp32's one mild word in plain chat kept out of the
	// message stage; 110 (85 deleted, 173 links) since sec34 reads pages
	// shown as examples ("examples we've answered: …") as talk; 111
	// since saas43's QuickBooks brand reads a defanged
	// intuit-quickbooks-login[.]net quoted twice as its impostor
	{measureSet{"sec25-talkt.txt", false}, 0, 111},
	// 155 of 180 flagged on 7456297 (16 warned, 139 deleted), holding 203
	// of 229 links
	{measureSet{"sec25-scamt.txt", true}, 155, 0},
}

// TestMeasureTwentyFifthSecTuningSets holds sec25-talkt.txt (benign: at
// most the flagged count main reached) and sec25-scamt.txt (attacks: at
// least main's flagged count); MEASURE_SHOW=1 logs the lines judged
// wrongly.
func TestMeasureTwentyFifthSecTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, sec25TuningSets)
}

// TestMeasureTwentyFifthSecHeldOutSets measures sec25-talkh.txt and
// sec25-scamh.txt, read as counts only (never line by line, never with
// MEASURE_SHOW), and fails when a change flags more benign lines or fewer
// attacks than main did when they landed (a regression guard: nothing is
// tuned to these lines).
func TestMeasureTwentyFifthSecHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 76 of 250 flagged on 7456297 (29 warned, 47 deleted), holding
		// 138 of 373 links; 74 (28 warned, 46 deleted) with sec25's
		// takedown, tool and guard reading, 73 (27 warned, 130 links)
		// with spam and the squatting kinds; 72 (46 deleted, 127 links)
		// since sec28 reads a quotation told of as the scam's as the
		// scam's words; 73 (47 deleted, 128 links) since linkx ends a
		// link at a pipe into a shell's program ("…/i.ps1|iex"), as the
		// tuning half's one line shows: a command written without spaces
		// around its pipe is read as it always was with them; 71 (47
		// deleted) at the end of session 32 (fa2b05e); 72 (23 warned, 49
		// deleted, 127 links) since scam44 reads a name made for a
		// notice: a count only, not looked at (the tuning half's quoted
		// notice names are all defanged, and read as before)
		{measureSet{"sec25-talkh.txt", false}, 0, 72},
		// 91 of 122 flagged on 7456297 (11 warned, 80 deleted), holding
		// 125 of 156 links
		{measureSet{"sec25-scamh.txt", true}, 91, 0},
	})
}
