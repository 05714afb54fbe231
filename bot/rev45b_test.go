package bot_test

import "testing"

// TestDebianHomeSecondEnding checks that a build on a listed homepage's
// site (bot/debianhomes.go) whose name holds a second ending a release is
// not named by keeps its file's weight: a program under a tarball's or a
// package's ending and an archive under a document's (deb45 relieved
// them: .tar.exe 0.85 -> 0.40, .pdf.zip 0.56 -> allowed with no
// finding), while a compressed tarball and a program packed as what it
// is are still read as releases.
func TestDebianHomeSecondEnding(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.tar.exe", true},
		{"https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.deb.exe", true},
		{"https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.pdf.zip", true},
		{"https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.docx.7z", true},
		{"https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.zip", false},
		{"https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.exe.zip", false},
	})
}

// TestDebianHomeNameReading checks deb45's guard for lapsed homepages: a
// listed site whose name the link model reads as a scam's (a brand in it,
// words scams use: python-telegram-bot.org, inside-security.de,
// nitrokey.com) gives a build no relief, so a name bought after it lapsed
// keeps its file's weight. Without plainSiteBut in homeRelease each of
// these is allowed (0.41-0.48); deb45's own tests did not catch that.
func TestDebianHomeNameReading(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.python-telegram-bot.org/pub/stable/walletsync-win64.exe", true},
		{"https://www.inside-security.de/pub/stable/walletsync-win64.exe", true},
		{"https://www.nitrokey.com/pub/stable/nitrokey-win64.exe", true},
	})
}

// TestDebianHomeStaffHosts checks that a listed institution's hosts of
// its staff's, courses' and blogs' pages (faculty., www-personal., wp.,
// web.) are not read as the institution's own release site: deb45 read a
// numbered build there over plain HTTP as its HTTPS twin and allowed it
// (0.86 -> 0.41), where main flagged it.
func TestDebianHomeStaffHosts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://faculty.ethz.ch/someone/files/2.4.1/walletsync-2.4.1-setup.exe", true},
		{"http://www-personal.kth.se/someone/files/2.4.1/walletsync-2.4.1-setup.exe", true},
		{"http://wp.ethz.ch/someone/files/2.4.1/walletsync-2.4.1-setup.exe", true},
		{"http://web.kth.se/someone/files/2.4.1/walletsync-2.4.1-setup.exe", true},
		{"http://www.w1hkj.com/files/fldigi/fldigi-4.2.05_x64-setup.exe", false},
	})
}
