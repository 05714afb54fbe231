package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/immunebot/immune/bot"
)

// TestOpenMigratesVersion7 opens a store written at schema version 7
// (offender records, first links, judged messages and tasks keyed by
// account, message and id, JSON records, time indexes beside) and reads
// every record back after the migrations to keys that begin with time
// (schemas 8 and 9); the old buckets are gone, and the records move on
// when written again.
func TestOpenMigratesVersion7(t *testing.T) {
	t.Parallel()
	path := tempPath(t)
	b, err := bolt.Open(path, 0o600, nil)
	must(t, err)
	must(t, migrate(b, migrations[:7]))
	t0 := time.Date(2026, 3, 4, 5, 6, 7, 8, time.UTC)
	offenders := []bot.Offender{
		{Account: bot.AccountKey{Platform: bot.Telegram, User: "1"}, Name: "Ann", Strikes: []time.Time{t0}, LastSeen: t0,
			Chats: []string{"g"}, Compromised: true, CompromisedSince: t0, Evidence: "fan-out"},
		{Account: bot.AccountKey{Platform: bot.Discord, User: "2"}, Name: "Bảo", LastSeen: t0.Add(time.Hour),
			RestrictedUntil: t0.Add(25 * time.Hour), Restricted: []string{"s"}, Groups: []string{"s"},
			Pardons: []bot.Pardon{{Scope: "s2", Time: t0.Add(-time.Hour)}}},
	}
	judged := bot.Judged{Message: bot.MessageRef{Platform: bot.Telegram, Chat: "g", ID: "7"}, Time: t0, Level: bot.Delete,
		Score: 0.91, Struck: true, HadLink: true, Versions: []uint64{1, 1 << 63}}
	firstAcct := bot.AccountKey{Platform: bot.Telegram, User: "3"}
	audit := bot.AuditEntry{Time: t0, Message: judged.Message, Account: offenders[0].Account, Level: bot.Delete, Score: 0.91,
		Reasons: []bot.Reason{{Code: bot.CodeLookalike, Detail: "looks like paypal", Subject: "paypa1.com", Imitates: "paypal.com", Weight: 0.8}},
		Actions: []bot.Action{bot.ActDelete}, Sweep: []bot.MessageRef{{Platform: bot.Telegram, Chat: "h", ID: "6"}}}
	task := bot.Task{ID: "delete/g/7", Platform: bot.Telegram, Action: bot.ActDelete, Chat: "g", Message: "7", Text: "", Time: t0, Case: "c"}
	kase := bot.Case{ID: bot.NewCaseID(t0), Time: t0, Scope: bot.ChatKey{Platform: bot.Telegram, Chat: "g"}, Message: judged.Message,
		Account: offenders[0].Account, Level: bot.Delete, Score: 0.91, Reasons: audit.Reasons, Actions: audit.Actions, Note: "note"}
	must(t, b.Update(func(tx *bolt.Tx) error {
		for _, o := range offenders {
			v, err := json.Marshal(offenderRec{Account: toAccountRec(o.Account), Name: o.Name, Strikes: o.Strikes,
				Compromised: o.Compromised, CompromisedSince: o.CompromisedSince, Evidence: o.Evidence,
				RestrictedUntil: o.RestrictedUntil, Restricted: o.Restricted, Chats: o.Chats, Groups: o.Groups,
				LastSeen: o.LastSeen, Pardons: toPardonRecs(o.Pardons)})
			must(t, err)
			must(t, tx.Bucket(bucketOffenders).Put([]byte(o.Account.String()), v))
			must(t, tx.Bucket(bucketOffendersBySeen).Put(seenKey(o.LastSeen, o.Account), empty))
		}
		// a stale index entry, as a version 7 store could hold
		must(t, tx.Bucket(bucketOffendersBySeen).Put(seenKey(t0.Add(-time.Hour), offenders[0].Account), empty))
		must(t, tx.Bucket(bucketFirstLinks).Put([]byte(firstAcct.String()), binary.BigEndian.AppendUint64(nil, uint64(t0.UnixNano()))))
		v, err := json.Marshal(judgedRec{Message: toMessageRec(judged.Message), Time: judged.Time, Level: judged.Level,
			Score: judged.Score, Struck: judged.Struck, HadLink: judged.HadLink, Versions: judged.Versions})
		must(t, err)
		must(t, tx.Bucket(bucketJudged).Put(judgedKey(judged.Message), v))
		must(t, tx.Bucket(bucketJudgedByTime).Put(judgedTimeKey(judged.Time, judged.Message), empty))
		v, err = json.Marshal(taskRec{ID: task.ID, Platform: string(task.Platform), Action: string(task.Action), Chat: task.Chat,
			Message: task.Message, Text: task.Text, Time: task.Time, Case: task.Case})
		must(t, err)
		must(t, tx.Bucket(bucketOutbox).Put(append([]byte("telegram\x00"), task.ID...), v))
		v, err = encodeCaseJSON(&kase)
		must(t, err)
		must(t, tx.Bucket(bucketCases).Put([]byte(kase.ID), v))
		r := auditRec{Time: audit.Time, Message: toMessageRec(audit.Message), Account: toAccountRec(audit.Account),
			Level: int(audit.Level), Score: audit.Score, Actions: []string{"delete"}, Sweep: []messageRec{toMessageRec(audit.Sweep[0])},
			Reasons: []reasonRec{toReasonRec(audit.Reasons[0])}}
		v, err = json.Marshal(r)
		must(t, err)
		return tx.Bucket(bucketAudit).Put(auditKey(audit.Time, 1), v)
	}))
	must(t, b.Close())

	keep := Options{Now: func() time.Time { return t0 }, OffenderRetention: -1, FirstLinkRetention: -1, JudgedRetention: -1, AuditRetention: -1}
	db, err := Open(path, keep)
	must(t, err)
	defer func() { db.Close() }()
	if v := version(t, db.bolt); v != SchemaVersion {
		t.Fatalf("version %d after Open, want %d", v, SchemaVersion)
	}
	check := func(when string) {
		t.Helper()
		for _, want := range offenders {
			if got, err := db.Offender(ctx, want.Account); err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: offender %s = %+v, %v; want %+v", when, want.Account, got, err, want)
			}
		}
		list, err := db.ListOffenders(ctx, 0)
		if err != nil || len(list) != 2 || list[0].Account != offenders[1].Account {
			t.Errorf("%s: ListOffenders = %+v, %v; want both, the one seen last first", when, list, err)
		}
		if got, err := db.FirstLink(ctx, firstAcct); err != nil || !got.Equal(t0) {
			t.Errorf("%s: first link = %v, %v; want %v", when, got, err, t0)
		}
		if got, err := db.JudgedMessage(ctx, judged.Message); err != nil || !reflect.DeepEqual(got, judged) {
			t.Errorf("%s: judged = %+v, %v; want %+v", when, got, err, judged)
		}
		if got, err := db.RecentAudit(ctx, 0); err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], audit) {
			t.Errorf("%s: audit = %+v, %v; want %+v", when, got, err, audit)
		}
		if got, err := db.PendingTasks(ctx, bot.Telegram); err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], task) {
			t.Errorf("%s: tasks = %+v, %v; want %+v", when, got, err, task)
		}
		if got, err := db.Case(ctx, kase.ID); err != nil || !reflect.DeepEqual(got, kase) {
			t.Errorf("%s: case = %+v, %v; want %+v", when, got, err, kase)
		}
	}
	check("after the migration")
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketOffenders, bucketFirstLinks, bucketJudged, bucketOutbox} {
			if tx.Bucket(name) != nil {
				t.Errorf("bucket %s left behind", name)
			}
		}
		if n := tx.Bucket(bucketOffendersBySeen).Stats().KeyN; n != 2 {
			t.Errorf("offenders_by_seen holds %d keys, want the 2 records (the stale index entry dropped)", n)
		}
		return nil
	}))
	must(t, db.Close())
	db, err = Open(path, Options{Check: true, Now: keep.Now, OffenderRetention: -1, FirstLinkRetention: -1, JudgedRetention: -1, AuditRetention: -1})
	must(t, err)
	check("after a reopen with a check")

	// Written again, each record moves to its new time, and its old key
	// goes; an offender record's (schema 11) and a first link's (schema
	// 12) stays, a stale copy.
	oldSeen := offenders[0].LastSeen
	offenders[0].LastSeen = t0.Add(2 * time.Hour)
	must(t, db.PutOffender(ctx, offenders[0]))
	must(t, db.SetFirstLink(ctx, firstAcct, t0.Add(time.Minute)))
	judged.Time = t0.Add(time.Minute)
	must(t, db.PutJudged(ctx, judged))
	task.Time = t0.Add(time.Minute) // decided again
	must(t, db.AddTasks(ctx, []bot.Task{task}))
	must(t, db.Commit(ctx))
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		for name, want := range map[string]string{
			string(bucketOffendersBySeen): fmt.Sprintf("%x", [][]byte{seenKey(oldSeen, offenders[0].Account),
				seenKey(offenders[1].LastSeen, offenders[1].Account), seenKey(offenders[0].LastSeen, offenders[0].Account)}),
			string(bucketFirstLinksByTime): fmt.Sprintf("%x", [][]byte{accountTimeKey(timeBits(t0), firstAcct), accountTimeKey(timeBits(t0.Add(time.Minute)), firstAcct)}),
			string(bucketJudgedByTime):     fmt.Sprintf("%x", [][]byte{judgedTimeKey(judged.Time, judged.Message)}),
			string(bucketOutboxByTime):     fmt.Sprintf("%x", [][]byte{taskKey{task.Platform, task.ID}.bytes(timeBits(task.Time))}),
		} {
			var keys [][]byte
			must(t, tx.Bucket([]byte(name)).ForEach(func(k, _ []byte) error {
				keys = append(keys, k)
				return nil
			}))
			if got := fmt.Sprintf("%x", keys); got != want {
				t.Errorf("%s keys %s, want %s", name, got, want)
			}
		}
		return nil
	}))
	must(t, db.DoneTasks(ctx, bot.Telegram, []string{task.ID}))
	must(t, db.Commit(ctx))
	must(t, db.bolt.View(func(tx *bolt.Tx) error {
		if n := tx.Bucket(bucketOutboxByTime).Stats().KeyN; n != 0 {
			t.Errorf("the outbox holds %d keys after its task was done", n)
		}
		return nil
	}))
}

