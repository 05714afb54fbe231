package bot

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/immunebot/immune/bot/linkx"
)

// A link through a shortener (bit.ly, t.co, ...) hides where it goes. The
// engine has such links followed by an Expander, off the path of judging:
// a message is judged at once; when the expansion later shows a threat, the
// engine decides again with the target judged as if it had been posted,
// records the new decision and hands its tasks to the platform's adapter,
// which deletes the message then. Expansions are kept in the store for a
// while, so the next message carrying the same link is judged with its
// target at once.

// Expansion is where a link led when its redirects were followed.
type Expansion struct {
	// URL is the link followed, as the store keys it: host, path and query
	// ("bit.ly/3xYz").
	URL string
	// Chain lists the URLs it redirected to, in order; the last is where it
	// ends. Empty when it did not redirect.
	Chain []string
	// Err says why following stopped before the end (a refused address, a
	// timeout, a loop), if it did. What was learnt until then is in Chain.
	Err string
	// Refused is set when following stopped because a hop led to an
	// address that is not on the public internet, or to a port not of
	// the web; Err says which. It is counted (ExpandStats), not stored.
	Refused bool
	Time    time.Time // when it was followed
}

// ExpandStats count what became of the shortened links of the messages
// the engine judged since it started: each link is counted once a message,
// as cached or as followed (expanded, refused or error).
type ExpandStats struct {
	// Expanded counts links followed to their end, or to a hop known to
	// be dangerous (which is not contacted).
	Expanded uint64
	// Cached counts links judged with the expansion the store kept.
	Cached uint64
	// Refused counts links that led to an address not on the public
	// internet (loopback, private, link-local, a cloud's metadata
	// service) or to a port not of the web: never contacted.
	Refused uint64
	// Errors counts links whose following stopped on anything else: no
	// answer in time, a name that does not resolve, a redirect loop, too
	// many redirects.
	Errors uint64
}

// ExpandStats returns the counts of link expansion, and false when it is
// off.
func (e *Engine) ExpandStats() (ExpandStats, bool) {
	x := e.expand
	if x == nil {
		return ExpandStats{}, false
	}
	return ExpandStats{Expanded: x.expanded.Load(), Cached: x.cached.Load(), Refused: x.refused.Load(), Errors: x.errors.Load()}, true
}

// Expander follows the redirects of a link over the network, refusing
// any address that is not on the public internet. It never fails: a
// problem is reported in Expansion.Err.
type Expander interface {
	Expand(ctx context.Context, url string) Expansion
}

// ExpandConfig configures the expansion of shortened links.
type ExpandConfig struct {
	Expander Expander
	// Shorteners are domains to expand beside the built-in shorteners.
	Shorteners []string
	// TTL is how long an expansion is trusted; zero means 24 hours. One
	// that stopped on an error is trusted for at most failedTTL.
	TTL time.Duration
	// Inline expands links before judging, in Handle and Judge (immune scan
	// and immune check): there are no late decisions. Otherwise links are
	// expanded by RunExpansions, after the message was judged.
	Inline bool
	// Workers is how many links are followed at once; zero means 4.
	Workers int
	// Queue bounds the messages waiting for their links to be followed;
	// zero means 1024. A message that finds the queue full keeps the
	// decision it got.
	Queue int
}

// failedTTL bounds how long an expansion that stopped on an error (a
// timeout, a server down) is trusted: it may work a little later.
const failedTTL = 10 * time.Minute

// LateFunc receives a decision reached after a message was first judged,
// because following its links showed a threat. Its tasks are in the
// outbox already; the adapter carries them out like any decision's.
type LateFunc func(ctx context.Context, d Decision)

// expansion is the engine's link expansion.
type expansion struct {
	cfg        ExpandConfig
	shorteners map[string]bool
	jobs       chan lateJob

	mu       sync.Mutex
	late     map[Platform]LateFunc
	inflight map[string]chan struct{} // links being followed

	expanded, cached, refused, errors atomic.Uint64 // ExpandStats
}

// counted counts an expansion just followed.
func (x *expansion) counted(xp *Expansion) {
	switch {
	case xp.Refused:
		x.refused.Add(1)
	case xp.Err != "":
		x.errors.Add(1)
	default:
		x.expanded.Add(1)
	}
}

// lateJob is a judged message whose shortened links are to be followed.
type lateJob struct {
	msg   Message
	level Level // the verdict it got
}

// SetExpander turns on the expansion of shortened links. Call it before
// the engine handles messages.
func (e *Engine) SetExpander(cfg ExpandConfig) {
	if cfg.TTL <= 0 {
		cfg.TTL = 24 * time.Hour
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 4
	}
	if cfg.Queue <= 0 {
		cfg.Queue = 1024
	}
	x := &expansion{cfg: cfg, shorteners: shortenerSet(cfg.Shorteners), late: map[Platform]LateFunc{}, inflight: map[string]chan struct{}{}}
	e.classifier.SetShorteners(cfg.Shorteners)
	if !cfg.Inline {
		x.jobs = make(chan lateJob, cfg.Queue)
	}
	e.expand = x
}

