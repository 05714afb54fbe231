package model

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/race"
)

// entropyBucketRef, shapeRef and gramsRef are entropyBucket, shape and
// grams as they were before speed14: log2's series for each character,
// the suffix hashed for each of its three features, each gram's hash
// started again. TestShapeAndGramsMatchReference holds the new code to
// them.
func entropyBucketRef(counts *[38]uint8, n int) int {
	if n == 0 {
		return 0
	}
	var h float64
	for _, c := range counts {
		if c == 0 {
			continue
		}
		p := float64(c) / float64(n)
		h -= p * log2(p)
	}
	return min(int(h*4), 20)
}

func shapeRef(fs *Features, p hostParts) {
	label := p.label
	n := countName(label)
	hyphens, digits, letters, vowels, runs, maxRun, switches := n.hyphens, n.digits, n.letters, n.vowels, n.runs, n.maxRun, n.switches
	counts := &n.counts
	z := func(kind byte, bucket int) {
		fs.add(hashByte(hashByte(hashStart('Z'), kind), byte(bucket)), Shape, 1, "")
	}
	z('l', bucketOf(len(label), 4, 6, 8, 10, 12, 15, 20, 25, 32))
	z('h', min(hyphens, 4))
	z('d', bucketOf(digits, 1, 2, 4, 6))
	if p.suffix != "" {
		zt := func(kind byte, bucket int) {
			fs.add(hashByte(hashByte(hashBytes(hashStart('z'), p.suffix), kind), byte(bucket)), Shape, 1, "")
		}
		zt('d', bucketOf(digits, 1, 3, 5))
		zt('h', min(hyphens, 2))
		zt('l', bucketOf(len(label), 6, 10, 16))
	}
	z('s', min(switches, 4))
	z('c', min(maxRun, 6))
	z('r', min(runs, 3))
	if letters > 0 {
		z('v', 10*vowels/letters)
	}
	z('e', entropyBucketRef(counts, len(label)))
	dots := 0
	if p.sub != "" {
		dots = strings.Count(p.sub, ".") + 1
	}
	z('n', min(dots, 4))
	z('u', bucketOf(len(p.sub), 1, 6, 12, 20, 32))
	if p.idn || strings.HasPrefix(label, "xn--") || strings.Contains(p.sub, "xn--") {
		z('x', 1)
	}
	if first, _, ok := strings.Cut(label, "-"); ok && p.sub != "" && linkx.IsTLD(first) {
		z('t', 1)
	}
}

func gramsRef(fs *Features, ns byte, b []byte, lo, hi int) {
	for n := lo; n <= hi; n++ {
		for i := 0; i+n <= len(b); i++ {
			h := hashByte(hashStart(ns), byte(n))
			for _, c := range b[i : i+n] {
				h = hashByte(h, c)
			}
			fs.add(h, Spelling, 1, "")
		}
	}
}

// TestShapeAndGramsMatchReference compares shape, entropyBucket and
// grams with the reference copies on 100,000 random labels (a quarter under -race) of 0 to 90
// characters (letters, digits, hyphens, a few other bytes, long runs of
// one letter, so that every count and length of log2Table and past it
// is met) with and without suffixes and subdomains.
func TestShapeAndGramsMatchReference(t *testing.T) {
	for n := 1; n < len(log2Table); n++ {
		for c := 1; c <= n; c++ {
			if p := float64(c) / float64(n); log2Table[n][c] != log2(p) {
				t.Fatalf("log2Table[%d][%d] = %v, log2 %v", n, c, log2Table[n][c], log2(p))
			}
		}
	}
	r := rand.New(rand.NewPCG(14, 11))
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_.aeiou"
	var got, want Features
	for i := 0; i < race.Cases(100000); i++ {
		b := make([]byte, r.IntN(91))
		for k := range b {
			b[k] = alphabet[r.IntN(len(alphabet))]
		}
		if r.IntN(5) == 0 && len(b) > 0 { // a name of few letters, many times over
			for k := range b {
				b[k] = "ab-1"[r.IntN(1+r.IntN(4))]
			}
		}
		label := string(b)
		p := hostParts{label: label, suffix: []string{"", "com", "top", "com.vn", "github.io"}[r.IntN(5)],
			sub: []string{"", "www2", "a.b", "xn--abc", "login.secure"}[r.IntN(5)], idn: r.IntN(9) == 0}
		n := countName(label)
		if a, b := entropyBucket(&n.counts, len(label)), entropyBucketRef(&n.counts, len(label)); a != b {
			t.Fatalf("%q: entropyBucket %d, reference %d", label, a, b)
		}
		got.N, want.N = 0, 0
		shape(&got, p)
		shapeRef(&want, p)
		if !reflect.DeepEqual(got.List[:got.N], want.List[:want.N]) {
			t.Fatalf("%+v: shape %v, reference %v", p, got.List[:got.N], want.List[:want.N])
		}
		// after features already written (up to a full list), so that
		// what does not fit is dropped as fs.add drops it
		got.N, want.N = 0, 0
		if r.IntN(3) == 0 {
			pre := r.IntN(MaxFeatures + 1)
			for k := range pre {
				want.List[k] = Feature{Index: uint32(k), Family: TLD, Value: 2, Text: "pre"}
			}
			got.List, got.N, want.N = want.List, pre, pre
		}
		lo := 1 + r.IntN(5)
		hi := lo + r.IntN(3)
		grams(&got, 'L', b, lo, hi)
		gramsRef(&want, 'L', b, lo, hi)
		if !reflect.DeepEqual(got.List[:got.N], want.List[:want.N]) {
			t.Fatalf("%q: grams %d..%d differ from the reference", label, lo, hi)
		}
	}
}
