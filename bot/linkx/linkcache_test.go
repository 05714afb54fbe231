package linkx

import (
	"reflect"
	"testing"
)

// TestLinkCacheHitIsItsOwnLink holds the parse cache, which keeps links by
// the hash of their text, to answering only with a link of the same text:
// another text under the same hash (a collision, forced here) is a miss,
// and each text put is got back as parse reads it.
func TestLinkCacheHitIsItsOwnLink(t *testing.T) {
	c := newLinkCache()
	raws := []string{"https://example.com/a", "https://example.com/b", "paypal-verify482.top/login", "t.me/+abc"}
	for _, raw := range raws {
		l, ok := parse(raw)
		if !ok {
			t.Fatalf("%s: not parsed", raw)
		}
		c.put(raw, l)
	}
	for _, raw := range raws {
		want, _ := parse(raw)
		var got Link
		ok := c.get(raw, &got)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: cache %+v %v, parse %+v", raw, got, ok, want)
		}
	}
	// another link stored under the hash of raws[0]
	other, _ := parse(raws[1])
	h := c.hash(raws[0])
	c.shards[h%linkShards].m[h] = &other
	if got := (Link{}); c.get(raws[0], &got) {
		t.Fatalf("%s: a link of another text under its hash is a hit: %+v", raws[0], got)
	}
	if c.get("https://example.com/never-put", new(Link)) {
		t.Fatalf("a text never put is a hit")
	}
}
