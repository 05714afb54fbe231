package telegram

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

func TestUTF16Slice(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		text      string
		off, n    int
		want      string
		wantValid bool
	}{
		{"ascii", "see here now", 4, 4, "here", true},
		{"emoji before", "😀😀 click here", 11, 4, "here", true},
		{"emoji inside", "a 👋 b", 2, 2, "👋", true},
		{"vietnamese precomposed", "Chào cả nhà, xem ở đây", 19, 3, "đây", true},
		// "đây" written with a combining mark: d-stroke, a, y + U+0302 + U+0300
		{"vietnamese combining", "xem ở đa\u0302\u0300y nhé", 6, 5, "đa\u0302\u0300y", true},
		{"flag and family", "🇻🇳👨‍👩‍👧 link", 13, 4, "link", true},
		{"whole text", "abc", 0, 3, "abc", true},
		{"empty at end", "abc", 3, 0, "", true},
		{"middle of a surrogate pair", "😀abc", 1, 2, "", false},
		{"ends in a surrogate pair", "ab😀", 1, 2, "", false},
		{"past the end", "abc", 2, 5, "", false},
		{"negative", "abc", -1, 2, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := utf16Slice(tt.text, tt.off, tt.n)
			if got != tt.want || ok != tt.wantValid {
				t.Errorf("utf16Slice(%q, %d, %d) = %q, %v; want %q, %v", tt.text, tt.off, tt.n, got, ok, tt.want, tt.wantValid)
			}
		})
	}
}

// Telegram's offsets for the same text, computed the way Telegram does.
func TestUTF16SliceMatchesEncoding(t *testing.T) {
	t.Parallel()
	prefix := "Tài khoản 🔐 của bạn sẽ bị khoá 😱 — bấm "
	link := "vào đây"
	text := prefix + link + " ngay!"
	got, ok := utf16Slice(text, utf16Len16(prefix), utf16Len16(link))
	if !ok || got != link {
		t.Errorf("got %q, %v; want %q", got, ok, link)
	}
}

func mustMessage(t *testing.T, js string) (*tgbotapi.Message, *msgExtra) {
	t.Helper()
	u, err := decodeUpdate([]byte(`{"update_id":1,"message":` + js + `}`))
	if err != nil {
		t.Fatal(err)
	}
	return u.Message, u.x.Message
}

