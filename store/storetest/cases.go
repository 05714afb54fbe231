package storetest

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// FullCase is a case with every field set: its first reason has an
// explanation to put in words (bot.Reason.Explanation), its second only an
// English detail.
func FullCase(scope, msg string, at time.Time) bot.Case {
	lure := bot.Reason{Code: bot.CodeLure, Detail: "lure words", Subject: "verify", Imitates: "yahoo.com",
		File: "executable", Decoy: "photo", Weight: 0.6}
	lure.SetExplanation("lure", []string{"account_lock", "account will be locked"})
	return bot.Case{
		ID: bot.NewCaseID(at), Time: at, Scope: bot.ChatKey{Platform: bot.Telegram, Chat: scope},
		Message:   bot.MessageRef{Platform: bot.Telegram, Chat: scope, ID: msg},
		ChatTitle: "Nhóm " + scope, Account: Account("777"), UserName: "Mallory",
		Excerpt: "verify now: yahoo-account-verify[.]top/login", Level: bot.Delete, Score: 0.93,
		Reasons: []bot.Reason{lure, {Code: bot.CodeBlocklisted, Detail: "listed by discord-antiscam", Subject: "dlscord[.]gift", Weight: 1}},
		Actions: []bot.Action{bot.ActDelete, bot.ActWarn}, Domains: []string{"yahoo-account-verify.top"},
		RestrictUntil: at.Add(24 * time.Hour),
		Refs:          []bot.MessageRef{{Platform: bot.Telegram, Chat: "-5000", ID: "8"}},
		Presses:       []bot.Press{{Action: bot.BtnBan, By: Account("9"), ByName: "Boss", Time: at.Add(time.Minute)}},
		Note:          "🛡️ Deleted a message",
	}
}

func caseIDs(cs []bot.Case) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

// testCases stores cases and finds them by id, by the messages they are
// about and by scope, newest first.
func testCases(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0).Now}
	s := b.Open(t, opts)
	a := FullCase("-1001", "5", T0)
	c2 := FullCase("-1001", "6", T0.Add(time.Second))
	c2.Refs, c2.Presses = nil, nil
	other := FullCase("-1002", "5", T0.Add(2*time.Second))
	other.Refs = nil
	for _, c := range []bot.Case{a, c2, other} {
		must(t, s.PutCase(ctx, c))
	}
	s = phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
		got, err := s.Case(ctx, a.ID)
		if err != nil || !reflect.DeepEqual(got, a) {
			t.Errorf("Case:\n got %+v, %v\nwant %+v", got, err, a)
		}
		for _, ref := range []bot.MessageRef{a.Message, a.Refs[0]} {
			if got, err := s.CaseFor(ctx, ref); err != nil || got.ID != a.ID {
				t.Errorf("CaseFor(%v) = %q, %v; want %q", ref, got.ID, err, a.ID)
			}
		}
		rc, err := s.RecentCases(ctx, a.Scope, "", 0, 0)
		if want := []string{c2.ID, a.ID}; err != nil || !reflect.DeepEqual(caseIDs(rc), want) {
			t.Errorf("RecentCases = %v, %v; want %v", caseIDs(rc), err, want)
		}
		if rc, _ := s.RecentCases(ctx, a.Scope, "", 0, 1); !reflect.DeepEqual(caseIDs(rc), []string{c2.ID}) {
			t.Errorf("RecentCases limit 1 = %v", caseIDs(rc))
		}
		if rc, _ := s.RecentCases(ctx, bot.ChatKey{Platform: bot.Telegram, Chat: "-9"}, "", 0, 0); len(rc) != 0 {
			t.Errorf("RecentCases of a quiet chat = %v", caseIDs(rc))
		}
		for _, c := range []struct {
			scope bot.ChatKey
			want  int
		}{{a.Scope, 2}, {other.Scope, 1}, {bot.ChatKey{Platform: bot.Telegram, Chat: "-9"}, 0}} {
			if n, err := s.CountCases(ctx, c.scope, "", 0); err != nil || n != c.want {
				t.Errorf("CountCases(%v) = %d, %v; want %d", c.scope, n, err, c.want)
			}
		}
		if _, err := s.Case(ctx, bot.NewCaseID(T0)); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("an unknown case: %v", err)
		}
		if _, err := s.CaseFor(ctx, bot.MessageRef{Platform: bot.Telegram, Chat: "-1001", ID: "99"}); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("an unknown message: %v", err)
		}
	})
	bad := FullCase("-1001", "7", T0)
	bad.ID = "nope"
	if err := s.PutCase(ctx, bad); err == nil {
		t.Error("a case without a proper id was stored")
	}
	bad = FullCase("-1001", "7", Y10000)
	if err := s.PutCase(ctx, bad); err == nil {
		t.Error("a case in the year 10000 was stored")
	}
}

