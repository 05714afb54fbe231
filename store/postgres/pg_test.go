package postgres_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store/postgres"
	"github.com/immunebot/immune/store/postgres/pgtest"
	"github.com/immunebot/immune/store/storetest"
)

// TestOpenMigratesOnce opens ten stores on a new database at the same
// moment: each step of the schema is applied once, and every store works.
func TestOpenMigratesOnce(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	const n = 10
	var wg sync.WaitGroup
	dbs := make([]*postgres.DB, n)
	errs := make([]error, n)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			dbs[i], errs[i] = postgres.Open(ctx, url, postgres.Options{})
		})
	}
	close(start)
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("Open %d: %v", i, errs[i])
		}
		defer dbs[i].Close()
	}
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	var steps, max int
	if err := c.QueryRow(ctx, "SELECT count(*), max(version) FROM immune_migrations").Scan(&steps, &max); err != nil {
		t.Fatal(err)
	}
	if steps != postgres.SchemaVersion || max != postgres.SchemaVersion {
		t.Errorf("%d migration steps recorded, up to version %d; want %d once each", steps, max, postgres.SchemaVersion)
	}
	for i, db := range dbs {
		if err := db.PutOffender(ctx, bot.Offender{Account: storetest.Account(fmt.Sprint(i))}); err != nil {
			t.Errorf("store %d: %v", i, err)
		}
	}
	if l, err := dbs[0].ListOffenders(ctx, 0); err != nil || len(l) != n {
		t.Errorf("ListOffenders: %d records, %v; want %d", len(l), err, n)
	}
}

// TestOpenRefusesNewerSchema opens a database a newer immune migrated.
func TestOpenRefusesNewerSchema(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	openURL(t, url, postgres.Options{}).Close()
	c, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "INSERT INTO immune_migrations (version, name) VALUES ($1, 'from the future')", postgres.SchemaVersion+5); err != nil {
		t.Fatal(err)
	}
	_, err = postgres.Open(ctx, url, postgres.Options{})
	if !errors.Is(err, postgres.ErrNewerSchema) {
		t.Fatalf("Open: %v, want ErrNewerSchema", err)
	}
	if want := fmt.Sprintf("version %d, this build knows up to %d", postgres.SchemaVersion+5, postgres.SchemaVersion); !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not say %q", err, want)
	}
}

