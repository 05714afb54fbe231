package bot

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
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
// strongest, and given back sorted as combine sorts them.
func TestReasonsKeepTheStrongestOfEachCode(t *testing.T) {
	var rs reasons
	var want []Reason
	for i := 0; i < 20; i++ {
		r := Reason{Code: Code(fmt.Sprint("c", i)), Weight: float64(1+i%2) / 10} // ties, kept in order
		rs.add(r)
		want = append(want, r)
		// a weaker one of an earlier code changes nothing, a stronger
		// one takes its place
		rs.add(Reason{Code: want[i/2].Code, Weight: want[i/2].Weight - 0.001, Detail: "weaker"})
		if i%5 == 4 {
			want[i/2] = Reason{Code: want[i/2].Code, Weight: want[i/2].Weight + 0.5, Detail: "stronger"}
			rs.add(want[i/2])
		}
		sorted := slices.Clone(want)
		slices.SortStableFunc(sorted, strongerFirst)
		if got := rs.sorted(); !reflect.DeepEqual(got, sorted) {
			t.Fatalf("after %d: %v, want %v", i+1, got, sorted)
		}
	}
	var none reasons
	if got := none.sorted(); got != nil {
		t.Errorf("no findings: %v, want nil", got)
	}
}

// TestSortedScoreIsCombines: what Classify sums without sorting a copy
// (reasons.score) and the verdict it makes of the sorted findings without
// sorting them again (combineSorted) are, to the bit, what score and
// combine make of them, on random findings (fitted ones, ties, weights
// above 1 and below 0, a base score, more findings than fit in place).
func TestSortedScoreIsCombines(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	weights := []float64{0, 0.1, 0.35, 0.5, 0.5, 0.7, 0.99, 1.2, -0.1, 0.123456789}
	th := DefaultThresholds
	for n := 0; n < 20000; n++ {
		var rs reasons
		for range r.IntN(12) {
			rs.add(Reason{Code: Code(fmt.Sprint("c", r.IntN(9))), Weight: weights[r.IntN(len(weights))] + float64(r.IntN(3))*1e-9,
				fitted: r.IntN(3) == 0, Detail: fmt.Sprint(n)})
		}
		base := []float64{0, 0.2, r.Float64()}[r.IntN(3)]
		want := combine(base, rs.sorted(), th)
		if got := rs.score(base); math.Float64bits(got) != math.Float64bits(score(base, rs.sorted())) {
			t.Fatalf("%d: score %v, want %v", n, got, score(base, rs.sorted()))
		}
		if got := combineSorted(base, rs.sorted(), th); !reflect.DeepEqual(got, want) || math.Float64bits(got.Score) != math.Float64bits(want.Score) {
			t.Fatalf("%d: %+v, want %+v", n, got, want)
		}
	}
}

// TestEnglishDetailsAreRememberedRight: a detail put in words once is
// given back for the same key and arguments, never for others, however
// the arguments split.
func TestEnglishDetailsAreRememberedRight(t *testing.T) {
	ds := []detail{
		say2("disguised", "a[.]com"),
		say2("disguised", "b[.]com"),
		say2("masked", "a", "bc"),
		say2("masked", "ab", "c"),
		say2("masked", "a\x01b", "c"),
		say2("masked", "a", "\x01bc"),
		say2("new_member", "3"),
		say2("new_member", "30"),
		say2("lure", "gift", "free nitro", "account", "verify"),
		say2("lure", "gift", "free nitro"),
		say2("disguised", strings.Repeat("x", 300)),
		// a key that starts another: raw_ip's argument of 95 bytes ('_')
		// reading "port", 90 ('Z') and 90 bytes is raw_ip_port's of 90
		say2("raw_ip_port", strings.Repeat("9", 90)),
		say2("raw_ip", "portZ"+strings.Repeat("9", 90)),
	}
	for round := 0; round < 3; round++ {
		for _, d := range ds {
			if got, want := d.inEnglish(), d.render(&english); got != want {
				t.Fatalf("round %d: %v in English: %q, want %q", round, d, got, want)
			}
		}
	}
}
