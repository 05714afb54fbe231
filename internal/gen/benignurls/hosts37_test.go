package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

// TestNameHost keeps a real site's name, with or without a path, and
// drops what is nobody's name: addresses, ports, users, endings alone,
// example, local and placeholder names.
func TestNameHost(t *testing.T) {
	for raw, want := range map[string]string{
		"https://small-project.org/":              "small-project.org",
		"http://www.Small-Project.org":            "small-project.org",
		"https://docs.person.name/notes/1.html":   "docs.person.name",
		"https://alice.github.io/":                "alice.github.io",
		"https://github.io/":                      "",
		"http://192.0.2.7/":                       "",
		"https://small-project.org:8443/":         "",
		"https://user@small-project.org/":         "",
		"https://docs.example.org/":               "",
		"http://yourdomain.com/":                  "",
		"https://service.internalcorp/":           "",
		"https://small-project.org./trailing-dot": "",
	} {
		got, ok := nameHost(raw)
		if ok != (want != "") || got != want {
			t.Errorf("nameHost(%q) = %q, %v, want %q", raw, got, ok, want)
		}
	}
}

// TestHosts keeps tuning-side names the filter keeps, none a measure
// file names (nor any host of a site one names), at most per of one
// registrable name with the name itself first.
func TestHosts(t *testing.T) {
	var links []string
	site, k := "", 0
	for ; site == "" && k < 20000; k++ {
		h := hostOn(t, true, k)
		if hostTuning("docs."+h) && hostTuning("wiki."+h) && hostTuning("blog."+h) {
			site = h
		}
	}
	if site == "" {
		t.Fatal("no site with tuning-side subdomains")
	}
	links = append(links, "https://wiki."+site+"/x", "https://"+site+"/", "https://docs."+site+"/", "https://blog."+site+"/y")
	excludedSite := hostOn(t, true, k)
	excludedHost := hostOn(t, true, k+1)
	refused := hostOn(t, true, k+2)
	links = append(links, "https://"+excludedSite+"/a", "https://sub."+excludedSite+"/", "https://"+excludedHost+"/", "https://"+refused+"/")
	links = append(links, "https://"+hostOn(t, false, 0)+"/") // the held-out side
	excluded := map[string]bool{excludedSite: true, excludedHost: true}
	got := Hosts(links, 2, func(h string) bool { return h != refused }, excluded)
	if len(got) != 2 || got[0] != site && got[1] != site {
		t.Fatalf("Hosts = %q, want %s and one of its subdomains", got, site)
	}
	for _, h := range got {
		if gen.Site(h) != site {
			t.Errorf("Hosts kept %s", h)
		}
	}
}

// TestMeasureNames reads every file of a folder, defanged names too, and
// returns each host and its registrable name.
func TestMeasureNames(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("see hxxps://Evil-Site[.]com/x and https://www.docs.small-proj.org/guide\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("bare name: pkg(.)example-lib(.)io, nothing else\n"), 0o644)
	names, files, err := measureNames(dir)
	if err != nil {
		t.Fatal(err)
	}
	if files != 2 {
		t.Errorf("read %d files, want 2", files)
	}
	for _, n := range []string{"evil-site.com", "docs.small-proj.org", "small-proj.org", "pkg.example-lib.io", "example-lib.io"} {
		if !names[n] {
			t.Errorf("%s not among the names: %v", n, strings.Join(keys(names), " "))
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
