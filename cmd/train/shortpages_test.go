package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestShortPageWords: the short pages' names carry no lure or scheme
// word of the names lexicon, nor a brand's name, so that the model
// learns the shape from them and not a kit's word.
func TestShortPageWords(t *testing.T) {
	brands := map[string]bool{}
	for _, b := range brand.Builtin {
		for _, sp := range b.Spellings() {
			brands[sp] = true
		}
	}
	for _, w := range shortTopics {
		if got := model.NameWords(w); len(got) > 0 {
			t.Errorf("short page word %q holds lexicon words %v", w, got)
		}
		if brands[w] {
			t.Errorf("short page word %q is a brand's name", w)
		}
	}
}

// TestShortPages: the pages are short document pages over HTTPS at a
// site's root or one folder down, without a query, deterministic for a
// seed, on about the share of popular domains asked.
func TestShortPages(t *testing.T) {
	var benign []Example
	for _, d := range []string{"example.com", "example.org", "example.net", "example.io", "example.de"} {
		for i := 0; i < 200; i++ {
			l, ok := linkx.Parse("https://" + strings.Repeat("a", 1+i%7) + fmt.Sprint(i) + d + "/")
			if !ok {
				t.Fatal("parse")
			}
			benign = append(benign, Example{Link: l, Source: SrcBenign})
		}
	}
	a := generateShortPages(benign, 0.1, 29)
	b := generateShortPages(benign, 0.1, 29)
	if len(a) < 50 || len(a) > 150 {
		t.Fatalf("%d pages of 1000 domains at 0.1", len(a))
	}
	for i := range a {
		l := &a[i].Link
		if l.Raw != b[i].Link.Raw {
			t.Fatalf("not deterministic: %s, %s", l.Raw, b[i].Link.Raw)
		}
		if l.Scheme != "https" || l.Query != "" || strings.Count(l.Path, "/") > 2 || !model.HasPath(l) || a[i].Phish {
			t.Errorf("%s: not a short document page", l.Raw)
		}
	}
}
