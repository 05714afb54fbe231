package brand

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// mixedScriptRef is MixedScript as it was before it passed over ASCII
// labels: their scripts worked out like any other's.
// TestMixedScriptMatchesReference holds MixedScript to it.
func mixedScriptRef(label string) bool {
	ss := Scripts(label)
	if len(ss) < 2 {
		return false
	}
	lookalike := 0
	latin := false
	for _, t := range ss {
		switch t {
		case unicode.Latin:
			latin = true
		case unicode.Cyrillic, unicode.Greek, unicode.Armenian, unicode.Cherokee:
			lookalike++
		}
	}
	return latin && lookalike > 0 || lookalike > 1
}

// TestMixedScriptMatchesReference compares MixedScript with the
// reference on 300,000 labels of ASCII letters, digits and hyphens, with
// and without Cyrillic, Greek, Armenian, Cherokee, Han, Vietnamese and
// Latin letters with marks.
func TestMixedScriptMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 15))
	pieces := []string{"a", "paypal", "0", "-", "Z", "а", "о", "ο", "օ", "Ꭺ", "中", "ệ", "đ", "é", "ß", "_", "xn--"}
	mixed := 0
	for i := 0; i < 300000; i++ {
		var b strings.Builder
		ascii := r.IntN(2) == 0
		for n := 1 + r.IntN(6); n > 0; n-- {
			p := pieces[r.IntN(len(pieces))]
			if ascii {
				p = pieces[r.IntN(5)]
			}
			b.WriteString(p)
		}
		s := b.String()
		got, want := MixedScript(s), mixedScriptRef(s)
		if got != want {
			t.Fatalf("MixedScript(%q) = %v, reference %v", s, got, want)
		}
		if got {
			mixed++
		}
	}
	if mixed < 10000 {
		t.Fatalf("only %d labels mixed scripts", mixed)
	}
}
