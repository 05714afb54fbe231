package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCapsReadLower (www40): a message written all in capitals (caps
// lock, an SMS) is judged as the same message in lower case: a cheat's
// or an unknown account's program on a forge or a file host keeps its
// level (RELEASES/DOWNLOAD/…/LOADER.EXE passed as a maker's download),
// and a maker's own download stays allowed; Raw keeps the link as
// written.
func TestCapsReadLower(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text string
		want bot.Level
	}{
		{"https://github.com/ghost31337/fortnite-aimbot/releases/download/v1.2/loader.exe", bot.Delete},
		{"https://github.com/krnl-official/krnl/releases/download/latest/KrnlSetup.exe", bot.Warn},
		{"https://gitlab.com/brentoo12/assets/-/raw/main/build.exe", bot.Warn},
		{"https://bitbucket.org/sharedfiles2024/dl/downloads/setup_x64.exe", bot.Delete},
		{"https://www.mediafire.com/file/q9w8e7r6t5y4u3i/Roblox_Executor.zip/file", bot.Delete},
		{"https://f003.backblazeb2.com/file/free-tools/photoshop_2024_crack.zip", bot.Delete},
		{"https://objects.githubusercontent.com/github-production-release-asset-2e65be/812736451/update.exe", bot.Delete},
		{"https://cdn.jsdelivr.net/gh/ghost31337/tools@main/loader.exe", bot.Delete},
		{"https://sourceforge.net/projects/freecheats/files/Loader.exe/download", bot.Delete},
		{"the claim page is on ipfs so it cant be taken down https://cloudflare-ipfs.com/ipfs/QmZ4tDuvesekSs4qM5ZBKpXiZGun7S2CYtEZRB3DYXkjGx/", bot.Warn},
		{"https://www.7-zip.org/a/7z2301-x64.exe", bot.Allow},
		{"https://www.python.org/ftp/python/3.12.1/python-3.12.1-amd64.exe", bot.Allow},
		{"https://get.videolan.org/vlc/3.0.20/win64/vlc-3.0.20-win64.exe", bot.Allow},
		{"https://github.com/notepad-plus-plus/notepad-plus-plus/releases/download/v8.6/npp.8.6.Installer.x64.exe", bot.Allow},
	}
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, the case needs %s as written", tc.text, v.Level, v.Score, v.Reasons, tc.want)
			continue
		}
		up := strings.ToUpper(tc.text)
		j := judgeText(c, bot.Telegram, up)
		if v := j.Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s as in lower case", up, v.Level, v.Score, v.Reasons, tc.want)
		}
		written, _, _ := strings.Cut(up[strings.Index(up, "HTTP"):], " ")
		if len(j.Links) != 1 || j.Links[0].Raw != written {
			t.Errorf("%q: links %+v, want Raw %s", up, j.Links, written)
		}
	}
}

// TestCapsInPathKept (www40): a path with a lower-case letter keeps its
// capitals: they are the site's own (a page's name, a share code).
func TestCapsInPathKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, path string }{
		{"http://altusmetrum.org/AltOS/", "/AltOS/"},
		{"https://www.mediafire.com/file/q9w8e7r6t5y4u3i/ROBLOX_EXECUTOR.zip/file", "/file/q9w8e7r6t5y4u3i/ROBLOX_EXECUTOR.zip/file"},
		{"HTTPS://EXAMPLE.ORG/DOWNLOAD/SETUP.EXE", "/download/setup.exe"},
	} {
		j := judgeText(c, bot.Telegram, tc.text)
		if len(j.Links) != 1 || j.Links[0].Path != tc.path {
			t.Errorf("%q: links %+v, want the path read as %s", tc.text, j.Links, tc.path)
		}
	}
}

// TestCapsFileName (www40): a file host's endpoint written in capitals
// in a path that keeps its case (mediafire.com/file/ID/NAME.zip/FILE) is
// read as the endpoint: the download is the archive it names.
func TestCapsFileName(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"https://www.mediafire.com/file/q9w8e7r6t5y4u3i/Roblox_Executor.zip/file",
		"https://www.mediafire.com/file/q9w8e7r6t5y4u3i/Roblox_Executor.zip/FILE",
		"https://www.mediafire.com/file/q9w8e7r6t5y4u3i/Roblox_Executor.zip/File",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Delete {
			t.Errorf("%q: %s %.2f %v, want delete", text, v.Level, v.Score, v.Reasons)
		}
	}
}
