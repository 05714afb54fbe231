package bot_test

import "testing"

// TestRepoScriptsInTheTree (rev35): a Windows script named as droppers
// are (update, run, download) in a folder of a repository's tree is the
// project's own (ComfyUI's update/update.bat, whisper.cpp's
// models/download-ggml-model.cmd): allowed; the same names at a
// repository's root, where droppers pushed to throwaway repositories sit,
// are still flagged. On b76fda8 the three tree scripts were warned.
func TestRepoScriptsInTheTree(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://raw.githubusercontent.com/hollowpine/pineui/master/update/update.bat", false},
		{"https://raw.githubusercontent.com/hollowpine/whisper/master/models/download-pine-model.cmd", false},
		{"https://gitlab.com/hollowpine/pub/-/raw/main/tools/update.ps1", false},
		{"https://github.com/hollowpine/pineui/raw/main/scripts/run.bat", false},
		{"https://raw.githubusercontent.com/hollowpine/pineui/refs/heads/main/update/update.bat", false},
		// at the root
		{"https://raw.githubusercontent.com/kelvra22/tools/master/update.bat", true},
		{"https://raw.githubusercontent.com/kelvra22/tools/refs/heads/main/update.ps1", true},
		{"https://gitlab.com/kelvra22/pub/-/raw/main/download.ps1", true},
		{"https://github.com/kelvra22/tools/raw/main/run.bat", true},
	})
}

// TestRepoSystemNames (rev35): a script in a repository named after one
// of Windows' own processes (svchost.bat, rundll32.cmd), at its root or in
// a folder, and a script or an archive named for a game's currency
// offered free (FreeRobux.bat, vbucks-gen.zip), are flagged; their twins
// named for what they do are allowed. On b76fda8 the first four were
// allowed (vbucks-gen.zip was flagged already).
func TestRepoSystemNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://raw.githubusercontent.com/kelvra22/tools/main/svchost.bat", true},
		{"https://github.com/kelvra22/tools/raw/main/rundll32.cmd", true},
		{"https://raw.githubusercontent.com/kelvra22/tools/main/bin/svchost.ps1", true},
		{"https://github.com/kelvra22/tools/releases/download/v1.0/FreeRobux.bat", true},
		{"https://github.com/kelvra22/tools/releases/download/v1.0/vbucks-gen.zip", true},
		{"https://raw.githubusercontent.com/hollowpine/winadmin/main/restart-service.ps1", false},
		{"https://github.com/hollowpine/winadmin/raw/main/clean-temp.bat", false},
		{"https://github.com/hollowpine/pinegame/releases/download/v1.0/pinegame-1.0-win64.zip", false},
	})
}

// TestBareOneWordFiles (rev35): a bare name under .app, .cc or .ml that
// is one of the phishing names' words and nothing else is a source file
// named for what it does (token.cc, event.ml), not a link; names built of
// such a word and more, and a brand's name alone, are still read and
// flagged. On 0f989af the first five were flagged.
func TestBareOneWordFiles(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the bug is in token.cc", false},
		{"dune can't find event.ml", false},
		{"I split service.ml out of main.ml", false},
		{"compile wallet.cc with -O2", false},
		{"open sync.app from finder", false},
		// read
		{"claimnitro.cc", true},
		{"wallet out of sync? go to walletsync.app", true},
		{"free nitro at hypesquad.app", true},
		{"verify at metamask.ml", true},
	})
}