// TestOpenErrorsHideThePassword opens bad and unreachable URLs that carry a
// password: the errors say what is wrong and never show it.
func TestOpenErrorsHideThePassword(t *testing.T) {
	t.Parallel()
	const secret = "s3cret-Passw0rd"
	tests := []struct {
		name, url string
		want      error
	}{
		{"not a URL", "postgres://immune:" + secret + "@db:5432:99/immune", postgres.ErrBadURL},
		{"unknown parameter", "postgres://immune:" + secret + "@localhost/immune?sslmode=sometimes", postgres.ErrBadURL},
		{"nobody listening", "postgres://immune:" + secret + "@/immune?host=/nonexistent-dir&connect_timeout=2", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := postgres.Open(ctx, tc.url, postgres.Options{ConnectTimeout: 5 * time.Second})
			if err == nil {
				t.Fatal("Open succeeded")
			}
			t.Log(err)
			if strings.Contains(err.Error(), secret) {
				t.Errorf("the error shows the password: %v", err)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

func TestClosed(t *testing.T) {
	t.Parallel()
	db := openURL(t, pgtest.URL(t), postgres.Options{})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	k := storetest.Account("1")
	errs := map[string]error{
		"PutOffender":   db.PutOffender(ctx, bot.Offender{Account: k}),
		"Commit":        db.Commit(ctx),
		"UpdateAccount": db.UpdateAccount(ctx, k, func(bot.Store) error { return nil }),
	}
	_, errs["Offender"] = db.Offender(ctx, k)
	_, errs["ListOffenders"] = db.ListOffenders(ctx, 1)
	_, errs["RecentSightings"] = db.RecentSightings(ctx, k, storetest.T0)
	_, errs["RecentAudit"] = db.RecentAudit(ctx, 1)
	for name, err := range errs {
		if !errors.Is(err, postgres.ErrClosed) {
			t.Errorf("%s after Close: %v, want ErrClosed", name, err)
		}
	}
}

// TestUpdateAccountIsATransaction checks that what fn writes is seen by
// another process only once UpdateAccount returns, and not at all when fn
// fails.
func TestUpdateAccountIsATransaction(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	a, b := openURL(t, url, postgres.Options{}), openURL(t, url, postgres.Options{})
	k := storetest.Account("1")
	boom := errors.New("boom")
	err := a.UpdateAccount(ctx, k, func(tx bot.Store) error {
		if err := tx.PutOffender(ctx, storetest.FullOffender("1", storetest.T0)); err != nil {
			return err
		}
		if _, err := tx.Offender(ctx, k); err != nil {
			t.Errorf("the transaction does not see its own write: %v", err)
		}
		if _, err := b.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("another process sees a write before its commit: %v", err)
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("UpdateAccount = %v, want fn's error", err)
	}
	if _, err := b.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("the write of a failed update is kept: %v", err)
	}
	must(t, a.UpdateAccount(ctx, k, func(tx bot.Store) error {
		return tx.PutOffender(ctx, storetest.FullOffender("1", storetest.T0))
	}))
	if _, err := b.Offender(ctx, k); err != nil {
		t.Errorf("the write of an update, after it: %v", err)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestChangesReachOtherProcesses changes chat settings and lists through
// one engine's commands and measures how long another engine, on a store
// of its own, takes to act on them: a block list entry (the next message
// with the domain is deleted there), a mode, a language. The median must be
// under a second.
func TestChangesReachOtherProcesses(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	cfg := bot.DefaultConfig()
	newEngine := func() *bot.Engine {
		e, err := bot.NewEngine(ctx, cfg, openURL(t, url, postgres.Options{}), nil, nil)
		must(t, err)
		return e
	}
	a, b := newEngine(), newEngine()
	followCtx, stop := contextWithCancel(t)
	followed := make(chan error, 1)
	go func() { followed <- b.FollowChanges(followCtx) }()
	defer func() {
		stop()
		if err := <-followed; err != nil {
			t.Errorf("FollowChanges: %v", err)
		}
	}()

	chat := bot.ChatKey{Platform: bot.Telegram, Chat: "-100777"}
	admin := func(name, args string) {
		t.Helper()
		r, err := a.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: chat.Chat, User: "1", IsAdmin: true, Time: storetest.T0, Name: name, Args: args})
		if err != nil || r.Refused {
			t.Fatalf("%s %s: %+v %v", name, args, r, err)
		}
	}
	n := 0
	deleted := func(domain string) bool {
		n++
		m := bot.Message{ID: fmt.Sprint(n), Platform: bot.Telegram, Chat: chat.Chat, User: "9", Time: storetest.T0,
			MemberSince: storetest.T0.Add(-1000 * time.Hour), Text: "see https://" + domain + "/page"}
		d, err := b.Handle(ctx, &m)
		must(t, err)
		return d.Has(bot.ActDelete)
	}
	// b reads the chat's settings once, and caches them.
	if s := b.ChatSettings(ctx, chat); s.Mode != cfg.DefaultMode {
		t.Fatalf("settings before: %+v", s)
	}
	changes := []struct {
		name    string
		change  func()
		reached func() bool
	}{
		{"block a domain", func() { admin("block", "plain-site-one.com") }, func() bool { return deleted("plain-site-one.com") }},
		{"mode warn", func() { admin("mode", "warn") }, func() bool { return b.ChatSettings(ctx, chat).Mode == bot.ModeWarn }},
		{"lang vi", func() { admin("lang", "vi") }, func() bool { return b.ChatSettings(ctx, chat).Lang == bot.Vietnamese }},
		{"mode delete", func() { admin("mode", "delete") }, func() bool { return b.ChatSettings(ctx, chat).Mode == bot.ModeDelete }},
		{"block another", func() { admin("block", "plain-site-two.net") }, func() bool { return deleted("plain-site-two.net") }},
	}
	if deleted("plain-site-one.com") || deleted("plain-site-two.net") {
		t.Fatal("the domains are deleted before they are blocked")
	}
	var took []time.Duration
	for _, c := range changes {
		start := time.Now()
		c.change()
		for !c.reached() {
			if time.Since(start) > 10*time.Second {
				t.Fatalf("%s: not seen by the other engine after 10 s", c.name)
			}
			time.Sleep(2 * time.Millisecond)
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	t.Logf("a change reached the other engine in %v (sorted)", took)
	if took[len(took)/2] > time.Second {
		t.Errorf("median time for a change to reach the other engine %v, want under a second", took[len(took)/2])
	}
}

// TestFollowChangesReconnects kills the feed's connection: it connects
// again, says that changes may have been missed, and goes on.
func TestFollowChangesReconnects(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openURL(t, url, postgres.Options{})
	got := make(chan bot.Change, 100)
	followCtx, stop := contextWithCancel(t)
	done := make(chan error, 1)
	go func() { done <- db.FollowChanges(followCtx, func(c bot.Change) { got <- c }) }()
	defer func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("FollowChanges: %v", err)
		}
	}()
	next := func(what string) bot.Change {
		t.Helper()
		select {
		case c := <-got:
			return c
		case <-time.After(20 * time.Second):
			t.Fatalf("no change: %s", what)
		}
		return bot.Change{}
	}
	if c := next("first listen"); !c.All {
		t.Fatalf("first change %+v, want All", c)
	}
	chat := bot.ChatKey{Platform: bot.Discord, Chat: "guild:9"}
	must(t, db.PutChatSettings(ctx, bot.ChatSettings{Chat: chat, Mode: bot.ModeOff}))
	if c := next("settings"); c.Chat != chat {
		t.Fatalf("change %+v, want chat %v", c, chat)
	}
	// Kill the listening connection from another one.
	c, err := pgx.Connect(ctx, url)
	must(t, err)
	defer c.Close(ctx)
	var killed int
	must(t, c.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE datname = current_database() AND query LIKE 'LISTEN%'`).Scan(&killed))
	if killed != 1 {
		t.Fatalf("%d listening connections killed, want 1", killed)
	}
	if c := next("after the kill"); !c.All {
		t.Fatalf("change after reconnecting %+v, want All", c)
	}
	must(t, db.PutListEntry(ctx, bot.ListEntry{Kind: bot.BlockList, Value: "x.example"}))
	if c := next("lists"); !c.Lists {
		t.Fatalf("change %+v, want Lists", c)
	}
}

// TestImport copies a filled store into another with Import: the copy holds
// the same records.
func TestImport(t *testing.T) {
	t.Parallel()
	opts := postgres.Options{Now: storetest.NewClock(storetest.T0.Add(time.Hour)).Now, AuditRetention: -1, SightingRetention: -1, JudgedRetention: -1}
	src, dst := openURL(t, pgtest.URL(t), opts), openURL(t, pgtest.URL(t), opts)
	storetest.Fill(t, src)
	var rs []bot.Record
	must(t, src.Export(ctx, func(r bot.Record) error { rs = append(rs, r); return nil }))
	must(t, dst.Import(ctx, rs))
	if got, want := storetest.Dump(t, dst), storetest.Dump(t, src); !slices.Equal(got, want) {
		t.Errorf("imported:\n%q\nwant\n%q", got, want)
	}
	bad := []bot.Record{{Offender: &bot.Offender{Account: storetest.Account("ok")}}, {Sighting: &bot.Sighting{}}}
	if err := dst.Import(ctx, bad); err == nil {
		t.Error("Import of a sighting of no account succeeded")
	}
	if _, err := dst.Offender(ctx, storetest.Account("ok")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("a failed Import wrote part of its records: %v", err)
	}
}

// TestClaimDelivery has three processes claim the same updates at once:
// each update goes to exactly one of them, the others find it held; a
// claim is forgotten after the retention.
func TestClaimDelivery(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	clk := storetest.NewClock(storetest.T0)
	opts := postgres.Options{Now: clk.Now, DeliveryRetention: time.Hour}
	dbs := []*opened{openURL(t, url, opts), openURL(t, url, opts), openURL(t, url, opts)}
	const updates = 50
	wins := make([][]int, len(dbs))
	var wg sync.WaitGroup
	for i, db := range dbs {
		wg.Go(func() {
			for u := range updates {
				c, err := db.ClaimDelivery(ctx, bot.Telegram, fmt.Sprint("42:", u), storetest.T0)
				if err != nil {
					t.Error(err)
					return
				}
				switch c {
				case bot.Claimed:
					wins[i] = append(wins[i], u)
				case bot.ClaimDone:
					t.Errorf("update %d found done, never marked so", u)
				}
			}
		})
	}
	wg.Wait()
	claimed := map[int]int{}
	for _, w := range wins {
		for _, u := range w {
			claimed[u]++
		}
	}
	for u := range updates {
		if claimed[u] != 1 {
			t.Errorf("update %d claimed %d times, want once", u, claimed[u])
		}
	}
	t.Logf("updates won by each process: %d, %d, %d", len(wins[0]), len(wins[1]), len(wins[2]))
	if c, err := dbs[0].ClaimDelivery(ctx, bot.Discord, "42:0", storetest.T0); err != nil || c != bot.Claimed {
		t.Errorf("the same key on another platform: %v %v", c, err)
	}
	for u := range updates {
		must(t, dbs[u%3].DeliveryDone(ctx, bot.Telegram, fmt.Sprint("42:", u)))
	}
	clk.Advance(2 * time.Hour)
	must(t, dbs[1].Commit(ctx))
	if c, err := dbs[2].ClaimDelivery(ctx, bot.Telegram, "42:0", clk.Now()); err != nil || c != bot.Claimed {
		t.Errorf("a claim past the retention: %v %v, want it forgotten", c, err)
	}
	if _, err := dbs[0].ClaimDelivery(ctx, bot.Telegram, "", clk.Now()); err == nil {
		t.Error("a claim without a key succeeded")
	}
}

// TestDeliveryLease: a claim holds while its process handles the update;
// once marked done, every later claim finds it done; a claim left
// unhandled past bot.DeliveryLease (its process went away) is taken over
// by the next, once.
func TestDeliveryLease(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	a, b := openURL(t, url, postgres.Options{}), openURL(t, url, postgres.Options{})
	claim := func(db *opened, key string, at time.Time, want bot.Claim) {
		t.Helper()
		if c, err := db.ClaimDelivery(ctx, bot.Telegram, key, at); err != nil || c != want {
			t.Errorf("claim of %s at +%v: %v %v, want %v", key, at.Sub(storetest.T0), c, err, want)
		}
	}
	t0 := storetest.T0
	claim(a, "7:1", t0, bot.Claimed)
	claim(b, "7:1", t0.Add(time.Second), bot.ClaimHeld)
	claim(a, "7:1", t0.Add(time.Second), bot.ClaimHeld) // its own claim, delivered again
	must(t, a.DeliveryDone(ctx, bot.Telegram, "7:1"))
	claim(b, "7:1", t0.Add(2*time.Second), bot.ClaimDone)
	claim(b, "7:1", t0.Add(10*bot.DeliveryLease), bot.ClaimDone)

	claim(a, "7:2", t0, bot.Claimed) // then a goes away
	claim(b, "7:2", t0.Add(bot.DeliveryLease-time.Second), bot.ClaimHeld)
	claim(b, "7:2", t0.Add(bot.DeliveryLease), bot.Claimed)
	claim(a, "7:2", t0.Add(bot.DeliveryLease+time.Second), bot.ClaimHeld) // b holds it now
	must(t, b.DeliveryDone(ctx, bot.Telegram, "7:2"))
	claim(a, "7:2", t0.Add(3*bot.DeliveryLease), bot.ClaimDone)
	must(t, a.DeliveryDone(ctx, bot.Telegram, "7:unclaimed"))
}

func TestProbeAndSize(t *testing.T) {
	t.Parallel()
	db := openURL(t, pgtest.URL(t), postgres.Options{})
	if err := db.Probe(ctx); err != nil {
		t.Fatalf("Probe: %v", err)
	}
	if n, err := db.Size(ctx); err != nil || n <= 0 {
		t.Errorf("Size = %d, %v", n, err)
	}
	db.Close()
	if err := db.Probe(ctx); !errors.Is(err, postgres.ErrClosed) {
		t.Errorf("Probe after Close: %v", err)
	}
}

// TestJoinsSeenByAnotherProcess: a member's join one process saw makes the
// member's link, received by another process, a newcomer's.
func TestJoinsSeenByAnotherProcess(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	now := time.Now().Truncate(time.Second)
	newEngine := func() *bot.Engine {
		e, err := bot.NewEngine(ctx, bot.DefaultConfig(), openURL(t, url, postgres.Options{}), nil, nil)
		must(t, err)
		return e
	}
	a, b := newEngine(), newEngine()
	chat := bot.ChatKey{Platform: bot.Telegram, Chat: "-100555"}
	msg := func(user, id string) bot.Message {
		return bot.Message{ID: id, Platform: bot.Telegram, Chat: chat.Chat, User: user, UserName: "N", Time: now,
			Text: "hi all, my new shop https://cheap-shoes-outlet.net/sale"}
	}
	a.RememberJoin(ctx, chat, "77", now.Add(-2*time.Minute))
	m := msg("77", "1")
	d, err := b.Handle(ctx, &m)
	must(t, err)
	if !d.Verdict.Has(bot.CodeNewMember) {
		t.Errorf("a newcomer's link on another process: %+v, want new_member among the reasons", d.Verdict.Reasons)
	}
	if !m.MemberSince.IsZero() {
		t.Error("Handle changed the caller's message")
	}
	other := msg("78", "2")
	d, err = b.Handle(ctx, &other)
	must(t, err)
	if d.Verdict.Has(bot.CodeNewMember) {
		t.Errorf("a member whose join nobody saw: %+v", d.Verdict.Reasons)
	}
}

// TestCaseWrittenBefore reads a case whose row was written before cases
// kept their reasons' explanations (no "say" and "args" in its body): it
// reads, each reason keeping its English detail in every language, and a
// case written now keeps its explanation, which /why puts in Vietnamese.
func TestCaseWrittenBefore(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openURL(t, url, postgres.Options{Now: storetest.NewClock(storetest.T0).Now})
	c := storetest.FullCase("-1001", "5", storetest.T0)
	must(t, db.PutCase(ctx, c))
	must(t, db.Commit(ctx))
	got, err := db.Case(ctx, c.ID)
	must(t, err)
	if key, _ := got.Reasons[0].Explanation(); key == "" || got.Reasons[0].DetailIn(bot.Vietnamese) == c.Reasons[0].Detail {
		t.Errorf("a case written now: explanation %q, in Vietnamese %q: want it put in Vietnamese", key, got.Reasons[0].DetailIn(bot.Vietnamese))
	}

	conn, err := pgx.Connect(ctx, url)
	must(t, err)
	defer conn.Close(ctx)
	tag, err := conn.Exec(ctx, `UPDATE cases SET body = jsonb_set(body, '{reasons}',
		(SELECT jsonb_agg(r - 'say' - 'args') FROM jsonb_array_elements(body->'reasons') r)) WHERE id = $1`, c.ID)
	must(t, err)
	if tag.RowsAffected() != 1 {
		t.Fatalf("%d rows rewritten, want 1", tag.RowsAffected())
	}
	old, err := db.Case(ctx, c.ID)
	must(t, err)
	if len(old.Reasons) != len(c.Reasons) {
		t.Fatalf("reasons %+v, want %d", old.Reasons, len(c.Reasons))
	}
	for i, r := range old.Reasons {
		if key, _ := r.Explanation(); key != "" || r.DetailIn(bot.Vietnamese) != c.Reasons[i].Detail || r.Subject != c.Reasons[i].Subject {
			t.Errorf("reason %d of a case written before: explanation %q, in Vietnamese %q, want its English detail %q", i, key, r.DetailIn(bot.Vietnamese), c.Reasons[i].Detail)
		}
	}
}

// TestMuteEndsOfAnOlderProcess: a process of a version before schema 10,
// still running while a newer one migrated the database, writes offender
// rows without restricted_ends, leaving the ends the newer one wrote
// beside a list of mutes they no longer match. Such a row reads as a
// record of an older version (each mute ending at restricted_until), and
// the engine goes on writing it: it was refused as invalid with every
// message of the account.
func TestMuteEndsOfAnOlderProcess(t *testing.T) {
	t.Parallel()
	url := pgtest.URL(t)
	db := openURL(t, url, postgres.Options{})
	now := time.Now().UTC().Truncate(time.Second)
	acct := bot.AccountKey{Platform: bot.Telegram, User: "42"}
	must(t, db.PutOffender(ctx, bot.Offender{Account: acct, Name: "hijacked", Compromised: true, CompromisedSince: now.Add(-time.Hour),
		Evidence: "posted the same link in 3 chats", RestrictedUntil: now.Add(20 * time.Hour), Restricted: []string{"-1001", "-1002"},
		RestrictedEnds: []time.Time{now.Add(10 * time.Hour), now.Add(20 * time.Hour)}, Chats: []string{"-1001", "-1002"}, LastSeen: now.Add(-time.Hour)}))
	must(t, db.Commit(ctx))

	conn, err := pgx.Connect(ctx, url)
	must(t, err)
	defer conn.Close(ctx)
	// the older process mutes the account in a third chat, as it wrote
	// rows: restricted and restricted_until, no restricted_ends
	if _, err := conn.Exec(ctx, `UPDATE offenders SET restricted = restricted || '{-1003}'::text[], restricted_until = $1 WHERE account = $2`,
		now.Add(23*time.Hour).UnixNano(), acct.String()); err != nil {
		t.Fatal(err)
	}

	o, err := db.Offender(ctx, acct)
	must(t, err)
	if o.RestrictedEnds != nil || !o.MutedUntil("-1003").Equal(now.Add(23*time.Hour)) {
		t.Errorf("read: mutes %v ending %v, in -1003 until %v; want each ending at %v", o.Restricted, o.RestrictedEnds, o.MutedUntil("-1003"), now.Add(23*time.Hour))
	}
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), db, nil, nil)
	must(t, err)
	m := bot.Message{ID: "9", Platform: bot.Telegram, Chat: "-1002", User: acct.User, UserName: "hijacked", Time: now,
		MemberSince: now.Add(-365 * 24 * time.Hour), Text: "look at this https://another-site.example.net/"}
	if _, err := e.Handle(ctx, &m); err != nil {
		t.Errorf("the account's next message: %v", err)
	}
}
