package postgres_test

import (
	"context"
	"os"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
	"github.com/immunebot/immune/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var ctx = context.Background()

// opened remembers the URL each store was opened on, for Reopen and Peer.
type opened struct {
	*postgres.DB
	url string
}

func options(o storetest.Options) postgres.Options {
	return postgres.Options{Now: o.Now, AuditRetention: o.AuditRetention, SightingRetention: o.SightingRetention,
		JudgedRetention: o.JudgedRetention, OffenderRetention: storetest.Keep(o.OffenderRetention),
		FirstLinkRetention: storetest.Keep(o.FirstLinkRetention), OutboxRetention: storetest.Keep(o.OutboxRetention),
		CompromisedTTL: o.CompromisedTTL, ExpansionRetention: o.ExpansionRetention}
}

// openURL opens the store at url and closes it when the test ends.
func openURL(t testing.TB, url string, o postgres.Options) *opened {
	t.Helper()
	db, err := postgres.Open(ctx, url, o)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return &opened{DB: db, url: url}
}

var backend = storetest.Backend{
	Open: func(t testing.TB, o storetest.Options) bot.Store {
		return openURL(t, pgtest.URL(t), options(o))
	},
	Reopen: func(t testing.TB, s bot.Store, o storetest.Options) bot.Store {
		db := s.(*opened)
		if err := db.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		return openURL(t, db.url, options(o))
	},
	Peer: func(t testing.TB, s bot.Store, o storetest.Options) bot.Store {
		return openURL(t, s.(*opened).url, options(o))
	},
}

// TestBehaviour runs the behaviour every store has on PostgreSQL, with
// peers: stores of their own on the same database, as other processes
// have.
func TestBehaviour(t *testing.T) {
	t.Parallel()
	storetest.Run(t, backend)
}

// contextWithCancel is a context cancelled at the end of the test, or
// sooner by the returned function.
func contextWithCancel(t testing.TB) (context.Context, context.CancelFunc) {
	c, cancel := context.WithCancel(ctx)
	t.Cleanup(cancel)
	return c, cancel
}
