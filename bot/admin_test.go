package bot_test

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

var bg = context.Background()

// cmd runs a command with every field the test sets.
func (h *harness) cmd(c bot.Command) bot.Reply {
	h.t.Helper()
	if c.Platform == "" {
		c.Platform = bot.Telegram
	}
	if c.UserName == "" {
		c.UserName = "name-" + c.User
	}
	c.Time = h.now
	r, err := h.engine.Command(bg, c)
	if err != nil {
		h.t.Fatalf("command %s %s: %v", c.Name, c.Args, err)
	}
	return r
}

func (h *harness) press(id string, a bot.ButtonAction, user string, admin bool) bot.PressResult {
	h.t.Helper()
	r, err := h.engine.Press(bg, bot.PressRequest{Platform: bot.Telegram, Case: id, Action: a, User: user,
		UserName: "name-" + user, IsAdmin: admin, Time: h.now})
	if err != nil {
		h.t.Fatalf("press %s: %v", a, err)
	}
	return r
}

const phishLink = "Your account will be locked, verify now: https://yahoo-account-verify.top/login"

func TestCaseAndWhy(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	d := h.send(msg{chat: "g1", id: "5", text: phishLink})
	if d.Case == "" || !d.Has(bot.ActDelete) {
		t.Fatalf("no case for a deletion: %+v", d)
	}
	for _, task := range d.Tasks {
		if task.Action == bot.ActWarn && task.Case != d.Case {
			t.Errorf("notice task without its case: %+v", task)
		}
	}
	c, err := h.engine.Case(bg, d.Case)
	if err != nil {
		t.Fatal(err)
	}
	if c.Excerpt == "" || strings.Contains(c.Excerpt, "https://") || !strings.Contains(c.Excerpt, "yahoo-account-verify[.]top") {
		t.Errorf("excerpt must be the text defanged: %q", c.Excerpt)
	}
	if len(c.Domains) != 1 || c.Domains[0] != "yahoo-account-verify.top" {
		t.Errorf("domains %v", c.Domains)
	}
	// the notice the adapter sent is recorded; /why answers a reply to it
	if err := h.engine.Sent(bg, d.Case, bot.MessageRef{Platform: bot.Telegram, Chat: "g1", ID: "9001"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, args, replyTo string }{
		{"reply to the notice", "", "9001"},
		{"message id", "5", ""},
		{"message link", "https://t.me/c/777/5", ""},
		// a forum topic's links carry the topic: t.me/c/CHAT/TOPIC/MESSAGE
		{"message link in a topic", "https://t.me/c/777/3/5", ""},
		{"public link in a topic", "https://t.me/somegroup/3/5?single", ""},
	} {
		chat := "g1"
		if strings.HasPrefix(tc.name, "message link") {
			chat = "-100777"
			h.send(msg{chat: chat, id: "5", text: phishLink})
		}
		r := h.cmd(bot.Command{Chat: chat, User: "boss", IsAdmin: true, Name: "why", Args: tc.args, ReplyTo: tc.replyTo})
		for _, want := range []string{"Message 5", "name-u1 (id u1)", "Verdict: delete", "lure", "Done: deleted, warned", "yahoo-account-verify[.]top"} {
			if !strings.Contains(r.Text, want) {
				t.Errorf("%s: why %q lacks %q", tc.name, r.Text, want)
			}
		}
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "why", Args: "404"}); !strings.Contains(r.Text, "no decision about message 404") {
		t.Errorf("why of an unknown message: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "why"}); !strings.Contains(r.Text, "Reply with why") {
		t.Errorf("why without a target: %q", r.Text)
	}
	// another chat's admins learn nothing about this one
	if r := h.cmd(bot.Command{Chat: "g2", User: "boss", IsAdmin: true, Name: "why", ReplyTo: "9001"}); !strings.Contains(r.Text, "no decision") {
		t.Errorf("why from another chat: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "someone", Name: "why", Args: "5"}); !r.Refused {
		t.Errorf("why by a member: %+v", r)
	}
}

func TestAudit(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for i, text := range []string{phishLink, "free nitro https://dlscord.com/gift", "hello, nothing here", "https://discrod.com/x"} {
		h.send(msg{at: time.Duration(i) * time.Minute, chat: "g1", user: "u" + string(rune('a'+i)), text: text})
	}
	h.send(msg{chat: "g2", text: phishLink})
	r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: "2"})
	more := regexp.MustCompile(`\n1 older decision is not shown: audit 2 from (#[0-9a-v]{4,20}) shows it\.$`).FindStringSubmatch(r.Text)
	if !strings.Contains(r.Text, "Decisions 1–2 of 3 here") || strings.Count(r.Text, "\n•") != 2 || !strings.Contains(r.Text, "name-ud") || strings.Contains(r.Text, "name-ua") ||
		more == nil {
		t.Fatalf("audit 2: %q", r.Text)
	}
	// a decision that comes in meanwhile moves no page after the first
	h.send(msg{at: 5 * time.Minute, chat: "g1", user: "ue", text: phishLink})
	for _, args := range []string{"2 from " + more[1], "from " + strings.ToUpper(more[1]) + " 2", "2 " + more[1], "2 từ " + more[1][1:]} {
		r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: args})
		if r.Text != "Decisions here from "+more[1]+" on (1 in all), newest first:"+strings.SplitAfter(r.Text, "first:")[1] || strings.Count(r.Text, "\n•") != 1 || !strings.Contains(r.Text, "name-ua") || strings.Contains(r.Text, "older") {
			t.Errorf("audit %s: %q", args, r.Text)
		}
	}
	// the next one, by number and with the word from (shifted by the new one)
	for _, args := range []string{"2 4", "2 from 4", "2 TỪ 4", "2 tu 4"} {
		r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: args})
		if !strings.HasPrefix(r.Text, "Decisions 4–4 of 4 here") || strings.Count(r.Text, "\n•") != 1 || !strings.Contains(r.Text, "name-ua") || strings.Contains(r.Text, "older") {
			t.Errorf("audit %s: %q", args, r.Text)
		}
	}
	if r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: "2 from 5"}); r.Text != "Only 4 decisions are on record here, so there is nothing from number 5 on: send audit for the latest." {
		t.Errorf("audit past the end: %q", r.Text)
	}
	if r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: "2 99999999999999999"}); !strings.HasPrefix(r.Text, "Only 4 decisions are on record here, so there is nothing from number 99999999999999999 on") {
		t.Errorf("audit far past the end: %q", r.Text)
	}
	if r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: "from #0000"}); !strings.HasPrefix(r.Text, "Nothing is on record here from #0000 on") {
		t.Errorf("audit from a cursor before every decision: %q", r.Text)
	}
	r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit"})
	if strings.Count(r.Text, "\n•") != 4 || !strings.Contains(r.Text, "lookalike") {
		t.Errorf("audit: %q", r.Text)
	}
	// one decision is one, not "the last 1 decisions"
	r = h.cmd(bot.Command{Chat: "g2", User: "boss", IsAdmin: true, Name: "audit"})
	if !strings.HasPrefix(r.Text, "The last decision here:\n•") || strings.Count(r.Text, "\n•") != 1 {
		t.Errorf("audit of one decision: %q", r.Text)
	}
	for _, bad := range []string{"zero", "-3", "0", "2 0", "1 2 3", "2 x", "all", "from #xyz", "from", "2 from 3 from 4", "#abc #abd"} {
		if r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "audit", Args: bad}); !strings.Contains(r.Text, "audit N shows") {
			t.Errorf("audit %s: %q", bad, r.Text)
		}
	}
	if r := h.cmd(bot.Command{Chat: "g3", User: "boss", IsAdmin: true, Name: "audit"}); !strings.Contains(r.Text, "No decisions") {
		t.Errorf("audit of a quiet chat: %q", r.Text)
	}
}

