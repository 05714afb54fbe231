package brand

import (
	"math"
	"strings"
	"testing"
)

func TestDice(t *testing.T) {
	t.Parallel()
	cases := []struct {
		a, b string
		want float64
	}{
		{"steamcomunlty", "steamcomunlty", 1},
		{"abc", "xyz", 0},
		{"ab", "ab", 1},
		{"a", "a", 0},
		{"night", "nacht", 0.25}, // only "ht" in common: 2*1/(4+4)
		{"aaaa", "aa", 0.5},      // each pair counted once: 2*1/(3+1)
	}
	for _, c := range cases {
		if got := dice(c.a, c.b); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("dice(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestScrambledLongNames(t *testing.T) {
	t.Parallel()
	m := New(Builtin)
	for _, host := range []string{"stearncoumumuinity.ru", "steamcommuneuteui.ru", "steemcomuniteeuss.ru"} {
		if got, ok := m.Match(host, host, "ru"); !ok || got.Kind != Lookalike || got.Imitates != "steamcommunity.com" {
			t.Errorf("%s: %+v %v, want a lookalike of steamcommunity.com", host, got, ok)
		}
	}
	for _, host := range []string{"trustarc.com", "instabug.com", "discomax.com", "instana.io"} {
		if got, ok := m.Match(host, host, host[strings.LastIndexByte(host, '.')+1:]); ok {
			t.Errorf("%s: %+v, want no match", host, got)
		}
	}
}
