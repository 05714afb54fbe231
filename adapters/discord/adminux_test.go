package discord_test

import (
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
// characters with nothing said of the rest. offenders, 20 at a time, says
// how many more there are and takes from:K.
func TestAuditOnDiscordSaysWhatItLeftOut(t *testing.T) {
	t.Parallel()
	h := start(t)
	const flagged = 30
	for i := range flagged {
		id := "p" + strconv.Itoa(i)
		h.dispatch("MESSAGE_CREATE", message(id, "c2", "u"+strconv.Itoa(100+i), phish))
		h.waitDelete("c2", id)
	}
	h.waitPost("c2", 1)
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
	from := func(v int) map[string]any { return map[string]any{"name": "from", "type": 4, "value": v} }
	got := audit("a1", count(50))
	shown := strings.Count(got, "\n•")
	want := "Decisions 1–" + strconv.Itoa(shown) + " of 30 in this server, newest first:"
	left := strconv.Itoa(flagged - shown)
	if shown < 5 || shown >= flagged || !strings.HasPrefix(got, want) ||
		!strings.HasSuffix(got, "\n"+left+" older decisions are not shown: /immune audit count:50 from:"+strconv.Itoa(shown+1)+" shows the next "+left+".") {
		t.Fatalf("audit count:50 answered (%d lines):\n%s", shown, got)
	}
	// from before count, as a client may send them
	got = audit("a2", from(shown+1), count(50))
	if !strings.HasPrefix(got, "Decisions "+strconv.Itoa(shown+1)+"–") {
		t.Errorf("audit from:%d count:50 answered:\n%s", shown+1, got)
	}
	got = audit("a3", from(29))
	if !strings.HasPrefix(got, "Decisions 29–30 of 30 in this server") || strings.Count(got, "\n•") != 2 || strings.Contains(got, "not shown") {
		t.Errorf("audit from:29 answered:\n%s", got)
	}
	got = audit("a4")
	if !strings.HasPrefix(got, "Decisions 1–10 of 30 in this server") || !strings.HasSuffix(got, "20 older decisions are not shown: /immune audit count:10 from:11 shows the next 10.") {
		t.Errorf("audit answered:\n%s", got)
	}
	// offenders, 20 accounts at a time, says the same of the accounts
	h.dispatch("INTERACTION_CREATE", interaction("o1", "c1", "mod1", permManage, slash("offenders")))
	if got := rendered(h.answerOf("o1")["content"].(string)); strings.Count(got, "\n•") != 20 ||
		!strings.HasSuffix(got, "\n10 more accounts on record in this server, seen earlier: /immune offenders from:21 shows the next ones.") {
		t.Errorf("offenders answered:\n%s", got)
	}
	data := slash("offenders")
	data["options"].([]any)[0].(map[string]any)["options"] = []any{from(21)}
	h.dispatch("INTERACTION_CREATE", interaction("o2", "c1", "mod1", permManage, data))
	if got := rendered(h.answerOf("o2")["content"].(string)); strings.Count(got, "\n•") != 10 || strings.Contains(got, "more accounts") {
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
