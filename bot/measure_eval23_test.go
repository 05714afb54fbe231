package bot_test

import "testing"

// The twenty-third sets (testdata/measure/eval23-*) were written blind by
// a helper (eval23) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the twenty-second sets' test
// file, for the layout, and readMeasureSet with the measureSet type,
// measureSets and measureLink, for the line format), from general
// knowledge, in one short session, and were committed before anything was
// run on them but a format check: a script that repeats measureLink's
// pattern and readMeasureSet's rules found one line without a link before
// the commit (a whole tech line naming Zillow's rent index), which was
// given one. An automated check that printed only counts dropped every
// line already in another file under testdata/measure (27: 12 tech lines,
// 10 Vietnamese benign lines, 1 phishing line and 4 scam domains; none a
// duplicate within the sets); one scam domain was dropped for being a
// host in another twenty-third set's line; a second check dropped no
// scam domain for being in the training samples (full hosts and
// registrable domains compared, with the public suffix list, private
// section included), and a third dropped 79 lines that held, as a
// substring, a name from the training phishing domains (46 tech, 5
// Vietnamese benign, 5 smishing, 12 malware, 6 phishing lines and 5 scam
// domains). The scam domains had been written with spare ones (310); 28
// of the 300 kept were cut at random to leave 272. The theme is homes,
// cars, family and relationships (2019–2026): real estate and rentals
// (Zillow, Realtor.com, Rightmove, Zoopla, Domain, Airbnb and Vrbo hosts,
// Craigslist and Facebook Marketplace rentals, landlords, holding fees
// and deposits, tenant portals, property managers, HOA dues, mortgages
// and brokers, title, escrow and closing wires), moving and storage,
// contractors, smart home and home security (Ring, Nest, ADT,
// SimpliSafe, cameras and baby monitors), cars (CarMax, Carvana,
// AutoTrader, Cars.com and marketplace buyers, VIN reports, car loans,
// insurance, recalls, EV charging, parking and car-sharing apps,
// ride-hailing drivers: Uber, Lyft, Grab, Bolt), dating and romance
// (Tinder, Bumble, Hinge, OkCupid, Match, romance and pig-butchering
// investment platforms, sextortion), weddings (invitations, registries,
// honeymoon funds, venues), parents and schools (ClassDojo, Google
// Classroom, PowerSchool, Seesaw, lunch and daycare payments; Roblox,
// Minecraft and Fortnite currency and gift cards), pets (breeders,
// pet-shipping and customs fees, vets, pet insurance) and family money
// (allowance apps, family sharing, "Hi Mum" texts, grandparent scams),
// and in Vietnamese bất động sản (Batdongsan.com.vn, Chợ Tốt Nhà,
// Alonhadat, Homedy), thuê nhà, phòng trọ, chung cư, đặt cọc, sổ đỏ, vay
// mua nhà, mua bán xe (Chợ Tốt Xe, Bonbanh, Oto.com.vn), đăng kiểm,
// Grab, be, Xanh SM, VinFast, hẹn hò and đầu tư cùng người yêu, thiệp
// cưới, SMAS, VnEdu, K12Online, học phí, con cấp cứu, thú cưng, banks,
// MoMo, ZaloPay, VNPay and Zalo. The English tech chat (1,467 lines)
// links real sites, popular and a long tail (listing sites in many
// countries, city housing pages, tenant unions and deposit schemes,
// mortgage and housing data, DIY and home-repair sites and forums,
// Home Assistant, ESPHome, Zigbee2MQTT and other smart-home projects,
// car forums, recall pages, EV charging maps, parking and ride-hailing
// driver pages, dating-app safety pages, wedding sites, school and
// parenting resources, pet care, open-source projects, personal blogs,
// country endings, .gov, .org, .io, .dev, .app, github.io, readthedocs);
// 57 of its lines are plain http (router, NAS, camera and smart-home hub
// pages, LAN addresses, .local names, localhost ports of dev tools,
// intranet names, old sites), with innocent free, download, login,
// verify, account, password, payment, bill, invoice, urgent, refund,
// claim, deposit, rent, lease, listing, offer, viewing, match, date,
// gift card, reward, recall, unlock, security, update and suspended.
// 606 of its lines were written whole (636 written, 30 dropped by the
// checks: bare links, links in sentences, two links in a line,
// angle-bracket and markdown links, trailing punctuation, hosts without
// a scheme, commands in backticks with a URL: curl, pip, npm, docker,
// brew, winget, wget); 861 were joined by a script from 960 of 1,231
// hand-written link-and-topic pairs and 40 sentence frames, each pair
// used once (889 lines, 71 of them with two pairs; 861 kept, 69 with two
// pairs), the script dropping the scheme from 104 links, and the whole
// and joined lines shuffled together. The other sets were written line
// by line: benign Vietnamese messages about rentals, real estate, home
// loans, cars, đăng kiểm, ride-hailing, schools and parents' apps, toys,
// pet shops, weddings, banks, e-wallets and news, on real Vietnamese and
// international domains, with and without diacritics and with innocent
// ưu đãi, miễn phí, khuyến mãi, nhận ngay, hết hạn, mã OTP, đăng nhập,
// xác thực, tài khoản, cập nhật, tải về, hoàn tiền, thanh toán, đặt cọc,
// học phí, xem nhà, tra cứu and đăng ký (244, none http); Vietnamese
// smishing (fake room and flat listings asking a deposit, fake landlords
// and building managers, fake listing-site notices, fake car sales,
// thanh lý xe and car-loan approvals, fake VinFast offers, fake đăng
// kiểm, fake Grab, be and Xanh SM driver bonuses, romance and "đầu tư
// cùng người yêu" platforms, sextortion, fake school fee notices and
// "con đang cấp cứu" hospital-fee scams, fake pet sales and shipping,
// thiệp cưới APKs, bank and e-wallet locks, loans, shorteners, raw IPs,
// punycode, brand-as-prefix hosts, lookalikes and defanged links; 19 of
// 130 http or hxxp); malware download URLs and short lures aimed at this
// audience (fake leases, listing photos, escrow and closing papers, car
// sale papers and VIN reports, school reports, wedding invitations,
// dating-profile photos and pet papers as .zip, .rar, .7z, .iso, .img,
// .lnk, .scr, .exe, .pdf.exe, .docm, .xlsm, .js, .vbs, .hta and .msi,
// fake dating, rental, dealer, parking, EV-charging, school and
// baby-monitor apps and APKs, fake thiệp cưới, Chợ Tốt, VinFast, Grab
// and bank APKs, fake smart-home and camera apps, Roblox, Minecraft and
// Fortnite cheats and executors, cracked home-design and car-diagnostic
// software, typosquatted pip and npm packages, curl|bash, PowerShell,
// mshta, certutil, msiexec, regsvr32, rundll32 and Run-box one-liners in
// backticks, abused file hosts, Discord CDN attachments, forges' release
// pages of fake repos, cloud buckets, free hosting, raw IPs with ports
// and defanged links; 43 of 207 http or hxxp); English phishing chat
// from hijacked accounts and fake staff (rental deposits and fake
// landlords, listing-site and Airbnb host logins, escrow and closing
// wire changes, car-marketplace buyer "verification", ride-hailing
// driver accounts, dating-app verification and romance investment
// platforms, school and childcare payments, free Robux and V-Bucks, pet
// deposits and shipping, "Hi Mum, new number", grandparent scams,
// wedding registries, Apple, Google and Microsoft account locks, bank
// and wallet holds, smart-home subscriptions, "is this you in this
// photo", Discord staff, crypto giveaways; lookalikes, punycode,
// brand-as-prefix hosts, brands on free hosting, Google Forms and Sites,
// IPFS gateways, shorteners, raw IPs and defanged links; 12 of 168 http
// or hxxp); and never-seen scam domains, bare (272: rental, listing,
// landlord, HOA, escrow, title, mortgage, moving, smart-home, car sale,
// car loan, recall, EV-charging, parking, ride-hailing, dating,
// romance-investment, sextortion, school, childcare, kids' game
// currency, pet, wedding, family-emergency, bank, e-wallet and crypto
// names, Vietnamese real-estate, car, đăng kiểm, Grab, be, Xanh SM,
// VinFast, dating, school, hospital, pet, wedding, bank and e-wallet
// names, punycode, typos and cheap new endings). Every attacker host was
// invented (the malware and phishing sets also abuse real file hosts,
// free hosting, forges, cloud buckets, package registries and link
// shorteners); every punycode label was checked to decode to the
// look-alike meant. Nobody tunes on them: TestMeasureEval23 logs what
// each set gets and holds them to no threshold; it fails only on a
// malformed line. With MEASURE_SHOW=1 it logs every line with its level,
// score and reasons (WRONG marks a benign line flagged or a scam
// allowed).
var eval23Sets = []measureSet{
	{"eval23-en-tech.txt", false},
	{"eval23-vi-benign.txt", false},
	{"eval23-vi-smishing.txt", true},
	{"eval23-malware-urls.txt", true},
	{"eval23-en-phish.txt", true},
	{"eval23-scam-domains.txt", true},
}

// TestMeasureEval23 logs, for each twenty-third set, the messages and
// links and how many are flagged, warned and deleted.
func TestMeasureEval23(t *testing.T) {
	t.Parallel()
	measureSets(t, eval23Sets, true)
}
