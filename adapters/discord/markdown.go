package discord

import "strings"

// Discord renders markdown in every message, the bot's too: a member's
// nickname or message quoted in a notice or an admin note could make the
// rest of the line bold or struck through, a heading, a quote, a code
// block or a spoiler, show a mention (<@id>, <#id>, <t:…>) as a name it
// is not, or dress a masked link. The texts the bot sends use no markdown
// of their own, so the whole text is escaped on its way out: Discord shows
// a backslash before any punctuation as the punctuation alone.

// escapeMarkdown returns s with every character Discord would read as
// markdown escaped by a backslash: \ * _ ~ ` | and < anywhere (emphasis,
// strike-through, code, spoilers, mentions, timestamps and <links>); the
// ( of "](" (a masked link); @ of @everyone and @here; and, at the start
// of a line, # (a heading, and -# small text), > (a quote), - and + (a
// list) and the dot or parenthesis of "1." (a numbered list).
func escapeMarkdown(s string) string {
	if !strings.ContainsAny(s, "\\*_~`|<](@#>-+.") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lineStart {
			switch {
			case c == ' ' || c == '\t':
				b.WriteByte(c)
				continue
			case c == '#' || c == '>' || c == '-' || c == '+':
				b.WriteByte('\\')
			case c >= '0' && c <= '9':
				j := i
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if j < len(s) && (s[j] == '.' || s[j] == ')') {
					b.WriteString(s[i:j])
					b.WriteByte('\\')
					b.WriteByte(s[j])
					i = j
					lineStart = false
					continue
				}
			}
			lineStart = false
		}
		switch c {
		case '\\', '*', '_', '~', '`', '|', '<':
			b.WriteByte('\\')
		case '(':
			if i > 0 && s[i-1] == ']' {
				b.WriteByte('\\')
			}
		case '@':
			if rest := s[i+1:]; strings.HasPrefix(rest, "everyone") || strings.HasPrefix(rest, "here") {
				b.WriteByte('\\')
			}
		case '\n':
			lineStart = true
		}
		b.WriteByte(c)
	}
	return b.String()
}
