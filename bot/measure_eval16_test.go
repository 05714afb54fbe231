package bot_test

import "testing"

// The sixteenth sets (testdata/measure/eval16-*) were written blind by a
// helper (eval16) who had read none of the earlier sets, lure or brand
// lists, benchmarks, docs or rule code (only the fifteenth sets' test
// file, for the layout, and readMeasureSet with the measureSet type and
// measureLink, for the line format), from general knowledge, and were
// committed before anything was run on them but a format check; an
// automated check that printed only counts dropped every line already in
// another set and every duplicate (33 lines: 24 tech, 2 benign
// Vietnamese, 7 scam domains, none a duplicate within the sets; the scam
// domains had been written with spare ones, so 25 of the kept were cut at
// random to leave 273). The theme is a web3/crypto developer community
// and a gaming Discord community (2020–2026), where real attacks on
// Discord concentrate and innocent words look like lures. The English
// tech chat (1,531 lines) is smart-contract and dApp developers' talk
// (Solidity, Foundry, Hardhat, viem, ethers and wagmi docs, OpenZeppelin,
// Etherscan and other explorers' pages for real contracts and
// transactions, testnet faucets, RPC providers, chain and bridge docs,
// audits and contests, EIPs, DAO forums, Snapshot and Tally, real
// wallets' docs and download pages, Dune dashboards, GitHub, npm, PyPI
// and crates.io) and game developers', modders' and players' talk (Godot,
// Unity, Unreal, Steamworks docs, Steam store, support and community
// pages, itch.io, Nexus Mods, CurseForge, Modrinth, Paper and Spigot
// plugins, speedrun.com, Twitch, YouTube, Discord developer docs and bot
// libraries, patch notes, game wikis, esports brackets and stats sites),
// with innocent wallet, claim, airdrop (talked about, not offered), mint,
// bridge, connect, verify (contract verification and server verification
// bots), token, protocol, free, gift, nitro (talked about), a giveaway a
// moderator announces, login, update, download, install, beta, key,
// redeem and seed (a fuzz seed, a world seed, seed data, a warning never
// to share a seed phrase); roughly a fifth of its lines link a long tail
// of small projects, personal blogs, indie studios, clans and servers on
// .xyz, .io, .gg, .dev, .app, .fi, .finance, .world, .network, .games and
// country endings; 15 of its lines are plain http (localhost, LAN
// addresses and old sites). 835 of its lines were written whole (bare
// links, links in sentences, two links in a line, angle-bracket and
// markdown links, trailing punctuation, hosts without a scheme); 696 were
// joined by a script from 746 hand-written link-and-topic pairs and 63
// sentence frames, each pair used once (a few frames take two), the
// script dropping the scheme from 53 links, and the whole and joined
// lines shuffled together. The other sets were written line by line:
// benign Vietnamese messages from gamers, students and crypto-curious
// people with links on real Vietnamese and international domains (Garena,
// VNG and other publishers' official top-up and giftcode pages, esports
// news, universities, banks, e-wallets, couriers, shops, news sites,
// government portals), with and without diacritics and with innocent ưu
// đãi, miễn phí, khuyến mãi, voucher, nhận ngay, hết hạn, mã OTP, đăng
// nhập, nạp thẻ and sự kiện (251, none http); Vietnamese smishing (game
// account locks and cheap top-ups, fake Garena, Liên Quân, Free Fire,
// PUBG and FC Online giftcode events, crypto investment and "đào coin",
// fake exchange KYC and airdrops, bank and e-wallet locks and biometrics,
// couriers, traffic fines, VNeID, tax refunds, prizes, votes, task scams,
// loans, fake .apk and .exe apps, shorteners, raw IPs, punycode and
// defanged links; 19 of 128 http); malware download URLs and short lures
// aimed at gamers and crypto developers (fake game betas "try my game",
// cheats, aimbots and executors, cracked games and tools, fake Discord
// and Steam clients, nitro and robux generators, fake wallets and "wallet
// recovery tools", MEV and sniper bots, fake npm and pip packages and
// interview take-homes, ClickFix Run, PowerShell and Terminal commands in
// backticks, abused file hosts, Discord CDN attachments, forges, cloud
// buckets, free hosting, shorteners, raw IPs with ports, decimal, hex and
// IPv6 addresses, defanged links; 31 of 171 http or hxxp); English
// phishing chat from hijacked accounts (fake Nitro and Steam gifts, "vote
// for my team", "I accidentally reported you", fake Discord staff,
// HypeSquad and moderator applications, Steam trade offers and free
// skins, fake game beta keys, fake collab and stealth mints, token
// migrations, fake airdrops and claims, fake "revoke approvals" tools,
// fake bridges, fake exchange and wallet support, fake verification bots
// and QR logins; compromised sites' deep paths, free hosting, Google
// Forms and Sites, IPFS gateways, lookalikes, brand-as-prefix hosts,
// punycode, shorteners, raw IPs and defanged links; 21 of 169 http or
// hxxp); and never-seen scam domains, bare (273: Discord, Steam, game
// publishers', wallets', exchanges' and DeFi lookalikes, brand-as-prefix
// hosts, punycode homoglyphs, random strings, giveaway, airdrop and claim
// names, cheap new endings). Every attacker host was invented (the
// malware and phishing sets also abuse real file hosts, free hosting,
// forges, cloud buckets, package registries and link shorteners). Nobody
// tunes on them: TestMeasureEval16 logs what each set gets and holds them
// to no threshold; it fails only on a malformed line. With MEASURE_SHOW=1
// it logs every line with its level, score and reasons (WRONG marks a
// benign line flagged or a scam allowed).
var eval16Sets = []measureSet{
	{"eval16-en-tech.txt", false},
	{"eval16-vi-benign.txt", false},
	{"eval16-vi-smishing.txt", true},
	{"eval16-malware-urls.txt", true},
	{"eval16-en-phish.txt", true},
	{"eval16-scam-domains.txt", true},
}

// TestMeasureEval16 logs, for each sixteenth set, the messages and links
// and how many are flagged, warned and deleted.
func TestMeasureEval16(t *testing.T) {
	t.Parallel()
	measureSets(t, eval16Sets, true)
}
