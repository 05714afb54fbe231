package store_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

var ctx = context.Background()

// t0 is the tests' epoch.
var t0 = time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC)

// clock is an injectable Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// openTemp opens a new store in the test's directory and closes it at the
// end of the test.
func openTemp(t testing.TB, opts store.Options) (*store.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "immune.db")
	return openAt(t, path, opts), path
}

// openAt opens the store at path and closes it at the end of the test.
func openAt(t testing.TB, path string, opts store.Options) *store.DB {
	t.Helper()
	db, err := store.Open(path, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// reopen closes db and opens its file again.
func reopen(t testing.TB, db *store.DB, opts store.Options) *store.DB {
	t.Helper()
	if err := db.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return openAt(t, db.Path(), opts)
}

func mustCommit(t testing.TB, db *store.DB) {
	t.Helper()
	if err := db.Commit(ctx); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func account(user string) bot.AccountKey {
	return bot.AccountKey{Platform: bot.Telegram, User: user}
}

// fullOffender has every field set, times in a zone other than UTC.
func fullOffender(user string, lastSeen time.Time) bot.Offender {
	zone := time.FixedZone("ICT", 7*3600)
	return bot.Offender{
		Account:          account(user),
		Name:             "Nguyễn Văn " + user,
		Strikes:          []time.Time{lastSeen.Add(-2 * time.Hour).In(zone), lastSeen.Add(-time.Hour)},
		Compromised:      true,
		CompromisedSince: lastSeen.Add(-30 * time.Minute).In(zone),
		Evidence:         "same link in 4 chats within 3m",
		RestrictedUntil:  lastSeen.Add(24 * time.Hour),
		Restricted:       []string{"-100123", "-100456"},
		Chats:            []string{"-100123", "-100456", "-100789"},
		Groups:           []string{"guild-1"},
		LastSeen:         lastSeen,
	}
}

func fullSighting(user, chat, id string, at time.Time) bot.Sighting {
	return bot.Sighting{
		Account:      account(user),
		Fingerprints: []string{"u:dlscord.com/gift", "t:123"},
		Message:      bot.MessageRef{Platform: bot.Telegram, Chat: chat, ID: id},
		Group:        "guild-" + chat,
		Time:         at,
	}
}

func fullAudit(at time.Time, note string) bot.AuditEntry {
	return bot.AuditEntry{
		Time:    at,
		Message: bot.MessageRef{Platform: bot.Discord, Chat: "c1", ID: "m1"},
		Account: bot.AccountKey{Platform: bot.Discord, User: "u1"},
		Level:   bot.Delete,
		Score:   0.97,
		Reasons: []bot.Reason{
			{Code: bot.CodeLookalike, Detail: "spelled like discord.com", Subject: "dlscord[.]com", Imitates: "discord.com", Weight: 0.9},
			{Code: bot.CodeDoubleExtension, Detail: "a program disguised as a photo", Subject: "photo.jpg.exe", File: "executable", Decoy: "photo", Weight: 0.95},
			{Code: bot.CodeLure, Detail: "free gift", Subject: "gift", Weight: 0.4},
		},
		Actions: []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins},
		Sweep:   []bot.MessageRef{{Platform: bot.Discord, Chat: "c2", ID: "m0"}},
		Note:    note,
	}
}

// inUTC returns o as the store hands it back: times in UTC.
func inUTC(o bot.Offender) bot.Offender {
	o.Strikes = append([]time.Time(nil), o.Strikes...)
	for i := range o.Strikes {
		o.Strikes[i] = o.Strikes[i].UTC()
	}
	o.CompromisedSince = o.CompromisedSince.UTC()
	o.RestrictedUntil = o.RestrictedUntil.UTC()
	o.LastSeen = o.LastSeen.UTC()
	return o
}
