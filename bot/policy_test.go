package bot

import (
	"slices"
	"testing"
)

// TestWouldRestrictIsDecides: wouldRestrict, which spares a hijacked
// account's long list of mutes from being read for most of its messages,
// answers as decide does, for every combination of facts and every mode.
func TestWouldRestrictIsDecides(t *testing.T) {
	for bits := range 1 << 5 {
		for level := Allow; level <= Delete; level++ {
			for _, mode := range []Mode{ModeOff, ModeWarn, ModeDelete, ""} {
				f := facts{level: level, compromised: bits&1 != 0, carriesLink: bits&2 != 0, strikeLimit: bits&4 != 0,
					loggingDeletions: bits&8 != 0, alreadyMuted: bits&16 != 0}
				g := f
				g.alreadyMuted = false
				want := slices.Contains(decide(&g, mode, false, AdminsReport), ActRestrict)
				if got := wouldRestrict(&f, mode); got != want {
					t.Errorf("%+v in mode %q: wouldRestrict %v, decide restricts %v", f, mode, got, want)
				}
			}
		}
	}
}
