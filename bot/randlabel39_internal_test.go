package bot

import "testing"

// TestRandomLabelShape (rand39): a made-up label (letters and digits
// alternating, hex, a keyboard run) is read as random; a word with a
// number (a server's, an architecture's, a version's) and a project's
// name with no vowel are not.
func TestRandomLabelShape(t *testing.T) {
	for _, s := range []string{"a7f3k", "x9q2", "x7k2p", "a1b2c3d4", "3fa9c1e2", "9c1e2a", "1795ece2044f7d3e", "sdfgdsfgh", "0hc3rl"} {
		if !randomLabel(s) {
			t.Errorf("%s: not random, want random", s)
		}
	}
	for _, s := range []string{"v2", "s3", "api2", "cdn77", "ns1", "mx1", "ipv6", "k8s", "x86", "arm64", "web01", "node12", "v2ray",
		"i18n", "l10n", "docs", "wiki", "git", "xmlrpc", "fstrcmp", "csvjdbc", "htmlwml", "deadbeef", "cafe12", "2024", "win10", "xn--d1a", "eu-west-1", "r2d"} {
		if randomLabel(s) {
			t.Errorf("%s: random, want a name", s)
		}
	}
}
