package bot_test

import "testing"

// TestDownloadNames: a stranger's site named for a program with a
// download word around it (<program>-download, get-<program>) is flagged
// in a message about downloading it or naming it, or at a program file;
// makers' sites named after their programs (getfedora.org,
// getpaint.net), their download hosts, and such a name in a message that
// neither downloads nor names the program are not. Made-up hosts, none
// in the measurement sets.
func TestDownloadNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Download Obsidian here: https://obsidian-download.com", true},
		{"get Notion desktop https://get-notion.app", true},
		{"tải CapCut bản PC ở https://capcut-setup.net", true},
		{"the installer https://handbrake-dl.org/HandBrake-1.8.2-x86_64-Win_GUI.exe", true},
		{"get fedora from https://getfedora.org", false},
		{"grab paint.net from https://getpaint.net", false},
		{"blender 4.2 is out https://download.blender.org/release/Blender4.2/", false},
		{"template gallery https://get-app.link/gallery", false},
	})
}