func TestNotAThreat(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.StrikesToRestrict = 2
	h := newHarness(t, cfg)
	h.send(msg{chat: "g1", text: "https://discrod.com/a"})
	d := h.send(msg{at: time.Minute, chat: "g1", text: "see https://yahoo-account-verify.top/login verify now"})
	if !d.Has(bot.ActRestrict) || !d.Has(bot.ActNotifyAdmins) {
		t.Fatalf("second strike: %v", d.Actions)
	}
	c, _ := h.engine.Case(bg, d.Case)
	text, buttons := h.engine.NoteView(bg, &c)
	if text != d.AdminNote || len(buttons) != 3 {
		t.Fatalf("note view: %q %+v", text, buttons)
	}
	for _, b := range buttons {
		a, id, ok := bot.ParseButton(b.Data)
		if !ok || a != b.Action || id != d.Case || len(b.Data) > 64 {
			t.Errorf("button %+v reads back as %v %v %v", b, a, id, ok)
		}
	}

	// a member's press changes nothing
	r := h.press(d.Case, bot.BtnNotThreat, "member", false)
	if !r.Refused || r.Done || !strings.Contains(r.Answer, "Only the admins") {
		t.Errorf("member press: %+v", r)
	}
	// an operator-only button, pressed by an admin who is no operator
	if r := h.press(d.Case, bot.BtnBlockEverywhere, "boss", true); !r.Refused || !strings.Contains(r.Answer, "operators") {
		t.Errorf("block everywhere by an admin: %+v", r)
	}

	r = h.press(d.Case, bot.BtnNotThreat, "boss", true)
	if !r.Done || len(r.Lift) != 1 || r.Lift[0].Chat != "g1" || r.Lift[0].User != "u1" {
		t.Fatalf("not a threat: %+v", r)
	}
	if !strings.Contains(r.Note, d.AdminNote) || !strings.Contains(r.Note, "Not a threat (name-boss") {
		t.Errorf("note after the press: %q", r.Note)
	}
	if len(r.Buttons) != 1 || r.Buttons[0].Action != bot.BtnRepost {
		t.Errorf("buttons after not a threat: %+v", r.Buttons)
	}
	o, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "u1"})
	if err != nil || len(o.Strikes) != 1 || !o.RestrictedUntil.IsZero() || len(o.Restricted) != 0 {
		t.Errorf("record after not a threat: %+v %v", o, err)
	}
	// the domain is allowed in this chat, not elsewhere
	if d := h.send(msg{at: 2 * time.Minute, chat: "g1", user: "u2", text: "https://yahoo-account-verify.top/login"}); d.Verdict.Level != bot.Allow {
		t.Errorf("allowed domain flagged: %v", d.Verdict.Level)
	}
	if d := h.send(msg{at: 2 * time.Minute, chat: "g2", user: "u2", text: "https://yahoo-account-verify.top/login verify now"}); d.Verdict.Level == bot.Allow {
		t.Errorf("the allow leaked into another chat")
	}

	// pressing twice does nothing twice
	r2 := h.press(d.Case, bot.BtnNotThreat, "boss2", true)
	if r2.Done || !strings.Contains(r2.Answer, "Already done by name-boss") {
		t.Errorf("second press: %+v", r2)
	}
	entries := 0
	for _, e := range h.engine.Classifier().Lists().Entries("telegram:g1") {
		if e.Value == "yahoo-account-verify.top" {
			entries++
		}
	}
	if entries != 1 {
		t.Errorf("%d allow entries", entries)
	}

	// repost: the text again, defanged and attributed, in the chat
	r = h.press(d.Case, bot.BtnRepost, "boss", true)
	if r.Repost == nil || r.Repost.Chat != "g1" || !strings.Contains(r.Repost.Text, "name-u1") ||
		strings.Contains(r.Repost.Text, "https://") || !strings.Contains(r.Repost.Text, "yahoo-account-verify[.]top") {
		t.Errorf("repost: %+v", r.Repost)
	}
	if len(r.Buttons) != 0 {
		t.Errorf("buttons after the repost: %+v", r.Buttons)
	}
	// every press is in the audit log
	entriesLog, _ := h.db.RecentAudit(bg, 10)
	var notes []string
	for _, e := range entriesLog {
		if e.Note != "" {
			notes = append(notes, e.Note)
		}
	}
	if len(notes) != 2 || !strings.Contains(notes[1], "not_a_threat") || !strings.Contains(notes[0], "repost") {
		t.Errorf("audit of presses: %q", notes)
	}
}

