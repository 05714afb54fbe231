package bot_test

import "testing"

// TestServerPagesOnHostingPlatforms: the HTTPS server-page reading
// (vi39) is an organisation's own site's; a page on a host anyone signs
// up to (a hosting platform, a dynamic DNS name, a private suffix of the
// public suffix list: an app or a bucket) named like an ASP.NET page is
// a kit's copy, read as written: flagged before vi39, allowed by it (the
// first two; the dynamic DNS name is held by its name too). The
// organisation's own page stays allowed.
func TestServerPagesOnHostingPlatforms(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://eoffice.vietsovpetro.com/default.aspx", false},
		{"https://azaman.azurewebsites.net/default.aspx", true},
		{"https://foo.000webhostapp.com/default.aspx", true},
		{"https://greenfield.ddns.net/default.aspx", true},
	})
}
