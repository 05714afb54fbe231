package bot

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"reflect"
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

// TestReasonsKeepTheStrongestOfEachCode: the findings gathered in place
// and those past the room for them are kept alike, one per code, the
// strongest, in the order they came.
func TestReasonsKeepTheStrongestOfEachCode(t *testing.T) {
	var rs reasons
	var want []Reason
	for i := 0; i < 20; i++ {
		r := Reason{Code: Code(fmt.Sprint("c", i)), Weight: float64(i) / 100}
		rs.add(r)
		want = append(want, r)
		// a weaker one of an earlier code changes nothing, a stronger
		// one takes its place
		rs.add(Reason{Code: want[i/2].Code, Weight: want[i/2].Weight - 0.001, Detail: "weaker"})
		if i%3 == 0 {
			want[i/2] = Reason{Code: want[i/2].Code, Weight: want[i/2].Weight + 0.5, Detail: "stronger"}
			rs.add(want[i/2])
		}
		if got := rs.take(); !reflect.DeepEqual(got, want) {
			t.Fatalf("after %d: %v, want %v", i+1, got, want)
		}
	}
	var none reasons
	if got := none.take(); got != nil {
		t.Errorf("no findings: %v, want nil", got)
	}
}
