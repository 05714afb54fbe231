package bot_test

import "testing"

// TestRegistriesAndProjectsTrusted: the sites det15 added to
// reputableAtRuntime (list archives and bug trackers, references and
// manual sites, more projects' sites) and freedesktop.org's project hosts
// (projectSuffixes) are trusted as reputable sites are, whatever the link
// model reads in their names (launchpad, austingroupbugs) or their
// plain-HTTP pages; names built on theirs elsewhere, and look-alikes, are
// read as before.
func TestRegistriesAndProjectsTrusted(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"you need to log in at https://launchpad.net/+login first", false},
		{"http://austingroupbugs.net/view.php?id=1218", false},
		{"http://www.mail-archive.com/bug-tar@gnu.org/msg04355.html", false},
		{"http://lists.freedesktop.org/archives/avahi/2006-September/000863.html", false},
		{"http://wayland.freedesktop.org/architecture.html", false},
		{"http://www.freedesktop.org/software/systemd/man/systemd.service.html", false},
		{"http://www.brendangregg.com/flamegraphs.html", false}, // not listed: read by the model, which since model20 reads it unremarkable (0.49)
		{"log in at http://lists.freedesktop.org.account-verify.top/login to keep your list", true},
		// not in the list: a script at its site's root, quiet, is read
		// as its HTTPS twin (http42, quietPlainPage: such scripts were
		// 6 of the 86 flagged held-out real plain-HTTP links); a lure
		// beside it or a brand's page keeps it flagged
		{"http://mingw-w64.org/doku.php says:", false},
		{"log in to verify your account at http://mingw-w64.org/doku.php", true},
		{"http://mingw-w64.org/paypal.php says:", true},
		{"log in at https://launchpad-net.top/+login to keep your PPA", true},
		{"verify your account http://mail-archive.com.account-verify.top/login", true},
	})
}
