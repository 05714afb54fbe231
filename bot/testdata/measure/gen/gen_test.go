package gen

import (
	"reflect"
	"testing"
)

// TestMarkdown reads a README the way npm21 and src22 did before the
// reader moved here: paragraphs and list items a line, links resolved,
// code, headings, tables, HTML and images dropped.
func TestMarkdown(t *testing.T) {
	md := "# Title\r\n\r\n[![build](https://ci.example/b.svg)](https://ci.example)\r\n\r\n" +
		"See the [docs][d] and <https://example.org/faq> for more.\n" +
		"Wrapped **here**.\n\n" +
		"- [x] item with [a link](https://example.com/x \"title\")\n" +
		"* [relative](./doc.md) only\n\n" +
		"```\nhttps://code.example/in-fence\n```\n\n" +
		"    https://indented.example/code\n\n" +
		"<div>\nhttps://html.example\n</div>\n\n" +
		"a | b | https://table.example\n\n" +
		"[d]: https://docs.example/guide\n"
	got := Markdown(md, MarkdownLinks)
	want := []string{
		"",
		"See the docs (https://docs.example/guide) and https://example.org/faq for more. Wrapped **here**.",
		"item with a link (https://example.com/x)",
		"relative only",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Markdown:\n got %q\nwant %q", got, want)
	}
}

// TestSplitAndShape checks the t/h split, the shape and the prose test.
func TestSplitAndShape(t *testing.T) {
	list := []string{"a.example", "b.example", "c.example", "d.example", "e.example", "f.example"}
	tu, h := Split(list, func(s string) string { return s })
	if len(tu)+len(h) != len(list) || len(tu) == 0 || len(h) == 0 {
		t.Errorf("Split: t %q, h %q", tu, h)
	}
	for _, s := range h {
		if !Held(s) {
			t.Errorf("%s in h but not Held", s)
		}
	}
	if a, b := Shape("v1.2 out in March, see https://x.example/a"), Shape("v3.4 out in June, see https://y.example/b"); a != b {
		t.Errorf("Shape: %q != %q", a, b)
	}
	if !English("see   for the manual of this tool") || English("voir   pour le manuel") || English("the tool") {
		t.Error("English misreads")
	}
	if Site(Host("https://WWW.Foo.co.uk./x")) != "foo.co.uk" || !Clean("ok line") || Clean("bad\u200b\ufeff") {
		t.Error("Site/Host/Clean misread")
	}
	if got := Unique([]string{"b", "a", "b"}); !reflect.DeepEqual(got, []string{"a", "b"}) {
		t.Errorf("Unique: %q", got)
	}
}

// TestCaps keeps a line once, at most perGroup of a group, two of one
// shape and perHost whose first link is on one host.
func TestCaps(t *testing.T) {
	groups := [][]string{{
		"see https://a.example/x",
		"see https://a.example/x",          // a line once
		"described at https://a.example/y", // two of one shape
		"described at https://b.example/z",
		"described at https://c.example/z", // a third is not kept
		"and https://d.example/q",
		"or https://e.example/q", // perGroup (4) reached
	}, {
		"a last one https://a.example/w",
		"again https://a.example/v", // perHost (3) reached
		"fine https://f.example/",
	}}
	var got []string
	Caps(groups, 4, 3, LinkRE.FindString, func(g int, line, link string) {
		got = append(got, string(rune('0'+g))+" "+link)
	})
	want := []string{"0 https://a.example/x", "0 https://a.example/y", "0 https://b.example/z", "0 https://d.example/q",
		"1 https://a.example/w", "1 https://f.example/"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Caps kept %q, want %q", got, want)
	}
}
