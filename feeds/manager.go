package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/immunebot/immune/bot"
)

// Source is one global list: a remote feed, or an operator's list file.
type Source struct {
	// Name is what reasons ("listed by NAME"), status and metrics call a
	// remote feed: letters, digits, '.', '_' and '-'. For a list file it is
	// the file's path.
	Name string
	// URL is where a remote feed is downloaded from (http or https).
	// Empty for a list file.
	URL string
	// Path is a list file's path. Empty for a remote feed.
	Path   string
	Format Format       // how it is written; a list file is read as Domains
	List   bot.ListKind // block or allow (MetaMask's feed carries both)
	// Refresh is how often a remote feed is downloaded again.
	Refresh time.Duration
	// MaxBytes bounds a download; zero means Options.MaxBytes.
	MaxBytes int64
}

func (s *Source) remote() bool { return s.URL != "" }

// same reports whether a cached copy of a downloaded from s still serves
// t: the same URL read the same way.
func (s *Source) same(t *Source) bool {
	return s.Name == t.Name && s.URL == t.URL && s.Path == t.Path && s.Format == t.Format && s.List == t.List
}

var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// ValidName reports a name a remote feed may have: it names the feed's
// files in the cache directory and its metrics.
func ValidName(name string) bool { return nameRE.MatchString(name) }

// Defaults for the zero fields of Options.
const (
	DefaultTimeout    = time.Minute
	DefaultMaxBytes   = 64 << 20
	DefaultRetryBase  = time.Minute
	DefaultWatchEvery = 5 * time.Second
	// unpackFactor bounds what a compressed body may unpack to, as a
	// multiple of the download limit.
	unpackFactor = 8
)

// Options configure a Manager.
type Options struct {
	// CacheDir keeps the last good copy of each remote feed. Required when
	// there are remote feeds; created if missing.
	CacheDir string
	// ReadOnly: the copies in CacheDir are read, and nothing is written:
	// the directory is not created, and a feed downloaded now is used by
	// this process alone (its download goes to the system's temporary
	// directory and is removed once read). For a command that only looks
	// (immune check).
	ReadOnly bool
	// Client downloads the feeds; nil means a client with Timeout.
	Client *http.Client
	// Timeout bounds one download, the body included; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxBytes bounds a download; zero means DefaultMaxBytes.
	MaxBytes int64
	// RetryBase is the wait after a first failure; it doubles with each
	// further one up to the feed's Refresh, with jitter. Zero means
	// DefaultRetryBase.
	RetryBase time.Duration
	// WatchEvery is how often list files are checked for changes; zero
	// means DefaultWatchEvery, negative never.
	WatchEvery time.Duration
	// UserAgent is sent with every download.
	UserAgent string
	// Now is the clock of the schedule and the health report; nil means
	// time.Now.
	Now func() time.Time
	// Log receives what happens to each feed; nil discards.
	Log *slog.Logger
	// Apply receives every new set of lists, in order (the engine's
	// SetFeeds). It must not block for long.
	Apply func(*bot.FeedSet)
}

// feed is the state of one source.
type feed struct {
	src  Source
	list *bot.FeedList // in use; nil until one is loaded
	meta meta          // of the copy in use (remote feeds)
	// baseline is the entry count the shrink guard compares a download
	// with: that of the copy in use, 0 when any non-empty copy will do.
	baseline int
	health   bot.FeedHealth
	failures int       // in a row
	next     time.Time // when the next download is due
	stamp    fileStamp // of a list file when it was read
	settling fileStamp // of a list file seen changed, not yet read: read when it holds a tick
	wake     chan struct{}
	stop     context.CancelFunc // ends the feed's refresh loop
}

type fileStamp struct {
	mod  time.Time
	size int64
}

// Manager keeps the global lists: it reads list files and the cached
// copies of remote feeds, downloads each feed again on its interval, and
// hands every change to Options.Apply as one new bot.FeedSet. A feed that
// fails never stops the others; its last good copy stays in use. It
// implements bot.FeedReporter.
type Manager struct {
	opts  Options
	cache cache
	log   *slog.Logger

	mu      sync.Mutex
	feeds   []*feed // files first, then remote feeds, in configuration order
	runCtx  context.Context
	loops   sync.WaitGroup
	applyMu sync.Mutex // sets are built and applied one at a time
}

var _ bot.FeedReporter = (*Manager)(nil)

