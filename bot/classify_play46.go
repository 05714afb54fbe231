package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/brand"
)

// Names made for the scams that court players (play46). Gaming
// communities are sent three kinds of scam sites whose names no earlier
// reading knew:
//
//   - free game money and items: a game's currency or item (robux,
//     vbucks, primogems, UC, diamonds, skins, pets, gift codes) joined to
//     what a generator or a giveaway offers (gen, generator, free, daily,
//     claim, rewards): robux-daily-gen, free-primogems, uc-rewards.gg,
//     psn-code-gen, pets-free-adoptme, case-drop;
//   - cheats, executors and modded apps: aimbot, wallhack, mod menu, a
//     Roblox executor's name, a spoofer, modded APKs (synapse-executor,
//     undetected-aimbot, valorant-spoofer, fluxus-keys, premium-apk-mods);
//   - a mod host's or an anti-cheat's account notice on a stranger's name
//     (nexusmods-signin, curseforge-payout, vac-ban-appeal): the mod
//     hosts are no protected brand (anyone uploads there, so their own
//     domains are not trusted as a brand's are).
//
// playName reads a registrable label so: every hyphenated part splits
// into words it knows (playWord), so that a fan's site, a shop or a
// tool with a name of its own (genshin-center, brawlstars-gems,
// minecraft-server-list, steam-deck-guide) is not read. The same reading
// names a shortened link's slug (playSlugName: bit.ly/free-robux-now,
// rb.gy/steam-verify), where a brand's account notice is read too.

// wPlayName: a name made for a game's free money, a cheat or a mod
// host's notice warns alone, as a notice's name does (wNoticeName)
const wPlayName = wNoticeName

// playCurrency are what players pay for, named by no other trade: a
// game's money (robux, vbucks, primogems, minecoins) or its paid pass.
var playCurrency = setOf("robux", "vbucks", "vbuck", "vbux", "primogems", "primogem", "primos", "minecoins", "gamepass",
	"gamepasses", "nitro", "robuxs", "stumblegems", "genesiscrystals", "rbx", "riotpoints", "codpoints", "apexcoins",
	"fifacoins", "stellarjade", "pokecoins")

// playItems are what players are offered that other trades name too
// (a jeweller's gems, a lawyer's case, a phone's skin, a roleplay's
// rp): an item only beside a game, a platform, a gamer's ending (.gg)
// or a generator's word.
var playItems = setOf("uc", "cp", "rp", "vp", "gems", "gem", "diamonds", "diamond", "coins", "skins", "skin", "cases",
	"case", "pets", "pet", "points", "items", "knife", "knives", "fruits", "fruit", "accounts", "account", "alts", "alt",
	"keys", "key", "codes", "code", "giftcard", "giftcards", "card", "cards", "topup", "credits", "tokens", "shards",
	"realms", "battlepass", "wallet", "giftcode", "giftcodes", "redeemcode", "redeemcodes", "crystals", "bucks",
	"spins", "dice", "limiteds", "godly", "godlys", "headless", "korblox", "skins4free")

// playCoins are the items a game sells as its money, which a top-up's
// name sets beside the game (mlbb-diamond, uc-pubg, codmobile-cp).
// Riot's points (rp) are the money of League's games only (lol-rp): beside
// another game rp is a roleplay's (gta-rp, minecraft-rp; rev46d).
var playCoins = setOf("diamonds", "diamond", "gems", "gem", "uc", "cp", "vp", "crystals", "shards", "coins")

// playCoinLess are playGameWords whose diamonds and gems are found in the
// game, not bought (minecraft-diamonds, a guide's; rev46d).
var playCoinLess = setOf("minecraft", "mc")

// playRiotGames are the games whose money Riot's points (rp) are.
var playRiotGames = setOf("lol", "league", "riot", "wildrift")

// playPlatforms are the stores and consoles whose codes and cards the
// scams offer (psn-code-gen, free-eshop-codes, xbox-giftcard-free).
var playPlatforms = setOf("psn", "psplus", "xbox", "eshop", "steam", "steamwallet", "nintendo", "playstation",
	"googleplay", "itunes", "roblox")

