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

// TestHomelabNames: Pi-hole answers pi.hole for its admin page, and
// homelabs name their hosts under .homelab as offices do under .lan:
// only a local network resolves them, so a login page there is a
// member's own. The same words under a real ending are judged as before.
func TestHomelabNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pihole admin http://pi.hole/admin/login.php", false},
		{"http://nas.homelab/webman/login.cgi?user=admin&password=reset", false},
		{"grafana http://grafana.homelab:3000/login", false},
		{"pihole admin http://pi-hole-admin.top/admin/login.php", true},
		{"http://paypal-login-verify.com.secure-auth.xyz/login.php", true},
	})
}

// TestIndicatorsNamedAsPhishing: security people name what they defang
// as phishing or malware ("the phishing domain is …", "the kit drops to
// …, reported it"); such a message quotes its links as the threat
// report words do. A scam that speaks of phishing or malware to seem
// protective still asks for something, and is judged as before.
func TestIndicatorsNamedAsPhishing(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the phishing domain is usps-redelivery-notice[.]info, the lure was an sms about a parcel on hold", false},
		{"the kit drops to hxxps://chase-secure-review[.]support/login, reported it", false},
		{"malicious domains hxxp://45.137.22[.]13/a.exe and roblox-free-gift[.]com, both up since monday", false},
		{"the phishing page at hxxps://m1crosoft-365-auth[.]online/owa/ harvests the password and the OTP", false},
		{"Beware of phishing! Verify your PayPal account only at hxxps://paypal-secure-verify[.]com/login", true},
		{"malware detected on your device, scan now at hxxps://device-cleaner-pro[.]top/scan", true},
		{"your account was reported for violating our terms, appeal at hxxps://meta-appeal-center[.]com or it will be disabled", true},
		{"phishing alert: your wallet is compromised, migrate your funds now at hxxps://wallet-migrate[.]app", true},
		{"Claim your free nitro at hxxps://discord-gift-claim[.]ru before it expires, not phishing", true},
		{"A phishing domain is impersonating us. Our only official page is hxxps://paypal-secure-verify[.]com/login, verify your account there today", true},
		{"Beware of phishing links! Your wallet needs to be validated at hxxps://metamask-validate[.]app within 24 hours", true},
		{"malware found on your phone, remove it with the cleaner at hxxps://phone-cleaner-free[.]top/apk", true},
	})
}

// TestLibraryDocs: a project on a documentation host (Read the Docs)
// named after a brand with a programming word (python-telegram-bot,
// paypal-sdk, whatsapp-api-client) documents a library for the brand's
// API: it is not judged as a page named after the brand. The brand
// with lure words, a lure in its path, or any other host is judged as
// before.
func TestLibraryDocs(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://python-telegram-bot.readthedocs.io/en/v21.6/telegram.bot.html", false},
		{"the async wrapper https://telegram-bot-sdk.readthedocs.io/en/latest/", false},
		{"https://paypal-python-sdk.readthedocs.io/en/latest/quickstart.html", false},
		{"claim your nitro https://discord-gift.readthedocs.io/", true},
		{"https://telegram-bot-verify.readthedocs.io/en/latest/login.html", true},
		// model36: allowed at 0.34, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://python-telegram-bot.readthedocs.io/en/latest/verify-account-login.html", false},
		{"https://paypal-sdk-login.netlify.app/", true},
	})
}

// TestOpenVPNsOwnSites: OpenVPN's maker serves its community builds from
// openvpn.org (swupdate.openvpn.org) as well as openvpn.net; a site that
// takes the name otherwise is still a fake download page.
func TestOpenVPNsOwnSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://swupdate.openvpn.org/community/releases/OpenVPN-2.6.13-I001-amd64.msi", false},
		{"https://openvpn-client.org/download/OpenVPN-2.6.13-I001-amd64.msi", true},
		{"https://openvpn.app/OpenVPN-2.6.13-I001-amd64.msi", true},
	})
}