func TestConvert(t *testing.T) {
	t.Parallel()
	when := time.Unix(1700000000, 0).UTC()
	tests := []struct {
		name   string
		json   string
		edited bool
		want   bot.Message
		skip   bool
	}{
		{
			name: "text",
			json: `{"message_id":5,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"Lan","last_name":"Nguyễn"},"text":"hi https://example.com","entities":[{"type":"url","offset":3,"length":19}]}`,
			want: bot.Message{ID: "5", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "Lan Nguyễn", Time: when, Text: "hi https://example.com"},
		},
		{
			name:   "edit",
			json:   `{"message_id":5,"date":1700000000,"edit_date":1700000060,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"","username":"lan"},"text":"x"}`,
			edited: true,
			want:   bot.Message{ID: "5", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "lan", Handle: "lan", Time: when.Add(time.Minute), Text: "x", Edited: true},
		},
		{
			name: "text_link after emoji and Vietnamese",
			json: `{"message_id":6,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"text":"Quà 🎁 ở đây","entities":[{"type":"bold","offset":0,"length":3},{"type":"text_link","offset":9,"length":3,"url":"https://dlscord.com/gift"}]}`,
			want: bot.Message{ID: "6", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when, Text: "Quà 🎁 ở đây",
				Links: []bot.LinkRef{{Text: "đây", URL: "https://dlscord.com/gift"}}},
		},
		{
			name: "photo with caption and caption link",
			json: `{"message_id":7,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"photo":[{"file_id":"s","file_unique_id":"s","width":90,"height":90,"file_size":900},{"file_id":"b","file_unique_id":"b","width":1280,"height":960,"file_size":120000}],"caption":"look 👀 here","caption_entities":[{"type":"text_link","offset":8,"length":4,"url":"http://1.2.3.4/x"}]}`,
			want: bot.Message{ID: "7", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when, Text: "look 👀 here",
				Links:       []bot.LinkRef{{Text: "here", URL: "http://1.2.3.4/x"}},
				Attachments: []bot.Attachment{{Name: "photo.jpg", MIME: "image/jpeg", Size: 120000}}},
		},
		{
			name: "document",
			json: `{"message_id":8,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"document":{"file_id":"d","file_unique_id":"d","file_name":"invoice.pdf.exe","mime_type":"application/x-msdownload","file_size":345678}}`,
			want: bot.Message{ID: "8", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when,
				Attachments: []bot.Attachment{{Name: "invoice.pdf.exe", MIME: "application/x-msdownload", Size: 345678}}},
		},
		{
			name: "video, voice and audio",
			json: `{"message_id":9,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"video":{"file_id":"v","file_unique_id":"v","width":1,"height":1,"duration":1,"file_size":10},"voice":{"file_id":"o","file_unique_id":"o","duration":1,"file_size":20},"audio":{"file_id":"a","file_unique_id":"a","duration":1,"file_name":"song.mp3","mime_type":"audio/mpeg","file_size":30}}`,
			want: bot.Message{ID: "9", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when,
				Attachments: []bot.Attachment{{Name: "video.mp4", MIME: "video/mp4", Size: 10}, {Name: "song.mp3", MIME: "audio/mpeg", Size: 30}, {Name: "voice.ogg", MIME: "audio/ogg", Size: 20}}},
		},
		{
			name: "inline keyboard",
			json: `{"message_id":10,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"text":"claim your prize","reply_markup":{"inline_keyboard":[[{"text":"Claim","url":"https://steamcommunlty.com/gift"},{"text":"cb","callback_data":"x"}],[{"text":"Login","login_url":{"url":"https://login.example/x"}}]]}}`,
			want: bot.Message{ID: "10", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when, Text: "claim your prize",
				Links: []bot.LinkRef{{Text: "Claim", URL: "https://steamcommunlty.com/gift"}, {Text: "Login", URL: "https://login.example/x"}}},
		},
		{
			name: "forward origin (Bot API 7)",
			json: `{"message_id":11,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"text":"fwd","forward_origin":{"type":"channel","date":1,"chat":{"id":-1009,"type":"channel","title":"Crypto News","username":"cryptonews"}}}`,
			want: bot.Message{ID: "11", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when, Text: "fwd", ForwardedFrom: "Crypto News (@cryptonews)"},
		},
		{
			name: "forward from a user (older fields)",
			json: `{"message_id":12,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"text":"fwd","forward_from":{"id":77,"first_name":"Bob"}}`,
			want: bot.Message{ID: "12", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when, Text: "fwd", ForwardedFrom: "Bob (id 77)"},
		},
		{
			name: "forward from a hidden user",
			json: `{"message_id":13,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"text":"fwd","forward_sender_name":"Mystery","forward_origin":{"type":"hidden_user","date":1,"sender_user_name":"Mystery"}}`,
			want: bot.Message{ID: "13", Platform: bot.Telegram, Chat: "-100", User: "42", UserName: "A", Time: when, Text: "fwd", ForwardedFrom: "Mystery"},
		},
		{
			name: "anonymous admin",
			json: `{"message_id":14,"date":1700000000,"chat":{"id":-100,"type":"supergroup","title":"G"},"from":{"id":1087968824,"is_bot":true,"first_name":"Group","username":"GroupAnonymousBot"},"sender_chat":{"id":-100,"type":"supergroup","title":"G"},"author_signature":"Boss","text":"hello"}`,
			want: bot.Message{ID: "14", Platform: bot.Telegram, Chat: "-100", User: "-100", UserName: "Boss", IsAdmin: true, Time: when, Text: "hello"},
		},
		{
			name: "posting as a channel is not an admin",
			json: `{"message_id":15,"date":1700000000,"chat":{"id":-100,"type":"supergroup","title":"G"},"from":{"id":136817688,"is_bot":true,"first_name":"Channel"},"sender_chat":{"id":-1005,"type":"channel","title":"Spam Channel"},"text":"hello"}`,
			want: bot.Message{ID: "15", Platform: bot.Telegram, Chat: "-100", User: "-1005", UserName: "Spam Channel", Time: when, Text: "hello"},
		},
		{
			name: "posting as a channel with a username",
			json: `{"message_id":15,"date":1700000000,"chat":{"id":-100,"type":"supergroup","title":"G"},"from":{"id":136817688,"is_bot":true,"first_name":"Channel"},"sender_chat":{"id":-1005,"type":"channel","title":"Spam Channel","username":"spamchan"},"text":"hello"}`,
			want: bot.Message{ID: "15", Platform: bot.Telegram, Chat: "-100", User: "-1005", UserName: "Spam Channel", Handle: "spamchan", Time: when, Text: "hello"},
		},
		{
			name: "channel post",
			json: `{"message_id":16,"date":1700000000,"chat":{"id":-1005,"type":"channel","title":"News"},"sender_chat":{"id":-1005,"type":"channel","title":"News"},"text":"post"}`,
			want: bot.Message{ID: "16", Platform: bot.Telegram, Chat: "-1005", User: "-1005", UserName: "News", Time: when, Text: "post"},
		},
		{
			name: "service message",
			json: `{"message_id":17,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"new_chat_members":[{"id":42,"first_name":"A"}]}`,
			skip: true,
		},
		{
			name: "sticker",
			json: `{"message_id":18,"date":1700000000,"chat":{"id":-100,"type":"supergroup"},"from":{"id":42,"first_name":"A"},"sticker":{"file_id":"s","file_unique_id":"s","width":1,"height":1,"is_animated":false}}`,
			skip: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			msg, x := mustMessage(t, tt.json)
			got, ok := convert(msg, x, tt.edited)
			if ok == tt.skip {
				t.Fatalf("convert reported %v, want %v", ok, !tt.skip)
			}
			if !reflect.DeepEqual(got, tt.want) {
				a, _ := json.MarshalIndent(got, "", " ")
				b, _ := json.MarshalIndent(tt.want, "", " ")
				t.Errorf("got\n%s\nwant\n%s", a, b)
			}
		})
	}
}

