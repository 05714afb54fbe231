package brand

// Game are the game platforms, publishers and top-up shops whose players
// the account scams of gaming communities court (play46): a sign-in to
// verify, an account locked or banned, a ban to appeal, a refund, a
// payout, a free item (epic-account-verify, psn-account-locked,
// riot-appeal-ticket, hoyoverse-login, battlenet-login). They are
// protected at run time, as Runtime's brands are (the trainer reads
// links without them), and joined to Runtime when the package starts.
// Every one is a Tool brand: players name their fan sites, servers,
// wikis and tools after the games (minecraft-server-list,
// genshin-center, valorant-stats), and a game's name in a message's
// words is a player's, no lure's. Names that are words of English or
// the names of what players build on a game (minecraft, epic, riot,
// blizzard, rockstar, valorant, genshin, psn, playstation, nintendo,
// supercell) are read only beside a notice's or an account's words
// (Beside). Brands already protected (Steam, Roblox, Epic Games'
// epicgames and fortnite, Riot Games' riotgames, Xbox under Microsoft,
// Garena, Free Fire, PUBG, Hypixel, FACEIT, the skin markets) are not
// repeated, nor are the mod and game hosts anyone uploads to
// (nexusmods.com, curseforge.com, modrinth.com, moddb.com, itch.io):
// a brand's own domain is trusted, and their files are read as anyone's
// (publishingSites). Short names read by their look are left out:
// mlbb, Mobile Legends' short name, is milb.com's (Minor League
// Baseball) by its look.
var Game = []Brand{
	{Name: "Minecraft", Domains: []string{"minecraft.net", "mojang.com", "minecraftservices.com"}, Words: []string{"minecraft", "mojang"}, Tool: true, Beside: true},
	{Name: "PlayStation", Domains: []string{"playstation.com", "playstation.net", "sonyentertainmentnetwork.com"}, Words: []string{"playstation", "psn"}, Tool: true, Beside: true},
	{Name: "Nintendo", Domains: []string{"nintendo.com", "nintendo.net", "nintendo.co.jp", "nintendo.co.uk", "nintendo.de", "nintendo.eu"}, Words: []string{"nintendo", "eshop"}, Tool: true, Beside: true},
	{Name: "HoYoverse", Domains: []string{"hoyoverse.com", "hoyolab.com", "mihoyo.com"}, Words: []string{"hoyoverse", "hoyolab", "mihoyo"}, Tool: true},
	{Name: "Genshin Impact", Domains: []string{"hoyoverse.com", "hoyolab.com", "mihoyo.com"}, Words: []string{"genshin", "honkai", "starrail"}, Tool: true, Beside: true},
	{Name: "Activision", Domains: []string{"activision.com", "callofduty.com"}, Words: []string{"activision", "callofduty"}, Tool: true},
	{Name: "Blizzard Battle.net", Domains: []string{"blizzard.com", "battle.net"}, Words: []string{"blizzard", "battlenet"}, Tool: true, Beside: true},
	{Name: "Ubisoft", Domains: []string{"ubisoft.com", "ubi.com"}, Words: []string{"ubisoft"}, Tool: true},
	{Name: "Rockstar Games", Domains: []string{"rockstargames.com"}, Words: []string{"rockstargames", "rockstar"}, Tool: true, Beside: true},
	{Name: "Epic Games", Domains: []string{"epicgames.com", "unrealengine.com", "fortnite.com"}, Words: []string{"epic"}, Tool: true, Beside: true},
	{Name: "Riot Games", Domains: []string{"riotgames.com", "playvalorant.com", "leagueoflegends.com"}, Words: []string{"riot", "valorant", "leagueoflegends", "wildrift"}, Tool: true, Beside: true},
	{Name: "Supercell", Domains: []string{"supercell.com"}, Words: []string{"supercell"}, Tool: true, Beside: true},
	{Name: "Mobile Legends", Domains: []string{"mobilelegends.com", "moonton.com"}, Words: []string{"mobilelegends", "moonton"}, Tool: true},
	{Name: "Midasbuy", Domains: []string{"midasbuy.com"}, Words: []string{"midasbuy"}, Tool: true},
	{Name: "Codashop", Domains: []string{"codashop.com"}, Words: []string{"codashop"}, Tool: true},
	{Name: "HLTV", Domains: []string{"hltv.org"}, Words: []string{"hltv"}, Tool: true},
}

func init() { Runtime = append(Runtime, Game...) }

// a ticket beside a brand's name and an appeal's word names a support
// desk's notice as a team or a desk does (riot-appeal-ticket)
func init() { noticeFiller["ticket"] = true }

// a ban and its lifting are what a game platform's notice is about
// (psn-ban-appeal, riot-unban, minecraft-banned; rev46d)
func init() {
	for _, w := range [...]string{"ban", "bans", "banned", "unban"} {
		noticeTrouble[w] = true
	}
}
