package telegram

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

// FuzzUpdate decodes any update body as the adapter does (long polling and
// the webhook read the same bodies) and converts its message: nothing
// panics, a message keeps its chat and id, the visible text of every text
// link is a part of the message's text, and the engine's classifier judges
// what comes out.
func FuzzUpdate(f *testing.F) {
	seeds, err := os.Open("testdata/fuzz-seeds.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	sc := bufio.NewScanner(seeds)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f.Add(sc.Text())
	}
	seeds.Close()
	for _, wrap := range []string{"message", "edited_message", "channel_post", "edited_channel_post"} {
		f.Add(`{"update_id":7,"` + wrap + `":{"message_id":5,"date":1700000000,"edit_date":1700000060,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"text":"😀 quà https://x.top","entities":[{"type":"text_link","offset":2,"length":3,"url":"https://dlscord.com/gift"},{"type":"text_link","offset":-1,"length":99,"url":"https://a.b/"}]}}`)
	}
	f.Add(`{"update_id":8,"message":{"message_id":9,"date":-5,"chat":{"id":-1},"sender_chat":{"id":-1,"type":"supergroup","title":"G"},"author_signature":"Boss","text":"x","reply_markup":{"inline_keyboard":[[{"text":"Claim","url":"https://dlscord.com/x"},{"text":"Login","login_url":{"url":"https://l.example/"}}]]},"forward_origin":{"type":"user","sender_user":{"id":5,"first_name":"F"}}}}`)
	f.Add(`{"update_id":"x"}`)
	c := bot.NewClassifier(bot.ClassifierConfig{})
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := decodeUpdate([]byte(raw))
		if err != nil {
			return
		}
		msg, edited, x := u.chatMessage()
		if msg == nil {
			return
		}
		m, ok := convert(msg, x, edited)
		if !ok {
			return
		}
		if m.Platform != bot.Telegram || m.Chat != strconv.FormatInt(msg.Chat.ID, 10) || m.ID != strconv.Itoa(msg.MessageID) || m.Edited != edited {
			t.Fatalf("converted %+v from %s", m, raw)
		}
		if m.User == "" {
			t.Fatalf("a message without a sender was converted: %s", raw)
		}
		if !m.Time.IsZero() && m.Time.Location() != time.UTC {
			t.Fatalf("time %v not in UTC", m.Time)
		}
		for _, l := range m.Links {
			if l.URL == "" || l.URL != strings.TrimSpace(l.URL) {
				t.Fatalf("a link without a usable URL: %+v", m.Links)
			}
			if l.Text != "" && !strings.Contains(m.Text, l.Text) && !fromButton(msg, l) {
				t.Fatalf("link text %q is not in the text %q", l.Text, m.Text)
			}
		}
		c.Classify(&m, bot.Hints{})
	})
}

// fromButton reports a link that came from an inline button: its text is
// the button's label, not a part of the text.
func fromButton(msg *tgbotapi.Message, l bot.LinkRef) bool {
	if msg.ReplyMarkup == nil {
		return false
	}
	for _, row := range msg.ReplyMarkup.InlineKeyboard {
		for _, b := range row {
			if b.Text == l.Text {
				return true
			}
		}
	}
	return false
}