// playGames are games whose players the scams court, as the players write
// them, each read as a game only: minecraft and the games whose names
// are words (rust, cod, apex, clash) are playGameWords.
var playGames = setOf("roblox", "fortnite", "pubg", "pubgm", "bgmi", "freefire", "genshin", "honkai", "hsr", "valorant",
	"valo", "csgo", "cs2", "mlbb", "mobilelegends", "brawlstars", "clashofclans", "adoptme", "bloxfruits", "bloxfruit",
	"petsim", "petsimulator", "gta5", "gtav", "warzone", "codm", "overwatch", "stumbleguys", "amongus", "rocketleague",
	"dota2", "tf2", "tarkov", "bedwars", "blooket", "efootball", "eafc", "fc25", "fc26", "hypixel", "skyblock",
	"mm2", "starrail", "wildrift", "deltaforce", "coinmaster", "monopolygo", "pokemongo", "8ballpool", "subwaysurfers",
	"clashroyale", "freefiremax", "ffmax", "lunarclient", "korblox")

// playGameWords are games whose names are words or letters of other
// things too (rust, cod, apex, clash, lol, ow, ff, gta, mc) or whose
// players trade their own skins and gifts (minecraft): beside an item
// they say whose, but no generator of their own is read.
var playGameWords = setOf("rust", "cod", "apex", "clash", "coc", "brawl", "lol", "ow", "ff", "gta", "mc", "minecraft",
	"siege", "r6", "dota", "league", "fifa", "cs", "fn", "rb", "bf", "pubgmobile", "riot", "fut", "royale")

// playStrong are what only a generator, a hack or a glitch offers.
var playStrong = setOf("gen", "generator", "generators", "hack", "hacks", "hacked", "unlimited", "glitch", "adder",
	"giver", "spawner", "dupe")

// playGenerators are playStrong's words of a generator, not a hack: a
// console's or a store's codes are read beside them (steamwallet-gen);
// a console's hacks are its homebrew's (nintendo-hacks).
var playGenerators = setOf("gen", "generator", "generators", "unlimited", "adder", "giver", "spawner")

// playGameItems are playItems no tool of another trade makes: beside a
// generator's word they are a game's (unlimited-gems). A key, a code, a
// card or a token generator is a developer's tool (key-generator,
// code-generator).
var playGameItems = setOf("gems", "gem", "diamonds", "diamond", "skins", "pets", "fruits", "knife", "knives", "shards",
	"battlepass", "topup", "uc", "robuxs")

// playOffers are what a giveaway offers, each a word of ordinary sites
// too: read beside a game's money, or an item beside a game.
var playOffers = setOf("free", "freebies", "daily", "gift", "gifts", "giveaway", "giveaways", "reward", "rewards",
	"redeem", "claim", "claims", "drop", "drops", "bonus", "promo", "earn", "win", "spin", "get", "grab", "instant",
	"event", "giveway", "opening", "open", "battle", "battles", "redeemer", "spin", "freespins")

// playOfferOwn are playOffers a game's own name beside them makes an
// offer of its own (genshin-redeem, roblox-rewards, fortnite-giveaway):
// free, get, win and daily are a fan site's words (free-fortnite-maps).
var playOfferOwn = setOf("gift", "gifts", "giveaway", "giveaways", "reward", "rewards", "redeem", "claim", "claims",
	"giveway", "redeemer")

// playFillers are the other words such names are padded with.
var playFillers = setOf("my", "the", "your", "now", "today", "online", "hub", "zone", "pro", "vip", "official", "new",
	"real", "legit", "working", "no", "verification", "human", "verify", "tool", "tools", "site", "web", "app", "4u",
	"for", "you", "all", "here", "fast", "easy", "best", "top", "java", "x", "club", "world", "center", "plus", "go",
	"mobile", "pc", "ios", "android", "and", "to", "of", "in", "up", "premium", "download", "hq", "store", "shop",
	"undetected", "private", "paid", "exec", "loader", "external", "internal", "script", "scripts", "client", "neo",
	"ultimate", "mega", "super", "2k", "10k", "100k", "1k", "5k", "unlock", "unlocked", "cracked", "ultra")

