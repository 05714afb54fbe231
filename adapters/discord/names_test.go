package discord_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/immunebot/immune/adapters/discord"
)

// TestHostileNicknameShownSafely: through the real discordgo client, a
// server nickname built to reverse the line (U+202E), leave an isolate
// open, open a spoiler and carry a link reaches neither the notice in the
// channel nor the admin note in the log channel raw.
func TestHostileNicknameShownSafely(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", "owner1", permAdmin, slash("setlog")))
	h.answerOf("sl")
	m := message("n1", "c2", "u1", phish)
	m["member"].(map[string]any)["nick"] = "Eve\u202egnp.exe\u2066||support at evil.com"
	h.dispatch("MESSAGE_CREATE", m)
	h.waitDelete("c2", "n1")
	for _, ch := range []string{"c2", "clog"} {
		content := h.waitPost(ch, 1)["content"].(string)
		text := rendered(content)
		if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) ||
			unescaped(content) != "" || strings.Contains(text, "||") || strings.Contains(text, "evil.com") || !strings.Contains(text, "Evegnp.exe| |support at evil[.]com") {
			t.Errorf("%s: %q", ch, text)
		}
	}
}

// markdownHostile is a nickname that, rendered raw by Discord, would bold
// and strike through the notice, open code, show another member's and a
// channel's mention, dress a masked link and ping everyone.
const markdownHostile = "**Support** __team__ ~~x~~ `code` <@owner1> <#clog> [Nitro](https://dlscord.gift/claim) @everyone"

// unescaped reports the markdown Discord would render in a message's
// content, by Discord's rules (its parser is simple-markdown's, with
// Discord's own blocks): a backslash before anything but an ASCII letter,
// digit or space escapes it; two unescaped * or ` can pair (emphasis,
// bold, code); an unescaped __ underlines; an unescaped _ closes an
// emphasis an earlier unescaped _ opened when a word ends after it (it is
// followed by neither an ASCII letter, digit nor _); ~~ strikes and ||
// hides; < with a > after it makes a mention, an emoji, a timestamp or a
// link; "](" a masked link; @everyone and @here a mention; and at a line's
// start, after spaces, # to ### (a heading), -# (small text), > or >>>
// (a quote), -, * or + (a list) or "1." and "1)" (a numbered list),
// followed by a space or the line's end, make a block. It is on the safe
// side: what it reports might render, what it passes cannot.
func unescaped(content string) string {
	escaped := make([]bool, len(content)) // content[i] is escaped
	for i := 0; i < len(content); i++ {
		if content[i] == '\\' && i+1 < len(content) && !isAlnum(content[i+1]) && !strings.ContainsRune(" \t\n\r", rune(content[i+1])) {
			escaped[i+1] = true
			i++
		}
	}
	plain := func(i int, c byte) bool { return i >= 0 && i < len(content) && content[i] == c && !escaped[i] }
	lineStart := 0
	for i := 0; i <= len(content); i++ {
		if i < len(content) && content[i] != '\n' {
			continue
		}
		line := content[lineStart:i]
		j := lineStart
		for j < i && (content[j] == ' ' || content[j] == '\t') {
			j++
		}
		end := func(k int) bool { return k >= i || content[k] == ' ' || content[k] == '\t' || content[k] == '\r' }
		k := j
		for k < i && plain(k, '#') {
			k++
		}
		switch {
		case k > j && k-j <= 3 && end(k):
			return "a heading: " + line
		case plain(j, '-') && (end(j+1) || plain(j+1, '#') && end(j+2)):
			return "small text or a list: " + line
		case plain(j, '>') && (end(j+1) || content[j+1] == '>'):
			return "a quote: " + line
		case (plain(j, '*') || plain(j, '+')) && end(j+1):
			return "a list: " + line
		}
		for k = j; k < i && isDigit(content[k]); k++ {
		}
		if k > j && (plain(k, '.') || plain(k, ')')) && end(k+1) {
			return "a numbered list: " + line
		}
		lineStart = i + 1
	}
	stars, ticks, underscores := 0, 0, 0
	for i := 0; i < len(content); i++ {
		c := content[i]
		if escaped[i] || c == '\\' && i+1 < len(content) && escaped[i+1] {
			continue
		}
		switch c {
		case '*':
			if stars++; stars == 2 {
				return "two * that can pair in " + content
			}
		case '`':
			if ticks++; ticks == 2 {
				return "two ` that can pair in " + content
			}
		case '_':
			if plain(i+1, '_') {
				return "an underline __ at " + fmt.Sprint(i) + " of " + content
			}
			if underscores > 0 && (i+1 == len(content) || !isAlnum(content[i+1]) && content[i+1] != '_') {
				return "an emphasis closed by _ at " + fmt.Sprint(i) + " of " + content
			}
			underscores++
		case '~', '|':
			if plain(i+1, c) {
				return fmt.Sprintf("%c%c at %d of %q", c, c, i, content)
			}
		case '<':
			if strings.Contains(content[i+1:], ">") {
				return "a < with a > after it in " + content
			}
		case '(':
			if plain(i-1, ']') {
				return "a masked link in " + content
			}
		case '@':
			if rest := content[i+1:]; strings.HasPrefix(rest, "everyone") || strings.HasPrefix(rest, "here") {
				return "@everyone in " + content
			}
		}
	}
	return ""
}