func TestBanAndBlockEverywhere(t *testing.T) {
	t.Parallel()
	cfg := bot.DefaultConfig()
	cfg.Operators = []bot.AccountKey{{Platform: bot.Telegram, User: "op"}}
	h := newHarness(t, cfg)
	d := h.send(msg{chat: "g1", text: phishLink})
	r := h.press(d.Case, bot.BtnBan, "boss", true)
	if r.Ban == nil || r.Ban.Chat != "g1" || r.Ban.User != "u1" {
		t.Errorf("ban: %+v", r)
	}
	if len(r.Buttons) != 1 || r.Buttons[0].Action != bot.BtnBlockEverywhere {
		t.Errorf("after ban: %+v", r.Buttons)
	}
	r = h.press(d.Case, bot.BtnBlockEverywhere, "op", false)
	if !r.Done || !strings.Contains(r.Answer, "blocked in every chat") {
		t.Errorf("block everywhere: %+v", r)
	}
	if d := h.send(msg{chat: "g9", user: "u5", text: "https://yahoo-account-verify.top/"}); !d.Verdict.Has(bot.CodeBlocklisted) {
		t.Errorf("the global block did not take: %v", d.Verdict.Reasons)
	}
	if r := h.press(bot.NewCaseID(t0), bot.BtnBan, "boss", true); !r.Refused || !strings.Contains(r.Answer, "too old") {
		t.Errorf("press on a case that is gone: %+v", r)
	}
}

