package discord_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestServerWideSettingsSaySo: through the real discordgo client, the
// answers about what is the whole server's (status, allow, block, lists,
// lang, a member's refusal) say "this server", in English and Vietnamese,
// and the admin log, which is a channel, "this channel"; before, status
// said "immune is protecting this chat" and "This chat's lists".
func TestServerWideSettingsSaySo(t *testing.T) {
	t.Parallel()
	h := start(t)
	run := func(ch, user string, perms int64, locale string, data map[string]any) string {
		t.Helper()
		return rendered(h.ask(ch, user, perms, locale, data))
	}
	run("clog", ownerID, permAdmin, "en-US", slash("setlog"))
	for _, c := range []struct {
		name, ch, user, locale string
		perms                  int64
		data                   map[string]any
		want                   []string
	}{
		{"status", "clog", "m1", "en-US", permView | permSend, slash("status"),
			[]string{"immune is protecting this server.", "Mode (whole server): ", "This server's lists: 0 allowed, 0 blocked", "Admin log: this channel", "the same link in 3 channels within"}},
		{"status, Vietnamese", "c1", "m1", "vi", permView | permSend, slash("status"),
			[]string{"immune đang bảo vệ máy chủ này.", "Chế độ (cả máy chủ): ", "Danh sách của máy chủ: 0 cho phép, 0 chặn", "Nhật ký quản trị: một kênh khác của máy chủ này"}},
		{"allow", "c1", "mod1", "en-US", permManage, slash("allow", "domain", "example.com"),
			[]string{"example[.]com is allowed in this server: I won't flag it in any of its channels."}},
		{"block, Vietnamese", "c1", "mod1", "vi", permManage, slash("block", "domain", "evil.top"),
			[]string{"Đã chặn evil[.]top trong máy chủ"}},
		{"lists", "c2", "m1", "en-US", permView | permSend, slash("lists"),
			[]string{"Allowed in this server: example[.]com", "Blocked in this server: evil[.]top"}},
		{"a member's mode", "c1", "m1", "en-US", permView | permSend, slash("mode", "mode", "off"),
			[]string{"Sorry, only this server's moderators can use mode. Nothing was changed."}},
		{"a member's mode, Vietnamese", "c1", "m1", "vi", permView | permSend, slash("mode", "mode", "off"),
			[]string{"chỉ người kiểm duyệt của máy chủ mới dùng được lệnh mode"}},
		{"why with what is no message", "c1", "mod1", "en-US", permManage, slash("why", "message", "https://example.com/x"),
			[]string{"/immune why message:ID, or use the menu Why? (immune) on my notice."}},
		{"lang", "c1", "mod1", "vi", permManage, slash("lang", "lang", "vi"),
			[]string{"Bot sẽ dùng tiếng Việt trong máy chủ này."}},
		// a member's audit: refused for what it shows, not for a change
		{"a member's audit", "c1", "m1", "en-US", permView | permSend, slash("audit"),
			[]string{"Sorry, only this server's moderators can use audit: it shows other members' records."}},
		{"a member's offenders, Vietnamese", "c1", "m1", "vi", permView | permSend, slash("offenders"),
			[]string{"Xin lỗi, chỉ người kiểm duyệt của máy chủ mới dùng được lệnh offenders vì lệnh này hiện hồ sơ của thành viên khác."}},
		// the list by its Vietnamese name, not "danh sách allow"
		{"unallow of what is not there, Vietnamese", "c1", "mod1", "vi", permManage, slash("unallow", "domain", "nope.vn"),
			[]string{"nope[.]vn không có trong danh sách cho phép; không có gì thay đổi."}},
	} {
		got := run(c.ch, c.user, c.perms, c.locale, c.data)
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s answered %q, want %q in it", c.name, got, w)
			}
		}
		if strings.Contains(got, "this chat") || strings.Contains(got, "nhóm") {
			t.Errorf("%s calls the server a chat or group: %q", c.name, got)
		}
	}
}

