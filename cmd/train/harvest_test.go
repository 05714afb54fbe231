package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// writeFiles writes each file of files (path under dir: content).
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestWalkHarvestWideRoots checks what the harvest reads of a root of the
// pinned modules and of a wider one: a wide root's tests and test data are
// skipped (they name made-up hosts), its .yaml and .toml files are read, a
// URL is taken once, where it is first found, and the roots of the
// committed model read what they read before (no .yaml, tests kept).
func TestWalkHarvestWideRoots(t *testing.T) {
	base, wide := t.TempDir(), t.TempDir()
	writeFiles(t, base, map[string]string{
		"a.go":      "// see https://one.example.org/doc and https://both.example.org/x.",
		"a_test.go": `const u = "https://basetest.example.org/t"`,
		"x.yaml":    "url: https://baseyaml.example.org/",
		"y.rs":      "// https://rust.example.org/",
	})
	writeFiles(t, wide, map[string]string{
		"b.md":             "[home](https://project.example.net/docs/start)",
		"c.toml":           `URL = "https://dns.example.net/api"`,
		"d.yml":            "- https://advisory.example.net/CVE-1",
		"e_test.go":        `const evil = "https://attacker.example.net/login"`,
		"testdata/f.md":    "https://fixture.example.net/",
		"sub/g.go":         "// https://both.example.org/x and https://sub.example.net/",
		"sub/testdata.txt": "https://notadir.example.net/",
	})
	urls, wideURLs := walkHarvest([]harvestRoot{{dir: base}, {dir: wide, wide: true}})
	slices.Sort(urls)
	slices.Sort(wideURLs)
	wantBase := []string{"https://basetest.example.org/t", "https://both.example.org/x", "https://one.example.org/doc"}
	wantWide := []string{"https://advisory.example.net/CVE-1", "https://dns.example.net/api", "https://notadir.example.net/",
		"https://project.example.net/docs/start", "https://sub.example.net/"}
	if !slices.Equal(urls, wantBase) {
		t.Errorf("base root: %q, want %q", urls, wantBase)
	}
	if !slices.Equal(wideURLs, wantWide) {
		t.Errorf("wide root: %q, want %q", wideURLs, wantWide)
	}
}

// TestCapPerDomain checks that at most n links of one registrable domain
// are kept, in their order, the same ones whatever order they come in, and
// that a domain with fewer, or a cap of 0, keeps every link.
func TestCapPerDomain(t *testing.T) {
	var ex []Example
	for i := range 50 {
		l, _ := linkx.Parse(fmt.Sprintf("https://nvd.example.gov/vuln/detail/CVE-2024-%04d", i))
		ex = append(ex, Example{Link: l})
	}
	for i := range 3 {
		l, _ := linkx.Parse(fmt.Sprintf("https://docs.small.example.org/page%d", i))
		ex = append(ex, Example{Link: l})
	}
	count := func(xs []Example) map[string]int {
		m := map[string]int{}
		for _, x := range xs {
			m[x.Link.Domain]++
		}
		return m
	}
	got := capPerDomain(ex, 10)
	if c := count(got); c["example.gov"] != 10 || c["example.org"] != 3 {
		t.Fatalf("kept %v, want 10 of example.gov and 3 of example.org", c)
	}
	pos := func(raw string) int {
		return slices.IndexFunc(ex, func(x Example) bool { return x.Link.Raw == raw })
	}
	for i := 1; i < len(got); i++ {
		if pos(got[i-1].Link.Raw) > pos(got[i].Link.Raw) {
			t.Fatalf("order changed: %s before %s", got[i-1].Link.Raw, got[i].Link.Raw)
		}
	}
	rev := slices.Clone(ex)
	slices.Reverse(rev)
	var a, b []string
	for _, x := range got {
		a = append(a, x.Link.Raw)
	}
	for _, x := range capPerDomain(rev, 10) {
		b = append(b, x.Link.Raw)
	}
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		t.Errorf("a reversed input keeps other links: %q against %q", b, a)
	}
	if all := capPerDomain(ex, 0); len(all) != len(ex) {
		t.Errorf("cap 0 kept %d of %d", len(all), len(ex))
	}
}

// TestWideLinksWeighOnTop checks that the wider harvest's links leave
// every other example's weight as it was, and weigh -wideweight times a
// harvested link.
func TestWideLinksWeighOnTop(t *testing.T) {
	mk := func(raw string, src Source, phish, wide bool) Example {
		return Example{Link: mustParse(t, raw), Source: src, Phish: phish, Wide: wide}
	}
	ex := []Example{
		mk("https://discord-gift.example.com/", SrcDiscord, true, false),
		mk("https://popular.example.com/", SrcBenign, false, false),
		mk("https://phish.example.com/login.php", SrcPhishURL, true, false),
		mk("https://phish2.example.com/verify", SrcPhishURL, true, false),
		mk("https://go.example.org/doc/x", SrcBenignURL, false, false),
		mk("https://shop.example.com/p/1", SrcBenignGen, false, false),
	}
	before := weigh(slices.Clone(ex), 0.3)
	withWide := append(slices.Clone(ex),
		mk("https://project.example.net/docs", SrcBenignURL, false, true),
		mk("https://advisory.example.net/CVE-1", SrcBenignURL, false, true))
	after := weigh(withWide, 0.3)
	if before != after {
		t.Errorf("source weights moved: %v -> %v", before, after)
	}
	for i := range ex {
		if withWide[i].Weight != before[ex[i].Source] {
			t.Errorf("%s weighs %v, want %v", ex[i].Link.Raw, withWide[i].Weight, before[ex[i].Source])
		}
	}
	for _, x := range withWide[len(ex):] {
		if want := 0.3 * before[SrcBenignURL]; x.Weight != want || want == 0 {
			t.Errorf("wide %s weighs %v, want %v", x.Link.Raw, x.Weight, want)
		}
	}
}

// TestHarvestModulesPinned checks that every module the harvest reads is
// named at an exact version, so that two runs read the same files.
func TestHarvestModulesPinned(t *testing.T) {
	semver := regexp.MustCompile(`^v[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?(\+incompatible)?$`)
	seen := map[string]bool{}
	for _, m := range append(slices.Clone(harvestModules), wideHarvestModules...) {
		path, version, ok := strings.Cut(m, "@")
		if !ok || !semver.MatchString(version) {
			t.Errorf("%s: not at an exact version", m)
		}
		if seen[path] {
			t.Errorf("%s: read twice", path)
		}
		seen[path] = true
	}
}
