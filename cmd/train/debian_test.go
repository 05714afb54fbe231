package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
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

// TestLoadNPMLinks reads the links of lines of text: comments and blank
// lines skipped, each distinct link once, the example domains and
// phishing hosts left out, a forge's projects split by site.
func TestLoadNPMLinks(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "text.txt")
	home := filepath.Join(dir, "home.txt")
	if err := os.WriteFile(text, []byte("# a comment\n\nSee the docs (http://small-project.org/docs/api.html) and https://github.com/owner/a.\nAgain http://small-project.org/docs/api.html, or https://example.com/x and https://scam-host.xyz/login\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(home, []byte("https://github.com/owner/b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ex, err := loadNPMLinks([]string{text, home}, map[string]bool{"scam-host.xyz": true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range ex {
		got = append(got, ex[i].Link.Raw)
		if ex[i].Phish || ex[i].Source != SrcBenignNPM {
			t.Errorf("%s: phish %t source %s, want a benign-npm example", ex[i].Link.Raw, ex[i].Phish, ex[i].Source)
		}
	}
	want := []string{"http://small-project.org/docs/api.html", "https://github.com/owner/a", "https://github.com/owner/b"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("read %q, want %q", got, want)
	}
	if ex[1].Split != ex[2].Split || ex[1].Split != splitOf("github.com/owner") {
		t.Errorf("github.com/owner's projects split %s and %s, want both %s (the site's)", ex[1].Split, ex[2].Split, splitOf("github.com/owner"))
	}
	if _, err := loadNPMLinks([]string{filepath.Join(dir, "missing.txt")}, nil); err == nil {
		t.Error("a missing file read without an error")
	}
	if npmLinks != "" {
		t.Errorf("-npm defaults to %q, want none (measured and not kept)", npmLinks)
	}
}

// TestParseDebPath: -debpath names families of path features, and
// nothing else.
func TestParseDebPath(t *testing.T) {
	defer parseDebPath("")
	if err := parseDebPath("words,spelling"); err != nil {
		t.Fatal(err)
	}
	if !debPathFamilies[model.PathWords] || !debPathFamilies[model.Spelling] || debPathFamilies[model.File] || debPathFamilies[model.PathShape] {
		t.Errorf("words,spelling: %v", debPathFamilies)
	}
	if err := parseDebPath("shape"); err == nil {
		t.Error("shape accepted (-debshape says whether the shape is taught)")
	}
	if err := parseDebPath(""); err != nil || debPathFamilies != [model.NumFamilies]bool{} {
		t.Errorf("empty: %v, %v", err, debPathFamilies)
	}
	var fs model.Features
	l, _ := linkx.Parse("http://small-project.org/software/tool/index.html")
	model.PathFeatures(&l, &fs)
	parseDebPath("words")
	keepFamilies(&fs, debPathFamilies)
	if fs.N == 0 {
		t.Fatal("no path words kept")
	}
	for _, f := range fs.List[:fs.N] {
		if f.Family != model.PathWords {
			t.Errorf("kept a feature of family %d", f.Family)
		}
	}
}
