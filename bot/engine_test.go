package bot_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

var t0 = time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)

// harness is an engine on a real bbolt file whose clock follows the
// messages.
type harness struct {
	t    *testing.T
	path string
	now  time.Time
	// clock is now for the store, which may read it on another goroutine
	// (the workers following shortened links): Unix nanoseconds.
	clock  atomic.Int64
	db     *store.DB
	engine *bot.Engine
	n      int
}

func newHarness(t *testing.T, cfg bot.Config, feeds ...bot.ListEntry) *harness {
	t.Helper()
	h := &harness{t: t, path: filepath.Join(t.TempDir(), "immune.db"), now: t0}
	h.clock.Store(t0.UnixNano())
	h.open(cfg, feeds...)
	return h
}

func (h *harness) open(cfg bot.Config, feeds ...bot.ListEntry) {
	h.t.Helper()
	db, err := store.Open(h.path, store.Options{Now: func() time.Time { return time.Unix(0, h.clock.Load()).UTC() }})
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { db.Close() })
	e, err := bot.NewEngine(context.Background(), cfg, db, feeds, nil)
	if err != nil {
		h.t.Fatal(err)
	}
	h.db, h.engine = db, e
}

// msg is a message of the test's story.
type msg struct {
	at    time.Duration
	chat  string
	user  string
	text  string
	id    string // default: generated
	admin bool
	ask   func(context.Context) bool // the adapter's late admin answer
	edit  bool
	since time.Duration // member since this long before; 0: long ago
	files []bot.Attachment
	links []bot.LinkRef
	group string
}

// eachFromAnother returns a sender that posts each text a second after
// the last, in chat c1, each from another member of standing (old1,
// old2, …), so that no sender's record carries from one text to the next.
func (h *harness) eachFromAnother() func(text string) bot.Decision {
	n := 0
	return func(text string) bot.Decision {
		n++
		return h.send(msg{at: time.Duration(n) * time.Second, chat: "c1", user: fmt.Sprintf("old%d", n), text: text})
	}
}

func (h *harness) send(m msg) bot.Decision {
	h.t.Helper()
	d, err := h.handle(m)
	if err != nil {
		h.t.Fatalf("handle %+v: %v", m, err)
	}
	return d
}

func (h *harness) handle(m msg) (bot.Decision, error) {
	h.n++
	id := m.id
	if id == "" {
		id = fmt.Sprintf("m%d", h.n)
	}
	user := m.user
	if user == "" {
		user = "u1"
	}
	h.now = t0.Add(m.at)
	h.clock.Store(h.now.UnixNano())
	bm := bot.Message{ID: id, Platform: bot.Telegram, Chat: m.chat, Group: m.group, User: user, UserName: "name-" + user,
		Time: h.now, Text: m.text, IsAdmin: m.admin, AskAdmin: m.ask, Edited: m.edit, Attachments: m.files, Links: m.links}
	if m.group != "" {
		bm.Platform = bot.Discord
	}
	if m.since > 0 {
		bm.MemberSince = h.now.Add(-m.since)
	} else {
		bm.MemberSince = t0.Add(-365 * 24 * time.Hour)
	}
	return h.engine.Handle(context.Background(), &bm)
}

func (h *harness) command(chat, user string, admin bool, name, args string, reply *bot.Message) bot.Reply {
	h.t.Helper()
	r, err := h.engine.Command(context.Background(), bot.Command{Platform: bot.Telegram, Chat: chat, User: user,
		UserName: "name-" + user, IsAdmin: admin, Time: h.now, Name: name, Args: args, Reply: reply})
	if err != nil {
		h.t.Fatalf("command %s %s: %v", name, args, err)
	}
	return r
}

func sweepIDs(d bot.Decision) []string {
	var ids []string
	for _, s := range d.Sweep {
		ids = append(ids, s.Chat+"/"+s.ID)
	}
	slices.Sort(ids)
	return ids
}

