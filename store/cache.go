package store

// cache is a bounded map of committed records. It keeps two generations:
// new entries go to cur, and when cur holds half the bound it becomes old and
// a fresh cur starts, dropping the previous old. A hit in old moves the entry
// to cur, so records in use survive rotation. It holds at most max entries,
// costs one or two map lookups a read, and needs no per-entry bookkeeping.
// A nil V (the cache is used with pointer values) records that there is no
// record, so that the common answer "this sender has no record" is cached too.
type cache[K comparable, V any] struct {
	half     int
	cur, old map[K]V
}

func newCache[K comparable, V any](max int) cache[K, V] {
	half := max / 2
	if half < 1 {
		half = 1
	}
	return cache[K, V]{half: half, cur: make(map[K]V)}
}

func (c *cache[K, V]) get(k K) (V, bool) {
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	if ok {
		delete(c.old, k)
		c.put(k, v)
	}
	return v, ok
}

// peek is get without moving the entry to the current generation.
func (c *cache[K, V]) peek(k K) (V, bool) {
	if v, ok := c.cur[k]; ok {
		return v, true
	}
	v, ok := c.old[k]
	return v, ok
}

func (c *cache[K, V]) put(k K, v V) {
	if _, ok := c.cur[k]; !ok && len(c.cur) >= c.half {
		c.old = c.cur
		c.cur = make(map[K]V, c.half)
	}
	c.cur[k] = v
	delete(c.old, k)
}

func (c *cache[K, V]) len() int { return len(c.cur) + len(c.old) }
