package main

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// shapeOf returns the indexes of a path's shape features, the scheme's
// among them when scheme, sorted.
func shapeOf(fs *model.Features, scheme bool) []uint32 {
	var out []uint32
	for _, ft := range fs.List[:fs.N] {
		if ft.Family == model.PathShape && (scheme || !schemeIndex[ft.Index]) {
			out = append(out, ft.Index)
		}
	}
	slices.Sort(out)
	return out
}

// TestRealShape: with -realshape, a written benign URL is shown with the
// path's shape of a real benign link (a harvested or Debian's one with a
// path, never a phishing URL's nor a bare link's), keeping its own words
// and spelling, and its own scheme unless "all"; written links with a
// query draw a real one with a query under "query"; off, nothing is
// drawn. It did not compile before -realshape.
func TestRealShape(t *testing.T) {
	parse := func(u string) linkx.Link { return mustParse(t, u) }
	ex := []Example{
		{Link: parse("http://old.example.org/~me/tool/"), Source: SrcBenignURL},
		{Link: parse("http://proj.example.net/p?x=1"), Source: SrcBenignDeb},
		{Link: parse("https://real.example.com/"), Source: SrcBenignURL},
		{Link: parse("http://kit.example.ru/a/b/c/d/e/f/g/login.php?u=" + "0123456789abcdef0123456789abcdef"), Source: SrcPhishURL, Phish: true},
	}
	idx := []int{0, 1, 2, 3}
	var host, want0, want1 model.Features
	features(&ex[0].Link, &host, &want0)
	features(&ex[1].Link, &host, &want1)
	written := parse("https://docs.example.com/guides/setup-guide.html")
	var own model.Features
	features(&written, &host, &own)
	words := func(fs *model.Features) []uint32 {
		var out []uint32
		for _, ft := range fs.List[:fs.N] {
			if ft.Family != model.PathShape {
				out = append(out, ft.Index)
			}
		}
		slices.Sort(out)
		return out
	}

	defer func(v string) { realShape = v }(realShape)
	realShape = ""
	if realShapes(ex, idx, 1) != nil {
		t.Fatal("-realshape off: shapes drawn")
	}
	for _, mode := range []string{"path", "all"} {
		realShape = mode
		d := realShapes(ex, idx, 1)
		if d == nil || len(d.shapes[0]) != 2 {
			t.Fatalf("%s: want the shapes of the two real links with a path, got %+v", mode, d)
		}
		for k := 0; k < 20; k++ {
			var fs model.Features
			features(&written, &host, &fs)
			d.give(&written, &fs)
			got := shapeOf(&fs, true)
			var w0, w1 []uint32
			if mode == "all" {
				w0, w1 = shapeOf(&want0, true), shapeOf(&want1, true)
			} else {
				scheme := shapeOf(&own, true)[:0]
				for _, i := range shapeOf(&own, true) {
					if schemeIndex[i] {
						scheme = append(scheme, i)
					}
				}
				w0 = append(shapeOf(&want0, false), scheme...)
				w1 = append(shapeOf(&want1, false), scheme...)
				slices.Sort(w0)
				slices.Sort(w1)
			}
			if !slices.Equal(got, w0) && !slices.Equal(got, w1) {
				t.Errorf("%s: shape %v is no real link's (%v, %v)", mode, got, w0, w1)
			}
			if !slices.Equal(words(&fs), words(&own)) {
				t.Errorf("%s: the written link's words and spelling changed", mode)
			}
		}
	}
	realShape = "query"
	d := realShapes(ex, idx, 1)
	if d == nil || len(d.shapes[0]) != 1 || len(d.shapes[1]) != 1 {
		t.Fatalf("query: want one real shape without a query and one with, got %+v", d)
	}
	q := parse("https://shop.example.com/search?q=shoes")
	var fs model.Features
	features(&q, &host, &fs)
	d.give(&q, &fs)
	if got, w := shapeOf(&fs, false), shapeOf(&want1, false); !slices.Equal(got, w) {
		t.Errorf("query: a written link with a query got %v, want the real one's with a query %v", got, w)
	}
	if checkRealShape("paths") == nil || checkRealShape("all") != nil || checkRealShape("") != nil {
		t.Error("checkRealShape")
	}
}

// mustParse parses a test's link and stops the test when it does not parse.
func mustParse(t testing.TB, u string) linkx.Link {
	t.Helper()
	l, ok := linkx.Parse(u)
	if !ok {
		t.Fatalf("parse %s", u)
	}
	return l
}
