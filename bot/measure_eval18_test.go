package bot_test

import "testing"

// The eighteenth sets (testdata/measure/eval18-*) were written blind by
// a helper (eval18) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the seventeenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type and
// measureLink, for the line format), from general knowledge, and were
// committed before anything was run on them but a format check; an
// automated check that printed only counts dropped every line already in
// another set and every duplicate (25 lines: 5 tech and 20 scam domains,
// none a duplicate within the sets; six tech lines the format check
// found without a link were given one). The scam domains had been
// written with spare ones: 221 that the helper had already used in the
// other eighteenth sets' lines were set aside, and 34 of the kept were
// cut at random to leave 272. The theme is a maker, electronics,
// 3D-printing and retro-computing community and a game-modding,
// emulation and mobile-app-developer community (2019–2026), whose
// members trade firmware, .zip, .7z, .apk, .hex, .uf2 and .bin files,
// mods, ROM-dumping tools, emulator builds, STL and G-code every day and
// where innocent words look like lures. The English tech chat (1,555
// lines) is makers' talk (Arduino, ESP32 and ESP8266, Raspberry Pi and
// Pico, PlatformIO, KiCad, EasyEDA, JLCPCB, PCBWay, LCSC, Adafruit,
// SparkFun, Pimoroni, Digi-Key and Mouser datasheets, Tasmota, WLED and
// ESPHome web flashers, QMK, VIA and ZMK keyboards, Klipper, Marlin,
// OctoPrint, Prusa, Bambu, Printables, Thingiverse, Cults, MakerWorld,
// Hackaday, Instructables, shops in many countries), retro-computing
// and emulation talk (Vogons, archive.org, WinWorld, bitsavers, C64,
// Amiga and Apple II sites, MiSTer, Everdrive, RetroArch, Dolphin,
// PCSX2, RPCS3, DuckStation, PPSSPP, MAME, the Yuzu and Ryujinx
// shutdowns, romhacking.net, decomps, homebrew guides, emulation wikis),
// game modders' talk (Nexus Mods, ModDB, CurseForge, Modrinth,
// Thunderstore, SKSE, BepInEx, Fabric, Forge and NeoForge, Steam
// Workshop, mod wikis, forges' release pages) and mobile developers'
// talk (Android Developers, Play Console, F-Droid, APKMirror, TestFlight,
// App Store Connect, Flutter, React Native, Expo, Kotlin, Swift,
// Firebase), with innocent login, password, verify (checksums,
// signatures), account, token and key (API and signing keys), free,
// download, install, update, urgent, gift (a Steam gift), giveaway (a
// real maker channel's), nitro (discord.com links), prize, claim and,
// rarely, wallet; roughly a fifth of its lines link a long tail of small
// projects, personal blogs, indie tools and shops on .xyz, .io, .dev,
// .app, .sh, .me, .net, .org, .gg, .cc and country endings, github.io,
// vercel.app and university and tilde pages; 48 of its lines are plain
// http (LAN printer, OctoPrint, Mainsail and ESP pages, .local names,
// localhost ports, old retro sites, the ESP8266 board index). 692 of its
// lines were written whole (bare links, links in sentences, two links in
// a line, angle-bracket and markdown links, trailing punctuation, hosts
// without a scheme, commands in backticks with a URL: esptool,
// arduino-cli, avrdude, adb, curl to a project's own install script);
// 863 were joined by a script from 907 hand-written link-and-topic pairs
// and 54 sentence frames, each pair used once (five frames take two; 43
// lines hold two pairs), the script dropping the scheme from 62 links,
// and the whole and joined lines shuffled together (one joined line was
// then dropped by the check). The other sets were written line by line:
// benign Vietnamese messages from makers, students, gamers and app
// developers with links on real Vietnamese and international domains
// (Shopee, Lazada, Tiki, hshop.vn and other parts shops, Thế Giới Di
// Động, FPT Shop, CellphoneS, Viblo, TopDev, ITviec, Voz, Tinh tế,
// GameK, Garena's own top-up pages, universities, banks, e-wallets,
// couriers, news sites, government portals and VNeID), with and without
// diacritics and with innocent ưu đãi, miễn phí, khuyến mãi, voucher,
// nhận ngay, hết hạn, mã OTP, đăng nhập, xác thực, tài khoản, cập nhật,
// tải về, giveaway and quà tặng (263, none http); Vietnamese smishing
// (bank and e-wallet locks and biometrics, fake game top-up for Free
// Fire diamonds and Liên Quân skins, fake mod and hack .apk apps, fake
// shop vouchers and order refunds, couriers and customs fees, traffic
// fines, VNeID, electricity and water bills, task scams, loans, prizes,
// lì xì, shorteners, raw IPs, punycode, lookalikes and defanged links;
// 20 of 132 http or hxxp); malware download URLs and short lures aimed
// at makers, gamers, modders and app developers (trojanized Arduino IDE,
// Cura, PrusaSlicer, Bambu Studio, OrcaSlicer and KiCad installers on
// lookalike sites, fake printer, keyboard, ESP and Flipper firmware,
// cracked games and repacks, mod menus, cheats, aimbots and executors,
// fake emulator builds with BIOS packs and keys, fake Minecraft, Roblox,
// Steam, Epic and Discord tools, trojanized and modded APKs and IPAs,
// typosquatted pip and npm packages, curl|bash, PowerShell, mshta and
// Run-box one-liners in backticks, abused file hosts, Discord CDN
// attachments, forges' release pages of fake repos, cloud buckets, free
// hosting, raw IPs with ports and defanged links; 40 of 195 http or
// hxxp); English phishing chat from hijacked accounts and fake staff
// (Steam "is this you in the screenshot", fake reports, trades and
// votes, skin giveaways, free Nitro, Discord staff and verification
// bots, fake game-studio beta testers, fake Epic, Riot, Mojang, Xbox
// and PlayStation logins, Nexus, CurseForge, Modrinth, itch.io and
// Thunderstore account and payout warnings, Apple and Google developer
// account suspension, Play Console policy, App Store Connect, Firebase
// and cloud billing, PayPal, Etsy, Tindie and eBay seller scams aimed at
// sellers of prints and kits, fake maker-channel and Printables or
// MakerWorld giveaways, wallet drainers and fake mints; lookalikes,
// punycode homoglyphs, brand-as-prefix hosts, brands on free hosting,
// Google Forms, IPFS gateways, shorteners, raw IPs and defanged links;
// 12 of 176 http or hxxp); and never-seen scam domains, bare (272:
// Steam, CS2 skin, Discord and Nitro, game-store, Roblox and mobile-game
// currency, mod-site, emulator, cheat and executor, app-store and
// developer-console, maker-shop and printer-giveaway, seller-platform,
// courier, bank and crypto names, punycode homoglyphs, typos and cheap
// new endings). Every attacker host was invented (the malware and
// phishing sets also abuse real file hosts, free hosting, forges, cloud
// buckets, package registries and link shorteners). Nobody tunes on
// them: TestMeasureEval18 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a
// benign line flagged or a scam allowed).
var eval18Sets = []measureSet{
	{"eval18-en-tech.txt", false},
	{"eval18-vi-benign.txt", false},
	{"eval18-vi-smishing.txt", true},
	{"eval18-malware-urls.txt", true},
	{"eval18-en-phish.txt", true},
	{"eval18-scam-domains.txt", true},
}

// TestMeasureEval18 logs, for each eighteenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval18(t *testing.T) {
	t.Parallel()
	measureSets(t, eval18Sets, true)
}
