package gen

import (
	"bufio"
	"crypto/sha256"
	"log"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

var (
	wordRE     = regexp.MustCompile(`[A-Za-z][A-Za-z']+`)
	shapeURL   = regexp.MustCompile(`https?://\S+`)
	shapeWord  = regexp.MustCompile(`[@\w./-]*[-/@.][@\w./-]*|\d+`)
	shapeMonth = regexp.MustCompile(`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b`)
	englishSet = map[string]bool{"the": true, "a": true, "an": true, "to": true, "of": true, "and": true, "is": true, "for": true,
		"with": true, "in": true, "this": true, "you": true, "see": true, "on": true, "it": true, "by": true, "from": true,
		"that": true, "are": true, "be": true, "can": true, "your": true, "more": true, "if": true, "or": true, "as": true}
)

// English reports whether prose, a line with its links already blanked,
// reads as English: at least four words, one of a few common English
// words among them, and at least 90 % of its letters ASCII.
func English(prose string) bool {
	words := wordRE.FindAllString(prose, -1)
	if len(words) < 4 {
		return false
	}
	english, ascii, letters := 0, 0, 0
	for _, w := range words {
		if englishSet[strings.ToLower(w)] {
			english++
		}
	}
	for _, r := range prose {
		if unicode.IsLetter(r) {
			letters++
			if r < 128 {
				ascii++
			}
		}
	}
	return english > 0 && ascii*10 >= letters*9
}

// Clean reports whether s holds no control character and no byte-order
// mark, which a pasted chat line would not carry.
func Clean(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || r == '\uFEFF' {
			return false
		}
	}
	return true
}

// Shape is a line with its URLs, numbers, month names and dotted,
// slashed or dashed names blanked: lines of one template share a shape.
func Shape(s string) string {
	return shapeMonth.ReplaceAllString(shapeWord.ReplaceAllString(shapeURL.ReplaceAllString(s, "U"), "W"), "M")
}

// Host is a URL's host, lower-cased, without a trailing dot; raw itself
// when it does not parse.
func Host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	return strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
}

// Site is a host's registrable domain (eTLD+1), or the host when it has
// none (an IP address, localhost).
func Site(host string) string {
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}

// Folder is the first folder of u's path, lower-cased: on a host that
// serves many projects (github.com/owner/…) it names the project's site.
func Folder(u *url.URL) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(u.EscapedPath(), "/"), "/")
	return strings.ToLower(first)
}

// Held reports whether the site named by key is in the held-out half: a
// hash of the key, so one site's lines are always on one side.
func Held(key string) bool {
	sum := sha256.Sum256([]byte(key))
	return sum[0]&1 == 1
}

// Caps walks groups (the lines of one file or page each) in order and
// calls keep for each line it keeps, with its group's index and its
// first link (first): each line once, at most perGroup of one group, at
// most two of one Shape, and at most perHost whose first link is on one
// Host, so that no long file, template or busy site fills a set.
func Caps(groups [][]string, perGroup, perHost int, first func(string) string, keep func(group int, line, link string)) {
	seen := map[string]bool{}
	shapes := map[string]int{}
	hosts := map[string]int{}
	for g, lines := range groups {
		n := 0
		for _, l := range lines {
			if n == perGroup || seen[l] {
				continue
			}
			link := first(l)
			shape, host := Shape(l), Host(link)
			if shapes[shape] >= 2 || hosts[host] >= perHost {
				continue
			}
			seen[l] = true
			shapes[shape]++
			hosts[host]++
			n++
			keep(g, l, link)
		}
	}
}

// Split puts each item of list in the tuning (t) or held-out (h) half by
// Held(key(item)), keeping the order of list.
func Split(list []string, key func(string) string) (t, h []string) {
	for _, s := range list {
		if Held(key(s)) {
			h = append(h, s)
		} else {
			t = append(t, s)
		}
	}
	return t, h
}

// Unique sorts list in place and drops repeats.
func Unique(list []string) []string {
	sort.Strings(list)
	out := list[:0]
	for i, s := range list {
		if i == 0 || s != list[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// EachLine calls fn with each line of the file at path (lines up to
// 1 MiB); it stops the program when the file cannot be read.
func EachLine(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

// Write writes the header lines, then the lines, each ended by a
// newline, to the file name; it stops the program when it cannot.
func Write(name string, header, lines []string) {
	var b strings.Builder
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
