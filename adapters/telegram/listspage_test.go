package telegram

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestListsSaysHowToSeeTheRest: through the real Bot API client, /lists
// of a chat whose lists are longer than one answer shows says, for each
// list, how many entries it left out and what to send for them, and
// following that ("lists block from K") reaches every entry once; each
// answer fits one Telegram message. Before, /lists cut each list at 50
// with "… (+N)" and no way to see the rest.
func TestListsSaysHowToSeeTheRest(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	id := 800
	send := func(lang, text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, lang, id, h.at(id), text)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	// long names, so that the width of an answer, not the 50, cuts it
	const blocked, allowed = 130, 60
	var batch []string
	for i := range blocked {
		batch = append(batch, fmt.Sprintf("login-%03d.averyveryverylong-brandname-lookalike.com", i))
		if len(batch) == 20 || i == blocked-1 {
			if got := send("en", "/block "+strings.Join(batch, " ")); !strings.Contains(got, "is blocked in this chat") {
				t.Fatalf("/block answered %q", got)
			}
			batch = batch[:0]
		}
	}
	for i := range allowed {
		batch = append(batch, fmt.Sprintf("partner-%02d.example.org", i))
		if len(batch) == 20 || i == allowed-1 {
			send("en", "/allow "+strings.Join(batch, " "))
			batch = batch[:0]
		}
	}
	fits := func(args, got string) {
		t.Helper()
		if n := len(utf16.Encode([]rune(got))); n > 4000 {
			t.Fatalf("/lists %s answered %d UTF-16 units", args, n)
		}
	}
	more := regexp.MustCompile(` … and (\d+) more: lists (allow|block) from (\d+) shows them\.`)
	got := send("en", "/lists")
	fits("", got)
	ms := more.FindAllStringSubmatch(got, -1)
	if len(ms) != 2 || ms[0][2] != "allow" || ms[1][2] != "block" || !strings.HasPrefix(got, "Allowed here: partner-00[.]example[.]org, ") {
		t.Fatalf("/lists answered:\n%s", got)
	}
	for _, c := range []struct {
		kind, word string
		total      int
		start      []string
	}{{"allow", "Allowed", allowed, ms[0]}, {"block", "Blocked", blocked, ms[1]}} {
		seen := map[string]int{}
		line := strings.Split(got, "\n")[map[string]int{"allow": 0, "block": 1}[c.kind]]
		for _, x := range regexp.MustCompile(`[a-z0-9-]+(?:\[\.\][a-z0-9-]+)+`).FindAllString(line, -1) {
			seen[x]++
		}
		m := c.start
		for round := 0; m != nil; round++ {
			if left, next := mustAtoi(t, m[1]), mustAtoi(t, m[3]); left != c.total-len(seen) || next != len(seen)+1 {
				t.Errorf("lists %s: %d seen, and it says %d are left, from %d", c.kind, len(seen), left, next)
			}
			args := c.kind + " from " + m[3]
			page := send("en", "/lists "+args)
			fits(args, page)
			head := fmt.Sprintf("%s here, %s–", c.word, m[3])
			if !strings.HasPrefix(page, head) || !strings.Contains(page, fmt.Sprintf(" of %d: ", c.total)) {
				t.Fatalf("/lists %s answered:\n%s", args, page)
			}
			for _, x := range regexp.MustCompile(`[a-z0-9-]+(?:\[\.\][a-z0-9-]+)+`).FindAllString(page, -1) {
				seen[x]++
			}
			m = more.FindStringSubmatch(page)
			if round > 5 {
				t.Fatalf("following lists %s never reaches its end", c.kind)
			}
		}
		if len(seen) != c.total {
			t.Errorf("following lists %s showed %d of %d entries", c.kind, len(seen), c.total)
		}
		for x, n := range seen {
			if n != 1 {
				t.Errorf("%s shown %d times", x, n)
			}
		}
	}
	if got := send("en", "/lists block from 131"); got != "Only 130 domains are on this chat's block list, so there is nothing from number 131 on: send lists for the first ones." {
		t.Errorf("/lists block from 131 answered %q", got)
	}
	if got := send("en", "/lists everything"); !strings.Contains(got, "lists allow from K or lists block from K") {
		t.Errorf("/lists everything answered %q", got)
	}
	// the same in Vietnamese, once the chat speaks it
	send("vi", "/lang vi")
	got = send("vi", "/lists")
	fits("", got)
	if !regexp.MustCompile(` … và \d+ mục nữa: lists block từ \d+ để xem tiếp\.`).MatchString(got) {
		t.Errorf("/lists in Vietnamese answered:\n%s", got)
	}
	if got := send("vi", "/lists block từ 121"); !strings.HasPrefix(got, "Chặn trong nhóm, 121–130 trong 130: login-120[.]") {
		t.Errorf("/lists block từ 121 answered:\n%s", got)
	}
}
