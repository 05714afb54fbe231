package store_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// TestKeepOffender: a record handed to KeepOffender reads back, buffered
// and committed and from the file, as the same record handed to
// PutOffender does (times in UTC without a monotonic reading, empty lists
// nil, slices capped), while it allocates only the record itself: the
// lists the caller gives up are kept, not copied. The engine hands over
// each flagged sender's record this way.
func TestKeepOffender(t *testing.T) {
	zone := time.FixedZone("ICT", 7*3600)
	now := time.Now() // a monotonic reading, which the store drops
	records := map[string]bot.Offender{
		"full": fullOffender("full", now),
		"utc":  inUTC(fullOffender("utc", now.Round(0))),
		"bare": {Account: account("bare"), Name: "bare", LastSeen: now.Round(0).UTC(), Strikes: []time.Time{}, Chats: []string{}},
	}
	ends := records["utc"]
	ends.Account = account("ends")
	ends.RestrictedEnds = []time.Time{ends.LastSeen, ends.LastSeen.In(zone)}
	ends.Pardons = []bot.Pardon{{Scope: "p", Time: now}}
	ends.Strikes = append(make([]time.Time, 0, 8), ends.Strikes...) // spare capacity
	records["ends"] = ends
	dbs := map[string]*store.DB{}
	for _, how := range []string{"put", "keep"} {
		db, _ := openTemp(t, store.Options{OffenderRetention: -1})
		dbs[how] = db
		for _, o := range records {
			if how == "put" {
				must(t, db.PutOffender(ctx, o))
			} else {
				must(t, db.KeepOffender(ctx, o))
			}
		}
	}
	acrossCommit(t, dbs, store.Options{OffenderRetention: -1}, func(when string) {
		for name, o := range records {
			want, err := dbs["put"].Offender(ctx, o.Account)
			must(t, err)
			got, err := dbs["keep"].Offender(ctx, o.Account)
			must(t, err)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: kept %+v\nput %+v", when, name, got, want)
			}
			v, err := dbs["keep"].ViewOffender(ctx, o.Account)
			must(t, err)
			if cap(v.Strikes) != len(v.Strikes) || cap(v.RestrictedEnds) != len(v.RestrictedEnds) {
				t.Errorf("%s %s: a kept record's times have spare capacity", when, name)
			}
		}
	})
	// The second write of a record replaces the first in the layer: a
	// record in UTC is kept with no allocation but its own.
	db := dbs["keep"]
	o := records["utc"]
	o.Chats = append(o.Chats, "-100999") // as the engine appends to a record
	if n := testing.AllocsPerRun(100, func() { must(t, db.KeepOffender(ctx, o)) }); n > 1 {
		t.Errorf("KeepOffender allocated %v times a record, want 1: it copied the lists it was given", n)
	}
}

// TestKeepSightings: sightings handed to KeepSightings read back, buffered
// and committed and from the file, as the same handed to AddSightings do
// (times in UTC without a monotonic reading), and keeping one allocates
// nothing: the sighting and its fingerprints are kept, not copied. The
// engine hands over the sighting of every message with a link this way.
func TestKeepSightings(t *testing.T) {
	zone := time.FixedZone("ICT", 7*3600)
	now := time.Now() // a monotonic reading, which the store drops
	sightings := func() []bot.Sighting {
		return []bot.Sighting{
			fullSighting("a", "-100123", "1", now),
			fullSighting("a", "-100456", "2", now.Add(time.Minute).In(zone)),
			fullSighting("b", "-100123", "3", now.Round(0).UTC()),
		}
	}
	dbs := map[string]*store.DB{}
	for _, how := range []string{"add", "keep"} {
		db, _ := openTemp(t, store.Options{SightingRetention: -1})
		dbs[how] = db
		if how == "add" {
			must(t, db.AddSightings(ctx, sightings()))
		} else {
			must(t, db.KeepSightings(ctx, sightings()))
		}
	}
	acrossCommit(t, dbs, store.Options{SightingRetention: -1}, func(when string) {
		for _, user := range []string{"a", "b"} {
			want, err := dbs["add"].RecentSightings(ctx, account(user), now.Add(-time.Hour))
			must(t, err)
			got, err := dbs["keep"].RecentSightings(ctx, account(user), now.Add(-time.Hour))
			must(t, err)
			if len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: kept %+v\nadded %+v", when, user, got, want)
			}
		}
	})
	db := dbs["keep"]
	s := sightings()[2:]
	if n := testing.AllocsPerRun(100, func() { must(t, db.KeepSightings(ctx, s)) }); n != 0 {
		t.Errorf("KeepSightings allocated %v times, want 0: it copied what it was given", n)
	}
}

// acrossCommit runs check on the stores with their writes buffered, then
// committed, then read from their files again.
func acrossCommit(t *testing.T, dbs map[string]*store.DB, opts store.Options, check func(when string)) {
	t.Helper()
	check("buffered")
	for _, db := range dbs {
		must(t, db.Commit(ctx))
	}
	check("committed")
	for how, db := range dbs {
		dbs[how] = reopen(t, db, opts)
	}
	check("reopened")
}