func wantActions(t *testing.T, d bot.Decision, want ...bot.Action) {
	t.Helper()
	if !slices.Equal(d.Actions, want) {
		t.Errorf("message %s: actions %v, want %v (verdict %v %.2f %v)", d.Message.ID, d.Actions, want, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
	}
}

func codes(v bot.Verdict) []bot.Code {
	var cs []bot.Code
	for _, r := range v.Reasons {
		cs = append(cs, r.Code)
	}
	return cs
}

const lure = "is this you in this photo?? https://photo-album-share.xyz/p/8812"

func TestFanOutMarksCompromisedAndSweepsCopies(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.send(msg{chat: "c0", text: "unrelated older message https://example.org/x"})
	d1 := h.send(msg{at: time.Minute, chat: "c1", text: lure})
	d2 := h.send(msg{at: 2 * time.Minute, chat: "c2", text: lure})
	if d1.User.Compromised || d2.User.Compromised {
		t.Fatalf("compromised after two chats")
	}
	d3 := h.send(msg{at: 3 * time.Minute, chat: "c3", text: lure})
	if !d3.User.Compromised || !d3.Verdict.Has(bot.CodeFanOut) {
		t.Fatalf("third chat: not compromised: %+v", d3)
	}
	wantActions(t, d3, bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins)
	if got, want := sweepIDs(d3), []string{"c1/m2", "c2/m3"}; !slices.Equal(got, want) {
		t.Errorf("sweep %v, want %v (the copies only, not the unrelated older message)", got, want)
	}
	if d3.RestrictUntil != t0.Add(3*time.Minute+24*time.Hour) {
		t.Errorf("restricted until %v", d3.RestrictUntil)
	}
	if rc := slices.Sorted(slices.Values(d3.RestrictChats)); !slices.Equal(rc, []string{"c1", "c2"}) {
		t.Errorf("muted also in %v, want the chats it spread to (c1, c2)", rc)
	}
	if d3.AdminNote == "" || d3.Notice == "" {
		t.Errorf("no admin note or notice: %+v", d3)
	}

	// The reasons say what was spread, in the reader's language.
	details := func(d bot.Decision, c bot.Code) (en, vi string) {
		for _, r := range d.Verdict.Reasons {
			if r.Code == c {
				return r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese)
			}
		}
		return "", ""
	}
	if en, vi := details(d3, bot.CodeFanOut); !strings.Contains(en, "posted the same link in 3 chats within 10 minutes") ||
		!strings.Contains(vi, "cùng một liên kết vào 3 nhóm") || en != d3.Verdict.Reasons[slices.IndexFunc(d3.Verdict.Reasons, func(r bot.Reason) bool { return r.Code == bot.CodeFanOut })].Detail {
		t.Errorf("fan-out detail:\n%q\n%q", en, vi)
	}

	// Every later message with a link is deleted, and muted in each new chat.
	d4 := h.send(msg{at: 4 * time.Minute, chat: "c4", text: "look https://another-site.example.net/"})
	wantActions(t, d4, bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins)
	if !d4.Verdict.Has(bot.CodeCompromised) || len(d4.Sweep) != 0 {
		t.Errorf("later link: %v sweep %v", codes(d4.Verdict), d4.Sweep)
	}
	if en, vi := details(d4, bot.CodeCompromised); !strings.Contains(en, "the same link in 3 chats within 10 minutes") ||
		!strings.Contains(vi, "cùng một liên kết vào 3 nhóm trong vòng 10 phút") || strings.Contains(en, "fan_out") {
		t.Errorf("compromised detail:\n%q\n%q", en, vi)
	}
	// Already muted in c3: no second restriction there.
	d5 := h.send(msg{at: 5 * time.Minute, chat: "c3", text: "https://youtube.com/watch?v=x"})
	wantActions(t, d5, bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins)
	// Text without a link is left alone.
	d6 := h.send(msg{at: 6 * time.Minute, chat: "c1", text: "hello?"})
	wantActions(t, d6)
	if !d6.User.Compromised {
		t.Errorf("user_state lost the compromised mark")
	}
}

func TestFanOutNeedsChatsWithinWindow(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for i, at := range []time.Duration{0, 8 * time.Minute, 16 * time.Minute, 24 * time.Minute} {
		d := h.send(msg{at: at, chat: fmt.Sprintf("c%d", i), text: lure})
		if d.User.Compromised {
			t.Fatalf("compromised at %v though never 3 chats within 10 minutes", at)
		}
	}
	// Three posts in the same chat are not a fan-out either.
	h2 := newHarness(t, bot.DefaultConfig())
	for i := range 3 {
		if d := h2.send(msg{at: time.Duration(i) * time.Minute, chat: "c1", text: lure}); d.User.Compromised {
			t.Fatal("compromised by one chat")
		}
	}
}

func TestCrossPostsThatAreNotFanOut(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, text string }{
		{"github link", "new release https://github.com/bwmarrin/discordgo/releases/tag/v0.29.0"},
		{"youtube link", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"docs link", "read https://go.dev/doc/effective_go before the meeting"},
		{"plain text", "the meeting moved to 3pm, see you all there"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			h := newHarness(t, bot.DefaultConfig())
			for i := range 4 {
				d := h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i), text: c.text})
				if d.User.Compromised || len(d.Actions) > 0 {
					t.Fatalf("cross-post %d: %+v", i, d)
				}
			}
		})
	}
}

