package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

// demoStep is one event of the scripted attack: a message, or a command.
type demoStep struct {
	at      time.Duration // after the start
	chat    string
	user    string
	name    string
	text    string
	admin   bool
	joined  time.Duration // joined this long before the message; 0: long ago
	file    *bot.Attachment
	command string // "pardon Minh": run as a command instead of a message
	note    string // narration printed before the step
}

var demoChats = map[string]string{"g1": "Gia đình", "g2": "Lớp 12A1", "g3": "Hội chạy bộ"}

var demoScript = []demoStep{
	{note: "A quiet evening in three Telegram groups. Ordinary chat and ordinary links are left alone."},
	{at: 0, chat: "g1", user: "100", name: "Lan", text: "Tối nay cả nhà ăn lẩu nhé 🍲"},
	{at: 30 * time.Second, chat: "g3", user: "101", name: "Tuấn", text: "Route for Sunday: https://www.strava.com/routes/3141592"},
	{at: 50 * time.Second, chat: "g2", user: "102", name: "Hà", text: "slides for tomorrow https://docs.google.com/presentation/d/1AbC/edit"},
	{note: "Minh's account has been hijacked. It messages every group Minh is in, the way real attacks spread:"},
	{at: 2 * time.Minute, chat: "g1", user: "200", name: "Minh", text: "is this you in this photo?? 😳 https://photo-album-share.xyz/p/8812"},
	{at: 3 * time.Minute, chat: "g2", user: "200", name: "Minh", text: "is this you in this photo?? 😳 https://photo-album-share.xyz/p/8812"},
	{at: 4 * time.Minute, chat: "g3", user: "200", name: "Minh", text: "is this you in this photo?? 😳 https://photo-album-share.xyz/p/8812"},
	{note: "Whatever the hijacked account posts next is removed at once:"},
	{at: 5 * time.Minute, chat: "g2", user: "200", name: "Minh", text: "nhận quà miễn phí tại https://qua-tang-mien-phi.shop"},
	{note: "Classic lures from strangers:"},
	{at: 6 * time.Minute, chat: "g3", user: "300", name: "Yahoo Support", joined: 3 * time.Minute,
		text: "Yahoo staff: your mailbox will be suspended within 24 hours. Verify your account at https://login.yahoo.com.account-verify.top/"},
	{at: 7 * time.Minute, chat: "g1", user: "301", name: "Vietcombank CSKH", joined: 2 * time.Minute,
		text: "Vietcombank thông báo: tài khoản của bạn bị tạm khóa, xác minh tại vietcombank-xacthuc.com"},
	{at: 8 * time.Minute, chat: "g2", user: "302", name: "Bảo", text: "ảnh sinh nhật hôm qua nè",
		file: &bot.Attachment{Name: "anh_sinh_nhat.jpg.exe", MIME: "application/x-msdownload", Size: 484000}},
	{at: 9 * time.Minute, chat: "g3", user: "303", name: "Khoa", text: "free nitro for everyone who joined this month 🎁 https://dlscord.com/gift/xmas"},
	{note: "Life goes on; a benign link is still fine:"},
	{at: 10 * time.Minute, chat: "g2", user: "102", name: "Hà", text: "bài hát hôm trước nè https://youtu.be/dQw4w9WgXcQ"},
	{note: "A member tries to change settings, then Minh gets the account back and an admin pardons it:"},
	{at: 11 * time.Minute, chat: "g1", user: "100", name: "Lan", command: "allow photo-album-share.xyz"},
	{at: 30 * time.Minute, chat: "g1", user: "900", name: "Admin Hùng", admin: true, command: "pardon Minh"},
	{at: 31 * time.Minute, chat: "g1", user: "200", name: "Minh", text: "sorry everyone, my account was hacked 😞 changed the password and turned on 2FA"},
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: immune demo\n\nPlays a scripted attack on three simulated groups through the real engine and a\ntemporary store, and prints what immune sees and does.\n")
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if err := noArgs("demo", rest); err != nil {
		return err
	}
	start := time.Date(2026, 11, 22, 19, 0, 0, 0, time.UTC)
	now := start
	c := config.Default()
	db, cleanup, err := tempStore(&c, func() time.Time { return now })
	if err != nil {
		return err
	}
	defer cleanup()
	engine, _, err := newEngine(ctx, &c, db, quietLogger(stderr), "demo")
	if err != nil {
		return err
	}
	engine.NoOutbox = true // the demo prints what it would do
	engine.NoCases = true
	// The family group speaks Vietnamese.
	if _, err := engine.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: "g1", User: "900", IsAdmin: true, Time: start, Name: "lang", Args: "vi"}); err != nil {
		return err
	}
	w := &demoWriter{w: stdout}
	w.line("immune demo: a hijacked friend, fake logins and a disguised program, in three Telegram groups.")
	w.line("Links below are printed defanged (dlscord[.]com) so that nothing here is clickable.")
	ids := map[string]string{}
	n := 0
	for _, s := range demoScript {
		if s.note != "" {
			w.line("")
			w.line("── " + s.note)
			continue
		}
		now = start.Add(s.at)
		who := s.name
		if s.admin {
			who += " (admin)"
		}
		if s.command != "" {
			w.line(fmt.Sprintf("%s  %-12s│ %s: /%s", now.Format("15:04"), demoChats[s.chat], who, s.command))
			name, rest, _ := strings.Cut(s.command, " ")
			r, err := engine.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: s.chat, User: s.user, UserName: s.name,
				IsAdmin: s.admin, Time: now, Name: name, Args: rest, ChatTitle: demoChats[s.chat]})
			if err != nil {
				return err
			}
			w.indent("bot: " + r.Text)
			for _, l := range r.Lift {
				w.indent(fmt.Sprintf("↳ unmute %s in %s", s.command[len(name)+1:], demoChats[l.Chat]))
			}
			continue
		}
		n++
		m := bot.Message{ID: fmt.Sprintf("m%d", n), Platform: bot.Telegram, Chat: s.chat, User: s.user, UserName: s.name,
			Time: now, Text: s.text, IsAdmin: s.admin, ChatTitle: demoChats[s.chat]}
		if s.joined > 0 {
			m.MemberSince = now.Add(-s.joined)
		}
		if s.file != nil {
			m.Attachments = []bot.Attachment{*s.file}
		}
		ids[m.ID] = s.chat
		shown := bot.DefangText(s.text)
		if s.file != nil {
			shown += fmt.Sprintf(" [file: %s]", s.file.Name)
		}
		w.line(fmt.Sprintf("%s  %-12s│ %s: %s", now.Format("15:04"), demoChats[s.chat], who, shown))
		d, err := engine.Handle(ctx, &m)
		if err != nil {
			return err
		}
		w.decision(&d, ids)
	}
	w.line("")
	st := engine.Stats()[bot.Telegram]
	w.line(fmt.Sprintf("%d messages judged: %d deleted, %d warned, %d earlier copies swept, %d account marked hijacked.",
		st.Messages, st.Levels[bot.Delete], st.Levels[bot.Warn], st.Swept, st.Compromised))
	w.line("Try your own: immune check \"<a message>\" — or feed a chat export to immune scan.")
	return w.err
}

