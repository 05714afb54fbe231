package bot_test

import "testing"

// The nineteenth sets (testdata/measure/eval19-*) were written blind by a
// helper (eval19) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the eighteenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type and
// measureLink, for the line format), from general knowledge, in one short
// session, and were committed before anything was run on them but a
// format check (which found every line with a link). An automated check
// that printed only counts dropped every line already in another set and
// every duplicate (20: 1 tech line, 11 Vietnamese benign lines, 1 malware
// line and 7 scam domains; none a duplicate within the sets), and a
// second one that printed only counts dropped no scam domain for being in
// the training samples (full hosts and registrable domains compared). The
// scam domains had been written with spare ones (305); none had been used
// in the other nineteenth sets' lines, and 26 of the 298 kept were cut at
// random to leave 272. The theme is content creators (2019–2026): music
// and audio production (Ableton, FL Studio, Logic, Reaper, Bitwig, Pro
// Tools, Native Instruments, Arturia, Waves, FabFilter, iZotope,
// Spitfire, Splice, Plugin Boutique, KVR, free plugins on small
// developers' sites, sample packs, Bandcamp, SoundCloud, DistroKid,
// Gearspace and Reddit threads), video editing and motion (Premiere,
// After Effects, DaVinci Resolve, Final Cut, CapCut, Blender, LUTs,
// templates, Envato, Motion Array, fonts, stock footage), photography
// (Lightroom, Capture One, darktable, RawTherapee, Flickr, 500px, camera
// firmware from the makers' sites), streamers and YouTubers (OBS,
// Streamlabs, StreamElements, Twitch, YouTube Studio, Kick, Patreon,
// Ko-fi, sponsorship talk, Canva, Figma, Photopea), podcasters (Audacity,
// Descript, Riverside, Spotify for Podcasters, RSS hosts) and designers
// (Figma plugins, Dribbble, Behance, Google Fonts, icon sets), with
// innocent free, download, crack (a cracked cymbal, a crackle), key
// (musical and license keys), license, giveaway (a real plugin
// company's), sponsor, collab, verify, account, login, copyright and
// strike (Content ID talk), urgent, prize, claim, password (a vendor's
// own docs) and gift card (from the vendor's site). The English tech chat
// (1,515 lines) links real sites, popular and a long tail (indie plugin
// developers, type foundries, small shops and tools on .xyz, .io, .dev,
// .app, .fm, .audio, .me, .cc and country endings, github.io,
// netlify.app, university and tilde pages); 62 of its lines are plain
// http (OBS websocket, NAS, Jellyfin, Syncthing, render-farm and local
// web UIs on LAN addresses, .local names and localhost ports, old plugin
// and audio sites). 904 of its lines were written whole (bare links,
// links in sentences, two links in a line, angle-bracket and markdown
// links, trailing punctuation, hosts without a scheme, commands in
// backticks with a URL: yt-dlp, ffmpeg, brew, winget, flatpak, pip, npm,
// docker, curl to a project's own install script); 611 were joined by a
// script from 636 hand-written link-and-topic pairs and 37 sentence
// frames, each pair used once (three frames take two; 25 lines hold two
// pairs), the script dropping the scheme from 76 links, and the whole and
// joined lines shuffled together; 155 of the whole lines were written in
// a second pass and put in at random places. The other sets were written
// line by line: benign Vietnamese messages from creators, fanpage admins,
// TikTok Shop and Shopee sellers, students and streamers with links on
// real Vietnamese and international domains (Shopee, Lazada, Tiki,
// TikTok, Facebook, Zalo, YouTube, Thế Giới Di Động, FPT Shop,
// CellphoneS, Viblo, banks, e-wallets, couriers, news sites,
// universities, government portals and VNeID), with and without
// diacritics and with innocent ưu đãi, miễn phí, khuyến mãi, voucher,
// nhận ngay, hết hạn, mã OTP, đăng nhập, xác thực, tài khoản, cập nhật,
// tải về, bản quyền, giveaway, quà tặng and tài trợ (258, none http; 46
// of them written in a second pass); Vietnamese smishing (fanpage
// copyright and Meta Business verification, blue-tick offers, TikTok Shop
// fines and payouts, fake brand-collab and KOL booking briefs to
// download, bank and e-wallet locks, couriers, VNeID, traffic fines,
// electricity bills, task scams, loans, prizes, lì xì, shorteners, raw
// IPs, punycode, lookalikes and defanged links; 21 of 129 http or hxxp);
// malware download URLs and short lures aimed at creators (fake
// sponsorship contracts and brand briefs as .zip, .rar, .7z, .scr, .exe,
// .lnk, .iso and .pdf.exe, cracked VSTs and DAWs, "free" Adobe
// installers, fake OBS plugins, LUT, preset and font installers,
// trojanized video downloaders, fake AI voice and upscaler tools, codec
// packs, CapCut Pro and TikTok mod APKs, typosquatted pip and npm
// packages, curl|bash, PowerShell, mshta and Run-box one-liners in
// backticks, abused file hosts, Discord CDN attachments, forges' release
// pages of fake repos, cloud buckets, free hosting, raw IPs with ports
// and defanged links; 40 of 204 http or hxxp); English phishing chat from
// hijacked accounts and fake staff (YouTube copyright strikes and channel
// deletion, fake sponsorship offers behind a login, Instagram, Facebook
// and Meta verification and appeals, TikTok creator fund, Twitch partner
// and payouts, Patreon, Ko-fi, Gumroad and Etsy payout holds, Spotify for
// Artists and DistroKid royalties, Splice, Native Instruments and Adobe
// account warnings, PayPal, Discord staff, "is this you in this video",
// fake giveaways and wallet drainers; lookalikes, punycode,
// brand-as-prefix hosts, brands on free hosting, Google Forms, IPFS
// gateways, shorteners, raw IPs and defanged links; 12 of 175 http or
// hxxp); and never-seen scam domains, bare (272: YouTube, Instagram,
// TikTok and Meta copyright and verification, sponsorship and collab,
// creator-fund and payout, plugin and DAW crack, Adobe and font,
// streaming-platform, bank, courier and crypto names, punycode, typos and
// cheap new endings). Every attacker host was invented (the malware and
// phishing sets also abuse real file hosts, free hosting, forges, cloud
// buckets, package registries and link shorteners). Nobody tunes on them:
// TestMeasureEval19 logs what each set gets and holds them to no
// threshold; it fails only on a malformed line. With MEASURE_SHOW=1 it
// logs every line with its level, score and reasons (WRONG marks a benign
// line flagged or a scam allowed).
var eval19Sets = []measureSet{
	{"eval19-en-tech.txt", false},
	{"eval19-vi-benign.txt", false},
	{"eval19-vi-smishing.txt", true},
	{"eval19-malware-urls.txt", true},
	{"eval19-en-phish.txt", true},
	{"eval19-scam-domains.txt", true},
}

// TestMeasureEval19 logs, for each nineteenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval19(t *testing.T) {
	t.Parallel()
	measureSets(t, eval19Sets, true)
}
