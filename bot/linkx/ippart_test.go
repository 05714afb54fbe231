package linkx

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

// parseIPPartRef is parseIPPart as it was before it turned down parts
// that are no number itself: ParseUint alone. TestParseIPPartMatchesReference
// holds parseIPPart to it.
func parseIPPartRef(p string) (uint64, bool) {
	base := 10
	switch {
	case len(p) > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'):
		base, p = 16, p[2:]
	case len(p) > 1 && p[0] == '0':
		base, p = 8, p[1:]
	}
	v, err := strconv.ParseUint(p, base, 32)
	return v, err == nil
}

// TestParseIPPartMatchesReference compares parseIPPart with the
// reference on every string of up to three bytes of digits, hex letters,
// x, X, signs, underscores and letters, and on 500,000 random ones of up
// to 14 (decimal, octal and hex, in and past 32 bits).
func TestParseIPPartMatchesReference(t *testing.T) {
	const alphabet = "0123456789abcdefABCDEFxXgz+-_. "
	check := func(p string) {
		v, ok := parseIPPart(p)
		w, wok := parseIPPartRef(p)
		if ok != wok || ok && v != w { // the value of a part that is not one is not read
			t.Fatalf("parseIPPart(%q) = %d, %v; reference %d, %v", p, v, ok, w, wok)
		}
	}
	check("")
	for _, a := range alphabet {
		check(string(a))
		for _, b := range alphabet {
			check(string(a) + string(b))
			for _, c := range alphabet {
				check(string(a) + string(b) + string(c))
			}
		}
	}
	r := rand.New(rand.NewPCG(14, 13))
	for i := 0; i < 500000; i++ {
		b := make([]byte, r.IntN(15))
		for k := range b {
			b[k] = alphabet[r.IntN(10+r.IntN(len(alphabet)-9))]
		}
		switch r.IntN(3) {
		case 0:
			b = append([]byte("0x"), b...)
		case 1:
			b = append([]byte("0"), b...)
		}
		check(string(b))
	}
}
