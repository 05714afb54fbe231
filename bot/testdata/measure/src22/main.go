// Command src22 writes the source-tree measurement sets of
// testdata/measure (src22-codet.txt, src22-codeh.txt, src22-doct.txt,
// src22-doch.txt): English tech text with links as programmers and
// packagers wrote it in the comments, docstrings and documentation of
// the software installed on the machine it runs on. Nobody on the
// project wrote these lines.
//
// It lives under testdata so that go build, go vet and go test skip it.
// It reads only what is on disk and walks each tree in lexical order, so
// a rerun on the same machine writes the same bytes; a machine with
// other packages, another Go, Python or Perl installed, or another
// module cache writes other files. The committed files were written on
// 2026-12-03 on the project's workplace (Debian 12 bookworm, Go 1.26.8
// in /usr/local/go, Python 3.11, Perl 5.36, the module cache holding
// this module's dependencies), from bot/testdata/measure:
//
//	go run ./src22 \
//	  -go $(go env GOROOT)/src,$(go env GOMODCACHE) \
//	  -python /usr/lib/python3.11,/usr/lib/python3/dist-packages \
//	  -perl /usr/share/perl,/usr/share/perl5 \
//	  -c /usr/include \
//	  -doc /usr/share/doc
//
// The sources and their licence families (the lines are short quotations
// of them, kept for measurement):
//
//   - -go: comments of .go files and the .md files of Go's own source
//     tree (BSD-3-Clause, the Go authors) and of the module cache
//     ($(go env GOMODCACHE): this module's dependencies, mostly BSD, MIT
//     and Apache-2.0); its download cache and testdata folders are
//     skipped.
//   - -python: comments (full-line #) and docstrings of .py files of
//     Python's standard library (PSF License) and of Debian's Python
//     packages (dist-packages: MIT, BSD, Apache-2.0, GPL).
//   - -perl: POD and full-line # comments of .pm, .pl and .pod files of
//     Perl's library (Artistic-1.0 or GPL, as Perl) and of Debian's Perl
//     modules (mostly the same, some GPL-2+).
//   - -c: comments (/* */ and //) of the C headers in /usr/include (glibc
//     and the kernel's UAPI headers: LGPL-2.1+ and GPL-2.0 with the
//     syscall note; other libraries' headers: MIT, BSD, LGPL).
//   - -doc: /usr/share/doc's README, NEWS, changelog, TODO, FAQ and
//     other text files (read through gzip when compressed; Markdown read
//     as in a chat): Debian packages' own documentation under their
//     packages' licences (GPL, LGPL, MIT, BSD …). The copyright files,
//     and HTML, images and scripts, are not read.
//
// A message is one comment paragraph, docstring paragraph, POD
// paragraph or list item, as a chat message would carry it: comment
// markers stripped, the wrapped lines of one paragraph joined, an
// indented (code) line dropped unless it is a lone URL (joined to its
// paragraph, as a person pasting it would), POD's L<text|url> written
// "text (url)" and its other markup as plain text, reStructuredText's
// `text <url>`_ and Texinfo's @uref{url,text} written "text (url)"
// (Texinfo's other markup as its text), Markdown as npm21 reads it. Kept:
// paragraphs holding an http(s) link, at most 400 bytes, with at least
// four words outside the links, that read as English (at least 90 % of
// letters ASCII, a common English word among them). Dropped: licence
// and warranty boilerplate and generated-file notices (nobody pastes a
// licence header into chat), code quoted in a comment (comment markers
// inside it),
// exact repeats, more than two lines of one shape (the line with its
// URLs, numbers, month names and dotted, slashed or dashed names
// blanked), more than 20 lines from one file, and more than 20 lines
// whose first link is on one host (so the big project sites, python.org,
// go.dev, gnu.org, github.com, do not fill the sets).
//
// Each line goes to the tuning (t) or held-out (h) file by a hash of
// its first link's registrable domain (publicsuffix eTLD+1), so that a
// site is on one side only.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

const (
	perFile = 20 // lines kept from one file
	perHost = 20 // lines kept whose first link is on one host
)