// testCasePresses records each button once however many press it at
// once, from this process or others, and keeps every ref added meanwhile.
func testCasePresses(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0).Now}
	s := b.Open(t, opts)
	c := FullCase("-1001", "5", T0)
	c.Presses, c.Refs = nil, nil
	must(t, s.PutCase(ctx, c))
	mustCommit(t, s)
	hs := handles(t, b, s, opts, 3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	firsts := map[bot.ButtonAction]int{}
	for i := range 24 {
		st := hs[i%len(hs)]
		wg.Go(func() {
			act := []bot.ButtonAction{bot.BtnNotThreat, bot.BtnBan}[i%2]
			_, first, err := st.PressCase(ctx, c.ID, bot.Press{Action: act, By: Account(fmt.Sprint(i)), Time: T0})
			if err != nil {
				t.Error(err)
			}
			if first {
				mu.Lock()
				firsts[act]++
				mu.Unlock()
			}
		})
	}
	refs := []bot.MessageRef{{Platform: bot.Telegram, Chat: "-1001", ID: "10001"}, {Platform: bot.Telegram, Chat: "-5000", ID: "10002"}}
	for i, r := range append(refs, refs[1]) {
		st := hs[i%len(hs)]
		wg.Go(func() { must(t, st.AddCaseRef(ctx, c.ID, r)) })
	}
	wg.Wait()
	if firsts[bot.BtnNotThreat] != 1 || firsts[bot.BtnBan] != 1 {
		t.Errorf("first presses: %v, want one of each", firsts)
	}
	for _, st := range hs {
		mustCommit(t, st)
	}
	s = phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
		got, err := s.Case(ctx, c.ID)
		must(t, err)
		if len(got.Presses) != 2 || len(got.Refs) != 2 {
			t.Errorf("presses %+v, refs %+v", got.Presses, got.Refs)
		}
		for _, r := range append(refs, c.Message) {
			if x, err := s.CaseFor(ctx, r); err != nil || x.ID != c.ID {
				t.Errorf("CaseFor(%v) = %q, %v", r, x.ID, err)
			}
		}
	})
	if _, _, err := s.PressCase(ctx, bot.NewCaseID(T0), bot.Press{Action: bot.BtnBan, Time: T0}); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("a press on an unknown case: %v", err)
	}
	if err := s.AddCaseRef(ctx, bot.NewCaseID(T0), refs[0]); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("a ref on an unknown case: %v", err)
	}
}

// testCasesPruned forgets cases with the audit log, and their refs.
func testCasesPruned(t *testing.T, b Backend) {
	clk := NewClock(T0)
	opts := Options{Now: clk.Now, AuditRetention: 48 * time.Hour}
	s := b.Open(t, opts)
	old := FullCase("-1001", "5", T0)
	must(t, s.PutCase(ctx, old))
	mustCommit(t, s)
	clk.Advance(72 * time.Hour)
	fresh := FullCase("-1001", "6", clk.Now())
	fresh.Refs = nil
	must(t, s.PutCase(ctx, fresh))
	mustCommit(t, s)
	s = b.Reopen(t, s, opts)
	if _, err := s.Case(ctx, old.ID); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("the old case is still there: %v", err)
	}
	for _, ref := range []bot.MessageRef{old.Message, old.Refs[0]} {
		if c, err := s.CaseFor(ctx, ref); !errors.Is(err, bot.ErrNotFound) {
			t.Errorf("%v still finds %s: %v", ref, c.ID, err)
		}
	}
	if rc, err := s.RecentCases(ctx, fresh.Scope, "", 0, 0); err != nil || !reflect.DeepEqual(caseIDs(rc), []string{fresh.ID}) {
		t.Errorf("recent after the prune: %v, %v", caseIDs(rc), err)
	}
}