func TestSameTextWithDifferentLinksIsFanOut(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	var d bot.Decision
	for i := range 3 {
		d = h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i),
			text: fmt.Sprintf("my new photo album, have a look https://album-%d.net/", i)})
	}
	if !d.User.Compromised || len(d.Sweep) != 2 {
		t.Fatalf("same text, rotating links: compromised=%v sweep=%v", d.User.Compromised, d.Sweep)
	}
}

func TestFanOutCountsDiscordChannels(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	var d bot.Decision
	for i, ch := range []string{"chan1", "chan2", "chan3"} {
		d = h.send(msg{at: time.Duration(i) * time.Minute, chat: ch, group: "guild1", text: lure})
	}
	if !d.User.Compromised || d.Account.Platform != bot.Discord {
		t.Fatalf("three channels of one server: %+v", d)
	}
}

func TestStrikesRestrictAndExpire(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	warn := "the menu https://bakery-hanoi.com/menu.zip"
	d := h.send(msg{chat: "c1", text: warn})
	if d.Verdict.Level == bot.Allow || d.User.Strikes != 1 {
		t.Fatalf("first: %v strikes %d", d.Verdict.Level, d.User.Strikes)
	}
	// An edit of the same message is not a second strike.
	d = h.send(msg{at: time.Minute, chat: "c1", id: "m1", edit: true, text: warn + " !"})
	if d.User.Strikes != 1 {
		t.Fatalf("edit counted as a strike: %d", d.User.Strikes)
	}
	d = h.send(msg{at: 2 * time.Hour, chat: "c2", text: warn})
	if d.User.Strikes != 2 || d.Has(bot.ActRestrict) {
		t.Fatalf("second: %+v", d.User)
	}
	d = h.send(msg{at: 3 * time.Hour, chat: "c1", text: warn})
	if d.User.Strikes != 3 || !d.Has(bot.ActRestrict) || !d.Has(bot.ActNotifyAdmins) {
		t.Fatalf("third strike did not restrict: %+v %v", d.User, d.Actions)
	}
	if d.RestrictUntil != t0.Add(27*time.Hour) {
		t.Errorf("restricted until %v", d.RestrictUntil)
	}
	// 31 days after the first three, they have expired: a new one is the first.
	d = h.send(msg{at: 34 * 24 * time.Hour, chat: "c1", text: warn})
	if d.User.Strikes != 1 || d.Has(bot.ActRestrict) {
		t.Fatalf("strikes did not expire: %+v %v", d.User, d.Actions)
	}
	// A clean message reports the record without changing it.
	d = h.send(msg{at: 34*24*time.Hour + time.Minute, chat: "c1", text: "ok"})
	if d.User.Strikes != 1 || len(d.Actions) != 0 {
		t.Fatalf("clean message: %+v %v", d.User, d.Actions)
	}
}

// A mute that has run out is over everywhere it was applied: a fresh mute
// of the account in one of those chats is applied again, not taken for one
// still in force because another chat's new mute renewed RestrictedUntil.
// The record forgets the chats of a mute that has run out.
func TestExpiredMuteDoesNotBlockAFreshOne(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for i := range 3 {
		h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i+1), text: lure})
	}
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u1"})
	if err != nil || len(o.Restricted) != 3 {
		t.Fatalf("after the spray: muted in %v (%v), want c1, c2, c3", o.Restricted, err)
	}
	// Two days on the mute has run out; the account, still marked
	// hijacked, posts links again: muted afresh in each chat.
	later := 48 * time.Hour
	d := h.send(msg{at: later, chat: "c1", text: "look https://another-site.example.net/"})
	wantActions(t, d, bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins)
	o, err = h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u1"})
	if err != nil || !slices.Equal(o.Restricted, []string{"c1"}) {
		t.Errorf("after the fresh mute in c1: muted in %v (%v), want only c1", o.Restricted, err)
	}
	d = h.send(msg{at: later + time.Minute, chat: "c2", text: "look https://another-site.example.net/y"})
	wantActions(t, d, bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins)
	// Muted now in c2: its next message there is not muted a second time.
	d = h.send(msg{at: later + 2*time.Minute, chat: "c2", text: "look https://another-site.example.net/z"})
	wantActions(t, d, bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins)
}

