package main

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

// tuningHost and heldHost find a host name of the given form on each side
// of the split, so the test does not pin hashes by hand.
func findHost(t *testing.T, tuning bool) string {
	t.Helper()
	for i := 0; i < 10000; i++ {
		h := "site" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "-" + hex.EncodeToString([]byte{byte(i), byte(i >> 8)}) + ".org"
		u, _ := url.Parse("https://" + h + "/docs/page.html")
		if Tuning(h, u) == tuning {
			return h
		}
	}
	t.Fatal("no host found")
	return ""
}

func TestTuning(t *testing.T) {
	tune := findHost(t, true)
	sum := sha256.Sum256([]byte(tune))
	if c := hex.EncodeToString(sum[:1])[0]; c > '9' {
		t.Errorf("%s kept, its hash begins with %c", tune, c)
	}
	if gen.Held(tune) || gen.Held(gen.Site(tune)) {
		t.Errorf("%s kept, gen.Held holds it out", tune)
	}
	u, _ := url.Parse("https://WWW." + strings.ToUpper(tune) + "/docs/page.html")
	if !Tuning(u.Hostname(), u) {
		t.Errorf("www. and case change the side of %s", tune)
	}
	held := findHost(t, false)
	sum = sha256.Sum256([]byte(held))
	if c := hex.EncodeToString(sum[:1])[0]; c <= '9' && !gen.Held(held) && !gen.Held(gen.Site(held)) && !gen.Held(held+"/docs") {
		t.Errorf("%s dropped though every rule keeps it", held)
	}
}

func TestSelect(t *testing.T) {
	tune, held := findHost(t, true), findHost(t, false)
	in := []string{
		"https://" + tune + "/docs/page.html).",
		"https://" + tune + "/docs/page.html",
		"https://" + tune + "/",
		"https://" + tune + "/a", "https://" + tune + "/b", "https://" + tune + "/c", "https://" + tune + "/d",
		"https://" + held + "/docs/page.html",
		"http://192.0.2.7/admin/login.php",
		"https://example.com/path",
		"https://docs.example.org/path",
		"http://localhost/x",
	}
	out := Select(in)
	want := map[string]bool{"https://" + tune + "/a": true, "https://" + tune + "/b": true, "https://" + tune + "/c": true, "https://" + tune + "/d": true}
	if len(out) != perHost {
		t.Fatalf("Select kept %d links, want %d: %q", len(out), perHost, out)
	}
	for _, u := range out {
		if !want[u] {
			t.Errorf("Select kept %q", u)
		}
	}
}
