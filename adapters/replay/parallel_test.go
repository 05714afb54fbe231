package replay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// TestQuietExportForgetsNothingAhead scans a quiet chat's export, a
// message an hour, with a hijacked account spraying a lure into three
// chats within minutes every ten hours, on one worker and on several:
// every spray is caught, the same way. Each commit forgets the sightings
// older than a day by the scan's clock; several workers are handed lines
// well ahead of those they judge, and a clock set by the lines read
// rather than decided forgot a spray's first sightings before its last
// message was judged.
func TestQuietExportForgetsNothingAhead(t *testing.T) {
	t.Parallel()
	const sprays = 200
	t0 := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	put := func(l replay.Input) {
		if err := enc.Encode(l); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 10 * sprays {
		at := t0.Add(time.Duration(i) * time.Hour)
		if i%10 == 5 {
			u := fmt.Sprint("hijacked", i)
			for c := range 3 {
				put(replay.Input{ID: fmt.Sprint("s", i, "-", c), Platform: bot.Telegram, Chat: fmt.Sprint("chat", c), User: u, UserName: u,
					Time: at.Add(time.Duration(c) * time.Minute), Text: "is this you in this photo?? https://photo-album-share.xyz/p/8812"})
			}
			continue
		}
		u := fmt.Sprint("member", i%37)
		put(replay.Input{ID: fmt.Sprint("m", i), Platform: bot.Telegram, Chat: fmt.Sprint("chat", i%3), User: u, UserName: u,
			Time: at, Text: "good morning all"})
	}
	scan := func(workers int) string {
		sc, _ := newScanner(t)
		sc.Workers, sc.BatchSize = workers, 16
		var out bytes.Buffer
		if _, err := sc.Run(context.Background(), bytes.NewReader(in.Bytes()), &out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	one := scan(1)
	if n := strings.Count(one, `"fan_out"`); n != sprays {
		t.Fatalf("one worker: %d sprays caught, want %d", n, sprays)
	}
	for run := range 5 {
		got := scan(4)
		if got == one {
			continue
		}
		a, b := strings.Split(one, "\n"), strings.Split(got, "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("scan %d, 4 workers: line %d is\n%s\nwant\n%s", run+1, i+1, b[i], a[i])
			}
		}
		t.Fatalf("scan %d, 4 workers: %d lines, want %d", run+1, len(b), len(a))
	}
}

// TestWorkersReadMemberSinceAsOne: a line the quick decoder leaves to
// encoding/json (a field the contract does not name, before member_since;
// member_since given twice, in two spellings) keeps its member_since when
// it is handed to another worker. Each line is a newcomer's lure, a
// minute after joining: every one is said to be a new member's, with one
// worker and with two. Before, the copy handed to a worker pointed its
// member_since to the reader's place for it, which only the quick decoder
// fills: it read as unknown on two workers and more.
func TestWorkersReadMemberSinceAsOne(t *testing.T) {
	t.Parallel()
	var in strings.Builder
	for i := range 40 {
		at := time.Date(2026, 10, 1, 12, i, 0, 0, time.UTC)
		since, old := at.Add(-time.Minute).Format(time.RFC3339), "2020-01-01T00:00:00Z"
		head := fmt.Sprintf(`"id":"m%d","platform":"telegram","chat":"c%d","user":"u%d","time":%q`, i, i%3, i, at.Format(time.RFC3339))
		text := `"text":"Claim your free airdrop now https://bit.ly/3xYzAbc connect wallet"`
		switch i % 3 {
		case 0: // a field of the export's own first
			fmt.Fprintf(&in, `{"source":"export",%s,"member_since":%q,%s}`+"\n", head, since, text)
		case 1: // the last of two spellings counts, as in encoding/json
			fmt.Fprintf(&in, `{%s,"member_since":%q,%s,"Member_Since":%q}`+"\n", head, old, text, since)
		default: // a field of the export's own last
			fmt.Fprintf(&in, `{%s,"member_since":%q,%s,"source":"export"}`+"\n", head, since, text)
		}
	}
	scan := func(workers int) string {
		sc, _ := newScanner(t)
		sc.Workers = workers
		var out bytes.Buffer
		if _, err := sc.Run(context.Background(), strings.NewReader(in.String()), &out); err != nil {
			t.Fatal(err)
		}
		return out.String()
	}
	for _, workers := range []int{1, 2} {
		out := scan(workers)
		for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if !strings.Contains(line, `"new_member"`) {
				t.Errorf("%d workers: line %d is not a new member's:\n%s\nof\n%s", workers, i+1, line, strings.Split(in.String(), "\n")[i])
			}
		}
	}
}

// TestBatchesGrowBesideASlowStore: while the store is still committing
// the last batch, a batch grows past the batch size (to twice it) rather
// than hold up the judging; it is moved to more room only once the
// workers are done with the lines handed to them, which write their
// outputs into it by index. With commits slowed down the batches grow,
// and the output is line for line that of one worker with one batch.
func TestBatchesGrowBesideASlowStore(t *testing.T) {
	t.Parallel()
	in := deterministicInput(t)
	want := scanOnce(t, in)
	lines := bytes.Count(in, []byte("\n"))
	for _, workers := range []int{1, 3} {
		sc, db := newScanner(t)
		sc.BatchSize, sc.Workers = 40, workers
		var commits atomic.Int64
		db.SetCommitHook(func(time.Duration, error) {
			commits.Add(1)
			time.Sleep(3 * time.Millisecond) // a slow disk
		})
		var out bytes.Buffer
		if _, err := sc.Run(context.Background(), bytes.NewReader(in), &out); err != nil {
			t.Fatal(err)
		}
		if n := commits.Load(); n*int64(sc.BatchSize) >= int64(lines) {
			t.Errorf("%d workers: %d commits for %d lines: the batches never grew past %d lines", workers, n, lines, sc.BatchSize)
		}
		if !bytes.Equal(out.Bytes(), want) {
			a, b := strings.Split(string(want), "\n"), strings.Split(out.String(), "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Fatalf("%d workers, growing batches: line %d is\n%s\nwant\n%s", workers, i+1, b[i], a[i])
				}
			}
			t.Fatalf("%d workers, growing batches: %d lines, want %d", workers, len(b), len(a))
		}
	}
}
