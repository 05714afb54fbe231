package main

import (
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// hostOn finds a host name whose host-level side (hostTuning) is tuning,
// so the tests do not pin hashes by hand; n picks among several.
func hostOn(t *testing.T, tuning bool, n int) string {
	t.Helper()
	for i := 0; i < 20000; i++ {
		h := "proj" + string(rune('a'+i%26)) + "-" + hex.EncodeToString([]byte{byte(i), byte(i >> 8)}) + ".net"
		if hostTuning(h) == tuning {
			if n == 0 {
				return h
			}
			n--
		}
	}
	t.Fatal("no host found")
	return ""
}

// TestCandidate keeps a real page on a named site and drops what is
// nobody's page: addresses, ports, users, roots, example, local and
// placeholder names, and endings that do not exist.
func TestCandidate(t *testing.T) {
	for _, c := range []struct {
		raw  string
		keep bool
	}{
		{"http://www.cs.some-university.edu/~alice/notes.html", true},
		{"https://blog.person.name/2019/03/on-parsers/", true},
		{"https://alice.github.io/post/1", true},
		{"https://small-project.org/", false},
		{"http://192.0.2.7/admin/login.php", false},
		{"https://small-project.org:8443/docs", false},
		{"https://user@small-project.org/docs", false},
		{"https://docs.example.org/path", false},
		{"http://build.local/x", false},
		{"http://yourdomain.com/callback", false},
		{"http://aaa.com/foo/bar?baz=123", false},
		{"https://api.contoso.com/v1/items", false},
		{"https://service.internalcorp/path", false},
		{"https://my.server.lan/status", false},
	} {
		if _, _, ok := candidate(c.raw); ok != c.keep {
			t.Errorf("candidate(%q) = %v, want %v", c.raw, ok, c.keep)
		}
	}
}

// TestTrim cuts what HTML and prose put after a link.
func TestTrim(t *testing.T) {
	for in, want := range map[string]string{
		"http://a-site.org/x?a=1&amp;b=2":      "http://a-site.org/x?a=1&b=2",
		"http://a-site.org/page&quot;&gt;":     "http://a-site.org/page",
		"https://a-site.org/docs/intro.html).": "https://a-site.org/docs/intro.html",
	} {
		if got := trim(in); got != want {
			t.Errorf("trim(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReadText reads a prose file's links with their lines, and no link
// of a file that names so many hosts that it is a list.
func TestReadText(t *testing.T) {
	got := readText([]byte("// See https://blog.person.name/2019/parsers for why.\nno link here\n"))
	if len(got) != 1 || got[0].URL != "https://blog.person.name/2019/parsers" || !strings.Contains(got[0].Line, "See https://") {
		t.Errorf("readText of prose = %q", got)
	}
	var list strings.Builder
	for i := 0; i <= fileHosts; i++ {
		fmt.Fprintf(&list, "https://mirror%d.somewhere-else.org/pub/\n", i)
	}
	if got := readText([]byte(list.String())); len(got) != 0 {
		t.Errorf("readText of a list of %d hosts kept %d links", fileHosts+1, len(got))
	}
}

// TestSentence keeps the line a link stood in when it reads as an
// English sentence around that one link, and refuses code, markup and
// lines of two links.
func TestSentence(t *testing.T) {
	link := "https://blog.person.name/2019/parsers"
	for line, want := range map[string]string{
		"// See " + link + " for why the parser backs off here.":        "See " + link + " for why the parser backs off here.",
		"  * The algorithm is described in " + link + " by the author.": "The algorithm is described in " + link + " by the author.",
		"- Read [the write-up](" + link + ") for the details of this.":  "Read the write-up (" + link + ") for the details of this.",
		"# " + link: "",
		`const doc = "` + link + `" // the parser`:                      "",
		"<a href=\"" + link + "\">the parser is explained</a> in this":  "",
		"See " + link + " and https://other.org/x for the two of them.": "",
		".UR " + link: "",
	} {
		if got := Sentence(line, link); got != want {
			t.Errorf("Sentence(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestFilter leaves out a host whose site the phishing lists name, a host
// on a shared host and a popular site, and keeps an unknown one.
func TestFilter(t *testing.T) {
	f := filter{
		skip:   map[string]bool{"scam-site.xyz": true, "popular.com": true},
		shared: map[string]bool{"freehost.net": true},
	}
	for host, want := range map[string]bool{
		"login.scam-site.xyz":     false,
		"www.popular.com":         false,
		"someone.freehost.net":    false,
		"freehost.net":            false,
		"notfreehost.net":         true,
		"blog.small-project.org":  true,
		"www.small-project.co.uk": true,
	} {
		if got := f.ok(host); got != want {
			t.Errorf("ok(%q) = %v, want %v", host, got, want)
		}
	}
}

// TestHeldOut puts only hosts that no split trains on in the held-out
// set, one line a host, a link's sentence when it has one, else the bare
// link, and leaves out what the filter refuses.
func TestHeldOut(t *testing.T) {
	tune, held, held2, held3 := hostOn(t, true, 0), hostOn(t, false, 0), hostOn(t, false, 1), hostOn(t, false, 2)
	links := []found{
		{"https://" + tune + "/docs/a.html", "See https://" + tune + "/docs/a.html for the whole story of it."},
		{"https://" + held + "/docs/a.html", "See https://" + held + "/docs/a.html for the whole story of it."},
		{"https://" + held + "/docs/b.html", "See https://" + held + "/docs/b.html for the whole story of it."},
		{"http://" + held2 + "/~me/notes/", "x := 1 // http://" + held2 + "/~me/notes/"},
		{"http://" + held3 + "/page", "and the rest of it http://" + held3 + "/page for you"},
	}
	out := HeldOut(links, 10, func(h string) bool { return h != held3 })
	if len(out) != 2 {
		t.Fatalf("HeldOut = %q, want one line for each of %s and %s", out, held, held2)
	}
	text := strings.Join(out, "\n")
	if strings.Contains(text, tune) || strings.Contains(text, held3) {
		t.Errorf("HeldOut kept a tuning-side or filtered host: %q", out)
	}
	if !strings.Contains(text, "See https://"+held+"/docs/") || !strings.Contains(text, "http://"+held2+"/~me/notes/") || strings.Contains(text, "x :=") {
		t.Errorf("HeldOut = %q, want %s's sentence and %s's bare link", out, held, held2)
	}
	if got := HeldOut(links, 1, func(string) bool { return true }); len(got) != 1 {
		t.Errorf("HeldOut with max 1 kept %d lines", len(got))
	}
}

// TestSelectCaps keeps at most per links of one host and perSite of one
// registrable domain, and every link it keeps is on the tuning side.
func TestSelectCaps(t *testing.T) {
	var in []string
	for i := 0; i < 40; i++ {
		in = append(in, fmt.Sprintf("https://%s/docs/page%d.html", hostOn(t, true, 0), i))
	}
	if got := selectN(in, 2, func(string) bool { return true }); len(got) > 2 {
		t.Errorf("selectN kept %d links of one host, want at most 2", len(got))
	}
	in = nil
	n := 0
	site := ""
	for i := 0; site == ""; i++ {
		if s := fmt.Sprintf("big-university%d.edu", i); hostTuning(s) {
			site = s
		}
	}
	for i := 0; i < 400 && n < perSite+5; i++ {
		h := fmt.Sprintf("dept%d.%s", i, site)
		if hostTuning(h) {
			in = append(in, "https://"+h+"/people/index.html", "https://"+h+"/people/alice.html")
			n++
		}
	}
	if n <= perSite {
		t.Fatalf("found %d tuning-side hosts of one site, want more than %d", n, perSite)
	}
	got := selectN(in, 3, func(string) bool { return true })
	if len(got) > perSite {
		t.Errorf("selectN kept %d links of one site, want at most %d", len(got), perSite)
	}
	for _, raw := range got {
		u, h, _ := candidate(raw)
		if !Tuning(h, u) {
			t.Errorf("selectN kept %s, not on the tuning side", raw)
		}
	}
}
