package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestTrustedPageScripts (web344): a page of a trusted site whose path
// ends in a thing's name ending in .js (a Q&A site's tag page, an
// encyclopedia's article, a docs, reference or tutorial page named after
// a library) is a page, not a download: allowed with no dangerous_file
// reason, each its sender's first link. On main the pages on sites reputable in
// themselves were noted as "the link downloads discord.js, a script that
// runs on your computer", and those on sites trusted at run time
// (hardhat.org, docs.openzeppelin.com) warned. A .js in a folder anyone
// uploads to on a trusted host (a Discord attachment, a bucket, a raw
// repository file), named as droppers are, over plain HTTP, handed over
// as a file, or on an unknown or cheap host keeps its dangerous_file
// reason.
func TestTrustedPageScripts(t *testing.T) {
	t.Parallel()
	pages := []string{
		"same question here https://stackoverflow.com/questions/tagged/discord.js",
		"https://stackoverflow.com/questions/tagged/discord.js?tab=Votes has the good answers",
		"https://stackoverflow.com/tags/three.js",
		"ask on https://ethereum.stackexchange.com/questions/tagged/web3.js",
		"https://ethereum.stackexchange.com/questions/tagged/ethers.js",
		"background: https://en.wikipedia.org/wiki/Vue.js",
		"https://en.wikipedia.org/wiki/Node.js",
		"https://medium.com/tag/discord.js",
		"the hardhat tutorial page https://hardhat.org/tutorial/web3.js",
		"https://docs.openzeppelin.com/learn/web3.js",
		"https://dev.to/t/discord.js",
		"https://www.jsdelivr.com/package/npm/web3.js",
		"https://docs.alchemy.com/docs/web3.js",
		"https://docs.alchemy.com/reference/ethers.js",
	}
	files := []string{
		"https://cdn.discordapp.com/attachments/1102/2203/discord.js",
		"https://hollowpine.s3.amazonaws.com/tags/discord.js",
		"https://github.com/hollowpine/tools/raw/main/tags/web3.js",
		"https://stackoverflow.com/tags/Invoice_2024_88213.js",
		"https://stackoverflow.com/uploads/discord.js",
		"http://stackoverflow.com/tags/three.js",
		"open the attached file https://hardhat.org/tutorial/web3.js",
		"https://hollowpine.net/tags/discord.js",
		"https://hollowpine.xyz/wiki/web3.js",
		"http://185.244.25.17/tags/web3.js",
		"https://docs.alchemy.com/docs/Document_Scan.js",
		"https://docs.alchemy.com/docs/uploads/web3.js",
		"https://hollowpine.net/docs/web3.js",
	}
	send := newHarness(t, bot.DefaultConfig()).eachFromAnother()
	for _, text := range pages {
		if d := send(text); d.Verdict.Level != bot.Allow || hasReason(d.Verdict, bot.CodeDangerousFile) {
			t.Errorf("%q: %s (%.3f) %v, want allowed with no file", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
	for _, text := range files {
		if d := send(text); !hasReason(d.Verdict, bot.CodeDangerousFile) {
			t.Errorf("%q: %s (%.3f) %v, want read as a file", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
}

// TestCommunityToolLookalikes (web344): the crypto community's and the
// game-item traders' own tools protected at run time (brand.Runtime:
// Revoke.cash, DappRadar, DefiLlama, DEX Screener, Gitcoin, Solscan,
// DMarket, BitSkins, CSFloat, Skinport, FACEIT, Bloxlink): a name built
// on theirs, on another ending or in another alphabet's letters, is
// flagged as borrowing it; on main none carried a brand's reason
// (dmarket-trade.com was allowed, skіnport.com and csfloat-trade.net
// warned by the link model alone). Their own sites are allowed.
func TestCommunityToolLookalikes(t *testing.T) {
	t.Parallel()
	lookalikes := []string{
		"https://revokecash-approvals.com/",
		"https://dappradar-airdrop.xyz/",
		"https://defillama-rewards.com/",
		"https://dexscreener-token.app/",
		"https://gitcoin-passport.xyz/",
		"https://solscan-verify.com/",
		"https://dmarket-trade.com/",
		"https://bitskins-login.com/",
		"https://csfloat-trade.net/",
		"https://csgofloat.net/",
		"https://skinport.gift/",
		"https://skіnport.com/",
		"https://bloxlink-verify.app/",
	}
	own := []string{
		"wallet drained? revoke at https://revoke.cash/address/0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be",
		"https://dappradar.com/rankings",
		"https://defillama.com/chains",
		"https://api.llama.fi/protocols",
		"https://dexscreener.com/base",
		"https://grants.gitcoin.co/",
		"https://solscan.io/token/EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
		"https://dmarket.com/",
		"https://bitskins.com/",
		"float of my knife https://csfloat.com/db",
		"https://skinport.com/market",
		"https://www.faceit.com/en/hub",
		"link your roblox account at https://blox.link/",
	}
	send := newHarness(t, bot.DefaultConfig()).eachFromAnother()
	for _, text := range lookalikes {
		d := send(text)
		if d.Verdict.Level == bot.Allow || !hasReason(d.Verdict, bot.CodeBrandInDomain) && !hasReason(d.Verdict, bot.CodeHomoglyph) && !hasReason(d.Verdict, bot.CodeLookalike) {
			t.Errorf("%q: %s (%.3f) %v, want flagged as borrowing a tool's name", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
	for _, text := range own {
		if d := send(text); d.Verdict.Level != bot.Allow {
			t.Errorf("%q: %s (%.3f) %v, want allowed", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
}