// New checks the sources and builds a manager. Nothing is read until Load.
func New(opts Options, sources []Source) (*Manager, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.RetryBase <= 0 {
		opts.RetryBase = DefaultRetryBase
	}
	if opts.WatchEvery == 0 {
		opts.WatchEvery = DefaultWatchEvery
	}
	if opts.Client == nil {
		opts.Client = &http.Client{Timeout: opts.Timeout}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "immune (+https://github.com/immunebot/immune)"
	}
	m := &Manager{opts: opts, cache: cache{dir: opts.CacheDir}, log: opts.Log}
	if err := m.check(sources); err != nil {
		return nil, err
	}
	for _, s := range sources {
		m.feeds = append(m.feeds, m.newFeed(s))
	}
	return m, nil
}

func (m *Manager) check(sources []Source) error {
	names := map[string]bool{}
	var errs []error
	for _, s := range sources {
		if !s.remote() && s.Name == "" {
			s.Name = s.Path
		}
		switch {
		case s.remote() && !ValidName(s.Name):
			errs = append(errs, fmt.Errorf("feed %q: a name of letters, digits, '.', '_' and '-'", s.Name))
		case s.remote() && s.Refresh <= 0:
			errs = append(errs, fmt.Errorf("feed %s: no refresh interval", s.Name))
		case !s.remote() && s.Path == "":
			errs = append(errs, fmt.Errorf("feed %q: neither a URL nor a file", s.Name))
		}
		if _, err := ParseFormat(string(s.Format)); err != nil && s.remote() {
			errs = append(errs, fmt.Errorf("feed %s: %w", s.Name, err))
		}
		if names[s.Name] {
			errs = append(errs, fmt.Errorf("feed %s: the name is used twice", s.Name))
		}
		names[s.Name] = true
		if s.remote() && m.opts.CacheDir == "" {
			errs = append(errs, fmt.Errorf("feed %s: no cache directory for remote feeds", s.Name))
		}
	}
	return errors.Join(errs...)
}

func (m *Manager) newFeed(s Source) *feed {
	if !s.remote() {
		s.Format = Domains
		if s.Name == "" {
			s.Name = s.Path
		}
	}
	if s.List == "" {
		s.List = bot.BlockList
	}
	f := &feed{src: s, wake: make(chan struct{}, 1)}
	f.health = bot.FeedHealth{Name: s.Name, File: !s.remote(), Refresh: s.Refresh}
	return f
}

// Load reads the list files and the cached copy of each remote feed, and
// applies the lists. With fetchMissing, a remote feed without a usable copy
// is downloaded now; otherwise Run downloads it. Problems are logged and
// shown in FeedHealth; Load fails only when the cache directory cannot be
// made.
func (m *Manager) Load(ctx context.Context, fetchMissing bool) error {
	m.mu.Lock()
	feeds := append([]*feed(nil), m.feeds...)
	m.mu.Unlock()
	if err := m.makeCacheDir(feeds); err != nil {
		return err
	}
	for _, f := range feeds {
		m.mu.Lock()
		if f.src.remote() {
			m.loadCached(f)
		} else {
			m.readFile(f)
		}
		missing := f.src.remote() && f.list == nil
		m.mu.Unlock()
		if missing && fetchMissing {
			m.refresh(ctx, f)
		}
	}
	m.apply()
	return nil
}

// makeCacheDir creates the cache directory when there are remote feeds.
func (m *Manager) makeCacheDir(feeds []*feed) error {
	if m.opts.ReadOnly {
		return nil
	}
	for _, f := range feeds {
		if f.src.remote() {
			if err := os.MkdirAll(m.opts.CacheDir, 0o755); err != nil {
				return fmt.Errorf("feeds.cache_dir: %w", err)
			}
			return nil
		}
	}
	return nil
}

// loadCached reads a remote feed's last good copy, if it is one of this
// feed (same URL and format). m.mu is held.
func (m *Manager) loadCached(f *feed) {
	md, err := m.cache.readMeta(f.src.Name)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		m.log.Warn("feed: cached copy unreadable; downloading it again", "feed", f.src.Name, "err", err)
		return
	}
	if md.URL != f.src.URL || md.Format != f.src.Format {
		m.log.Info("feed: the cached copy is of another URL or format; downloading it again", "feed", f.src.Name)
		return
	}
	path := m.cache.bodyPath(f.src.Name)
	st, err := os.Stat(path)
	if err != nil {
		m.log.Warn("feed: cached copy missing; downloading it again", "feed", f.src.Name, "err", err)
		return
	}
	if st.Size() != md.Size {
		// the body was replaced but its meta not (a crash between the two)
		md.ETag, md.LastModified = "", ""
	}
	list, err := m.parseFile(path, f.src)
	if err != nil {
		m.log.Warn("feed: cached copy unreadable; downloading it again", "feed", f.src.Name, "err", err)
		return
	}
	md.Entries = list.Len()
	f.list, f.meta, f.baseline = list, md, list.Len()
	f.health.Entries = list.Len()
	f.health.LastSuccess = md.Checked
	f.next = md.Checked.Add(jitter(f.src.Refresh))
	m.log.Info("feed loaded from its last good copy", "feed", f.src.Name, "entries", list.Len(),
		"checked", md.Checked.UTC().Format(time.RFC3339))
}