func TestLinkLogChat(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	adminOf := map[string]bool{"g1": true, "log": true}
	verify := func(_ context.Context, chat string) (bool, error) { return adminOf[chat], nil }
	r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify})
	code := codeIn(t, r.Text, "/link ")
	// somebody else cannot use the code
	if r := h.cmd(bot.Command{Chat: "log", User: "other", IsAdmin: true, Name: "link", Args: code, AdminOf: verify}); !strings.Contains(r.Text, "another admin") {
		t.Errorf("link by another person: %q", r.Text)
	}
	// that attempt left the code to its asker (a new code replaces it)
	r = h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify})
	if next := codeIn(t, r.Text, "/link "); next == code {
		t.Fatalf("setlog handed out the same code twice: %s", code)
	} else if r := h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: code, AdminOf: verify}); !strings.Contains(r.Text, "not a live code") {
		t.Errorf("link with a replaced code: %q", r.Text)
	} else {
		code = next
	}
	r = h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: strings.ToLower(code), ChatTitle: "Mods", AdminOf: verify})
	if !strings.Contains(r.Text, "«Group One» now come to «Mods»") {
		t.Fatalf("link: %q", r.Text)
	}
	d := h.send(msg{chat: "g1", text: phishLink})
	if d.LogChat != "log" || !d.Has(bot.ActNotifyAdmins) {
		t.Errorf("after linking: log %q actions %v", d.LogChat, d.Actions)
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "status"}); !strings.Contains(r.Text, "Admin log: Mods") {
		t.Errorf("status: %q", r.Text)
	}
	// a member is told there is a log chat, not which
	if r := h.cmd(bot.Command{Chat: "g1", User: "m1", Name: "status"}); strings.Contains(r.Text, "Mods") ||
		!strings.Contains(r.Text, "Admin log: another group, which the admins linked\n") {
		t.Errorf("a member's status names the log chat, or not that there is one: %q", r.Text)
	}
	// a member can neither move nor stop the notes
	for _, args := range []string{"off", "here", ""} {
		r := h.cmd(bot.Command{Chat: "g1", User: "m1", Name: "setlog", Args: args, AdminOf: verify})
		refusedNothingChanged(t, r, "setlog "+args, "setlog")
		if d := h.send(msg{chat: "g1", user: "u" + args, text: phishLink}); d.LogChat != "log" {
			t.Fatalf("after a member's setlog %s: the notes go to %q", args, d.LogChat)
		}
	}

	// the other way round, from a private chat with the bot, for a second group
	adminOf["g2"] = true
	r = h.cmd(bot.Command{Chat: "boss", User: "boss", Direct: true, Name: "link", AdminOf: verify})
	code = codeIn(t, r.Text, "/setlog ")
	r = h.cmd(bot.Command{Chat: "g2", User: "boss", IsAdmin: true, Name: "setlog", Args: code, AdminOf: verify})
	if !strings.Contains(r.Text, "now come to «boss»") {
		t.Errorf("reverse link: %q", r.Text)
	}
	if d := h.send(msg{chat: "g2", text: phishLink}); d.LogChat != "boss" {
		t.Errorf("g2's log chat: %q", d.LogChat)
	}

	// an admin of the group who is no admin of the log chat cannot link it
	r = h.cmd(bot.Command{Chat: "g3", User: "boss", IsAdmin: true, Name: "setlog", AdminOf: verify})
	code = codeIn(t, r.Text, "/link ")
	r = h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: code, AdminOf: verify})
	if !r.Refused || !strings.Contains(r.Text, "admin of both") {
		t.Errorf("link without being an admin of the group: %+v", r)
	}
	// a member of the log chat can neither ask for a code there nor spend
	// an admin's: the admin's code is still good after the member's try
	refusedNothingChanged(t, h.cmd(bot.Command{Chat: "log", User: "member", Name: "link", AdminOf: verify}), "link", "link")
	adminOf["g4"] = true
	r = h.cmd(bot.Command{Chat: "g4", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group Four", AdminOf: verify})
	code = codeIn(t, r.Text, "/link ")
	refusedNothingChanged(t, h.cmd(bot.Command{Chat: "log", User: "member", Name: "link", Args: code, AdminOf: verify}), "link CODE", "link")
	if d := h.send(msg{chat: "g4", user: "u8", text: phishLink}); d.LogChat != "" {
		t.Errorf("after a member's link with the admin's code: g4's notes go to %q", d.LogChat)
	}
	r = h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify})
	if !strings.Contains(r.Text, "«Group Four» now come to «Mods»") {
		t.Errorf("the admin's code after a member's try: %q", r.Text)
	}
	// setlog here, setlog off
	h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", Args: "off"})
	if d := h.send(msg{chat: "g1", user: "u7", text: phishLink}); d.LogChat != "" {
		t.Errorf("after setlog off: %q", d.LogChat)
	}
}

