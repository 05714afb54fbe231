package telegram

import (
	"context"
	"sync"
	"time"
)

// The adapter's memories are bounded: each keeps two generations of a map
// and drops the older one when the newer is full, so what was used
// recently stays and memory stays flat.

type memberKey struct{ chat, user int64 }

// joins remembers when members joined chats, from the join events the bot
// saw.
type joins struct {
	mu       sync.Mutex
	max      int
	cur, old map[memberKey]time.Time
}

func newJoins(max int) *joins {
	return &joins{max: max, cur: make(map[memberKey]time.Time)}
}

func (j *joins) add(chat, user int64, t time.Time) {
	if t.IsZero() {
		return
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if len(j.cur) >= j.max {
		j.old, j.cur = j.cur, make(map[memberKey]time.Time)
	}
	j.cur[memberKey{chat, user}] = t
}

// since returns when the user joined the chat; zero if the bot did not see
// it.
func (j *joins) since(chat, user int64) time.Time {
	j.mu.Lock()
	defer j.mu.Unlock()
	k := memberKey{chat, user}
	if t, ok := j.cur[k]; ok {
		return t
	}
	return j.old[k]
}

// seenIDs remembers the update ids handled lately, so that an update
// Telegram delivers twice (a webhook retry) is handled once.
type seenIDs struct {
	mu       sync.Mutex
	max      int
	cur, old map[int]struct{}
}

func newSeenIDs(max int) *seenIDs {
	return &seenIDs{max: max, cur: make(map[int]struct{})}
}

// add records id and reports whether it is new.
func (s *seenIDs) add(id int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.cur[id]; ok {
		return false
	}
	if _, ok := s.old[id]; ok {
		return false
	}
	if len(s.cur) >= s.max {
		s.old, s.cur = s.cur, make(map[int]struct{})
	}
	s.cur[id] = struct{}{}
	return true
}

// has reports whether id was recorded, without recording it.
func (s *seenIDs) has(id int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.cur[id]; ok {
		return true
	}
	_, ok := s.old[id]
	return ok
}

// adminCache keeps answers about who is an admin for ttl: the admins of
// each chat (getChatAdministrators) and single answers (getChatMember).
type adminCache struct {
	ttl time.Duration
	now func() time.Time

	mu       sync.Mutex
	lists    map[int64]adminList
	single   map[memberKey]adminAnswer
	fetching map[int64]*adminFetch // chats whose list is being fetched
}

type adminList struct {
	ids     map[int64]bool // nil: the fetch failed
	expires time.Time
}

type adminAnswer struct {
	admin   bool
	expires time.Time
}

// adminFetch is a chat's admin list on its way: ids is set (nil when the
// fetch failed) before done is closed.
type adminFetch struct {
	done chan struct{}
	ids  map[int64]bool
}

// admin waits for the fetch and answers whether user is one of the chat's
// admins; ok is false when the fetch failed or ctx ended first.
func (f *adminFetch) admin(ctx context.Context, user int64) (admin, ok bool) {
	select {
	case <-f.done:
		return f.ids[user], f.ids != nil
	case <-ctx.Done():
		return false, false
	}
}

// stale returns the chat's admins as last cached, fresh or not (nil: the
// fetch failed).
func (c *adminCache) stale(chat int64) (map[int64]bool, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.lists[chat]
	return l.ids, ok
}

// fetch returns the fetch of a chat's list under way, or starts one: then
// start is set and the caller fetches and calls fetched.
func (c *adminCache) fetch(chat int64) (f *adminFetch, start bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f := c.fetching[chat]; f != nil {
		return f, false
	}
	if c.fetching == nil {
		c.fetching = make(map[int64]*adminFetch)
	}
	f = &adminFetch{done: make(chan struct{})}
	c.fetching[chat] = f
	return f, true
}

// fetched ends a fetch started by fetch: whoever waits for it has the list
// (nil when the fetch failed), and it is kept for ttl unless the chat's
// admins changed since the fetch began (forget).
func (c *adminCache) fetched(chat int64, f *adminFetch, ids map[int64]bool, ttl time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ttl > 0 && c.fetching[chat] == f {
		if c.lists == nil {
			c.lists = make(map[int64]adminList)
		}
		c.lists[chat] = adminList{ids: ids, expires: c.now().Add(ttl)}
	}
	f.ids = ids
	close(f.done)
	if c.fetching[chat] == f {
		delete(c.fetching, chat)
	}
}

// list returns the chat's admins if a fresh answer is cached (nil: the
// fetch failed).
func (c *adminCache) list(chat int64) (map[int64]bool, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.lists[chat]
	if !ok || !c.now().Before(l.expires) {
		return nil, false
	}
	return l.ids, true
}

// member returns a cached answer about one member.
func (c *adminCache) member(chat, user int64) (admin, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	a, ok := c.single[memberKey{chat, user}]
	if !ok || !c.now().Before(a.expires) {
		return false, false
	}
	return a.admin, true
}

func (c *adminCache) putMember(chat, user int64, admin bool) {
	if c.ttl <= 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.single == nil {
		c.single = make(map[memberKey]adminAnswer)
	}
	now := c.now()
	if len(c.single) >= 1<<14 {
		for k, a := range c.single {
			if !now.Before(a.expires) {
				delete(c.single, k)
			}
		}
		if len(c.single) >= 1<<14 {
			clear(c.single)
		}
	}
	c.single[memberKey{chat, user}] = adminAnswer{admin: admin, expires: now.Add(c.ttl)}
}

// forget drops what is cached about a member and the chat's admin list:
// the member's status changed.
func (c *adminCache) forget(chat, user int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.single, memberKey{chat, user})
	delete(c.lists, chat)
	delete(c.fetching, chat) // a list on its way may be from before the change
}

