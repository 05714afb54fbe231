package bot_test

import "testing"

// TestImitatedProductsOnDownloadHosts: a program that fake download
// pages imitate (the products table) is its maker's to publish; on
// another site's download host it is not taken for that site's release,
// versioned or not. A site's own product there is noted as before.
func TestImitatedProductsOnDownloadHosts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://download.obsproject-studio.com/30.2/OBS-Studio-30.2-Installer.exe", true},
		{"https://download.rufus-tool.com/rufus-4.6.exe", true},
		{"https://dl.fastremote-example.net/win/8.1.0/AnyDesk-8.1.0.exe", true},
		{"https://download.softfiles-example.org/pub/7-zip/24.08/7z2408-x64.exe", true},
		{"gimp for windows https://download.gimp.org/gimp/v2.10/windows/gimp-2.10.38-setup.exe", false},
		{"https://downloads.xiph.org/releases/flac/flac-1.4.3-win.zip", false},
		{"https://download.wireguard.com/windows-client/wireguard-amd64-0.5.3.msi", false},
	})
}

// TestOperatingSystemImages: an operating system's install image named
// for the processor it boots on (archlinux-x86_64.iso,
// metal-arm64.iso), over TLS in a folder of a plain site, is noted as a
// project's release is; a disk image named as a document or a lure, at
// a site's root, over plain HTTP, at an address or on a cheap ending is
// flagged as before.
func TestOperatingSystemImages(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"arch https://mirror.rackspace.com/archlinux/iso/latest/archlinux-x86_64.iso", false},
		{"https://dl-cdn.alpinelinux.org/alpine/v3.21/releases/aarch64/alpine-standard-3.21.0-aarch64.iso", false},
		{"https://factory.talos.dev/image/ce4c980550dd2ab1b17bbf2b08801c7eb59418eafe8f279833297925d67c7515/v1.8.3/metal-arm64.iso", false},
		{"https://cdimage.ubuntu.com/ubuntu-server/noble/daily-live/current/noble-live-server-riscv64.iso", false},
		{"https://cleanhost-example.com/files/Invoice_Scan-x86_64.iso", true},
		{"https://cleanhost-example.com/files/Document-amd64.iso", true},
		{"https://cleanhost-example.com/shared/Payroll_Dec-amd64.iso", true},
		{"https://cleanhost-example.com/os-amd64.iso", true},
		{"http://mirror.cleanhost-example.com/iso/linux-amd64.iso", true},
		{"https://91.92.243.12/iso/linux-amd64.iso", true},
		{"https://windows11-free.top/iso/Win11-amd64.iso", true},
		{"https://cleanhost-example.com/files/Win11_23H2_English_x64.iso", true},
		{"https://cleanhost-example.com/wp-content/uploads/2024/11/image-amd64.iso", true},
	})
}

// TestNamesUnderNoTopLevelDomain: a name under an ending that is no
// top-level domain of the internet (pi.hole, speedport.ip) resolves only
// on a local network, as a .lan name does: its admin page is a member's
// own. The same words under a real ending are judged as before.
func TestNamesUnderNoTopLevelDomain(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pihole admin http://pi.hole/admin/login.php", false},
		{"router login http://speedport.ip/html/login/index.html", false},
		{"http://nas.homelab/webman/login.cgi?user=admin&password=reset", false},
		{"pihole admin http://pi-hole-admin.top/admin/login.php", true},
		{"http://paypal-login-verify.com.secure-auth.xyz/login.php", true},
	})
}