// playCheats are a cheat's own words: read beside any word of these
// names (undetected-aimbot, triggerbot-free, gta5-modmenu).
var playCheats = setOf("aimbot", "aimbots", "triggerbot", "triggerbots", "wallhack", "wallhacks", "modmenu", "modmenus",
	"silentaim", "softaim", "ragebot", "aimassist", "spinbot", "bhop", "noclip", "aimlock", "skinchanger", "hvh",
	"norecoil", "radarhack", "unlockall")

// playCheatTools are words of a cheat's tools that tools of other trades
// use too (a test executor, an exploit database, a dependency injector,
// a caller-ID spoofer): read only beside a game, an executor's name, a
// hardware ban's word (hwid) or another cheat's word.
var playCheatTools = setOf("executor", "executors", "exploit", "exploits", "injector", "unlocker", "unlockall",
	"spoofer", "spoofers", "cheats", "cheat", "hacks", "hack", "bypass", "hwid", "keysystem")

// playExecutors are Roblox script executors' names no other thing has;
// playExecutorWords are those that are words too (delta, wave, codex),
// read only beside an executor's word.
var playExecutors = setOf("krnl", "fluxus", "synapsex", "arceusx", "jjsploit", "scriptware", "vegax", "macsploit",
	"seliware", "zorara", "sirhurt")

// playExecutorWords: executors named as something else is (rev46d:
// ronixtools.com is a power tools maker's, awp a Counter-Strike rifle
// players name skin sites after, arceus a Pokémon, solara a Python
// framework, xeno a bird-sound archive's word)
var playExecutorWords = setOf("delta", "wave", "codex", "hydrogen", "synapse", "swift", "velocity", "cryptic", "nezur",
	"arceus", "solara", "xeno", "trigon", "evon", "awp", "krampus", "ronix", "cubix", "bunni")

// playExecWords are the words beside which playExecutorWords name an
// executor.
var playExecWords = setOf("executor", "executors", "exec", "exploit", "exploits", "keysystem", "keyless")

// playApps are the sites of modded Android apps whose names the scams
// run on (happymod-vip, modyolo-premium), and playApk the words of a
// modded app.
var playApps = setOf("happymod", "modyolo", "apkmody", "liteapks", "an1", "modcombo", "apkmod", "moddroid", "apkdone")

// playHosts are the mod hosts, game stores and anti-cheats whose account
// notices the scams name their sites after (nexusmods-signin,
// curseforge-payout, vac-ban-appeal); their own sites are anyone's
// uploads and no protected brand's.
var playHosts = setOf("nexusmods", "nexusmod", "curseforge", "modrinth", "moddb", "itchio", "gamebanana", "thunderstore",
	"vac", "vanguard", "battleye", "easyanticheat", "eac", "overwolf", "gamejolt", "steamgifts", "planetminecraft",
	"spigotmc", "optifine", "modworkshop", "badlion")

// playBanOnly are playHosts whose names are other things' too (Valve's
// anti-cheat's vac, Vanguard the investor's and the guard firms',
// eac): read beside a ban's appeal only (vac-ban-appeal,
// vanguard-ban-appeal; rev46d: vanguardsecurity.com).
var playBanOnly = setOf("vac", "vanguard", "eac")

// playNotices are what such a notice says or asks.
var playNotices = setOf("login", "signin", "signon", "verify", "verification", "payout", "payouts", "appeal", "appeals",
	"ban", "banned", "unban", "suspended", "suspension", "locked", "unlock", "recovery", "recover", "refund",
	"security", "secure", "auth", "confirm", "reset", "password", "2fa", "claim", "reward", "rewards", "giveaway",
	"premium", "download", "free", "support", "ticket", "billing", "alert", "review", "restore", "reactivate")

