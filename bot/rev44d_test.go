package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPublishingSitesLures (rev44d, a review of web344): a lure beside a
// link to a site web344 trusted where anyone publishes (a developer
// post, a research forum's thread, a server or bot list's entry, a mod
// host's page, a mint or collection page, a giveaway, a tip page, a
// shared message, a CDN's package page) is flagged, as beside a page on
// any user-content host; on main each was allowed (trusted, the lure
// counting for nothing). The same sites' ordinary links, a tag's page
// and a library's .js page there, and a post about a brand's product
// named without a lure's words, are allowed.
func TestPublishingSitesLures(t *testing.T) {
	t.Parallel()
	lures := []string{
		"claim your airdrop here: https://dev.to/ethfoundation/claim-your-eth-airdrop-now-1k2j",
		"free nitro for everyone, claim it here https://discord.me/freenitro",
		"verify your account to get access: https://discordhome.com/server/free-nitro-giveaway",
		"add this bot to claim free nitro https://infinitybots.gg/bot/123456789012345678",
		"free robux generator mod, download here: https://www.curseforge.com/minecraft/mc-mods/free-robux-generator",
		"free skins unlocker, download: https://gamebanana.com/tools/12345",
		"verify your wallet to claim the airdrop https://thirdweb.com/base/0x1234567890abcdef1234567890abcdef12345678",
		"mint your free claim pass now, connect wallet: https://app.manifold.xyz/c/free-airdrop-claim",
		"claim the free NFT airdrop: https://rarible.com/collection/0x1234567890abcdef1234567890abcdef12345678/items",
		"claim your airdrop here: https://ethresear.ch/t/claim-your-eth-airdrop/12345",
		"free steam games, log in with steam to claim https://www.steamgifts.com/giveaway/AbCdE/free-cs2-skins",
		"get your free nitro here: https://share.discohook.app/go/abc123xy",
		"claim your free skins here https://streamlabs.com/freeskinsgiveaway/tip",
		"claim your airdrop here: https://www.jsdelivr.com/package/npm/eth-airdrop-claim",
		"free nitro giveaway, join: https://guilded.gg/free-nitro-giveaway",
	}
	ordinary := []string{
		"there's a dev.to tag for it https://dev.to/t/discordjs",
		"https://dev.to/t/discord.js",
		"https://www.jsdelivr.com/package/npm/web3.js",
		"https://www.jsdelivr.com/package/npm/@walletconnect/ethereum-provider",
		"which version of sodium works with 1.20? https://modrinth.com/mod/sodium",
		"grab SkyUI from https://www.nexusmods.com/skyrimspecialedition/mods/12604",
		"our server is listed here, vote for us https://discord.me/ourserver",
		"https://www.spigotmc.org/resources/luckperms.28140/",
		"bracket is up https://challonge.com/weeklycup42",
		"https://ethereum-magicians.org/t/eip-7702-set-eoa-account-code/19923",
		"my clip from last night https://medal.tv/games/valorant/clips/abc123",
	}
	send := newHarness(t, bot.DefaultConfig()).eachFromAnother()
	for _, text := range lures {
		if d := send(text); d.Verdict.Level == bot.Allow {
			t.Errorf("%q: %s (%.3f) %v, want flagged", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
	for _, text := range ordinary {
		if d := send(text); d.Verdict.Level != bot.Allow {
			t.Errorf("%q: %s (%.3f) %v, want allowed", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
}
