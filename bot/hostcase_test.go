package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// hostCase is a message with one link, the host the link must be read
// as, and the level the message must get.
type hostCase struct {
	text, host string
	want       bot.Level
}

// checkHostCases judges each case on Telegram and checks its level and
// that its one link is read with the host the case names.
func checkHostCases(t *testing.T, c *bot.Classifier, cases []hostCase) {
	t.Helper()
	for _, tc := range cases {
		j := judgeText(c, bot.Telegram, tc.text)
		if v := j.Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
		if len(j.Links) != 1 || j.Links[0].Host != tc.host {
			t.Errorf("%q: links %+v, want the host read as written (%s)", tc.text, j.Links, tc.host)
		}
	}
}
