package bot_test

import "testing"

// TestDebianHomeReleases checks that a project's build laid out as a
// release on its homepage's site (a registrable domain Debian names as a
// package's homepage: bot/debianhomes.go) is noted and not flagged, over
// TLS and, numbered, over plain HTTP; each of these was flagged on main.
func TestDebianHomeReleases(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://mirror.ctan.org/systems/texlive/tlnet/install-tl-windows.exe", false},
		{"http://www.w1hkj.com/files/fldigi/fldigi-4.2.05_x64-setup.exe", false},
		{"retroarch installer http://buildbot.libretro.com/stable/1.19.1/windows/x86_64/RetroArch-Win64-setup.exe", false},
		{"release notes mention https://mupdf.com/downloads/archive/mupdf-1.24.8-windows.zip", false},
		{"https://distfiles.audacious-media-player.org/audacious-4.4-win32.exe", false},
	})
}

// TestDebianHomeReleaseFakes checks what the homepages' reading never
// relieves: the same trees on a name a letter off or a look-alike, on
// hosts anyone publishes on (a homepage domain's forge, users' and pages
// hosts), and on the real sites a
// second extension, a screen saver or a shortcut, a query-string
// download, an address, a port, a user before '@', a droppers' folder,
// a lure's or a dropper's name, a lone file at the root, and bait
// beside the link. Each is flagged on main too. (The same tree on
// ftp.vimm.org, a user's folder, an incoming folder and an unnumbered
// gvim.exe over plain HTTP are allowed on main by other readings; left.)
func TestDebianHomeReleaseFakes(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://mirror.ctam.org/systems/texlive/tlnet/install-tl-windows.exe", true},
		{"https://www.w1hkj-files.com/files/fldigi/fldigi-4.2.05_x64-setup.exe", true},
		{"https://coinbase-auth.pages.kde.org/release/1.0.2/wallet-sync-1.0.2-setup.exe", true},
		{"https://ftp.vim.org/pub/vim/pc/gvim72.pdf.exe", true},
		{"https://mirror.ctan.org/systems/texlive/tlnet/install-tl-windows.scr", true},
		{"https://www.w1hkj.com/files/fldigi/fldigi-4.2.05.lnk", true},
		{"https://mirror.ctan.org/systems/texlive/tlnet/get.php?f=install-tl-windows.exe", true},
		{"https://www.w1hkj.com:8443/files/fldigi/fldigi-4.2.05_x64-setup.exe", true},
		{"https://www.w1hkj.com@185.220.101.7/files/fldigi/fldigi-4.2.05_x64-setup.exe", true},
		{"https://www.w1hkj.com/wp-content/uploads/2024/09/fldigi-4.2.05_x64-setup.exe", true},
		{"https://www.w1hkj.com/files/Invoice_2024_0917.exe", true},
		{"https://ftp.vim.org/pub/vim/pc/svchost.exe", true},
		{"https://mirror.ctan.org/install-tl-windows.exe", true},
		{"@everyone free nitro giveaway, download the claim tool https://ftp.vim.org/pub/vim/pc/gvim72.exe", true},
	})
}
