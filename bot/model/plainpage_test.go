package model

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestPlainPage: pages of named hosts under older endings are the kind
// the plain-HTTP page feature reads, whatever the scheme; an address, a
// newer or free ending, a document's, archive's or program's file and a
// site's front page are not.
func TestPlainPage(t *testing.T) {
	for _, c := range []struct {
		url  string
		want bool
	}{
		{"http://www.example-project.org/docs/intro.html", true},
		{"http://people.example.edu/~jdoe/notes.txt", true},
		{"https://www.example-lab.de/fsw/ff/00index_e.html", true},
		{"http://example-guide.info/free/t_handshake.htm", true},
		{"http://lists.example.net/pipermail/devel/2004-May/000123.html", true},
		{"http://example-shop.com/upload/baogia/", true},
		{"http://203.0.113.7/docs/index.html", false},
		{"http://example-notes.click/meeting_notes.html", false},
		{"http://example-cargo.top/shipping.html", false},
		{"http://example-free.tk/index.html", false},
		{"http://example-scan.net/scan/Scan_00231.pdf", false},
		{"http://example-files.com/setup.exe", false},
		{"http://example-files.com/release/pkg-1.2.tar.gz", false},
		{"http://example-project.org/", false},
		{"http://example-project.org", false},
	} {
		l, ok := linkx.Parse(c.url)
		if !ok {
			t.Fatalf("parse %s", c.url)
		}
		if got := PlainPage(&l); got != c.want {
			t.Errorf("PlainPage(%s) = %v, want %v", c.url, got, c.want)
		}
	}
}

// pathFeaturesOf returns the path features of u, with AddPlainPage's
// after PathFeatures' when add.
func pathFeaturesOf(t *testing.T, u string, add bool) *Features {
	t.Helper()
	l, ok := linkx.Parse(u)
	if !ok {
		t.Fatalf("parse %s", u)
	}
	var fs Features
	PathFeatures(&l, &fs)
	if add {
		AddPlainPage(&l, &fs)
	}
	return &fs
}

// pathIndexes returns the weight indexes of u's path features.
func pathIndexes(t *testing.T, u string) map[uint32]bool {
	t.Helper()
	fs := pathFeaturesOf(t, u, false)
	out := make(map[uint32]bool, fs.N)
	for _, f := range fs.List[:fs.N] {
		out[f.Index] = true
	}
	return out
}

// TestPlainPagesSwitch: the embedded model has the feature and reading it
// leaves the switch off; switched off, PathFeatures does not write it and
// AddPlainPage does, once; on, PathFeatures writes it for a plain-HTTP
// page and neither writes it for an HTTPS twin, address or file; a
// model's file says whether it has the feature.
func TestPlainPagesSwitch(t *testing.T) {
	if !Link().PlainPages || PlainPages() {
		t.Fatalf("the embedded model has the plain-HTTP page feature: %v (want true), switched on: %v (want false)", Link().PlainPages, PlainPages())
	}
	t.Cleanup(func() { SetPlainPages(false) })
	page := "http://www.example-project.org/docs/intro.html"
	if n := added(t, page); n != 1 {
		t.Fatalf("%s: AddPlainPage wrote the feature %d times, want once", page, n)
	}
	if pathIndexes(t, page)[PlainPageIndex()] {
		t.Fatal("the feature written while switched off")
	}
	m := &Model{Bias: 1, Weights: make([]float32, 1<<Bits), PlainPages: true}
	got, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !got.PlainPages || got.DigitShape {
		t.Fatalf("decoded PlainPages %v, DigitShape %v: want true, false", got.PlainPages, got.DigitShape)
	}
	if again, _ := Decode((&Model{Weights: make([]float32, 1<<Bits)}).Encode()); again.PlainPages {
		t.Fatal("a model without the feature decoded with it")
	}
	SetPlainPages(true)
	if !pathIndexes(t, page)[PlainPageIndex()] || added(t, page) != 1 {
		t.Fatalf("%s: no plain-HTTP page feature with the switch on, or AddPlainPage wrote it again", page)
	}
	for _, u := range []string{"https://www.example-project.org/docs/intro.html", "http://203.0.113.7/docs/index.html",
		"http://example-scan.net/scan/Scan_00231.pdf", "http://example-cargo.top/shipping.html"} {
		if pathIndexes(t, u)[PlainPageIndex()] || added(t, u) != 0 {
			t.Errorf("%s: the plain-HTTP page feature written", u)
		}
	}
}

// added counts the plain-HTTP page features of u's path features after
// AddPlainPage.
func added(t *testing.T, u string) int {
	t.Helper()
	fs := pathFeaturesOf(t, u, true)
	n := 0
	for _, f := range fs.List[:fs.N] {
		if f.Index == PlainPageIndex() {
			n++
		}
	}
	return n
}
