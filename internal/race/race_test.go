package race

import "testing"

func TestCases(t *testing.T) {
	want := 1000
	if Enabled {
		want = 250
	}
	if got := Cases(1000); got != want {
		t.Fatalf("Cases(1000) = %d with Enabled %v, want %d", got, Enabled, want)
	}
}
