package bot

import "testing"

// TestTokenPage: a page named by a token of mixed case and digits, or by
// a long number, is a kit's or a free host's; a word, a page with a
// version or a chapter's number, an escaped space is not.
func TestTokenPage(t *testing.T) {
	for path, want := range map[string]bool{
		"/J8CPSm4P.html":                    true,
		"/Public/DbBr43c.html":              true,
		"/sle/986355.html":                  true,
		"/1000545676.html":                  true,
		"/avg.html":                         false,
		"/chap2.html":                       false,
		"/Resources/OSDevIndex.html":        false,
		"/rfc2616.txt":                      false,
		"/fsw/ff/00index_e.html":            false,
		"/cs/Little/Verify%20Identity.html": false,
		"/gc/":                              false,
		"/2013/":                            false,
	} {
		if got := tokenPage(path); got != want {
			t.Errorf("tokenPage(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestDottedFolder: a folder named with dots is a kit's unpacked folder
// or an address; a page's own dots and a list's address are not.
func TestDottedFolder(t *testing.T) {
	for path, want := range map[string]bool{
		"/Fenction.antinoiess.paretions/infe52782/pin.html": true,
		"/css/bb/201.33.151.50/201.33.151.50.html":          true,
		"/paypal.com.secure/":                               true,
		"/howto/lartc.qdisc.classful.html":                  false,
		"/archive/bug-tar@gnu.org/msg04355.html":            false,
		"/gc/":                                              false,
		"/avg.html":                                         false,
	} {
		if got := dottedFolder(path); got != want {
			t.Errorf("dottedFolder(%q) = %v, want %v", path, got, want)
		}
	}
}