// OnLate registers the adapter of a platform for the decisions reached
// after expansion.
func (e *Engine) OnLate(p Platform, fn LateFunc) {
	if e.expand == nil {
		return
	}
	e.expand.mu.Lock()
	defer e.expand.mu.Unlock()
	e.expand.late[p] = fn
}

// RunExpansions follows the shortened links of judged messages until ctx
// is done, deciding again about each message whose links lead somewhere
// worse. It returns at once when expansion is off or inline.
func (e *Engine) RunExpansions(ctx context.Context) {
	x := e.expand
	if x == nil || x.jobs == nil {
		return
	}
	var wg sync.WaitGroup
	for range x.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case j := <-x.jobs:
					e.late(ctx, j)
				}
			}
		}()
	}
	wg.Wait()
}

// shortened reports a link through a known shortener.
func (x *expansion) shortened(l *linkx.Link) bool {
	if l.Host == "" || l.IP.IsValid() {
		return false
	}
	return shortener(l, x.shorteners)
}

// shortener reports a link through a built-in shortener or one of extra
// (shortenerSet's).
func shortener(l *linkx.Link, extra map[string]bool) bool {
	return shorteners[l.Domain] || shorteners[l.Host] || extra[l.Domain] || extra[l.Host]
}

// codeAsWritten is l with the path and query the message wrote: a code in
// capitals that readCaps read in lower case is the shortener's address
// only as written (acmelinks.com/PROMO is not acmelinks.com/promo).
func codeAsWritten(l *linkx.Link) *linkx.Link {
	w, ok := linkx.Parse(l.Raw)
	if !ok || w.Path == l.Path && w.Query == l.Query || !strings.EqualFold(w.Path, l.Path) || !strings.EqualFold(w.Query, l.Query) {
		return l
	}
	c := *l
	c.Path, c.Query = w.Path, w.Query
	return &c
}

// expandURL is the address an Expander follows for a link: https unless
// the link said http.
func expandURL(l *linkx.Link) string {
	scheme := "https"
	if l.Scheme == "http" {
		scheme = "http"
	}
	host := l.Host
	if l.Port != "" {
		host += ":" + l.Port
	}
	u := scheme + "://" + host + l.Path
	if l.Query != "" {
		u += "?" + l.Query
	}
	return u
}

// withExpansions judges m again with the targets of its shortened links
// beside it, when they are known (in the store, or followed now when
// follow is set). It returns the message as judged, the judgement, and
// the shortened links whose targets are not known yet. late is set when
// the links were just followed for m (they are not counted as cached).
func (e *Engine) withExpansions(ctx context.Context, m *Message, j Judgement, h Hints, follow, late bool) (*Message, Judgement, []string) {
	x := e.expand
	if x == nil || len(j.Links) == 0 {
		return m, j, nil
	}
	var extra []LinkRef
	var chains []Reason
	var pending []string
	for i := range j.Links {
		l := &j.Links[i]
		if !x.shortened(l) {
			continue
		}
		l = codeAsWritten(l)
		key := urlKey(l)
		xp, ok := e.cachedExpansion(ctx, key, m.Time)
		if ok && !late {
			x.cached.Add(1)
		}
		if !ok && follow {
			xp, ok = e.follow(ctx, key, expandURL(l)), true
		}
		if !ok {
			pending = append(pending, key)
			continue
		}
		for _, hop := range xp.Chain {
			extra = append(extra, LinkRef{URL: hop})
		}
		if len(xp.Chain) > 0 {
			chains = append(chains, chainReason(l, &xp))
		}
	}
	if len(extra) == 0 {
		return m, j, pending
	}
	m2 := *m
	m2.Links = append(slices.Clip(m.Links), extra...)
	j2 := e.classifier.Classify(&m2, h)
	if j2.Verdict.Score > j.Verdict.Score {
		// the targets made it worse: say where the links lead (no weight
		// of its own: the targets' findings carry it)
		j2.Verdict = j2.Verdict.Extend(e.cfg.Thresholds, chains...)
	}
	return &m2, j2, pending
}

// chainReason says where a shortened link leads.
func chainReason(l *linkx.Link, xp *Expansion) Reason {
	hops := make([]string, 0, len(xp.Chain)+1)
	hops = append(hops, defangTarget(xp.URL))
	for _, h := range xp.Chain {
		if t, ok := linkx.Parse(h); ok {
			hops = append(hops, defangTarget(urlKey(&t)))
		} else {
			hops = append(hops, linkx.Defang(h))
		}
	}
	return handRule(CodeRedirect, 0, linkx.Defang(l.Unicode), say2("redirect", hops[0], hops[len(hops)-1], strings.Join(hops, " → ")))
}

