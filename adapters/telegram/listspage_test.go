package telegram

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestListsSaysHowToSeeTheRest: through the real Bot API client, /lists
// of a chat whose lists are longer than one answer shows says, for each
// list, how many entries it left out and what to send for them, and
// following that ("lists block from ENTRY") reaches every entry once,
// though admins block more domains between the pages; each answer fits
// one Telegram message. Before, the answer named "lists block from K",
// which the new domains shifted: the page after showed the last entries
// of the one before again. "lists from K" pages both lists.
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
	more := regexp.MustCompile(` … and (\d+) more: lists (allow|block) from (\S+) shows them\.`)
	entries := regexp.MustCompile(`[a-z0-9-]+(?:\[\.\][a-z0-9-]+)+`)
	// the entries shown, not the one the "more" line names
	shownIn := func(s string) []string { return entries.FindAllString(more.ReplaceAllString(s, ""), -1) }
	got := send("en", "/lists")
	fits("", got)
	ms := more.FindAllStringSubmatch(got, -1)
	if len(ms) != 2 || ms[0][2] != "allow" || ms[1][2] != "block" || !strings.HasPrefix(got, "Allowed here: partner-00[.]example[.]org, ") {
		t.Fatalf("/lists answered:\n%s", got)
	}
	added := map[string]int{}
	for _, c := range []struct {
		kind, word string
		total      int
		start      []string
	}{{"allow", "Allowed", allowed, ms[0]}, {"block", "Blocked", blocked, ms[1]}} {
		seen := map[string]int{}
		line := strings.Split(got, "\n")[map[string]int{"allow": 0, "block": 1}[c.kind]]
		for _, x := range shownIn(line) {
			seen[x]++
		}
		m := c.start
		for round := 0; m != nil; round++ {
			if left := mustAtoi(t, m[1]); left != c.total-len(seen) || !strings.Contains(m[3], "[.]") {
				t.Errorf("lists %s: %d seen, and it says %d are left, from %s", c.kind, len(seen), left, m[3])
			}
			// an admin adds two more, which sort first, before the next page
			send("en", fmt.Sprintf("/%s 0-%s-%d.example.net 1-%s-%d.example.net", c.kind, c.kind, round, c.kind, round))
			added[c.kind] += 2
			args := c.kind + " from " + m[3]
			page := send("en", "/lists "+args)
			fits(args, page)
			if !strings.HasPrefix(page, c.word+" here, ") || !strings.Contains(page, fmt.Sprintf(" of %d: %s", c.total+added[c.kind], m[3])) {
				t.Fatalf("/lists %s answered:\n%s", args, page)
			}
			for _, x := range shownIn(page) {
				seen[x]++
			}
			m = more.FindStringSubmatch(page)
			if round > 5 {
				t.Fatalf("following lists %s never reaches its end", c.kind)
			}
		}
		if len(seen) != c.total || slices.ContainsFunc(slices.Collect(maps.Keys(seen)), func(x string) bool { return strings.Contains(x, "example[.]net") }) {
			t.Errorf("following lists %s showed %d of %d entries", c.kind, len(seen), c.total)
		}
		for x, n := range seen {
			if n != 1 {
				t.Errorf("%s shown %d times", x, n)
			}
		}
	}
	nb := blocked + added["block"]
	if got := send("en", fmt.Sprintf("/lists block from %d", nb+1)); got != fmt.Sprintf("Only %d domains are on this chat's block list, so there is nothing from number %d on: send lists for the first ones.", nb, nb+1) {
		t.Errorf("/lists block from %d answered %q", nb+1, got)
	}
	if got := send("en", "/lists block from zzz.com"); got != fmt.Sprintf("Nothing on this chat's block list comes at zzz[.]com or after it (%d domains in all): send lists for the first ones.", nb) {
		t.Errorf("/lists block from zzz.com answered %q", got)
	}
	// an entry typed as it is, or as lists shows it: the same place
	for _, at := range []string{"login-120.averyveryverylong-brandname-lookalike.com", "LOGIN-120[.]averyveryverylong-brandname-lookalike[.]com", "login-120"} {
		if got := send("en", "/lists block from "+at); !strings.HasPrefix(got, fmt.Sprintf("Blocked here, %d–%d of %d: login-120[.]", nb-9, nb, nb)) {
			t.Errorf("/lists block from %s answered:\n%s", at, got)
		}
	}
	// from K alone pages both lists
	if got := send("en", "/lists from 51"); !strings.HasPrefix(got, fmt.Sprintf("Allowed here, from number 51 on: partner-%02d[.]example[.]org, ", 50-added["allow"])) ||
		!strings.Contains(got, fmt.Sprintf("\nBlocked here, from number 51 on: login-%03d[.]", 50-added["block"])) {
		t.Errorf("/lists from 51 answered:\n%s", got)
	}
	if got := send("en", "/lists everything"); !strings.Contains(got, "lists block from K shows the block list from its K-th entry on") {
		t.Errorf("/lists everything answered %q", got)
	}
	// the same in Vietnamese, once the chat speaks it
	send("vi", "/lang vi")
	got = send("vi", "/lists")
	fits("", got)
	if !regexp.MustCompile(` … và \d+ mục nữa: lists block từ login-\d+\[\.\]\S+ để xem tiếp\.`).MatchString(got) {
		t.Errorf("/lists in Vietnamese answered:\n%s", got)
	}
	if got := send("vi", fmt.Sprintf("/lists block từ %d", nb-9)); !strings.HasPrefix(got, fmt.Sprintf("Chặn trong nhóm, %d–%d trong %d: login-120[.]", nb-9, nb, nb)) {
		t.Errorf("/lists block từ %d answered:\n%s", nb-9, got)
	}
}
