package bot

import "testing"

// TestNamedPageParts (oldweb28): namedPage reads a page named for what it
// holds in a folder, and not a kit's step, a numbered or a short page, a
// token, initials or capitals as a folder, or a page at the root.
func TestNamedPageParts(t *testing.T) {
	t.Parallel()
	for path, want := range map[string]bool{
		"/unix/dnstracer.php":           true,
		"/software/lua-cjson.php":       true,
		"/projects/virusKiller.php":     true,
		"/Software/ogrview.html":        true,
		"/tinyprintf/tinyprintf.php":    true,
		"/unix/dnstracer":               false,
		"/dnstracer.php":                false,
		"/unix/dnstracer.js":            false,
		"/unix/step2.php":               false,
		"/unix/details.php":             false,
		"/unix/newUserStepOne.php":      false,
		"/unix/aut.php":                 false,
		"/bb/dnstracer.php":             false,
		"/TJS/reader/dnstracer.php":     false,
		"/pdf/dnstracer.php":            false,
		"/unix/BTinter/dnstracer.php":   false,
		"/unix/LinkedIn.php":            false,
		"/unix/wbmEdu.php":              false,
		"/unix/DbBr43c.html":            false,
		"/jhgft/desj/lastdesj.php":      false,
		"/definitions/auto/china/x.php": false,
		"/JohannesHofmann/nmzmail.php":  false,
	} {
		if got := namedPage(path); got != want {
			t.Errorf("namedPage(%q) = %v, want %v", path, got, want)
		}
	}
}
