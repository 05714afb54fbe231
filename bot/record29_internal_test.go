package bot

import "testing"

// TestRecordPath (crypto29): the shapes recordPath reads as a project's
// record, and the kits' and documents' paths it does not.
func TestRecordPath(t *testing.T) {
	t.Parallel()
	for p, want := range map[string]bool{
		"/en/releases/28.0/":                          true,
		"/en/newsletters/2024/11/08/":                 true,
		"/en/2024/07/03/disclose-timestamp-overflow/": true,
		"/blog/2023/12/sdk-7-is-here.html":            true,
		"/2024/11/":                                   true,
		"/docs/v1.4.2/":                               true,
		"/en/topics/taproot/":                         false,
		"/docs/getting-started/":                      false,
		"/2024/":                                      false,
		"/en/2024/13/01/":                             false,
		"/wp-content/uploads/2023/09/Login.html":      false,
		"/releases/28.0/claim.php":                    false,
		"/28.0/":                                      false,
		"/en/releases/28.0/a/b/c/":                    false,
		"/en/releases/1234567.0/":                     false,
	} {
		if got := recordPath(p); got != want {
			t.Errorf("recordPath(%q) = %v, want %v", p, got, want)
		}
	}
}
