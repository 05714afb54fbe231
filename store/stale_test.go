package store

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// seenKeys returns the keys of offenders_by_seen: each the account and the
// time, in key order.
func seenKeys(t *testing.T, db *DB) []string {
	t.Helper()
	var out []string
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOffendersBySeen).ForEach(func(k, _ []byte) error {
			out = append(out, fmt.Sprintf("%s@%s", k[8:], bitsTime(keyTime(k)).Format("01-02T15:04:05")))
			return nil
		})
	}))
	return out
}

// exported returns the offender records and the first links Export hands
// out, by account; each account's once.
func exported(t *testing.T, db *DB) (map[bot.AccountKey]bot.Offender, map[bot.AccountKey]time.Time) {
	t.Helper()
	offenders := make(map[bot.AccountKey]bot.Offender)
	firstLinks := make(map[bot.AccountKey]time.Time)
	must(t, db.Export(ctx, func(r bot.Record) error {
		if o := r.Offender; o != nil {
			if _, ok := offenders[o.Account]; ok {
				t.Errorf("Export hands out %s twice", o.Account)
			}
			offenders[o.Account] = *o
		}
		if f := r.FirstLink; f != nil {
			if _, ok := firstLinks[f.Account]; ok {
				t.Errorf("Export hands out the first link of %s twice", f.Account)
			}
			firstLinks[f.Account] = f.Time
		}
		return nil
	}))
	return offenders, firstLinks
}

// staleBase is the time at which the clock of openKeeping's stores stands.
var staleBase = time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)

// openKeeping opens a new store whose clock stands at staleBase and which
// keeps offender records whatever their times, with its path and options.
func openKeeping(t *testing.T) (*DB, string, Options) {
	t.Helper()
	keep := Options{Now: func() time.Time { return staleBase }, OffenderRetention: -1}
	path := tempPath(t)
	db, err := Open(path, keep)
	must(t, err)
	return db, path, keep
}

