package bot

import (
	"slices"
	"testing"
)

// TestSegmentWordsAndTokens (rev19): deepKitPath reads a segment's words
// split where the case or letters and digits change, and reads tokens
// as no document tree's folder names.
func TestSegmentWordsAndTokens(t *testing.T) {
	for seg, want := range map[string][]string{
		"EasyWebLoginAuthentication.html": {"easy", "web", "login", "authentication", "html"},
		"Verify2.php":                     {"verify", "2", "php"},
		"signOnV2Screen":                  {"sign", "on", "v", "2", "screen"},
		"absa_Online_update":              {"absa", "online", "update"},
		"HOME":                            {"home"},
		"quake2_software_renderer":        {"quake", "2", "software", "renderer"},
		"":                                nil,
		"--é--":                           nil,
	} {
		var got []string
		forSegmentWords(seg, func(w string) bool { got = append(got, w); return true })
		if !slices.Equal(got, want) {
			t.Errorf("forSegmentWords(%q) = %q, want %q", seg, got, want)
		}
	}
	for seg, want := range map[string]bool{
		"69986580": true, "58cxzgfxz7070cpkkm7070cpsbszd": true, "index91484101498.php": true, "interac2019": true,
		"2023": false, "200d": false, "00a0": false, "quake2": false, "gebbwolf3d": false, "z80undoc.htm": false, "12": false,
	} {
		if got := tokenSegment(seg); got != want {
			t.Errorf("tokenSegment(%q) = %v, want %v", seg, got, want)
		}
	}
}
