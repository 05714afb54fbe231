package bot_test

import "testing"

// The fifth tech-chat pass (det13) measured real links nobody on the
// project wrote: every URL of the READMEs, man pages, changelogs and
// package metadata on a Debian machine, with the line it stands in, as a
// chat message. These cases stand for the classes of false alarm it
// found, each beside the attacks a loosening of it could let through.

// TestCredentialsInALink: a tool's credentials written into its URL
// (a proxy, a package index, an apt source, a clone URL) show no place
// and are no finding; text before the @ that passes for a place, a brand
// or a lure's word still is.
func TestCredentialsInALink(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"set the proxy to http://joe:password@proxy.example.com:3128 and retry", false},
		{"pip install --index-url https://0123456789abcdef@pypi.company.com/simple mypkg", false},
		{"deb https://apt:debian@example.org/debian bookworm main", false},
		{"git clone https://user@example.com/repo.git, then set the credential helper", false},
		{"const myURL = new URL('https://abc:xyz@example.com'); console.log(myURL.password)", false},
		{"the docs use https://username:password@host.com:80/path?query#fragment as the example", false},

		{"https://paypal.com@secure-update-center.top/login", true},
		{"https://www.google.com@drive-files.site/doc", true},
		{"https://paypal@cleanhost-example.com/", true},
		{"https://metamask:support@wallet-sync.net/", true},
		{"https://login@example-files.org/", true},
		{"https://verify-account@cleanhost-example.com/", true},
		{"https://www%2Epaypal%2Ecom@cleanhost-example.com/", true},
		{"https://аpple@cleanhost-example.com/", true},
	})
}