// refusedNothingChanged checks that a member's command was refused with
// the refusal that names it, and that the answer hands out no code.
func refusedNothingChanged(t *testing.T, r bot.Reply, what, name string) {
	t.Helper()
	want := "Sorry, only this chat's admins can use " + name + ". Nothing was changed."
	if !r.Refused || r.Text != want || r.Report != "" || len(r.Lift) != 0 {
		t.Errorf("a member's %s: %+v, want refused with %q", what, r, want)
	}
}

// codeIn finds the code after a prefix in a text.
func codeIn(t *testing.T, text, prefix string) string {
	t.Helper()
	_, rest, ok := strings.Cut(text, prefix)
	if !ok {
		t.Fatalf("no %q in %q", prefix, text)
	}
	return strings.Fields(rest)[0]
}

func TestLanguages(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	// an ephemeral answer is in the member's language, a public one in the chat's
	if r := h.cmd(bot.Command{Chat: "g1", User: "m", Name: "help", Lang: "vi", Ephemeral: true}); !strings.Contains(r.Text, "bảo vệ nhóm") {
		t.Errorf("ephemeral help for a Vietnamese member: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "m", Name: "help", Lang: "vi"}); !strings.Contains(r.Text, "keeps this chat safe") {
		t.Errorf("public help: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "m", Name: "help", Lang: "fr", Ephemeral: true}); !strings.Contains(r.Text, "keeps this chat safe") {
		t.Errorf("a language immune does not speak falls back to the chat's: %q", r.Text)
	}

	// a new chat speaks what most of its recent senders speak
	send := func(user string, lang bot.Lang) bot.Decision {
		h.n++
		m := bot.Message{ID: "x" + user + string(lang), Platform: bot.Telegram, Chat: "vn", User: user, UserName: user,
			Time: h.now, Text: "https://discrod.com/gift", Lang: lang}
		d, err := h.engine.Handle(bg, &m)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	send("a", "vi")
	send("b", "en")
	if d := send("c", "vi-VN"); !strings.Contains(d.Notice, "Đã xoá") {
		t.Errorf("a mostly Vietnamese chat: %q", d.Notice)
	}
	if got := h.engine.ChatSettings(bg, bot.ChatKey{Platform: bot.Telegram, Chat: "vn"}).Lang; got != bot.Vietnamese {
		t.Errorf("chat language %q", got)
	}
	// it survives a restart
	h.db.Close()
	h.open(bot.DefaultConfig())
	if got := h.engine.ChatSettings(bg, bot.ChatKey{Platform: bot.Telegram, Chat: "vn"}).Lang; got != bot.Vietnamese {
		t.Errorf("after reopen: %q", got)
	}
	// until an admin says otherwise
	h.cmd(bot.Command{Chat: "vn", User: "boss", IsAdmin: true, Name: "lang", Args: "en"})
	send("d", "vi")
	send("e", "vi")
	if d := send("f", "vi"); !strings.Contains(d.Notice, "I removed") {
		t.Errorf("after /lang en: %q", d.Notice)
	}
	// a Discord server's preferred locale
	m := bot.Message{ID: "d1", Platform: bot.Discord, Chat: "c1", Group: "srv", User: "u", Time: h.now,
		Text: "https://discrod.com/gift", ChatLang: "vi"}
	if d, _ := h.engine.Handle(bg, &m); !strings.Contains(d.Notice, "Đã xoá") {
		t.Errorf("server preferring Vietnamese: %q", d.Notice)
	}
	// /mode keeps the language an admin never chose an inferred one
	h.cmd(bot.Command{Platform: bot.Discord, Chat: "c1", Group: "srv", User: "boss", IsAdmin: true, Name: "mode", Args: "warn"})
	s, err := h.db.ChatSettings(bg, bot.ChatKey{Platform: bot.Discord, Chat: "srv"})
	if err != nil || s.Lang != "" || s.AutoLang != bot.Vietnamese || s.Mode != bot.ModeWarn {
		t.Errorf("stored settings %+v %v", s, err)
	}
}

func TestAdminNoteSaysWhereWhoAndWhyInTheChatsLanguage(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", Args: "here"})
	h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "lang", Args: "vi"})
	m := bot.Message{ID: "7", Platform: bot.Telegram, Chat: "g1", ChatTitle: "Hội Nhóm", User: "777", UserName: "Mallory",
		Time: h.now, Text: phishLink}
	d, err := h.engine.Handle(bg, &m)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Đã xoá tin nhắn của Mallory (id 777) trong «Hội Nhóm»", "yahoo-account-verify[.]top", "Lý do:", "lời mời chào", "Đã làm: xoá, cảnh báo"} {
		if !strings.Contains(d.AdminNote, want) {
			t.Errorf("note %q lacks %q", d.AdminNote, want)
		}
	}
	if strings.Contains(d.AdminNote, "https://") {
		t.Errorf("note with a live link: %q", d.AdminNote)
	}
	c, err := h.engine.Case(bg, d.Case)
	if err != nil || c.ChatTitle != "Hội Nhóm" {
		t.Errorf("case %+v %v", c, err)
	}
	if _, err := h.engine.Case(bg, "not-an-id"); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("bad id: %v", err)
	}
}

