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

// TestOldDocumentsOverPlainHTTP: documentation, mailing-list archives and
// personal pages linked over http:// as old READMEs and man pages do are
// read as their HTTPS twins when nothing but the scheme speaks against
// them; a kit's shapes on plain HTTP (a lure's word or a brand in the
// path, a single word at the root, a hex id, a host name in a folder, a
// cheap ending, a raw IP) and a lure in the message are read as written.
func TestOldDocumentsOverPlainHTTP(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"the thread is at http://lists.freedesktop.org/archives/xcb/2011-May/007011.html", false},
		{"See http://www.chiark.greenend.org.uk/~sgtatham/bugs.html before filing", false},
		{"old but good: http://www.grymoire.com/Unix/Awk.html", false},
		{"the DTD lives at http://www.oasis-open.org/docbook/xml/4.2/", false},
		{"see http://www.jedsoft.org/slang/doc/html/slang-2.html for the API", false},
		{"from http://www.cygwin.com/ml/cygwin/2004-09/msg01101.html", false},
		{"benchmarks in http://www.brynosaurus.com/pub/net/p2pnat/", false},

		{"http://lists.freedesktop.org-secure.top/archives/login/index.html", true},
		{"http://www.grymoire-docs.com/paypal/update/index.html", true},
		{"http://oldbakery-shop.com/wp-includes/login/verify.php", true},
		{"http://oldbakery-shop.com/desjardins", true},
		{"http://oldbakery-shop.com/docs/4f6a9c2e1b7d8a3f5e0c/index.html", true},
		{"http://oldbakery-shop.com/mail.example-university.edu/owa/index.html", true},
		{"your mailbox is full, sign in to keep it: http://oldbakery-shop.com/archives/2024/mail.html", true},
	})
}
