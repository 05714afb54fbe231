package main

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

// TestLoadLongTail reads a file in benign-urls.txt's format: comments and
// blank lines skipped, phishing hosts and links the harvest already holds
// left out, each link once, a benign example of its own source.
func TestLoadLongTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "long.txt")
	text := "# a comment\n\nhttp://small-project.org/docs/intro.html\nhttp://small-project.org/docs/intro.html\nhttps://scam-host.xyz/login/verify\nhttps://go.dev/ref/spec\nhttp://person.name/~me/notes/\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	l, _ := linkx.Parse("https://go.dev/ref/spec")
	ex, err := loadLongTail(path, map[string]bool{"scam-host.xyz": true}, []Example{{Link: l, Source: SrcBenignURL}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range ex {
		got = append(got, x.Link.Raw)
		if x.Phish || x.Source != SrcBenignLong {
			t.Errorf("%s: phish %v source %v, want a benign %v", x.Link.Raw, x.Phish, x.Source, SrcBenignLong)
		}
	}
	if want := "http://small-project.org/docs/intro.html http://person.name/~me/notes/"; strings.Join(got, " ") != want {
		t.Errorf("read %q, want %q", got, want)
	}
}

// TestLongTailTuningSide holds the committed list to the split rule: every
// link's host (lower-cased, www. dropped) hashes to a first hex digit
// 0-9, and neither the host, its registrable name nor the host with its
// first folder is held out by the measure sets' rule, so no held-out
// half's site is trained on. It also keeps the list modest.
func TestLongTailTuningSide(t *testing.T) {
	b, err := os.ReadFile("benign-urls.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 1<<20 {
		t.Errorf("benign-urls.txt is %d bytes, want under 1 MB", len(b))
	}
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		n++
		u, err := url.Parse(line)
		if err != nil {
			t.Errorf("%s: %v", line, err)
			continue
		}
		h := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		sum := sha256.Sum256([]byte(h))
		if hex.EncodeToString(sum[:1])[0] > '9' {
			t.Errorf("%s: host %s is on the held-out side (a-f)", line, h)
		}
		for _, k := range []string{h, gen.Site(h), h + "/" + gen.Folder(u)} {
			if gen.Held(k) {
				t.Errorf("%s: %s is held out by gen.Held", line, k)
			}
		}
	}
	if n == 0 {
		t.Error("benign-urls.txt holds no link")
	}
}
