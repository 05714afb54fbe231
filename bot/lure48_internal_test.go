package bot

import "testing"

// TestLure48Rates: a pay's or a return's rate is a number followed by
// its period with only units and per words between, and a deposit's
// return counts when it is half as much again or more.
func TestLure48Rates(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text, want string
	}{
		{"earn 55 hr from home", "55 hr"},
		{"300k 500k ngay dang ky", "300k 500k ngay"},
		{"thu nhap 1 trieu ngay", "1 trieu ngay"},
		{"200 400 per day no experience", "200 400 per day"},
		{"the pool pays out 2 fee daily payouts", ""},
		{"i work 3 days a week", ""},
	} {
		if got := lure48Rate([]byte(tc.text), lure48Periods); got != tc.want {
			t.Errorf("lure48Rate(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		read bool
	}{
		{"nap 500k nhan 1 trieu 2 sau 24h", true},
		{"nap 200k nhan 500k", true},
		{"nap 1 trieu nhan 3 trieu", true},
		{"nap 50k nhan 55k xu", false},
		{"nap 100k nhan them 20k", false},
		{"nap the nhan qua", false},
	} {
		if got := lure48Deposit([]byte(tc.text)) != ""; got != tc.read {
			t.Errorf("lure48Deposit(%q) read %v, want %v", tc.text, got, tc.read)
		}
	}
}