// The chats an account is muted in are bounded: past bot.MaxRestricted the
// oldest are forgotten, and a message there mutes it there again.
func TestMutedChatsAreBounded(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	n := bot.MaxRestricted + 6
	for i := range n {
		text := lure
		if i >= 3 {
			text = fmt.Sprintf("look https://another-site.example.net/%d", i)
		}
		d := h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i), text: text})
		if i >= 2 && !d.Has(bot.ActRestrict) {
			t.Fatalf("message %d in a new chat: %v, want it muted there", i, d.Actions)
		}
	}
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u1"})
	if err != nil || len(o.Restricted) != bot.MaxRestricted || o.Restricted[0] != "c6" || o.Restricted[len(o.Restricted)-1] != fmt.Sprintf("c%d", n-1) {
		t.Fatalf("muted in %d chats %v (%v), want the latest %d", len(o.Restricted), o.Restricted, err, bot.MaxRestricted)
	}
	// c6 is still on the list, c5 no longer: muted there afresh.
	d := h.send(msg{at: time.Duration(n) * time.Minute, chat: "c6", text: "look https://another-site.example.net/a"})
	wantActions(t, d, bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins)
	d = h.send(msg{at: time.Duration(n+1) * time.Minute, chat: "c5", text: "look https://another-site.example.net/b"})
	wantActions(t, d, bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins)
}

// TestPardonWhereAMuteFellOffTheList: a chat whose mute fell off the
// bounded list, but where the account was flagged since without being
// muted again, is on record there: its admins' pardon lifts the mute that
// still runs there (README: "unless the account was also flagged there"),
// as the reply says it does.
func TestPardonWhereAMuteFellOffTheList(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.send(msg{chat: "c0", text: "hi all"})
	acct := bot.AccountKey{Platform: bot.Telegram, User: "u1"}
	restricted := make([]string, bot.MaxRestricted)
	for i := range restricted {
		restricted[i] = fmt.Sprintf("c%d", i+1)
	}
	until := h.now.Add(20 * time.Hour)
	if err := h.db.PutOffender(context.Background(), bot.Offender{Account: acct, Name: "name-u1", Compromised: true,
		CompromisedSince: h.now, Evidence: "same link in 3 chats", RestrictedUntil: until, Restricted: restricted,
		Chats: []string{"c0", "c64"}, LastSeen: h.now}); err != nil {
		t.Fatal(err)
	}
	r := h.command("c0", "admin", true, "pardon", "u1", nil)
	if r.Refused || len(r.Lift) != 1 || r.Lift[0].Chat != "c0" {
		t.Errorf("pardon in c0: %q, lift %+v; want the mute in c0 lifted", r.Text, r.Lift)
	}
	// once the last mute has ended, a chat off the list has none to lift
	h.send(msg{at: 21 * time.Hour, chat: "c0", text: "hi all"})
	if err := h.db.PutOffender(context.Background(), bot.Offender{Account: acct, Name: "name-u1", RestrictedUntil: until,
		Restricted: restricted[1:], Chats: []string{"c0", "c64"}, LastSeen: h.now}); err != nil {
		t.Fatal(err)
	}
	if r := h.command("c0", "admin", true, "pardon", "u1", nil); r.Refused || len(r.Lift) != 0 {
		t.Errorf("pardon in c0 once every mute ended: %q, lift %+v; want nothing to lift", r.Text, r.Lift)
	}
}

func TestPardonClearsEverything(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for i := range 3 {
		h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i), text: lure})
	}
	h.send(msg{at: 4 * time.Minute, chat: "c5", text: "https://x-photo.example.net/"})

	r := h.command("c1", "u2", false, "pardon", "u1", nil)
	if !r.Refused {
		t.Fatalf("a member pardoned: %+v", r)
	}
	// the admin runs every chat the account is on record in
	adminOf := func(context.Context, string) (bool, error) { return true, nil }
	r, err := h.engine.Command(context.Background(), bot.Command{Platform: bot.Telegram, Chat: "c1", User: "admin",
		IsAdmin: true, Time: h.now, Name: "pardon", Args: "name-u1", AdminOf: adminOf})
	if err != nil || r.Refused || len(r.Lift) != 4 {
		t.Fatalf("pardon: %+v, %v", r, err)
	}
	var lifted []string
	for _, l := range r.Lift {
		lifted = append(lifted, l.Chat)
	}
	slices.Sort(lifted)
	if !slices.Equal(lifted, []string{"c0", "c1", "c2", "c5"}) {
		t.Errorf("lifted in %v", lifted)
	}
	d := h.send(msg{at: 10 * time.Minute, chat: "c1", text: "sorry, I was hacked; all good now https://github.com/"})
	if d.User.Compromised || d.User.Strikes != 0 || len(d.Actions) != 0 {
		t.Fatalf("after pardon: %+v %v", d.User, d.Actions)
	}
	// The old sightings are gone: one more post does not re-trigger fan-out.
	d = h.send(msg{at: 11 * time.Minute, chat: "c4", text: lure})
	if d.User.Compromised {
		t.Fatal("pardoned account re-marked by old sightings")
	}
	if r := h.command("c1", "admin", true, "pardon", "nobody", nil); r.Lift != nil || r.Text == "" {
		t.Errorf("pardon of an unknown user: %+v", r)
	}
}