var (
	linkRE     = regexp.MustCompile(`https?://[^\s<>()"'` + "`" + `\[\]{}|\\^]+`)
	listItemRE = regexp.MustCompile(`^([-*+o•]|\d+[.)]|\(\w\))\s+`)
	rstLinkRE  = regexp.MustCompile("`([^`<]+?)\\s*<(https?://[^>\\s]+)>`__?")
	podLinkRE  = regexp.MustCompile(`L<([^<>|]*)\|(https?://[^<>]+)>`)
	podURLRE   = regexp.MustCompile(`L<(https?://[^<>]+)>`)
	podDblRE   = regexp.MustCompile(`[A-Z]<<+\s+(.*?)\s+>>+`)
	podCodeRE  = regexp.MustCompile(`[A-Z]<([^<>]*)>`)
	boilerRE   = regexp.MustCompile(`(?i)warranty|licen[cs]ed under|permission is hereby granted|you may not use this file|redistribution and use|spdx-license|free software foundation|either version \d|terms of the gnu|see the gnu|gnu (lesser |library )?general public licen[cs]e|copyright (\(c\)|©|\d)|do not edit`)
	texiURLRE  = regexp.MustCompile(`@u?ref\{(https?://[^,{}]+)((?:,[^{}]*)?)\}`)
	texiRE     = regexp.MustCompile(`@(?:samp|code|var|file|emph|strong|command|option|env|kbd|cite|dfn|acronym|email)\{([^{}]*)\}`)
	trailRE    = regexp.MustCompile(`\s*\*+/\s*$`)
	docSkipRE  = regexp.MustCompile(`(?i)(^|/)copyright$|\.(html?|css|js|png|jpe?g|gif|svg|ico|pdf|sh|py|pl|pm|c|h|conf|xml|json|ya?ml|list|arrows|el|mk|in|am|ac|1|5|8|deb|tar|zip|bz2|xz|zst)$|(^|/)(makefile|postinst|postrm|preinst|prerm)$`)
)

// source is one file's messages, in file order.
type source struct {
	root, path string
	lines      []string
}

func main() {
	goRoots := flag.String("go", "", "Go trees (comments of .go files, .md files), comma-separated")
	pyRoots := flag.String("python", "", "Python trees (comments and docstrings of .py files), comma-separated")
	plRoots := flag.String("perl", "", "Perl trees (POD and comments of .pm, .pl, .pod files), comma-separated")
	cRoots := flag.String("c", "", "C header trees (comments), comma-separated")
	docRoots := flag.String("doc", "", "documentation trees (text files but copyright), comma-separated")
	flag.Parse()

	var code, doc []source
	walk(*goRoots, func(path string, b []byte) []string {
		switch {
		case strings.HasSuffix(path, ".go"):
			return commentParas(string(b), false)
		case strings.HasSuffix(strings.ToLower(path), ".md"):
			return markdownParas(string(b))
		}
		return nil
	}, &code)
	walk(*pyRoots, func(path string, b []byte) []string {
		if strings.HasSuffix(path, ".py") {
			return pythonParas(string(b))
		}
		return nil
	}, &code)
	walk(*plRoots, func(path string, b []byte) []string {
		if strings.HasSuffix(path, ".pm") || strings.HasSuffix(path, ".pl") || strings.HasSuffix(path, ".pod") {
			return perlParas(string(b))
		}
		return nil
	}, &code)
	walk(*cRoots, func(path string, b []byte) []string {
		return commentParas(string(b), true)
	}, &code)
	walk(*docRoots, func(path string, b []byte) []string {
		name := strings.TrimSuffix(path, ".gz")
		if docSkipRE.MatchString(name) {
			return nil
		}
		if strings.HasSuffix(path, ".gz") {
			r, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil
			}
			if b, err = io.ReadAll(r); err != nil {
				return nil
			}
		}
		if bytes.IndexByte(b, 0) >= 0 || !utf8.Valid(b) {
			return nil
		}
		if l := strings.ToLower(name); strings.HasSuffix(l, ".md") || strings.HasSuffix(l, ".markdown") {
			return markdownParas(string(b))
		}
		return textParas(string(b))
	}, &doc)

	codeT, codeH := finish(code)
	docT, docH := finish(doc)
	header := func(what, side string) []string {
		return []string{
			"# " + what + " — " + side + " half, written by bot/testdata/measure/src22 (src22,",
			"# 2026-12-03) from the files installed on the project's workplace that day.",
			"# Nobody on the project wrote these lines: the software's authors and",
			"# packagers did. A line is one paragraph or list item holding a link, as a",
			"# chat message would carry it. Each site (registrable domain of the first",
			"# link) is on one side only. All are benign: a flagged line is a false alarm.",
		}
	}
	code1 := "Comments, docstrings and POD of Go, Python, Perl and C sources"
	doc1 := "Paragraphs of /usr/share/doc's READMEs, NEWS and changelogs"
	gen.Write("src22-codet.txt", header(code1, "tuning"), codeT)
	gen.Write("src22-codeh.txt", header(code1, "held-out"), codeH)
	gen.Write("src22-doct.txt", header(doc1, "tuning"), docT)
	gen.Write("src22-doch.txt", header(doc1, "held-out"), docH)
	fmt.Printf("code: t %d, h %d; doc: t %d, h %d\n", len(codeT), len(codeH), len(docT), len(docH))
}