// TestStaleCopies: an offender record written again leaves its old key, a
// stale copy; the record is the account's greatest key for every reader
// (Offender, ListOffenders, Export, Open); a deletion, or a record written
// with an earlier LastSeen, takes the stale copies with it in the same
// Commit, so that none is ever read as the record.
func TestStaleCopies(t *testing.T) {
	t.Parallel()
	base := staleBase
	db, path, keep := openKeeping(t)
	defer func() { db.Close() }()
	put := func(u string, minutes int, name string) {
		t.Helper()
		o := offender(u)
		o.LastSeen, o.Name = base.Add(time.Duration(minutes)*time.Minute), name
		must(t, db.PutOffender(ctx, o))
		must(t, db.Commit(ctx))
	}
	put("ann", 1, "ann 1")
	put("ann", 3, "ann 3")
	put("ann", 5, "ann 5")
	put("bob", 2, "bob 2")
	put("bob", 6, "bob 6")
	put("cid", 4, "cid 4")
	put("cid", 7, "cid 7")
	put("dan", 8, "dan 8")
	put("dan", 9, "dan 9")
	// first links: eve's refreshed twice, then set back before both
	eve := bot.AccountKey{Platform: bot.Telegram, User: "eve"}
	for _, m := range []int{2, 5, 1} {
		must(t, db.SetFirstLink(ctx, eve, base.Add(time.Duration(m)*time.Minute)))
		must(t, db.Commit(ctx))
	}
	want := "[telegram:ann@05-01T00:01:00 telegram:bob@05-01T00:02:00 telegram:ann@05-01T00:03:00 telegram:cid@05-01T00:04:00 " +
		"telegram:ann@05-01T00:05:00 telegram:bob@05-01T00:06:00 telegram:cid@05-01T00:07:00 telegram:dan@05-01T00:08:00 telegram:dan@05-01T00:09:00]"
	if got := fmt.Sprint(seenKeys(t, db)); got != want {
		t.Fatalf("keys %s,\nwant %s (every old key stays, a stale copy)", got, want)
	}
	if db.offenderStale.n != 5 {
		t.Errorf("%d stale copies counted, want 5", db.offenderStale.n)
	}

	// bob written back in time, between his keys; cid back onto his own
	// stale copy's time; dan deleted
	put("bob", 4, "bob 4 again")
	put("cid", 4, "cid 4 again")
	must(t, db.DeleteOffender(ctx, offender("dan").Account))
	must(t, db.Commit(ctx))
	want = "[telegram:ann@05-01T00:01:00 telegram:ann@05-01T00:03:00 telegram:bob@05-01T00:04:00 telegram:cid@05-01T00:04:00 telegram:ann@05-01T00:05:00]"
	if got := fmt.Sprint(seenKeys(t, db)); got != want {
		t.Fatalf("keys %s,\nwant %s", got, want)
	}
	wantNames := map[string]string{"ann": "ann 5", "bob": "bob 4 again", "cid": "cid 4 again"}
	check := func(when string) {
		t.Helper()
		if ft, err := db.FirstLink(ctx, eve); err != nil || !ft.Equal(base.Add(time.Minute)) {
			t.Errorf("%s: eve's first link %v, %v; want the one set last, the earliest", when, ft, err)
		}
		if _, fl := exported(t, db); len(fl) != 1 || !fl[eve].Equal(base.Add(time.Minute)) {
			t.Errorf("%s: Export's first links %v", when, fl)
		}
		for u, name := range wantNames {
			o, err := db.Offender(ctx, offender(u).Account)
			if err != nil || o.Name != name {
				t.Errorf("%s: %s = %q, %v; want %q", when, u, o.Name, err, name)
			}
		}
		if _, err := db.Offender(ctx, offender("dan").Account); err != bot.ErrNotFound {
			t.Errorf("%s: dan, deleted: %v, want ErrNotFound", when, err)
		}
		list, err := db.ListOffenders(ctx, 0)
		must(t, err)
		var names []string
		for _, o := range list {
			names = append(names, o.Name)
		}
		if want := []string{wantNames["ann"], wantNames["bob"], wantNames["cid"]}; !slices.Equal(names, want) {
			t.Errorf("%s: ListOffenders %q, want %q", when, names, want)
		}
		if list, err := db.ListOffenders(ctx, 1); err != nil || len(list) != 1 || list[0].Name != wantNames["ann"] {
			t.Errorf("%s: ListOffenders(1) = %+v, %v; want %s", when, list, err, wantNames["ann"])
		}
		ex, _ := exported(t, db)
		if len(ex) != 3 {
			t.Errorf("%s: Export hands out %d records, want 3", when, len(ex))
		}
		for u, name := range wantNames {
			if ex[offender(u).Account].Name != name {
				t.Errorf("%s: Export: %s = %q, want %q", when, u, ex[offender(u).Account].Name, name)
			}
		}
	}
	check("written")
	// a reopen after a crash: the file as the last Commit left it, checked
	crashed := copyFile(t, path)
	must(t, db.Close())
	db, err := Open(crashed, keep)
	must(t, err)
	if _, ok := db.Checked(); !ok {
		t.Error("the crashed copy was not checked at Open")
	}
	check("reopened after a crash")
	if db.offenderStale.n != 2 || !slices.Equal(db.offenderStale.of[offender("ann").Account], []uint64{timeBits(base.Add(time.Minute)), timeBits(base.Add(3 * time.Minute))}) {
		t.Errorf("stale copies after a reopen: %d, %v; want ann's two", db.offenderStale.n, db.offenderStale.of)
	}
	// ann written again after the reopen: her old record becomes a stale copy
	put("ann", 10, "ann 10")
	wantNames["ann"] = "ann 10"
	check("ann written again")
	if db.offenderStale.n != 3 {
		t.Errorf("%d stale copies, want 3", db.offenderStale.n)
	}
}

