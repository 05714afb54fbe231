package replay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/adapters/replay"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/store"
)

// deterministicInput is a scan input that reaches every output field and
// reason: the realistic chat mix on Telegram and on Discord (benign links,
// spammers, hijacked accounts spraying a lure into several chats and
// getting swept), domains built from several lure words, some inside
// others (free-nitro-gifts, hypeteams), files, masked links, and edits
// adding a link to a message seen thousands of messages before.
func deterministicInput(t *testing.T) []byte {
	t.Helper()
	const n = 6000
	msgs := chatmix.Mix{Chats: 60, Accounts: 2000, Platform: bot.Telegram}.Messages(n, 3)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	put := func(in replay.Input) {
		if err := enc.Encode(in); err != nil {
			t.Fatal(err)
		}
	}
	lures := []string{
		"https://free-nitro-gifts.xyz/claim", "https://welcometohypeteams.gq/login", "https://steamcommunity-gift-free.ru/trade",
		"https://secure-login-verify-account.top/wallet", "https://airdrop-claim-bonus-reward.click/connect",
		"https://nltro-gifts.com/app", "https://paypal.com-secure-update.info/signin", "http://dlscord-app.net/verify-login-gift",
	}
	at := func(i int) time.Time { return msgs[0].Time.Add(time.Duration(i) * time.Second) }
	for i, m := range msgs {
		since := m.MemberSince
		in := replay.Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, User: m.User, UserName: m.UserName,
			Time: m.Time, MemberSince: &since, Text: m.Text, Links: m.Links, Attachments: m.Attachments}
		switch i % 97 {
		case 5:
			in.Text += " " + lures[i%len(lures)]
		case 11:
			in.Links = append(in.Links, bot.LinkRef{Text: "your gift", URL: lures[(i/97)%len(lures)]})
		case 23:
			in.Attachments = append(in.Attachments, bot.Attachment{Name: "photo_2024.jpg.exe", MIME: "application/octet-stream", Size: int64(40000 + i)})
		}
		put(in)
	}
	// a Discord stream beside it: channels in servers, whose settings,
	// mutes and sweeps are per server
	for _, m := range (chatmix.Mix{Chats: 30, Accounts: 800, Platform: bot.Discord}).Messages(2000, 4) {
		since := m.MemberSince
		put(replay.Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, Group: "g" + m.Chat[len(m.Chat)-1:], User: m.User,
			UserName: m.UserName, Time: m.Time, MemberSince: &since, Text: m.Text, Links: m.Links, Attachments: m.Attachments})
	}
	// edits, long after their messages, adding a link: judged against
	// what the engine remembers of the message
	for i := 0; i < n; i += 25 {
		m := msgs[i]
		since := m.MemberSince
		put(replay.Input{ID: m.ID, Platform: m.Platform, Chat: m.Chat, User: m.User, UserName: m.UserName,
			Time: at(n + i), MemberSince: &since, Text: m.Text + " " + lures[i%len(lures)], Edited: true})
	}
	return buf.Bytes()
}

// scanOnce scans in on a new store and engine and returns the output.
func scanOnce(t *testing.T, in []byte) []byte {
	t.Helper()
	sc, _ := newScanner(t)
	var out bytes.Buffer
	if _, err := sc.Run(context.Background(), bytes.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestTwoScansGiveTheSameBytes: the same input scanned twice, each time on
// a new store, gives the same output byte for byte: no reason detail, no
// order of reasons, actions or swept messages, and no score depends on map
// order or on a hash seed chosen at start.
func TestTwoScansGiveTheSameBytes(t *testing.T) {
	t.Parallel()
	in := deterministicInput(t)
	first := scanOnce(t, in)
	// the input reaches what it is meant to reach
	for _, want := range []string{`"domain_words"`, `"sweep":["`, `"restrict"`, `"edit_added_link"`, `"double_extension"`, `"masked_link"`} {
		if !bytes.Contains(first, []byte(want)) {
			t.Errorf("the input never produces %s", want)
		}
	}
	for run := 2; run <= 3; run++ {
		again := scanOnce(t, in)
		if bytes.Equal(first, again) {
			continue
		}
		a, b := strings.Split(string(first), "\n"), strings.Split(string(again), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("scan %d differs from the first at output line %d:\n%s\n%s", run, i+1, a[i], b[i])
			}
		}
		t.Fatalf("scan %d gave %d lines, the first %d", run, len(b), len(a))
	}
}

// TestOutputDependsOnlyOnInput: the same input gives the same bytes
// whatever the batch size (which sets where the store's commits fall) and
// the number of workers (which sets when they run beside the judging),
// on a store that forgets sightings as immune scan's does (twice the sweep
// window). The input's edits come hours after the lines before them in
// the stream's time (the Discord stream runs later than the Telegram
// one): whether a commit had pruned the sightings they sweep must not
// show in the output.
func TestOutputDependsOnlyOnInput(t *testing.T) {
	t.Parallel()
	in := deterministicInput(t)
	cfg := bot.DefaultConfig()
	retention := 2 * cfg.SweepWindow
	scan := func(batch, workers int) []byte {
		sc := &replay.Scanner{BatchSize: batch, Workers: workers, SightingRetention: retention}
		db, err := store.Open(filepath.Join(t.TempDir(), "scan.db"), store.Options{SightingRetention: retention, Now: func() time.Time {
			if c := sc.Clock(); !c.IsZero() {
				return c
			}
			return time.Now()
		}})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if sc.Engine, err = bot.NewEngine(context.Background(), cfg, db, nil, nil); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if _, err := sc.Run(context.Background(), bytes.NewReader(in), &out); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	first := scan(100000, 1)
	if !bytes.Contains(first, []byte(`"edit_added_link"`)) || !bytes.Contains(first, []byte(`"sweep":["`)) {
		t.Fatal("the input no longer sweeps or edits in a link")
	}
	for _, run := range []struct{ batch, workers int }{
		{3214, 1}, {8001, 1}, {500, 1}, {2000, 2}, {2000, 2}, {2000, 2}, {7000, 2}, {100000, 2}, {64, 2},
	} {
		again := scan(run.batch, run.workers)
		if bytes.Equal(first, again) {
			continue
		}
		a, b := strings.Split(string(first), "\n"), strings.Split(string(again), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("batch %d, %d workers differs from batch 100000, 1 worker at output line %d:\n%s\n%s", run.batch, run.workers, i+1, a[i], b[i])
			}
		}
		t.Fatalf("batch %d, %d workers gave %d lines, batch 100000, 1 worker %d", run.batch, run.workers, len(b), len(a))
	}
}
