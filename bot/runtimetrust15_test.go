package bot_test

import "testing"

// TestRuntimeTrustedUploads: the sites trusted at runtime
// (reputableAtRuntime) are trusted for their pages, not for what anyone
// with an account publishes there (rev15): a program offered as a cheat
// or a crack from a forge's raw files, a registry's artifacts or an
// extensions site, and a page on a forge's GitLab Pages host, are judged
// as before the sites were trusted (each was flagged at 3c6743b and passed
// after 666206b/a002f0e). The projects' own builds stay unflagged.
func TestRuntimeTrustedUploads(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"free nitro generator, works 100% https://gitlab.gnome.org/nitrogen22/gen/-/raw/main/NitroGen.exe", true},
		{"free nitro generator https://invent.kde.org/nitrogen22/gen/-/raw/master/NitroGen.exe", true},
		{"photoshop crack free download https://sourceware.org/pub/crack/Photoshop_Crack.exe", true},
		{"here is the cheat https://repo1.maven.org/maven2/io/github/cheatz/aimbot/1.0/aimbot-1.0-windows.exe", true},
		{"try my game https://extensions.blender.org/media/files/MyGame_Setup.exe", true},
		{"your account will be suspended, sign in https://metamask-verify.pages.gitlab.gnome.org/login.html", true},
		{"free robux generator https://launchpad.net/robuxgen/trunk/1.0/+download/RobuxGen.exe", true},
		{"free nitro generator https://gitlab.freedesktop.org/nitrogen22/gen/-/raw/main/NitroGen.exe", true},
		{"your account will be suspended, sign in https://metamask-verify.pages.freedesktop.org/login.html", true},
		// the projects' own builds and pages
		{"emacs for windows https://ftp.gnu.org/gnu/emacs/windows/emacs-29/emacs-29.1-installer.exe", false},
		{"blender https://download.blender.org/release/Blender4.2/blender-4.2.0-windows-x64.msi", false},
		{"gimp for windows https://download.gimp.org/gimp/v2.10/windows/gimp-2.10.38-setup.exe", false},
		{"libreoffice https://download.documentfoundation.org/libreoffice/stable/24.8.2/win/x86_64/LibreOffice_24.8.2_Win_x86-64.msi", false},
		{"the gtk docs https://gnome.pages.gitlab.gnome.org/gtk/ are current", false},
		{"the architecture overview https://wayland.freedesktop.org/architecture.html is short", false},
		{"the old faq http://www.gnu.org/software/tar/manual/tar.html still holds", false},
	})
}