func TestDecodeUpdateKinds(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		json    string
		edited  bool
		thread  int
		noMsg   bool
		wantErr bool
	}{
		{name: "message in a topic", json: `{"update_id":3,"message":{"message_id":1,"date":1,"chat":{"id":-1,"type":"supergroup"},"message_thread_id":77,"is_topic_message":true,"text":"x"}}`, thread: 77},
		{name: "edited message", json: `{"update_id":3,"edited_message":{"message_id":1,"date":1,"edit_date":2,"chat":{"id":-1,"type":"supergroup"},"text":"x"}}`, edited: true},
		{name: "channel post", json: `{"update_id":3,"channel_post":{"message_id":1,"date":1,"chat":{"id":-1,"type":"channel"},"text":"x"}}`},
		{name: "edited channel post", json: `{"update_id":3,"edited_channel_post":{"message_id":1,"date":1,"chat":{"id":-1,"type":"channel"},"text":"x"}}`, edited: true},
		{name: "member update", json: `{"update_id":3,"chat_member":{"chat":{"id":-1,"type":"supergroup"},"from":{"id":1,"first_name":"a"},"date":1,"old_chat_member":{"status":"left","user":{"id":1,"first_name":"a"}},"new_chat_member":{"status":"member","user":{"id":1,"first_name":"a"}}}}`, noMsg: true},
		{name: "unreadable", json: `{"update_id":3,"message":{"message_id":"not a number"}}`, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			u, err := decodeUpdate([]byte(tt.json))
			if u.UpdateID != 3 {
				t.Errorf("update id %d, want 3 even when unreadable", u.UpdateID)
			}
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			if tt.wantErr {
				return
			}
			msg, edited, x := u.chatMessage()
			if (msg == nil) != tt.noMsg || edited != tt.edited {
				t.Fatalf("message %v, edited %v", msg != nil, edited)
			}
			if msg != nil && threadOf(msg, x) != tt.thread {
				t.Errorf("thread %d, want %d", threadOf(msg, x), tt.thread)
			}
		})
	}
}

// manyTextLinks is a caption of n words, each a text_link entity, after
// emoji so that UTF-16 and byte offsets differ.
func manyTextLinks(n int) (string, []tgbotapi.MessageEntity) {
	text := "😀 quà 🎁 "
	units := utf16Len16(text)
	ents := make([]tgbotapi.MessageEntity, n)
	for i := range ents {
		w := "đây" + itoa(int64(i))
		ents[i] = tgbotapi.MessageEntity{Type: "text_link", Offset: units, Length: utf16Len16(w), URL: "https://x" + itoa(int64(i)) + ".example.com/"}
		text += w + " 👋 "
		units += utf16Len16(w + " 👋 ")
	}
	return text, ents
}

func TestEntityLinksMany(t *testing.T) {
	t.Parallel()
	text, ents := manyTextLinks(5000)
	links := entityLinks(text, ents)
	if len(links) != len(ents) {
		t.Fatalf("%d links, want %d", len(links), len(ents))
	}
	for i, l := range links {
		if want := "đây" + itoa(int64(i)); l.Text != want || l.URL != ents[i].URL {
			t.Fatalf("link %d = %+v, want %q", i, l, want)
		}
	}
}

// BenchmarkEntityLinks converts a text carrying 5,000 text links: the text
// is indexed once, not walked from its start for each entity.
func BenchmarkEntityLinks(b *testing.B) {
	text, ents := manyTextLinks(5000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		entityLinks(text, ents)
	}
}
