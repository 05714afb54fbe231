package filetype_test

import (
	"testing"

	"github.com/immunebot/immune/bot/filetype"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	type F = filetype.Finding
	tests := []struct {
		name      string
		file      string
		mime      string
		want      F
		dangerous bool
		disguised bool
	}{
		// each kind by extension
		{"harmless photo", "cat.gif", "", F{Ext: "gif"}, false, false},
		{"harmless document", "invoice.pdf", "application/pdf", F{Ext: "pdf"}, false, false},
		{"harmless text", "notes.txt", "", F{Ext: "txt"}, false, false},
		{"no extension", "Makefile", "", F{}, false, false},
		{"nothing at all", "", "", F{}, false, false},
		{"archive", "final_v2.zip", "", F{Kind: filetype.Archive, Ext: "zip"}, false, false},
		{"archive, 7z", "backup.7z", "", F{Kind: filetype.Archive, Ext: "7z"}, false, false},
		{"archive, tar.gz", "src.tar.gz", "", F{Kind: filetype.Archive, Ext: "gz"}, false, false},
		{"page", "login.html", "", F{Kind: filetype.Page, Ext: "html"}, false, false},
		{"page, svg", "logo.svg", "", F{Kind: filetype.Page, Ext: "svg"}, false, false},
		{"android", "WhatsApp_Gold.apk", "", F{Kind: filetype.Android, Ext: "apk"}, true, false},
		{"android, xapk", "game.xapk", "", F{Kind: filetype.Android, Ext: "xapk"}, true, false},
		{"disk image", "invoice.iso", "", F{Kind: filetype.DiskImage, Ext: "iso"}, true, false},
		{"disk image, vhdx", "disk.vhdx", "", F{Kind: filetype.DiskImage, Ext: "vhdx"}, true, false},
		{"macro document", "salary.xlsm", "", F{Kind: filetype.MacroDoc, Ext: "xlsm"}, true, false},
		{"OneNote", "notes.one", "", F{Kind: filetype.MacroDoc, Ext: "one"}, true, false},
		{"shortcut", "photos.lnk", "", F{Kind: filetype.Shortcut, Ext: "lnk"}, true, false},
		{"shortcut, url", "open.url", "", F{Kind: filetype.Shortcut, Ext: "url"}, true, false},
		{"script, bat", "fix.bat", "", F{Kind: filetype.Script, Ext: "bat"}, true, false},
		{"script, js", "app.js", "", F{Kind: filetype.Script, Ext: "js"}, true, false},
		{"script, ps1", "update.ps1", "", F{Kind: filetype.Script, Ext: "ps1"}, true, false},
		{"script, hta", "view.hta", "", F{Kind: filetype.Script, Ext: "hta"}, true, false},
		{"installer, msi", "setup.msi", "", F{Kind: filetype.Installer, Ext: "msi"}, true, false},
		{"installer, msix", "app.msix", "", F{Kind: filetype.Installer, Ext: "msix"}, true, false},
		{"executable", "Discord_Nitro.exe", "", F{Kind: filetype.Executable, Ext: "exe"}, true, false},
		{"executable, scr", "screensaver.scr", "", F{Kind: filetype.Executable, Ext: "scr"}, true, false},
		{"executable, dll", "lib.dll", "", F{Kind: filetype.Executable, Ext: "dll"}, true, false},

		// case and paths
		{"upper case", "SETUP.EXE", "", F{Kind: filetype.Executable, Ext: "exe"}, true, false},
		{"mixed case double extension", "Report.PDF.Exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "pdf", DecoyKind: "document"}, true, true},
		{"Windows path", `C:\Users\an\Downloads\x.scr`, "", F{Kind: filetype.Executable, Ext: "scr"}, true, false},
		{"Unix path", "dir/sub/photo.jpg.js", "", F{Kind: filetype.Script, Ext: "js", Decoy: "jpg", DecoyKind: "photo"}, true, true},
		{"decoy in a directory is no decoy", "photos.jpg/run.exe", "", F{Kind: filetype.Executable, Ext: "exe"}, true, false},
		{"dot in a directory", "v1.2/readme", "", F{}, false, false},
		{"trailing dot", "x.exe.", "", F{Kind: filetype.Executable, Ext: "exe"}, true, false},
		{"trailing space", "x.exe ", "", F{Kind: filetype.Executable, Ext: "exe"}, true, false},

		// double extensions
		{"photo.jpg.exe", "photo.jpg.exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "jpg", DecoyKind: "photo"}, true, true},
		{"Vietnamese photo", "anh_cua_ban.png.exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "png", DecoyKind: "photo"}, true, true},
		{"spaces before the real extension", "report.pdf        .exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "pdf", DecoyKind: "document"}, true, true},
		{"underscore before the real extension", "photo.jpg_.exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "jpg", DecoyKind: "photo"}, true, true},
		{"video decoy", "video.mp4 - .scr", "", F{Kind: filetype.Executable, Ext: "scr", Decoy: "mp4", DecoyKind: "video"}, true, true},
		{"audio decoy", "voice.mp3.vbs", "", F{Kind: filetype.Script, Ext: "vbs", Decoy: "mp3", DecoyKind: "audio"}, true, true},
		{"decoy on an apk", "invoice.pdf.apk", "", F{Kind: filetype.Android, Ext: "apk", Decoy: "pdf", DecoyKind: "document"}, true, true},
		{"no decoy on an archive", "photo.jpg.zip", "", F{Kind: filetype.Archive, Ext: "zip"}, false, false},
		{"unknown first extension", "setup.v2.exe", "", F{Kind: filetype.Executable, Ext: "exe"}, true, false},

		// right-to-left override
		{"RTL photo", "photo\u202Egpj.exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "jpg", DecoyKind: "photo", RTL: true}, true, true},
		{"RTL document", "doc\u202Efdp.scr", "", F{Kind: filetype.Executable, Ext: "scr", Decoy: "pdf", DecoyKind: "document", RTL: true}, true, true},
		{"RTL upper case", "PHOTO\u202EGPJ.EXE", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "jpg", DecoyKind: "photo", RTL: true}, true, true},
		{"RTL docx", "invoice\u202Excod.js", "", F{Kind: filetype.Script, Ext: "js", Decoy: "docx", DecoyKind: "document", RTL: true}, true, true},
		{"RTL isolate", "a\u2067gnp.exe", "", F{Kind: filetype.Executable, Ext: "exe", Decoy: "png", DecoyKind: "photo", RTL: true}, true, true},
		{"RTL with no decoy shown", "x\u202Eexe.txt", "", F{Ext: "txt", RTL: true}, true, true},

		// by MIME
		{"MIME executable, harmless name", "cat.gif", "application/x-msdownload", F{Kind: filetype.Executable, Ext: "gif", Decoy: "gif", DecoyKind: "photo", MIMEMismatch: true}, true, true},
		{"MIME executable, upper case", "x.pdf", "APPLICATION/X-MSDOWNLOAD", F{Kind: filetype.Executable, Ext: "pdf", Decoy: "pdf", DecoyKind: "document", MIMEMismatch: true}, true, true},
		{"MIME with parameters", "x.pdf", "text/vbscript; charset=utf-8", F{Kind: filetype.Script, Ext: "pdf", Decoy: "pdf", DecoyKind: "document", MIMEMismatch: true}, true, true},
		{"MIME installer", "x.pdf", "application/x-msi", F{Kind: filetype.Installer, Ext: "pdf", Decoy: "pdf", DecoyKind: "document", MIMEMismatch: true}, true, true},
		{"MIME PE", "readme", "application/vnd.microsoft.portable-executable", F{Kind: filetype.Executable, MIMEMismatch: true}, true, true},
		{"MIME android, no extension", "x", "application/vnd.android.package-archive", F{Kind: filetype.Android}, true, false},
		{"MIME disk image", "x.jpg", "application/x-iso9660-image", F{Kind: filetype.DiskImage, Ext: "jpg"}, true, false},
		{"MIME macro document", "x.docx", "application/vnd.ms-word.document.macroenabled.12", F{Kind: filetype.MacroDoc, Ext: "docx"}, true, false},
		{"MIME executable on an archive name", "x.zip", "application/x-msdownload", F{Kind: filetype.Executable, Ext: "zip"}, true, false},
		{"MIME agrees", "setup.exe", "application/x-msdownload", F{Kind: filetype.Executable, Ext: "exe"}, true, false},
		{"MIME harmless", "cat.gif", "image/gif", F{Ext: "gif"}, false, false},
		{"MIME does not lower the name's kind", "setup.exe", "image/png", F{Kind: filetype.Executable, Ext: "exe"}, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := filetype.Check(tc.file, tc.mime)
			if got != tc.want {
				t.Errorf("Check(%q, %q)\n got %+v\nwant %+v", tc.file, tc.mime, got, tc.want)
			}
			if got.Dangerous() != tc.dangerous {
				t.Errorf("Dangerous() = %v, want %v", got.Dangerous(), tc.dangerous)
			}
			if got.Disguised() != tc.disguised {
				t.Errorf("Disguised() = %v, want %v", got.Disguised(), tc.disguised)
			}
		})
	}
}

func TestKindString(t *testing.T) {
	t.Parallel()
	want := map[filetype.Kind]string{
		filetype.Harmless: "harmless", filetype.Archive: "archive", filetype.Page: "page",
		filetype.Android: "android", filetype.DiskImage: "disk_image", filetype.MacroDoc: "macro_document",
		filetype.Shortcut: "shortcut", filetype.Script: "script", filetype.Installer: "installer",
		filetype.Executable: "executable",
	}
	for k, s := range want {
		if k.String() != s {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), s)
		}
	}
}
