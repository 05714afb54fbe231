package storetest

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// testRoundTrip writes each kind of record with every field set and reads it
// back unchanged.
func testRoundTrip(t *testing.T, b Backend) {
	offender := FullOffender("42", T0)
	minimal := bot.Offender{Account: bot.AccountKey{Platform: bot.Discord, User: "7"}}
	chat := bot.ChatSettings{
		Chat: bot.ChatKey{Platform: bot.Discord, Chat: "guild-1"}, Mode: bot.ModeWarn,
		Lang: bot.Vietnamese, LogChat: "mod-log", AutoLang: bot.English, Title: "Cộng đồng", LogTitle: "#mod-log",
	}
	entries := []bot.ListEntry{
		{Kind: bot.AllowList, Value: "example.com", AddedBy: "telegram:1", AddedAt: T0},
		{Scope: "telegram:-100123", Kind: bot.BlockList, Value: "https://evil.example/login", AddedBy: "telegram:2", AddedAt: T0.Add(time.Second)},
	}
	sightings := []bot.Sighting{
		FullSighting("42", "-1001", "10", T0),
		FullSighting("42", "-1002", "11", T0.Add(time.Minute)),
	}
	audit := []bot.AuditEntry{FullAudit(T0, "first"), FullAudit(T0.Add(time.Second), "second")}

	tests := []struct {
		name  string
		write func(t *testing.T, s bot.Store)
		check func(t *testing.T, s bot.Store)
	}{
		{
			name:  "offender with every field",
			write: func(t *testing.T, s bot.Store) { must(t, s.PutOffender(ctx, offender)) },
			check: func(t *testing.T, s bot.Store) {
				got, err := s.Offender(ctx, offender.Account)
				must(t, err)
				if want := InUTC(offender); !reflect.DeepEqual(got, want) {
					t.Errorf("Offender:\n got %+v\nwant %+v", got, want)
				}
			},
		},
		{
			name:  "offender with only an account",
			write: func(t *testing.T, s bot.Store) { must(t, s.PutOffender(ctx, minimal)) },
			check: func(t *testing.T, s bot.Store) {
				got, err := s.Offender(ctx, minimal.Account)
				must(t, err)
				if !reflect.DeepEqual(got, minimal) {
					t.Errorf("Offender:\n got %+v\nwant %+v", got, minimal)
				}
			},
		},
		{
			name:  "chat settings",
			write: func(t *testing.T, s bot.Store) { must(t, s.PutChatSettings(ctx, chat)) },
			check: func(t *testing.T, s bot.Store) {
				got, err := s.ChatSettings(ctx, chat.Chat)
				must(t, err)
				if got != chat {
					t.Errorf("ChatSettings: got %+v, want %+v", got, chat)
				}
				if _, err := s.ChatSettings(ctx, bot.ChatKey{Platform: bot.Discord, Chat: "guild-2"}); !errors.Is(err, bot.ErrNotFound) {
					t.Errorf("ChatSettings of a chat never set: %v, want ErrNotFound", err)
				}
			},
		},
		{
			name: "list entries",
			write: func(t *testing.T, s bot.Store) {
				for _, e := range entries {
					must(t, s.PutListEntry(ctx, e))
				}
			},
			check: func(t *testing.T, s bot.Store) {
				got, err := s.ListEntries(ctx)
				must(t, err)
				if !reflect.DeepEqual(got, entries) {
					t.Errorf("ListEntries:\n got %+v\nwant %+v", got, entries)
				}
			},
		},
		{
			name:  "sightings",
			write: func(t *testing.T, s bot.Store) { must(t, s.AddSightings(ctx, sightings)) },
			check: func(t *testing.T, s bot.Store) {
				got, err := s.RecentSightings(ctx, Account("42"), time.Time{})
				must(t, err)
				if !reflect.DeepEqual(got, sightings) {
					t.Errorf("RecentSightings:\n got %+v\nwant %+v", got, sightings)
				}
			},
		},
		{
			name: "audit entries with reasons' subject, imitates and weight",
			write: func(t *testing.T, s bot.Store) {
				for _, e := range audit {
					must(t, s.AppendAudit(ctx, e))
				}
			},
			check: func(t *testing.T, s bot.Store) {
				got, err := s.RecentAudit(ctx, 10)
				must(t, err)
				want := []bot.AuditEntry{audit[1], audit[0]}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("RecentAudit:\n got %+v\nwant %+v", got, want)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := Options{Now: NewClock(T0).Now}
			s := b.Open(t, opts)
			tc.write(t, s)
			phases(t, b, s, opts, tc.check)
		})
	}
}

