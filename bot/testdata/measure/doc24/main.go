// Command doc24 writes the documentation measurement sets of
// testdata/measure (doc24-pyt.txt, doc24-pyh.txt, doc24-kernt.txt,
// doc24-kernh.txt, doc24-djt.txt, doc24-djh.txt): English tech prose
// with links as the authors of Python's, the Linux kernel's and
// Django's documentation wrote it, one paragraph
// or list item a line, the way a developer pastes a paragraph of the
// docs into a chat. Nobody on the project wrote these lines.
//
// It lives under testdata so that go build, go vet and go test skip it.
// It reads only what is on disk and walks each tree in lexical order, so
// a rerun on the same machine writes the same bytes; other versions of
// the packages write other files. The committed files were written on
// 2026-12-03 on the project's workplace (Debian 12 bookworm) from the
// HTML that Debian's packages python3.11-doc 3.11.2-6+deb12u9 (pulled in
// by python3-doc), linux-doc-6.1 6.1.192-3 (pulled in by linux-doc) and
// python-django-doc 3:3.2.25-0+deb12u7 install, from
// bot/testdata/measure:
//
//	apt-get install python3-doc linux-doc python-django-doc
//	go run ./doc24 \
//	  -python /usr/share/doc/python3.11/html \
//	  -kernel /usr/share/doc/linux-doc-6.1/html \
//	  -django /usr/share/doc/python-django-doc/html
//
// The sources and their licences (the lines are short quotations of
// them, kept for measurement):
//
//   - -python: Python's documentation as Sphinx rendered it (the library
//     reference, HOWTOs, What's New, FAQ, tutorial, language reference,
//     C API, installing and extending guides): PSF License Version 2
//     (the documentation's licence; its examples are also under the
//     Zero-Clause BSD licence), Copyright the Python Software Foundation.
//   - -kernel: the Linux kernel's Documentation/ as Sphinx rendered it
//     from its reStructuredText: GPL-2.0 (most files), some files
//     GPL-2.0+ OR CC-BY-4.0, GFDL-1.1+ or dual BSD/GPL, as each file's
//     SPDX line says; the kernel's plain-text files that Sphinx does not
//     render (Documentation/*.txt, mostly devicetree bindings, about 200
//     lines with a URL) are not read.
//   - -django: Django 3.2's documentation as Sphinx rendered it (topics,
//     how-tos, reference, release notes, FAQ, internals): BSD-3-Clause,
//     Copyright the Django Software Foundation and individual
//     contributors.
//
// The HTML is read rather than the sources because it holds each link
// as a reader sees it: a link's words and its target. Only the page's
// main part (role="main", or Django's theme's id="yui-main") is read; index, search, licence and copyright
// pages, and the kernel's translations (translations/: Italian,
// Spanish, Chinese, Japanese, Korean), are skipped. A message is one paragraph (<p>), list item,
// definition term or definition's own text: code blocks (<pre>),
// tables, headings, scripts and permalink marks dropped, inline code
// kept as its text, a link to another page of the same docs written as
// its words, an http(s) link written "words (url)" (the URL alone when
// the words are the URL), whitespace collapsed. Kept: messages holding
// an http(s) link, at most 400 bytes, clean of control characters, that
// read as English with at least four words outside the links
// (gen.English). Dropped: exact repeats, more than two lines of one
// shape (gen.Shape), more than 20 lines from one page, and more than 20
// lines whose first link is on one host (so bugs.python.org, github.com
// and kernel.org do not fill the sets).
//
// Each line goes to the tuning (t) or held-out (h) file by the site of
// its first link (gen.SiteKey over all the messages of its source, busy
// above 20 links: the registrable domain, or the domain and first
// folder on a busy site such as github.com), so that a site is on one
// side only.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

const (
	perFile = 20 // lines kept from one page
	perHost = 20 // lines kept whose first link is on one host
	perKey  = 20 // links on a site above which it is split by first folder
)

// page is one HTML file's messages, in document order.
type page struct {
	path  string
	lines []string
}

func main() {
	pyRoot := flag.String("python", "", "Python's Sphinx HTML tree (python3.11-doc)")
	kernRoot := flag.String("kernel", "", "the kernel's Sphinx HTML tree (linux-doc-6.1)")
	djRoot := flag.String("django", "", "Django's Sphinx HTML tree (python-django-doc)")
	flag.Parse()
	if *pyRoot == "" || *kernRoot == "" || *djRoot == "" {
		log.Fatal("usage: doc24 -python DIR -kernel DIR -django DIR")
	}
	pyT, pyH := finish(walk(*pyRoot))
	kernT, kernH := finish(walk(*kernRoot))
	djT, djH := finish(walk(*djRoot))
	header := func(what, side string) []string {
		return []string{
			"# " + what + " — " + side + " half, written by bot/testdata/measure/doc24",
			"# (doc24, 2026-12-03) from the Debian package installed on the project's",
			"# workplace that day. Nobody on the project wrote these lines: the",
			"# documentation's authors did. A line is one paragraph or list item holding",
			"# a link, as a chat message would carry it (a link written after its words).",
			"# Each site (registrable domain of the first link) is on one side only. All",
			"# are benign: a flagged line is a false alarm.",
		}
	}
	py := "Paragraphs of Python 3.11's documentation (python3.11-doc)"
	kern := "Paragraphs of the Linux kernel's Documentation (linux-doc-6.1)"
	dj := "Paragraphs of Django 3.2's documentation (python-django-doc)"
	gen.Write("doc24-pyt.txt", header(py, "tuning"), pyT)
	gen.Write("doc24-pyh.txt", header(py, "held-out"), pyH)
	gen.Write("doc24-kernt.txt", header(kern, "tuning"), kernT)
	gen.Write("doc24-kernh.txt", header(kern, "held-out"), kernH)
	gen.Write("doc24-djt.txt", header(dj, "tuning"), djT)
	gen.Write("doc24-djh.txt", header(dj, "held-out"), djH)
	fmt.Printf("python: t %d, h %d; kernel: t %d, h %d; django: t %d, h %d\n", len(pyT), len(pyH), len(kernT), len(kernH), len(djT), len(djH))
}