func isAlnum(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// rendered is content as Discord shows it: a backslash before anything but
// an ASCII letter, digit or space shows what follows it alone; before
// those, it shows as written.
func rendered(content string) string {
	var b strings.Builder
	for i := 0; i < len(content); i++ {
		if content[i] == '\\' && i+1 < len(content) && !isAlnum(content[i+1]) && !strings.ContainsRune(" \t\n\r", rune(content[i+1])) {
			i++
		}
		b.WriteByte(content[i])
	}
	return b.String()
}

// TestMarkdownInNamesAndQuotesShownAsWritten: through the real discordgo
// client, a nickname and a message full of Discord markdown (emphasis,
// strike-through, code, mentions, a masked link, a heading, a quote,
// small text, a list, @everyone) reach the notice, the admin note, the
// note updated by a button, the answer to the press and a member's
// report escaped: shown as written, rendering nothing, and every message
// pings nobody.
func TestMarkdownInNamesAndQuotesShownAsWritten(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", ownerID, permAdmin, slash("setlog")))
	h.answerOf("sl")
	text := "# FREE NITRO\n> **claim** it now\n-# small print\n- first\n1. step https://dlscord.gift/claim"
	m := message("n1", "c2", "u1", text)
	m["member"].(map[string]any)["nick"] = markdownHostile
	h.dispatch("MESSAGE_CREATE", m)
	h.waitDelete("c2", "n1")
	notice := h.waitPost("c2", 1)
	note := h.waitPost("clog", 1)
	wantName := "**Support** __team__ ~~x~~ `code` <@owner1> <#clog> [Nitro](hxxps://dlscord[.]gift/claim) @everyone"
	for _, c := range []struct {
		name string
		body map[string]any
		want []string
	}{
		{"notice", notice, []string{wantName}},
		{"admin note", note, []string{wantName, "# FREE NITRO\n> **claim** it now\n-# small print\n- first\n1. step hxxps://dlscord[.]gift/claim"}},
	} {
		content := c.body["content"].(string)
		if bad := unescaped(content); bad != "" {
			t.Errorf("%s renders markdown (%s): %q", c.name, bad, content)
		}
		for _, w := range c.want {
			if !strings.Contains(rendered(content), w) {
				t.Errorf("%s shows %q, want %q in it", c.name, rendered(content), w)
			}
		}
		assertNoPings(t, c.body)
	}
	// a moderator presses Not a threat: the note updated in place, and
	// the answer to the press
	notThreat := strings.TrimPrefix(buttonIDs(t, note)[0], "✅ Not a threat=")
	press := component("p1", "clog", "mod1", []string{modRole}, permManage, "en-US", notThreat, "note1")
	press["member"].(map[string]any)["nick"] = markdownHostile
	press["member"].(map[string]any)["user"].(map[string]any)["global_name"] = markdownHostile
	h.dispatch("INTERACTION_CREATE", press)
	upd := h.callback("p1")["data"].(map[string]any)
	follow := h.waitCalls("POST", "/webhooks/"+appID+"/token-p1", 1)[0].json(t)
	for name, body := range map[string]map[string]any{"updated note": upd, "answer to the press": follow} {
		content := body["content"].(string)
		if bad := unescaped(content); bad != "" {
			t.Errorf("%s renders markdown (%s): %q", name, bad, content)
		}
		assertNoPings(t, body)
	}
	if !strings.Contains(rendered(upd["content"].(string)), "✅ Not a threat ("+wantName) {
		t.Errorf("the updated note names the moderator as %q", rendered(upd["content"].(string)))
	}
	// a member's report, into the channel (no updates channel)
	target := message("t2", "c1", "u9", "**look** ||here|| `now` "+lure)
	target["member"].(map[string]any)["nick"] = markdownHostile
	data := map[string]any{"id": "cmd-report", "name": discord.ReportMenu, "type": 3, "target_id": "t2",
		"resolved": map[string]any{"messages": map[string]any{"t2": target}}}
	h.dispatch("INTERACTION_CREATE", interaction("rp", "c1", "member2", permView|permSend, data))
	h.answerOf("rp")
	report := h.waitPost("clog", 2)
	if bad := unescaped(report["content"].(string)); bad != "" {
		t.Errorf("the report renders markdown (%s): %q", bad, report["content"])
	}
	assertNoPings(t, report)
}

// FuzzEscapeMarkdown: any text, escaped, shows as written and renders no
// markdown.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{markdownHostile, "# h\n> q\n-# s\n - l\n+ p\n12. n\n3) m", "a\\*b\\", "](x) [.](y)", "@here @everyone"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := discord.EscapeMarkdown(s)
		if rendered(e) != s {
			t.Errorf("%q escaped to %q shows as %q", s, e, rendered(e))
		}
		if bad := unescaped(e); bad != "" {
			t.Errorf("%q escaped to %q renders markdown: %s", s, e, bad)
		}
	})
}