// TestStaleCopiesPruned: retention, on a real file with a fake clock,
// deletes the stale copies it meets at the start of the bucket and the
// records past it with their stale copies, a batch of records a pass
// (stale copies do not count against it). A crash between passes leaves
// records beside their stale copies; the file read again gives the
// records, and the passes after finish the work.
func TestStaleCopiesPruned(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	now := start // the store's clock
	opts := Options{Now: func() time.Time { return now }, OffenderRetention: 180 * 24 * time.Hour, CompromisedTTL: 30 * 24 * time.Hour}
	path := tempPath(t)
	advance := func(d time.Duration) { now = now.Add(d) }
	db, err := Open(path, opts)
	must(t, err)
	defer func() { db.Close() }()
	// n accounts written twice, their stale copies among the records of
	// n others written once (b0, b1, ...), which retention forgets: more
	// than a prune pass's batch of records, fewer stale copies than
	// records (no sweep)
	const n = 3000
	write := func(at time.Time, name string) {
		for i := range n {
			o := offender(fmt.Sprint(i))
			o.LastSeen, o.Name = at.Add(time.Duration(i)*time.Second), fmt.Sprintf("%s %d", name, i)
			must(t, db.PutOffender(ctx, o))
			must(t, db.SetFirstLink(ctx, o.Account, o.LastSeen))
			if name == "first" {
				o := offender(fmt.Sprint("b", i))
				o.LastSeen = at.Add(time.Duration(i)*time.Second + time.Millisecond)
				must(t, db.PutOffender(ctx, o))
				must(t, db.SetFirstLink(ctx, o.Account, o.LastSeen))
			}
		}
		must(t, db.Commit(ctx))
	}
	// ours leaves out the accounts written once
	ours := func(os []bot.Offender) (out []bot.Offender) {
		for _, o := range os {
			if o.Account.User[0] != 'b' {
				out = append(out, o)
			}
		}
		return out
	}
	opts.FirstLinkRetention = opts.OffenderRetention
	must(t, db.Close())
	db, err = Open(path, opts)
	must(t, err)
	write(start, "first")
	advance(10 * 24 * time.Hour)
	second := now
	write(second, "second")
	if got := len(seenKeys(t, db)); got != 3*n || db.firstLinkStale.n != n {
		t.Fatalf("%d keys, %d stale first links; want %d and %d: every record and a stale copy of half", got, db.firstLinkStale.n, 3*n, n)
	}
	// 180 days after the first writes, 170 after the second: the stale
	// copies and the records written once are past retention, the records
	// written twice are not
	advance(171 * 24 * time.Hour)
	must(t, db.Commit(ctx)) // a pass: a batch of records, and the stale copies among them
	left, staleLeft := len(seenKeys(t, db)), db.offenderStale.n
	if left <= n || left >= 2*n || staleLeft == 0 || staleLeft >= n {
		t.Fatalf("%d keys, %d stale copies after a pass; want a batch of records gone, and the stale copies among them", left, staleLeft)
	}
	// a crash now: records beside their stale copies
	crashed := copyFile(t, path)
	check := func(db *DB, when string) {
		t.Helper()
		for _, i := range []int{0, n / 2, n - 1} {
			o, err := db.Offender(ctx, offender(fmt.Sprint(i)).Account)
			if want := fmt.Sprintf("second %d", i); err != nil || o.Name != want {
				t.Errorf("%s: record %d = %q, %v; want %q", when, i, o.Name, err, want)
			}
		}
		list, err := db.ListOffenders(ctx, 0)
		must(t, err)
		if list = ours(list); len(list) != n || list[0].Name != fmt.Sprintf("second %d", n-1) {
			t.Errorf("%s: ListOffenders: %d records, want %d, the one seen last first", when, len(list), n)
		}
		for _, o := range list {
			if o.Name[:6] != "second" {
				t.Errorf("%s: ListOffenders gives the stale copy %q", when, o.Name)
				break
			}
		}
		ex, fl := exported(t, db)
		var got []bot.Offender
		for _, o := range ex {
			got = append(got, o)
		}
		if len(ours(got)) != n {
			t.Errorf("%s: Export hands out %d records of the accounts written twice, want %d", when, len(ours(got)), n)
		}
		if len(fl) != len(ex) || !fl[offender("0").Account].Equal(second) {
			t.Errorf("%s: Export hands out %d first links, %d records; want one each, the later", when, len(fl), len(ex))
		}
		for _, i := range []int{0, n / 2, n - 1} {
			a := offender(fmt.Sprint(i)).Account
			if ft, err := db.FirstLink(ctx, a); err != nil || !ft.Equal(second.Add(time.Duration(i)*time.Second)) {
				t.Errorf("%s: first link %d = %v, %v; want the later", when, i, ft, err)
			}
		}
	}
	check(db, "after a pass")
	must(t, db.Close())
	db, err = Open(crashed, opts)
	must(t, err)
	if db.offenderStale.n != staleLeft || db.firstLinkStale.n == 0 || db.firstLinkStale.n == n {
		t.Errorf("after the crash: %d stale copies known, want %d; %d of first links, want some of %d", db.offenderStale.n, staleLeft, db.firstLinkStale.n, n)
	}
	check(db, "after the crash")
	for range 3 {
		advance(time.Minute)
		must(t, db.Commit(ctx))
	}
	if got := len(seenKeys(t, db)); got != n || db.offenderStale.n != 0 || db.firstLinkStale.n != 0 {
		t.Errorf("%d keys, %d stale copies (%d of first links) after the passes, want %d and none", got, db.offenderStale.n, db.firstLinkStale.n, n)
	}
	check(db, "after the passes")
	// each record past retention goes, its stale copy with it
	o := offender("0")
	o.LastSeen, o.Name = now, "third 0"
	must(t, db.PutOffender(ctx, o))
	must(t, db.SetFirstLink(ctx, o.Account, o.LastSeen))
	must(t, db.Commit(ctx))
	advance(181 * 24 * time.Hour)
	for range 3 {
		must(t, db.Commit(ctx))
		advance(time.Minute)
	}
	if got := seenKeys(t, db); len(got) != 0 || db.offenderStale.n != 0 {
		t.Errorf("keys left past retention: %d (%v), %d stale copies known", len(got), got[:min(len(got), 3)], db.offenderStale.n)
	}
	db = reopenInternal(t, db, opts)
	if list, err := db.ListOffenders(ctx, 0); err != nil || len(list) != 0 {
		t.Errorf("after a reopen: %d records, %v", len(list), err)
	}
	if _, fl := exported(t, db); len(fl) != 0 || len(db.firstLinkKeys) != 0 {
		t.Errorf("after a reopen: %d first links, %d known", len(fl), len(db.firstLinkKeys))
	}
}

