package bot_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestLinkCodeOutlivesARestart: the code /setlog hands out is kept in the
// store, so /link CODE after a restart (a deploy, a crash) links the
// group, and a code past its 15 minutes does not.
func TestLinkCodeOutlivesARestart(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	verify := func(context.Context, string) (bool, error) { return true, nil }
	code := codeIn(t, h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify}).Text, "/link ")
	late := codeIn(t, h.cmd(bot.Command{Chat: "g2", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group Two", AdminOf: verify}).Text, "/link ")
	if err := h.db.Close(); err != nil {
		t.Fatal(err)
	}
	h.open(bot.DefaultConfig())
	h.now = h.now.Add(10 * time.Minute)
	if r := h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify}); !strings.Contains(r.Text, "«Group One» now come to «Mods»") {
		t.Errorf("link after a restart: %q", r.Text)
	}
	h.now = h.now.Add(6 * time.Minute)
	if r := h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: late, ChatTitle: "Mods", AdminOf: verify}); !strings.Contains(r.Text, "not a live code") {
		t.Errorf("link with a code 16 minutes old: %q", r.Text)
	}
}

// TestPardonInReplyToTheNoteInTheLogChat: a pardon sent in the log chat as
// a reply to the bot's admin note pardons the account the note is about,
// in the group the note is about, for an admin of that group as the
// platform says; an admin of the log chat alone is refused and nothing
// changes. A private chat with the bot serving as the log chat works the
// same way for its owner.
func TestPardonInReplyToTheNoteInTheLogChat(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		logChat string
		direct  bool
	}{
		{"private admin group", "mods", false},
		{"private chat with the bot", "boss", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			adminOf := map[string]bool{"g1": true, "mods": true, "boss": true}
			verify := func(_ context.Context, chat string) (bool, error) { return adminOf[chat], nil }
			code := codeIn(t, h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify}).Text, "/link ")
			h.cmd(bot.Command{Chat: tc.logChat, User: "boss", IsAdmin: !tc.direct, Direct: tc.direct, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify})
			var d bot.Decision
			for i := range 3 {
				d = h.send(msg{at: time.Duration(i) * time.Minute, chat: "g1", user: "eve", text: phishLink})
			}
			if d.LogChat != tc.logChat || !d.Has(bot.ActRestrict) {
				t.Fatalf("the third phish: log chat %q, actions %v", d.LogChat, d.Actions)
			}
			// the adapter sent the note into the log chat as message 900
			if err := h.engine.Sent(bg, d.Case, bot.MessageRef{Platform: bot.Telegram, Chat: tc.logChat, ID: "900"}); err != nil {
				t.Fatal(err)
			}
			pardon := bot.Command{Chat: tc.logChat, User: "boss", IsAdmin: !tc.direct, Direct: tc.direct, Name: "pardon", ReplyTo: "900", AdminOf: verify}

			// an admin of the log chat who is no admin of the group
			adminOf["g1"] = false
			if r := h.cmd(pardon); !r.Refused || !strings.Contains(r.Text, "Only the admins of «Group One»") || len(r.Lift) != 0 {
				t.Errorf("pardon by a log chat admin who is no admin of the group: %+v", r)
			}
			if o, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "eve"}); err != nil || len(o.Strikes) != 3 {
				t.Fatalf("after a refused pardon: %v strikes, %v", len(o.Strikes), err)
			}
			// a member in their own private chat, which serves no group
			for _, args := range []string{"", "eve", "name-eve"} {
				r := h.cmd(bot.Command{Chat: "someone", User: "someone", Direct: true, Name: "pardon", Args: args, ReplyTo: "1", AdminOf: verify})
				if len(r.Lift) != 0 || strings.Contains(r.Text, "Pardoned") {
					t.Errorf("pardon %q in a private chat that serves no group: %+v", args, r)
				}
			}
			if o, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "eve"}); err != nil || len(o.Strikes) != 3 {
				t.Fatalf("after pardons from elsewhere: %v strikes, %v", len(o.Strikes), err)
			}

			adminOf["g1"] = true
			r := h.cmd(pardon)
			if r.Refused || !strings.Contains(r.Text, "Pardoned name-eve: strikes cleared (3), the mute lifted.") {
				t.Errorf("pardon in reply to the note: %+v", r)
			}
			if len(r.Lift) != 1 || r.Lift[0].Chat != "g1" || r.Lift[0].User != "eve" {
				t.Errorf("mutes to lift: %+v", r.Lift)
			}
			if _, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "eve"}); err == nil {
				t.Error("the record is still there after the pardon")
			}
		})
	}
}

