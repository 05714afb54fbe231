package discord

import "strings"

// Discord renders markdown in every message, the bot's too: a member's
// nickname or message quoted in a notice or an admin note could make the
// rest of the line bold or struck through, a heading, a quote, a code
// block or a spoiler, show a mention (<@id>, <#id>, <t:…>) as a name it
// is not, or dress a masked link. The texts the bot sends use no markdown
// of their own, so the whole text is escaped on its way out.
//
// A backslash is Discord's only escape, and it is part of the text: the
// message menu's Copy Text copies it, so an admin who copies a domain,
// a link or a username out of a note gets "free\_nitro" and a command
// that fails. So only what would format is escaped: a character that
// cannot pair with another to format, or that is not where a line's
// marker goes, stays as written, and an ordinary text (a defanged link
// with an underscore in its path, a username like eve_spam, an id) copies
// as it reads.

// escapeMarkdown returns s with a backslash before each character that
// Discord would read as markdown, and before no other:
//   - * and ` everywhere (emphasis, bold, lists, code);
//   - _ in a run of two or more (underline), or where it could close an
//     emphasis: before anything but an ASCII letter or digit, or at the
//     end (Discord's _emphasis_ needs its closing _ at a word's end, so
//     the _ of free_nitro or eve_spam formats nothing);
//   - ~ and | beside another of them (~~strike~~, ||spoiler||);
//   - < with a > after it (<@id>, <#id>, <t:…>, <:emoji:id>, <https://…>);
//   - \ before what it would escape (anything but an ASCII letter, digit
//     or space);
//   - the ( of "](" (a masked link), the @ of @everyone and @here;
//   - at the start of a line, the markers of a block followed by a space:
//     # to ### (a heading), -# (small text), > and >>> (a quote), -, +
//     (a list) and the dot or parenthesis of "1." (a numbered list).
func escapeMarkdown(s string) string {
	if !strings.ContainsAny(s, "\\*_~`|<](@#>-+.)") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/16)
	at := func(i int) byte {
		if i < 0 || i >= len(s) {
			return 0
		}
		return s[i]
	}
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lineStart {
			switch {
			case c == ' ' || c == '\t':
				b.WriteByte(c)
				continue
			case c == '#':
				j := i
				for j < len(s) && s[j] == '#' && j-i < 4 {
					j++
				}
				if j-i <= 3 && blockEnd(at(j)) {
					b.WriteByte('\\')
				}
			case c == '-':
				if blockEnd(at(i+1)) || at(i+1) == '#' && blockEnd(at(i+2)) {
					b.WriteByte('\\')
				}
			case c == '>' || c == '+':
				if blockEnd(at(i+1)) || c == '>' && at(i+1) == '>' {
					b.WriteByte('\\')
				}
			case c >= '0' && c <= '9':
				j := i
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				if (at(j) == '.' || at(j) == ')') && blockEnd(at(j+1)) {
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
		case '*', '`':
			b.WriteByte('\\')
		case '\\':
			if n := at(i + 1); i+1 < len(s) && !alnumByte(n) && n != ' ' && n != '\t' && n != '\n' && n != '\r' {
				b.WriteByte('\\')
			}
		case '_':
			if at(i-1) == '_' || at(i+1) == '_' || !alnumByte(at(i+1)) {
				b.WriteByte('\\')
			}
		case '~', '|':
			if at(i-1) == c || at(i+1) == c {
				b.WriteByte('\\')
			}
		case '<':
			if strings.IndexByte(s[i+1:], '>') >= 0 {
				b.WriteByte('\\')
			}
		case '(':
			if at(i-1) == ']' {
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

// blockEnd reports whether a line's marker followed by c starts a block:
// c is a space, or the line (or text) ends.
func blockEnd(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0 }

// alnumByte reports whether c is an ASCII letter or digit.
func alnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
