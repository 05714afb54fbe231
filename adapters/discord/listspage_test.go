package discord_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestListsOnDiscordSaysHowToSeeTheRest: through the real discordgo
// client, /immune lists of a server whose block list is longer than one
// answer shows says how many entries it left out and the options that
// show them (list:block from:K), and following that reaches every entry
// once, each answer within Discord's 2,000 characters. Before, lists cut
// a list at 50 with "… (+N)" and had no options to see the rest.
func TestListsOnDiscordSaysHowToSeeTheRest(t *testing.T) {
	t.Parallel()
	h := start(t)
	const blocked = 60
	n := 0
	ask := func(data map[string]any) string {
		t.Helper()
		n++
		id := "l" + strconv.Itoa(n)
		h.dispatch("INTERACTION_CREATE", interaction(id, "c1", "mod1", permManage, data))
		content := h.answerOf(id)["content"].(string)
		if utf8.RuneCountInString(content) > 2000 {
			t.Fatalf("answered %d characters:\n%s", utf8.RuneCountInString(content), content)
		}
		return rendered(content)
	}
	var batch []string
	for i := range blocked {
		batch = append(batch, fmt.Sprintf("login-%03d.averyveryverylong-brandname-lookalike.com", i))
		if len(batch) == 20 {
			if got := ask(slash("block", "domain", strings.Join(batch, " "))); !strings.Contains(got, "is blocked in this server") {
				t.Fatalf("block answered %q", got)
			}
			batch = batch[:0]
		}
	}
	more := regexp.MustCompile(` … and (\d+) more: /immune lists list:block from:(\d+) shows them\.`)
	entry := regexp.MustCompile(`login-\d+`)
	got := ask(slash("lists"))
	m := more.FindStringSubmatch(got)
	if m == nil || !strings.HasPrefix(got, "Allowed in this server: none\nBlocked in this server: login-000") {
		t.Fatalf("lists answered:\n%s", got)
	}
	seen := map[string]int{}
	for _, x := range entry.FindAllString(got, -1) {
		seen[x]++
	}
	for round := 0; m != nil; round++ {
		if left, next := atoi(t, m[1]), atoi(t, m[2]); left != blocked-len(seen) || next != len(seen)+1 {
			t.Errorf("%d seen, and lists says %d are left, from %d", len(seen), left, next)
		}
		data := slash("lists", "list", "block")
		data["options"].([]any)[0].(map[string]any)["options"] = []any{
			map[string]any{"name": "from", "type": 4, "value": atoi(t, m[2])},
			map[string]any{"name": "list", "type": 3, "value": "block"},
		}
		page := ask(data)
		if !strings.HasPrefix(page, "Blocked in this server, "+m[2]+"–") || !strings.Contains(page, " of 60: ") {
			t.Fatalf("lists list:block from:%s answered:\n%s", m[2], page)
		}
		for _, x := range entry.FindAllString(page, -1) {
			seen[x]++
		}
		m = more.FindStringSubmatch(page)
		if round > 5 {
			t.Fatal("following lists never reaches the end of the block list")
		}
	}
	if len(seen) != blocked {
		t.Errorf("following lists showed %d of %d entries", len(seen), blocked)
	}
	for x, c := range seen {
		if c != 1 {
			t.Errorf("%s shown %d times", x, c)
		}
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}
