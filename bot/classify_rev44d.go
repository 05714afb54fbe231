package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Sites trusted at run time where anyone publishes (rev44d, a review of
// web344). web344 trusted, among its crypto-developer and gaming
// communities' sites, some whose pages their users write: a developer
// post or a research forum's thread (dev.to/NAME/…, ethresear.ch/t/…),
// a server or bot list's entry whose name and description its lister
// writes (discord.me/NAME), a mod host's mod page and files anyone
// uploads (nexusmods.com, curseforge.com, modrinth.com), a mint, a
// collection or a contract page anyone deploys (manifold.xyz/c/NAME,
// zora.co/collect/…, thirdweb.com/CHAIN/ADDRESS), a token's page on a
// tracker or checker that lists every token (geckoterminal.com,
// tokensniffer.com), a giveaway, a tip, a profile or a tournament page
// anyone opens (steamgifts.com/giveaway/…, streamlabs.com/NAME/tip,
// challonge.com/NAME), a shared message (share.discohook.app/go/ID) and
// a CDN's package page of anyone's package (jsdelivr.com/package/npm/…).
// A tag's page there (dev.to/t/discordjs) lists others' posts: read as
// the site's own (libraryTagPage).
// Trusted, a drainer's or a dropper's page there passed with the lure
// beside it counting for nothing ("free nitro, claim it here
// discord.me/freenitro" was deleted before web344 and allowed after).
// Read as a user-content host's page is (sites.google.com, telegra.ph:
// hostInfo.userContent): the path is read for another brand's name and
// lure words (judgeUserContent), a lure beside it counts, and a link
// with neither says nothing, as a trusted link does. The trainer's view
// trusts none of them (reputableAtRuntime), so the weights do not move.
// Block explorers, token trackers and checkers (basescan.org,
// geckoterminal.com, birdeye.so, tokensniffer.com) are left trusted: a
// token's page there is named by its address, not by words its deployer
// chooses, and chat links tokens and transactions there all day beside
// the words of what they did (claim, swap, bridge, ape).

// publishingSites are the sites of reputableAtRuntime where anyone
// publishes a page, a listing or a file (above): read as user content
// at run time, not trusted.
var publishingSites = setOf(
	// developer posts and research and governance forums anyone posts on
	"dev.to", "ethresear.ch", "ethereum-magicians.org", "commonwealth.im",
	// server and bot lists whose entries their listers write
	"discord.me", "disforge.com", "discadia.com", "discordhome.com", "infinitybots.gg", "voidbots.net",
	"botlist.me", "discordextremelist.xyz", "minecraft-server-list.com", "minecraftservers.org", "topg.org",
	// mod and plugin hosts anyone uploads to, and their forums
	"nexusmods.com", "moddb.com", "curseforge.com", "modrinth.com", "thunderstore.io", "gamebanana.com", "mod.io",
	"planetminecraft.com", "gta5-mods.com", "lcpdfr.com", "gmodstore.com", "wago.io", "spigotmc.org", "bukkit.org",
	// mints, collections and contracts anyone deploys
	"thirdweb.com", "manifold.xyz", "zora.co", "rarible.com", "foundation.app", "objkt.com",
	// giveaways, trades, tips, profiles, clips, tournaments, hackathon
	// projects and shared messages anyone opens
	"steamgifts.com", "steamtrades.com", "backpack.tf", "marketplace.tf", "namemc.com", "streamlabs.com",
	"streamelements.com", "medal.tv", "guilded.gg", "challonge.com", "start.gg", "battlefy.com", "devfolio.co",
	"dorahacks.io", "discohook.org", "discohook.app",
	// a CDN's pages of anyone's npm package or GitHub repository
	"jsdelivr.com",
)

// publishingSite reports a link to a site of publishingSites.
func publishingSite(l *linkx.Link) bool {
	return publishingSites[l.Domain]
}

// libraryTagPage reports a publishing site's own page of a tag or a
// topic (dev.to/t/discordjs, ethresear.ch/tag/…), or of a library whose
// name ends in .js in a folder of pages about things
// (jsdelivr.com/package/npm/web3.js, as web344's trustedPageScript
// reads a .js page on a trusted site): the site lists others' pages
// under a thing's name there, and a brand's name in it (Discord's) is
// not a page borrowing the brand. A lure beside the link still counts.
func libraryTagPage(l *linkx.Link) bool {
	if !publishingSite(l) || l.Query != "" {
		return false
	}
	segs := strings.Split(strings.Trim(strings.ToLower(l.Path), "/"), "/")
	if len(segs) == 2 && tagFolders[segs[0]] && segs[1] != "" {
		return true
	}
	f := linkFile(l)
	if !strings.HasSuffix(strings.ToLower(f), ".js") || !pageThingName(f) || dropperScript(f) || scriptDocument(f) {
		return false
	}
	_, ok := projectPageFolder(l)
	return ok
}

// tagFolders are the folders a site lists its tags' and topics' pages in.
var tagFolders = setOf("t", "tag", "tags", "tagged", "topic", "topics")
