package filetype

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestPlainNamesAsChecked: Check's shortcut for names without an
// extension finds what the whole check finds.
func TestPlainNamesAsChecked(t *testing.T) {
	pieces := []string{"a", "Z", "7", "-", "_", " ", "\t", "x86", "X86_64", "MIPS", "arm7", "ArmV7L", "mozi", "m", "a", ".", "/", "\\",
		"exe", "EXE", "jpg", "\u202e", "\u2066", "é", "K", "\u212a", "12345", "setup", "bins", "sh"}
	for b := range botnetBuilds {
		pieces = append(pieces, b, strings.ToUpper(b))
	}
	r := rand.New(rand.NewPCG(7, 8))
	var sb strings.Builder
	for range 300_000 {
		sb.Reset()
		for range 1 + r.IntN(4) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		name := sb.String()
		if got, want := Check(name, ""), check(name, ""); got != want {
			t.Fatalf("Check(%q) = %+v, want %+v", name, got, want)
		}
	}
}