// skipPage reports whether a page (its path under the root) holds no
// prose to read: Sphinx's own folders, the indexes, search and the
// licence and copyright pages.
func skipPage(rel string) bool {
	base := filepath.Base(rel)
	first, _, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return strings.HasPrefix(first, "_") || strings.HasPrefix(base, "genindex") ||
		base == "search.html" || base == "py-modindex.html" || base == "copyright.html" || base == "license.html"
}

// walk reads every .html page under root in lexical order.
func walk(root string) []page {
	var pages []page
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel != "." && strings.HasPrefix(d.Name(), "_") || rel == "translations" {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(path, ".html") || skipPage(rel) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		var kept []string
		if main := findMain(doc); main != nil {
			var paras []string
			visit(main, &paras)
			for _, p := range paras {
				if s, ok := message(p); ok {
					kept = append(kept, s)
				}
			}
		}
		if len(kept) > 0 {
			pages = append(pages, page{rel, kept})
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return pages
}

// attr is n's attribute key, "" when it has none.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasClass reports whether n's class attribute holds class.
func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// findMain is the page's main part: the first element with
// role="main" or id="yui-main" (Django's theme), nil when there is
// none.
func findMain(n *html.Node) *html.Node {
	if n.Type == html.ElementNode && (attr(n, "role") == "main" || attr(n, "id") == "yui-main") {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m := findMain(c); m != nil {
			return m
		}
	}
	return nil
}

// skipped reports whether an element and all it holds are dropped:
// code blocks, tables, headings, scripts, styles, permalink marks and
// the theme's navigation.
func skipped(n *html.Node) bool {
	switch n.Data {
	case "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "nav", "footer", "img", "svg":
		return true
	}
	return hasClass(n, "headerlink") || hasClass(n, "highlight") || hasClass(n, "rst-footer-buttons")
}

// container reports whether an element's own text is a message: a
// paragraph, a list item, a definition term or definition.
func container(n *html.Node) bool {
	switch n.Data {
	case "p", "li", "dt", "dd":
		return true
	}
	return false
}

// block reports whether an element starts a block of its own, whose
// text is not part of the text around it.
func block(n *html.Node) bool {
	switch n.Data {
	case "p", "li", "dt", "dd", "ul", "ol", "dl", "div", "section", "aside", "blockquote", "figure", "form":
		return true
	}
	return skipped(n)
}

// visit collects the messages under n in document order: each
// container's own text, then the blocks inside it.
func visit(n *html.Node, out *[]string) {
	if n.Type != html.ElementNode || skipped(n) {
		return
	}
	if container(n) {
		var b strings.Builder
		inline(n, &b)
		if s := strings.TrimSpace(b.String()); s != "" {
			*out = append(*out, s)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visit(c, out)
	}
}

// inline writes the text of n's children that are not blocks: an
// http(s) link as "words (url)", another link as its words.
func inline(n *html.Node, b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type != html.ElementNode || block(c):
		case c.Data == "br":
			b.WriteString(" ")
		case c.Data == "a":
			href := attr(c, "href")
			var words strings.Builder
			inline(c, &words)
			text := strings.Join(strings.Fields(words.String()), " ")
			if !strings.HasPrefix(href, "http://") && !strings.HasPrefix(href, "https://") || strings.ContainsAny(href, " \t\n") {
				b.WriteString(text)
				continue
			}
			if text == "" || strings.TrimSuffix(text, "/") == strings.TrimSuffix(href, "/") || strings.HasPrefix(text, "http") {
				b.WriteString(href)
			} else {
				b.WriteString(text + " (" + href + ")")
			}
		default:
			inline(c, b)
		}
	}
}

// message normalizes one paragraph and reports whether it is kept.
func message(p string) (string, bool) {
	p = strings.Join(strings.Fields(p), " ")
	if p == "" || len(p) > 400 || !utf8.ValidString(p) || !gen.LinkRE.MatchString(p) || !gen.Clean(p) {
		return "", false
	}
	if !gen.English(gen.LinkRE.ReplaceAllString(p, " ")) {
		return "", false
	}
	return p, true
}

// finish applies the per-page, per-shape and per-host caps in walk
// order and splits the lines by the site of their first link; each half
// is sorted.
func finish(pages []page) (tuning, held []string) {
	var all []string
	for _, p := range pages {
		all = append(all, p.lines...)
	}
	key := gen.SiteKey(nil, all, perKey)
	groups := make([][]string, len(pages))
	for i, p := range pages {
		groups[i] = p.lines
	}
	gen.Caps(groups, perFile, perHost, gen.LinkRE.FindString, func(_ int, l, first string) {
		if gen.Held(key(first)) {
			held = append(held, l)
		} else {
			tuning = append(tuning, l)
		}
	})
	sort.Strings(tuning)
	sort.Strings(held)
	return tuning, held
}
