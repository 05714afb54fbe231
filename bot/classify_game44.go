package bot

import (
	"bytes"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Malware lures aimed at gamers and crypto developers (game44). Hijacked
// accounts in Discord and Telegram communities post the same few offers:
// a friend's game to test ("can you test my game?", "beta testers
// wanted"), a cheat or a tool for a game (an aimbot, a Roblox executor
// with no key system, a hacked Minecraft client, a Nitro sniper), a bot
// that makes money (an MEV or arbitrage bot to paste into Remix and fund,
// a sniper bot), a package that fixes a bug ("use my fork: npm i
// ethers-patched"), or a hiring test to run ("clone the repo and run npm
// start"). The offer lives in the message's words; the link is where
// anyone can put a program: a download, a file host's share, a
// shortener, a site anyone makes, a paste, a stranger's repository, a
// bucket, a package named as a fix. Each alone is how people share
// things every day, and the rules before this one read the link alone
// (a build on a fresh site noted, a repository a maker's own). Together
// they are the lure: judgeGameLure warns (wGameLure) about the first
// link of the kind its offer is delivered by, beside the offer's words.
//
// What it does not read: a store's or a platform's page (Steam, itch.io's
// project pages, TestFlight, Google Play, a form), talk of the lures in
// the plural or as a warning with a news or help page ("roblox executors
// are malware", "the MEV bot scam explained"), tools that share a word
// with the cheats (Cheat Engine, a cheat sheet, ESP-IDF, KUnit's test
// executor, Sigstore's keyless signing) and a maker's own release of a
// game its devlog speaks of ("release build is on github, feel free to
// try"). Run time only: the trainer's view (c.training) never reads it.

// wGameLure is the weight of one offer beside the link that delivers it:
// warned.
const wGameLure = 0.6

// gameLureKind is what a message offers.
type gameLureKind uint8

const (
	lureGameTest   gameLureKind = iota + 1 // a game or an app to test
	lureCheat                              // a cheat, an executor, a generator of a game's currency
	lureBotMoney                           // a bot that makes money, a drainer
	lureFixPackage                         // a package that fixes a bug
	lureTakeHome                           // a hiring test to run
	lureCrack                              // a cracked program, a keygen, a licence that works (classify_mal45.go)
	lurePiracy                             // a console's keys, a BIOS pack, a modded app: a crack's offer (classify_mal46.go)
)

// gameTestPhrases are the folded words of a request to test or try a
// person's game or app (an apostrophe folds away: "our game's demo" is
// "our games demo"), testers asked for ("looking for beta testers",
// "beta testers wanted"), not a team's word to its own ("@beta testers:
// new build on the drive", "thanks to all beta testers"); gameAsks are a request to test or try anything,
// read with a word of a game (gameWords): "I made a game, can you test
// it?"; a demo alone names no game ("want to try the demo?" of a web
// app: rev44c). A game's maker telling of it ("I made a game for the jam, the
// build is on my github") asks nothing.
var (
	gameTestPhrases = []string{"test my game", "test our game", "try my game", "try our game", "play my game",
		"play our game", "playtest my game", "playtest our game", "test my new game", "try my new game", "test my app",
		"try my app", "build of my app", "test the game im", "test a game", "test this game", "test our new game",
		"trying my game", "testing my game", "testing our game", "testing our games", "beta test our", "beta test for our",
		"looking for beta testers", "looking for testers", "looking for game testers", "looking for playtesters",
		"need beta testers", "need testers", "needs testers", "need playtesters", "more beta testers", "more testers",
		"beta testers wanted", "beta testers needed", "testers wanted", "testers needed", "recruiting beta testers",
		"searching beta testers", "searching for beta testers", "seeking beta testers", "beta testers for our",
		"testers for our", "become a beta tester", "be a beta tester", "our games demo", "our game demo",
		"check out my game", "choi thu game", "test giup minh game", "choi thu game minh",
		// added by rev44c: a single tester asked for, "check my game", the
		// Vietnamese word order ("test game giúp mình"), Spanish and
		// Portuguese
		"check my game", "testers for my", "tester for my", "tester for our", "need a tester", "looking for a tester",
		"need a playtester", "looking for a playtester", "test game giup", "test game cho minh", "test game minh",
		"test game moi", "probar mi juego", "prueba mi juego", "prueben mi juego", "probar nuestro juego",
		"testear mi juego", "testar meu jogo", "testa meu jogo", "testar o meu jogo", "testem meu jogo", "testar nosso jogo",
		"jogar meu jogo", "jugar mi juego", "tuyen beta tester", "tuyen tester", "can nguoi test game", "can nguoi choi thu",
		"beta testers para", "testers para", "tester para"}
	gameAsks = []string{"can you test", "could you test", "can u test", "please test", "pls test", "test it pls",
		"help me test", "help us test", "mind testing", "mind trying", "want to test", "want to try", "like to test",
		"need people to test", "download and play", "try it and tell", "test it and tell", "try it out and",
		"test giup", "choi thu", "can you try", "could you try", "can u try", "can you play", "could you play",
		"can u play", "play it and tell"}
	gameWords = []string{"game", "games", "game cua minh", "game moi"}
)

// cheatPhrases are the folded words of a cheat or a tool for a game or a
// chat account offered. Bare "cheat" and "hack" are not among them
// (Cheat Engine, a cheat sheet, a hackathon, "a quick hack for the
// build"), nor words tech talk says of its own things ("undetected",
// "robux" of a game's shop, a JWT "token checker"): those are read with
// a game's or a platform's name (cheatWords, gameToolWords,
// accountToolWords).
var cheatPhrases = []string{"aimbot", "wallhack", "triggerbot", "trigger bot", "mod menu", "modmenu", "roblox executor",
	"script executor", "spoofer", "hwid spoofer", "hvh", "skin changer", "skinchanger", "hacked client",
	"hack client", "cheat client", "free cheat", "free cheats", "free hack", "free hacks", "game hacks", "no recoil",
	"free robux", "robux generator", "robux gen", "vbucks generator", "free vbucks", "free v bucks", "free skins",
	"skins generator", "nitro generator", "nitro sniper", "free nitro", "token grabber", "hack lien quan",
	"hack free fire", "tool hack"}

// gameToolWords name a tool of a game's cheats that names other tools
// too (KUnit's test executor, Sigstore's keyless signing): each is read
// only with a word of a game or its scripts (gameToolContext).
// cheatWords and accountToolWords are read with the name of a game or a
// platform they are for ("cs2 cheat", "undetected valorant esp", "discord
// token checker"); Rust is left out of the games, a language's name too.
var (
	gameToolWords   = []string{"executor", "keyless", "key system", "no key"}
	gameToolContext = map[string][]string{
		"executor": {"no key", "keyless", "key system", "roblox", "blox", "script", "scripts", "hyperion", "byfron", "game",
			"games", "bypass", "bypasses", "pc", "mobile", "download", "free", "undetected"},
		"keyless":    {"executor", "roblox", "blox", "script", "scripts", "hyperion", "byfron", "game", "games"},
		"key system": {"executor", "roblox", "blox", "script", "scripts", "hyperion", "byfron", "game", "games"},
		"no key":     {"executor", "roblox", "blox", "script", "scripts", "hyperion", "byfron", "game", "games"},
	}
	cheatWords = []string{"cheat", "cheats", "hack", "hacks", "hacked", "undetected", "unlock all", "esp", "auto farm",
		"script hub", "unlimited"}
	cheatGames = []string{"cs2", "csgo", "valorant", "valo", "fortnite", "roblox", "minecraft", "apex", "apex legends",
		"warzone", "pubg", "gta", "gta 5", "gta v", "fivem", "tarkov", "eft", "overwatch", "ow2", "r6", "rainbow six",
		"league of legends", "genshin", "genshin impact", "deadlock", "marvel rivals", "cod", "mw3", "blox fruits",
		"free fire", "lien quan", "hypixel", "steam", "skins", "robux", "vbucks", "v bucks"}
	accountToolWords = []string{"token checker", "cookie checker", "account generator", "account checker", "alt generator"}
	accountPlatforms = []string{"discord", "nitro", "roblox", "steam", "minecraft", "fortnite", "spotify", "netflix",
		"rbx", "premium"}
)

// moneyBotWords are the folded names of a bot that makes money or takes
// it, whatever it is offered with (a sniper, a sandwich, a drainer), and
// tradeBotWords of one that people write and share every day; botMoneyWords
// are what either is offered with (funding it in Remix, a profit, a
// private key to paste, a price) and botWeakWords what a bot of the
// first kind is also offered with (free, works).
var (
	moneyBotWords = []string{"mev bot", "front running bot", "frontrunning bot", "frontrun bot", "front run bot",
		"sandwich bot", "sniper bot", "flashloan bot", "flash loan bot", "volume bot", "bundler bot", "wallet drainer",
		"drainer kit", "drainer source", "inferno drainer", "bot mev", "bot sniper", "bot front run", "bot frontrun", "bot de mev"}
	tradeBotWords = []string{"arbitrage bot", "trading bot", "copy trading bot", "bot de arbitraje", "bot de arbitragem",
		"bot arbitrage"}
	botMoneyWords = []string{"remix", "fund it", "fund the contract", "fund with", "fund your", "send eth", "send at least",
		"profit", "profits", "earns", "earn", "per day", "per week", "passive income", "apy", "guaranteed", "private key",
		"for sale", "no capital", "made me", "kiem tien", "loi nhuan", "moi ngay", "ganancias", "por dia", "al dia",
		"lucro"}
	botWeakWords = []string{"free", "actually works", "daily", "kiem", "mien phi", "gratis"}
)

// fixWords are the folded words a package is pushed with as the fix of
// a bug or a fork of a dead one: read only beside a package named as a
// fix (fixPackagePage).
var fixWords = []string{"my fork", "this fork", "my patched", "patched version", "fix", "fixes", "fixed", "bug", "error",
	"issue", "drop in replacement", "use this one", "this package", "use my"}

// hireWords are the folded words of a hiring process, and hireRunWords the
// asking to run its code.
var (
	hireWords = []string{"interview", "hiring", "recruiter", "take home", "technical assessment", "coding assessment",
		"complete this assessment", "complete the assessment", "technical round", "test task", "coding test", "coding task",
		"coding challenge", "job offer", "your cv", "your profile", "for the position", "for the role",
		"share your screen", "entrevista", "phong van", "tuyen dung", "reclutador", "recrutador"}
	hireRunWords = []string{"npm start", "npm run dev", "npm run start", "npm install and", "npm install then",
		"npm install npm", "yarn start", "yarn dev", "run it locally", "clone and run", "run the project", "run the demo",
		"run the app", "node server js", "start the backend", "run our test project", "run our mvp", "run our project",
		"download the project", "download our project", "install the game client", "install the client",
		"install the game", "chay du an", "ejecuta el proyecto", "ejecutar el proyecto", "rodar o projeto",
		"rode o projeto", "executar o projeto"}
)

// gameLure returns the offer a message's words (folded) make and the
// words that make it, or 0.
func gameLure(folded []byte) (gameLureKind, string) {
	if p := firstPhrase(folded, cheatPhrases); p != "" {
		return lureCheat, p
	}
	if p := firstPhrase(folded, cheatWords); p != "" {
		if g := firstPhrase(folded, cheatGames); g != "" {
			return lureCheat, g + "\", \"" + p
		}
	}
	if p := crackLure(folded); p != "" {
		return lureCrack, p
	}
	if p := piracyLure(folded); p != "" {
		return lurePiracy, p // a console's keys, a BIOS pack, a modded app (classify_mal46.go)
	}
	if p := firstPhrase(folded, accountToolWords); p != "" {
		if g := firstPhrase(folded, accountPlatforms); g != "" {
			return lureCheat, g + "\", \"" + p
		}
	}
	for _, p := range gameToolWords {
		if !containsWords(folded, p) {
			continue
		}
		if g := firstPhrase(folded, gameToolContext[p]); g != "" {
			return lureCheat, g + "\", \"" + p
		}
	}
	if b := firstPhrase(folded, moneyBotWords); b != "" {
		m := firstPhrase(folded, botMoneyWords)
		if m == "" {
			m = firstPhrase(folded, botWeakWords)
		}
		if m != "" {
			return lureBotMoney, b + "\", \"" + m
		}
	}
	if b := firstPhrase(folded, tradeBotWords); b != "" {
		if m := firstPhrase(folded, botMoneyWords); m != "" {
			return lureBotMoney, b + "\", \"" + m
		}
	}
	if h := firstPhrase(folded, hireWords); h != "" {
		if r := firstPhrase(folded, hireRunWords); r != "" {
			return lureTakeHome, h + "\", \"" + r
		}
	}
	if p := firstPhrase(folded, gameTestPhrases); p != "" {
		return lureGameTest, p
	}
	if p := firstPhrase(folded, gameAsks); p != "" && containsAnyWords(folded, gameWords) {
		return lureGameTest, p
	}
	if p := firstPhrase(folded, fixWords); p != "" {
		return lureFixPackage, p
	}
	return 0, ""
}

// judgeGameLure finds an offer of the family (gameLure) in a message and
// the first link that delivers it (gameLureLink), and warns.
func (c *Classifier) judgeGameLure(rs *reasons, j *Judgement, k *knowledge) {
	if c.training || len(j.Links) == 0 {
		return
	}
	for _, r := range rs.items() {
		if r.Code == CodeDangerousFile && r.Weight >= wGameLure {
			// a file the bait readings already warned about for
			// the same words (share_bait, bait_download): one tell
			// warns, as mal35b reads it, and is not counted twice
			return
		}
	}
	// the cheap looks first: a word of an offer (or a package named as
	// a fix, whose words are everyday ones), then a link that could
	// deliver one by its host or its path, then on a site named for an
	// offer or anyone's, before the phrases are looked for (the words
	// first: most messages with a link offer nothing, and the links'
	// looks cost more than the words' one pass)
	fix := false
	for i := range j.Links {
		fix = fix || j.Links[i].Domain == "npmjs.com" || j.Links[i].Domain == "pypi.org"
	}
	folded := k.folded()
	leet := false
	if !fix && !mayOffer(folded) {
		// an offer in leetspeak ("t3st my game", "fr33 r0bux") is read
		// with its digits as the letters they stand for
		if !lure.HasLeet(folded) {
			return
		}
		var stack [512]byte // zeroed only here, when read
		if folded, leet = lure.Unleet(stack[:0], folded), true; !mayOffer(folded) {
			return
		}
	}
	deliverer := false
	for i := range j.Links {
		if l := &j.Links[i]; !l.Carried && mayDeliver(l, k) {
			deliverer = true
			break
		}
	}
	for i := 0; !deliverer && i < len(j.Links); i++ {
		deliverer = !j.Links[i].Carried && maySiteDeliver(&j.Links[i])
	}
	if !deliverer {
		return
	}
	kind, words := gameLure(folded)
	if kind == 0 && !leet && lure.HasLeet(folded) {
		var stack [512]byte
		folded = lure.Unleet(stack[:0], folded)
		kind, words = gameLure(folded)
	}
	if kind == 0 || containsAnyWords(folded, lureTalkWords) {
		return
	}
	// a request that names a game ("test my game", "beta testers for
	// our game"), not only testers for anything
	named := kind != lureGameTest || containsAnyWords(folded, gameNamedWords)
	for i := range j.Links {
		l := &j.Links[i]
		if l.Carried || (kind == lureCrack || kind == lurePiracy) && l.Defanged || !gameLureLink(l, kind, named, k) {
			continue // a crack's link quoted defanged is security talk's indicator (mal45)
		}
		shown := linkx.Defang(l.Host) + l.Path
		d := say2(gameLureKeys[kind], shown, words)
		rs.add(Reason{Code: CodeLure, Weight: wGameLure, Subject: shown, text: d, Detail: d.inEnglish()})
		return
	}
}

// lureTalkWords are the folded words of talk about the lures rather
// than an offer: a warning, a report, an explanation, research, a
// story of what someone was sent or asked to do.
var lureTalkWords = []string{"scam", "scams", "scammer", "scammers", "psa", "malware", "stealer", "beware", "careful",
	"warning", "heads up", "explained", "report", "reported", "open source", "backtest", "research", "fake", "is real",
	"legit", "not real", "asked me", "sent me", "told me", "lua dao", "canh bao", "canh giac", "virus danh cap"}

// gameLureKeys are the detail keys of each offer.
var gameLureKeys = [...]string{lureGameTest: "game_test_lure", lureCheat: "cheat_lure", lureBotMoney: "bot_money_lure",
	lureFixPackage: "fix_package_lure", lureTakeHome: "take_home_lure", lureCrack: "crack_lure",
	lurePiracy: "piracy_lure"}

// gameLurePhrases are the lists of phrases gameLure needs one of for
// an offer but a fix's (read beside a package named as one): the
// others (a game's name beside a cheat, a profit beside a bot, a run
// beside a hiring) are read only with one of these, an ask to test
// (gameAsks) only with a word of a game (gameWords), and a tool of
// gameToolWords with a word of gameToolTriggers.
var gameLurePhrases = [][]string{cheatPhrases, cheatWords, accountToolWords, moneyBotWords, tradeBotWords, hireWords,
	gameTestPhrases, gameWords, gameToolTriggers, crackPhrases, crackWords, crackLooseWords, piracyPhrases}

// gameToolTriggers are the words a tool of gameToolWords is offered
// with that mayOffer looks for ("key" and "system" alone are everyday
// words): the tool's own name, or its context's game words
// (gameToolContext) but the everyday ones.
var gameToolTriggers = []string{"executor", "keyless", "roblox", "blox", "scripts", "hyperion", "byfron"}

// gameLureStops are the everyday words of those phrases, which alone
// make no offer.
var gameLureStops = setOf("my", "our", "the", "a", "for", "to", "you", "u", "it", "can", "could", "please", "pls", "and",
	"i", "im", "me", "us", "this", "of", "in", "with", "no", "all", "new", "need", "needs", "looking", "want", "like", "mind",
	"help", "out", "tell", "check", "made", "making", "first", "use", "one", "people", "is", "your", "then", "at",
	"least", "send", "run", "download", "install", "start", "on", "per", "day", "week", "works", "actually", "share", "take",
	"who", "free", "test", "try", "play", "trying", "testing", "auto", "script", "system", "tool", "key",
	// everyday words of the Vietnamese, Spanish and Portuguese phrases
	// (rev44c)
	"cho", "de", "dung", "meu", "mi", "nguoi", "nosso", "nuestro", "o", "para", "van")

// gameLureTriggers are the words of gameLurePhrases but gameLureStops:
// every phrase holds one (TestGameLureTriggers), so a message none of
// whose words is one makes no offer gameLure reads.
var gameLureTriggers = func() map[string]bool {
	m := map[string]bool{}
	for _, list := range gameLurePhrases {
		for _, p := range list {
			for _, w := range strings.Fields(p) {
				if !gameLureStops[w] && !piracyStops[w] { // piracyStops: classify_mal46.go
					m[w] = true
				}
			}
		}
	}
	return m
}()

// gameLureShapes are the shapes of gameLureTriggers' words, a first
// look that spares a word most of the map's lookups: a bit for each
// length (to 63) under the word's first two bytes.
var gameLureShapes = func() *[32 * 32]uint64 {
	var m [32 * 32]uint64
	for w := range gameLureTriggers {
		if len(w) >= 2 {
			m[shapeAt(w)] |= 1 << (len(w) & 63)
		}
	}
	return &m
}()

// shapeAt is a word's slot in gameLureShapes.
func shapeAt[T string | []byte](w T) int { return int(w[0]&31)<<5 | int(w[1]&31) }

// mayOffer reports whether folded holds a word of gameLureTriggers: one
// pass over its words before the phrases are looked for.
func mayOffer(folded []byte) bool {
	for len(folded) > 0 {
		i := bytes.IndexByte(folded, ' ')
		if i < 0 {
			i = len(folded)
		}
		if w := folded[:i]; len(w) >= 2 && gameLureShapes[shapeAt(w)]&(1<<(len(w)&63)) != 0 && gameLureTriggers[string(w)] {
			return true
		}
		folded = folded[min(i+1, len(folded)):]
	}
	return false
}

// mayDeliver reports a link that could deliver any offer gameLureLink
// reads by its host or its path: with maySiteDeliver, a superset of
// gameLureLink's links, its cheapest tests first.
func mayDeliver(l *linkx.Link, k *knowledge) bool {
	if l.Domain == "" && !l.IP.IsValid() || storePage(l) {
		return false
	}
	if codeHosts[l.Domain] || pasteSites[l.Domain] || fileHosts[l.Domain] || l.Domain == "pypi.org" ||
		l.Domain == "githubusercontent.com" || l.IP.IsValid() || shortener(l, k.short) {
		return true
	}
	p := strings.TrimSuffix(l.Path, "/")
	last := p[strings.LastIndexByte(p, '/')+1:]
	if gameOfferPages[last] || offerPages[last] || strings.IndexByte(last, '.') >= 0 {
		return true // a page named for what it delivers, or a file
	}
	if shareLink(l) || uploadPath(l) || bucketName(l) != "" || l.Host == "docs.google.com" || l.Host == "sites.google.com" ||
		strings.HasSuffix(l.Host, ".hwcdn.net") {
		return true
	}
	return false
}

// maySiteDeliver reports a link mayDeliver does not that could deliver
// an offer all the same: on a site named for one (offerNameWords) or a
// site anyone makes.
func maySiteDeliver(l *linkx.Link) bool {
	if l.Domain == "" || storePage(l) {
		return false
	}
	return offerNamed(l.Label()) || anyonesSite(l)
}

// offerNamed reports a site's label that holds a word of offerNameWords:
// one pass over its letters, a word looked for only where its first two
// letters stand (offerNameAt) (rev44c: 30 searches of the label were
// most of maySiteDeliver's time).
func offerNamed(label string) bool {
	for i := 0; i+1 < len(label); i++ {
		for _, w := range offerNameAt[shapeAt(label[i:i+2])] {
			if strings.HasPrefix(label[i:], w) {
				return true
			}
		}
	}
	return false
}

// offerNameAt are offerNameWords by the slot (shapeAt) of their first
// two letters.
var offerNameAt = func() *[32 * 32][]string {
	var m [32 * 32][]string
	for _, w := range offerNameWords {
		m[shapeAt(w)] = append(m[shapeAt(w)], w)
	}
	return &m
}()

// gameNamedWords are the folded words that name a game.
var gameNamedWords = []string{"game", "games", "game moi", "game cua minh"}

// gameLureLink reports a link an offer of kind is delivered by, as
// judgeGameLure reads it. A request for testers that names no game
// (named false: "beta testers, grab v2.0-beta") is read beside a link
// anyone makes (a share, a shortener, a site builder's page), not beside
// a project's release on a code host or its own build: projects ask
// for beta testers of their own releases. Kind 0 asks whether the link
// could deliver any offer (judgeGameLure's look before the words are
// read).
func gameLureLink(l *linkx.Link, kind gameLureKind, named bool, k *knowledge) bool {
	if l.Domain == "" && !l.IP.IsValid() {
		return false
	}
	if kind == lureFixPackage || kind == 0 && fixPackagePage(l) {
		return fixPackagePage(l)
	}
	if storePage(l) || formLink(l) {
		return false
	}
	if brandOwner(l) {
		// a protected brand's own organisation (github.com/microsoft,
		// github.com/stripe): a stranger cannot take its name
		return false
	}
	if codeHosts[l.Domain] && kind == lureGameTest {
		// a project's release asks for beta testers in its own
		// words; a game's asker names the game it asks to test ("can
		// you test my game", "the game I'm working on")
		return containsFold(l.Path, "/releases") && named
	}
	if shareLink(l) || bucketName(l) != "" || shortener(l, k.short) || l.IP.IsValid() || uploadPath(l) && named {
		return true
	}
	if pasteSites[l.Domain] || l.Host == "gist.github.com" || l.Host == "gist.githubusercontent.com" {
		return kind != lureGameTest
	}
	if codeHosts[l.Domain] && kind == lurePiracy {
		return piracyCodeLink(l) // classify_mal46.go
	}
	if kind == lurePiracy && forgePage(l) {
		return piracyFile(l) // a project's guide, not an offer (rev46e)
	}
	if codeHosts[l.Domain] && l.Domain != "npmjs.com" {
		// a stranger's repository: the bot's code, the hiring test, a
		// cheat's source
		return repoPath(l) != ""
	}
	if l.Host == "docs.google.com" && strings.HasPrefix(l.Path, "/document/") {
		return kind == lureBotMoney || kind == 0
	}
	if kind == lureTakeHome {
		return false
	}
	if anyonesSite(l) || l.Host == "sites.google.com" || strings.HasSuffix(l.Host, ".hwcdn.net") {
		return true
	}
	if k.brands != nil && k.brands.Official(l.Domain, l.Suffix) != nil {
		return false
	}
	if kind == lurePiracy && makerHomes[l.Domain] != nil {
		// a program's own site (buildbot.libretro.com's RetroArch.7z
		// beside "bios pack ask in dm"): no stranger puts a file there
		// (rev46e)
		return false
	}
	file := linkFile(l)
	if fd := filetype.Check(file, ""); file != "" && (fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.DiskImage) {
		return named
	}
	return offerPage(l, kind)
}

// storePage reports a store's, a platform's or a chat's own page, where
// a game, an app or a package is published under the platform's rules:
// Steam, itch.io's project pages (not its download host), Epic, GOG,
// Humble, TestFlight, Google Play, the App Store, Microsoft's store,
// YouTube, Twitch, Reddit.
func storePage(l *linkx.Link) bool {
	switch l.Domain {
	case "steampowered.com", "steamcommunity.com", "itch.io", "epicgames.com", "gog.com", "humblebundle.com",
		"gamejolt.com", "youtube.com", "youtu.be", "twitch.tv", "reddit.com", "curseforge.com", "modrinth.com",
		"nexusmods.com", "thunderstore.io", "gamebanana.com":
		return true
	}
	switch l.Host {
	case "testflight.apple.com", "apps.apple.com", "play.google.com", "apps.microsoft.com":
		return true
	}
	return false
}

// offerPage reports a page on an ordinary site that serves the offer:
// the site's name holds a word of the lure's family (valo-cheats.net,
// robux-gen.net, solara-exec.com, mevbot-tutorial.com), or the page is
// named for what it delivers (/download, /loader, /beta, /launcher,
// /claim, /contract, /source).
func offerPage(l *linkx.Link, kind gameLureKind) bool {
	if offerNamed(l.Label()) {
		return kind != lureGameTest
	}
	p := strings.TrimSuffix(l.Path, "/")
	last := strings.ToLower(p[strings.LastIndexByte(p, '/')+1:])
	if last == "" {
		return false
	}
	switch kind {
	case lureGameTest:
		return gameOfferPages[last]
	case 0:
		return gameOfferPages[last] || offerPages[last]
	}
	return offerPages[last]
}

// offerNameWords are pieces of the names cheat, generator and bot sites
// take.
var offerNameWords = []string{"cheat", "hack", "hax", "exec", "aimbot", "aim", "spoof", "unlock", "skin", "robux", "vbuck",
	"nitro", "sniper", "snipe", "mevbot", "mev-", "-mev", "arbitrage", "drainer", "hvh", "modmenu", "mod-menu",
	"-gen", "generator", "scripthub", "script-hub", "trading-bot", "tradebot", "autobot", "volumebot"}

// offerPages are the last names of a page that delivers a cheat or a
// bot, and gameOfferPages of one that delivers a game to test.
var (
	offerPages     = setOf("download", "downloads", "loader", "get", "claim", "contract", "source", "pc", "free", "kit")
	gameOfferPages = setOf("download", "downloads", "beta", "launcher", "demo", "client", "build", "playtest", "testers",
		"alpha", "get")
)

// fixPackagePage reports a package's page on npm or PyPI whose name is a
// fix of another's (ethers-patched-v6, web3-provider-fix,
// pycryptodome-fixed).
func fixPackagePage(l *linkx.Link) bool {
	var name string
	switch {
	case l.Domain == "npmjs.com" && strings.HasPrefix(l.Path, "/package/"):
		name = strings.TrimPrefix(l.Path, "/package/")
	case l.Domain == "pypi.org" && strings.HasPrefix(l.Path, "/project/"):
		name = strings.TrimPrefix(l.Path, "/project/")
	default:
		return false
	}
	name = strings.ToLower(strings.Trim(name, "/"))
	if strings.HasPrefix(name, "@") {
		name = name[strings.IndexByte(name+"/", '/')+1:] // a scope names no fix
	}
	for i, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '/' }) {
		part = strings.TrimRight(part, "0123456789")
		if i > 0 && fixNameParts[part] {
			return true
		}
	}
	return false
}

// fixNameParts are the words of a package's name that call it a fix,
// read after another package's name (ethers-patched, web3-provider-fix):
// a name that starts with one names a tool that fixes something
// (fix-path, fix-webm-duration, fixed-data-table), and "fixes" a set of
// fixes (postcss-flexbugs-fixes), not a fork (rev44c).
var fixNameParts = setOf("fix", "fixed", "patched", "hotfix")

// brandOwner reports a GitHub link whose owner is a protected brand's
// own organisation, as brandPages lists them by their Pages sites
// (github.com/microsoft/…, github.com/stripe/…): GitHub gives a name
// once, and these are held by the brands, so the repository is no
// stranger's (rev44c).
func brandOwner(l *linkx.Link) bool {
	if l.Domain != "github.com" || l.Host != "github.com" && l.Host != "www.github.com" {
		return false
	}
	owner, _, _ := strings.Cut(strings.TrimPrefix(l.Path, "/"), "/")
	return owner != "" && brandPages[strings.ToLower(owner)+".github.io"]
}