// playPairs are two words that name one thing written apart, and the
// thing; playHalves are the words read only as half of one.
var playPairs = map[string]string{"free fire": "freefire", "adopt me": "adoptme", "v bucks": "vbucks",
	"mod menu": "modmenu", "gift card": "giftcard", "gift cards": "giftcards", "battle pass": "battlepass",
	"blox fruits": "bloxfruits", "blox fruit": "bloxfruit", "brawl stars": "brawlstars", "pet sim": "petsim",
	"coin master": "coinmaster", "monopoly go": "monopolygo", "nexus mods": "nexusmods", "no recoil": "norecoil",
	"skin changer": "skinchanger", "game pass": "gamepass", "genesis crystals": "genesiscrystals",
	"unlock all": "unlockall", "aim bot": "aimbot", "trigger bot": "triggerbot", "wall hack": "wallhack",
	"wall hacks": "wallhacks", "stumble guys": "stumbleguys", "riot points": "riotpoints", "cod points": "codpoints", "apex coins": "apexcoins",
	"fifa coins": "fifacoins", "fc coins": "fifacoins", "stellar jade": "stellarjade", "star rail": "starrail"}

var playHalves = setOf("fire", "adopt", "me", "v", "menu", "blox", "stars", "sim", "master", "monopoly", "nexus",
	"recoil", "changer", "genesis", "aim", "trigger", "wall", "jade", "stellar", "rail", "bot", "stumble", "guys")

// playFlags are what a name's words hold, by kind.
type playFlags struct {
	currency, item, platform, game, gameWord, strong, offer, offerOwn                   bool
	cheat, cheatTool, executor, executorWord, execWord, app, apk, host, hostNotice, ban bool
	// gameItem: an item no tool of another trade makes (gems,
	// diamonds, skins); generator: a generator's word (gen, unlimited);
	// caseDrop: a case beside a drop or an opening; mod, premium: a
	// modded or paid app's words; banWord: a ban's appeal (appeal,
	// unban)
	// strictTool: a cheat tool's word that security's and programmers'
	// tools have too (exploit, injector, executor): read beside a game
	// that is no word (rust-exploit is a Rust program's)
	// undetected: a cheat seller's word; codes: a gift's or a
	// redemption's codes
	// ownCurrency: a game's money no other thing is named (robux,
	// vbucks, primogems; not nitro, a car's and a framework's too);
	// coin: an item a game sells as its money (diamonds, gems, uc, cp)
	// shortJoined: a word of two letters run together with another;
	// gameWordJoined: one of playGameWords run together with another;
	// coinGame: a game whose coins are bought (not minecraft);
	// riotPoints, riotGame: rp, and a game it is the money of
	gameItem, generator, caseDrop, mod, premium, banWord, strictTool, undetected, codes, ownCurrency, coin, shortJoined bool
	gameWordJoined, coinGame, riotPoints, riotGame                                                                      bool
	words                                                                                                               int
}

// playWord reports whether w is a word playName reads.
func playWord(w string) bool {
	return playCurrency[w] || playItems[w] || playPlatforms[w] || playGames[w] || playGameWords[w] || playStrong[w] ||
		playOffers[w] || playFillers[w] || playCheats[w] || playCheatTools[w] || playExecutors[w] ||
		playExecutorWords[w] || playExecWords[w] || playApps[w] || w == "apk" || w == "apks" || playHosts[w] ||
		playNotices[w] || playHalves[w] || w == "mod" || w == "mods" || w == "modded"
}

// playLongest is the length of the longest word playName reads.
var playLongest = longestWord(playCurrency, playItems, playPlatforms, playGames, playGameWords, playStrong, playOffers,
	playFillers, playCheats, playCheatTools, playExecutors, playExecutorWords, playExecWords, playApps, playHosts,
	playNotices)

// playAnchors are the words one of which a name must hold for playName to
// split it: most names hold none and are passed over before they are.
var playAnchors = func() (out [26][]string) {
	for _, set := range [...]map[string]bool{playCurrency, playItems, playPlatforms, playGames, playCheats,
		playCheatTools, playExecutors, playExecutorWords, playApps, playHosts} {
		for w := range set {
			if c := w[0]; c >= 'a' && c <= 'z' {
				out[c-'a'] = append(out[c-'a'], w)
			}
		}
	}
	out['a'-'a'] = append(out['a'-'a'], "apk")
	// the halves of a pair no other anchor stands beside
	// (nexus-mods-login, trigger-bot-free)
	out['n'-'a'] = append(out['n'-'a'], "nexus")
	out['t'-'a'] = append(out['t'-'a'], "trigger")
	return out
}()

