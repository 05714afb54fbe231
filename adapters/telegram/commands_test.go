package telegram

import (
	"testing"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

func TestParseCommand(t *testing.T) {
	t.Parallel()
	a := &Adapter{botName: "immune_bot"}
	tests := []struct {
		name, text, chatType string
		wantName, wantArgs   string
		want                 bool
	}{
		{"plain", "/status", "supergroup", "status", "", true},
		{"with args", "/mode warn", "supergroup", "mode", "warn", true},
		{"addressed", "/allow@immune_bot example.com", "supergroup", "allow", "example.com", true},
		{"addressed, other case", "/Status@Immune_Bot", "supergroup", "status", "", true},
		{"another bot's", "/allow@other_bot example.com", "supergroup", "", "", false},
		{"unknown, not addressed", "/ban 123", "supergroup", "", "", false},
		{"unknown, addressed", "/ban@immune_bot 123", "supergroup", "ban", "123", true},
		{"unknown in private", "/ban 123", "private", "ban", "123", true},
		{"a path", "/etc/passwd leaked https://x.example", "supergroup", "", "", false},
		{"not a command", "hello /status", "supergroup", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			msg := &tgbotapi.Message{Text: tt.text, Chat: &tgbotapi.Chat{ID: -1, Type: tt.chatType}}
			name, args, ok := a.parseCommand(msg)
			if ok != tt.want || name != tt.wantName || args != tt.wantArgs {
				t.Errorf("parseCommand(%q) = %q, %q, %v; want %q, %q, %v", tt.text, name, args, ok, tt.wantName, tt.wantArgs, tt.want)
			}
		})
	}
}

// Every command of the engine has a menu description in each language,
// within Telegram's limits.
func TestCommandDescriptions(t *testing.T) {
	t.Parallel()
	for _, l := range []bot.Lang{bot.English, bot.Vietnamese} {
		for _, n := range append(append([]string(nil), bot.CommandNames...), memberCommands...) {
			d := commandHelp[l][n]
			if d == "" {
				t.Errorf("%s: no %s description", n, l)
			}
			if c := utf8.RuneCountInString(d); c > 256 {
				t.Errorf("%s: %s description has %d characters, Telegram takes 256", n, l, c)
			}
		}
	}
	for key := range texts[bot.English] {
		if texts[bot.Vietnamese][key] == "" {
			t.Errorf("no Vietnamese for %q", key)
		}
	}
}
