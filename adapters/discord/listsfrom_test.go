package discord_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/immunebot/immune/adapters/discord"
)

// TestListsFromTakesTheEntryItNames: the next entry a lists answer names
// for from: (a URL a moderator blocked, over 100 characters as shown) is
// one the from option Discord's client offers can take. Before, the
// option took 100 characters at most, so that Discord refused the very
// value the bot told the moderator to send.
func TestListsFromTakesTheEntryItNames(t *testing.T) {
	t.Parallel()
	h := start(t)
	ask := func(id string, data map[string]any) string {
		t.Helper()
		h.dispatch("INTERACTION_CREATE", interaction(id, "c1", "mod1", permManage, data))
		return rendered(h.answerOf(id)["content"].(string))
	}
	// 50 entries that sort before it: the long one is the next page's first
	for k := range 5 {
		var batch []string
		for i := range 10 {
			batch = append(batch, fmt.Sprintf("a-%02d.example.com", 10*k+i))
		}
		if got := ask(fmt.Sprintf("b%d", k), slash("block", "domain", strings.Join(batch, " "))); !strings.Contains(got, "is blocked in this server") {
			t.Fatalf("block answered %q", got)
		}
	}
	long := "https://docs.google.com/forms/d/e/1FAIpQLSfD8xYz" + strings.Repeat("Qw3rTy", 10) + "/viewform"
	if got := ask("long", slash("block", "domain", long)); !strings.Contains(got, "is blocked in this server") {
		t.Fatalf("block answered %q", got)
	}
	got := ask("l", slash("lists", "list", "block"))
	m := regexp.MustCompile(`/immune lists list:block from:(\S+) shows them\.`).FindStringSubmatch(got)
	if m == nil || !strings.HasPrefix(m[1], "docs[.]google[.]com/forms/") {
		t.Fatalf("lists answered:\n%s", got)
	}
	var from *discordgo.ApplicationCommandOption
	for _, c := range discord.Commands() {
		for _, s := range c.Options {
			if s.Name != "lists" {
				continue
			}
			for _, o := range s.Options {
				if o.Name == "from" {
					from = o
				}
			}
		}
	}
	if from == nil {
		t.Fatal("lists has no from option")
	}
	if n := utf8.RuneCountInString(m[1]); from.MaxLength > 0 && n > from.MaxLength {
		t.Errorf("lists names from:%s (%d characters), but the option takes %d at most", m[1], n, from.MaxLength)
	}
	// and sent back, it shows that entry on
	data := slash("lists", "list", "block")
	data["options"].([]any)[0].(map[string]any)["options"] = []any{
		map[string]any{"name": "list", "type": 3, "value": "block"},
		map[string]any{"name": "from", "type": 3, "value": m[1]},
	}
	if page := ask("l2", data); !strings.HasPrefix(page, "Blocked in this server, 51–51 of 51: "+m[1]) {
		t.Errorf("lists list:block from:%s answered:\n%s", m[1], page)
	}
}
