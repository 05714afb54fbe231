package bot_test

import "testing"

// The thirtieth session's sets (tech30w, session 30, 2026-12-04), written
// by hand without reading the rules, the lists, the model or earlier
// sets' lines (only the tech29 tuning halves' headers and shape), each
// committed before anything was run on it: ordinary chat in Discord,
// Telegram and IRC developer, designer, sysadmin and reader groups, every
// message holding a link, of kinds the earlier sets cover thinly. Each
// set was split by a rule fixed before any measurement: the host of a
// line's first http(s) link, user info and port dropped, lowercased, a
// leading www. removed; the first hex digit of its SHA-256 is 0-9 for the
// tuning half and a-f for the held-out half, so every site sits on one
// side only (github.com and stackoverflow.com fall in the tuning halves,
// developer.mozilla.org and codepen.io in the held-out ones). tech30-help:
// help-desk questions and answers (Stack Exchange answers, GitHub and
// GitLab issues, pull requests, commits and CI links, gists and
// pastebins, compiler explorer and playgrounds, screenshots and clips,
// bug trackers, docs, forums and tutorials). tech30-news: news and link
// sharing as on Hacker News and Lobsters (engineering blogs and
// postmortems, personal sites and old .html essays often over plain HTTP,
// newsletters, tech press, arXiv, talks, podcasts, books, archives).
// tech30-front: web frontend and design (CodePen, StackBlitz and
// CodeSandbox, Figma and design galleries, font and colour tools, specs
// and accessibility references, npm and CDN links, Vercel, Netlify and
// Pages previews of members' projects, framework docs). tech30-netops:
// sysadmin, networking and mail (RFCs, registries, BGP, DNS, mail and TLS
// testers, whois and RDAP, status pages, vendor KBs, mailing list
// archives, ISO mirrors, a made-up company's internal admin tools). The
// tuning halves are held to what main reached when they landed; the
// held-out halves are held to the same as counts only.
var tech30TuningSets = []tunedSet{
	// 2 of 310 flagged on f2c9b5f (0 warned, 2 deleted), holding 2 of 315
	// links: the Python Discord community's own site and its paste
	// service (pythondiscord.com, paste.pythondiscord.com), read as the
	// name Discord on a domain that is not discord.com and by the link
	// model as phishing patterns. 0 with host32's community sites: a
	// page inside a site named after the brand and a topic, named
	// whole in talk that asks for nothing ("python discord paste").
	{measureSet{"tech30-helpt.txt", false}, 0, 0},
	// 1 of 230 flagged on f2c9b5f (1 warned, 0 deleted), holding 1 of 240
	// links: a free online book's chapter page on a long two-word .com
	// (craftinginterpreters.com), read by the link model as a phishing
	// pattern. 0 with cite30's "free" of a reading's cost: "crafting
	// interpreters, free online" reads as the same line without "free".
	{measureSet{"tech30-newst.txt", false}, 0, 0},
	// 1 of 207 flagged on f2c9b5f (0 warned, 1 deleted), holding 1 of 212
	// links: a W3C community group's draft on GitHub Pages whose name
	// holds the word "tokens" (design-tokens.github.io), read as a
	// scam-word domain and by the link model as a phishing pattern. 0
	// with host32's project pages: a page inside a project's site on a
	// platform developers deploy to, named after its subject, named
	// whole in talk that asks for nothing ("design tokens w3c draft").
	{measureSet{"tech30-frontt.txt", false}, 0, 0},
	// 0 of 222 flagged on f2c9b5f, 231 links: RFCs, registries, testers,
	// vendor KBs, list archives and internal admin tools are allowed.
	{measureSet{"tech30-netopst.txt", false}, 0, 0},
}

// TestMeasureThirtiethTechTuningSets holds tech30-helpt.txt,
// tech30-newst.txt, tech30-frontt.txt and tech30-netopst.txt (benign: at
// most the flagged count main reached); MEASURE_SHOW=1 logs the lines
// judged wrongly.
func TestMeasureThirtiethTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech30TuningSets)
}

// TestMeasureThirtiethTechHeldOutSets measures tech30-helph.txt,
// tech30-newsh.txt, tech30-fronth.txt and tech30-netopsh.txt, read as
// counts only (never line by line, never with MEASURE_SHOW), and fails
// when a change flags more of their lines than main did when they landed
// (a regression guard: nothing is tuned to these lines).
func TestMeasureThirtiethTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 1 of 127 flagged on f2c9b5f (0 warned, 1 deleted), 129 links
		{measureSet{"tech30-helph.txt", false}, 0, 1},
		// 2 of 134 flagged on f2c9b5f (2 warned, 0 deleted), holding 3 of
		// 138 links
		{measureSet{"tech30-newsh.txt", false}, 0, 2},
		// 0 of 145 flagged on f2c9b5f, 148 links
		{measureSet{"tech30-fronth.txt", false}, 0, 0},
		// 0 of 132 flagged on f2c9b5f, 138 links
		{measureSet{"tech30-netopsh.txt", false}, 0, 0},
	})
}
