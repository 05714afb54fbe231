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
)

type linkCache struct {
	seed   maphash.Seed
	shards [linkShards]struct {
		mu sync.RWMutex
		// m holds pointers: a Link is too large (over 128 bytes) for
		// the map's fast paths for string keys
		m map[string]*Link
	}
}

func newLinkCache() *linkCache {
	c := &linkCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[string]*Link)
	}
	return c
}

func (c *linkCache) shard(raw string) int {
	return int(maphash.String(c.seed, raw) % linkShards)
}

func (c *linkCache) get(raw string) (Link, bool) {
	s := &c.shards[c.shard(raw)]
	s.mu.RLock()
	l := s.m[raw]
	s.mu.RUnlock()
	if l == nil {
		return Link{}, false
	}
	return *l, true
}

func (c *linkCache) put(raw string, l Link) {
	if len(raw) > 512 {
		return // long links are rarely repeated; don't let them fill the cache
	}
	s := &c.shards[c.shard(raw)]
	s.mu.Lock()
	if len(s.m) >= linkShardMax {
		clear(s.m)
	}
	s.m[raw] = &l
	s.mu.Unlock()
}
