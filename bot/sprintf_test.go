package bot

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// TestSprintfIsFmt holds sprintf to fmt.Sprintf: every detail, family,
// lure name and age text of both languages, and formats made to trip it
// (indexes out of range, flags, widths, other verbs, %% and a lone % at
// the end), each with 0 to 5 arguments of quotes, percent signs,
// Vietnamese and control characters, 200 times over; and appendSprintf
// to sprintf after a buffer's bytes.
func TestSprintfIsFmt(t *testing.T) {
	var formats []string
	for _, tx := range []*texts{&english, &vietnamese} {
		for _, f := range tx.details {
			formats = append(formats, f)
		}
		for _, f := range tx.lureNames {
			formats = append(formats, f)
		}
		formats = append(formats, tx.families[:]...)
		formats = append(formats, tx.ages[:]...)
	}
	formats = append(formats, "", "%", "a%", "%%", "100%% %s", "%s (%q)", "%[2]s %[1]s", "%[1]s %s %s", "%[0]s", "%[3]s",
		"%[1]", "%[", "%[x]s", "%[1]5s", "%5s", "%-s", "%+q", "%#q", "%d", "%v", "%x", "%s%s%s%s%s%s", "%[2]q and %[2]s",
		"ends in %", "%[12]s", "%!", "%ś", "%[1]s%%[1]s")
	r := rand.New(rand.NewPCG(14, 12))
	pieces := []string{"", "a", "paypal.com", `"quoted"`, "50%", "%s", "tài khoản", "\x00\n\t", "\xff", "`", "[1]", "ưu đãi"}
	fast := 0
	for _, f := range formats {
		for k := 0; k < race.Cases(200); k++ {
			args := make([]string, r.IntN(6))
			anys := make([]any, len(args))
			for i := range args {
				args[i] = pieces[r.IntN(len(pieces))] + pieces[r.IntN(len(pieces))]
				anys[i] = args[i]
			}
			if got, want := sprintf(f, args...), fmt.Sprintf(f, anys...); got != want {
				t.Fatalf("sprintf(%q, %q) = %q, fmt.Sprintf %q", f, args, got, want)
			}
			// appendSprintf after what a buffer holds, with room and without
			prefix := pieces[r.IntN(len(pieces))]
			for _, b := range [][]byte{[]byte(prefix), append(make([]byte, 0, 256), prefix...)} {
				if got, want := string(appendSprintf(b, f, args...)), prefix+fmt.Sprintf(f, anys...); got != want {
					t.Fatalf("appendSprintf(%q, %q, %q) = %q, want %q", prefix, f, args, got, want)
				}
			}
			if _, ok := appendStrings(nil, f, args); ok {
				fast++
			}
		}
	}
	if fast < len(formats)*race.Cases(20) {
		t.Fatalf("only %d of %d formattings took the direct path", fast, len(formats)*race.Cases(200))
	}
}