// holdsPlayAnchor reports whether s holds one of playAnchors.
func holdsPlayAnchor(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			continue
		}
		for _, t := range playAnchors[c-'a'] {
			if strings.HasPrefix(s[i:], t) {
				return true
			}
		}
	}
	return false
}

// playWords splits a label's hyphenated parts into the words playName
// knows and reports what they hold; ok is false when a part holds a
// word it does not know.
func playWords(label string) (f playFlags, first string, ok bool) {
	if len(label) > 40 || len(label) < 5 || !holdsPlayAnchor(label) {
		return f, "", false
	}
	label = trimNumber(label)
	var words [12]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		k, ok := splitRunInto(part, words[:], n, playWord, playLongest)
		if !ok || part == "" {
			return f, "", false
		}
		for _, w := range words[n:k] {
			// a word of two letters run together with another
			// (rp in rpcs3, an emulator's name)
			f.shortJoined = f.shortJoined || k-n > 1 && len(w) <= 2
			// a game's name that is a word, run together with
			// another (diamondleague, apexgems, royalediamonds: a
			// sports league's, a jeweller's; rev46d)
			f.gameWordJoined = f.gameWordJoined || k-n > 1 && playGameWords[w]
		}
		n = k
	}
	// two words that name one thing written apart (free-fire,
	// adopt-me, v-bucks, mod-menu) are read as that thing; a word read
	// only so (fire, bucks, menu) is no word of these names alone
	m := 0
	for i := 0; i < n; i++ {
		w := words[i]
		if i+1 < n {
			if joined, ok := playPairs[w+" "+words[i+1]]; ok {
				words[m] = joined
				m++
				i++
				continue
			}
		}
		if playHalves[w] {
			return f, "", false
		}
		words[m] = w
		m++
	}
	n = m
	f.words = n
	for _, w := range words[:n] {
		f.currency = f.currency || playCurrency[w]
		f.item = f.item || playItems[w]
		f.platform = f.platform || playPlatforms[w]
		f.game = f.game || playGames[w]
		f.gameWord = f.gameWord || playGameWords[w]
		f.strong = f.strong || playStrong[w]
		f.offer = f.offer || playOffers[w]
		f.offerOwn = f.offerOwn || playOfferOwn[w]
		f.cheat = f.cheat || playCheats[w]
		f.cheatTool = f.cheatTool || playCheatTools[w]
		f.executor = f.executor || playExecutors[w]
		f.executorWord = f.executorWord || playExecutorWords[w]
		f.execWord = f.execWord || playExecWords[w]
		f.app = f.app || playApps[w]
		f.apk = f.apk || w == "apk" || w == "apks"
		f.gameItem = f.gameItem || playGameItems[w]
		f.undetected = f.undetected || w == "undetected"
		f.ownCurrency = f.ownCurrency || playCurrency[w] && w != "nitro" && w != "gamepass" && w != "gamepasses"
		f.coin = f.coin || playCoins[w]
		f.coinGame = f.coinGame || playGames[w] || playGameWords[w] && !playCoinLess[w]
		f.riotPoints = f.riotPoints || w == "rp"
		f.riotGame = f.riotGame || playRiotGames[w]
		f.codes = f.codes || w == "codes" || w == "code" || w == "giftcode" || w == "giftcodes" || w == "redeemcode"
		f.strictTool = f.strictTool || w == "exploit" || w == "exploits" || w == "injector" || w == "executor" || w == "executors"
		f.generator = f.generator || playGenerators[w]
		f.mod = f.mod || w == "mod" || w == "mods" || w == "modded"
		f.premium = f.premium || w == "premium" || w == "unlocked" || w == "vip" || w == "cracked" || w == "pro"
		// a ban's appeal, not a ban alone: vacbanned.com and
		// vac-ban.com look up whose account is banned (rev46d)
		f.banWord = f.banWord || w == "unban" || w == "appeal" || w == "appeals"
		f.caseDrop = f.caseDrop || (w == "drop" || w == "drops" || w == "opening" || w == "battle" || w == "battles") &&
			slicesHasCase(words[:n])
		f.host = f.host || playHosts[w] && !playBanOnly[w]
		f.ban = f.ban || playBanOnly[w]
		f.hostNotice = f.hostNotice || playNotices[w]
		if first == "" && (playCurrency[w] || playItems[w] || playCheats[w] || playExecutors[w] || playApps[w] || playHosts[w]) {
			first = w
		}
	}
	if first == "" {
		first = words[0]
	}
	return f, first, n >= 2
}

