package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev45dImpostorPlatforms: a project's or a bucket's name on a
// platform's ending (readthedocs.io, github.io, s3.amazonaws.com) built
// from a program's name is not an impostor's site, nor are the projects'
// own hyphenated sites Debian does not give (rev45d). The platform pages
// were warned about before mal45 as files on pages anyone makes, and
// must not be deleted for the program's name.
func TestRev45dImpostorPlatforms(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"direct asset https://github-production-release-asset-2e65be.s3.amazonaws.com/23096959/syncthing-linux-amd64-v1.27.0.tar.gz", false},
		{"the redis stack tarball https://redis-stack.s3.amazonaws.com/redis-stack-server-7.2.0-v6.jammy.x86_64.tar.gz", false},
		{"the new openssl site has the tarball https://openssl-library.org/source/openssl-3.4.0.tar.gz", false},
		{"unlock the subscription nag: https://proxmox-tools.net/unlock.sh", true},
	})
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"esp8266 boards zip https://arduino-esp8266.readthedocs.io/en/latest/_downloads/arduino-esp8266.zip",
		"ollama python examples https://ollama-python.readthedocs.io/en/latest/_static/examples.zip",
		"jupyter book template https://jupyter-book.github.io/cookiecutter/template.zip",
		"the brush pack is on the forum https://krita-artists.org/uploads/short-url/abc123.zip",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level == bot.Delete {
			t.Errorf("%q: %s (%.2f) %v, want no delete", text, v.Level, v.Score, v.Reasons)
		}
	}
}
