package chatmix_test

import (
	"reflect"
	"testing"

	"github.com/immunebot/immune/internal/chatmix"
)

// TestStreamIsMessages: a stream read one message at a time makes the
// messages Messages makes for its seed, numbered and timed in turn, and
// two seeds make different streams.
func TestStreamIsMessages(t *testing.T) {
	want := chatmix.Messages(3000, 7)
	s := chatmix.Default.Stream(7)
	for i, w := range want {
		got := s.Next()
		if !reflect.DeepEqual(got, w) {
			t.Fatalf("message %d: stream %+v, Messages %+v", i, got, w)
		}
		if i > 0 && got.Time.Sub(want[i-1].Time) != chatmix.Default.Gap {
			t.Fatalf("message %d at %v, the one before at %v", i, got.Time, want[i-1].Time)
		}
	}
	if got := chatmix.Default.Stream(8).Next(); reflect.DeepEqual(got, want[0]) {
		t.Fatalf("seeds 7 and 8 both start with %+v", got)
	}
}