func TestNotAThreatBehindAShortenerAllowsThatLinkOnly(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig(), bot.ListEntry{Kind: bot.BlockList, Value: "bit.ly/3xyzabc"})
	d := h.send(msg{chat: "g1", text: "is this you in this photo? https://bit.ly/3xyzabc"})
	if d.Case == "" || !d.Has(bot.ActDelete) {
		t.Fatalf("a blocked short link: %+v", d)
	}
	c, _ := h.engine.Case(bg, d.Case)
	if len(c.Domains) != 1 || c.Domains[0] == "bit.ly" || !strings.HasPrefix(c.Domains[0], "bit.ly/") {
		t.Fatalf("what not a threat would allow: %v", c.Domains)
	}
	h.press(d.Case, bot.BtnNotThreat, "boss", true)
	for _, e := range h.engine.Classifier().Lists().Entries("telegram:g1") {
		if e.Value == "bit.ly" {
			t.Errorf("not a threat allowed the whole shortener")
		}
	}
	if d := h.send(msg{chat: "g1", user: "u2", text: "is this you in this photo? https://bit.ly/3xyzabc"}); d.Verdict.Level != bot.Allow {
		t.Errorf("the allowed short link is still flagged: %v", d.Verdict.Reasons)
	}
}

// TestWhyInTheChatsLanguageAfterRestart: the reasons of a case read back
// from the store (after a restart, nothing in memory) are explained in the
// chat's language, not in the English they were first put in.
func TestWhyInTheChatsLanguageAfterRestart(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	if r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "lang", Args: "vi"}); r.Refused {
		t.Fatalf("lang vi: %+v", r)
	}
	d := h.send(msg{chat: "g1", id: "5", text: phishLink})
	if len(d.Verdict.Reasons) == 0 {
		t.Fatalf("no reasons: %+v", d)
	}
	h.restart()
	why := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "why", Args: "5"})
	translated := 0
	for _, r := range d.Verdict.Reasons {
		vi, en := r.DetailIn(bot.Vietnamese), r.DetailIn(bot.English)
		if vi == en {
			continue // the same in both (a domain only)
		}
		translated++
		if !strings.Contains(why.Text, vi) {
			t.Errorf("why lacks %s in Vietnamese %q:\n%s", r.Code, vi, why.Text)
		}
		if strings.Contains(why.Text, en) {
			t.Errorf("why has %s in English %q", r.Code, en)
		}
	}
	if translated == 0 {
		t.Fatalf("no reason of %+v reads differently in Vietnamese", d.Verdict.Reasons)
	}
	if !strings.Contains(why.Text, "Tin nhắn 5") {
		t.Errorf("why not in Vietnamese: %q", why.Text)
	}
}

