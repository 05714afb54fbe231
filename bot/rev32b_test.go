package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev32bProjectSiteWholeName (rev32b): crypto32's reading of a
// project's own site holds only where the message says every piece of
// the site's name but a run-on project word. A drainer's name that takes
// the project's and adds a word the message does not say (an app, labs,
// a v2, a hub, a testnet, a vault, a hyphened token or web3) is read as
// before; the sites the rule was for stay allowed.
func TestRev32bProjectSiteWholeName(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"ethernodes client share by version https://ethernodes.org/", false},
		{"the stratum v2 spec on the stratum protocol site https://stratumprotocol.org/", false},
		{"braiins pool docs for stratum v2 https://stratumprotocol.org/", false},
		{"the ark protocol docs https://ark-protocol.org/", false},
		{"ethernodes client share by version https://ethernodes-app.org/", true},
		{"the ethernodes site https://ethernodeslabs.org/", true},
		{"ethernodes https://ethernodes-testnet.org/", true},
		{"the kelvra site https://kelvra-protocol.io/", true},
		{"the kelvra protocol site https://kelvra-protocol.io/", false},
		{"the ethernodes site https://ethernodes-token.io/", true},
	})
}

// TestRev32bNamedGameBuilds (rev32b): files32's archive the message
// names, in anyone's storage, is not taken so when its name is a game's
// build a stranger asks to be tried (game, demo, beta, alpha, playtest,
// early access), the dropper's "try my game"; a server's texture pack
// named beside it stays allowed.
func TestRev32bNamedGameBuilds(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the texture pack for our server https://pub-4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f.r2.dev/packs/texture-pack-v2.zip", false},
		{"my resource pack https://www.mediafire.com/file/a8k2j3h4k5/resource-pack.zip/file", false},
		{"my game build: https://www.dropbox.com/s/x8d7f6g5h4/game-build-win64.zip?dl=1", true},
		{"here is the demo build https://cdn.discordapp.com/attachments/1123456789012345/1198765432109876/demo-build-2.rar", true},
		{"beta keys: https://www.dropbox.com/s/x8d7f6g5h4/beta-keys.zip?dl=1", true},
		{"the early access build https://www.mediafire.com/file/a8k2j3h4k5/early-access-build.zip/file", true},
	})
}

// TestRev32bDiscoWords (rev32b): scrambledDiscord does not read a word
// run on disco with a letter replaced after it (discodb, a key-value
// store) as Discord's letters moved about; the scrambles stay warned.
func TestRev32bDiscoWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://discodb.org/", bot.Allow},
		{"https://discodb.github.io/", bot.Allow},
		{"https://dcisord.net/", bot.Warn},
		{"https://dsiocrd.com/", bot.Warn},
		{"https://discodr.com/", bot.Warn},
	})
}
