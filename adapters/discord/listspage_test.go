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
// show them (list:block from:ENTRY), and following that reaches every
// entry once, though moderators block more domains between the pages,
// each answer within Discord's 2,000 characters. Before, the options
// named from:K, which the new domains shifted: the page after showed the
// last ones again. from:K without list: pages both lists; before, it
// was taken as the allow list's and answered "only 0 domains".
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
	block := func(domains ...string) {
		t.Helper()
		if got := ask(slash("block", "domain", strings.Join(domains, " "))); !strings.Contains(got, "is blocked in this server") {
			t.Fatalf("block answered %q", got)
		}
	}
	var batch []string
	for i := range blocked {
		batch = append(batch, fmt.Sprintf("login-%03d.averyveryverylong-brandname-lookalike.com", i))
		if len(batch) == 20 {
			block(batch...)
			batch = batch[:0]
		}
	}
	more := regexp.MustCompile(` … and (\d+) more: /immune lists list:block from:(\S+) shows them\.`)
	entry := regexp.MustCompile(`login-\d+`)
	got := ask(slash("lists"))
	m := more.FindStringSubmatch(got)
	if m == nil || !strings.HasPrefix(got, "Allowed in this server: none\nBlocked in this server: login-000") {
		t.Fatalf("lists answered:\n%s", got)
	}
	seen := map[string]int{}
	// the entries shown, not the one the "more" line names
	shownIn := func(s string) []string { return entry.FindAllString(strings.Split(s, " … and ")[0], -1) }
	for _, x := range shownIn(got) {
		seen[x]++
	}
	for round := 0; m != nil; round++ {
		if left := atoi(t, m[1]); left != blocked-len(seen) || !strings.HasPrefix(m[2], fmt.Sprintf("login-%03d[.]", len(seen))) {
			t.Errorf("%d seen, and lists says %d are left, from %s", len(seen), left, m[2])
		}
		// a moderator blocks two more, which sort first, before the next page
		block(fmt.Sprintf("a-%d.example.com", round), fmt.Sprintf("b-%d.example.com", round))
		data := slash("lists", "list", "block")
		data["options"].([]any)[0].(map[string]any)["options"] = []any{
			map[string]any{"name": "from", "type": 3, "value": m[2]},
			map[string]any{"name": "list", "type": 3, "value": "block"},
		}
		page := ask(data)
		if !strings.HasPrefix(page, "Blocked in this server, ") || !strings.Contains(page, fmt.Sprintf(" of %d: login-", blocked+2*(round+1))) {
			t.Fatalf("lists list:block from:%s answered:\n%s", m[2], page)
		}
		for _, x := range shownIn(page) {
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
	// from: alone pages both lists, from the K-th entry of each
	if got := ask(slash("allow", "domain", "example.org")); !strings.Contains(got, "is allowed in this server") {
		t.Fatalf("allow answered %q", got)
	}
	for _, from := range []map[string]any{{"name": "from", "type": 3, "value": "51"}, {"name": "from", "type": 4, "value": 51}} {
		data := slash("lists")
		data["options"].([]any)[0].(map[string]any)["options"] = []any{from}
		page := ask(data)
		if !strings.HasPrefix(page, "Allowed in this server, from number 51 on: nothing from there on (1 in all)\nBlocked in this server, from number 51 on: login-0") {
			t.Errorf("lists from:51 answered:\n%s", page)
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