// TestNotAThreatWhereTheMuteFellOffTheList: a hijacked account muted in
// one chat, then in MaxRestricted more within minutes, no longer has the
// first chat on its bounded list of mutes; the mute there runs on. That
// chat's admin presses "Not a threat" on the case that muted it: the mute
// is lifted, as the press says.
func TestNotAThreatWhereTheMuteFellOffTheList(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	var muted bot.Decision
	for i := range bot.MaxRestricted + 3 {
		text := lure
		if i >= 3 {
			text = fmt.Sprintf("look https://another-site.example.net/%d", i)
		}
		d := h.send(msg{at: time.Duration(i) * time.Second, chat: fmt.Sprintf("c%d", i), text: text})
		if i == 2 {
			muted = d
		}
	}
	if !muted.Has(bot.ActRestrict) || muted.Case == "" {
		t.Fatalf("the copy in c2: %v, case %q; want it muted, with a case", muted.Actions, muted.Case)
	}
	if o, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "u1"}); err != nil || slices.Contains(o.Restricted, "c2") {
		t.Fatalf("muted in %v (%v): want c2 off the list", o.Restricted, err)
	}
	r := h.press(muted.Case, bot.BtnNotThreat, "boss", true)
	if !r.Done || !slices.ContainsFunc(r.Lift, func(l bot.Restriction) bool { return l.Chat == "c2" }) {
		t.Errorf("not a threat in c2: %+v; want c2's mute lifted", r)
	}
}

