package discord_test

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/discord"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// A delete rate limited until the bot stops is carried out by the next
// start, once; the notices of a flooded channel go out as one.
func TestOutboxResumedAfterRestart(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	h := startAt(t, path, func(o *discord.Options) { o.DrainTimeout = 100 * time.Millisecond })
	h.script("DELETE", "/channels/c1/messages/down", reply{sticky: true,
		status: 503, body: `{"message": "Service Unavailable", "code": 0}`})
	h.dispatch("MESSAGE_CREATE", message("down", "c1", "u1", phish))
	h.waitCalls("DELETE", "/channels/c1/messages/down", 3)
	h.stop()
	h.closeStore()

	h2 := startAt(t, path)
	h2.waitDelete("c1", "down")
	note := h2.waitPost("c1", 1)["content"].(string)
	if !strings.Contains(note, "dlscord[.]gift") {
		t.Errorf("notice after the restart: %q", note)
	}
	for deadline := time.Now().Add(waitLimit); ; time.Sleep(10 * time.Millisecond) {
		ts, err := h2.engine.Pending(context.Background(), bot.Discord)
		if err == nil && len(ts) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("outbox not emptied: %+v %v", ts, err)
		}
	}
	h2.stop()
	if n := h2.count("DELETE", "/channels/c1/messages/down"); n != 1 {
		t.Errorf("%d deletes after the restart, want 1", n)
	}
}

func TestFloodedChannelGetsOneNotice(t *testing.T) {
	t.Parallel()
	h := start(t)
	gate := make(chan struct{})
	// the channel's first notice hangs: the others pile up behind it
	h.script("POST", "/channels/c1/messages", reply{gate: gate})
	for _, id := range []string{"f1", "f2", "f3", "f4", "f5"} {
		h.dispatch("MESSAGE_CREATE", message(id, "c1", "u-"+id, phish))
	}
	for _, id := range []string{"f1", "f2", "f3", "f4", "f5"} {
		h.waitDelete("c1", id)
	}
	close(gate)
	h.stop()
	// every notice is told once, and fewer messages than notices are sent
	var told, posts int
	for _, p := range h.posts("c1") {
		posts++
		text := p["content"].(string)
		if m := floodRE.FindStringSubmatch(text); m != nil {
			n, _ := strconv.Atoi(m[1])
			told += n
		} else {
			told++
		}
	}
	if told != 5 || posts >= 5 {
		t.Errorf("%d posts telling of %d notices, want fewer than 5 telling of 5:\n%s", posts, told, h.dump())
	}
}

var floodRE = regexp.MustCompile(`removed (\d+) dangerous messages`)

// With shards in processes of their own on one store, each resumes the
// tasks of its own servers only.
func TestShardResumesItsOwnServersTasks(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Server 8388608 (2<<22) is shard 0's of 2, server 4194304 (1<<22)
	// shard 1's; a task of no known server is shard 0's.
	now := time.Now()
	err = db.AddTasks(context.Background(), []bot.Task{
		{ID: "delete/c0/m0", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c0", Group: "8388608", Message: "m0", Time: now},
		{ID: "delete/c1/m1", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c1", Group: "4194304", Message: "m1", Time: now},
		{ID: "delete/c2/m2", Platform: bot.Discord, Action: bot.ActDelete, Chat: "c2", Message: "m2", Time: now},
	})
	if err == nil {
		err = db.Commit(context.Background())
	}
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	h := startAt(t, path, func(o *discord.Options) { o.ShardID, o.ShardCount = 0, 2 })
	h.waitDelete("c0", "m0")
	h.waitDelete("c2", "m2")
	for deadline := time.Now().Add(waitLimit); ; time.Sleep(10 * time.Millisecond) {
		ts, err := h.engine.Pending(context.Background(), bot.Discord)
		if err != nil {
			t.Fatal(err)
		}
		if len(ts) == 1 && ts[0].ID == "delete/c1/m1" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("pending after shard 0 resumed: %+v, want shard 1's task alone", ts)
		}
	}
	h.stop()
	if n := h.deletes("c1", "m1"); n != 0 {
		t.Errorf("shard 0 carried out shard 1's task (%d deletes)", n)
	}
}

// Deletes left in the outbox go together as one bulk delete, but a message
// older than Discord's two weeks for bulk deletes goes on its own.
func TestWaitingDeletesGoInBulk(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "immune.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	var ts []bot.Task
	for i, age := range []time.Duration{13*24*time.Hour + time.Hour, 13*24*time.Hour + 2*time.Hour, time.Minute, 2 * time.Minute} {
		id := "b" + strconv.Itoa(i)
		ts = append(ts, bot.Task{ID: "delete/c1/" + id, Platform: bot.Discord, Action: bot.ActDelete, Chat: "c1", Message: id, Time: now.Add(-age)})
	}
	if err := db.AddTasks(context.Background(), ts); err != nil {
		t.Fatal(err)
	}
	if err := db.Commit(context.Background()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	h := startAt(t, path)
	for _, id := range []string{"b0", "b1", "b2", "b3"} {
		h.waitDelete("c1", id)
	}
	h.stop()
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, id := range []string{"b0", "b1"} {
		if n := len(h.matching("DELETE", "/channels/c1/messages/"+id)); n != 1 {
			t.Errorf("old message %s: %d deletes of its own, want 1", id, n)
		}
	}
	bulk := h.matching("POST", "/channels/c1/messages/bulk-delete")
	if len(bulk) != 1 || !strings.Contains(string(bulk[0].Body), `"b2"`) || !strings.Contains(string(bulk[0].Body), `"b3"`) {
		t.Errorf("bulk deletes %v, want one naming b2 and b3", bulk)
	}
}