// TestAuditOnDiscordSaysWhatItLeftOut: /immune audit in a server with more
// decisions than it shows says how many are left and the options that
// show them (count and from, in either order), and its answer fits one
// Discord message whole; before, a count of 50 was cut off at 2,000
// characters with nothing said of the rest. Following the from:#… that
// each answer names reaches every decision once though new ones come in
// between the pages; before, from:K showed the newest of the page before
// again. offenders, 20 at a time, says how many more there are and names
// the from:#… for them, which an account flagged meanwhile does not move.
func TestAuditOnDiscordSaysWhatItLeftOut(t *testing.T) {
	t.Parallel()
	h := start(t)
	const flagged = 30
	posts := 0
	flag := func(i int) {
		id := "p" + strconv.Itoa(i)
		h.dispatch("MESSAGE_CREATE", message(id, "c2", "u"+strconv.Itoa(100+i), phish))
		h.waitDelete("c2", id)
		posts++
		h.waitPost("c2", posts)
	}
	for i := range flagged {
		flag(i)
	}
	audit := func(id string, opts ...map[string]any) string {
		t.Helper()
		data := slash("audit")
		if len(opts) > 0 {
			list := make([]any, len(opts))
			for i, o := range opts {
				list[i] = o
			}
			data["options"].([]any)[0].(map[string]any)["options"] = list
		}
		h.dispatch("INTERACTION_CREATE", interaction(id, "c1", "mod1", permManage, data))
		content := h.answerOf(id)["content"].(string)
		if utf8.RuneCountInString(content) > 2000 || strings.HasSuffix(content, "…") {
			t.Errorf("audit answered %d characters, cut off:\n%s", utf8.RuneCountInString(content), content)
		}
		return rendered(content)
	}
	count := func(v int) map[string]any { return map[string]any{"name": "count", "type": 4, "value": v} }
	from := func(v string) map[string]any { return map[string]any{"name": "from", "type": 3, "value": v} }
	more := regexp.MustCompile(`\n(\d+) older decisions? (?:are|is) not shown: /immune audit count:50 from:(\S+) shows`)
	seen := map[string]int{}
	total, newer := 0, 0
	var next []map[string]any
	for round := 0; ; round++ {
		got := audit("a"+strconv.Itoa(round), append([]map[string]any{count(50)}, next...)...)
		total += strings.Count(got, "\n•")
		if round == 0 && !strings.HasPrefix(got, "Decisions 1–"+strconv.Itoa(total)+" of 30 in this server, newest first:") ||
			round > 0 && !strings.HasPrefix(got, "Decisions in this server from #") {
			t.Errorf("audit answered:\n%s", got)
		}
		for _, x := range regexp.MustCompile(`\(u(\d+)\) ·`).FindAllStringSubmatch(got, -1) {
			seen[x[1]]++
		}
		m := more.FindStringSubmatch(got)
		if m == nil {
			if total != flagged {
				t.Errorf("audit shows %d of %d and says nothing of the rest:\n%s", total, flagged, got)
			}
			break
		}
		if left := atoi(t, m[1]); left != flagged-total {
			t.Errorf("audit shows %d of %d and says %d are left", total, flagged, left)
		}
		if round > 5 {
			t.Fatal("audit's answers never reach the oldest decision")
		}
		// from before count, as a client may send them
		next = []map[string]any{from(m[2])}
		// two more flagged before the moderator asks for the next page
		for range 2 {
			flag(flagged + newer)
			newer++
		}
	}
	if len(seen) != flagged {
		t.Errorf("following audit's answers showed %d of %d decisions: %v", len(seen), flagged, seen)
	}
	for u, n := range seen {
		if n != 1 || atoi(t, u) >= 100+flagged {
			t.Errorf("the decision about u%s shown %d times", u, n)
		}
	}
	all := flagged + newer
	got := audit("k1", from(strconv.Itoa(all-1)))
	if !strings.HasPrefix(got, fmt.Sprintf("Decisions %d–%d of %d in this server", all-1, all, all)) || strings.Count(got, "\n•") != 2 || strings.Contains(got, "not shown") {
		t.Errorf("audit from:%d answered:\n%s", all-1, got)
	}
	got = audit("k2")
	if !strings.HasPrefix(got, fmt.Sprintf("Decisions 1–10 of %d in this server", all)) ||
		!regexp.MustCompile(fmt.Sprintf("%d older decisions are not shown: /immune audit count:10 from:#[0-9a-v]{4,20} shows the next 10\\.$", all-10)).MatchString(got) {
		t.Errorf("audit answered:\n%s", got)
	}
	// a client with the command as it was registered before sends from: as a number
	if got := audit("k3", map[string]any{"name": "from", "type": 4, "value": all}); !strings.HasPrefix(got, fmt.Sprintf("Decisions %d–%d of %d", all, all, all)) {
		t.Errorf("audit from:%d as a number answered:\n%s", all, got)
	}
	// offenders, 20 accounts at a time, says the same of the accounts
	offenders := func(id string, opts ...any) string {
		data := slash("offenders")
		if len(opts) > 0 {
			data["options"].([]any)[0].(map[string]any)["options"] = opts
		}
		h.dispatch("INTERACTION_CREATE", interaction(id, "c1", "mod1", permManage, data))
		return rendered(h.answerOf(id)["content"].(string))
	}
	got = offenders("o1")
	m := regexp.MustCompile(fmt.Sprintf("\n%d more accounts on record in this server, seen earlier: /immune offenders from:(#[0-9a-v.]+) shows the next ones\\.$", all-20)).FindStringSubmatch(got)
	if strings.Count(got, "\n•") != 20 || m == nil {
		t.Fatalf("offenders answered:\n%s", got)
	}
	flag(all) // one more account on record before the next page
	if got := offenders("o2", from(m[1])); strings.Count(got, "\n•") != all-20 || strings.Contains(got, "more accounts") || strings.Contains(got, fmt.Sprintf("(discord:u%d)", 100+all)) {
		t.Errorf("offenders from:%s answered:\n%s", m[1], got)
	}
	if got := offenders("o3", from("21")); strings.Count(got, "\n•") != all+1-20 || strings.Contains(got, "more accounts") {
		t.Errorf("offenders from:21 answered:\n%s", got)
	}
}

