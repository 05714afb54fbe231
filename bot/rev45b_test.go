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