// demoWriter prints the transcript, remembering the first write error.
type demoWriter struct {
	w   io.Writer
	err error
}

func (d *demoWriter) line(s string) {
	if d.err == nil {
		_, d.err = fmt.Fprintln(d.w, s)
	}
}

func (d *demoWriter) indent(s string) {
	for i, l := range strings.Split(s, "\n") {
		if i == 0 {
			d.line("        " + l)
		} else {
			d.line("          " + l)
		}
	}
}

func (d *demoWriter) decision(dec *bot.Decision, chats map[string]string) {
	v := dec.Verdict
	switch v.Level {
	case bot.Allow:
		d.indent("✓ allowed")
		return
	case bot.Warn:
		d.indent(fmt.Sprintf("⚠ warn (score %.2f)", v.Score))
	case bot.Delete:
		d.indent(fmt.Sprintf("⛔ delete (score %.2f)", v.Score))
	}
	for i, r := range v.Reasons {
		if i == 3 {
			break
		}
		d.indent("  · " + r.Detail)
	}
	var acts []string
	for _, a := range dec.Actions {
		switch a {
		case bot.ActRestrict:
			acts = append(acts, "mute until "+dec.RestrictUntil.Format("15:04 Jan 2"))
		default:
			acts = append(acts, string(a))
		}
	}
	d.indent("actions: " + strings.Join(acts, ", "))
	if len(dec.Sweep) > 0 {
		var where []string
		for _, s := range dec.Sweep {
			where = append(where, demoChats[s.Chat]+" #"+s.ID)
		}
		d.indent(fmt.Sprintf("swept %d earlier copies: %s", len(dec.Sweep), strings.Join(where, ", ")))
	}
	if dec.Notice != "" {
		d.indent("bot → group: " + dec.Notice)
	}
	if dec.AdminNote != "" {
		d.indent("bot → admins: " + dec.AdminNote)
	}
}