// playName returns what a registrable label (site.Label()) made for
// the scams that court players offers or names (kind "money", "cheat" or
// "notice"), its first telling word, and whether it is one; gg says the
// name is under .gg, a gamer's ending, which says an item is a game's.
func playName(label string, gg bool) (kind, word string, ok bool) {
	f, word, ok := playWords(label)
	if !ok {
		return "", "", false
	}
	games := f.game || f.gameWord
	switch {
	case f.currency && (f.strong || f.offer || f.codes || f.ownCurrency):
		// robux-daily-gen, free-primogems, vbucks-gen, gamepass-codes,
		// robuxhub, fortnitevbucks
		return "money", word, true
	case (f.coin && f.coinGame || f.riotPoints && f.riotGame) && !f.shortJoined && !(f.gameWordJoined && !f.game):
		// mlbb-diamond, uc-pubg, ff-diamond, codmobile-cp: a top-up's
		// name, which the stores write as their own (Codashop,
		// Midasbuy, the games' own shops are protected)
		return "money", word, true
	case f.item && (f.strong || f.offer) && (games || f.platform || gg):
		// uc-rewards.gg, psn-code-gen, pets-free-adoptme,
		// cs2-skins-free, steam-keys-giveaway
		return "money", word, true
	case f.gameItem && f.strong:
		// unlimited-gems, diamonds-generator
		return "money", word, true
	case f.caseDrop:
		// case-drop, freecase-opening
		return "money", word, true
	case f.platform && f.generator:
		// steamwallet-gen
		return "money", word, true
	case f.game && (f.strong || f.offerOwn):
		// roblox-hack, genshin-redeem, fortnite-giveaway
		return "money", word, true
	case f.cheat:
		// undetected-aimbot, triggerbot-free, gta5-modmenu
		return "cheat", word, true
	case f.cheatTool && (f.game || (f.gameWord || gg || f.undetected) && !f.strictTool || f.executor ||
		f.executorWord && f.execWord || strings.Contains(label, "hwid")):
		// valorant-spoofer, roblox-exploits, krnl-executor,
		// delta-executor, hwid-spoofer, undetected-cheats
		return "cheat", word, true
	case f.executor:
		// fluxus-keys, solara-exec
		return "cheat", word, true
	case f.executorWord && f.execWord:
		// codex-exec, wave-keyless
		return "cheat", word, true
	case f.apk && (f.mod || f.strong || f.app || f.premium):
		// premium-apk-mods, freefire-mod-apk, modapk-premium
		return "cheat", word, true
	case f.app && f.premium:
		// happymod-vip (happymodapp is the app's own site)
		return "cheat", word, true
	case f.host && f.hostNotice:
		// nexusmods-signin, curseforge-payout, moddb-download
		return "notice", word, true
	case f.ban && f.banWord:
		// vac-ban-appeal
		return "notice", word, true
	}
	return "", "", false
}

// playSlugWords are a brand's account notice's words in a shortened
// link's slug (rb.gy/steam-verify, bit.ly/epic-account-locked): what the
// notice demands or says befell the account. A topic's words are not
// (security, secure, auth, 2fa: bit.ly/github-security, a talk's
// slides; bit.ly/google-auth, a codelab; rev46d).
var playSlugWords = setOf("verify", "verification", "login", "signin", "locked", "suspended", "banned", "ban", "appeal",
	"recovery", "recover", "unlock", "reset", "confirm", "unban", "restore")

