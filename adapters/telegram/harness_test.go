package telegram

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/store"
)

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// sleeper records the waits the adapter asks for and returns at once,
// except for the durations a test holds: those wait until released.
type sleeper struct {
	mu    sync.Mutex
	waits []time.Duration
	held  map[time.Duration]chan struct{}
}

func (s *sleeper) Sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	ch := s.held[d]
	s.mu.Unlock()
	if ch != nil {
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}

// hold makes waits of d block until the returned func is called.
func (s *sleeper) hold(d time.Duration) func() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.held == nil {
		s.held = make(map[time.Duration]chan struct{})
	}
	ch := make(chan struct{})
	s.held[d] = ch
	var once sync.Once
	return func() { once.Do(func() { close(ch) }) }
}

func (s *sleeper) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.waits...)
}

func (s *sleeper) saw(d time.Duration) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range s.waits {
		if w == d {
			return true
		}
	}
	return false
}

// harness runs the real adapter with the real engine on a real store
// against the fake Bot API.
type harness struct {
	t      *testing.T
	api    *fakeAPI
	engine *bot.Engine
	db     testStore
	a      *Adapter
	logs   *syncBuffer
	sleep  *sleeper
	base   time.Time

	cancel  context.CancelFunc
	done    chan error
	stopped bool
	presses int // callback queries pushed
}

const (
	chatA, chatB, chatC = int64(-1001), int64(-1002), int64(-1003)
	member              = int64(101)
	admin               = int64(201)
	spammer             = int64(777)
)

func newHarness(t *testing.T, opt func(*Options)) *harness {
	t.Helper()
	return newHarnessAt(t, filepath.Join(t.TempDir(), "immune.db"), opt)
}

// testStore is the store a harness runs on: bbolt, or PostgreSQL for
// replicas.
type testStore interface {
	bot.Store
	Close() error
}

// newHarnessAt is newHarness on the store at path, against a new fake.
func newHarnessAt(t *testing.T, path string, opt func(*Options)) *harness {
	t.Helper()
	return newHarnessWith(t, path, opt, nil)
}

// newHarnessWith is newHarnessAt with setup run on the engine before the
// adapter starts.
func newHarnessWith(t *testing.T, path string, opt func(*Options), setup func(*bot.Engine)) *harness {
	t.Helper()
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return newHarnessSetup(t, newFakeAPI(t), db, nil, opt, setup)
}

// newHarnessConfig is newHarness with the engine on cfg.
func newHarnessConfig(t *testing.T, cfg bot.Config, opt func(*Options)) *harness {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "immune.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return newHarnessSetup(t, newFakeAPI(t), db, &cfg, opt, nil)
}

// newHarnessOn runs an adapter on the store db against the fake api, which
// several harnesses may share, as replicas of one bot share Telegram.
func newHarnessOn(t *testing.T, api *fakeAPI, db testStore, opt func(*Options)) *harness {
	t.Helper()
	return newHarnessSetup(t, api, db, nil, opt, nil)
}

// newHarnessSetup is newHarnessOn with the engine on cfg (nil: the
// defaults) and setup run on the engine before the adapter starts.
func newHarnessSetup(t *testing.T, api *fakeAPI, db testStore, cfg *bot.Config, opt func(*Options), setup func(*bot.Engine)) *harness {
	t.Helper()
	h := &harness{t: t, api: api, db: db, logs: &syncBuffer{}, sleep: &sleeper{}, base: time.Now().Add(-time.Minute).Truncate(time.Second)}
	for _, c := range []int64{chatA, chatB, chatC} {
		h.api.setMember(c, testBotID, "administrator", map[string]bool{"can_delete_messages": true, "can_restrict_members": true})
		h.api.setMember(c, admin, "administrator", nil)
	}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var err error
	ecfg := bot.DefaultConfig()
	if cfg != nil {
		ecfg = *cfg
	}
	h.engine, err = bot.NewEngine(context.Background(), ecfg, db, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(h.engine)
	}
	opts := Options{
		Token:       testToken,
		APIURL:      h.api.URL(),
		PollTimeout: 30 * time.Second,
		AdminCache:  time.Minute,
		CallTimeout: 20 * time.Second,
		Sleep:       h.sleep.Sleep,
	}
	if opt != nil {
		opt(&opts)
	}
	h.a, err = New(opts, h.engine, log)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	h.done = make(chan error, 1)
	go func() { h.done <- h.a.Run(ctx) }()
	t.Cleanup(func() {
		if err := h.stop(); err != nil {
			t.Errorf("Run: %v", err)
		}
		if logs := h.logs.String(); strings.Contains(logs, testToken) {
			t.Errorf("the token appears in the logs:\n%s", logs)
		}
		if t.Failed() {
			t.Logf("logs:\n%s", h.logs.String())
		}
	})
	return h
}

// stop cancels Run and waits for it to return.
func (h *harness) stop() error {
	if h.stopped {
		return nil
	}
	h.stopped = true
	h.cancel()
	select {
	case err := <-h.done:
		return err
	case <-time.After(30 * time.Second):
		return errors.New("Run did not return after its context was cancelled")
	}
}

// at is a message date, seconds after the harness's base time.
func (h *harness) at(sec int) int64 { return h.base.Unix() + int64(sec) }

// Update builders. The shapes are the Bot API's.

func chatObj(id int64) map[string]any {
	return map[string]any{"id": id, "type": "supergroup", "title": "Group " + itoa(id)}
}

func userObj(id int64, first string) map[string]any {
	return map[string]any{"id": id, "is_bot": false, "first_name": first}
}

func textMsg(chat, user int64, id int, date int64, text string) map[string]any {
	return map[string]any{"message_id": id, "date": date, "chat": chatObj(chat), "from": userObj(user, "User"+itoa(user)), "text": text}
}

func msgUpdate(m map[string]any) map[string]any { return map[string]any{"message": m} }

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// clock is a settable clock for Options.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(t time.Time) *clock { return &clock{t: t} }

// Now returns the clock's time.
func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Add moves the clock on by d.
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// waitRecorded waits until the engine has recorded the bot's message id in
// chat as one about a case (recordSent runs after sendMessage returns, so
// the fake has seen the call before the store knows the message): a test
// that answers the message before then races the adapter.
func (h *harness) waitRecorded(t *testing.T, chat int64, id int) {
	t.Helper()
	ref := bot.MessageRef{Platform: bot.Telegram, Chat: itoa(chat), ID: strconv.Itoa(id)}
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := h.db.CaseFor(context.Background(), ref)
		if err == nil {
			return
		}
		if !errors.Is(err, bot.ErrNotFound) || time.Now().After(deadline) {
			t.Fatalf("message %d in %d not recorded about a case: %v", id, chat, err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
