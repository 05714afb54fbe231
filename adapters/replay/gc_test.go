package replay

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestTuneGC: scans running at once raise the collector's target once and
// the last to end puts the earlier one back; with GOGC set, they leave it
// alone. (Not parallel: it reads a setting of the whole process.)
func TestTuneGC(t *testing.T) {
	was := debug.SetGCPercent(150)
	defer debug.SetGCPercent(was)
	current := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	want := ScanGCPercent
	if _, set := os.LookupEnv("GOGC"); set {
		want = 150
	}
	first := tuneGC()
	second := tuneGC()
	if got := current(); got != want {
		t.Fatalf("during two scans: GC percent %d, want %d", got, want)
	}
	first()
	if got := current(); got != want {
		t.Fatalf("one scan still running: GC percent %d, want %d", got, want)
	}
	second()
	if got := current(); got != 150 {
		t.Fatalf("after the scans: GC percent %d, want 150 back", got)
	}
}
