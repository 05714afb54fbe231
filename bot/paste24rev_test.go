package bot_test

import "testing"

// TestPastedScriptsToRun: a script on a paste site that a message asks
// to be pasted into a shell or a browser's console (ClickFix: "press
// Win+R … paste what's in …"), to be followed as steps, or offers as
// malware is offered (an aimbot loader, a KMS activator) is run, not
// read: judged as a download, as before 83b1dbd. Each was allowed on
// 83b1dbd; scripts pasted to be read are still spared.
func TestPastedScriptsToRun(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"paste this into powershell to fix the discord crash: https://pastebin.com/raw/Xk3m9PqZ.ps1", true},
		{"copy the text from https://hastebin.com/ujifoyexal.ps1 into PowerShell and press enter", true},
		{"press Win+R, type powershell, then paste what's in https://paste.rs/Xk3m.ps1", true},
		{"new valorant aimbot loader https://hastebin.com/ujifoyexal.ps1 undetected", true},
		{"to get verified in this server paste what https://hastebin.com/ujifoyexal.ps1 shows into the console", true},
		{"KMS activator https://paste.ee/r/AbCdE.cmd works on win11", true},
		{"your account is flagged, follow the steps at https://pastebin.com/raw/Xk3m9PqZ.ps1", true},
		// pasted to be read
		{"here's my powershell profile https://hastebin.com/ujifoyexal.ps1 , why does the prompt take 3s to load?", false},
		{"can someone review https://pastebin.com/raw/Xk3m9PqZ.ps1 before I deploy it via intune", false},
		{"the console output is in https://paste.rs/Xk3m.log and the script in https://paste.rs/Xk3m.ps1", false},
		{"I copied the example into https://paste.rs/Xk3m.ps1 but it throws on Get-ADUser", false},
	})
}
