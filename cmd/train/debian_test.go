package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadDebianURLs reads a file in the measurement sets' format: comments
// and blank lines skipped, phishing hosts left out, each URL a benign
// example of its own source, and a forge's projects split by site (a host
// with its first folder), not all together by registrable domain.
func TestLoadDebianURLs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deb.txt")
	text := "# a comment\n\nhttp://example-project.org/software/x/\nhttps://github.com/owner/a\nhttps://github.com/owner/b\nhttps://scam-host.xyz/login\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ex, err := loadDebianURLs(path, map[string]bool{"scam-host.xyz": true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 3 {
		t.Fatalf("read %d examples, want 3 (comments, blank lines and the phishing host left out)", len(ex))
	}
	for i := range ex {
		if ex[i].Phish || ex[i].Source != SrcBenignDeb {
			t.Errorf("%s: phish %t source %s, want a benign-deb example", ex[i].Link.Raw, ex[i].Phish, ex[i].Source)
		}
	}
	if ex[1].Split != ex[2].Split || ex[1].Split != splitOf("github.com/owner") {
		t.Errorf("github.com/owner's projects split %s and %s, want both %s (the site's)", ex[1].Split, ex[2].Split, splitOf("github.com/owner"))
	}
	if _, err := loadDebianURLs(filepath.Join(t.TempDir(), "missing.txt"), nil); err == nil {
		t.Error("a missing file read without an error")
	}
}

// TestDebianURLsTuningHalf: the trainer reads the tuning half by default,
// never the held-out half, which stays the measure of what it teaches.
func TestDebianURLsTuningHalf(t *testing.T) {
	if !strings.HasSuffix(debianURLs, "deb-home20t.txt") {
		t.Errorf("-debian defaults to %q, want the tuning half deb-home20t.txt", debianURLs)
	}
	if _, err := os.Stat(filepath.Join("..", "..", debianURLs)); err != nil {
		t.Errorf("the default -debian file: %v", err)
	}
}
