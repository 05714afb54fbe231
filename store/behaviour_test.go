package store_test

import (
	"path/filepath"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
	"github.com/immunebot/immune/store/storetest"
)

// bboltBackend opens stores on bbolt files in the test's directory, with
// cacheSize records cached (0: the default).
func bboltBackend(cacheSize int) storetest.Backend {
	options := func(o storetest.Options) store.Options {
		return store.Options{Now: o.Now, AuditRetention: o.AuditRetention, SightingRetention: o.SightingRetention,
			JudgedRetention: o.JudgedRetention, ExpansionRetention: o.ExpansionRetention, CacheSize: cacheSize,
			OffenderRetention: storetest.Keep(o.OffenderRetention), FirstLinkRetention: storetest.Keep(o.FirstLinkRetention),
			OutboxRetention: storetest.Keep(o.OutboxRetention), CompromisedTTL: o.CompromisedTTL}
	}
	return storetest.Backend{
		Open: func(t testing.TB, o storetest.Options) bot.Store {
			return openAt(t, filepath.Join(t.TempDir(), "immune.db"), options(o))
		},
		Reopen: func(t testing.TB, s bot.Store, o storetest.Options) bot.Store {
			return reopen(t, s.(*store.DB), options(o))
		},
	}
}

// TestBehaviour runs the behaviour every store has on bbolt, with the
// default cache and with one so small that reads go to the file.
func TestBehaviour(t *testing.T) {
	t.Parallel()
	t.Run("default cache", func(t *testing.T) {
		t.Parallel()
		storetest.Run(t, bboltBackend(0))
	})
	t.Run("tiny cache", func(t *testing.T) {
		t.Parallel()
		storetest.Run(t, bboltBackend(2))
	})
}

// TestInvalidWritesAreNotBuffered checks that a write the store refuses
// leaves nothing to commit.
func TestInvalidWritesAreNotBuffered(t *testing.T) {
	t.Parallel()
	db, _ := openTemp(t, store.Options{})
	_ = db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram}})
	_ = db.AddSightings(ctx, []bot.Sighting{{Fingerprints: []string{"x"}}})
	_ = db.PutChatSettings(ctx, bot.ChatSettings{Mode: bot.ModeOff})
	_ = db.PutListEntry(ctx, bot.ListEntry{Value: "x.example"})
	if n := db.Pending(); n != 0 {
		t.Errorf("invalid writes were buffered: Pending = %d", n)
	}
}
