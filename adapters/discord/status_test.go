package discord_test

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/adapters/discord"
)

// TestMemberStatusSaysWhereNotesGo: through the real discordgo client, a
// member's /immune status tells where the admin notes go as it is on
// Discord (the channel itself, this channel, another channel of the
// server), in the member's language, and never calls the log channel a
// private chat of the admins; a moderator is told which channel.
func TestMemberStatusSaysWhereNotesGo(t *testing.T) {
	t.Parallel()
	h := start(t)
	status := func(ch, user string, perms int64, locale string) string {
		t.Helper()
		return h.ask(ch, user, perms, locale, slash("status"))
	}
	member := int64(permView | permSend)
	for _, c := range []struct {
		name, ch, locale, want string
		perms                  int64
		setlog                 bool
	}{
		{name: "no log channel", ch: "c1", locale: "en-US", want: "Admin log: not set (admins are told in the channel itself)", perms: member},
		{name: "no log channel, Vietnamese", ch: "c1", locale: "vi", want: "Nhật ký quản trị: chưa đặt (thông báo ngay trong kênh)", perms: member},
		{name: "another channel", ch: "c1", locale: "en-US", want: "Admin log: another channel of this server", perms: member, setlog: true},
		{name: "another channel, Vietnamese", ch: "c2", locale: "vi", want: "Nhật ký quản trị: một kênh khác của máy chủ này", perms: member},
		{name: "the log channel", ch: "clog", locale: "en-US", want: "Admin log: this channel", perms: member},
		{name: "a moderator", ch: "c1", locale: "en-US", want: "Admin log: #mod-log", perms: permManage},
	} {
		if c.setlog {
			h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", ownerID, permAdmin, slash("setlog")))
			h.answerOf("sl")
		}
		got := status(c.ch, "m1", c.perms, c.locale)
		if !strings.Contains(got, c.want) || strings.Contains(got, "private") || strings.Contains(got, "riêng") {
			t.Errorf("%s: status answered %q, want %q", c.name, got, c.want)
		}
	}
}

// TestHelpSpeaksDiscord: /immune help names every subcommand as Discord
// shows it (/immune NAME) and each message menu by its name in the
// member's language, and nothing of Telegram's syntax (a command sent as
// a reply, /link); before, it was Telegram's help.
func TestHelpSpeaksDiscord(t *testing.T) {
	t.Parallel()
	h := start(t)
	for _, locale := range []string{"en-US", "vi"} {
		in := interaction("h-"+locale, "c1", "m1", permView|permSend, slash("help"))
		in["locale"] = locale
		h.dispatch("INTERACTION_CREATE", in)
		help := rendered(h.answerOf("h-" + locale)["content"].(string))
		for _, c := range discord.Commands() {
			if c.Name == discord.SlashCommand {
				for _, s := range c.Options {
					if !strings.Contains(help, "/immune "+s.Name) {
						t.Errorf("%s help lacks /immune %s:\n%s", locale, s.Name, help)
					}
				}
				continue
			}
			name := c.Name
			if locale == "vi" {
				name = (*c.NameLocalizations)[discordgo.Vietnamese]
			}
			if !strings.Contains(help, name) {
				t.Errorf("%s help lacks the menu %q:\n%s", locale, name, help)
			}
		}
		for _, telegram := range []string{"as a reply", "trả lời", "link *", "|warn|"} {
			if strings.Contains(help, telegram) {
				t.Errorf("%s help has Telegram's %q:\n%s", locale, telegram, help)
			}
		}
	}
}

// TestSetlogOffOnDiscord: a moderator can stop the log channel with
// /immune setlog to:off (before, setlog could only move it): the notes
// of a deletion go to no log channel then, and a member's status says
// so; a member cannot.
func TestSetlogOffOnDiscord(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", ownerID, permAdmin, slash("setlog")))
	if got := rendered(h.answerOf("sl")["content"].(string)); !strings.Contains(got, "Admin notifications will come to this channel.") {
		t.Fatalf("setlog answered %q", got)
	}
	h.dispatch("INTERACTION_CREATE", interaction("m", "c1", "m1", permView|permSend, slash("setlog", "to", "off")))
	if got := rendered(h.answerOf("m")["content"].(string)); !strings.Contains(got, "only this server's moderators") {
		t.Errorf("a member's setlog off answered %q", got)
	}
	h.dispatch("INTERACTION_CREATE", interaction("off", "c1", "mod1", permManage, slash("setlog", "to", "off")))
	if got := rendered(h.answerOf("off")["content"].(string)); !strings.Contains(got, "There is no log channel now: admins are told in each channel itself.") {
		t.Errorf("setlog off answered %q", got)
	}
	h.dispatch("INTERACTION_CREATE", interaction("st", "c2", "m1", permView|permSend, slash("status")))
	if got := rendered(h.answerOf("st")["content"].(string)); !strings.Contains(got, "Admin log: not set (admins are told in the channel itself)") {
		t.Errorf("status after setlog off: %q", got)
	}
	h.dispatch("MESSAGE_CREATE", message("n1", "c2", "u1", phish))
	h.waitDelete("c2", "n1")
	h.waitPost("c2", 1) // the notice
	if n := len(h.posts("clog")); n != 0 {
		t.Errorf("%d admin notes in the old log channel after setlog off", n)
	}
}
