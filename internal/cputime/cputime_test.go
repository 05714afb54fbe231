package cputime_test

import (
	"runtime"
	"testing"

	"github.com/immunebot/immune/internal/cputime"
)

// TestProcessCountsWork: the CPU time grows while the process works.
func TestProcessCountsWork(t *testing.T) {
	if runtime.GOOS == "js" || runtime.GOOS == "wasip1" || runtime.GOOS == "plan9" {
		t.Skip("no CPU time on " + runtime.GOOS)
	}
	start := cputime.Process()
	x := uint64(1)
	for i := 0; i < 1e8 && cputime.Process()-start < 20e6; i++ { // 20 ms of work at most
		x = x*6364136223846793005 + 1442695040888963407
	}
	if x == 0 || cputime.Process() <= start {
		t.Errorf("CPU time did not grow: %v then %v", start, cputime.Process())
	}
}
