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
// content: an inline marker, <, or "](" not escaped by a backslash, or a
// line that starts with #, >, - or + unescaped.
func unescaped(content string) string {
	for _, line := range strings.Split(content, "\n") {
		if t := strings.TrimLeft(line, " \t"); t != "" && strings.ContainsRune("#>-+", rune(t[0])) {
			return "a line starting with " + t[:1] + ": " + line
		}
		escaped := false
		for i, r := range line {
			switch {
			case escaped:
				escaped = false
			case r == '\\':
				escaped = true
			case strings.ContainsRune("*_~`|<", r):
				return fmt.Sprintf("%q at %d of %q", r, i, line)
			case r == '(' && i > 0 && line[i-1] == ']':
				return "a masked link in " + line
			case r == '@' && (strings.HasPrefix(line[i+1:], "everyone") || strings.HasPrefix(line[i+1:], "here")):
				return "@everyone in " + line
			}
		}
	}
	return ""
}

// rendered is content as Discord shows it: a backslash before punctuation
// shows the punctuation alone.
func rendered(content string) string {
	var b strings.Builder
	escaped := false
	for i := 0; i < len(content); i++ {
		if !escaped && content[i] == '\\' {
			escaped = true
			continue
		}
		escaped = false
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
