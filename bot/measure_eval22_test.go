package bot_test

import "testing"

// The twenty-second sets (testdata/measure/eval22-*) were written blind by
// a helper (eval22) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the twenty-first sets' test
// file, for the layout, and readMeasureSet with the measureSet type,
// measureSets and measureLink, for the line format), from general
// knowledge, in one short session, and were committed before anything was
// run on them but a format check: a script that repeats measureLink's
// pattern and readMeasureSet's control-character rule found one line
// without a link before the commit (a backticked brew command), which was
// given one. An automated check that printed only counts dropped every
// line already in another file under testdata/measure (16: 3 tech lines,
// 3 Vietnamese benign lines and 10 scam domains; none a duplicate within
// the sets); a second one dropped 2 scam domains for being in the
// training samples (full hosts and registrable domains compared, with
// golang.org/x/net/publicsuffix, private section included), and a third
// dropped 68 lines that held, as a substring, a name from the training
// phishing domains (29 tech, 4 Vietnamese benign, 4 smishing, 22 malware,
// 6 phishing lines and 3 scam domains). The scam domains had been
// written with spare ones (303); none is used in the other
// twenty-second sets' lines, and 16 of the 288 kept were cut at random
// to leave 272. The theme is public services, bills and health
// (2019–2026): government and tax (IRS, HMRC, GOV.UK, DVLA, CRA, ATO,
// myGov, Centrelink, USCIS, SSA, Medicare, state DMVs, toll roads and
// their texts: E-ZPass, SunPass, FasTrak, TxTag, The Toll Roads and
// others; parking and traffic fines, court and jury notices, census,
// elections, stimulus and benefits), utilities and telecoms
// (electricity, water, gas, broadband; Verizon, AT&T, T-Mobile,
// Vodafone, EE, O2, Three, Telstra, Optus, Rogers, Bell; SIM swap, eSIM,
// number porting, loyalty points, unpaid bills, disconnection),
// healthcare and insurance (hospitals, clinics, pharmacies, GoodRx, the
// NHS, MyChart and other patient portals, telehealth, vaccines, lab
// results, health, car and home insurance claims, pensions, social
// security), charities and disaster relief, and in Vietnamese dịch vụ
// công, VNeID, thuế (hoàn thuế, quyết toán thuế TNCN), phạt nguội, đăng
// kiểm, CSGT, công an phường, BHXH, BHYT, VssID, EVN and water bills,
// Viettel, MobiFone and VinaPhone (chuẩn hóa thuê bao, khóa SIM 2 chiều,
// eSIM, Viettel++ points), hospitals, Long Châu and Pharmacity, Bảo
// Việt, Prudential, Manulife and AIA, lương hưu, trợ cấp, từ thiện and
// flood relief, banks and MoMo, ZaloPay and VNPay. The English tech chat
// (1,419 lines) links real sites, popular and a long tail (government,
// council and city pages, tax, DMV, toll and court pages, agency data
// portals and open data, civic-tech projects, carriers' support pages
// and forums, utilities, hospitals, insurers, pension schemes, health
// research and standards (FHIR, HL7), charities, security references,
// open-source projects, personal blogs, country endings, .gov, .gov.uk,
// .gc.ca, .gov.au, .org, .io, .dev, .app, github.io, readthedocs); 59
// of its lines are plain http (router and modem pages, LAN addresses,
// .local names, localhost ports of dev tools, intranet names, old
// sites), with innocent free, download, login, verify, account,
// password, payment, bill, invoice, refund, claim, fine, toll, penalty,
// tax, benefit, pension, insurance, prescription, appointment, results,
// security and update. 650 of its lines were written whole (665
// written, 15 dropped by the checks: bare links, links in sentences, two
// links in a line, angle-bracket and markdown links, trailing
// punctuation, hosts without a scheme, commands in backticks with a
// URL: curl, pip, npm, docker, brew, winget, wget); 769 were joined by a
// script from 831 hand-written link-and-topic pairs and 40 sentence
// frames, each pair used once (786 lines, 45 of them with two pairs),
// the script dropping the scheme from 81 links, and the whole and joined
// lines shuffled together (17 joined lines dropped by the checks). The
// other sets were written line by line: benign Vietnamese messages about
// public services, tax, BHXH, EVN and water bills, carriers, hospitals,
// pharmacies, insurers, banks, e-wallets, news and charities, on real
// Vietnamese and international domains, with and without diacritics and
// with innocent ưu đãi, miễn phí, khuyến mãi, nhận ngay, hết hạn, mã
// OTP, đăng nhập, xác thực, tài khoản, cập nhật, tải về, hoàn tiền,
// thanh toán, hóa đơn, nộp phạt, tra cứu and đăng ký (264, none http);
// Vietnamese smishing (fake phạt nguội and đăng kiểm, fake tax refunds
// and tax-code updates, fake VNeID level-2 upgrades and dịch vụ công
// apps, fake BHXH, VssID and BHYT payouts, fake EVN and water bills and
// power cuts, fake SIM locks, chuẩn hóa thuê bao, eSIM and Viettel++
// points, fake hospital results and insurance payouts, fake pensions,
// allowances, charity and flood relief, fake court summons, bank and
// e-wallet locks, loans, toll accounts, shorteners, raw IPs, punycode,
// lookalikes and defanged links; 18 of 128 http or hxxp); malware
// download URLs and short lures aimed at this audience (fake tax forms,
// transcripts and notices, fines and camera photos, court and jury
// summons, utility and carrier bills, insurance claims, lab results and
// pension statements as .zip, .rar, .7z, .iso, .img, .lnk, .scr, .exe,
// .pdf.exe, .docm, .xlsm, .js, .vbs, .hta, .msi and .svg, fake VNeID,
// eTax, EVN, VssID, hospital, pharmacy, carrier, bank, toll and health
// apps and APKs, cracked TurboTax, QuickBooks, Sage and MISA,
// typosquatted pip and npm packages, curl|bash, PowerShell, mshta,
// certutil, msiexec, regsvr32, rundll32 and Run-box one-liners in
// backticks, abused file hosts, Discord CDN attachments, forges' release
// pages of fake repos, cloud buckets, free hosting, raw IPs with ports
// and defanged links; 36 of 180 http or hxxp); English phishing chat
// from hijacked accounts and fake staff (unpaid toll and parking texts,
// traffic-camera fines, DVLA and DMV renewals, tax refunds and tax
// logins, benefits, stimulus and pensions, court and jury notices,
// census and voter lures, utility disconnection, carrier account, SIM
// swap, port-out, eSIM and loyalty points, patient-portal and lab-result
// logins, pharmacy orders, insurance claims, charity and disaster
// relief, Apple, Google and Microsoft account locks, bank and wallet
// holds, "is this you in this photo", Discord staff, crypto giveaways;
// lookalikes, punycode, brand-as-prefix hosts, brands on free hosting,
// Google Forms and Sites, IPFS gateways, shorteners, raw IPs and
// defanged links; 11 of 173 http or hxxp); and never-seen scam domains,
// bare (272: toll, fine, DMV, tax, refund, benefit, pension, court,
// census, utility, carrier, SIM, eSIM, patient-portal, pharmacy,
// insurance, charity, relief, bank, e-wallet and crypto names,
// Vietnamese government, tax, BHXH, EVN, water, carrier, hospital,
// pharmacy, insurer, bank, e-wallet and loan names, punycode, typos and
// cheap new endings). Every attacker host was invented (the malware and
// phishing sets also abuse real file hosts, free hosting, forges, cloud
// buckets, package registries and link shorteners); every punycode label
// was checked to decode to the look-alike meant. Nobody tunes on them:
// TestMeasureEval22 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a benign
// line flagged or a scam allowed).
var eval22Sets = []measureSet{
	{"eval22-en-tech.txt", false},
	{"eval22-vi-benign.txt", false},
	{"eval22-vi-smishing.txt", true},
	{"eval22-malware-urls.txt", true},
	{"eval22-en-phish.txt", true},
	{"eval22-scam-domains.txt", true},
}

// TestMeasureEval22 logs, for each twenty-second set, the messages and
// links and how many are flagged, warned and deleted.
func TestMeasureEval22(t *testing.T) {
	t.Parallel()
	measureSets(t, eval22Sets, true)
}
