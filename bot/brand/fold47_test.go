package brand

import "testing"

// TestRunTogether checks the one reading of a brand's name run together
// with other words that the matcher's trade, rev47b's notice and
// creator47's platform's notice share (fold47): the name and more letters
// after it, never the name alone nor a word it is not the start of.
func TestRunTogether(t *testing.T) {
	for _, tc := range []struct {
		word, name string
		want       bool
	}{
		{"nortonsetup", "norton", true},
		{"hsbcsecuritycheck", "hsbc", true},
		{"distrokidpayout", "distrokid", true},
		{"norton", "norton", false},
		{"nort", "norton", false},
		{"mynortonsetup", "norton", false},
		{"", "norton", false},
	} {
		if got := runTogether(tc.word, tc.name); got != tc.want {
			t.Errorf("runTogether(%q, %q) = %v, want %v", tc.word, tc.name, got, tc.want)
		}
	}
	// the three readers, through it: a trade's, a notice's and a
	// creator's platform's notice's tail
	m := NewRuntime(Protected())
	var norton *name
	for i := range m.names {
		if m.names[i].word == "norton" {
			norton = &m.names[i]
		}
	}
	if norton == nil || !norton.tradeTail("nortonsetup"[len("norton"):]) {
		t.Errorf("norton's trade does not read nortonsetup")
	}
	if !noticeTail("hsbcsecuritycheck"[len("hsbc"):]) {
		t.Errorf("noticeTail does not read hsbcsecuritycheck")
	}
	if !creatorJoined("distrokidpayout"[len("distrokid"):]) {
		t.Errorf("creatorJoined does not read distrokidpayout")
	}
}