// cachedExpansion returns the store's expansion of a link if it is still
// trusted at now.
func (e *Engine) cachedExpansion(ctx context.Context, key string, now time.Time) (Expansion, bool) {
	xp, err := e.store.Expansion(ctx, key)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			e.log.Warn("expansion cache unreadable", "link", defangTarget(key), LogErr, err)
		}
		return Expansion{}, false
	}
	ttl := e.expand.cfg.TTL
	if xp.Err != "" {
		ttl = min(ttl, failedTTL)
	}
	if now.Sub(xp.Time) > ttl {
		return Expansion{}, false
	}
	return xp, true
}

// follow expands a link, once however many messages wait for it, and
// keeps the result in the store.
func (e *Engine) follow(ctx context.Context, key, url string) Expansion {
	x := e.expand
	for {
		x.mu.Lock()
		wait, busy := x.inflight[key]
		if !busy {
			x.inflight[key] = make(chan struct{})
		}
		x.mu.Unlock()
		if !busy {
			break
		}
		select {
		case <-wait:
		case <-ctx.Done():
			return Expansion{URL: key, Err: "stopped", Time: time.Now()}
		}
		if xp, err := e.store.Expansion(ctx, key); err == nil {
			x.cached.Add(1) // followed for another message just now
			return xp
		}
	}
	defer func() {
		x.mu.Lock()
		close(x.inflight[key])
		delete(x.inflight, key)
		x.mu.Unlock()
	}()
	xp := x.cfg.Expander.Expand(ctx, url)
	if ctx.Err() == nil {
		x.counted(&xp)
	}
	xp.URL = key
	if xp.Time.IsZero() {
		xp.Time = time.Now()
	}
	if err := e.store.PutExpansion(ctx, xp); err != nil {
		e.log.Warn("expansion not cached", "link", defangTarget(key), LogErr, err)
	}
	return xp
}

// queueLate hands a judged message with shortened links to the workers.
func (e *Engine) queueLate(m *Message, level Level) {
	x := e.expand
	select {
	case x.jobs <- lateJob{msg: *m, level: level}:
	default:
		e.log.Warn("expansion queue full: a message keeps its first decision", LogChat, m.Scope().String(), LogMessage, m.ID)
	}
}

// late follows a message's shortened links and decides about it again.
// When the links lead somewhere worse, the new decision is recorded
// (strike, audit, outbox) and handed to the platform's adapter.
func (e *Engine) late(ctx context.Context, j lateJob) {
	m := &j.msg
	for _, l := range linkx.Extract(m.Text, nil) {
		linkx.Unwrap(&l)       // a shortener behind a redirector is followed, not the redirector (wrap39)
		linkx.DropTrackers(&l) // keyed as the classifier reads it (query38)
		e.followIfShortened(ctx, &l, m.Time)
	}
	for _, ref := range m.Links {
		if l, ok := linkx.Parse(ref.URL); ok {
			linkx.Unwrap(&l)
			linkx.DropTrackers(&l)
			e.followIfShortened(ctx, &l, m.Time)
		}
	}
	if ctx.Err() != nil {
		return
	}
	d, err := e.handle(ctx, m, &j.level)
	if err != nil {
		e.log.Error("late decision not recorded", LogChat, m.Scope().String(), LogMessage, m.ID, LogErr, err)
	}
	if len(d.Actions) == 0 {
		return
	}
	e.log.Info("links followed: deciding again", LogChat, m.Scope().String(), LogMessage, m.ID,
		"verdict", d.Verdict.Level.String(), "was", j.level.String())
	e.expand.mu.Lock()
	fn := e.expand.late[m.Platform]
	e.expand.mu.Unlock()
	if fn != nil {
		fn(ctx, d)
	}
}

func (e *Engine) followIfShortened(ctx context.Context, l *linkx.Link, now time.Time) {
	if !e.expand.shortened(l) {
		return
	}
	l = codeAsWritten(l)
	key := urlKey(l)
	if _, ok := e.cachedExpansion(ctx, key, now); ok {
		e.expand.cached.Add(1) // followed for another message meanwhile
		return
	}
	e.follow(ctx, key, expandURL(l))
}

// Judge judges a message on its own, like Check, with the targets of its
// shortened links: known ones from the store and, when expansion is
// inline, the others followed now. It records nothing but expansions.
func (e *Engine) Judge(ctx context.Context, m *Message) Verdict {
	j := e.classifier.Classify(m, Hints{})
	inline := e.expand != nil && e.expand.cfg.Inline
	_, j, _ = e.withExpansions(ctx, m, j, Hints{}, inline, false)
	return j.withDestinations()
}