// playSlugBrands are the platforms whose account notices a shortened
// link's slug names (the names of the protected brands a message's word
// reads besides: brand.Matcher.Named, a message's word's brand).
var playSlugBrands = setOf("steam", "discord", "nitro", "epic", "epicgames", "riot", "riotgames", "psn", "playstation",
	"xbox", "roblox", "minecraft", "mojang", "nintendo", "fortnite", "valorant", "genshin", "hoyoverse", "battlenet",
	"blizzard", "ubisoft", "faceit", "nexusmods", "curseforge", "modrinth", "twitch", "paypal", "microsoft", "google",
	"apple", "instagram", "facebook", "tiktok", "telegram")

// playSlugFillers are the other words such a slug holds.
var playSlugFillers = setOf("account", "accounts", "acc", "your", "my", "now", "here", "page", "form", "id", "official",
	"the", "new", "today")

// playSlugName returns what a shortened link's first path segment names
// (playName's kinds, or "account" for a game platform's or a brand's
// account notice: steam-verify, epic-account-verify), its telling word,
// and whether it is one. A shortener hides the site; the name its link
// was given says what it speaks for.
func playSlugName(path string, bm *brand.Matcher) (kind, word string, ok bool) {
	seg := strings.TrimPrefix(path, "/")
	if i := strings.IndexByte(seg, '/'); i >= 0 {
		seg = seg[:i]
	}
	if len(seg) < 5 || len(seg) > 40 {
		return "", "", false
	}
	var buf [40]byte
	b := buf[:0]
	changed := false
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			changed = true
		case c == '_':
			c = '-'
			changed = true
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-':
		default:
			return "", "", false
		}
		b = append(b, c)
	}
	// a slug already lower-case is read in place; another is copied
	// only when it may be read (a word of playName's, or two words
	// for a brand and its notice), not for every shortener's random
	// code (bit.ly/3xYzAbC; rev46d)
	slug := seg
	if changed {
		if bytes.IndexByte(b, '-') < 0 && !holdsPlayAnchor(string(b)) {
			return "", "", false
		}
		slug = string(b)
	}
	if kind, word, ok := playName(slug, false); ok && kind != "notice" {
		return kind, word, true
	}
	// a platform's account notice: its name and nothing but the
	// notice's words and fillers
	named, notice := "", false
	for w := range strings.SplitSeq(trimNumber(slug), "-") {
		switch {
		case named == "" && (playSlugBrands[w] || bm != nil && bm.Named(w, len(w)+1) != nil):
			named = w
		case playSlugWords[w]:
			notice = true
		case playSlugFillers[w]:
		default:
			return "", "", false
		}
	}
	if named == "" || !notice {
		return "", "", false
	}
	return "account", named, true
}

// playFormSecrets are the folded phrases of a sign-in a form asks for
// (judgeForm's formSecrets, joined when the package starts): a game
// giveaway's or a printer giveaway's form "to verify" asks for the
// account's login, which a real giveaway never needs ("include your
// Microsoft login", "enter your PSN login").
var playFormSecrets = []string{"your login", "login details", "login info", "login information", "login credentials",
	"account login", "sign in details", "sign-in details", "your credentials", "account credentials",
	"your microsoft login", "your steam login", "your psn login", "your epic login", "your epic games login",
	"your discord login", "your xbox login", "your google login", "your roblox login", "your riot login",
	"your minecraft login", "your nintendo login", "your apple id", "your battle net login", "your email login"}

// playFormClaims are the folded phrases of a giveaway a form says the
// reader is to claim ("claim the giveaway printer"): a draw still to
// come is entered, not claimed, and a winner's prize is lure.Prize's.
var playFormClaims = []string{"claim the giveaway", "claim your giveaway", "claim this giveaway", "claim giveaway",
	"claim the prize", "claim this prize", "claim the reward", "claim your free"}

// playFormFreeGifts are what an event's or a shop's form offers free
// to claim: a ticket, a seat, its swag, a trial ("claim your free
// t-shirt", "claim your free ticket to the meetup"; rev46d). A prize
// won is none of them (claim your free ps5).
var playFormFreeGifts = setOf("ticket", "tickets", "spot", "spots", "seat", "seats", "place", "swag", "t", "tshirt",
	"shirt", "shirts", "sticker", "stickers", "badge", "pass", "trial", "copy", "ebook", "sample", "samples",
	"consultation", "lunch", "meal", "pizza", "coffee", "drink", "drinks", "entry", "registration")

