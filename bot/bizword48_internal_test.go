package bot

import "testing"

// TestBizNameReading (bizword48): how bizName weighs a name's words: two
// of the families' words, or one with a promise, warn; more delete; a part of its
// own weighs against, a word of another trade or the word scam ends the
// reading, and a name run together needs a sign more than a hyphenated
// one; Vietnamese syllables are read joined (kiem-tien) or alone (vay,
// nhanh); .vn and government endings are not read.
func TestBizNameReading(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		label, suffix string
		want          float64
	}{
		{"steady-yield-capital", "com", wBizName},
		{"order-task-earn", "vip", wBizName},
		{"fast-cash-loan-now", "com", wBizNameStrong},
		{"vay-tien-nhanh", "com", wBizName},
		{"ctv-chot-don-hang", "com", wBizName},
		{"cloudminingusdt", "com", wBizName},
		{"usdt-cloud-mining-daily", "top", wBizNameStrong},
		{"aurum-yield-capital", "com", wBizName},
		{"dailyfx", "com", 0},
		{"signalfx", "com", 0},
		{"aurum-capital", "com", 0},
		{"crypto-tax-calculator", "io", 0},
		{"task-scam-warning", "org", 0},
		{"vay-tien-nhanh", "vn", 0},
		{"unclaimed-funds-search", "gov", 0},
		// plain words alone (bizPlain) need a sign beside them
		// (rev48c): a promise, a number, a cheap ending, a task's word
		{"capital-markets", "com", 0},
		{"remote-jobs", "com", 0},
		{"wheel-outlet", "com", 0},
		{"debt-relief", "org", 0},
		{"remote-python-jobs", "com", 0},
		{"trust-credit-union", "com", 0},
		{"capital-markets", "vip", wBizName},
		{"capital-markets-daily", "com", wBizName},
		{"remote-jobs-24", "com", wBizName},
		{"typing-jobs-pay", "com", wBizName},
		// a doubled hyphen joins the same words (rev48c)
		{"daily--profit--crypto", "com", wBizName},
		{"xn--vay-tin-nhanh-abc", "com", 0},
		{"remote-jobs-partners-guild", "com", 0},
	} {
		if _, _, w := bizName(tc.label, tc.suffix); w != tc.want {
			t.Errorf("bizName(%q, %q) = %v, want %v", tc.label, tc.suffix, w, tc.want)
		}
	}
}

// TestBizNameReason (rev48c): a single word of the families is named
// beside a sign of its own, not twice.
func TestBizNameReason(t *testing.T) {
	t.Parallel()
	if a, b, _ := bizName("typing-jobs-pay", "com"); a != "jobs" || b != "typing" {
		t.Errorf("bizName(typing-jobs-pay) names %q, %q; want jobs, typing", a, b)
	}
}

// TestBizNameAllocs (bizword48): bizName reads a name without
// allocating, an ordinary one and one it flags alike.
func TestBizNameAllocs(t *testing.T) {
	for _, label := range []string{"github", "personalcapital", "steady-yield-capital", "ctv-chot-don-hang", "quorafx-invest-24h"} {
		if n := testing.AllocsPerRun(100, func() { bizName(label, "com") }); n != 0 {
			t.Errorf("bizName(%q): %v allocations, want 0", label, n)
		}
	}
}
