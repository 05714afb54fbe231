package model

import (
	"slices"
	"testing"
)

// TestWeakNameWords (words35): a weak word (weakWords, measured by
// internal/gen/wordodds) is read in a name only beside a lexicon word
// that is not weak; alone, or beside other weak words only, the name is
// read for none. The link model's concepts still read every word
// (AllNameWords), and the words the measure named but the attack sets
// need (free, event) are read alone as before.
func TestWeakNameWords(t *testing.T) {
	cases := []struct {
		label string
		want  []string
	}{
		// projects' names built from weak words only
		{"acme-team", nil},
		{"sync-service", nil},
		{"meetup-events", nil},
		{"my-delivery-tracking", nil},
		{"offer-engine", nil},
		{"rpc-team", nil},
		// a weak word beside one that is not weak counts, as before
		{"team-nitro-gift", []string{"team", "nitro", "gift"}},
		{"support-team-verify", []string{"support", "team", "verify"}},
		{"wallet-sync", []string{"wallet", "sync"}},
		{"ups-delivery-update", []string{"delivery", "update"}},
		// measured weak too, kept whole: scams name themselves so
		{"xrp-event", []string{"event"}},
		{"tg-free-forever", []string{"free"}},
	}
	for _, tc := range cases {
		if got := NameWords(tc.label); !slices.Equal(got, tc.want) {
			t.Errorf("NameWords(%q) = %q, want %q", tc.label, got, tc.want)
		}
	}
	if got := AllNameWords("acme-team"); !slices.Equal(got, []string{"team"}) {
		t.Errorf("AllNameWords(acme-team) = %q, want [team]: the link model's concepts read weak words alone too", got)
	}
	// the cached reading of a host's features agrees with NameWords
	fs := &Features{}
	concepts(fs, "sync-service")
	lw := fs.LabelWords()
	if got := lw.NameWords("sync-service"); got != nil {
		t.Errorf("LabelWords.NameWords(sync-service) = %q, want none", got)
	}
}

// TestWeakWordsInLexicon: every weak word is a word of the lexicon, so
// that a misspelt entry does not silently weaken nothing.
func TestWeakWordsInLexicon(t *testing.T) {
	for w := range weakWords {
		if !DomainWord(w) && !SchemeWord(w) {
			t.Errorf("weak word %q is in neither domainWords nor schemeWords", w)
		}
	}
}