func TestModesAndAdminPolicy(t *testing.T) {
	t.Parallel()
	phish := "verify your account now https://dlscord.com/login"
	cases := []struct {
		name   string
		mode   string
		admins bot.AdminPolicy
		admin  bool
		want   []bot.Action
	}{
		{"delete mode", "delete", bot.AdminsAct, false, []bot.Action{bot.ActDelete, bot.ActWarn}},
		{"warn mode never deletes", "warn", bot.AdminsAct, false, []bot.Action{bot.ActWarn}},
		{"off mode records only", "off", bot.AdminsAct, false, nil},
		{"admin handled like anyone", "delete", bot.AdminsAct, true, []bot.Action{bot.ActDelete, bot.ActWarn}},
		{"admin only reported", "delete", bot.AdminsReport, true, []bot.Action{bot.ActWarn, bot.ActNotifyAdmins}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := bot.DefaultConfig()
			cfg.Admins = c.admins
			h := newHarness(t, cfg)
			if r := h.command("c1", "boss", true, "mode", c.mode, nil); r.Refused {
				t.Fatal("mode refused to an admin")
			}
			d := h.send(msg{chat: "c1", text: phish, admin: c.admin})
			wantActions(t, d, c.want...)
			if d.Verdict.Level != bot.Delete || d.User.Strikes != 1 {
				t.Errorf("verdict %v strikes %d: the record is kept in every mode", d.Verdict.Level, d.User.Strikes)
			}
		})
	}
}

func TestAdminsAreNeverMuted(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	var d bot.Decision
	for i := range 3 {
		d = h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("c%d", i), text: lure, admin: true})
	}
	if !d.User.Compromised || d.Has(bot.ActRestrict) || !d.Has(bot.ActDelete) || !d.Has(bot.ActNotifyAdmins) {
		t.Fatalf("hijacked admin: %v compromised=%v", d.Actions, d.User.Compromised)
	}
}

// TestAdminAskedOnlyWhenItMatters: a sender the adapter does not know
// yet to be an admin or not is judged without asking, unless the decision
// depends on it; then the answer decides it.
func TestAdminAskedOnlyWhenItMatters(t *testing.T) {
	t.Parallel()
	phish := "verify your account now https://dlscord.com/login"
	cases := []struct {
		name   string
		admins bot.AdminPolicy
		text   string
		posts  int  // the same text this many times, in the one chat
		spread bool // each post in a chat of its own
		admin  bool // the answer, when asked
		asked  bool
		want   []bot.Action
	}{
		{"plain chat", bot.AdminsAct, "see you at 5", 1, false, false, false, nil},
		{"a threat deleted whoever posts it", bot.AdminsAct, phish, 1, false, true, false, []bot.Action{bot.ActDelete, bot.ActWarn}},
		{"report policy: a member's threat", bot.AdminsReport, phish, 1, false, false, true, []bot.Action{bot.ActDelete, bot.ActWarn}},
		{"report policy: an admin's threat", bot.AdminsReport, phish, 1, false, true, true, []bot.Action{bot.ActWarn, bot.ActNotifyAdmins}},
		{"strike limit: a member muted", bot.AdminsAct, phish, 3, false, false, true, []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins}},
		{"strike limit: an admin never", bot.AdminsAct, phish, 3, false, true, true, []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins}},
		{"hijacked: the copy in a third chat", bot.AdminsAct, lure, 3, true, false, true, []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActRestrict, bot.ActNotifyAdmins}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			cfg := bot.DefaultConfig()
			cfg.Admins = c.admins
			if c.spread {
				cfg.StrikesToRestrict = 10 // muted for the spread alone
			}
			h := newHarness(t, cfg)
			var d bot.Decision
			asked := 0
			for i := range c.posts {
				asked = 0
				chat := "c1"
				if c.spread {
					chat = fmt.Sprintf("c%d", i+1)
				}
				d = h.send(msg{at: time.Duration(i) * time.Minute, chat: chat, text: c.text,
					ask: h.askWhileFree(&asked, c.admin)})
			}
			if (asked > 0) != c.asked || asked > 1 {
				t.Errorf("asked %d times, want asked %v", asked, c.asked)
			}
			wantActions(t, d, c.want...)
			if slices.Contains(c.want, bot.ActNotifyAdmins) && strings.Contains(d.AdminNote, "The sender is an admin") != c.admin {
				t.Errorf("admin note %q: it says the sender is an admin when, and only when, they are", d.AdminNote)
			}
		})
	}
}

