package discord

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// FuzzMessage decodes any MESSAGE_CREATE payload as discordgo does and
// converts it as the adapter does: nothing panics, the message keeps its
// ids, every carried link has a target, the forwarded snapshots nest no
// deeper than the payload, and the engine's classifier judges the result.
func FuzzMessage(f *testing.F) {
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
	f.Add(`{"id":"m","channel_id":"c","guild_id":"g","content":"[a](https://x.top/) [b](<ftp://y>)","author":{"id":"u"},` +
		`"embeds":[{"url":"https://e.example/","title":"T","author":{"name":"A","url":"https://a.example/"},"description":"[d](https://d.example/) https://bare.example/x.","fields":[{"name":"f","value":"https://f.example/"}]}],` +
		`"components":[{"type":1,"components":[{"type":2,"style":5,"label":"Claim","url":"https://dlscord.com/x"}]},{"type":10,"content":"[t](https://t.example/)"}],` +
		`"message_reference":{"type":1,"channel_id":"c0","message_id":"m0"},"message_snapshots":[{"message":{"content":"fwd https://fwd.example/","attachments":[{"id":"1","filename":"a.exe","content_type":"application/x-msdownload","size":10}]}}]}`)
	f.Add(`{"id":"m","channel_id":"c","content":"","author":null,"member":{"joined_at":"not a time"}}`)
	c := bot.NewClassifier(bot.ClassifierConfig{})
	at := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, payload string) {
		var m discordgo.Message
		if err := json.Unmarshal([]byte(payload), &m); err != nil {
			return
		}
		looksEmpty(&m)
		for _, edited := range []bool{false, true} {
			msg := toMessage(&m, at, edited)
			if msg.Platform != bot.Discord || msg.ID != m.ID || msg.Chat != m.ChannelID || msg.Group != m.GuildID || msg.Edited != edited {
				t.Fatalf("converted %+v from %s", msg, payload)
			}
			for _, l := range msg.Links {
				if l.URL == "" || l.URL != strings.TrimSpace(l.URL) {
					t.Fatalf("a carried link without a usable target: %+v", l)
				}
			}
			c.Classify(&msg, bot.Hints{})
		}
	})
}
