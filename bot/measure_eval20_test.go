package bot_test

import "testing"

// The twentieth sets (testdata/measure/eval20-*) were written blind by a
// helper (eval20) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the nineteenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type,
// measureSets and measureLink, for the line format; the small helpers
// beside them in that file were seen in passing), from general knowledge,
// in one short session, and were committed before anything was run on
// them but a format check. A script that repeats readMeasureSet's rules
// (before the commit) found 14 malware lines without a link (typosquatted
// pip and npm commands written bare); each was rewritten with a registry
// page or an index URL and checked again like the others. An automated
// check that printed only counts dropped every line already in another
// set and every duplicate (62: 29 tech lines, 18 Vietnamese benign lines,
// 1 malware line and 14 scam domains; none a duplicate within the sets);
// a second one dropped no scam domain for being in the training samples
// (full hosts and registrable domains compared), and a third dropped 63
// lines that held, as a substring, a name from the training phishing
// domains (22 tech, 4 Vietnamese benign, 2 smishing, 17 malware, 8
// phishing lines and 7 scam domains). The scam domains had been written
// with spare ones (312); none was used in the other twentieth sets'
// lines, and 19 of the 291 kept were cut at random to leave 272. The
// theme is work and money (2019–2026): job seekers, recruiters and HR,
// freelancers (Upwork, Fiverr, Freelancer, Toptal, Contra), remote work
// tools (Slack, Zoom, Teams, Notion, Trello, Asana, Jira, Google
// Workspace, DocuSign, Adobe Sign), payroll and HR platforms (Workday,
// Gusto, ADP, Deel, Remote.com, Rippling, BambooHR), job boards
// (LinkedIn, Indeed, Glassdoor, Wellfound, TopCV, VietnamWorks, ITviec,
// CareerBuilder VN, TopDev and many national boards), personal finance
// and fintech (Wise, Revolut, PayPal, Stripe, Payoneer, Cash App, Venmo,
// Zelle, brokerages, Robinhood, Interactive Brokers, eToro, Binance,
// Coinbase, plain-text accounting, tax sites, the IRS and HMRC),
// accountants and small-business owners (QuickBooks, Xero, invoices,
// Shopify, Square), with innocent free, download, login, verify,
// account, password, payment, invoice, urgent, offer, bonus, salary,
// refund, claim, wallet, tax, security and update. The English tech chat
// (1,463 lines) links real sites, popular and a long tail (small SaaS and
// invoicing tools by country, open-source projects, personal blogs,
// tilde and university pages, .io, .dev, .app, .co and country endings,
// github.io, netlify.app, vercel.app, pages.dev, readthedocs); 55 of its
// lines are plain http (intranet names, LAN addresses, .local names,
// localhost ports of dev tools and self-hosted finance apps, old sites).
// 856 of its lines were written whole (1,045 were written, 145 cut at
// random before the checks and 44 dropped by them: bare links, links in
// sentences, two or three links in a line, angle-bracket and markdown
// links, trailing punctuation, hosts without a scheme, commands in
// backticks with a URL: curl, pip, npm, docker, brew, winget, go, gh);
// 607 were joined by a script from 680 hand-written link-and-topic pairs
// and 37 sentence frames, each pair used once (six frames take two; 66
// kept lines hold two pairs), the script dropping the scheme from 67
// links, and the whole and joined lines shuffled together (614 joined, 7
// dropped by the checks). The other sets were written line by line:
// benign Vietnamese messages from students, job seekers, office staff,
// accountants, HR and shop owners with links on real Vietnamese and
// international domains (job boards, company career pages, banks,
// e-wallets, shops, couriers, news, universities, scholarships,
// government portals, BHXH and VssID, eTax and hóa đơn điện tử, VNeID),
// with and without diacritics and with innocent ưu đãi, miễn phí,
// khuyến mãi, voucher, nhận ngay, hết hạn, mã OTP, đăng nhập, xác thực,
// tài khoản, cập nhật, tải về, lương, thưởng, hoàn tiền, tuyển dụng and
// phỏng vấn (268, none http; 27 of them written in a second pass and put
// in at random places); Vietnamese smishing (fake recruitment and việc
// nhẹ lương cao, CTV chốt đơn and like/task scams, deposit-to-unlock
// schemes, bank and e-wallet locks and biometrics, BHXH, tax refunds,
// hóa đơn điện tử, VNeID, loans, prizes, couriers, fake HR and boss
// transfer requests, shorteners, Telegram, raw IPs, punycode, lookalikes,
// brands on free hosting and defanged links; 21 of 130 http or hxxp);
// malware download URLs and short lures aimed at this audience (fake job
// offers, contracts, CVs and payslips as .zip, .rar, .7z, .iso, .img,
// .lnk, .scr, .exe, .pdf.exe, .docm, .xlsm, .js, .vbs and .hta, fake
// invoices and payment receipts, fake Zoom, Teams, Slack and DocuSign
// installers, fake trading bots and MT4/MT5 plugins, fake tax forms,
// fake payroll apps, APKs of fake bank, e-wallet, VNeID, eTax and job
// apps, typosquatted pip and npm packages, curl|bash, PowerShell, mshta,
// certutil and Run-box one-liners in backticks, abused file hosts,
// a Discord CDN attachment, forges' release pages of fake repos, cloud
// buckets, free hosting, raw IPs with ports and defanged links; 40 of 189
// http or hxxp); English phishing chat from hijacked accounts and fake
// staff (fake recruiters and interview links, DocuSign and Adobe Sign
// envelopes, payroll and direct-deposit changes, Workday, ADP, Gusto and
// Deel logins, Microsoft 365 and Google Workspace, PayPal, Wise,
// Revolut, Stripe and Payoneer holds, IRS, HMRC, CRA and ATO refunds,
// brokerage and exchange warnings, wallet drainers and giveaways, task
// and fake-check job scams, "is this you in this photo", Discord staff,
// CEO and vendor bank-change fraud; lookalikes, punycode, brand-as-prefix
// hosts, brands on free hosting, Google Forms and Sites, IPFS gateways,
// shorteners, raw IPs and defanged links; 12 of 170 http or hxxp); and
// never-seen scam domains, bare (272: recruitment, job, task, payroll,
// HR, freelancer, e-sign, tax and refund, bank, fintech, brokerage,
// crypto and wallet, accounting, office-suite, courier, Vietnamese bank,
// e-wallet, job-board, BHXH, eTax and VNeID names, punycode, typos and
// cheap new endings). Every attacker host was invented (the malware and
// phishing sets also abuse real file hosts, free hosting, forges, cloud
// buckets, package registries and link shorteners). Nobody tunes on them:
// TestMeasureEval20 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a benign
// line flagged or a scam allowed).
var eval20Sets = []measureSet{
	{"eval20-en-tech.txt", false},
	{"eval20-vi-benign.txt", false},
	{"eval20-vi-smishing.txt", true},
	{"eval20-malware-urls.txt", true},
	{"eval20-en-phish.txt", true},
	{"eval20-scam-domains.txt", true},
}

// TestMeasureEval20 logs, for each twentieth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval20(t *testing.T) {
	t.Parallel()
	measureSets(t, eval20Sets, true)
}