func TestEditThatAddsALink(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	d := h.send(msg{chat: "c1", id: "e1", text: "hey everyone, new giveaway soon"})
	if len(d.Actions) != 0 {
		t.Fatalf("original flagged: %v", d.Actions)
	}
	d = h.send(msg{at: time.Minute, chat: "c1", id: "e1", edit: true, text: "hey everyone, new giveaway soon https://giveaway-now.net/"})
	if !d.Verdict.Has(bot.CodeEditAddedLink) {
		t.Fatalf("edit adding a link: %v", codes(d.Verdict))
	}
	// An edit of a message that already had the link is not "added".
	h.send(msg{at: 2 * time.Minute, chat: "c1", id: "e2", text: "see https://giveaway-now.net/"})
	d = h.send(msg{at: 3 * time.Minute, chat: "c1", id: "e2", edit: true, text: "see https://giveaway-now.net/ !!"})
	if d.Verdict.Has(bot.CodeEditAddedLink) {
		t.Fatalf("edit keeping a link counted as added")
	}
}

func TestRecordSurvivesReopen(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	d := h.send(msg{chat: "c1", text: "https://dlscord.com/nitro"})
	if d.User.Strikes != 1 {
		t.Fatalf("strikes %d", d.User.Strikes)
	}
	h.command("c1", "boss", true, "block", "evil.example.com", nil)
	h.command("c1", "boss", true, "lang", "vi", nil)
	h.db.Close()
	h.open(bot.DefaultConfig())
	d = h.send(msg{at: time.Hour, chat: "c1", text: "https://sub.evil.example.com/x"})
	if d.User.Strikes != 2 || !d.Verdict.Has(bot.CodeBlocklisted) {
		t.Fatalf("after reopen: strikes %d, %v", d.User.Strikes, codes(d.Verdict))
	}
	if want := "🛡️ Đã xoá"; len(d.Notice) < len(want) || d.Notice[:len(want)] != want {
		t.Errorf("language lost on reopen: %q", d.Notice)
	}
}

func TestNoticeLanguageAndDefanging(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	d := h.send(msg{chat: "c1", text: "free nitro https://dlscord.com/gift"})
	if want := "🛡️ I removed a message from name-u1: this link imitates discord.com (dlscord[.]com)."; len(d.Notice) < len(want) || d.Notice[:len(want)] != want {
		t.Errorf("notice %q", d.Notice)
	}
	h.command("c2", "boss", true, "lang", "vi", nil)
	d = h.send(msg{at: time.Minute, chat: "c2", files: []bot.Attachment{{Name: "anh.jpg.exe", MIME: "application/x-msdownload", Size: 1000}}})
	if want := "🛡️ Đã xoá tin nhắn của name-u1: tệp này là chương trình Windows giả dạng ảnh (anh.jpg.exe). Đừng mở."; d.Notice != want {
		t.Errorf("vi notice %q", d.Notice)
	}
}

