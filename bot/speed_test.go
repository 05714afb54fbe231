package bot

import (
	"hash/fnv"
	"math/rand/v2"
	"testing"
)

// TestFNV64a: the text key's hash is hash/fnv's 64-bit FNV-1a, whose keys
// are kept in stores.
func TestFNV64a(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 300; n++ {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		h := fnv.New64a()
		h.Write(b)
		if got, want := fnv64a(b), h.Sum64(); got != want {
			t.Fatalf("fnv64a(%x) = %x, want %x", b, got, want)
		}
	}
}
