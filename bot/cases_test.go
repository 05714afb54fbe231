package bot_test

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

func TestCaseIDsSortInTimeOrder(t *testing.T) {
	t.Parallel()
	prev := ""
	for i := range 1000 {
		at := t0.Add(time.Duration(i) * time.Millisecond)
		id := bot.NewCaseID(at)
		if !bot.ValidCaseID(id) || id <= prev || id < bot.CaseIDFloor(at) || id >= bot.CaseIDFloor(at.Add(time.Nanosecond)) {
			t.Fatalf("id %q at %v (prev %q)", id, at, prev)
		}
		prev = id
	}
	for _, bad := range []string{"", "short", "0123456789abcdefghiJ", "0123456789abcdefghiw"} {
		if bot.ValidCaseID(bad) {
			t.Errorf("%q passes as a case id", bad)
		}
	}
}
