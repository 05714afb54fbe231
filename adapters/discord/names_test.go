package discord_test

import (
	"strings"
	"testing"
	"unicode"
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
		text := h.waitPost(ch, 1)["content"].(string)
		if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) ||
			strings.Contains(text, "||") || strings.Contains(text, "evil.com") || !strings.Contains(text, "Evegnp.exe| |support at evil[.]com") {
			t.Errorf("%s: %q", ch, text)
		}
	}
}
