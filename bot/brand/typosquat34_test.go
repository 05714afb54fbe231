package brand

import "testing"

// TestDomainTypo (look34): a brand's own domain misspelt by one edit
// under its own ending is a look-alike of it; the domain itself, a word,
// another first letter, two edits, and a generic or country ending are
// not.
func TestDomainTypo(t *testing.T) {
	m := New(Protected())
	isWord := func(w string) bool { return w == "phantoms" || w == "meteor" }
	for _, tc := range []struct {
		label, suffix, imitates string // imitates "": no match
	}{
		{"phantomm", "app", "phantom.app"},
		{"phantm", "app", "phantom.app"},
		{"stargatte", "finance", "stargate.finance"},
		{"jupiterr", "ag", "jup.ag"},
		{"jupiter", "ag", "jup.ag"},
		{"phant0m", "app", "phantom.app"},
		{"phantoms", "app", ""},
		{"meteor", "ag", ""},
		{"fhantom", "app", ""},
		{"phantomjs", "app", ""},
		{"phantomm", "com", ""},
		{"phantomm", "de", ""},
		{"stargatte", "com", ""},
	} {
		got, ok := m.DomainTypo(tc.label, tc.suffix, isWord)
		if ok != (tc.imitates != "") || ok && got.Imitates != tc.imitates {
			t.Errorf("%s.%s: %v %q, want %q", tc.label, tc.suffix, ok, got.Imitates, tc.imitates)
		}
	}
}

// TestTypoAndSplitName (look34): Match.Typo holds one edit of a name of
// six letters or more, the word six letters or more, not a letter
// changed that writes the name's rest as a word; Match.SplitName holds
// the name cut by hyphens, not at a compound's generic word.
func TestTypoAndSplitName(t *testing.T) {
	m := New(Protected())
	isWord := func(w string) bool { return w == "zone" || w == "scrod" }
	for _, tc := range []struct {
		host, suffix string
		typo, split  bool
	}{
		{"binnance.com", "com", true, false},
		{"opensae.io", "io", true, false},
		{"discrod.com", "com", true, false},
		{"coinbsae.com", "com", true, false},
		{"mobizone.mobi", "mobi", false, false},
		{"gooogle.com", "com", true, false},
		{"g00gle.com", "com", false, false}, // two letters: the skeleton's, not a typo's
		{"tele-gram.org", "org", false, true},
		{"dis-cord.com", "com", false, true},
		{"deutsche-post.de", "de", false, false},
		{"discord-login.com", "com", false, false},
	} {
		got, ok := m.MatchWords(tc.host, tc.host, tc.suffix, isWord)
		label := tc.host[:len(tc.host)-len(tc.suffix)-1]
		if !ok && (tc.typo || tc.split) {
			t.Errorf("%s: no match", tc.host)
			continue
		}
		if got.Typo(isWord) != tc.typo || got.SplitName(label) != tc.split {
			t.Errorf("%s: typo %v split %v, want %v %v (%+v)", tc.host, got.Typo(isWord), got.SplitName(label), tc.typo, tc.split, got)
		}
	}
}