// TestOffendersPagesThroughTies: offenders pages through accounts last
// seen in the same second (Telegram's times are whole seconds, and a raid
// flags many at once) with cursors that name the time and the account
// ("#….u020"), and shows each once, none missed, though another account
// flagged in that same second comes in between the pages (which may
// show on a later page: it sorts among them).
func TestOffendersPagesThroughTies(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	const flagged = 45
	for i := range flagged {
		h.send(msg{chat: "g1", user: fmt.Sprintf("u%03d", i), text: phishLink})
	}
	more := regexp.MustCompile(`\n(\d+) more accounts? on record here, seen earlier: offenders from (#[0-9a-v]{13}\.u\d{3}) shows (?:the next ones|it)\.$`)
	seen := map[string]int{}
	args := ""
	for round := 0; ; round++ {
		r := h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "offenders", Args: args})
		for _, m := range regexp.MustCompile(`\(telegram:(u\d+)\)`).FindAllStringSubmatch(r.Text, -1) {
			seen[m[1]]++
		}
		m := more.FindStringSubmatch(r.Text)
		if m == nil {
			if strings.Contains(r.Text, "more account") {
				t.Errorf("offenders %s: %q", args, r.Text)
			}
			break
		}
		if round > 3 {
			t.Fatal("offenders never reaches the last account")
		}
		args = "from " + m[2]
		h.send(msg{chat: "g1", user: fmt.Sprintf("u%03d", 100+round), text: phishLink}) // the same second
	}
	for u, n := range seen {
		if n != 1 {
			t.Errorf("%s shown %d times", u, n)
		}
	}
	for i := range flagged {
		if u := fmt.Sprintf("u%03d", i); seen[u] == 0 {
			t.Errorf("%s never shown", u)
		}
	}
}

// TestAuditOfALongHistory: in a chat with more than 10,000 decisions on
// record, audit says "more than 10,000" instead of counting them all
// (which held the store's lock for the walk through every one), pages on
// from its cursor, and says how far back from K goes.
func TestAuditOfALongHistory(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	scope := bot.ChatKey{Platform: bot.Telegram, Chat: "g9"}
	for i := range 10_050 {
		at := t0.Add(-time.Duration(i) * time.Minute)
		c := bot.Case{ID: bot.NewCaseID(at), Time: at, Scope: scope, Message: bot.MessageRef{Platform: bot.Telegram, Chat: "g9", ID: fmt.Sprint(20000 - i)},
			Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint("u", i%300)}, Level: bot.Delete, Score: 0.9, Actions: []bot.Action{bot.ActDelete}}
		if err := h.db.PutCase(bg, c); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.db.Commit(bg); err != nil {
		t.Fatal(err)
	}
	audit := func(args string) string {
		return h.cmd(bot.Command{Chat: "g9", User: "boss", IsAdmin: true, Name: "audit", Args: args}).Text
	}
	got := audit("")
	m := regexp.MustCompile(`\nMore than 10,000 older decisions are not shown: audit 10 from (#[0-9a-v]+) shows the next 10\.$`).FindStringSubmatch(got)
	if !strings.HasPrefix(got, "Decisions 1–10 of more than 10,000 here, newest first:") || m == nil {
		t.Fatalf("audit: %q", got)
	}
	if got := audit("from " + m[1]); !strings.HasPrefix(got, "Decisions here from "+m[1]+" on (more than 10,000 in all), newest first:\n• ") || !strings.Contains(got, "message 19990") {
		t.Errorf("audit from %s: %q", m[1], got)
	}
	if got := audit("10 from 10001"); !strings.HasPrefix(got, "Decisions 10001–10010 of more than 10,000 here") {
		t.Errorf("audit from 10001: %q", got)
	}
	if got := audit("from 10002"); got != "audit counts back 10,000 decisions at most. To go further back, follow the audit … from #… that the last line of each answer names." {
		t.Errorf("audit from 10002: %q", got)
	}
	h.cmd(bot.Command{Chat: "g9", User: "boss", IsAdmin: true, Name: "lang", Args: "vi"})
	if got := audit(""); !strings.HasPrefix(got, "Quyết định 1–10 trong hơn 10.000 quyết định của nhóm") || !strings.Contains(got, "\nCòn hơn 10.000 quyết định cũ hơn chưa hiện: audit 10 từ #") {
		t.Errorf("audit in Vietnamese: %q", got)
	}
}