// parseFile parses a feed body on disk.
func (m *Manager) parseFile(path string, s Source) (*bot.FeedList, error) {
	body, err := openBody(path)
	if err != nil {
		return nil, err
	}
	defer body.Close()
	max := s.MaxBytes
	if max <= 0 {
		max = m.opts.MaxBytes
	}
	name := s.Name
	if !s.remote() {
		name = "" // reasons say "on the block list" for the operator's own files
	}
	b := bot.NewFeedListBuilder(name)
	lr := &limitedReader{r: body, left: max * unpackFactor}
	if err := Parse(lr, s.Format, s.List, b); err != nil {
		if lr.hit {
			return nil, fmt.Errorf("%w: it unpacks to more than %d MiB", ErrTooLarge, max*unpackFactor>>20)
		}
		return nil, err
	}
	if !s.remote() && len(b.Problems()) > 0 {
		// the operator's own file: a typo leaves a domain open
		probs := make([]string, len(b.Problems()))
		for i, p := range b.Problems() {
			probs[i] = p.Error()
		}
		l := b.Build()
		m.log.Warn("list file: lines skipped, neither a domain nor a URL", "file", s.Path, "skipped", l.Skipped(),
			"first", strings.Join(probs, "; "))
		return l, nil
	}
	for _, p := range b.Problems() {
		m.log.Debug("feed: value skipped", "feed", s.Name, "problem", p.Error())
	}
	return b.Build(), nil
}

// readFile reads an operator's list file. A file that cannot be read
// keeps its previous entries. m.mu is held.
func (m *Manager) readFile(f *feed) {
	now := m.opts.Now()
	f.health.LastAttempt = now
	st, err := os.Stat(f.src.Path)
	if err == nil {
		f.stamp = fileStamp{mod: st.ModTime(), size: st.Size()}
		var list *bot.FeedList
		list, err = m.parseFile(f.src.Path, f.src)
		if err == nil {
			f.list = list
			f.health.Entries, f.health.LastSuccess, f.health.LastError = list.Len(), now, ""
			m.log.Info("list file loaded", "file", f.src.Path, "kind", string(f.src.List), "entries", list.Len(), "skipped", list.Skipped())
			return
		}
	}
	f.health.LastError = shortError(err, 0)
	f.health.Errors++
	m.log.Error("list file unreadable; its previous entries stay in use", "file", f.src.Path, "err", err)
}

// apply builds the set of every list in use and hands it to Options.Apply.
func (m *Manager) apply() {
	m.applyMu.Lock()
	defer m.applyMu.Unlock()
	m.mu.Lock()
	lists := make([]*bot.FeedList, 0, len(m.feeds))
	for _, f := range m.feeds {
		if f.list != nil {
			lists = append(lists, f.list)
		}
	}
	m.mu.Unlock()
	if m.opts.Apply != nil {
		m.opts.Apply(bot.NewFeedSet(lists...))
	}
}

// FeedHealth returns the state of every list file and remote feed.
func (m *Manager) FeedHealth() []bot.FeedHealth {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]bot.FeedHealth, len(m.feeds))
	for i, f := range m.feeds {
		out[i] = f.health
	}
	return out
}

// Run downloads each remote feed when it is due and re-reads list files
// that changed, until ctx is done.
func (m *Manager) Run(ctx context.Context) {
	m.mu.Lock()
	m.runCtx = ctx
	for _, f := range m.feeds {
		if f.src.remote() {
			m.startLoop(f)
		}
	}
	m.mu.Unlock()
	if m.opts.WatchEvery > 0 {
		t := time.NewTicker(m.opts.WatchEvery)
		defer t.Stop()
	watch:
		for {
			select {
			case <-ctx.Done():
				break watch
			case <-t.C:
				m.watchFiles()
			}
		}
	} else {
		<-ctx.Done()
	}
	m.loops.Wait()
}

// startLoop starts a remote feed's refresh loop; m.mu is held.
func (m *Manager) startLoop(f *feed) {
	ctx, cancel := context.WithCancel(m.runCtx)
	f.stop = cancel
	m.loops.Add(1)
	go func() {
		defer m.loops.Done()
		m.loop(ctx, f)
	}()
}

