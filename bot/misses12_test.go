package bot_test

import "testing"

// TestScriptDocumentLinks: a script at the end of a link named as a
// document or a bill (Document_Scan.js) is the dropper it passes for; a
// library's or a bundle's name (htmx.min.js, main.3f2a1b.js) is not.
func TestScriptDocumentLinks(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://www.brightpathtutors.net/files/Document_Scan.js", true},
		{"https://www.example-bakery.net/files/Payment_Details.js", true},
		{"the node bundle if you can't npm https://unpkg.com/htmx.org@2.0.3/dist/htmx.min.js", false},
		{"chart.js umd https://cdn.jsdelivr.net/npm/chart.js@4.4.6/dist/chart.umd.js", false},
		{"our bundle https://static.acme-shop.com/assets/main.3f2a1b.js", false},
	})
}

// TestQueryFileLinks: a program named in a link's query
// (download?name=Payment_Advice.exe) is the file the link downloads, read
// as one at the end of its path would be.
func TestQueryFileLinks(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://fileshare-2281.appspot.com/download?name=Payment_Advice.exe", true},
		{"https://cdn-files-77.net/dl.php?file=Invoice_0923.zip", true},
		{"https://www.bleachbit.org/download/file/t?file=BleachBit-4.6.2-setup.exe bleachbit if you want a cleaner that isn't shady", false},
		{"search it first https://search.nixos.org/packages?channel=24.05&query=ripgrep", false},
	})
}

// TestBaitToFriends: a hijacked account's words to its friends ("check
// this out bro") and the study papers archives are sent to students as
// (tài liệu học tập) are bait beside a download that would be noted.
func TestBaitToFriends(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"mọi người tải tài liệu học tập ở đây https://www.tailieu-hoc.com/download/TaiLieu_HocTap.zip", true},
		{"check this out bro https://www.clipvault-media.com/share/ClipPlayer_2.4.1.exe", true},
		{"check this out bro https://www.northgate-studio.com/builds/Northgate_Demo_0.9.2.zip", true},
		{"tải bản mới ở đây https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe", false},
		{"check this out bro https://github.com/charmbracelet/bubbletea", false},
	})
}
