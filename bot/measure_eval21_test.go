package bot_test

import "testing"

// The twenty-first sets (testdata/measure/eval21-*) were written blind by
// a helper (eval21) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the twentieth sets' test
// file, for the layout, and readMeasureSet with the measureSet type,
// measureSets and measureLink, for the line format; the training corpus's
// README was read for its file list, none of its data), from general
// knowledge, in one short session, and were committed before anything was
// run on them but a format check: a script that repeats readMeasureSet's
// rules found no malformed line before the commit. An automated check
// that printed only counts dropped every line already in another file
// under testdata/measure (25: 15 tech lines, 3 Vietnamese benign lines
// and 7 scam domains; none a duplicate within the sets); a second one
// dropped 1 scam domain for being in the training samples (full hosts and
// registrable domains compared, the public suffix list's private section
// on), and a third dropped 71 lines that held, as a substring, a name
// from the training phishing domains (34 tech, 9 Vietnamese benign, 5
// smishing, 13 malware, 7 phishing lines and 3 scam domains). The scam
// domains had been written with spare ones (322); none is used in the
// other twenty-first sets' lines, and 39 of the 311 kept were cut at
// random to leave 272. The theme is shopping, travel and study
// (2019–2026): online buyers and sellers (Shopee, Lazada, Tiki, TikTok
// Shop, Sendo, Amazon, eBay, Etsy, AliExpress, Temu, Shein, Vinted,
// Facebook Marketplace, Craigslist, Mercari and many national
// marketplaces), couriers and customs (GHN, GHTK, Viettel Post, VNPost,
// J&T, Ninja Van, DHL, FedEx, UPS, USPS, Royal Mail, Australia Post,
// Evri and other posts), travellers (Booking.com, Airbnb, Agoda,
// Expedia, Traveloka, Trip.com, Klook, airlines from Vietnam Airlines,
// VietJet and Bamboo to Emirates and Ryanair, train and bus tickets,
// e-visas, ESTA, ETIAS and the UK ETA, hotels, car rental, Grab, Uber,
// eSIMs), students and academia (universities, Canvas, Moodle,
// Blackboard, Google Classroom, Coursera, edX, Khan Academy, Duolingo,
// IELTS and TOEFL, scholarships, student loans, du học, thi THPT, tuyển
// sinh, học bổng, học phí, ký túc xá, Zalo nhóm lớp, student portals,
// research papers, arXiv, Zotero, Overleaf), Vietnamese banks and
// e-wallets and VNeID, with innocent free, download, login, verify,
// account, password, payment, invoice, offer, discount, coupon, voucher,
// refund, claim, parcel, delivery, tracking, customs, booking, ticket,
// visa, scholarship, exam, grade, security and update. The English tech
// chat (1,511 lines) links real sites, popular and a long tail (shops and
// marketplaces by country, couriers' and airlines' pages, travel blogs,
// rail and bus operators, university, department and course pages,
// research tools, open-source projects, personal blogs, tilde pages,
// .io, .dev, .app, .xyz, .co and country endings, github.io,
// netlify.app, vercel.app, readthedocs); 52 of its lines are plain http
// (intranet and campus names, LAN addresses, .local names, localhost
// ports of dev tools, old sites). 825 of its lines were written whole
// (918 were written, 58 cut at random before the checks and 35 dropped by
// them: bare links, links in sentences, two links in a line,
// angle-bracket and markdown links, trailing punctuation, hosts without
// a scheme, commands in backticks with a URL: curl, pip, npm, docker,
// brew, winget, cargo, go); 686 were joined by a script from 1,019
// hand-written link-and-topic pairs and 35 sentence frames, each pair
// used at most once (791 used in 700 lines, five frames taking two and
// 91 lines written with two pairs), the script dropping the scheme from
// 82 links, and the whole and joined lines shuffled together (14 joined
// lines dropped by the checks). The other sets were written line by
// line: benign Vietnamese messages from shoppers, sellers, travellers,
// students and parents with links on real Vietnamese and international
// domains (shops, couriers, airlines, hotels, travel sites, universities,
// exam portals, scholarships, banks, e-wallets, news, government portals,
// visa and passport pages, VNeID), with and without diacritics and with
// innocent ưu đãi, miễn phí, khuyến mãi, voucher, mã giảm giá, nhận
// ngay, hết hạn, mã OTP, đăng nhập, xác thực, tài khoản, cập nhật, tải
// về, hoàn tiền, giao hàng, đơn hàng, vé, học bổng and học phí (259, none
// http); Vietnamese smishing (fake parcels, re-delivery and customs fees,
// fake shop refunds and Shopee, Lazada and TikTok Shop prizes, fake
// flight and hotel refunds and cheap tickets, fake visas and passports,
// fake scholarships, tuition and dorm payments, fake exam results and
// certificates, bank and e-wallet locks, VNeID, loans, marketplace
// "buyer paid" links, shorteners, raw IPs, punycode, lookalikes and
// defanged links; 20 of 137 http or hxxp); malware download URLs and
// short lures aimed at this audience (fake order invoices and shipping
// labels, boarding passes, booking confirmations, visa forms, course
// materials, exam papers, theses and e-books as .zip, .rar, .7z, .iso,
// .img, .lnk, .scr, .exe, .pdf.exe, .docm, .xlsm, .js, .vbs and .hta,
// cracked MATLAB, SPSS, Office and EndNote, fake shop, courier, bank,
// e-wallet and VNeID apps and APKs, fake coupon extensions, typosquatted
// pip and npm packages, curl|bash, PowerShell, mshta, certutil, msiexec,
// regsvr32 and Run-box one-liners in backticks, abused file hosts,
// Discord CDN attachments, forges' release pages of fake repos, cloud
// buckets, free hosting, raw IPs with ports and defanged links; 39 of
// 201 http or hxxp); English phishing chat from hijacked accounts and
// fake staff (parcel re-delivery and customs fees, marketplace "payment
// received, confirm here" links, seller account suspensions, booking and
// Airbnb host messages, airline refunds and EU261 claims, e-visa, ESTA,
// ETIAS and ETA forms, university SSO and student portals, Microsoft 365
// and Google for students, scholarship, student-loan and journal APC
// offers, Apple and Google account locks, bank and wallet holds, "is
// this you in this photo", Discord staff, crypto giveaways; lookalikes,
// punycode, brand-as-prefix hosts, brands on free hosting, Google Forms
// and Sites, IPFS gateways, shorteners, raw IPs and defanged links; 10 of
// 180 http or hxxp); and never-seen scam domains, bare (272: shop,
// marketplace, coupon, parcel, courier, customs, airline, hotel,
// booking, visa, travel, university, scholarship, exam, student-loan,
// bank, e-wallet, crypto, Vietnamese shop, courier, airline, bank,
// e-wallet, school and VNeID names, punycode, typos and cheap new
// endings). Every attacker host was invented (the malware and phishing
// sets also abuse real file hosts, free hosting, forges, cloud buckets,
// package registries and link shorteners). Nobody tunes on them:
// TestMeasureEval21 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a benign
// line flagged or a scam allowed).
var eval21Sets = []measureSet{
	{"eval21-en-tech.txt", false},
	{"eval21-vi-benign.txt", false},
	{"eval21-vi-smishing.txt", true},
	{"eval21-malware-urls.txt", true},
	{"eval21-en-phish.txt", true},
	{"eval21-scam-domains.txt", true},
}

// TestMeasureEval21 logs, for each twenty-first set, the messages and
// links and how many are flagged, warned and deleted.
func TestMeasureEval21(t *testing.T) {
	t.Parallel()
	measureSets(t, eval21Sets, true)
}