// encodeCaseJSON writes a case as schema 8 and earlier did.
func encodeCaseJSON(c *bot.Case) ([]byte, error) {
	r := caseRec{
		ID: c.ID, Time: c.Time, Scope: accountRec{Platform: string(c.Scope.Platform), User: c.Scope.Chat},
		Message: toMessageRec(c.Message), ChatTitle: c.ChatTitle, Account: toAccountRec(c.Account),
		UserName: c.UserName, Excerpt: c.Excerpt, Level: int(c.Level), Score: c.Score,
		Domains: c.Domains, RestrictUntil: c.RestrictUntil, Note: c.Note,
	}
	for _, x := range c.Reasons {
		r.Reasons = append(r.Reasons, toReasonRec(x))
	}
	for _, a := range c.Actions {
		r.Actions = append(r.Actions, string(a))
	}
	for _, m := range c.Refs {
		r.Refs = append(r.Refs, toMessageRec(m))
	}
	for _, p := range c.Presses {
		r.Presses = append(r.Presses, pressRec{Action: string(p.Action), By: toAccountRec(p.By), ByName: p.ByName, Time: p.Time})
	}
	return json.Marshal(r)
}

// TestRecordFormats round-trips the binary records (every field set, and
// none), reads each record's JSON form as earlier versions wrote it, and
// refuses a binary record cut short.
func TestRecordFormats(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 4, 5, 6, 7, 999999999, time.UTC)
	full := bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "ừ"}, Name: "Nguyễn", Strikes: []time.Time{t0, t0.Add(time.Second)},
		Compromised: true, CompromisedSince: t0, Evidence: "x", RestrictedUntil: time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC),
		Restricted: []string{"a", ""}, RestrictedEnds: []time.Time{t0, time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)}, Chats: []string{"c"}, Groups: []string{"g"}, LastSeen: time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		Pardons: []bot.Pardon{{Scope: "s", Time: t0}}}
	old := full // as versions before schema 10 wrote it: no end for each mute
	old.RestrictedEnds = nil
	for _, o := range []bot.Offender{full, old, {Account: bot.AccountKey{Platform: bot.Telegram, User: "1"}}} {
		v, err := encodeOffender(&o)
		must(t, err)
		got, err := decodeOffender(v)
		if err != nil || !reflect.DeepEqual(*got, o) {
			t.Errorf("offender round trip: %+v, %v; want %+v", got, err, o)
		}
		for n := range v {
			if _, err := decodeOffender(v[:n]); err == nil {
				t.Errorf("an offender record cut to %d bytes decoded", n)
			}
		}
	}
	j := bot.Judged{Message: bot.MessageRef{Platform: bot.Telegram, Chat: "-100", ID: "5"}, Time: t0, Level: bot.Warn, Score: 0.5,
		HadLink: true, Versions: []uint64{0, 1<<64 - 1}}
	v, err := encodeJudged(&j)
	must(t, err)
	if got, err := decodeJudged(v); err != nil || !reflect.DeepEqual(*got, j) {
		t.Errorf("judged round trip: %+v, %v; want %+v", got, err, j)
	}
	for n := range v {
		if _, err := decodeJudged(v[:n]); err == nil {
			t.Errorf("a judged record cut to %d bytes decoded", n)
		}
	}
	e := bot.AuditEntry{Time: t0, Message: j.Message, Account: full.Account, Level: bot.Delete, Score: 1,
		Reasons: []bot.Reason{{Code: bot.CodeLookalike, Detail: "d", Subject: "s", Imitates: "i", File: "f", Decoy: "o", Weight: -0.5}, {Code: bot.CodeFirstLink}},
		Actions: []bot.Action{bot.ActDelete, bot.ActWarn}, Sweep: []bot.MessageRef{j.Message}, Note: "nothing"}
	for _, e := range []bot.AuditEntry{e, {Time: t0, Note: "pardon"}} {
		v, err := encodeAudit(&e)
		must(t, err)
		if got, err := decodeAudit(v); err != nil || !reflect.DeepEqual(got, e) {
			t.Errorf("audit round trip: %+v, %v; want %+v", got, err, e)
		}
		for n := range v {
			if _, err := decodeAudit(v[:n]); err == nil {
				t.Errorf("an audit entry cut to %d bytes decoded", n)
			}
		}
	}
	tk := bot.Task{ID: "warn/g/1", Platform: bot.Discord, Action: bot.ActWarn, Chat: "g", Group: "s", Message: "1", Thread: "t",
		User: "u", Until: t0, Text: "cẩn thận", Deleted: true, Time: t0, Case: "k"}
	for _, tk := range []bot.Task{tk, {ID: "x", Platform: bot.Telegram, Time: t0}} {
		v, err := encodeTask(&tk)
		must(t, err)
		if got, err := decodeTask(v); err != nil || !reflect.DeepEqual(*got, tk) {
			t.Errorf("task round trip: %+v, %v; want %+v", got, err, tk)
		}
		for n := range v {
			if _, err := decodeTask(v[:n]); err == nil {
				t.Errorf("a task cut to %d bytes decoded", n)
			}
		}
	}
	kase := bot.Case{ID: bot.NewCaseID(t0), Time: t0, Scope: bot.ChatKey{Platform: bot.Discord, Chat: "s"}, Message: j.Message,
		ChatTitle: "Nhóm", Account: full.Account, UserName: "Nguyễn", Excerpt: "free nitro", Level: bot.Delete, Score: 0.99,
		Reasons: e.Reasons, Actions: e.Actions, Domains: []string{"dlscord.com"}, RestrictUntil: t0,
		Refs:    []bot.MessageRef{{Platform: bot.Discord, Chat: "log", ID: "9"}},
		Presses: []bot.Press{{Action: bot.BtnBan, By: bot.AccountKey{Platform: bot.Discord, User: "a"}, ByName: "Admin", Time: t0}}, Note: "n"}
	for _, c := range []bot.Case{kase, {ID: kase.ID, Time: t0, Scope: kase.Scope}} {
		v, err := encodeCase(&c)
		must(t, err)
		if got, err := decodeCase(v); err != nil || !reflect.DeepEqual(*got, c) {
			t.Errorf("case round trip: %+v, %v; want %+v", got, err, c)
		}
		for n := range v {
			if _, err := decodeCase(v[:n]); err == nil {
				t.Errorf("a case cut to %d bytes decoded", n)
			}
		}
	}
	// JSON, as schema 8 and earlier wrote them
	if v, err := encodeCaseJSON(&kase); err != nil {
		t.Error(err)
	} else if got, err := decodeCase(v); err != nil || !reflect.DeepEqual(*got, kase) {
		t.Errorf("JSON case: %+v, %v; want %+v", got, err, kase)
	}
	if o, err := decodeOffender([]byte(`{"account":{"platform":"telegram","user":"1"},"name":"A","strikes":["2026-01-02T03:04:05Z"],"last_seen":"2026-01-02T03:04:05Z"}`)); err != nil ||
		o.Name != "A" || len(o.Strikes) != 1 || !o.LastSeen.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) {
		t.Errorf("JSON offender: %+v, %v", o, err)
	}
	if got, err := decodeJudged([]byte(`{"message":{"platform":"telegram","chat":"c","id":"1"},"time":"2026-01-02T03:04:05Z","level":"delete","score":0.9,"struck":true,"versions":[7]}`)); err != nil ||
		got.Level != bot.Delete || !got.Struck || got.Versions[0] != 7 {
		t.Errorf("JSON judged record: %+v, %v", got, err)
	}
	if got, err := decodeAudit([]byte(`{"time":"2026-01-02T03:04:05Z","message":{"platform":"telegram","chat":"c","id":"1"},"account":{"platform":"telegram","user":"u"},"level":2,"score":0.9,"reasons":[{"code":"lure","detail":"d","weight":0.5}],"actions":["delete"]}`)); err != nil ||
		got.Level != bot.Delete || len(got.Reasons) != 1 || got.Reasons[0].Weight != 0.5 || got.Actions[0] != bot.ActDelete {
		t.Errorf("JSON audit entry: %+v, %v", got, err)
	}
	if _, err := decodeOffender([]byte{binaryFormat + 2, 0}); err == nil {
		t.Error("a record of an unknown format decoded")
	}
	// the checks of the writes, held by the encoders too
	bad := full
	bad.Strikes = []time.Time{time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := encodeOffender(&bad); !errors.Is(err, ErrInvalidRecord) {
		t.Errorf("an offender with a strike in the year 10000 encoded: %v", err)
	}
}