// TestStaleCopiesSwept: once there are as many stale copies as records
// (and staleSweepMin), Commits delete them in key order, a chunk each,
// until none of those is left; the records read the same before, during
// and after, and after a reopen.
func TestStaleCopiesSwept(t *testing.T) {
	t.Parallel()
	base := staleBase
	db, _, keep := openKeeping(t)
	defer func() { db.Close() }()
	const accounts, rounds = 1000, 6
	for r := range rounds {
		for i := range accounts {
			o := offender(fmt.Sprint(i))
			o.LastSeen, o.Name = base.Add(time.Duration(r*accounts+i)*time.Second), fmt.Sprintf("%d/%d", i, r)
			must(t, db.PutOffender(ctx, o))
		}
		must(t, db.Commit(ctx))
	}
	// 5,000 stale copies after the sixth round: the next Commit begins
	// the sweep
	if db.offenderStale.n != accounts*(rounds-1) || db.offenderStale.sweep != nil {
		t.Fatalf("%d stale copies, %d records, sweep %v", db.offenderStale.n, len(db.offenderKeys), db.offenderStale.sweep != nil)
	}
	check := func(when string) {
		t.Helper()
		for _, i := range []int{0, 499, 999} {
			o, err := db.Offender(ctx, offender(fmt.Sprint(i)).Account)
			if want := fmt.Sprintf("%d/%d", i, rounds-1); err != nil || o.Name != want {
				t.Errorf("%s: record %d = %q, %v; want %q", when, i, o.Name, err, want)
			}
		}
		if list, err := db.ListOffenders(ctx, 0); err != nil || len(list) != accounts {
			t.Errorf("%s: ListOffenders: %d, %v; want %d", when, len(list), err, accounts)
		}
		if ex, _ := exported(t, db); len(ex) != accounts {
			t.Errorf("%s: Export: %d, want %d", when, len(ex), accounts)
		}
	}
	check("sweeping")
	var counts []int
	last, err := db.Offender(ctx, offender("0").Account)
	must(t, err)
	for range 6 {
		must(t, db.PutOffender(ctx, last)) // a write, under the key it has
		must(t, db.Commit(ctx))
		counts = append(counts, len(seenKeys(t, db)))
	}
	if counts[0] >= accounts*rounds || counts[len(counts)-1] != accounts || db.offenderStale.n != 0 || db.offenderStale.sweep != nil {
		t.Errorf("keys after each Commit: %v, %d stale copies; want a chunk gone each down to the %d records", counts, db.offenderStale.n, accounts)
	}
	check("swept")
	db = reopenInternal(t, db, keep)
	check("reopened")
}

