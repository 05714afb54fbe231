package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestWWWTenantKept (rev40a): on a platform's ending (a private public
// suffix: github.io, pages.dev, herokuapp.com, s3.amazonaws.com) www. is
// the name of a tenant, a party of its own, not the platform: its link
// is read as written and judged as any tenant's, not as the platform's
// own server (www.github.io/Setup.exe passed as GitHub's program).
func TestWWWTenantKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text, host string
		want       bot.Level
	}{
		{"https://www.github.io/Setup.exe", "www.github.io", bot.Delete},
		{"https://www.herokuapp.com/Setup.exe", "www.herokuapp.com", bot.Delete},
		{"https://www.blogspot.com/setup.exe", "www.blogspot.com", bot.Delete},
		{"https://www.s3.amazonaws.com/evil.exe", "www.s3.amazonaws.com", bot.Delete},
		{"https://www.pages.dev/wallet-connect", "www.pages.dev", bot.Warn},
		// the bucket "www", not AWS's own (s3.amazonaws.com/BUCKET/…)
		{"https://www.s3.amazonaws.com/session-manager-downloads/plugin/latest/windows/SessionManagerPluginSetup.exe ssm plugin", "www.s3.amazonaws.com", bot.Delete},
	}
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
