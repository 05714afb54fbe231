package store

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// TestKeysTooLongAreRefused checks that a write whose key bbolt would refuse
// at Commit is refused when it is made, and leaves nothing buffered.
func TestKeysTooLongAreRefused(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{})
	must(t, err)
	defer db.Close()
	long := strings.Repeat("9", bolt.MaxKeySize)
	acct := bot.AccountKey{Platform: bot.Telegram, User: long}
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for name, err := range map[string]error{
		"offender":   db.PutOffender(ctx, bot.Offender{Account: acct}),
		"sighting":   db.AddSightings(ctx, []bot.Sighting{{Account: acct, Time: at}}),
		"first link": db.SetFirstLink(ctx, acct, at),
		"chat":       db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Discord, Chat: long}, Mode: bot.ModeOff}),
		"list entry": db.PutListEntry(ctx, bot.ListEntry{Kind: bot.BlockList, Value: long}),
		"task":       db.AddTasks(ctx, []bot.Task{{ID: long, Platform: bot.Discord, Action: bot.ActDelete, Time: at}}),
	} {
		if !errors.Is(err, ErrInvalidRecord) {
			t.Errorf("%s with a key of %d bytes: %v, want ErrInvalidRecord", name, len(long), err)
		}
	}
	if n := db.Pending(); n != 0 {
		t.Errorf("refused writes were buffered: Pending = %d", n)
	}
	must(t, db.PutOffender(ctx, offender("1")))
	must(t, db.Commit(ctx))
}

// TestCommitDropsARecordItCannotWrite puts records the checks would refuse
// straight into the buffer, as a bug past them would: the Commit writes the
// rest, drops the bad ones and says so, and the next Commit is clean.
func TestCommitDropsARecordItCannotWrite(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	good := offender("good")
	opts := Options{Now: func() time.Time { return good.LastSeen }}
	db, err := Open(path, opts)
	must(t, err)
	must(t, db.PutOffender(ctx, good))
	bad := offender("bad")
	bad.RestrictedUntil = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	longKey := bot.ChatKey{Platform: bot.Discord, Chat: strings.Repeat("c", bolt.MaxKeySize+1)}
	must(t, db.write(func(top *layer) {
		top.offenders[bad.Account] = cloneOffender(&bad)
		top.chats[longKey] = &bot.ChatSettings{Chat: longKey, Mode: bot.ModeOff}
		// audit entries are encoded as they are buffered: one the checks
		// refuse is not buffered at all
		top.appendAudit(&bot.AuditEntry{Time: good.LastSeen, Score: math.Inf(1), Note: "bad"})
		top.appendAudit(&bot.AuditEntry{Time: good.LastSeen, Score: 0.9, Note: "good"})
	}))
	err = db.Commit(ctx)
	if !errors.Is(err, ErrInvalidRecord) {
		t.Fatalf("Commit with records it cannot write: %v, want ErrInvalidRecord", err)
	}
	for _, want := range []string{"offender telegram:bad", "restricted_until", "chat discord:ccc"} {
		if !strings.Contains(err.Error(), want) && !strings.Contains(err.Error(), "MarshalJSON") {
			t.Errorf("the error does not name %q: %v", want, err)
		}
	}
	if n := db.Pending(); n != 0 {
		t.Errorf("after the Commit, %d writes are still buffered", n)
	}
	must(t, db.PutOffender(ctx, offender("later")))
	if err := db.Commit(ctx); err != nil {
		t.Fatalf("a later Commit: %v", err)
	}
	must(t, db.Close())

	db, err = Open(path, opts)
	must(t, err)
	defer db.Close()
	for _, user := range []string{"good", "later"} {
		if _, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: user}); err != nil {
			t.Errorf("offender %s: %v", user, err)
		}
	}
	if _, err := db.Offender(ctx, bad.Account); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("the dropped offender: %v, want ErrNotFound", err)
	}
	audit, err := db.RecentAudit(ctx, 0)
	if err != nil || len(audit) != 1 || audit[0].Note != "good" {
		t.Errorf("audit = %+v, %v; want the good entry only", audit, err)
	}
}