// walk reads every regular file under the comma-separated roots in
// lexical order and appends the messages read from it by read.
func walk(roots string, read func(path string, b []byte) []string, out *[]source) {
	for _, root := range strings.Split(roots, ",") {
		if root == "" {
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // an unreadable folder is skipped
			}
			if d.IsDir() {
				if n := d.Name(); n == "testdata" || (n == "cache" && filepath.Dir(path) == filepath.Clean(root)) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			var kept []string
			for _, p := range read(path, b) {
				if s, ok := message(p); ok {
					kept = append(kept, s)
				}
			}
			if len(kept) > 0 {
				*out = append(*out, source{root, path, kept})
			}
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
}

// finish applies the per-file, per-shape and per-host caps in walk
// order and splits the lines by site; each half is sorted.
func finish(srcs []source) (tuning, held []string) {
	kept := map[string]int{}
	defer func() {
		var roots []string
		for r := range kept {
			roots = append(roots, r)
		}
		sort.Strings(roots)
		for _, r := range roots {
			log.Printf("%s: %d lines", r, kept[r])
		}
	}()
	groups := make([][]string, len(srcs))
	for i, s := range srcs {
		groups[i] = s.lines
	}
	gen.Caps(groups, perFile, perHost, linkRE.FindString, func(g int, l, first string) {
		kept[srcs[g].root]++
		if gen.Held(gen.Site(gen.Host(first))) {
			held = append(held, l)
		} else {
			tuning = append(tuning, l)
		}
	})
	sort.Strings(tuning)
	sort.Strings(held)
	return tuning, held
}

// paragraphs collects one file's paragraphs: lines go to cur, flush
// joins them into one paragraph (passed through text when it is set).
type paragraphs struct {
	out, cur []string
	text     func(string) string
}

// flush ends the paragraph in cur, if any.
func (ps *paragraphs) flush() {
	if len(ps.cur) > 0 {
		p := strings.Join(ps.cur, " ")
		if ps.text != nil {
			p = ps.text(p)
		}
		ps.out = append(ps.out, p)
	}
	ps.cur = ps.cur[:0]
}

// commentParas reads the comment paragraphs of Go or C source: runs of
// // lines and /* */ blocks, with their markers stripped.
func commentParas(src string, c bool) []string {
	ps := &paragraphs{}
	flush := ps.flush
	add := func(text string) {
		addLine(text, ps)
	}
	inBlock := false
	// openComment reads what follows "/*": a whole comment, or a block's start.
	openComment := func(body string) {
		if end := strings.Index(body, "*/"); end >= 0 {
			add(body[:end])
			flush()
		} else {
			inBlock = true
			add(body)
		}
	}
	for _, raw := range strings.Split(src, "\n") {
		line := strings.TrimRight(raw, " \t\r")
		if inBlock {
			end := strings.Index(line, "*/")
			body := line
			if end >= 0 {
				body = line[:end]
			}
			t := strings.TrimLeft(body, " \t")
			if strings.HasPrefix(t, "*") {
				t = strings.TrimLeft(t, "*")
				body = t
			}
			add(body)
			if end >= 0 {
				inBlock = false
				flush()
			}
			continue
		}
		t := strings.TrimLeft(line, " \t")
		switch {
		case strings.HasPrefix(t, "//"):
			add(strings.TrimLeft(t[2:], "/!"))
		case strings.HasPrefix(t, "/*"):
			flush()
			openComment(strings.TrimLeft(t[2:], "*!"))
		default:
			flush()
			if i := strings.Index(line, "//"); i > 0 && !c && !strings.Contains(line[:i], `"`) && !strings.Contains(line[:i], "`") {
				add(line[i+2:]) // a trailing comment after Go code
				flush()
			} else if i := strings.Index(line, "/*"); i > 0 && c {
				openComment(line[i+2:])
			}
		}
	}
	flush()
	return ps.out
}

// addLine adds one line of a comment or text paragraph (markers already
// stripped): a blank line ends the paragraph, a list item starts one, an
// indented line is code (dropped, ending the paragraph) unless it is a
// lone URL, which joins the paragraph.
func addLine(text string, ps *paragraphs) {
	text = strings.ReplaceAll(text, "\t", "    ")
	t := strings.TrimSpace(text)
	switch {
	case t == "":
		ps.flush()
	case strings.HasPrefix(text, "   ") && len(ps.cur) == 0 && !listItemRE.MatchString(t) && linkRE.FindString(t) != t:
		// code or a table before any prose
	case strings.HasPrefix(text, "    ") && linkRE.FindString(t) == t:
		ps.cur = append(ps.cur, t)
	case listItemRE.MatchString(t):
		ps.flush()
		ps.cur = append(ps.cur, listItemRE.ReplaceAllString(t, ""))
	default:
		ps.cur = append(ps.cur, t)
	}
}

// textParas reads a plain-text document's paragraphs and list items.
func textParas(src string) []string {
	ps := &paragraphs{}
	flush := ps.flush
	for _, raw := range strings.Split(src, "\n") {
		line := strings.TrimRight(raw, " \t\r")
		t := strings.TrimSpace(line)
		switch {
		case t == "" || strings.HasPrefix(t, "-- ") || strings.Trim(t, "-=*#~_ ") == "":
			flush()
		case listItemRE.MatchString(t):
			flush()
			ps.cur = append(ps.cur, listItemRE.ReplaceAllString(t, ""))
		default:
			ps.cur = append(ps.cur, t)
		}
	}
	flush()
	return ps.out
}

// pythonParas reads a Python file's full-line comments and docstrings.
func pythonParas(src string) []string {
	ps := &paragraphs{}
	flush := ps.flush
	lines := strings.Split(src, "\n")
	prev := "" // the last line of code before this one
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t\r")
		t := strings.TrimLeft(line, " \t")
		if strings.HasPrefix(t, "#") {
			if i == 0 && strings.HasPrefix(t, "#!") || strings.Contains(t, "coding") && i < 2 {
				continue
			}
			addLine(strings.TrimLeft(t, "#"), ps)
			continue
		}
		flush()
		if t == "" {
			continue
		}
		q := ""
		for _, p := range []string{`r"""`, `"""`, `r'''`, `'''`} {
			if strings.HasPrefix(t, p) {
				q = strings.TrimPrefix(p, "r")
				t = t[len(p):]
				break
			}
		}
		docstring := q != "" && (prev == "" || strings.HasSuffix(prev, ":"))
		if q == "" || !docstring {
			prev = t
			if q != "" && !strings.Contains(t, q) { // skip a string that is not a docstring
				for i++; i < len(lines) && !strings.Contains(lines[i], q); i++ {
				}
			}
			continue
		}
		// A docstring: its paragraphs, up to the closing quotes.
		body := []string{t}
		if end := strings.Index(t, q); end >= 0 {
			body = []string{t[:end]}
		} else {
			for i++; i < len(lines); i++ {
				l := strings.TrimRight(lines[i], " \t\r")
				if end := strings.Index(l, q); end >= 0 {
					body = append(body, l[:end])
					break
				}
				body = append(body, l)
			}
		}
		indent := -1
		for _, l := range body[1:] {
			if s := strings.TrimLeft(l, " "); s != "" {
				if n := len(l) - len(s); indent < 0 || n < indent {
					indent = n
				}
			}
		}
		for j, l := range body {
			if j > 0 && indent > 0 && len(l) >= indent {
				l = l[indent:]
			}
			addLine(" "+l, ps)
		}
		flush()
		prev = q
	}
	flush()
	return ps.out
}

// perlParas reads a Perl file's POD paragraphs (not verbatim ones, not
// headings) and full-line # comments.
func perlParas(src string) []string {
	ps := &paragraphs{text: podText}
	flush := ps.flush
	inPod, verbatim := strings.HasPrefix(src, "="), false
	for _, raw := range strings.Split(src, "\n") {
		line := strings.TrimRight(raw, " \t\r")
		if !inPod {
			if strings.HasPrefix(line, "=") && len(line) > 1 && unicode.IsLetter(rune(line[1])) {
				flush()
				inPod = true
			} else if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "#!") {
				addLine(strings.TrimLeft(t, "#"), ps)
				continue
			} else {
				flush()
				continue
			}
		}
		switch {
		case strings.HasPrefix(line, "=cut"):
			flush()
			inPod = false
		case strings.HasPrefix(line, "="):
			flush() // a command paragraph: =head, =item, =over …
			verbatim = false
		case line == "" || strings.TrimSpace(line) == "":
			flush()
			verbatim = false
		case len(ps.cur) == 0 && (line[0] == ' ' || line[0] == '\t'):
			verbatim = true
		case verbatim:
		default:
			ps.cur = append(ps.cur, strings.TrimSpace(line))
		}
	}
	flush()
	return ps.out
}

