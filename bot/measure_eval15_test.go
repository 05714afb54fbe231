package bot_test

import "testing"

// The fifteenth sets (testdata/measure/eval15-*) were written blind by a
// helper (eval15) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the fourteenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type and
// measureLink, for the line format), from general knowledge, and were
// committed before anything was run on them; an automated check that
// printed only counts dropped every line already in another set and every
// duplicate (61 lines: 46 tech, 6 benign Vietnamese, 9 scam domains, none
// a duplicate within the sets; the scam domains had been written with
// spare ones, so 3 of the kept were cut to leave 273). The English tech
// chat is the chat of a product/startup engineering team and an
// indie-hacker community (2019–2026): their own SaaS tenants and
// dashboards (Slack, Jira and Confluence, Datadog, Okta, Notion, Linear,
// Figma, Loom, Retool, Airtable, PostHog, Sentry, Grafana Cloud,
// PagerDuty, status pages), preview deployments and hosted demos (Vercel,
// Netlify deploy previews, Cloudflare Pages, Render, Fly, Railway,
// Heroku, Firebase, GitHub Pages, surge, Glitch, Replit, CodeSandbox,
// StackBlitz), their own app's sign-in, OAuth callback, magic-link,
// billing, reset-password and admin pages on staging hosts and localhost,
// payment, auth and cloud docs and consoles, feature flags and analytics,
// App Store, TestFlight and Play Console links, Product Hunt, Hacker News,
// Indie Hackers, X, YouTube, newsletters, Gumroad and Lemon Squeezy
// stores, forms, calendars, Google Docs and Drive shares, Discord invites
// and a long tail of indie products and founders' sites on .io, .app,
// .dev, .so, .ai, .co, .sh, .xyz, .gg, .me, .site, .tech and country
// endings, with innocent "login", "verify", "free tier", "wallet" (a
// fintech product's in-app balance), "claim your domain", "reset
// password", "urgent: prod is down", "update", "invoice", "billing",
// "account" and "security", and real companies' download pages,
// installers and install scripts (.dmg, .exe, .msi, .pkg, .zip, .tar.gz,
// curl … | sh); few of its lines are plain http (11 of 1,502, mostly
// localhost). About 950 of its lines (946 kept) were written whole (bare
// links, links in sentences, two links in a line, angle-bracket and
// markdown links, trailing punctuation, hosts without a scheme); 556 were
// joined by a script from 505 hand-written link-and-topic pairs (drawn at
// random from 632 written; docs, consoles, GitHub, Stack Overflow, Hacker
// News, Product Hunt, YouTube and X links and indie products' home pages)
// and 73 sentence frames, each pair used once and about one in ten twice,
// the script dropping the scheme from 39 https links. The other sets were
// written line by line: benign Vietnamese messages for online sellers and
// startups with links on real organisations' and businesses' domains
// (Shopee, Lazada, TikTok Shop and Tiki seller centres, VNPAY, MoMo,
// ZaloPay, payOS and other payment gateways, e-invoices and the tax
// portal, couriers, banks' business banking, business registration,
// digital signatures, Vietnamese SaaS, cloud and domain registrars,
// co-working, startup events and funds, recruiting, news, shops), with and
// without diacritics and with innocent ưu đãi, miễn phí, khuyến mãi,
// voucher, nhận ngay, hết hạn, mã OTP and đăng nhập (244, none http);
// Vietnamese smishing (seller-account violations and shop suspensions,
// held payouts and refunds, tax and e-invoice penalties, digital
// signatures, bank and e-wallet locks, biometrics, couriers and customs
// fees, VNeID, social insurance, electricity and water, traffic fines,
// carriers, prizes, task and job scams, loans, fake .apk and .exe apps,
// police summonses, investment and startup-fund lures; 28 of 127 http);
// malware download URLs and short lures aimed at startups and developers
// (fake Zoom, Teams, Slack, Notion, Loom and meeting apps, fake AI tools,
// fake browser updates, fake interview take-homes and npm and pip
// packages, cracked design and developer tools, fake wallets, ClickFix
// Run and Terminal commands in backticks, compromised WordPress uploads,
// abused file hosts, forges and cloud buckets, shorteners, Mirai-style
// bins, raw IPs with ports, decimal, hex and IPv6 addresses, defanged
// links; 54 of 165 http or hxxp); English phishing chat aimed at SaaS
// teams and founders from hijacked accounts (Okta, Microsoft 365, Google
// Workspace, Slack, Notion, DocuSign, Dropbox Sign, Carta and DocSend
// shares, Stripe, Paddle and Lemon Squeezy payouts held, AWS, GCP and
// Azure billing suspensions, domain renewal and DNS, Shopify, Meta and
// Instagram appeals, Apple Developer and Play Console, GitHub OAuth and
// token alerts, Vercel, Netlify and Heroku, investor data rooms, invoices,
// business banking, wallets and airdrops, free credits, payroll; compromised
// sites' deep paths, free hosting, lookalikes, brand-as-prefix hosts,
// shorteners, Google Forms and Sites, punycode, raw IPs and defanged
// links; 44 of 153 http or hxxp); and never-seen scam domains, bare (273:
// brand-as-prefix hosts and lookalikes of SaaS, payment, cloud, crypto and
// Vietnamese brands, punycode homoglyphs, random strings, giveaway,
// airdrop and claim names, cheap new endings). Every attacker host was
// invented (the malware and phishing sets also abuse real file hosts,
// free hosting, forges, cloud buckets and link shorteners). Nobody tunes
// on them: TestMeasureEval15 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a benign
// line flagged or a scam allowed).
var eval15Sets = []measureSet{
	{"eval15-en-tech.txt", false},
	{"eval15-vi-benign.txt", false},
	{"eval15-vi-smishing.txt", true},
	{"eval15-malware-urls.txt", true},
	{"eval15-en-phish.txt", true},
	{"eval15-scam-domains.txt", true},
}

// TestMeasureEval15 logs, for each fifteenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval15(t *testing.T) {
	t.Parallel()
	measureSets(t, eval15Sets, true)
}