func TestTrustFirstLinkAndNewcomers(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	site := "https://bakery-hanoi.com/menu"
	d := h.send(msg{chat: "c1", user: "old", text: "hi all"})
	if d.Verdict.Has(bot.CodeFirstLink) {
		t.Fatal("first_link without a link")
	}
	d = h.send(msg{at: time.Minute, chat: "c1", user: "old", text: site})
	if !d.Verdict.Has(bot.CodeFirstLink) || d.Verdict.Level != bot.Allow {
		t.Fatalf("an established member's first link: %v %v (it counts for a little, never alone)", d.Verdict.Level, codes(d.Verdict))
	}
	d = h.send(msg{at: 2 * time.Minute, chat: "c1", user: "old", text: site})
	if d.Verdict.Has(bot.CodeFirstLink) {
		t.Fatal("second link still the first")
	}
	// A newcomer's link counts for more than an established member's first.
	d = h.send(msg{at: 3 * time.Minute, chat: "c1", user: "new", since: 2 * time.Minute, text: site})
	if d.Verdict.Has(bot.CodeFirstLink) || !d.Verdict.Has(bot.CodeNewMember) {
		t.Fatalf("newcomer: %v", codes(d.Verdict))
	}
	var newcomer, established float64
	for _, r := range d.Verdict.Reasons {
		if r.Code == bot.CodeNewMember {
			newcomer = r.Weight
		}
	}
	d = h.send(msg{at: 4 * time.Minute, chat: "c1", user: "old2", text: site})
	for _, r := range d.Verdict.Reasons {
		if r.Code == bot.CodeFirstLink {
			established = r.Weight
		}
	}
	if !(newcomer > established && established > 0) {
		t.Errorf("newcomer weight %v, established first link %v", newcomer, established)
	}
	// A reputable link is nobody's warning sign.
	if d := h.send(msg{at: 5 * time.Minute, chat: "c1", user: "old3", text: "https://github.com/golang/go"}); len(d.Verdict.Reasons) != 0 {
		t.Errorf("reputable first link: %v", codes(d.Verdict))
	}
}

func TestEditOfAWarnedMessageIsNotWarnedAgain(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	warn := "the menu https://bakery-hanoi.com/menu.zip"
	d := h.send(msg{chat: "c1", id: "w1", text: warn})
	wantActions(t, d, bot.ActWarn)
	d = h.send(msg{at: time.Minute, chat: "c1", id: "w1", edit: true, text: warn + " (edited)"})
	wantActions(t, d)
	// An edit that makes it worse is acted on.
	d = h.send(msg{at: 2 * time.Minute, chat: "c1", id: "w1", edit: true, text: warn + " https://dlscord.com/nitro"})
	wantActions(t, d, bot.ActDelete, bot.ActWarn)
}

// TestPardonActsWhereTheAdminIs: a hijacked account muted in three groups
// it spread a link to, the first two copies allowed when posted. Each
// group's admins see it; an admin of one group pardons it there only: the
// mute is lifted there and the account is free there, while the other
// groups keep it muted and marked until their admins decide.
func TestPardonActsWhereTheAdminIs(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	shop := "new menu at https://bakery-hanoi-shop.com/menu"
	for i := range 3 {
		h.send(msg{at: time.Duration(i) * time.Minute, chat: fmt.Sprintf("g%d", i), text: shop})
	}
	for _, g := range []string{"g0", "g1", "g2"} {
		if r := h.command(g, "admin-"+g, true, "offenders", "", nil); !strings.Contains(r.Text, "name-u1") {
			t.Errorf("%s's admins do not see the account muted there: %q", g, r.Text)
		}
	}
	if r := h.command("g7", "admin-g7", true, "offenders", "", nil); strings.Contains(r.Text, "name-u1") {
		t.Errorf("another group's admins see it: %q", r.Text)
	}
	// The admin of g0 is an admin of g0 only.
	adminOf := func(_ context.Context, chat string) (bool, error) { return chat == "g0", nil }
	r, err := h.engine.Command(context.Background(), bot.Command{Platform: bot.Telegram, Chat: "g0", User: "admin-g0",
		IsAdmin: true, Time: h.now, Name: "pardon", Args: "u1", AdminOf: adminOf})
	if err != nil || r.Refused || len(r.Lift) != 1 || r.Lift[0].Chat != "g0" || !strings.Contains(r.Text, "2 other chats") {
		t.Fatalf("pardon by g0's admin: %+v, %v; want the mute lifted in g0 only", r, err)
	}
	// Free in g0, still muted and hijacked in g1 and g2.
	if d := h.send(msg{at: 5 * time.Minute, chat: "g0", text: "sorry all, it was not me https://github.com/"}); d.User.Compromised || len(d.Actions) != 0 {
		t.Errorf("in g0 after its pardon: %+v %v", d.User, d.Actions)
	}
	d := h.send(msg{at: 6 * time.Minute, chat: "g2", text: "https://github.com/x"})
	if !d.User.Compromised || !d.Has(bot.ActDelete) {
		t.Errorf("in g2, not pardoned there: %+v %v", d.User, d.Actions)
	}
	if r := h.command("g1", "admin-g1", true, "offenders", "", nil); !strings.Contains(r.Text, "name-u1") {
		t.Errorf("g1 no longer sees the account: %q", r.Text)
	}
	if r := h.command("g0", "admin-g0", true, "offenders", "", nil); strings.Contains(r.Text, "name-u1") {
		t.Errorf("g0 still lists the account it pardoned: %q", r.Text)
	}
	// Without a way to verify other chats, a pardon acts here only.
	r = h.command("g1", "admin-g1", true, "pardon", "u1", nil)
	if len(r.Lift) != 1 || r.Lift[0].Chat != "g1" {
		t.Errorf("pardon in g1: %+v", r)
	}
	// The last group's pardon clears the record.
	r, _ = h.engine.Command(context.Background(), bot.Command{Platform: bot.Telegram, Chat: "g2", User: "admin-g2",
		IsAdmin: true, Time: h.now, Name: "pardon", Args: "u1"})
	if len(r.Lift) != 1 || strings.Contains(r.Text, "other chats") {
		t.Errorf("pardon in g2: %+v", r)
	}
	if _, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: "u1"}); !errors.Is(err, bot.ErrNotFound) {
		t.Errorf("record after every group pardoned: %v", err)
	}
}

