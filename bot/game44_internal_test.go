package bot

import (
	"strings"
	"testing"
)

// TestGameLureTriggers (game44): every phrase gameLure needs for an
// offer holds a word mayOffer looks for, so the cheap look before the
// phrases turns no offer away; and a message of everyday words is
// turned away by it.
func TestGameLureTriggers(t *testing.T) {
	t.Parallel()
	for _, list := range gameLurePhrases {
		for _, p := range list {
			if !mayOffer([]byte(p)) {
				t.Errorf("%q holds no word mayOffer looks for", p)
			}
		}
	}
	for _, text := range []string{"can you review my pr", "free api key for the test server", "the script runs on the system"} {
		if mayOffer([]byte(strings.ToLower(text))) {
			t.Errorf("%q: mayOffer looks further", text)
		}
	}
}

// TestOfferNamed (rev44c): offerNamed's one pass finds what a search of
// the label for each of offerNameWords finds.
func TestOfferNamed(t *testing.T) {
	t.Parallel()
	labels := []string{"valo-cheats", "robux-gen", "solara-exec", "mevbot-tutorial", "example", "github", "x", "", "aim",
		"-mev", "mev-", "skinport", "nitro", "snipe", "mod-menu", "a-gen", "unlocker", "docs", "kernel"}
	labels = append(labels, offerNameWords...)
	for _, l := range labels {
		want := false
		for _, w := range offerNameWords {
			want = want || strings.Contains(l, w)
		}
		if got := offerNamed(l); got != want {
			t.Errorf("offerNamed(%q) = %v, want %v", l, got, want)
		}
	}
}