// TestViewOffender: the record ViewOffender hands out is Offender's, its
// slices capped so that appending to them, as the engine does, leaves what
// the store holds as it was, buffered or committed.
func TestViewOffender(t *testing.T) {
	t.Parallel()
	db, err := Open(tempPath(t), Options{OffenderRetention: -1})
	must(t, err)
	defer db.Close()
	o := offender("v")
	o.Chats = make([]string, 1, 8) // spare capacity the caller could append into
	o.Chats[0] = "a"
	o.Restricted, o.Groups = []string{"r"}, []string{"g"}
	o.RestrictedEnds = make([]time.Time, 1, 4)
	o.RestrictedEnds[0] = o.LastSeen
	o.Pardons = []bot.Pardon{{Scope: "p", Time: o.LastSeen}}
	must(t, db.PutOffender(ctx, o))
	for _, when := range []string{"buffered", "committed"} {
		v, err := db.ViewOffender(ctx, o.Account)
		want, err2 := db.Offender(ctx, o.Account)
		if err != nil || err2 != nil || !reflect.DeepEqual(v, want) {
			t.Fatalf("%s: view %+v, %v; want %+v, %v", when, v, err, want, err2)
		}
		_ = append(v.Strikes, time.Time{})
		_ = append(v.Chats, "x")
		_ = append(v.Restricted, "x")
		_ = append(v.RestrictedEnds, time.Time{})
		_ = append(v.Groups, "x")
		_ = append(v.Pardons, bot.Pardon{Scope: "x"})
		v.Name = "changed"
		if got, _ := db.Offender(ctx, o.Account); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: appending to a view changed the store: %+v", when, got)
		}
		for _, s := range [][]string{v.Chats, v.Restricted, v.Groups} {
			if cap(s) != len(s) {
				t.Errorf("%s: a view's list has spare capacity", when)
			}
		}
		must(t, db.Commit(ctx))
	}
	if _, err := db.ViewOffender(ctx, offender("nobody").Account); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("view of no record: %v, want ErrNotFound", err)
	}
}