// askWhileFree is the adapter's late answer to whether u1 is an admin:
// it counts the questions in *asked, answers admin, and fails the test if
// asked while u1's account is held (on a shared store holding it holds a
// pooled connection, which the platform's answer may keep for seconds).
func (h *harness) askWhileFree(asked *int, admin bool) func(context.Context) bool {
	return func(ctx context.Context) bool {
		*asked++
		free := make(chan error, 1)
		go func() {
			free <- h.db.UpdateAccount(ctx, bot.AccountKey{Platform: bot.Telegram, User: "u1"}, func(bot.Store) error { return nil })
		}()
		select {
		case err := <-free:
			if err != nil {
				h.t.Error(err)
			}
		case <-time.After(5 * time.Second):
			h.t.Error("asked whether the sender is an admin while holding the sender's account")
		}
		return admin
	}
}

// TestAdminAskedBeforeHoldingForAFirstLink: an established member's first
// suspect link counts for a little (first_link), enough here to bring the
// score to the warn point, and under the report policy a warning depends on
// whether the sender is an admin. The first link is known before the
// account is held, as everything else the decision reads: the answer is
// waited for before it is held, not inside (on a shared store, holding a
// pooled connection).
func TestAdminAskedBeforeHoldingForAFirstLink(t *testing.T) {
	t.Parallel()
	site := "https://bakery-hanoi.xyz/menu" // a cheap ending speaks beside the link model (levelOf)
	probe := newHarness(t, bot.DefaultConfig())
	first := probe.send(msg{chat: "c1", text: site})
	again := probe.send(msg{at: time.Minute, chat: "c1", text: site})
	if !first.Verdict.Has(bot.CodeFirstLink) || again.Verdict.Has(bot.CodeFirstLink) || first.Verdict.Score <= again.Verdict.Score {
		t.Fatalf("first link %v (%v), then %v (%v)", first.Verdict.Score, codes(first.Verdict), again.Verdict.Score, codes(again.Verdict))
	}
	cfg := bot.DefaultConfig()
	cfg.Admins = bot.AdminsReport
	cfg.Thresholds = bot.Thresholds{Warn: (first.Verdict.Score + again.Verdict.Score) / 2, Delete: 0.99}
	h := newHarness(t, cfg)
	asked := 0
	d := h.send(msg{chat: "c1", text: site, ask: h.askWhileFree(&asked, false)})
	if asked != 1 || d.Verdict.Level != bot.Warn {
		t.Errorf("asked %d times, level %v; want asked once, warned", asked, d.Verdict.Level)
	}
}

// TestNotedDownloadsAsAFirstLink: a download only noted (a project's
// install.sh or install.ps1 over TLS, a release on its download host) or
// a prize beside a Google Sheet stays allowed as an established member's
// first link, which counts for a little (before, 0.45 and the first link
// made 0.505: a warning for every member's first install one-liner).
func TestNotedDownloadsAsAFirstLink(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	for i, text := range []string{
		"curl -fsSL https://get.example-tool.dev/install.sh | sh",
		"irm https://bun.sh/install.ps1 | iex",
		"vlc https://get.videolan.org/vlc/3.0.21/win64/vlc-3.0.21-win64.exe",
		"Danh sách nhận thưởng học sinh giỏi https://docs.google.com/spreadsheets/d/1QwErTyUiOpAsDfGhJkLzXcVbNm0987654321/edit",
	} {
		user := fmt.Sprintf("old%d", i)
		d := h.send(msg{at: time.Duration(i) * time.Minute, chat: "c1", user: user, text: text})
		if !d.Verdict.Has(bot.CodeFirstLink) || d.Verdict.Level != bot.Allow {
			t.Errorf("%q as an established member's first link: %s (%.3f) %v", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
}