// testCopies checks that the store keeps its own copy of what it is given
// and hands out copies of what it holds.
func testCopies(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	o := FullOffender("1", T0)
	must(t, s.PutOffender(ctx, o))
	o.Chats[0] = "changed by caller"
	got, err := s.Offender(ctx, o.Account)
	must(t, err)
	if got.Chats[0] != "-100123" {
		t.Fatalf("store shares the caller's slice: Chats[0] = %q", got.Chats[0])
	}
	got.Strikes[0] = time.Time{}
	mustCommit(t, s)
	again, err := s.Offender(ctx, o.Account)
	must(t, err)
	if again.Strikes[0].IsZero() {
		t.Fatal("store shares its slice with a reader")
	}
	sg := FullSighting("1", "c", "m", T0)
	must(t, s.AddSightings(ctx, []bot.Sighting{sg}))
	sg.Fingerprints[0] = "changed by caller"
	ss, err := s.RecentSightings(ctx, sg.Account, time.Time{})
	must(t, err)
	if len(ss) != 1 || ss[0].Fingerprints[0] != "u:dlscord.com/gift" {
		t.Fatalf("store shares the caller's fingerprints: %+v", ss)
	}
}

func testListOffenders(t *testing.T, b Backend) {
	// seen(user, minutes after T0) makes an offender seen then.
	seen := func(user string, min int) bot.Offender {
		return bot.Offender{Account: Account(user), LastSeen: T0.Add(time.Duration(min) * time.Minute)}
	}
	tests := []struct {
		name      string
		committed []bot.Offender
		then      func(t *testing.T, s bot.Store)
		limit     int
		want      []string // users, seen last first
	}{
		{
			name:      "newest first",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			want:      []string{"b", "c", "a"},
		},
		{
			name:      "limit",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			limit:     2,
			want:      []string{"b", "c"},
		},
		{
			name:      "later records mix with committed ones",
			committed: []bot.Offender{seen("a", 1), seen("b", 3)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.PutOffender(ctx, seen("c", 2)))
				must(t, s.PutOffender(ctx, seen("d", 4)))
			},
			limit: 3,
			want:  []string{"d", "b", "c"},
		},
		{
			name:      "an update moves a record",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.PutOffender(ctx, seen("a", 9)))
			},
			want: []string{"a", "b", "c"},
		},
		{
			name:      "a delete hides a record",
			committed: []bot.Offender{seen("a", 1), seen("b", 3), seen("c", 2)},
			then: func(t *testing.T, s bot.Store) {
				must(t, s.DeleteOffender(ctx, Account("b")))
				must(t, s.DeleteOffender(ctx, Account("nobody")))
			},
			limit: 2,
			want:  []string{"c", "a"},
		},
		{
			name: "same LastSeen is ordered by account",
			committed: []bot.Offender{
				seen("b", 1), seen("a", 1), {Account: Account("never")},
			},
			want: []string{"a", "b", "never"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			s := b.Open(t, Options{})
			for _, o := range tc.committed {
				must(t, s.PutOffender(ctx, o))
			}
			mustCommit(t, s)
			if tc.then != nil {
				tc.then(t, s)
			}
			phases(t, b, s, Options{}, func(t *testing.T, s bot.Store) {
				list, err := s.ListOffenders(ctx, tc.limit)
				must(t, err)
				var got []string
				for _, o := range list {
					got = append(got, o.Account.User)
				}
				if fmt.Sprint(got) != fmt.Sprint(tc.want) {
					t.Errorf("ListOffenders(%d) = %v, want %v", tc.limit, got, tc.want)
				}
			})
		})
	}
}

