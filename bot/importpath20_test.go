package bot

import "testing"

// TestImportPathAt (tech20): a forge's host as the path's first segment,
// or after one lower-case word, then a project's segments written as
// names; a page, a number, a host name or too few segments is not an
// import path.
func TestImportPathAt(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		path       string
		start, end int
		ok         bool
	}{
		{"/github.com/kr/logfmt", 1, 11, true},
		{"/github.com/jacobsa/crypto/siv", 1, 11, true},
		{"/report/github.com/x/y", 8, 18, true},
		{"/gopkg.in/yaml.v3", 1, 9, true},
		{"/github.com/owner/chart.js", 1, 11, true},
		{"/github.com/kr", 0, 0, false},                // an owner, no project
		{"/github.com/BB/home.php", 0, 0, false},       // a page
		{"/github.com/2019/0328/c9257a1", 0, 0, false}, // a number
		{"/github.com/x/www.paypal.com", 0, 0, false},  // a host name
		{"/www.paypal.com/signin/x", 0, 0, false},
		{"/a/b/github.com/x/y", 0, 0, false},
		{"/Report/github.com/x/y", 0, 0, false},
	} {
		start, end, ok := importPathAt(tc.path)
		if ok != tc.ok || ok && (start != tc.start || end != tc.end) {
			t.Errorf("importPathAt(%q) = %d, %d, %v; want %d, %d, %v", tc.path, start, end, ok, tc.start, tc.end, tc.ok)
		}
	}
}
