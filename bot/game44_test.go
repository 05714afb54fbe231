package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestGameTestLures (game44): a request to test or try a person's game
// beside a link anyone can put a program at (a share, a shortener, a
// site builder's page, a fresh site's build or download page) warns;
// each flagged case is allowed on main 033ae32. A store's page, a form,
// a project's beta release on a code host that names no game, a maker
// telling of their jam game and a team's word to its own beta testers
// stay allowed.
func TestGameTestLures(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"yo we need beta testers for our game, build here https://mega.nz/file/Zq8Wx2Ab#Cd3Ef4Gh5Ij6Kl7Mn8", true},
		{"hey can u try my game? takes 5 min https://cutt.ly/dusktide-beta", true},
		{"could you test my game before launch https://sites.google.com/view/dusktide-game/home", true},
		{"wanna test our game's demo? https://dusktide-game.com/demo/Dusktide_Demo.rar", true},
		{"hi i made a game with unity, can you test it? https://dusktide.netlify.app/download", true},
		{"hey can you test the game im making https://github.com/dusk-dev/dusktide/releases/download/v0.2/Dusktide.exe", true},
		{"looking for beta testers! request access on our steam page https://store.steampowered.com/app/2379780/", false},
		{"can someone test my game? web build on itch https://dusk-dev.itch.io/dusktide", false},
		{"we're looking for playtesters, sign up here https://forms.gle/Dk8Tst2Qw", false},
		{"beta testers: v3.0-beta is out https://github.com/obsidianmd/obsidian-releases/releases/download/v3.0.0/Obsidian-3.0.0.exe", false},
		{"i made a game for the jam, windows build on my github https://github.com/dusk-dev/dusktide/releases", false},
		{"@beta testers build 0.5.1 is on the shared drive https://drive.google.com/drive/folders/1Dk8Tst2QwZx9Lm3", false},
		{"thanks to all our beta testers, new build https://drive.google.com/file/d/1Dk8Tst2QwZx9Lm3Rt/view", false},
	})
}

// TestCheatLures (game44): a game's cheat, an executor, a currency
// generator or an account tool offered beside a download, a share, a
// shortener, a site builder's page or a site named for it warns (each
// allowed on 033ae32); tools that share a word with them (Cheat Engine,
// ESP-IDF, a test executor, keyless signing, a JWT checker) and warnings
// about them do not.
func TestCheatLures(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"free valorant triggerbot, works after the patch https://gofile.io/d/Vt4Trg", true},
		{"roblox executor no key system, updated https://bluestar-exec.com/download", true},
		{"undetected apex esp free https://tinyurl.com/apex-esp-free", true},
		{"cs2 skin changer, all knives, free https://knifeforge-cs.com/loader", true},
		{"discord token checker, fast, free https://github.com/tkchk-dev/fast-checker", true},
		{"cheat engine from the official site https://www.cheatengine.org/downloads.php", false},
		{"esp-idf offline installer http://dl.espressif.com/dl/idf-installer/esp-idf-tools-setup-offline-5.3.1.exe", false},
		{"The KUnit executor prints KTAP results, see https://github.com/torvalds/linux/tree/master/lib/kunit", false},
		{"keyless signing with sigstore https://github.com/sigstore/fulcio", false},
		{"PSA: that free robux link is a token stealer, don't click https://support.discord.com/hc/en-us/articles/360000291932", false},
	})
}

// TestBotMoneyLures (game44): an MEV, sniper or arbitrage bot offered
// with funding in Remix, a profit or a private key, beside a paste, a
// gist, a stranger's repository, a document or a site named for it,
// warns (each allowed on 033ae32); an open source bot and research do
// not.
func TestBotMoneyLures(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"mev bot contract, paste into remix and fund with 0.3 ETH https://pastebin.com/raw/Qm7Rx2Lp", true},
		{"arbitrage bot earning 2% per day, deploy it https://gist.github.com/arbking/0a1b2c3d4e5f", true},
		{"free sniper bot for base, put your private key in config https://github.com/basesnipe/sniper", true},
		{"freqtrade is a free open source trading bot https://github.com/freqtrade/freqtrade", false},
		{"I wrote an arbitrage bot for my thesis, results https://github.com/alicequant/cex-dex-arb", false},
		{"the flashbots docs for searchers https://docs.flashbots.net/flashbots-auction/searchers/quick-start", false},
	})
}

// TestFixPackageAndTakeHomeLures (game44): a package named as the fix of
// another's pushed as the fix of a bug, and a hiring test asked to be
// cloned and run, warn (each allowed on 033ae32); a package's own page,
// a pull request, a careers page and an interview story do not.
func TestFixPackageAndTakeHomeLures(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"that bug is fixed in my fork: npm i viem-fixed https://www.npmjs.com/package/viem-fixed", true},
		{"pip install solana-rpc-patched, fixes the timeout error https://pypi.org/project/solana-rpc-patched/", true},
		{"for the interview, clone https://github.com/hexa-recruit/defi-task and run npm install && npm start", true},
		{"technical round: download the project and run it locally before the call https://bitbucket.org/nexa-hiring/test-app", true},
		{"npm i viem https://www.npmjs.com/package/viem", false},
		{"there's a patch-package for that https://www.npmjs.com/package/patch-package", false},
		{"my PR with the fix https://github.com/wevm/viem/pull/1234", false},
		{"we're hiring, apply here https://jobs.ashbyhq.com/flashbots", false},
		{"after the interview they asked me to run the project locally https://github.com/facebook/create-react-app", false},
	})
}

// TestGameLureDetails (game44): the finding names the link and the words
// of the offer in English and Vietnamese.
func TestGameLureDetails(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, words, vi string }{
		{"free valorant triggerbot https://gofile.io/d/Vt4Trg", "triggerbot", "hack game"},
		{"can you test my game https://cutt.ly/dusktide-beta", "test my game", "chơi thử"},
		{"mev bot, fund it in remix https://pastebin.com/raw/Qm7Rx2Lp", "mev bot", "bot kiếm tiền"},
		{"fixed in my fork: npm i viem-fixed https://www.npmjs.com/package/viem-fixed", "my fork", "sửa lỗi"},
		{"interview task: clone and run https://github.com/hexa-recruit/defi-task", "clone and run", "tuyển dụng"},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		found := false
		for _, r := range v.Reasons {
			if r.Code == bot.CodeLure && strings.Contains(r.Detail, tc.words) && strings.Contains(r.Detail, "[.]") &&
				strings.Contains(r.DetailIn(bot.Vietnamese), tc.words) && strings.Contains(r.DetailIn(bot.Vietnamese), tc.vi) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no lure reason naming %q and the link in both languages: %+v", tc.text, tc.words, v.Reasons)
		}
	}
}
