package bot_test

import "testing"

// TestFakeReleaseProAndForPC: a build on someone else's repository named
// after a program with "Pro" or "for PC" after its name (CapCut.Pro.exe,
// Capcut-Pro-2025.rar, MagiskForPC.exe, Magisk-for-PC.exe) is read as the
// program it is named after, as MagiskPC.exe is since 881fbcf (rev15:
// each passed). A program whose name only starts like one stays
// unflagged.
func TestFakeReleaseProAndForPC(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/kevin22x/tools/releases/download/v1.2/MagiskForPC.exe", true},
		{"https://github.com/kevin22x/tools/releases/download/v1.2/Magisk-for-PC.exe", true},
		{"https://github.com/kevin22x/tools/releases/download/v1.2/CapCut.Pro.exe", true},
		{"https://github.com/kevin22x/tools/releases/download/v1.2/Capcut-Pro-2025.rar", true},
		{"https://github.com/kevin22x/tools/releases/download/v1.2/CapCutPremium.exe", true},
		// another program named after it
		{"https://github.com/someone/obs-websocket/releases/download/5.0.1/obs-websocket-5.0.1-Windows-Installer.exe", false},
	})
}