// TestOpenUpgradesVersion10 opens a file written by the build before stale
// copies (schema 10, store/testdata/schema10.db, written by
// testdata/mkschema10 at f9c9a05): it is upgraded to the current version
// with every record as it was, and records written after leave stale
// copies that the next Open tells from the records.
func TestOpenUpgradesVersion10(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	data, err := os.ReadFile("testdata/schema10.db")
	must(t, err)
	must(t, os.WriteFile(path, data, 0o600))
	t0 := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	opts := Options{Now: func() time.Time { return t0.Add(2 * time.Hour) }}
	db, err := Open(path, opts)
	must(t, err)
	defer func() { db.Close() }()
	if v := version(t, db.bolt); v != SchemaVersion || SchemaVersion != 14 {
		t.Fatalf("version %d after Open, want %d (14)", v, SchemaVersion)
	}
	ann := bot.AccountKey{Platform: bot.Telegram, User: "ann"}
	bao := bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "2"}, Name: "Bảo",
		LastSeen: t0.Add(30 * time.Minute), Compromised: true, CompromisedSince: t0, Evidence: "fan-out",
		RestrictedUntil: t0.Add(25 * time.Hour), Restricted: []string{"s1", "s2"},
		RestrictedEnds: []time.Time{t0.Add(24 * time.Hour), t0.Add(25 * time.Hour)}, Groups: []string{"s1", "s2"}}
	want := map[bot.AccountKey]bot.Offender{
		ann:                                   {Account: ann, Name: "Ann", LastSeen: t0.Add(time.Hour), Chats: []string{"g1"}, Strikes: []time.Time{t0, t0, t0}},
		bao.Account:                           bao,
		{Platform: bot.Telegram, User: "dan"}: {Account: bot.AccountKey{Platform: bot.Telegram, User: "dan"}, LastSeen: t0.Add(40 * time.Minute)},
	}
	check := func(when string) {
		t.Helper()
		for k, w := range want {
			if got, err := db.Offender(ctx, k); err != nil || !reflect.DeepEqual(got, w) {
				t.Errorf("%s: %s = %+v, %v;\nwant %+v", when, k, got, err, w)
			}
		}
		if _, err := db.Offender(ctx, bot.AccountKey{Platform: bot.Telegram, User: "cam"}); err != bot.ErrNotFound {
			t.Errorf("%s: cam, deleted: %v", when, err)
		}
		if list, err := db.ListOffenders(ctx, 0); err != nil || len(list) != len(want) || list[0].Account != ann {
			t.Errorf("%s: ListOffenders = %+v, %v; want the %d, ann first", when, list, err, len(want))
		}
		if ex, _ := exported(t, db); !reflect.DeepEqual(ex, want) {
			t.Errorf("%s: Export = %+v,\nwant %+v", when, ex, want)
		}
		if ft, err := db.FirstLink(ctx, ann); err != nil || !ft.Equal(t0) {
			t.Errorf("%s: ann's first link = %v, %v", when, ft, err)
		}
	}
	check("upgraded")
	if n := len(seenKeys(t, db)); n != 3 || db.offenderStale.n != 0 {
		t.Errorf("%d keys, %d stale copies in the schema 10 file; want 3 and none", n, db.offenderStale.n)
	}
	o := want[ann]
	o.LastSeen = t0.Add(90 * time.Minute)
	want[ann] = o
	must(t, db.PutOffender(ctx, o))
	must(t, db.SetFirstLink(ctx, ann, t0.Add(31*24*time.Hour))) // refreshed
	must(t, db.Commit(ctx))
	firstLink := t0.Add(31 * 24 * time.Hour)
	check = func(when string) {
		t.Helper()
		for k, w := range want {
			if got, err := db.Offender(ctx, k); err != nil || !reflect.DeepEqual(got, w) {
				t.Errorf("%s: %s = %+v, %v;\nwant %+v", when, k, got, err, w)
			}
		}
		if ex, _ := exported(t, db); !reflect.DeepEqual(ex, want) {
			t.Errorf("%s: Export = %+v,\nwant %+v", when, ex, want)
		}
		if ft, err := db.FirstLink(ctx, ann); err != nil || !ft.Equal(firstLink) {
			t.Errorf("%s: ann's first link = %v, %v; want %v", when, ft, err, firstLink)
		}
		if _, fl := exported(t, db); len(fl) != 1 || !fl[ann].Equal(firstLink) {
			t.Errorf("%s: Export's first links %v, want ann's at %v", when, fl, firstLink)
		}
	}
	check("ann written again")
	db = reopenInternal(t, db, opts)
	check("reopened")
	if n := len(seenKeys(t, db)); n != 4 || db.offenderStale.n != 1 || db.firstLinkStale.n != 1 {
		t.Errorf("%d keys, %d and %d stale copies; want 4, ann's old key and her old first link stale copies", n, db.offenderStale.n, db.firstLinkStale.n)
	}
}