// testCaseForNewest keeps a message with its newest case (an edit judged
// again opens one) when the older case is pressed or gets a ref later.
func testCaseForNewest(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0).Now}
	s := b.Open(t, opts)
	old := FullCase("-1001", "5", T0)
	old.Refs, old.Presses = nil, nil
	newer := FullCase("-1001", "5", T0.Add(time.Minute))
	newer.Refs, newer.Presses = nil, nil
	must(t, s.PutCase(ctx, old))
	must(t, s.PutCase(ctx, newer))
	mustCommit(t, s)
	late := bot.MessageRef{Platform: bot.Telegram, Chat: "-1001", ID: "9000"}
	must(t, s.AddCaseRef(ctx, old.ID, late))
	if _, _, err := s.PressCase(ctx, old.ID, bot.Press{Action: bot.BtnBan, By: Account("9"), Time: T0}); err != nil {
		t.Fatal(err)
	}
	phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
		if c, err := s.CaseFor(ctx, old.Message); err != nil || c.ID != newer.ID {
			t.Errorf("CaseFor(message) = %q, %v; want the newer %q", c.ID, err, newer.ID)
		}
		if c, err := s.CaseFor(ctx, late); err != nil || c.ID != old.ID {
			t.Errorf("CaseFor(the late notice) = %q, %v; want %q", c.ID, err, old.ID)
		}
	})
}

// testCasePages pages through a scope's cases as audit does: from the
// newest or below an id, skipping some and taking a few, and counts them
// up to a limit, alike while some are buffered (one of them a committed
// case changed since), once committed and after a reopen, with another
// chat's cases in between.
func testCasePages(t *testing.T, b Backend) {
	opts := Options{Now: NewClock(T0).Now}
	s := b.Open(t, opts)
	var ids []string // newest first
	for i := range 30 {
		at := T0.Add(time.Duration(i) * time.Minute)
		c := FullCase("-1001", fmt.Sprint(100+i), at)
		c.Refs = nil
		must(t, s.PutCase(ctx, c))
		must(t, s.PutCase(ctx, FullCase("-1002", fmt.Sprint(100+i), at.Add(time.Second))))
		ids = append([]string{c.ID}, ids...)
		if i == 19 {
			mustCommit(t, s)
		}
	}
	must(t, s.AddCaseRef(ctx, ids[25], bot.MessageRef{Platform: bot.Telegram, Chat: "-5000", ID: "9"}))
	scope := bot.ChatKey{Platform: bot.Telegram, Chat: "-1001"}
	s = phases(t, b, s, opts, func(t *testing.T, s bot.Store) {
		for _, before := range []string{"", ids[0], ids[5], ids[25], ids[29], ids[12][:6]} {
			var want []string
			for _, id := range ids {
				if before == "" || id < before {
					want = append(want, id)
				}
			}
			for _, skip := range []int{0, 3, 40} {
				for _, limit := range []int{0, 1, 7, 100} {
					w := want[min(skip, len(want)):]
					if limit > 0 {
						w = w[:min(limit, len(w))]
					}
					got, err := s.RecentCases(ctx, scope, before, skip, limit)
					if err != nil || !reflect.DeepEqual(caseIDs(got), w) && len(got)+len(w) > 0 {
						t.Errorf("RecentCases(before %q, skip %d, limit %d) = %v, %v; want %v", before, skip, limit, caseIDs(got), err, w)
					}
				}
			}
			for _, limit := range []int{0, 1, 10, 25, 31} {
				w := len(want)
				if limit > 0 {
					w = min(w, limit)
				}
				if n, err := s.CountCases(ctx, scope, before, limit); err != nil || n != w {
					t.Errorf("CountCases(before %q, limit %d) = %d, %v; want %d", before, limit, n, err, w)
				}
			}
		}
		if got, _ := s.RecentCases(ctx, scope, ids[25], 0, 0); len(got) != 4 || len(got[0].Refs) != 0 {
			t.Errorf("below the 26th: %v", caseIDs(got))
		}
		if got, _ := s.RecentCases(ctx, scope, ids[24], 0, 1); len(got) != 1 || len(got[0].Refs) != 1 {
			t.Errorf("the changed case is not read as it is now: %+v", got)
		}
	})
}
