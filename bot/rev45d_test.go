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

// TestRev45dCrackTalk: ssh-keygen, a patched server, an unlocked plan, a
// config "100% working" beside a file host are everyday talk, not a
// crack's offer; "patched" beside a licence's word is one; and a
// checkpoint on a lab's private address is a colleague's (rev45d).
func TestRev45dCrackTalk(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"generate a key with ssh-keygen -t ed25519 and paste the pub key here https://pastebin.com/raw/abc123", false},
		{"my klipper config, 100% working on the ender 3 https://pixeldrain.com/u/Ab12Cd", false},
		{"I unlocked the pro plan for the team, exported dashboards here https://drive.google.com/file/d/1AbCdEf/view", false},
		{"windows is patched now, crash dumps uploaded https://gofile.io/d/Xy12Ab", false},
		{"checkpoint from the lab server http://10.0.0.5:8000/ckpt/epoch10.pt load it with torch.load", false},
		{"idm full version patched, license 100% working https://gofile.io/d/Ab12Xy", true},
		{"keygen for vmware workstation https://gofile.io/d/Qw34Er", true},
	})
}