func reopenInternal(t *testing.T, db *DB, opts Options) *DB {
	t.Helper()
	path := db.Path()
	must(t, db.Close())
	db, err := Open(path, opts)
	must(t, err)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestPruneNotHeldBackByStaleCopies: stale copies the prune meets do not
// count against its batch of records, so that a bucket with more stale
// copies than a batch at its start still has its old records forgotten
// each pass (a scan commits every few days of its messages, and a pass
// runs with a commit: the prune fell behind and first links grew past
// their retention in the soak benchmark).
func TestPruneNotHeldBackByStaleCopies(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	now := start
	opts := Options{Now: func() time.Time { return now }, OffenderRetention: 180 * 24 * time.Hour, FirstLinkRetention: 180 * 24 * time.Hour}
	db, err := Open(tempPath(t), opts)
	must(t, err)
	defer func() { db.Close() }()
	put := func(u string, at time.Time) {
		o := offender(u)
		o.LastSeen = at
		must(t, db.PutOffender(ctx, o))
		must(t, db.SetFirstLink(ctx, o.Account, at))
	}
	const stale, old = pruneBatch + 1000, 100
	for i := range stale {
		put(fmt.Sprint(i), start.Add(time.Duration(i)*time.Second))
	}
	must(t, db.Commit(ctx))
	for i := range stale {
		put(fmt.Sprint(i), start.Add(10*24*time.Hour))
	}
	for i := range old { // after every stale copy, in key order
		put(fmt.Sprint("old", i), start.Add(time.Hour+time.Duration(i)*time.Second))
	}
	must(t, db.Commit(ctx))
	now = start.Add(181 * 24 * time.Hour) // past the stale copies and the old records
	must(t, db.Commit(ctx))               // one pass
	if n := len(db.offenderKeys); n != stale || db.offenderStale.n != 0 {
		t.Errorf("after a pass: %d offender records, %d stale copies; want the %d written again, none", n, db.offenderStale.n, stale)
	}
	if n := len(db.firstLinkKeys); n != stale || db.firstLinkStale.n != 0 {
		t.Errorf("after a pass: %d first links, %d stale copies; want the %d written again, none", n, db.firstLinkStale.n, stale)
	}
}