// podText writes POD's formatting codes as plain text: L<text|url> as
// "text (url)", L<url> as the URL, the others as their text.
func podText(s string) string {
	s = podLinkRE.ReplaceAllString(s, "$1 ($2)")
	s = podURLRE.ReplaceAllString(s, "$1")
	s = podDblRE.ReplaceAllString(s, "$1")
	for i := 0; i < 4; i++ {
		s = podCodeRE.ReplaceAllStringFunc(s, func(m string) string {
			inner := m[2 : len(m)-1]
			switch m[0] {
			case 'E':
				switch inner {
				case "lt":
					return "<"
				case "gt":
					return ">"
				case "verbar":
					return "|"
				case "sol":
					return "/"
				}
				return ""
			case 'Z', 'X':
				return ""
			case 'L':
				if i := strings.LastIndexByte(inner, '|'); i >= 0 {
					return inner[:i]
				}
				return strings.Trim(strings.ReplaceAll(inner, `"`, ""), "/")
			}
			return inner
		})
	}
	return s
}

// markdownParas reads Markdown as npm21 does: a paragraph or list item a
// line, links written "text (url)", code, tables, quotes, HTML dropped.
func markdownParas(md string) []string {
	return gen.Markdown(md, renderMarkdown)
}

// renderMarkdown writes one Markdown paragraph as chat text.
func renderMarkdown(p string, refs map[string]string) (string, bool) {
	p, ok := gen.MarkdownLinks(p, refs)
	if !ok {
		return "", false
	}
	p = gen.EmphRE.ReplaceAllString(p, "")
	if strings.ContainsAny(p, "[]") {
		return "", false
	}
	return p, true
}

// message normalizes one paragraph and reports whether it is kept.
func message(p string) (string, bool) {
	p = trailRE.ReplaceAllString(p, "")
	p = texiURLRE.ReplaceAllStringFunc(p, func(m string) string {
		sm := texiURLRE.FindStringSubmatch(m)
		if text := strings.TrimSpace(strings.TrimPrefix(sm[2], ",")); text != "" && text != sm[1] {
			return text + " (" + sm[1] + ")"
		}
		return sm[1]
	})
	p = texiRE.ReplaceAllString(p, "$1")
	p = rstLinkRE.ReplaceAllString(p, "$1 ($2)")
	p = strings.Join(strings.Fields(p), " ")
	if p == "" || len(p) > 400 || !utf8.ValidString(p) || !linkRE.MatchString(p) || boilerRE.MatchString(p) ||
		strings.HasPrefix(p, "// ") || strings.Contains(p, " // ") { // comment markers inside a comment: code in a string
		return "", false
	}
	if !gen.Clean(p) || strings.ContainsRune(p, utf8.RuneError) {
		return "", false
	}
	if !gen.English(linkRE.ReplaceAllString(p, " ")) {
		return "", false
	}
	return p, true
}
