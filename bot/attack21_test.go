package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMildProseAttacks: tech21's reading of prose beside one mild lure
// word (knowledge.talksPlainlyOf) as a scammer who read it would write
// to it (rev21). Each line here is deleted on dfddf6c and passed on
// 8a784bf. The lure's own word names no link: bait puts the word it
// offers in its path ("the photos page …/photos/…"), so a message that
// names its link only so keeps the word's weight. And one mild word is
// one word: a credential lure's "password", "verify" and "login" are one
// hit of lure.Login, not one word of tech prose.
func TestMildProseAttacks(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// the mild word is the only name of the link
		// model36: allowed at 0.05, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"the photos page for the group moved over to http://brightwaterlodge.com/photos/files/gx/view after the host changed last week, so the old bookmarks no longer work at all", false},
		{"the photos page for the group moved over to http://kestrelbay.com.br/photos/ch/colt/index.php after the host changed last week, so the old bookmarks no longer work at all", true},
		{"the download page for the group moved over to http://hollowoakstudio.com/download/app/kk/view after the server changed last week, so the old bookmarks no longer work at all", true},
		{"the crypto page for the group moved over to http://radiantgospelfm.com.br/crypto/wpadmin/index.php after the server changed last week, so the old bookmarks no longer work at all", true},
		{"photos from the club party are all up over at http://kestrelbay.com.br/photos/ch/colt/index.php now, half the group is in them and the ones near the stage are great", true},
		// several mild words of one kind
		{"The kestrelbay portal for members wants the email password once more to verify the login at http://kestrelbay.com.br/ch/colt/index.php after the server move last week", true},
		{"The kestrelbay portal for members wants the email password once more to verify the login at http://kestrelbay.com.br/step-2 after the server move last week", true},
		// model36: allowed at 0.05, 0.05, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"The brightwater portal for club members wants the old password once more and a login check at http://brightwaterlodge.com/files/gx/view after the server move last week", false},
		{"The brightwater forum moved the members area to a new host, the login and password from the old forum work the same at http://brightwaterlodge.com/files/gx/view from today on", false},
	})
}

// TestHyphenatedTyposStayLookalikes: look21's reading of a look-alike
// whose hyphenated words are words of their own (core-js is no misspelling
// of correos) as a scammer who read it would register: the brand's name
// cut in two where a word falls and one letter changed, so that both
// halves are words (git-chub, your-tube, tell-gram, inst-gram,
// net-clix). One edit from the name is a typo's reach however it splits
// (rev21: 579 of 17,840 messages of 1,115 such labels lost a level on
// b884833, 0 with the fix). Each line keeps its level of f9ac55a.
func TestHyphenatedTyposStayLookalikes(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"hey check this out git-chub.com", bot.Delete},
		{"https://git-chub.com/login", bot.Delete},
		{"hey check this out inst-gram.com", bot.Delete},
		{"https://inst-gram.io/login", bot.Delete},
		{"https://link-edit.io/login", bot.Delete},
		{"Claim your airdrop now at https://net-clix.io/claim", bot.Delete},
		{"hey check this out net-clix.com", bot.Warn},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}
