package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// muteRun is an engine on a store of the backend, with a clock that the
// messages of one account (u1) move on.
type muteRun struct {
	t     *testing.T
	b     Backend
	clock *Clock
	s     bot.Store
	e     *bot.Engine
	n     int
}

func newMuteRun(t *testing.T, b Backend) *muteRun {
	r := &muteRun{t: t, b: b, clock: NewClock(T0)}
	r.s = b.Open(t, Options{Now: r.clock.Now})
	r.engine()
	return r
}

func (r *muteRun) engine() {
	e, err := bot.NewEngine(ctx, bot.DefaultConfig(), r.s, nil, nil)
	must(r.t, err)
	r.e = e
}

// reopen commits and reopens the store, as a restarted process does.
func (r *muteRun) reopen() {
	mustCommit(r.t, r.s)
	r.s = r.b.Reopen(r.t, r.s, Options{Now: r.clock.Now})
	r.engine()
}

// send has u1 post text in chat at T0+at, and checks the actions taken.
func (r *muteRun) send(at time.Duration, chat, text string, want ...bot.Action) bot.Decision {
	r.t.Helper()
	r.n++
	r.clock.Advance(T0.Add(at).Sub(r.clock.Now()))
	m := bot.Message{ID: fmt.Sprint("m", r.n), Platform: bot.Telegram, Chat: chat, User: "u1", UserName: "Minh",
		Time: T0.Add(at), MemberSince: T0.Add(-365 * 24 * time.Hour), Text: text}
	d, err := r.e.Handle(ctx, &m)
	if err != nil {
		r.t.Fatalf("message %d in %s: %v", r.n, chat, err)
	}
	if want != nil && !slices.Equal(d.Actions, want) {
		r.t.Errorf("message %d in %s: actions %v, want %v", r.n, chat, d.Actions, want)
	}
	return d
}

// mutes checks where u1 is muted and until when.
func (r *muteRun) mutes(when string, where []string, ends ...time.Time) {
	r.t.Helper()
	o, err := r.s.Offender(ctx, Account("u1"))
	if err != nil || !slices.Equal(o.Restricted, where) || !slices.EqualFunc(o.RestrictedEnds, ends, time.Time.Equal) ||
		!o.RestrictedUntil.Equal(slices.MaxFunc(ends, time.Time.Compare)) {
		r.t.Fatalf("%s: muted in %v until %v, the last until %v (%v); want %v until %v",
			when, o.Restricted, o.RestrictedEnds, o.RestrictedUntil, err, where, ends)
	}
}

var (
	muted    = []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins}
	notMuted = []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins}
)

// testEngineMuteEnds checks that each chat's mute has its own end, kept in
// the store: a later mute elsewhere does not keep an ended one counting. A
// hijacked account muted in a1, a2 and a3 (for bot.DefaultConfig's day),
// then in b twenty hours on, posts in a1 again at thirty hours, when a1's
// mute is over: it is muted in a1 again, though b's mute runs on. The
// store is reopened between, and an admin's pardon in b lifts b's mute
// only.
func testEngineMuteEnds(t *testing.T, b Backend) {
	r := newMuteRun(t, b)
	for i := range 3 {
		r.send(time.Duration(i)*time.Minute, fmt.Sprint("a", i+1), lure)
	}
	aEnd := T0.Add(2*time.Minute + 24*time.Hour)
	d := r.send(20*time.Hour, "b", "look https://another-site.example.net/", muted...)
	bEnd := T0.Add(44 * time.Hour)
	if !d.RestrictUntil.Equal(bEnd) {
		t.Errorf("muted in b until %v, want %v", d.RestrictUntil, bEnd)
	}
	// a3 first: there the spread was seen, and the copies in a1 and a2 swept
	r.mutes("after the mute in b", []string{"a3", "a1", "a2", "b"}, aEnd, aEnd, aEnd, bEnd)
	r.reopen()

	// Still muted in b; in a1 the mute is over: muted there again, and the
	// mutes that ended (a2, a3) are dropped with this one.
	r.send(29*time.Hour, "b", "look https://another-site.example.net/b", notMuted...)
	d = r.send(30*time.Hour, "a1", "look https://another-site.example.net/a", muted...)
	a1End := T0.Add(54 * time.Hour)
	if !d.RestrictUntil.Equal(a1End) {
		t.Errorf("muted in a1 again until %v, want %v", d.RestrictUntil, a1End)
	}
	r.mutes("after the mute in a1", []string{"b", "a1"}, bEnd, a1End)

	p, err := r.e.Command(ctx, bot.Command{Platform: bot.Telegram, Chat: "b", User: "admin-b", IsAdmin: true,
		Time: T0.Add(31 * time.Hour), Name: "pardon", Args: "u1",
		AdminOf: func(_ context.Context, chat string) (bool, error) { return chat == "b", nil }})
	if err != nil || p.Refused || len(p.Lift) != 1 || p.Lift[0].Chat != "b" {
		t.Fatalf("pardon in b: %+v, %v; want b's mute lifted", p, err)
	}
	r.mutes("after the pardon in b", []string{"a1"}, a1End)
}

// testEngineOldMutes checks a record of a version that kept one end for
// all of an account's mutes (no RestrictedEnds): each of them ends then,
// and the record gains an end for each with its next mute.
func testEngineOldMutes(t *testing.T, b Backend) {
	r := newMuteRun(t, b)
	end := T0.Add(24 * time.Hour)
	must(t, r.s.PutOffender(ctx, bot.Offender{Account: Account("u1"), Name: "Minh", Compromised: true, CompromisedSince: T0,
		Evidence: "same link in 3 chats within 2m", RestrictedUntil: end, Restricted: []string{"a1", "a2"},
		Chats: []string{"a1", "a2"}, LastSeen: T0}))
	r.reopen()
	if o, err := r.s.Offender(ctx, Account("u1")); err != nil || o.RestrictedEnds != nil || !o.MutedUntil("a2").Equal(end) {
		t.Fatalf("old record: %+v, %v; want a2 muted until %v", o, err, end)
	}
	r.send(time.Hour, "a1", "look https://another-site.example.net/a", notMuted...)
	r.send(2*time.Hour, "c", "look https://another-site.example.net/c", muted...)
	r.mutes("after the mute in c", []string{"a1", "a2", "c"}, end, end, T0.Add(26*time.Hour))
	r.reopen()
	r.send(25*time.Hour, "a2", "look https://another-site.example.net/a2", muted...)
	r.mutes("after the mute in a2", []string{"c", "a2"}, T0.Add(26*time.Hour), T0.Add(49*time.Hour))
}