// TestPardonByIDOrNameInTheLogChat: in a log chat an admin types the id
// the note shows (or the name): the account is found among those on
// record in the groups whose notes come there, and pardoned in the one
// the sender is a verified admin of. An account on record only in a group
// that logs elsewhere is no record here; an admin of the log chat alone
// is refused.
func TestPardonByIDOrNameInTheLogChat(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		logChat string
		direct  bool
		who     string
	}{
		{"by id", "mods", false, "eve"},
		{"by name", "mods", false, "name-eve"},
		{"by id in a private chat with the bot", "boss", true, "eve"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			adminOf := map[string]bool{"g1": false, "mods": true, "boss": true}
			verify := func(_ context.Context, chat string) (bool, error) { return adminOf[chat], nil }
			code := codeIn(t, h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify}).Text, "/link ")
			adminOf["g1"] = true
			h.cmd(bot.Command{Chat: tc.logChat, User: "boss", IsAdmin: !tc.direct, Direct: tc.direct, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify})
			adminOf["g1"] = false
			for i := range 3 {
				h.send(msg{at: time.Duration(i) * time.Minute, chat: "g1", user: "eve", text: phishLink})
			}
			h.send(msg{at: 4 * time.Minute, chat: "g9", user: "mallory", text: phishLink}) // g9 logs nowhere
			pardon := func(who string) bot.Reply {
				return h.cmd(bot.Command{Chat: tc.logChat, User: "boss", IsAdmin: !tc.direct, Direct: tc.direct, Name: "pardon", Args: who, AdminOf: verify})
			}
			if r := pardon("mallory"); !strings.Contains(r.Text, "no record of mallory here") {
				t.Errorf("an account of a group that logs elsewhere: %+v", r)
			}
			if r := pardon(tc.who); !r.Refused || !strings.Contains(r.Text, "Only the admins of «Group One»") {
				t.Errorf("pardon by an admin of the log chat alone: %+v", r)
			}
			adminOf["g1"] = true
			r := pardon(tc.who)
			if r.Refused || !strings.Contains(r.Text, "Pardoned name-eve: strikes cleared (3), the mute lifted.") || len(r.Lift) != 1 || r.Lift[0].Chat != "g1" {
				t.Errorf("pardon %s in the log chat: %+v", tc.who, r)
			}
		})
	}
}

