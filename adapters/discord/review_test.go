package discord_test

import (
	"github.com/immunebot/immune/adapters/discord"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOffendersWithMarkdownNamesFitOneMessage: through the real discordgo
// client, offenders in a server whose flagged members have names full of
// what Discord's markdown would read (a nickname of 32 *), each escaped by a backslash on its way out, answers within
// Discord's 2,000 characters, not cut off, and still ends with how many
// more there are and what shows them. Before, the lines were measured
// before escaping: the answer grew past 2,000 characters and was cut,
// the line saying what shows the rest with it.
func TestOffendersWithMarkdownNamesFitOneMessage(t *testing.T) {
	t.Parallel()
	h := start(t)
	const flagged = 30
	for i := range flagged {
		id := "p" + strconv.Itoa(i)
		m := message(id, "c2", strconv.Itoa(400000000000000000+i), phish) // ids as long as real ones
		m["member"].(map[string]any)["nick"] = strings.Repeat("*", 32)
		h.dispatch("MESSAGE_CREATE", m)
		h.waitDelete("c2", id)
	}
	h.dispatch("INTERACTION_CREATE", interaction("o1", "c1", "mod1", permManage, slash("offenders")))
	content := h.answerOf("o1")["content"].(string)
	got := rendered(content)
	shown := strings.Count(got, "\n•")
	if utf8.RuneCountInString(content) > 2000 || strings.HasSuffix(content, "…") || shown == 0 ||
		!regexp.MustCompile(`more accounts on record in this server, seen earlier: /immune offenders from:#[0-9a-v.]+ shows the next ones\.$`).MatchString(got) {
		t.Errorf("offenders answered %d characters (%d accounts):\n%s", utf8.RuneCountInString(content), shown, got)
	}
}

// TestLongTextCutStillRendersNothing: a text past Discord's 2,000
// characters, cut to fit and escaped, renders no markdown where it is
// cut and shows what it keeps as written. Before, the text was escaped
// and then cut: an _ left unescaped because a letter followed it (as in
// eve_spam) ended the text once cut, before the "…", and closed an
// emphasis an earlier _ opened, slanting the text between them.
func TestLongTextCutStillRendersNothing(t *testing.T) {
	for _, pad := range []int{1990, 1995, 1997, 1998, 1999, 2000} {
		text := "_" + strings.Repeat("a", pad-1) + "_b" + strings.Repeat("*", 40)
		got := discord.Content(text)
		if utf8.RuneCountInString(got) > 2000 || !strings.HasSuffix(got, "…") {
			t.Errorf("%d: %d characters, not cut: %q", pad, utf8.RuneCountInString(got), got[len(got)-20:])
		}
		if bad := unescaped(got); bad != "" {
			t.Errorf("%d: cut, it renders markdown: %s", pad, bad[len(bad)-40:])
		}
		if shown := strings.TrimSuffix(rendered(got), "…"); !strings.HasPrefix(text, shown) {
			t.Errorf("%d: cut, it shows %q", pad, shown[len(shown)-20:])
		}
	}
}