// TestRecentSightingsOfABusyAccount: an account with many sightings in the
// file and many buffered over them, some deleting, reads back each live
// one once, oldest first, whether merged one by one or through an index.
func TestRecentSightingsOfABusyAccount(t *testing.T) {
	t.Parallel()
	t0 := time.Date(2026, 3, 4, 5, 0, 0, 0, time.UTC)
	for _, n := range []int{5, 120} {
		db, err := Open(tempPath(t), Options{Now: func() time.Time { return t0 }, SightingRetention: -1})
		must(t, err)
		acct := bot.AccountKey{Platform: bot.Telegram, User: "busy"}
		sighting := func(i int) bot.Sighting {
			return bot.Sighting{Account: acct, Fingerprints: []string{fmt.Sprint("u:x", i%3)},
				Message: bot.MessageRef{Platform: bot.Telegram, Chat: fmt.Sprint("c", i), ID: fmt.Sprint(i)}, Time: t0.Add(time.Duration(i) * time.Second)}
		}
		var all []bot.Sighting
		for i := range n {
			all = append(all, sighting(i))
		}
		must(t, db.AddSightings(ctx, all))
		must(t, db.Commit(ctx))
		// buffered: every third forgotten, as many new ones
		var gone []bot.MessageRef
		want := map[string]bool{}
		for i := range 2 * n {
			if i < n && i%3 == 0 {
				gone = append(gone, sighting(i).Message)
				continue
			}
			want[sighting(i).Message.ID] = true
		}
		must(t, db.DeleteSightings(ctx, acct, gone))
		var more []bot.Sighting
		for i := n; i < 2*n; i++ {
			more = append(more, sighting(i))
		}
		must(t, db.AddSightings(ctx, more))
		got, err := db.RecentSightings(ctx, acct, t0)
		must(t, err)
		if len(got) != len(want) {
			t.Errorf("%d sightings: %d read back, want %d", n, len(got), len(want))
		}
		for i, s := range got {
			if !want[s.Message.ID] {
				t.Errorf("%d sightings: %s read back, forgotten or never added", n, s.Message.ID)
			}
			delete(want, s.Message.ID)
			if i > 0 && s.Time.Before(got[i-1].Time) {
				t.Errorf("%d sightings: not oldest first at %d", n, i)
			}
		}
		if len(want) > 0 {
			t.Errorf("%d sightings: missing %d", n, len(want))
		}
		must(t, db.Close())
	}
}
