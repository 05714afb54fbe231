package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestShareLinkBait (mal35b): a file host's or a cloud drive's share
// link, which names no file, is flagged when the message offers it as
// malware is offered: a crack or a cheat, a friend's game to try, an
// archive's password, a request to run it as administrator or to turn
// the antivirus off, an invoice to view; so is a file host's page named
// as a crack (4shared.com/file/ID/Crack.html). They were allowed on
// b76fda8. The same hosts shared in words of what the file is (a
// dataset, a recording, slides, build logs, a mod pack, a debug build),
// and a host's name alone in security talk, stay allowed.
func TestShareLinkBait(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Photoshop 2025 cracked, full version. password: 1234 https://mega.nz/file/Qw3rTy7u#aB9cD8eF7gH6iJ5kL4mN3oP2qR1sT0uVwXyZ", true},
		{"valorant aimbot undetected https://gofile.io/d/Kx7pQ2", true},
		{"hey can you try my game? https://drive.google.com/file/d/1Qw3rTy7uIoP9aSdFgHjKlZxCvBnM0123/view?usp=sharing", true},
		{"roblox executor, run as administrator https://pixeldrain.com/u/Yt8nQv2K", true},
		{"please view the attached invoice https://1drv.ms/u/s!AqWeRtYuIoP9aSdF", true},
		{"mật khẩu giải nén 2024, tải tool hack ở đây https://www.mediafire.com/file/q8w7e6r5t4/file", true},
		{"https://www.4shared.com/file/Qw3rTy7u/Crack.html", true},
		{"here's the dataset from the workshop https://mega.nz/file/Qw3rTy7u#aB9cD8eF7gH6iJ5kL4mN3oP2qR1sT0uVwXyZ", false},
		{"the recording of yesterday's call https://drive.google.com/file/d/1Qw3rTy7uIoP9aSdFgHjKlZxCvBnM0123/view?usp=sharing", false},
		{"slides from the talk https://1drv.ms/u/s!AqWeRtYuIoP9aSdF", false},
		{"the mod pack is on gofile because it's 4gb, install it with the mod manager https://gofile.io/d/Kx7pQ2", false},
		{"debug build, uninstall the store version first https://pixeldrain.com/u/Yt8nQv2K", false},
		{"someone posted a cracked IDA on mega.nz again, it's always infected", false},
	})
}

// TestShareLinkTwoTells (mal35b): two tells of different kinds beside a
// share link (a crack and its archive's password; a cheat and a request
// to turn the antivirus off) delete; one tell warns.
func TestShareLinkTwoTells(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level
	}{
		{"Photoshop 2025 cracked, password: 1234 https://mega.nz/file/Qw3rTy7u#aB9cD8eF7gH6iJ5kL4mN3oP2qR1sT0uVwXyZ", bot.Delete},
		{"fortnite cheat, disable defender first https://gofile.io/d/Kx7pQ2", bot.Delete},
		{"fortnite cheat https://gofile.io/d/Kx7pQ2", bot.Warn},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestMal35bDetails: the finding names the words it matched, in English
// and Vietnamese.
func TestMal35bDetails(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	text := "Photoshop 2025 cracked, password: 1234 https://mega.nz/file/Qw3rTy7u#aB9cD8eF7gH6iJ5kL4mN3oP2qR1sT0uVwXyZ"
	v := judgeText(c, bot.Telegram, text).Verdict
	for _, r := range v.Reasons {
		if r.Code == bot.CodeDangerousFile && strings.Contains(r.Detail, `"cracked", "password 1234"`) &&
			strings.Contains(r.DetailIn(bot.Vietnamese), `"cracked", "password 1234"`) && strings.Contains(r.DetailIn(bot.Vietnamese), "mega[.]nz") &&
			strings.Contains(r.DetailIn(bot.Vietnamese), "mật khẩu") {
			return
		}
	}
	t.Errorf("no dangerous_file reason naming the words matched in %+v", v.Reasons)
}
