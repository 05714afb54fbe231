package bot

import "testing"

// TestForge47OwnerProduct: ownerProduct reads a known program's name
// beside a claim, hyphenated or joined, and nothing else (forge47).
func TestForge47OwnerProduct(t *testing.T) {
	for owner, want := range map[string]string{
		"krita-nightly-builds": "krita",
		"KritaNightly":         "krita",
		"obs-studio-release":   "obsstudio",
		"nginx-helper-bot":     "nginx",
		"mixxx-patched":        "mixxx",
		"immich-app":           "",
		"flameshot-org":        "",
		"CrealityOfficial":     "",
		"krita":                "",
		"jdoe-builds":          "",
	} {
		if got, _ := ownerProduct(repoWords(owner)); got != want {
			t.Errorf("ownerProduct(%q) = %q, want %q", owner, got, want)
		}
	}
}

// TestForge47PortWords: a Windows port says so in its owner's or
// repository's name (forge47).
func TestForge47PortWords(t *testing.T) {
	for _, c := range []struct {
		owner, repo string
		want        bool
	}{
		{"maharmstone", "winbtrfs", true},
		{"someone", "btrfs-for-windows", true},
		{"btrfs-tools", "btrfs-gui", false},
	} {
		if got := portWords(repoWords(c.owner), repoWords(c.repo)); got != c.want {
			t.Errorf("portWords(%q, %q) = %v, want %v", c.owner, c.repo, got, c.want)
		}
	}
}

// TestForge47CheatWord: a cheat's word counts, a cheat sheet's does not
// (forge47).
func TestForge47CheatWord(t *testing.T) {
	for name, want := range map[string]bool{
		"cheats-2026":  true,
		"apex-hack":    true,
		"cheat-sheets": false,
		"cheat_sheet":  false,
		"hackrf":       false,
	} {
		if got := cheatWord(repoWords(name)); got != want {
			t.Errorf("cheatWord(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestForge47CreatorPrograms: the paid programs creators use are known to
// the forge reading (an owner built from one and a claim), not to
// productSites, whose impostor-site reading would take preset and
// template sites named after them (forge47).
func TestForge47CreatorPrograms(t *testing.T) {
	if got, _ := ownerProduct(repoWords("photoshop-portable")); got != "photoshop" {
		t.Errorf("ownerProduct(photoshop-portable) = %q, want photoshop", got)
	}
	if got, _ := ownerProduct(repoWords("adobe-fonts")); got != "" {
		t.Errorf("ownerProduct(adobe-fonts) = %q, want none", got)
	}
	// mal47 put creators' programs in productSites, and keeps
	// lightroom-presets sites' archives out of the impostor reading with
	// packArchive: TestMal47PackSites holds it
}