// TestLinkCodeNotSpentByAnotherUser: /setlog's code is shown in the group,
// where every member reads it. A member who sends it with /link in a
// private chat with the bot (or another admin, anywhere) is told the code
// is another person's, and the code stays live for the admin who asked
// for it: before, the stranger's try took it, and the admin's own /link
// answered "not a live code" as often as the stranger repeated it.
func TestLinkCodeNotSpentByAnotherUser(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	verify := func(context.Context, string) (bool, error) { return true, nil }
	code := codeIn(t, h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify}).Text, "/link ")
	if r := h.cmd(bot.Command{Chat: "eve", User: "eve", Direct: true, Name: "link", Args: code, ChatTitle: "eve", AdminOf: verify}); !strings.Contains(r.Text, "another admin") {
		t.Errorf("a member's /link with the admin's code: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "g1", User: "mallory", IsAdmin: true, Name: "setlog", Args: code, ChatTitle: "Group One", AdminOf: verify}); !strings.Contains(r.Text, "not a live code") {
		t.Errorf("another admin's /setlog with a /setlog code: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify}); !strings.Contains(r.Text, "«Group One» now come to «Mods»") {
		t.Errorf("the admin's own /link after a member tried the code: %q", r.Text)
	}
	if r := h.cmd(bot.Command{Chat: "log2", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods 2", AdminOf: verify}); !strings.Contains(r.Text, "not a live code") {
		t.Errorf("the code used a second time, in another chat: %q", r.Text)
	}
}

// TestPardonInTheLogChatByAnAdminOfAnotherGroup: two groups send their
// notes to one log chat. An admin of the second group, not of the first,
// pardons nothing of the first from there: not by the account's id, not
// in reply to a note about the first group's case; an account on record
// in both is pardoned in the second group only, and stays muted in the
// first.
func TestPardonInTheLogChatByAnAdminOfAnotherGroup(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	adminOf := map[string]bool{"g1": true, "g2": true, "mods": true}
	verify := func(_ context.Context, chat string) (bool, error) { return adminOf[chat], nil }
	for _, g := range []string{"g1", "g2"} {
		code := codeIn(t, h.cmd(bot.Command{Chat: g, User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group " + g, AdminOf: verify}).Text, "/link ")
		if r := h.cmd(bot.Command{Chat: "mods", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify}); !strings.Contains(r.Text, "now come to «Mods»") {
			t.Fatalf("link %s: %q", g, r.Text)
		}
	}
	var d bot.Decision
	for i := range 3 {
		d = h.send(msg{at: time.Duration(i) * time.Minute, chat: "g1", user: "eve", text: phishLink})
	}
	h.send(msg{at: 10 * time.Minute, chat: "g1", user: "mallory", text: phishLink})
	h.send(msg{at: 40 * time.Minute, chat: "g2", user: "eve", text: phishLink})
	if !d.Has(bot.ActRestrict) || d.LogChat != "mods" {
		t.Fatalf("eve's third phish in g1: log %q, actions %v", d.LogChat, d.Actions)
	}
	if err := h.engine.Sent(bg, d.Case, bot.MessageRef{Platform: bot.Telegram, Chat: "mods", ID: "900"}); err != nil {
		t.Fatal(err)
	}
	// carol runs g2 and sits in the log chat; she is no admin of g1
	adminOf = map[string]bool{"g2": true, "mods": true}
	pardon := bot.Command{Chat: "mods", User: "carol", IsAdmin: true, Name: "pardon", AdminOf: verify}
	byID, byReply := pardon, pardon
	byID.Args, byReply.ReplyTo = "mallory", "900"
	if r := h.cmd(byID); !r.Refused || !strings.Contains(r.Text, "Only the admins of «Group g1»") {
		t.Errorf("pardon of g1's account by g2's admin: %+v", r)
	}
	if r := h.cmd(byReply); !r.Refused || !strings.Contains(r.Text, "Only the admins of «Group g1»") {
		t.Errorf("pardon in reply to g1's note by g2's admin: %+v", r)
	}
	byID.Args = "eve"
	r := h.cmd(byID)
	if r.Refused || !strings.Contains(r.Text, "1 other chat") || slices.ContainsFunc(r.Lift, func(l bot.Restriction) bool { return l.Chat == "g1" }) {
		t.Errorf("pardon of eve, on record in g1 and g2, by g2's admin: %+v", r)
	}
	for _, u := range []string{"eve", "mallory"} {
		o, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: u})
		if err != nil || !slices.Contains(o.Chats, "g1") || o.PardonedAt("g1") != (time.Time{}) {
			t.Errorf("%s in g1 after g2's admin's pardons: %v, %v", u, o, err)
		}
	}
	if o, _ := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "eve"}); !o.MutedUntil("g1").After(h.now) {
		t.Errorf("eve's mute in g1 was lifted by g2's admin")
	}
}

// TestAnonymousAdminIsToldToSendAsThemself: an admin who posts as the
// chat (Telegram's anonymous admins) cannot be checked against another
// chat, since the platform does not say who they are (AdminOf is nil). A
// pardon from the log chat, and a link, told them to try again in a
// moment, which never helps; they are told to send as themselves, and
// nothing changes.
func TestAnonymousAdminIsToldToSendAsThemself(t *testing.T) {
	t.Parallel()
	for _, lang := range []bot.Lang{bot.English, bot.Vietnamese} {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			verify := func(context.Context, string) (bool, error) { return true, nil }
			code := codeIn(t, h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify}).Text, "/link ")
			h.cmd(bot.Command{Chat: "mods", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify})
			h.cmd(bot.Command{Chat: "mods", User: "boss", IsAdmin: true, Name: "lang", Args: string(lang)})
			var d bot.Decision
			for i := range 3 {
				d = h.send(msg{at: time.Duration(i) * time.Minute, chat: "g1", user: "eve", text: phishLink})
			}
			if err := h.engine.Sent(bg, d.Case, bot.MessageRef{Platform: bot.Telegram, Chat: "mods", ID: "900"}); err != nil {
				t.Fatal(err)
			}
			want := map[bot.Lang]string{bot.English: "as yourself", bot.Vietnamese: "bằng tài khoản của bạn"}[lang]
			// the anonymous admin posts as the log chat itself
			anon := bot.Command{Chat: "mods", User: "mods", IsAdmin: true, Name: "pardon"}
			for _, c := range []bot.Command{
				func() bot.Command { c := anon; c.ReplyTo = "900"; return c }(),
				func() bot.Command { c := anon; c.Args = "eve"; return c }(),
			} {
				if r := h.cmd(c); !strings.Contains(r.Text, want) || len(r.Lift) != 0 {
					t.Errorf("pardon %q (reply to %q) by an anonymous admin of the log chat: %+v", c.Args, c.ReplyTo, r)
				}
			}
			if o, err := h.db.Offender(bg, bot.AccountKey{Platform: bot.Telegram, User: "eve"}); err != nil || len(o.Strikes) != 3 {
				t.Errorf("after the anonymous admin's pardons: %d strikes, %v", len(o.Strikes), err)
			}
			// /link CODE sent anonymously in a group (its code is from a
			// private chat's /link, where nobody is anonymous)
			code = codeIn(t, h.cmd(bot.Command{Chat: "g2", User: "g2", IsAdmin: true, Name: "link", Direct: false, AdminOf: verify}).Text, "/setlog ")
			if r := h.cmd(bot.Command{Chat: "g3", User: "g2", IsAdmin: true, Name: "setlog", Args: code}); !strings.Contains(r.Text, "as yourself") && !strings.Contains(r.Text, "bằng tài khoản của bạn") {
				t.Errorf("setlog CODE by an anonymous admin: %q", r.Text)
			}
		})
	}
}