// testOffenderUpdates replaces and deletes records across commits.
func testOffenderUpdates(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	k := Account("1")
	if _, err := s.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("Offender of a new account: %v, want ErrNotFound", err)
	}
	// An earlier "no record" must give way to a write.
	o := FullOffender("1", T0)
	must(t, s.PutOffender(ctx, o))
	mustCommit(t, s)
	o.Strikes = append(o.Strikes, T0)
	o.LastSeen = T0.Add(time.Hour)
	must(t, s.PutOffender(ctx, o))
	mustCommit(t, s)
	for i := range 10 {
		_, _ = s.Offender(ctx, Account(fmt.Sprint("other", i)))
	}
	got, err := s.Offender(ctx, k)
	must(t, err)
	if len(got.Strikes) != 3 || !got.LastSeen.Equal(o.LastSeen) {
		t.Errorf("updated record: %+v", got)
	}
	list, err := s.ListOffenders(ctx, 0)
	must(t, err)
	if len(list) != 1 {
		t.Errorf("ListOffenders after an update: %d records, want 1", len(list))
	}
	must(t, s.DeleteOffender(ctx, k))
	mustCommit(t, s)
	if _, err := s.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Offender after delete: %v", err)
	}
	if list, _ := s.ListOffenders(ctx, 0); len(list) != 0 {
		t.Errorf("ListOffenders after delete: %+v", list)
	}
	s = b.Reopen(t, s, Options{})
	if _, err := s.Offender(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("Offender after delete and reopen: %v", err)
	}
}

// testInvalidWrites checks that writes that cannot name a record fail and
// leave nothing behind.
func testInvalidWrites(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	tests := []struct {
		name string
		err  error
	}{
		{"offender without a user", s.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram}})},
		{"offender without a platform", s.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{User: "1"}})},
		{"sighting without an account", s.AddSightings(ctx, []bot.Sighting{{Fingerprints: []string{"x"}}})},
		{"chat settings without a chat", s.PutChatSettings(ctx, bot.ChatSettings{Mode: bot.ModeOff})},
		{"list entry of no kind", s.PutListEntry(ctx, bot.ListEntry{Value: "x.example"})},
		{"list entry without a value", s.PutListEntry(ctx, bot.ListEntry{Kind: bot.AllowList})},
		{"first link of no account", s.SetFirstLink(ctx, bot.AccountKey{}, T0)},
		{"first link without a time", s.SetFirstLink(ctx, Account("1"), time.Time{})},
		{"update of no account", s.UpdateAccount(ctx, bot.AccountKey{}, func(bot.Store) error { return nil })},
		// Times past what a record can hold (a mute that ends after the year
		// 9999), and scores that are no number, are refused when written,
		// never left to fail the Commit.
		{"offender muted past 9999", s.PutOffender(ctx, bot.Offender{Account: Account("1"), RestrictedUntil: Y10000})},
		{"offender struck past 9999", s.PutOffender(ctx, bot.Offender{Account: Account("1"), Strikes: []time.Time{T0, Y10000}})},
		{"offender whose mute ends past 9999", s.PutOffender(ctx, bot.Offender{Account: Account("1"), Restricted: []string{"c"}, RestrictedEnds: []time.Time{Y10000}})},
		{"offender with an end for no mute", s.PutOffender(ctx, bot.Offender{Account: Account("1"), Restricted: []string{"c"}, RestrictedEnds: []time.Time{T0, T0}})},
		{"sighting past 9999", s.AddSightings(ctx, []bot.Sighting{FullSighting("1", "c", "m", Y10000)})},
		{"audit entry past 9999", s.AppendAudit(ctx, FullAudit(Y10000, ""))},
		{"audit score NaN", s.AppendAudit(ctx, bot.AuditEntry{Time: T0, Score: math.NaN()})},
		{"first link past 9999", s.SetFirstLink(ctx, Account("1"), Y10000)},
		{"list entry added past 9999", s.PutListEntry(ctx, bot.ListEntry{Kind: bot.AllowList, Value: "x.example", AddedAt: Y10000})},
		{"task until past 9999", s.AddTasks(ctx, []bot.Task{{ID: "t1", Platform: bot.Telegram, Action: bot.ActRestrict, Chat: "c", User: "1", Until: Y10000, Time: T0}})},
	}
	for _, tc := range tests {
		if tc.err == nil {
			t.Errorf("%s: no error", tc.name)
		}
	}
	mustCommit(t, s)
	s = b.Reopen(t, s, Options{})
	if l, err := s.ListOffenders(ctx, 0); err != nil || len(l) != 0 {
		t.Errorf("offenders after invalid writes: %+v %v", l, err)
	}
	if l, err := s.ListEntries(ctx); err != nil || len(l) != 0 {
		t.Errorf("list entries after invalid writes: %+v %v", l, err)
	}
	if _, err := s.FirstLink(ctx, Account("1")); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("first link after an invalid write: %v", err)
	}
	if l, err := s.RecentAudit(ctx, 0); err != nil || len(l) != 0 {
		t.Errorf("audit after invalid writes: %+v %v", l, err)
	}
	if l, err := s.PendingTasks(ctx, bot.Telegram); err != nil || len(l) != 0 {
		t.Errorf("tasks after invalid writes: %+v %v", l, err)
	}
	// A valid write after them commits.
	must(t, s.PutOffender(ctx, FullOffender("2", T0)))
	mustCommit(t, s)
}

