package model

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestPathBucket: every link with a path has exactly four bucketed
// measures among its path's features (its scheme, depth, length and
// query length), whatever marks it carries besides; a bare link has
// none, and a mark (a ~user folder, an @) or a word is no bucket. It did
// not compile before PathBucket.
func TestPathBucket(t *testing.T) {
	for _, u := range []string{
		"https://example.org/x",
		"http://example.org/~me/tool/index.html",
		"http://user@example.org/a/b/c/d/e/f/g/h/i/j?u=" + "0123456789abcdef0123456789abcdef",
		"https://example.org/%41%42/login.php?next=%2F&a=1",
		"http://203.0.113.9:8080/owa/",
	} {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		var fs Features
		PathFeatures(&l, &fs)
		n := 0
		for _, ft := range fs.List[:fs.N] {
			if PathBucket(ft.Index) {
				n++
				if ft.Family != PathShape {
					t.Errorf("%s: a bucket of family %d", u, ft.Family)
				}
			}
		}
		if n != 4 {
			t.Errorf("%s: %d bucketed measures, want 4", u, n)
		}
	}
	l, _ := linkx.Parse("https://example.org/")
	var fs Features
	PathFeatures(&l, &fs)
	if fs.N != 0 {
		t.Errorf("a bare link has %d path features", fs.N)
	}
	l, _ = linkx.Parse("http://example.org/~me/")
	fs = Features{}
	PathFeatures(&l, &fs)
	for _, ft := range fs.List[:fs.N] {
		if ft.Family != PathShape && PathBucket(ft.Index) {
			t.Errorf("%q of family %d read as a bucket", ft.Text, ft.Family)
		}
	}
	if PathBucket(hashByte(hashByte(hashStart('Y'), '~'), 1) & mask) {
		t.Error("the ~user mark read as a bucket")
	}
}
