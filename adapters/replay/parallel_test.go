package replay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
)

// TestWorkersDecideAsOne scans the realistic mix, with edits that add a
// link to earlier messages and a few malformed lines, with one worker and
// with several: the output is the same, line for line. Hijacked accounts
// spraying a lure, strikes piling up to a mute, first links and edits all
// depend on what came before from the same account, which one worker
// judges in order.
func TestWorkersDecideAsOne(t *testing.T) {
	t.Parallel()
	msgs := chatmix.Messages(12000, 11)
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for i, m := range msgs {
		since := m.MemberSince
		line := replay.Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, User: m.User, UserName: m.UserName,
			Time: m.Time, MemberSince: &since, Text: m.Text, Links: m.Links, Attachments: m.Attachments}
		if err := enc.Encode(line); err != nil {
			t.Fatal(err)
		}
		if i%97 == 0 && i > 0 {
			// an edit of a message seen a little earlier, now with a link
			e := msgs[i-40]
			edit := replay.Input{ID: e.ID, Platform: e.Platform, Chat: e.Chat, User: e.User, UserName: e.UserName,
				Time: m.Time, Text: e.Text + " https://gift-" + fmt.Sprint(i) + ".xyz/claim", Edited: true}
			if err := enc.Encode(edit); err != nil {
				t.Fatal(err)
			}
		}
		if i%1000 == 500 {
			in.WriteString("{not json\n")
		}
	}
	scan := func(workers int) (string, replay.Stats) {
		sc, _ := newScanner(t)
		sc.Workers = workers
		var out bytes.Buffer
		st, err := sc.Run(context.Background(), bytes.NewReader(in.Bytes()), &out)
		if err != nil {
			t.Fatal(err)
		}
		return out.String(), st
	}
	one, st1 := scan(1)
	if st1.Flagged == 0 || st1.Errors != 12 || !strings.Contains(one, `"compromised":true`) {
		t.Fatalf("the mix shows nothing to compare: %+v", st1)
	}
	for _, n := range []int{2, 5} {
		got, st := scan(n)
		if st != st1 {
			t.Errorf("%d workers: stats %+v, want %+v", n, st, st1)
		}
		if got != one {
			a, b := strings.Split(one, "\n"), strings.Split(got, "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Fatalf("%d workers: line %d is\n%s\nwant\n%s", n, i+1, b[i], a[i])
				}
			}
			t.Fatalf("%d workers: %d lines, want %d", n, len(b), len(a))
		}
	}
}

// TestShardKeepsAnAccountTogether: the messages of one account go to one
// worker, whatever their chat.
func TestShardKeepsAnAccountTogether(t *testing.T) {
	t.Parallel()
	sc, _ := newScanner(t)
	e := sc.Engine
	seen := map[int]bool{}
	for i := range 200 {
		a := bot.Message{Platform: bot.Telegram, User: fmt.Sprint("u", i%7), Chat: fmt.Sprint("c", i)}
		b := a
		b.Chat = "other"
		if e.Shard(&a, 4) != e.Shard(&b, 4) {
			t.Fatalf("account %s split between workers", a.User)
		}
		seen[e.Shard(&a, 4)] = true
		if e.Shard(&a, 1) != 0 {
			t.Fatal("one worker, and a shard other than 0")
		}
	}
	if len(seen) < 2 {
		t.Errorf("7 accounts all on one of 4 workers: %v", seen)
	}
}
