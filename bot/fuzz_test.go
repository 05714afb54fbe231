package bot_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// FuzzCommand reads any message text as a command, as the Telegram adapter
// does, and runs it through the engine on a real store, from an admin and
// from a member: reading never panics, a command read is a lower-case name
// without spaces and trimmed arguments, and every command is answered
// without a store error, whatever its arguments.
func FuzzCommand(f *testing.F) {
	for _, s := range []string{
		"/mode warn", "/mode@immune_test_bot delete", "/Mode@ImmuneBot  delete ", "/status@otherbot",
		"/allow\nexample.com", "/block https://dlscord.com/gift", "/unblock dlscord.com", "/unallow x",
		"/pardon 12345", "/pardon @Some Name", "/pardon <@!42>", "/offenders", "/lists", "/lang vi", "/lang xx",
		"/check free nitro https://dlscord.com/gift", "/report", "/setlog", "/help", "/why 17", "/audit 3",
		"/link ABCDEF", "/status", "/block " + strings.Repeat("a.", 200) + "com", "/allow *.example.com",
		"/block xn--80ak6aa92e.com", "/block 127.0.0.1", "/block http://[::1]:80/x", "/mode", "/",
		"/\u200bmode warn", "/mode\twarn", "/block example.com extra words", "/pardon telegram:1",
	} {
		f.Add(s, true)
	}
	db, err := store.Open(filepath.Join(f.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { db.Close() })
	e, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	// an account on record in the chat, for pardon and offenders
	if _, err := e.Handle(context.Background(), &bot.Message{ID: "1", Platform: bot.Telegram, Chat: "-100", User: "12345",
		UserName: "Some Name", Time: time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC), Text: "https://dlscord.com/gift"}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, admin bool) {
		name, args, ok := bot.ParseCommand(text, "immune_test_bot")
		if !ok {
			if name != "" || args != "" {
				t.Fatalf("ParseCommand(%q) = %q %q but not a command", text, name, args)
			}
			return
		}
		if name == "" || name != strings.ToLower(name) || strings.ContainsAny(name, " \t\n") || args != strings.TrimSpace(args) {
			t.Fatalf("ParseCommand(%q) = %q %q", text, name, args)
		}
		if !strings.HasPrefix(strings.TrimSpace(text), "/") {
			t.Fatalf("ParseCommand(%q) read a command from a text that does not start with /", text)
		}
		if !utf8.ValidString(text) {
			return // Telegram sends valid UTF-8 only
		}
		r, err := e.Command(context.Background(), bot.Command{Platform: bot.Telegram, Chat: "-100", User: "777", UserName: "Admin",
			IsAdmin: admin, Time: time.Date(2026, 10, 1, 13, 0, 0, 0, time.UTC), Name: name, Args: args})
		if err != nil {
			t.Fatalf("command %q %q: %v", name, args, err)
		}
		if strings.TrimSpace(r.Text) == "" && r.Report == "" {
			t.Fatalf("command %q %q got no answer", name, args)
		}
		if r.Refused && admin {
			// an admin may be refused only for operators' commands
			if !strings.Contains(r.Text, "operator") {
				t.Fatalf("command %q %q refused to an admin: %q", name, args, r.Text)
			}
		}
	})
}