func testFirstLinks(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	k := bot.AccountKey{Platform: bot.Discord, User: "42"}
	if _, err := s.FirstLink(ctx, k); !errors.Is(err, bot.ErrNotFound) {
		t.Fatalf("first link of a new account: %v, want ErrNotFound", err)
	}
	at := time.Date(2026, 3, 4, 5, 6, 7, 8, time.FixedZone("ICT", 7*3600))
	must(t, s.SetFirstLink(ctx, k, at))
	phases(t, b, s, Options{}, func(t *testing.T, s bot.Store) {
		got, err := s.FirstLink(ctx, k)
		if err != nil || !got.Equal(at) || got.Location() != time.UTC {
			t.Errorf("FirstLink = %v, %v; want %v in UTC", got, err, at)
		}
		if _, err := s.FirstLink(ctx, bot.AccountKey{Platform: bot.Telegram, User: "42"}); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("first link of the same user on another platform: %v, want ErrNotFound", err)
		}
	})
}

func testLists(t *testing.T, b Backend) {
	global := bot.ListEntry{Kind: bot.AllowList, Value: "example.com", AddedBy: "telegram:1", AddedAt: T0}
	chat := bot.ListEntry{Scope: "telegram:-1", Kind: bot.AllowList, Value: "example.com"}
	block := bot.ListEntry{Scope: "telegram:-1", Kind: bot.BlockList, Value: "example.com"}
	s := b.Open(t, Options{})
	for _, e := range []bot.ListEntry{block, global, chat} {
		must(t, s.PutListEntry(ctx, e))
	}
	mustCommit(t, s)
	replaced := global
	replaced.AddedBy = "telegram:2"
	must(t, s.PutListEntry(ctx, replaced))

	tests := []struct {
		name        string
		scope       string
		kind        bot.ListKind
		value       string
		wantExisted bool
	}{
		{"committed entry", chat.Scope, chat.Kind, chat.Value, true},
		{"the same entry again", chat.Scope, chat.Kind, chat.Value, false},
		{"entry that never was", "", bot.BlockList, "example.com", false},
		{"entry replaced by a later write", "", bot.AllowList, "example.com", true},
	}
	for _, tc := range tests {
		existed, err := s.DeleteListEntry(ctx, tc.scope, tc.kind, tc.value)
		must(t, err)
		if existed != tc.wantExisted {
			t.Errorf("%s: DeleteListEntry = %v, want %v", tc.name, existed, tc.wantExisted)
		}
	}
	phases(t, b, s, Options{}, func(t *testing.T, s bot.Store) {
		got, err := s.ListEntries(ctx)
		must(t, err)
		if len(got) != 1 || got[0] != block {
			t.Errorf("ListEntries = %+v, want only %+v", got, block)
		}
	})
}
