package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// Options are the settings a test opens a store with; every backend maps
// them to its own options.
type Options struct {
	// Now is the store's clock (automatic pruning, audit entries without a
	// time); nil means time.Now.
	Now func() time.Time
	// AuditRetention and SightingRetention are how long audit entries and
	// sightings are kept: zero means the backend's default, negative keeps
	// them all.
	AuditRetention    time.Duration
	SightingRetention time.Duration
	// JudgedRetention is how long the record of a judged message is kept
	// after its latest version; zero means the backend's default.
	JudgedRetention time.Duration
	// OffenderRetention, FirstLinkRetention and OutboxRetention are how
	// long offender records (after LastSeen), first links and tasks are
	// kept. Unlike the others, zero keeps them all, as negative does: the
	// table's records have fixed times that a real clock would age out.
	OffenderRetention  time.Duration
	FirstLinkRetention time.Duration
	OutboxRetention    time.Duration
	// CompromisedTTL is how long a compromised mark keeps an offender
	// record from ageing out; zero means the backend's default.
	CompromisedTTL time.Duration
	// ExpansionRetention is how long expansions of shortened links are
	// kept; zero means the backend's default, negative keeps them all.
	ExpansionRetention time.Duration
}

// Keep returns d, or -1 (keep everything) for zero: what a backend passes
// for OffenderRetention, FirstLinkRetention and OutboxRetention.
func Keep(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}

// Backend opens stores of one implementation for the tests.
type Backend struct {
	// Open returns a new, empty store, closed when the test ends.
	Open func(t testing.TB, o Options) bot.Store
	// Reopen closes s and opens the same store again with o, as a restarted
	// process does; the new store is closed when the test ends.
	Reopen func(t testing.TB, s bot.Store, o Options) bot.Store
	// Peer opens a second store on the same data as s, as another process
	// sharing it does; it is closed when the test ends. Nil for a backend
	// that one process holds alone (bbolt's file lock).
	Peer func(t testing.TB, s bot.Store, o Options) bot.Store
}

// Run runs every behaviour test against the backend, each as a parallel
// subtest.
func Run(t *testing.T, b Backend) {
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.run(t, b)
		})
	}
}

// tests is the table Run runs. Add a behaviour test here.
var tests = []struct {
	name string
	run  func(t *testing.T, b Backend)
}{
	{"RoundTrip", testRoundTrip},
	{"Copies", testCopies},
	{"ListOffenders", testListOffenders},
	{"OffendersIn", testOffendersIn},
	{"OffendersInAgeOut", testOffendersInAgeOut},
	{"OffendersNamed", testOffendersNamed},
	{"OffenderUpdates", testOffenderUpdates},
	{"InvalidWrites", testInvalidWrites},
	{"FirstLinks", testFirstLinks},
	{"Lists", testLists},
	{"Audit", testAudit},
	{"Sightings", testSightings},
	{"AutoPrune", testAutoPrune},
	{"Judged", testJudged},
	{"JudgedRetention", testJudgedRetention},
	{"EngineRepeat", testEngineRepeat},
	{"Concurrent", testConcurrent},
	{"UpdateAccountSerialises", testUpdateAccountSerialises},
	{"UpdateAccountSeesOtherSightings", testUpdateAccountSeesOtherSightings},
	{"UpdateAccountError", testUpdateAccountError},
	{"UpdateAccountHoldsOnlyItsAccount", testUpdateAccountHoldsOnlyItsAccount},
	{"EngineFanOut", testEngineFanOut},
	{"EngineMuteEnds", testEngineMuteEnds},
	{"EngineOldMutes", testEngineOldMutes},
	{"Expansions", testExpansions},
	{"Outbox", testOutbox},
	{"OutboxSameIDReplaces", testOutboxSameIDReplaces},
	{"Export", testExport},
	{"Cases", testCases},
	{"CasePresses", testCasePresses},
	{"CasePages", testCasePages},
	{"CasesPruned", testCasesPruned},
	{"CaseForNewest", testCaseForNewest},
	{"OffendersAgeOut", testOffendersAgeOut},
	{"OldTasksAgeOut", testOldTasksAgeOut},
	{"FirstLinksAgeOut", testFirstLinksAgeOut},
	{"LinkCodes", testLinkCodes},
}

var ctx = context.Background()

// T0 is the tests' epoch; its nanoseconds check that times keep them.
var T0 = time.Date(2026, 3, 14, 9, 26, 53, 589793238, time.UTC)

// Y10000 is a time no record can hold: JSON times end with the year 9999.
var Y10000 = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)

// Clock is an injectable clock for Options.Now.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock returns a clock stopped at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now returns the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func mustCommit(t testing.TB, s bot.Store) {
	t.Helper()
	if err := s.Commit(ctx); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