// loop downloads a feed whenever it is due, or woken.
func (m *Manager) loop(ctx context.Context, f *feed) {
	for {
		m.mu.Lock()
		wait := f.next.Sub(m.opts.Now())
		m.mu.Unlock()
		if wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-f.wake:
				t.Stop()
			case <-t.C:
			}
		}
		if ctx.Err() != nil {
			return
		}
		m.refresh(ctx, f)
	}
}

// watchFiles re-reads the list files that changed on disk.
func (m *Manager) watchFiles() {
	m.mu.Lock()
	var changed []*feed
	for _, f := range m.feeds {
		if f.src.remote() {
			continue
		}
		st, err := os.Stat(f.src.Path)
		if err != nil {
			if f.health.LastError == "" {
				changed = append(changed, f) // gone: report it
			}
			continue
		}
		switch s := (fileStamp{mod: st.ModTime(), size: st.Size()}); {
		case s == f.stamp:
			f.settling = fileStamp{}
		case s != f.settling:
			// it may be being written still: read it once it holds
			f.settling = s
		default:
			f.settling = fileStamp{}
			changed = append(changed, f)
		}
	}
	m.mu.Unlock()
	if len(changed) == 0 {
		return
	}
	m.mu.Lock()
	for _, f := range changed {
		m.readFile(f)
	}
	m.mu.Unlock()
	m.apply()
}

// Reconfigure replaces the sources, for a reload without a restart: new
// feeds are loaded (from their cached copy, and downloaded when Run is
// going), removed ones are dropped, unchanged ones keep their state, and
// every list file is read again. A feed whose cached copy was deleted
// accepts its next download whatever its size, the way an operator
// accepts a shrink the guard refused.
func (m *Manager) Reconfigure(sources []Source) error {
	if err := m.check(sources); err != nil {
		return err
	}
	probe := make([]*feed, len(sources))
	for i, s := range sources {
		probe[i] = &feed{src: s}
	}
	if err := m.makeCacheDir(probe); err != nil {
		return err
	}
	m.mu.Lock()
	old := map[string]*feed{}
	for _, f := range m.feeds {
		old[f.src.Name] = f
	}
	var feeds []*feed
	for _, s := range sources {
		n := m.newFeed(s)
		if f := old[n.src.Name]; f != nil && f.src.same(&n.src) {
			delete(old, n.src.Name)
			f.src = n.src
			f.health.Refresh = n.src.Refresh
			if f.src.remote() {
				if _, err := os.Stat(m.cache.metaPath(f.src.Name)); errors.Is(err, os.ErrNotExist) && f.baseline > 0 {
					m.log.Info("feed: cached copy removed; the next download is accepted whatever its size", "feed", f.src.Name)
					f.baseline, f.meta.ETag, f.meta.LastModified = 0, "", ""
					f.next = time.Time{}
					wake(f)
				}
			} else {
				m.readFile(f)
			}
			feeds = append(feeds, f)
			continue
		}
		if n.src.remote() {
			m.loadCached(n)
			if m.runCtx != nil {
				m.startLoop(n)
			}
		} else {
			m.readFile(n)
		}
		feeds = append(feeds, n)
	}
	for _, f := range old {
		if f.stop != nil {
			f.stop()
		}
		m.log.Info("feed removed", "feed", f.src.Name)
	}
	m.feeds = feeds
	m.mu.Unlock()
	m.apply()
	return nil
}

