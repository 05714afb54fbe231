package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev44cGameLureWording (rev44c): game44's offers said in other
// words read as the same offer: a single tester asked for, "can you try
// / play" with a game's word, "check my game", the Vietnamese word order
// ("test game giúp mình", "tuyển beta tester"), Spanish and Portuguese,
// leetspeak, a Markdown link whose text names the game, a Vietnamese or
// Spanish money bot and hiring test. Each flagged case is allowed on
// main b5620ff.
func TestRev44cGameLureWording(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"need a tester for my game https://lumen-game.vercel.app", true},
		{"looking for a tester for our game https://lumen-game.vercel.app", true},
		{"can you check my game https://lumen-game.vercel.app", true},
		{"I made a game with my friends. can you play it and tell us what you think? https://lumen-game.vercel.app/download", true},
		{"[my game](https://bit.ly/3xYzAbc) can you try it", true},
		{"can you t3st my game pls https://mega.nz/file/AbCd#xyz", true},
		{"free r0bux here https://bit.ly/3xYzAbc", true},
		{"fr33 v-bucks https://bit.ly/3xYzAbc", true},
		{"test game giúp mình với, link đây https://drive.google.com/file/d/1AbCdEf/view", true},
		{"anh em test game giúp em với https://bit.ly/3xYzAbc", true},
		{"mình đang tuyển beta tester cho game mới, tải ở đây https://bit.ly/3xYzAbc", true},
		{"hack robux miễn phí https://bit.ly/3xYzAbc", true},
		{"¿puedes probar mi juego? https://mega.nz/file/AbCd#xyz", true},
		{"buscamos beta testers para nuestro juego https://bit.ly/3xYzAbc", true},
		{"procuramos testers para o nosso jogo https://bit.ly/3xYzAbc", true},
		{"bot mev kiếm 2 eth mỗi ngày https://pastebin.com/raw/abc123", true},
		{"bot de mev que da ganancias, pégalo en remix https://pastebin.com/raw/abc123", true},
		{"phỏng vấn: clone repo rồi chạy npm start nhé https://github.com/devhire-labs/realestate-mvp", true},
		{"entrevista técnica: clona el repo y ejecuta npm start https://github.com/devhire-labs/realestate-mvp", true},
		// the same words beside a store's page or a form stay allowed
		{"need a tester for my game, sign up at https://forms.gle/AbCdEf123", false},
		{"test game giúp mình trên TestFlight nhé https://testflight.apple.com/join/AbC12xYz", false},
		{"¿pueden probar mi juego? está en itch https://pixelbyte.itch.io/cavern-run", false},
		{"can you try clearing the game cache and reinstalling? https://support.steampowered.com/kb_article.php?ref=2037", false},
	})
}

// TestRev44cFixPackageNames (rev44c): a package whose name starts with
// a fix's word names a tool that fixes something (fix-path,
// fix-webm-duration, fixed-data-table), and one ending in "fixes" a set
// of fixes (postcss-flexbugs-fixes): not a fork pushed as another's
// fix, which names the package it copies first (ethers-patched-v6,
// web3-provider-fix). Each allowed case is warned on main b5620ff.
func TestRev44cFixPackageNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"use fix-path to get the right PATH in electron apps, fixes the bug https://www.npmjs.com/package/fix-path", false},
		{"postcss-flexbugs-fixes fixes the flexbox bug in IE https://www.npmjs.com/package/postcss-flexbugs-fixes", false},
		{"fixed-data-table is unmaintained, use the fork https://www.npmjs.com/package/fixed-data-table-2", false},
		{"fix-webm-duration fixes the duration issue in MediaRecorder webm https://www.npmjs.com/package/fix-webm-duration", false},
		{"use my fork, it fixes the bug: https://www.npmjs.com/package/ethers-patched-v6", true},
		{"here's a fixed version of web3 https://www.npmjs.com/package/web3-fixed", true},
		{"use my fork: https://www.npmjs.com/package/@ethers-dev/ethers-fixed", true},
	})
}

// TestRev44cBrandOrgRepos (rev44c): a repository of a protected brand's
// own GitHub organisation (github.com/facebook, /microsoft, /stripe, as
// brandPages lists them) is not a stranger's, whatever hiring words are
// beside it; a fresh account's repository, one named like a brand's
// among them, still is. Each allowed case is warned on main b5620ff.
func TestRev44cBrandOrgRepos(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"interview prep: the take home is a react app, run npm start after cloning https://github.com/facebook/create-react-app", false},
		{"the repo for the take home: https://github.com/microsoft/TypeScript-Node-Starter, interview asks you to run npm run dev", false},
		{"interview: pls clone the repo and run `npm start` https://github.com/devhire-labs/realestate-mvp", true},
		{"interview: pls clone the repo and run `npm start` https://github.com/microsoft-hiring/realestate-mvp", true},
	})
}

// TestRev44cVietnameseDetails (rev44c): the Vietnamese reasons of
// game44's offers read as Vietnamese says it: a program "uploaded" (tải
// lên), not "put" (đặt được); a game's own money (tiền trong game), not
// "tiền ảo", which is a cryptocurrency; a hiring test "asked" (yêu cầu),
// not "forced" (bắt); and each reason's "that is how" (là cách) said
// with its verb.
func TestRev44cVietnameseDetails(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, want string }{
		{"free valorant triggerbot https://gofile.io/d/Vt4Trg", "tiền trong game"},
		{"can you test my game https://cutt.ly/dusktide-beta", "tải chương trình lên"},
		{"mev bot, fund it in remix https://pastebin.com/raw/Qm7Rx2Lp", "chuyển tiền về"},
		{"fixed in my fork: npm i viem-fixed https://www.npmjs.com/package/viem-fixed", "đó là cách"},
		{"interview task: clone and run https://github.com/hexa-recruit/defi-task", "yêu cầu chạy"},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		found := false
		for _, r := range v.Reasons {
			if r.Code != bot.CodeLure {
				continue
			}
			vi := r.DetailIn(bot.Vietnamese)
			found = strings.Contains(vi, tc.want)
			for _, bad := range []string{"ai cũng đặt được", "tiền ảo", "bắt chạy", "bắt cài"} {
				if strings.Contains(vi, bad) {
					t.Errorf("%q: the Vietnamese reason says %q: %s", tc.text, bad, vi)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Vietnamese lure reason saying %q: %+v", tc.text, tc.want, v.Reasons)
		}
	}
}

// TestRev44cAppDemos (rev44c): an ask to try a demo names no game: a web
// app's demo on a deploy platform is how developers show their work
// ("want to try the demo?" was warned on main b5620ff), and the asks
// rev44c adds ("can you try", "can you play") are read with a game's
// word only, as the others are.
func TestRev44cAppDemos(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"want to try the demo? https://acme-dashboard.vercel.app", false},
		{"can you try the demo and tell me if the login works? https://myproject.vercel.app", false},
		{"can you play around with the demo https://acme-dashboard.netlify.app", false},
		{"want to try our game's demo? https://lumen-game.vercel.app/demo", true},
	})
}