// phases runs check on s as written (before Commit), after Commit, and
// after a reopen, each as a subtest; it returns the reopened store.
func phases(t *testing.T, b Backend, s bot.Store, o Options, check func(t *testing.T, s bot.Store)) bot.Store {
	t.Helper()
	t.Run("buffered", func(t *testing.T) { check(t, s) })
	mustCommit(t, s)
	t.Run("committed", func(t *testing.T) { check(t, s) })
	s = b.Reopen(t, s, o)
	t.Run("reopened", func(t *testing.T) { check(t, s) })
	return s
}

// Account is a Telegram account key.
func Account(user string) bot.AccountKey {
	return bot.AccountKey{Platform: bot.Telegram, User: user}
}

// FullOffender has every field set, times in a zone other than UTC.
func FullOffender(user string, lastSeen time.Time) bot.Offender {
	zone := time.FixedZone("ICT", 7*3600)
	return bot.Offender{
		Account:          Account(user),
		Name:             "Nguyễn Văn " + user,
		Strikes:          []time.Time{lastSeen.Add(-2 * time.Hour).In(zone), lastSeen.Add(-time.Hour)},
		Compromised:      true,
		CompromisedSince: lastSeen.Add(-30 * time.Minute).In(zone),
		Evidence:         "same link in 4 chats within 3m",
		RestrictedUntil:  lastSeen.Add(24 * time.Hour),
		Restricted:       []string{"-100123", "-100456"},
		RestrictedEnds:   []time.Time{lastSeen.Add(2 * time.Hour).In(zone), lastSeen.Add(24 * time.Hour)},
		Chats:            []string{"-100123", "-100456", "-100789"},
		Groups:           []string{"guild-1"},
		LastSeen:         lastSeen,
		Pardons:          []bot.Pardon{{Scope: "-100999", Time: lastSeen.Add(-10 * time.Minute).In(zone)}},
	}
}

// FullSighting is a sighting with every field set.
func FullSighting(user, chat, id string, at time.Time) bot.Sighting {
	return bot.Sighting{
		Account:      Account(user),
		Fingerprints: []string{"u:dlscord.com/gift", "t:123"},
		Message:      bot.MessageRef{Platform: bot.Telegram, Chat: chat, ID: id},
		Group:        "guild-" + chat,
		Time:         at,
	}
}

// FullAudit is an audit entry with every field set.
func FullAudit(at time.Time, note string) bot.AuditEntry {
	return bot.AuditEntry{
		Time:    at,
		Message: bot.MessageRef{Platform: bot.Discord, Chat: "c1", ID: "m1"},
		Account: bot.AccountKey{Platform: bot.Discord, User: "u1"},
		Level:   bot.Delete,
		Score:   0.97,
		Reasons: []bot.Reason{
			{Code: bot.CodeLookalike, Detail: "spelled like discord.com", Subject: "dlscord[.]com", Imitates: "discord.com", Weight: 0.9},
			{Code: bot.CodeDoubleExtension, Detail: "a program disguised as a photo", Subject: "photo.jpg.exe", File: "executable", Decoy: "photo", Weight: 0.95},
			{Code: bot.CodeLure, Detail: "free gift", Subject: "gift", Weight: 0.4},
		},
		Actions: []bot.Action{bot.ActDelete, bot.ActWarn, bot.ActNotifyAdmins},
		Sweep:   []bot.MessageRef{{Platform: bot.Discord, Chat: "c2", ID: "m0"}},
		Note:    note,
	}
}

// InUTC returns o as a store hands it back: times in UTC.
func InUTC(o bot.Offender) bot.Offender {
	o.Strikes = append([]time.Time(nil), o.Strikes...)
	for i := range o.Strikes {
		o.Strikes[i] = o.Strikes[i].UTC()
	}
	o.CompromisedSince = o.CompromisedSince.UTC()
	o.RestrictedUntil = o.RestrictedUntil.UTC()
	o.RestrictedEnds = append([]time.Time(nil), o.RestrictedEnds...)
	for i := range o.RestrictedEnds {
		o.RestrictedEnds[i] = o.RestrictedEnds[i].UTC()
	}
	if len(o.RestrictedEnds) == 0 {
		o.RestrictedEnds = nil
	}
	o.LastSeen = o.LastSeen.UTC()
	o.Pardons = append([]bot.Pardon(nil), o.Pardons...)
	for i := range o.Pardons {
		o.Pardons[i].Time = o.Pardons[i].Time.UTC()
	}
	if len(o.Pardons) == 0 {
		o.Pardons = nil
	}
	return o
}