func wake(f *feed) {
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// Refresh downloads one remote feed now, whatever its schedule, and
// reports what came of it.
func (m *Manager) Refresh(ctx context.Context, name string) error {
	m.mu.Lock()
	var f *feed
	for _, x := range m.feeds {
		if x.src.Name == name && x.src.remote() {
			f = x
		}
	}
	m.mu.Unlock()
	if f == nil {
		return fmt.Errorf("no remote feed %q", name)
	}
	return m.refresh(ctx, f)
}

// refresh downloads a feed and, if the download is good, puts it in use.
func (m *Manager) refresh(ctx context.Context, f *feed) error {
	m.mu.Lock()
	src, md, baseline := f.src, f.meta, f.baseline
	if f.list == nil {
		md.ETag, md.LastModified = "", "" // nothing to compare against: fetch in full
	}
	m.mu.Unlock()

	start := m.opts.Now()
	res, err := m.download(ctx, src, md)
	var list *bot.FeedList
	if err == nil && !res.notModified {
		list, err = m.parseFile(res.tmp, src)
		if err == nil {
			err = guard(list.Len(), baseline)
		}
		if err != nil {
			os.Remove(res.tmp)
		}
	}
	if err != nil && ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return err // stopping: not the feed's fault
	}

	m.mu.Lock()
	f.health.LastAttempt = start
	if err != nil {
		f.failures++
		f.health.Errors++
		f.health.LastError = shortError(err, m.opts.Timeout)
		f.next = start.Add(backoff(m.opts.RetryBase, src.Refresh, f.failures))
		msg := "feed download failed; the last good copy stays in use"
		if f.list == nil {
			msg = "feed download failed; no copy of the feed is in use yet, so its entries protect nothing until one succeeds"
		}
		m.mu.Unlock()
		m.log.Warn(msg, "feed", src.Name,
			"err", f.health.LastError, "failures", f.failures, "retry_in", f.next.Sub(start).Round(time.Second).String())
		return err
	}
	f.failures = 0
	f.health.LastError = ""
	f.health.LastSuccess = start
	f.next = start.Add(jitter(src.Refresh))
	if res.notModified {
		f.meta.Checked = start
		md := f.meta
		m.mu.Unlock()
		if m.opts.ReadOnly {
			return nil
		}
		if werr := m.cache.writeMeta(src.Name, md); werr != nil {
			m.log.Warn("feed: could not record the check", "feed", src.Name, "err", werr)
		}
		m.log.Debug("feed not modified", "feed", src.Name)
		return nil
	}
	nm := meta{URL: src.URL, Format: src.Format, ETag: res.etag, LastModified: res.lastModified,
		Fetched: start, Checked: start, Entries: list.Len(), Size: res.size}
	m.mu.Unlock()
	if m.opts.ReadOnly {
		os.Remove(res.tmp) // read: in use for this run only
	} else if werr := m.cache.keep(src.Name, res.tmp, nm); werr != nil {
		// in use all the same; the next start downloads it again
		os.Remove(res.tmp)
		nm.ETag, nm.LastModified = "", ""
		m.log.Error("feed: could not keep the last good copy on disk", "feed", src.Name, "err", werr)
	}
	m.mu.Lock()
	f.list, f.meta, f.baseline = list, nm, list.Len()
	f.health.Entries = list.Len()
	m.mu.Unlock()
	m.log.Info("feed updated", "feed", src.Name, "entries", list.Len(), "skipped", list.Skipped(), "bytes", res.size)
	m.apply()
	return nil
}

// ErrShrunk is returned for a download that lost more than half of the
// feed's entries, or has none: it is refused and the last good copy stays.
var ErrShrunk = errors.New("refused")

// guard refuses a download that is empty or lost more than half of the
// entries of the copy in use.
func guard(n, baseline int) error {
	switch {
	case n == 0:
		return fmt.Errorf("%w: the download holds no entries", ErrShrunk)
	case baseline > 0 && 2*n < baseline:
		return fmt.Errorf("%w: %d entries, down from %d (more than half lost); if that is right, delete the cached copy and reload", ErrShrunk, n, baseline)
	}
	return nil
}

// jitter spreads refreshes over ±10% of the interval, so that many bots
// do not download a feed in the same second.
func jitter(d time.Duration) time.Duration {
	return time.Duration(float64(d) * (0.9 + 0.2*rand.Float64()))
}

// backoff is the wait after n failures in a row: base doubling each time,
// at most the refresh interval, with jitter over its upper half.
func backoff(base, refresh time.Duration, n int) time.Duration {
	d := base
	for i := 1; i < n && d < refresh; i++ {
		d *= 2
	}
	d = min(d, max(refresh, base))
	return time.Duration(float64(d) * (0.5 + 0.5*rand.Float64()))
}

// ErrTooLarge is returned for a feed over its size limit.
var ErrTooLarge = errors.New("too large")

// limitedReader reads at most left bytes and then fails.
type limitedReader struct {
	r    io.Reader
	left int64
	hit  bool
}

// Read reads from the underlying reader until the limit.
func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		l.hit = true
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// shortError writes an error for status and metrics: short, and without
// the feed's URL (which may carry a key).
func shortError(err error, timeout time.Duration) string {
	var ue interface{ Timeout() bool }
	switch {
	case err == nil:
		return ""
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &ue) && ue.Timeout():
		if timeout > 0 {
			return fmt.Sprintf("timeout after %s", timeout)
		}
		return "timeout"
	case errors.Is(err, os.ErrNotExist):
		return "no such file"
	}
	msg := err.Error()
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Op + " " + filepath.Base(pe.Path) + ": " + pe.Err.Error()
	}
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return strings.TrimSpace(msg)
}