// playFormClaim returns the phrase of playFormClaims a folded text
// says, or "".
func playFormClaim(folded []byte) string {
	for _, p := range playFormClaims {
		if asksFor(folded, p) && !(p == "claim your free" && freeGiftOnly(folded, p)) {
			return p
		}
	}
	return ""
}

// freeGiftOnly reports whether every time a folded text says p, the
// word after it is an event's or a shop's gift (playFormFreeGifts).
func freeGiftOnly(folded []byte, p string) bool {
	text := string(folded) // no copy: read only here
	for off := 0; ; {
		i := strings.Index(text[off:], p)
		if i < 0 {
			return true
		}
		end := off + i + len(p)
		off = end
		next := strings.TrimLeft(text[end:], " ")
		if j := strings.IndexByte(next, ' '); j >= 0 {
			next = next[:j]
		}
		if !playFormFreeGifts[next] {
			return false
		}
	}
}

func init() {
	formSecrets = append(formSecrets, playFormSecrets...)
	// "we never ask for your login": a form's own warning
	formWarnings["ask"] = true
	for k, v := range map[string][2]string{
		"play_name_money": {"%[1]s is named for a game's free money or items (%[2]s), as the generator and giveaway sites that steal players' accounts are",
			"%[1]s được đặt tên theo tiền hoặc vật phẩm trò chơi miễn phí (%[2]s), như các trang \"hack\" và tặng quà lấy cắp tài khoản người chơi"},
		"play_name_cheat": {"%[1]s is named for a cheat, an executor or a modded app (%[2]s), as the sites that hand players malware are",
			"%[1]s được đặt tên theo phần mềm gian lận, executor hoặc ứng dụng mod (%[2]s), như các trang phát tán mã độc cho người chơi"},
		"play_name_notice": {"%[1]s is named for a notice of %[2]s, a mod host's, a store's or an anti-cheat's, on a site that is not theirs",
			"%[1]s được đặt tên theo một thông báo của %[2]s (trang mod, cửa hàng hoặc chống gian lận) trên một trang không phải của họ"},
		"play_name_typo": {"%[1]s is %[2]s's name written a letter off, on a site that is not theirs, as the fake mod hosts that hand players malware are",
			"%[1]s là tên %[2]s viết sai một chữ, trên một trang không phải của họ, như các trang mod giả phát tán mã độc cho người chơi"},
		"short_play_name": {"%[1]s hides where it leads behind a link shortener, and the name it was given offers %[2]s, as the scams that court players name their links; the real service links its own site",
			"%[1]s giấu nơi nó dẫn tới sau một dịch vụ rút gọn liên kết, và tên được đặt cho liên kết mời chào %[2]s, như cách các trò lừa người chơi đặt tên liên kết; dịch vụ thật dẫn về trang của chính mình"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}

// slicesHasCase reports whether ws holds a case's word (case, cases).
func slicesHasCase(ws []string) bool {
	for _, w := range ws {
		if w == "case" || w == "cases" {
			return true
		}
	}
	return false
}

// playTypoHosts are the mod hosts and modding tools whose names their
// impostors write a letter off (nexusmod, curseforqe, modrinht): no
// protected brand reads them, as their own sites serve anyone's uploads
// (Game's comment).
var playTypoHosts = []string{"nexusmods", "curseforge", "modrinth", "gamebanana", "thunderstore", "planetminecraft",
	"optifine", "spigotmc", "modworkshop"}

// playTypo returns the mod host whose name a registrable label (a
// single word of seven letters or more) is one letter off, and whether
// it is.
func playTypo(label string) (string, bool) {
	if len(label) < 7 || len(label) > 16 {
		return "", false
	}
	for i := 0; i < len(label); i++ {
		if c := label[i]; c < 'a' || c > 'z' {
			return "", false
		}
	}
	for _, h := range playTypoHosts {
		if d := len(label) - len(h); d >= -1 && d <= 1 && label != h && brand.OneEdit(label, h) {
			return h, true
		}
	}
	return "", false
}