// TestLinkCodeKeptWhenTheCheckFails: when Telegram cannot answer whether
// the sender is an admin of the other chat, the answer says to try again
// in a moment; the code is still good then (before, the failed try had
// taken it, and the retry was "not a live code").
func TestLinkCodeKeptWhenTheCheckFails(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	down := true
	verify := func(context.Context, string) (bool, error) {
		if down {
			return false, errors.New("telegram: 502 Bad Gateway")
		}
		return true, nil
	}
	for _, tc := range []struct{ ask, askChat, answer, answerChat, prefix string }{
		{"setlog", "g1", "link", "mods", "/link "},
		{"link", "mods2", "setlog", "g2", "/setlog "},
	} {
		down = true
		code := codeIn(t, h.cmd(bot.Command{Chat: tc.askChat, User: "boss", IsAdmin: true, Name: tc.ask, ChatTitle: tc.askChat, AdminOf: verify}).Text, tc.prefix)
		answer := bot.Command{Chat: tc.answerChat, User: "boss", IsAdmin: true, Name: tc.answer, Args: code, ChatTitle: tc.answerChat, AdminOf: verify}
		if r := h.cmd(answer); !strings.Contains(r.Text, "try again") {
			t.Errorf("%s CODE while Telegram is down: %q", tc.answer, r.Text)
		}
		down = false
		if r := h.cmd(answer); !strings.Contains(r.Text, "now come to") {
			t.Errorf("%s CODE again once Telegram answers: %q", tc.answer, r.Text)
		}
	}
}

// TestLinkCodeKeptAfterAMistake: an admin who sends their own code with
// the wrong command (/setlog CODE where /link CODE was meant, or the
// other way round) or in the chat that handed it out is told so, and the
// code is still good for the right command in the right chat (before, the
// mistake had spent it, and the retry was "not a live code").
func TestLinkCodeKeptAfterAMistake(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	verify := func(context.Context, string) (bool, error) { return true, nil }
	for _, tc := range []struct {
		ask, askChat, prefix string
		wrong                bot.Command
		right                bot.Command
	}{
		{"setlog", "g1", "/link ",
			bot.Command{Chat: "mods", Name: "setlog"}, bot.Command{Chat: "mods", Name: "link"}},
		{"link", "mods2", "/setlog ",
			bot.Command{Chat: "g2", Name: "link"}, bot.Command{Chat: "g2", Name: "setlog"}},
		{"setlog", "g3", "/link ",
			bot.Command{Chat: "g3", Name: "link"}, bot.Command{Chat: "mods3", Name: "link"}},
	} {
		code := codeIn(t, h.cmd(bot.Command{Chat: tc.askChat, User: "boss", IsAdmin: true, Name: tc.ask, ChatTitle: tc.askChat, AdminOf: verify}).Text, tc.prefix)
		for _, c := range []bot.Command{tc.wrong, tc.right} {
			c.User, c.IsAdmin, c.Args, c.ChatTitle, c.AdminOf = "boss", true, code, c.Chat, verify
			r := h.cmd(c)
			if linked := strings.Contains(r.Text, "now come to"); linked != (c.Name == tc.right.Name && c.Chat == tc.right.Chat) {
				t.Errorf("/%s %s in %s after /%s in %s: %q", c.Name, code, c.Chat, tc.ask, tc.askChat, r.Text)
			}
			// the wrong command is told which is right
			if c.Name != tc.right.Name && !strings.Contains(r.Text, "That code is for /"+tc.right.Name+": send /"+tc.right.Name+" "+code) {
				t.Errorf("/%s %s after /%s: %q", c.Name, code, tc.ask, r.Text)
			}
		}
	}
}
