package gen

import (
	"regexp"
	"strings"
)

var (
	imageRE   = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]`)
	badgeRE   = regexp.MustCompile(`\[\s*\]\([^)]*\)|\[\s*\]\[[^\]]*\]`)
	mdLinkRE  = regexp.MustCompile(`\[([^\[\]]*)\]\((\S+?)(?:\s+"[^"]*")?\)`)
	refLinkRE = regexp.MustCompile(`\[([^\[\]]+)\]\[([^\[\]]*)\]`)
	refDefRE  = regexp.MustCompile(`^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(\s+.*)?$`)
	autoRE    = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	tagRE     = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(\s[^>]*)?/?>|<!--`)
	listRE    = regexp.MustCompile(`^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?`)
)

// EmphRE matches Markdown's strong, emphasis and strike-through marks
// (**, __, ~~), which a chat line drops.
var EmphRE = regexp.MustCompile(`\*\*|__|~~`)

// Markdown reads Markdown as a developer would paste it into a chat: a
// paragraph or list item a line (the list marker and a task box cut),
// and hands each to render with the document's reference definitions
// (lower-cased label to URL); the lines render keeps are returned in
// order. Headings, fenced and indented code, tables, block quotes,
// rules, reference definitions and HTML blocks are dropped before
// render sees them.
func Markdown(md string, render func(p string, refs map[string]string) (string, bool)) []string {
	md = strings.ReplaceAll(md, "\r\n", "\n")
	lines := strings.Split(md, "\n")
	refs := map[string]string{}
	for _, l := range lines {
		if m := refDefRE.FindStringSubmatch(l); m != nil {
			refs[strings.ToLower(m[1])] = m[2]
		}
	}
	var out []string
	var cur []string
	bad := false
	flush := func() {
		if len(cur) > 0 && !bad {
			if s, ok := render(strings.Join(cur, " "), refs); ok {
				out = append(out, s)
			}
		}
		cur, bad = cur[:0], false
	}
	fence := ""
	inHTML := false
	for _, raw := range lines {
		l := strings.ReplaceAll(raw, "\t", "    ")
		t := strings.TrimSpace(l)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			flush()
			fence = t[:3]
			continue
		}
		if inHTML {
			if t == "" {
				inHTML = false
			}
			continue
		}
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "<") && !autoRE.MatchString(t):
			flush()
			inHTML = true
		case strings.HasPrefix(t, "#"), strings.HasPrefix(t, "|"), strings.HasPrefix(t, ">"),
			strings.HasPrefix(t, "==="), strings.HasPrefix(t, "---"), strings.HasPrefix(t, "***"),
			refDefRE.MatchString(l):
			flush()
		case strings.HasPrefix(l, "    ") && len(cur) == 0:
			// indented code
		case listRE.MatchString(l):
			flush()
			cur = append(cur, listRE.ReplaceAllString(l, ""))
		default:
			if strings.Contains(t, " | ") && strings.Count(t, "|") >= 2 {
				bad = true
			}
			cur = append(cur, t)
		}
	}
	flush()
	return out
}

// MarkdownLinks writes the links of one Markdown paragraph as a chat
// line carries them: an autolink <url> as the URL, images and badges
// (an image wrapped in a link) dropped, reference links resolved through
// refs, [text](url) as "text (url)" (the URL alone when the text is the
// URL or empty), a relative or anchor link as its text. ok is false when
// the paragraph holds HTML and is not kept.
func MarkdownLinks(p string, refs map[string]string) (string, bool) {
	if tagRE.MatchString(p) {
		return "", false
	}
	p = autoRE.ReplaceAllString(p, "$1")
	// A badge is an image wrapped in a link: drop the image, then the
	// empty link left.
	p = imageRE.ReplaceAllString(p, "")
	p = badgeRE.ReplaceAllString(p, "")
	p = refLinkRE.ReplaceAllStringFunc(p, func(m string) string {
		sm := refLinkRE.FindStringSubmatch(m)
		ref := sm[2]
		if ref == "" {
			ref = sm[1]
		}
		if u, ok := refs[strings.ToLower(ref)]; ok {
			return "[" + sm[1] + "](" + u + ")"
		}
		return sm[1]
	})
	p = mdLinkRE.ReplaceAllStringFunc(p, func(m string) string {
		sm := mdLinkRE.FindStringSubmatch(m)
		text, u := strings.TrimSpace(sm[1]), sm[2]
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return text // relative or anchor link: only its text shows
		}
		bare := strings.Trim(text, "`")
		if bare == "" || bare == u || strings.TrimSuffix(bare, "/") == strings.TrimSuffix(u, "/") || strings.HasPrefix(bare, "http") {
			return u
		}
		return text + " (" + u + ")"
	})
	return p, true
}
