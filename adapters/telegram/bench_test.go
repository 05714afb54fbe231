package telegram

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"net/url"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/store"
)

// BenchmarkLivePath is the live bot against the fake Bot API under load:
// 10,000 messages of the chat mix over 100 chats, 500 a second; every
// request takes 50 ms to answer, and 5 % of the notices are answered 429
// with retry_after 1 s. It reports, for every message deleted on its own
// account, the time from the message reaching the fake (queued for
// getUpdates: the long poll's delivery is part of the path) to its delete
// answered: p50 and p99 in milliseconds. "warm"
// is a bot that has seen each chat before (it knows the chat's admins);
// "cold" meets all 100 chats for the first time during the run: each
// chat's admin list is fetched beside the judging of its first message.
// Each iteration is one run of about 25 s; use -benchtime 1x.
func BenchmarkLivePath(b *testing.B) {
	for _, warm := range []bool{true, false} {
		name := "warm"
		if !warm {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			for range b.N {
				p50, p99, n := livePath(b, 10000, 100, 500, warm)
				b.ReportMetric(p50, "p50-ms")
				b.ReportMetric(p99, "p99-ms")
				b.ReportMetric(float64(n), "deletes")
			}
		})
	}
}

// livePath runs the scenario once: n messages over chats, rate a second.
func livePath(b *testing.B, n, chats, rate int, warm bool) (p50, p99 float64, deletes int) {
	api := newFakeAPI(b)
	api.delay = 50 * time.Millisecond
	var rmu sync.Mutex
	r := rand.New(rand.NewPCG(1, 2))
	api.limit429 = func(method string, _ url.Values) (int, bool) {
		if method != "sendMessage" {
			return 0, false
		}
		rmu.Lock()
		defer rmu.Unlock()
		return 1, r.IntN(100) < 5
	}
	db, err := store.Open(filepath.Join(b.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	engine, err := bot.NewEngine(context.Background(), bot.DefaultConfig(), db, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	a, err := New(Options{Token: testToken, APIURL: api.URL(), PollTimeout: 30 * time.Second, AdminCache: time.Hour}, engine, nil)
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()

	msgs := chatmix.Mix{Chats: chats, Accounts: 20000, Platform: bot.Telegram}.Messages(n, 11)
	if warm {
		// the bot has seen every chat before (its admins are known)
		for c := range chats {
			api.push(msgUpdate(textMsg(-1000000-int64(c), 999, 1_000_000+c, time.Now().Unix(), "hello")))
		}
		time.Sleep(2 * time.Second)
	}
	updateOf := map[string]int{} // chat/message → update id
	var pushed []time.Time       // when each message reached the fake, by index
	firstID := 0                 // the update id of the first
	now := time.Now()
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	b.ResetTimer()
	for i, m := range msgs {
		<-tick.C
		chat := -1000000 - atoi(strings.TrimPrefix(m.Chat, "c"))
		user := 1000 + hashUser(m.User)
		text := m.Text
		for _, l := range m.Links {
			text += " " + l.URL
		}
		for _, f := range m.Attachments {
			text += " " + f.Name
		}
		u := textMsg(chat, user, i+1, now.Unix(), text)
		id := api.push(msgUpdate(u))
		updateOf[itoa(chat)+"/"+strconv.Itoa(i+1)] = id
		pushed = append(pushed, time.Now())
		if i == 0 {
			firstID = id
		}
	}
	// wait for the deletes to settle, then stop
	var last int
	for {
		time.Sleep(time.Second)
		c := api.count("deleteMessage", nil) + api.count("deleteMessages", nil)
		if c == last {
			break
		}
		last = c
	}
	b.StopTimer()
	cancel()
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	// which deletes were decided on their own message, and which swept a
	// copy when a later message showed the account hijacked
	audit, err := db.RecentAudit(context.Background(), 0)
	if err != nil {
		b.Fatal(err)
	}
	direct := map[string]bool{}
	trigger := map[string]string{} // swept chat/message → the message that swept it
	for _, e := range audit {
		key := e.Message.Chat + "/" + e.Message.ID
		if slices.Contains(e.Actions, bot.ActDelete) {
			direct[key] = true
			for _, s := range e.Sweep {
				trigger[s.Chat+"/"+s.ID] = key
			}
		}
	}
	receivedAt := func(key string) (time.Time, bool) {
		id, ok := updateOf[key]
		if !ok || id < firstID || id-firstID >= len(pushed) {
			return time.Time{}, false
		}
		return pushed[id-firstID], true
	}
	var lat, swept []float64
	type deleted struct {
		key string
		at  time.Time
	}
	var dels []deleted
	for _, c := range append(api.callsOf("deleteMessage"), api.callsOf("deleteMessages")...) {
		if c.Status != 200 {
			continue
		}
		if c.Method == "deleteMessage" {
			dels = append(dels, deleted{c.get("chat_id") + "/" + c.get("message_id"), c.At})
			continue
		}
		var ids []int
		json.Unmarshal([]byte(c.get("message_ids")), &ids)
		for _, id := range ids {
			dels = append(dels, deleted{c.get("chat_id") + "/" + strconv.Itoa(id), c.At})
		}
	}
	seen := map[string]bool{}
	for _, c := range dels {
		key := c.key
		if seen[key] {
			continue // Telegram skips a message already gone
		}
		seen[key] = true
		if t, ok := trigger[key]; ok && !direct[key] {
			if at, ok := receivedAt(t); ok {
				swept = append(swept, float64(c.at.Sub(at))/float64(time.Millisecond))
			}
			continue
		}
		at, ok := receivedAt(key)
		if !ok {
			continue
		}
		lat = append(lat, float64(c.at.Sub(at))/float64(time.Millisecond))
	}
	if len(lat) == 0 {
		b.Fatal("no delete")
	}
	slices.Sort(swept)
	if len(swept) > 0 {
		b.Logf("%d swept copies: from the message that swept them to their delete answered: p50 %.1f ms, max %.1f ms",
			len(swept), swept[len(swept)/2], swept[len(swept)-1])
	}
	slices.Sort(lat)
	q := func(p float64) float64 { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	b.Logf("%d messages, %d deleted (%d deleteMessage and %d deleteMessages requests), %d notices answered 429; received → delete answered: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
		n, len(lat), len(api.callsOf("deleteMessage")), len(api.callsOf("deleteMessages")), countStatus(api, "sendMessage", 429), q(0.5), q(0.9), q(0.99), lat[len(lat)-1])
	return q(0.5), q(0.99), len(lat)
}

func countStatus(api *fakeAPI, method string, status int) int {
	n := 0
	for _, c := range api.callsOf(method) {
		if c.Status == status {
			n++
		}
	}
	return n
}

func atoi(s string) int64 {
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// hashUser turns a chat mix account name into a Telegram user id.
func hashUser(s string) int64 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return int64(h % 1_000_000_000)
}
