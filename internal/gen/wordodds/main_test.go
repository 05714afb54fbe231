package main

import (
	"math"
	"testing"
)

// TestVerdict holds the rule the lexicon's weak words were chosen by:
// too few names alone say nothing, log-odds alone below 1 is weak.
func TestVerdict(t *testing.T) {
	for _, tc := range []struct {
		pa, ba int
		lo     float64
		want   string
	}{
		{5, 4, -3, "few"},
		{64, 10, 0.7, "weak"},
		{4, 32, -3.1, "weak"},
		{291, 5, 3.1, "keep"},
		{10, 0, 1.0, "keep"},
	} {
		if got := verdict(tc.pa, tc.ba, tc.lo); got != tc.want {
			t.Errorf("verdict(%d, %d, %.1f) = %s, want %s", tc.pa, tc.ba, tc.lo, got, tc.want)
		}
	}
}

// TestLogOdds: equal shares give 0, and a word no name carries on either
// side is smoothed rather than infinite.
func TestLogOdds(t *testing.T) {
	if lo := logOdds(10, 999, 10, 999); math.Abs(lo) > 1e-12 {
		t.Errorf("logOdds of equal shares = %v, want 0", lo)
	}
	if lo := logOdds(0, 100, 0, 100); math.IsInf(lo, 0) || math.IsNaN(lo) {
		t.Errorf("logOdds(0, 100, 0, 100) = %v, want a finite number", lo)
	}
	if lo := logOdds(100, 1000, 1, 1000); lo < 4 {
		t.Errorf("logOdds(100, 1000, 1, 1000) = %.2f, want above 4", lo)
	}
}
