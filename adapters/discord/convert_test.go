package discord

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// parse decodes a message payload the way discordgo does for a gateway
// event.
func parse(t *testing.T, payload string) *discordgo.Message {
	t.Helper()
	var m discordgo.Message
	if err := json.Unmarshal([]byte(payload), &m); err != nil {
		t.Fatalf("payload: %v", err)
	}
	return &m
}

func TestToMessage(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	const head = `"id": "m1", "channel_id": "c1", "guild_id": "g1", "timestamp": "2026-05-01T12:00:00Z",
		"author": {"id": "u1", "username": "alice", "global_name": "Alice"}`
	tests := []struct {
		name    string
		payload string
		text    string
		links   []bot.LinkRef
		files   []bot.Attachment
		user    string
		since   time.Time
		fwd     string
	}{
		{
			name:    "plain text keeps its links in the text",
			payload: `{` + head + `, "content": "see https://go.dev/doc/"}`,
			text:    "see https://go.dev/doc/",
			user:    "Alice",
		},
		{
			name:    "masked link shows its text and carries its target",
			payload: `{` + head + `, "content": "claim [discord.com/nitro](https://dlscord.gift/x) now"}`,
			text:    "claim discord.com/nitro now",
			links:   []bot.LinkRef{{Text: "discord.com/nitro", URL: "https://dlscord.gift/x"}},
			user:    "Alice",
		},
		{
			name:    "masked link forms: angle brackets, title, two in a row",
			payload: `{` + head + `, "content": "[a](<https://a.example/1>) and [b](https://b.example/2 \"title\")[c](https://c.example/3)"}`,
			text:    "a and bc",
			links: []bot.LinkRef{{Text: "a", URL: "https://a.example/1"}, {Text: "b", URL: "https://b.example/2"},
				{Text: "c", URL: "https://c.example/3"}},
			user: "Alice",
		},
		{
			name:    "brackets that are not a link stay",
			payload: `{` + head + `, "content": "[note](not a link) and [x]"}`,
			text:    "[note](not a link) and [x]",
			user:    "Alice",
		},
		{
			name: "embeds: url with title, author url, masked and bare links in text",
			payload: `{` + head + `, "content": "", "embeds": [{"type": "rich", "title": "Steam gift", "url": "https://steamcommunlty.com/gift",
				"author": {"name": "Steam", "url": "https://store.steampowered.com.example.ru/"},
				"description": "get it [here](https://evil.example/a) or https://bare.example/b.",
				"fields": [{"name": "more", "value": "https://field.example/c"}]}]}`,
			links: []bot.LinkRef{{Text: "Steam gift", URL: "https://steamcommunlty.com/gift"},
				{Text: "Steam", URL: "https://store.steampowered.com.example.ru/"},
				{Text: "here", URL: "https://evil.example/a"}, {URL: "https://bare.example/b"}, {URL: "https://field.example/c"}},
			user: "Alice",
		},
		{
			name: "buttons: link buttons carried, others not; sections and containers walked",
			payload: `{` + head + `, "content": "verify your account", "components": [
				{"type": 1, "components": [
					{"type": 2, "style": 5, "label": "Verify", "url": "https://discord-verify.example/login"},
					{"type": 2, "style": 1, "label": "Ok", "custom_id": "ok"}]},
				{"type": 17, "components": [
					{"type": 9, "components": [{"type": 10, "content": "read [this](https://text.example/t)"}],
					 "accessory": {"type": 2, "style": 5, "label": "Claim", "url": "https://claim.example/c"}}]}]}`,
			text: "verify your account\nread this",
			links: []bot.LinkRef{{Text: "Verify", URL: "https://discord-verify.example/login"},
				{Text: "this", URL: "https://text.example/t"}, {Text: "Claim", URL: "https://claim.example/c"}},
			user: "Alice",
		},
		{
			name: "attachments, member nickname and join time",
			payload: `{` + head + `, "content": "pic", "member": {"nick": "Ally", "roles": [], "joined_at": "2026-05-01T11:58:00Z"},
				"attachments": [{"id": "a1", "filename": "photo.jpg.exe", "content_type": "application/x-msdownload", "size": 48230}]}`,
			text:  "pic",
			files: []bot.Attachment{{Name: "photo.jpg.exe", MIME: "application/x-msdownload", Size: 48230}},
			user:  "Ally",
			since: time.Date(2026, 5, 1, 11, 58, 0, 0, time.UTC),
		},
		{
			name: "the same link twice is carried once",
			payload: `{` + head + `, "content": "[x](https://a.example/1) [x](https://a.example/1)",
				"embeds": [{"url": "https://a.example/1", "title": "x"}]}`,
			text:  "x x",
			links: []bot.LinkRef{{Text: "x", URL: "https://a.example/1"}},
			user:  "Alice",
		},
		{
			name: "a forward carries the forwarded message",
			payload: `{` + head + `, "content": "", "message_reference": {"type": 1, "channel_id": "c9", "message_id": "m9"},
				"message_snapshots": [{"message": {"content": "free [nitro](https://dlscord.gift/n)", "timestamp": "2026-05-01T11:00:00Z",
				"attachments": [{"id": "a2", "filename": "setup.scr", "size": 10}]}}]}`,
			text:  "free nitro",
			links: []bot.LinkRef{{Text: "nitro", URL: "https://dlscord.gift/n"}},
			files: []bot.Attachment{{Name: "setup.scr", Size: 10}},
			user:  "Alice",
			fwd:   "c9",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := toMessage(parse(t, tt.payload), at, false)
			if got.ID != "m1" || got.Chat != "c1" || got.Group != "g1" || got.User != "u1" || got.Platform != bot.Discord || !got.Time.Equal(at) {
				t.Errorf("identity: %+v", got)
			}
			if got.Text != tt.text {
				t.Errorf("text %q, want %q", got.Text, tt.text)
			}
			if !reflect.DeepEqual(got.Links, tt.links) {
				t.Errorf("links\n got %+v\nwant %+v", got.Links, tt.links)
			}
			if !reflect.DeepEqual(got.Attachments, tt.files) {
				t.Errorf("attachments %+v, want %+v", got.Attachments, tt.files)
			}
			if got.UserName != tt.user {
				t.Errorf("user name %q, want %q", got.UserName, tt.user)
			}
			if !got.MemberSince.Equal(tt.since) {
				t.Errorf("member since %s, want %s", got.MemberSince, tt.since)
			}
			if got.ForwardedFrom != tt.fwd {
				t.Errorf("forwarded from %q, want %q", got.ForwardedFrom, tt.fwd)
			}
		})
	}
}

func TestLooksEmpty(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		payload string
		want    bool
	}{
		{"no content at all", `{"id": "1", "type": 0, "content": ""}`, true},
		{"a reply with no content", `{"id": "1", "type": 19, "content": ""}`, true},
		{"text", `{"id": "1", "type": 0, "content": "hi"}`, false},
		{"only a file", `{"id": "1", "type": 0, "content": "", "attachments": [{"id": "a", "filename": "x.png"}]}`, false},
		{"only an embed", `{"id": "1", "type": 0, "content": "", "embeds": [{"url": "https://a.example"}]}`, false},
		{"only a sticker", `{"id": "1", "type": 0, "content": "", "sticker_items": [{"id": "s", "name": "wave"}]}`, false},
		{"a member joined", `{"id": "1", "type": 7, "content": ""}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := looksEmpty(parse(t, tt.payload)); got != tt.want {
				t.Errorf("looksEmpty = %v, want %v", got, tt.want)
			}
		})
	}
}