// forgetChat drops everything cached about a chat.
func (c *adminCache) forgetChat(chat int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.lists, chat)
	delete(c.fetching, chat)
	for k := range c.single {
		if k.chat == chat {
			delete(c.single, k)
		}
	}
}

// inflight holds the ids of the updates taken and not yet handled (a
// message not yet judged and its decision committed), so that polling
// confirms to Telegram only what is handled, and the webhook answers an
// update only once it is: a bot killed with updates in its queues gets
// them again after a restart, unless polling went past them (a full page
// waiting behind one still being judged: poll).
type inflight struct {
	mu      sync.Mutex
	ids     map[int]chan struct{} // each closed when its update is handled
	changed chan struct{}         // closed and replaced when an update is handled
}

func newInflight() *inflight {
	return &inflight{ids: make(map[int]chan struct{}), changed: make(chan struct{})}
}

// add records an update taken and returns the channel closed once it is
// handled.
func (f *inflight) add(id int) <-chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := make(chan struct{})
	f.ids[id] = ch
	return ch
}

// handled returns the channel closed once update id is handled, if it is
// in flight.
func (f *inflight) handled(id int) (<-chan struct{}, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch, ok := f.ids[id]
	return ch, ok
}

func (f *inflight) done(id int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if ch, ok := f.ids[id]; ok {
		close(ch)
		delete(f.ids, id)
	}
	close(f.changed)
	f.changed = make(chan struct{})
}

// lowest returns the lowest id not yet handled.
func (f *inflight) lowest() (int, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	low, ok := 0, false
	for id := range f.ids {
		if !ok || id < low {
			low, ok = id, true
		}
	}
	return low, ok
}

// waitHandled returns once update id is handled (at once if it is not in
// flight), after d, or when ctx ends. It looks at the update itself, not
// for a change: one handled just before the call is not waited for.
func (f *inflight) waitHandled(ctx context.Context, id int, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		f.mu.Lock()
		_, busy := f.ids[id]
		ch := f.changed
		f.mu.Unlock()
		if !busy {
			return
		}
		select {
		case <-ch:
		case <-t.C:
			return
		case <-ctx.Done():
			return
		}
	}
}

// settle waits until no update is in flight, for at most d.
func (f *inflight) settle(ctx context.Context, d time.Duration) {
	deadline := time.Now().Add(d)
	for {
		f.mu.Lock()
		n, ch := len(f.ids), f.changed
		f.mu.Unlock()
		left := time.Until(deadline)
		if n == 0 || left <= 0 {
			return
		}
		t := time.NewTimer(left)
		select {
		case <-ch:
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return
		}
		t.Stop()
	}
}
