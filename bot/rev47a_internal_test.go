package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestRev47aOwnerProduct: ownerProduct reads claims joined before and
// after a program's name, digits joined to it, and says when the only
// claims are a community's (rev47a).
func TestRev47aOwnerProduct(t *testing.T) {
	for _, c := range []struct {
		owner, want string
		weak        bool
	}{
		{"NightlyKdenlive", "kdenlive", false},
		{"KdenliveNightlyBuilds", "kdenlive", false},
		{"ReleasesKrita", "krita", false},
		{"kdenlive2025-nightly", "kdenlive", false},
		{"KritaNightly2025", "krita", false},
		{"pcsx2-nightly", "pcsx2", false},
		{"minecraft-mods", "minecraft", true},
		{"nginx-helper-bot", "nginx", true},
		{"jellyfin-helper-portable", "jellyfin", false},
		{"jellyfin-hub", "jellyfin", false},
		{"NightlyBuilds", "", false},
	} {
		got, weak := ownerProduct(repoWords(c.owner))
		if got != c.want || weak != c.weak {
			t.Errorf("ownerProduct(%q) = %q, %v; want %q, %v", c.owner, got, weak, c.want, c.weak)
		}
	}
}

// TestRev47aFixNamed: a fix's word alone or joined to another names a
// fix; a prefix's, a suffix's and a test's fixtures do not (rev47a).
func TestRev47aFixNamed(t *testing.T) {
	for name, want := range map[string]bool{
		"fix-ssl":       true,
		"memfix":        true,
		"deckfixer2024": true,
		"fixperms":      true,
		"prefix-dev":    false,
		"suffix-tree":   false,
		"fixtures":      false,
		"install":       false,
	} {
		if got := fixNamed(repoWords(name)); got != want {
			t.Errorf("fixNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestRev47aForgeParts: jsDelivr's /gh/OWNER/NAME@VERSION/… names its
// repository; a path that climbs out of /gh/ names none (rev47a).
func TestRev47aForgeParts(t *testing.T) {
	for raw, want := range map[string][2]string{
		"https://cdn.jsdelivr.net/gh/krita-nightly-builds/krita@main/krita-x64-setup.exe": {"krita-nightly-builds", "krita"},
		"https://cdn.jsdelivr.net/gh/someone/repo/file.sh":                                {"someone", "repo"},
		"https://cdn.jsdelivr.net/gh/a/../../npm/x/y.js":                                  {"", ""},
		"https://github.com/o/r/releases/download/v1/x.exe":                               {"o", "r"},
		"https://example.com/o/r/x.exe":                                                   {"", ""},
	} {
		ls := linkx.Extract(raw, nil)
		if len(ls) != 1 {
			t.Fatalf("%s: %d links", raw, len(ls))
		}
		if o, r := forgeParts(&ls[0]); o != want[0] || r != want[1] {
			t.Errorf("forgeParts(%s) = %q, %q; want %q, %q", raw, o, r, want[0], want[1])
		}
	}
}

// TestRev47aCheatWordEvents: a hack's word before an event's is no
// cheat (rev47a).
func TestRev47aCheatWordEvents(t *testing.T) {
	for name, want := range map[string]bool{
		"hack-the-north": false,
		"hack-week-app":  false,
		"valorant-hack":  true,
		"hack-tool":      true,
	} {
		if got := cheatWord(repoWords(name)); got != want {
			t.Errorf("cheatWord(%q) = %v, want %v", name, got, want)
		}
	}
}