// TestTextsCopyAsTheyRead: what Discord's Copy Text copies of the bot's
// messages is their content, backslashes and all, so an ordinary notice,
// admin note and answer (a defanged link with underscores in its path, a
// member called eve_spam, the help, status, audit and offenders) carries
// no escaping backslash: the link, the name and the ids copy as they
// read. Before, every _ and * was escaped ("free\_nitro", "eve\_spam",
// "/immune mode \*").
func TestTextsCopyAsTheyRead(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", ownerID, permAdmin, slash("setlog")))
	h.answerOf("sl")
	m := message("n1", "c2", "u1", "free nitro for everyone https://dlscord.gift/free_nitro_claim?ref=a_b")
	m["author"].(map[string]any)["global_name"] = "eve_spam"
	h.dispatch("MESSAGE_CREATE", m)
	h.waitDelete("c2", "n1")
	texts := map[string]string{
		"notice":     h.waitPost("c2", 1)["content"].(string),
		"admin note": h.waitPost("clog", 1)["content"].(string),
	}
	for _, sub := range []string{"help", "status", "audit", "offenders"} {
		id := "cp-" + sub
		h.dispatch("INTERACTION_CREATE", interaction(id, "c1", "mod1", permManage, slash(sub)))
		texts[sub] = h.answerOf(id)["content"].(string)
	}
	for name, content := range texts {
		if strings.Contains(content, `\`) {
			t.Errorf("%s copies with backslashes:\n%s", name, content)
		}
		if bad := unescaped(content); bad != "" {
			t.Errorf("%s renders markdown (%s)", name, bad)
		}
	}
	for name, want := range map[string]string{
		"notice": "dlscord[.]gift", "admin note": "hxxps://dlscord[.]gift/free_nitro_claim?ref=a_b",
		"audit": "eve_spam (u1)", "offenders": "eve_spam", "help": "/immune mode 🔒 (off, warn or delete)",
	} {
		if !strings.Contains(texts[name], want) {
			t.Errorf("%s lacks %q:\n%s", name, want, texts[name])
		}
	}
}

// ask runs an application command (data) from a member with perms in ch,
// whose client speaks locale, and returns the content of its answer.
func (h *harness) ask(ch, user string, perms int64, locale string, data map[string]any) string {
	h.t.Helper()
	id := "ask" + strconv.FormatInt(h.asked.Add(1), 10)
	in := interaction(id, ch, user, perms, data)
	in["locale"] = locale
	h.dispatch("INTERACTION_CREATE", in)
	return h.answerOf(id)["content"].(string)
}
