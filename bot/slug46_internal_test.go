package bot

import "testing"

// TestPlaySlugNameAllocs (rev46d): a shortener's random code in mixed case
// (bit.ly/3xYzAbC) is not copied to be read, and a slug already in lower
// case is read in place: neither allocates.
func TestPlaySlugNameAllocs(t *testing.T) {
	for _, path := range []string{"/3xYzAbC", "/Ab9KqLmZ", "/steam-deck-guide", "/free-robux-now"} {
		if n := testing.AllocsPerRun(100, func() { playSlugName(path, nil) }); n != 0 {
			t.Errorf("playSlugName(%q): %v allocations, want 0", path, n)
		}
	}
	if _, _, ok := playSlugName("/Free-Robux-Now", nil); !ok {
		t.Error("playSlugName(/Free-Robux-Now) not read")
	}
}
