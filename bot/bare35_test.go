package bot_test

import "testing"

// TestBareSoldNamesJudged (bare35): a scam domain typed bare under an
// ending that is also a file's (.app, .cc, .ml), lower case with a hyphen
// between letters, is read as a link and judged; tech chat naming files,
// bundles and hyphenated sources under the same endings is allowed. On
// 74529e8 none of the flagged ones held a link.
func TestBareSoldNamesJudged(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"claim-rewards.app", true},
		{"gm fam, claim your airdrop at walletconnect-sync.app before it closes", true},
		{"free nitro for 3 months: discord-nitro.cc", true},
		{"hypesquad applications are open, apply at become-hypesquad.ml", true},
		{"your wallet is out of sync, fix it on wallet-rectify.app", true},
		// the close twins: files, bundles and sources
		{"the segfault is in main.cc, line 40, after the vector resize", false},
		{"open Xcode.app, then Product > Archive", false},
		{"drag Visual Studio Code.app to Applications and run install.sh", false},
		{"automake regenerates Makefile.in and config.h.in", false},
		{"node's pipe-wrap.cc and inspector-agent.cc moved to src/", false},
		{"link against gtest-all.cc instead of the prebuilt lib", false},
		{"`terminal-notifier.app` is vendored under mac.noindex", false},
		{"pip-compile requirements-dev.in && sh get-docker.sh", false},
	})
}

// TestBarePlainSoldNamesJudged (bare35): a bare lower-case name with no
// hyphen under .app, .cc or .ml is read as a link when it holds a word
// phishing names are built from or a protected brand's name
// (linkx.SoldNamed, set by this package); the sources, bundles and real
// sites of tech chat under those endings are named with neither, or are
// the brand's own, and are allowed. On 7ce972e none of the flagged ones
// held a link.
func TestBarePlainSoldNamesJudged(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"claimnitro.cc", true},
		{"free nitro, just verify at discordgifts.app", true},
		{"the server needs verification, use captchabot.app", true},
		{"wallet out of sync? go to metamasksupport.app", true},
		// the close twins
		{"the crash is in node.cc, see env.cc and addon.cc too", false},
		{"rename myapp.app before you codesign it", false},
		{"dune builds monitor.ml and preprocess.ml", false},
		{"bsky.app is where the devs post now", false},
		{"phantom.app is the wallet I use", false},
		{"worker.cc and permission.cc changed in that release", false},
	})
}
