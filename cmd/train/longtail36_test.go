package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLongTailDefaults36 pins the trainer's defaults since model36: small
// sites' real links (cmd/train/benign-urls.txt, read from the module's
// root) taught in the second stage (-longstage) without the scheme's
// weight (-longscheme=false), at weight 1, every path family, nothing
// frozen, host names not taught. The committed weights.bin is what these
// defaults build; a default changed here must come with the weights it
// builds and the measure that chose it (BENCHMARKS.md, model36).
func TestLongTailDefaults36(t *testing.T) {
	if longTail != "cmd/train/benign-urls.txt" {
		t.Errorf("-longtail defaults to %q, want cmd/train/benign-urls.txt", longTail)
	}
	if _, err := os.Stat(filepath.Join("..", "..", longTail)); err != nil {
		t.Errorf("the default -longtail file: %v", err)
	}
	if !longStage {
		t.Error("-longstage defaults to false, want the second stage")
	}
	if longScheme {
		t.Error("-longscheme defaults to true, want the scheme's weight left alone")
	}
	if longWeight != 1 || longFam != "" || longFreeze || longPathOnly {
		t.Errorf("-longweight %v -longfam %q -longfreeze %v -longpath %v, want 1, all families, false, false", longWeight, longFam, longFreeze, longPathOnly)
	}
}
