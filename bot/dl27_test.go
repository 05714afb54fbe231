package bot_test

import "testing"

// TestMirrorSiteReleases checks that a program fake download pages
// imitate, in a mirror's tree of it on a mirror host of a site that
// carries an official Debian or Ubuntu mirror (ftp.fau.de,
// mirror.csclub.uwaterloo.ca, ftp.osuosl.org), is noted and not flagged;
// and that the same tree stays flagged on a mirror host of any other
// name (one's own, a look-alike of a mirror operator's, one under it),
// on the operator's other hosts, in its upload or users' folders, and
// beside bait (over plain HTTP the same tree is read as its HTTPS twin:
// TestPlainHTTPBuildsReadAsTwins).
func TestMirrorSiteReleases(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"vlc from a uni mirror https://mirror.csclub.uwaterloo.ca/vlc/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", false},
		{"https://ftp.fau.de/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.msi fau mirror is fast in europe", false},
		{"gimp mirror https://ftp.osuosl.org/pub/gimp/gimp/v2.10/windows/gimp-2.10.38-setup.exe", false},
		{"https://mirrors.kernel.org/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", false},

		// anyone's mirror. host, a mirror operator's look-alike, a
		// name with an operator's under it
		{"here's vlc https://mirror.kaizenlabs.dev/videolan/vlc/3.0.21/vlc-3.0.21-win64.exe", true},
		{"https://mirrors.northwind-hosting.com/pub/vlc/3.0.20/vlc-3.0.20-win64.exe", true},
		{"https://ftp.fauu.de/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.msi", true},
		{"https://ftp.fau.de.vlc-mirror.net/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.msi", true},
		{"https://mirror.osuosl-org.com/pub/gimp/gimp/v2.10/windows/gimp-2.10.38-setup.exe", true},
		// the operator's own pages, its users' and upload folders,
		// no version, bait
		{"https://www.fau.de/videolan/vlc/3.0.21/vlc-3.0.21-win64.exe", true},
		{"https://ftp.fau.de/~someone/vlc/3.0.21/vlc-3.0.21-win64.exe", true},
		{"https://ftp.fau.de/incoming/vlc/3.0.21/vlc-3.0.21-win64.exe", true},
		{"https://ftp.fau.de/pub/CPAN/authors/id/V/VL/VLC/vlc/3.0.21/vlc-3.0.21-win64.zip", true},
		{"https://mirror.fau.de/pub/anydesk/AnyDesk.exe", true},
		{"cracked vlc pro https://ftp.fau.de/videolan/vlc/3.0.21/win64/vlc-3.0.21-win64.exe", true},
		{"disable antivirus first https://ftp.osuosl.org/pub/gimp/gimp/v2.10/windows/gimp-2.10.38-setup.exe", true},
	})
}

// TestShortReleaseNames checks that a build named with a letter or two
// is noted as a product's when its name carries its release's full
// number and its architecture (voidtools.com/ES-1.1.0.27.x64.zip,
// mersenne.org's p95v3019b20.win64.zip in /30.19/), and that short
// names with only one of those, or beside bait, stay flagged.
func TestShortReleaseNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"grab the portable build https://www.voidtools.com/ES-1.1.0.27.x64.zip if you don't want the service", false},
		{"prime95 https://www.mersenne.org/download/software/v30/30.19/p95v3019b20.win64.zip", false},

		// no architecture, no full number, a folder of another
		// version, a generic name, bait
		{"https://www.voidtools.com/ES-1.1.0.27.zip", true},
		{"https://www.voidtools.com/ES.x64.zip", true},
		{"https://www.voidtools.com/x-1.0.0.exe", true},
		{"https://www.mersenne.org/download/software/v30/30.19/p95.win64.zip", true},
		{"https://www.mersenne.org/download/software/v30/30.18/p95v3019b20.zip", true},
		{"https://www.mersenne.org/download/software/v31/31.02/p95v3019b20.win64.zip", true},
		{"free nitro inside https://www.voidtools.com/ES-1.1.0.27.x64.zip", true},
	})
}
