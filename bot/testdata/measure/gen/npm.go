package gen

import (
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	// LinkRE finds the http and https links of a line as the
	// generators cut them: up to a space, a bracket, a quote or a
	// backtick.
	LinkRE = regexp.MustCompile(`https?://[^\s<>()"'` + "`" + `\[\]]+`)

	wrapEmph  = regexp.MustCompile(`^[*_]([^*_].*[^*_\s])[*_]([.:;,]?)$`)
	shorthand = regexp.MustCompile(`^[\w.-]+/[\w.-]+$`)
)

// MetaURL reads a package.json field that is a URL string or an object
// holding one under field, and writes repository shorthands and git URLs
// as the web pages they name (npm21, brand23).
func MetaURL(v any, field string) []string {
	var s string
	switch x := v.(type) {
	case string:
		s = x
	case map[string]any:
		s, _ = x[field].(string)
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	s = strings.TrimPrefix(s, "git+")
	switch {
	case strings.HasPrefix(s, "git://"):
		s = "https://" + strings.TrimPrefix(s, "git://")
	case strings.HasPrefix(s, "git@"):
		s = "https://" + strings.Replace(strings.TrimPrefix(s, "git@"), ":", "/", 1)
	case strings.HasPrefix(s, "ssh://git@"):
		s = "https://" + strings.TrimPrefix(s, "ssh://git@")
	case strings.HasPrefix(s, "github:"):
		s = "https://github.com/" + strings.TrimPrefix(s, "github:")
	case shorthand.MatchString(s):
		s = "https://github.com/" + s
	}
	if u, err := url.Parse(s); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
		return []string{strings.TrimSuffix(s, ".git")}
	}
	return nil
}

// ChatParagraph writes one README paragraph's Markdown as the chat text
// a developer would paste; ok is false when the paragraph is not kept
// (no link, too long, brackets left over, not English prose). It is the
// renderer Markdown takes.
func ChatParagraph(p string, refs map[string]string) (string, bool) {
	p, ok := MarkdownLinks(p, refs)
	if !ok {
		return "", false
	}
	p = strings.ReplaceAll(p, `[x]`, "")
	p = strings.ReplaceAll(p, `[ ]`, "")
	p = EmphRE.ReplaceAllString(p, "")
	p = strings.Join(strings.Fields(p), " ")
	p = wrapEmph.ReplaceAllString(p, "$1$2") // *a whole line in italics*
	if p == "" || len(p) > 400 || !LinkRE.MatchString(p) || strings.ContainsAny(p, "[]") {
		return "", false
	}
	if !Clean(p) || !English(LinkRE.ReplaceAllString(p, " ")) {
		return "", false
	}
	return p, true
}

// LimitShapes keeps at most n lines of each Shape.
func LimitShapes(list []string, n int) []string {
	count := map[string]int{}
	var out []string
	for _, s := range list {
		shape := Shape(s)
		if count[shape] < n {
			out = append(out, s)
		}
		count[shape]++
	}
	return out
}

// URLSite is a URL's registrable domain (Site of its Host), or raw
// itself when it does not parse.
func URLSite(raw string) string {
	if _, err := url.Parse(raw); err != nil {
		return raw
	}
	return Site(Host(raw))
}

// WebOnly keeps the http and https URLs of list.
func WebOnly(list []string) []string {
	var web []string
	for _, s := range list {
		if (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " \t") {
			web = append(web, s)
		}
	}
	return web
}

// SiteKey returns the key a link is split and capped by: its site
// (URLSite), or the site and its first folder (Folder) when the site
// holds more than busy of the links in homes (one URL a line) and texts
// (any links a line), so that a forge's many projects spread over both
// halves (github.com/owner).
func SiteKey(homes, texts []string, busy int) func(raw string) string {
	perSite := map[string]int{}
	for _, h := range homes {
		perSite[URLSite(h)]++
	}
	for _, t := range texts {
		for _, l := range LinkRE.FindAllString(t, -1) {
			perSite[URLSite(l)]++
		}
	}
	return func(raw string) string {
		s := URLSite(raw)
		if perSite[s] > busy {
			if u, err := url.Parse(raw); err == nil {
				return s + "/" + Folder(u)
			}
		}
		return s
	}
}

// PackageRoot reports whether path, a package.json file, is an
// installed package's own: node_modules/NAME/package.json or
// node_modules/@SCOPE/NAME/package.json, not a file inside a package.
func PackageRoot(path string) bool {
	parent := filepath.Dir(filepath.Dir(path))
	scoped := strings.HasPrefix(filepath.Base(parent), "@") && filepath.Base(filepath.Dir(parent)) == "node_modules"
	return filepath.Base(path) == "package.json" && (filepath.Base(parent) == "node_modules" || scoped)
}
