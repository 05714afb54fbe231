package bot_test

import "testing"

// TestSitesAtThePathsEnd: a link whose last segment is a site's name or a
// mail address ending in .com (lookup and archive sites, a list's
// message id) is not an MS-DOS program, and a processor's name alone over
// TLS from a named site is a project's redirect to its build, not a
// botnet's; droppers named so stay flagged.
func TestSitesAtThePathsEnd(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://whois.domaintools.com/example.com", false},
		{"who owns it https://builtwith.com/example.com", false},
		{"https://urlscan.io/domain/example.com", false},
		{"https://www.virustotal.com/gui/domain/example.com", false},
		{"https://intodns.com/example.com", false},
		{"is it down https://downforeveryoneorjustme.com/example.com", false},
		{"https://sitecheck.sucuri.net/results/www.example.com", false},
		{"postgres list https://www.postgresql.org/message-id/CAH2-WzmABC123%40mail.gmail.com", false},
		{"https://win.rustup.rs/x86_64 downloads rustup-init.exe on windows", false},

		{"http://45.95.147.12/update.com", true},
		{"https://cdn-dl7.top/files/setup.com", true},
		{"https://cdn-dl7.top/files/scan.pdf.com", true},
		{"http://files.example-cdn.top/bins/x86_64", true},
		{"http://45.95.147.12/x86_64", true},
	})
}
