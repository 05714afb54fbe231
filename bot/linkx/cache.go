package linkx

import (
	"hash/maphash"
	"sync"
)

// parsed caches Parse's answers for links seen recently. Normalising a host
// (IDNA, the public suffix list) costs more than a map lookup, and the same
// links come back again and again in chat.
var parsed = newLinkCache()

const (
	linkShards   = 16
	linkShardMax = 1024 // links per shard; a full shard is emptied
	// maxCachedLink is the longest link text cached: long links are
	// rarely repeated; don't let them fill the cache.
	maxCachedLink = 512
)

type linkCache struct {
	seed   maphash.Seed
	shards [linkShards]struct {
		mu sync.RWMutex
		// m holds the links by the hash of their text (hash; a Link
		// keeps its text in Raw, which a hit must equal): one hash a
		// lookup, not one for the shard and another for a map of
		// strings. It holds pointers: a Link is too large (over 128
		// bytes) for the map's fast paths.
		m map[uint64]*Link
	}
}

func newLinkCache() *linkCache {
	c := &linkCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[uint64]*Link)
	}
	return c
}

func (c *linkCache) hash(raw string) uint64 { return maphash.String(c.seed, raw) }

// get copies the link kept for raw into l, whole, and reports whether
// there was one (l is left as it was when there was not). Into the
// caller's Link: a Link is large (over 200 bytes), and returned by value
// it was copied once more on its way.
func (c *linkCache) get(raw string, l *Link) bool {
	h := c.hash(raw)
	s := &c.shards[h%linkShards]
	s.mu.RLock()
	p := s.m[h]
	s.mu.RUnlock()
	if p == nil || p.Raw != raw {
		return false // another text of the same hash is a miss
	}
	*l = *p
	return true
}

// put keeps l, whose Raw is raw.
func (c *linkCache) put(raw string, l Link) {
	if len(raw) > maxCachedLink {
		return
	}
	h := c.hash(raw)
	s := &c.shards[h%linkShards]
	s.mu.Lock()
	if len(s.m) >= linkShardMax {
		clear(s.m)
	}
	s.m[h] = &l
	s.mu.Unlock()
}

// names caches normaliseHost's answers by the host as written. A link
// seen for the first time is most often to a host seen before (a site's
// other pages, a phishing kit's paths), and normalising its name (the
// public suffix list; IDNA for a name in other letters) costs ten
// times and more what a lookup does.
var names = newNameCache()

const nameShardMax = 1024 // host names per shard; a full shard is emptied

// hostName is a host name normalised: what normaliseHost sets on a Link,
// and whether it is a host name at all.
type hostName struct {
	host, unicode, suffix, domain string
	icann, ok                     bool
}

type nameCache struct {
	seed   maphash.Seed
	shards [linkShards]struct {
		mu sync.RWMutex
		m  map[string]*hostName
	}
}

func newNameCache() *nameCache {
	c := &nameCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[string]*hostName)
	}
	return c
}

func (c *nameCache) get(raw string) (*hostName, bool) {
	s := &c.shards[maphash.String(c.seed, raw)%linkShards]
	s.mu.RLock()
	n := s.m[raw]
	s.mu.RUnlock()
	return n, n != nil
}

// put keeps n under raw, which must not be a slice of a message (nor
// n's strings): the cache would keep the message alive.
func (c *nameCache) put(raw string, n *hostName) {
	s := &c.shards[maphash.String(c.seed, raw)%linkShards]
	s.mu.Lock()
	if len(s.m) >= nameShardMax {
		clear(s.m)
	}
	s.m[raw] = n
	s.mu.Unlock()
}
