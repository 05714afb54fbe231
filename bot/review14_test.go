package bot_test

import "testing"

// TestProductBuildsOfTheMakersOwnOwner: a program's maker publishes
// builds from more than one repository of its own account (Bitwarden's
// Directory Connector beside bitwarden/clients, OpenVPN's GUI beside
// openvpn/openvpn), and only the owner of a repository on github.com is
// the maker: the same owner's name on another code host, or a path that
// climbs out of the maker's repository with dot segments (which a browser
// resolves before it asks), is anyone's.
func TestProductBuildsOfTheMakersOwnOwner(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/bitwarden/directory-connector/releases/download/v2024.10.0/Bitwarden-Connector-Portable-2024.10.0.exe", false},
		{"https://github.com/bitwarden/directory-connector/releases/download/v2024.10.0/Bitwarden-Connector-Setup-2024.10.0.exe", false},
		{"https://github.com/obsproject/obs-studio-installer/releases/download/31.0.0/OBS-Studio-31.0.0-Windows-Installer.exe", false},
		{"https://github.com/ollama/ollama-windows/releases/download/v0.4.7/OllamaSetup.exe", false},

		{"https://gitlab.com/topjohnwu/magisk/-/releases/v27/downloads/Magisk-v27.0-setup.exe", true},
		{"https://codeberg.org/bitwarden/clients/releases/download/v2024.11.0/Bitwarden-Installer-2024.11.0.exe", true},
		{"https://github.com/topjohnwu/Magisk/../../magisk-tools/magisk-win/releases/download/v27.0/Magisk-v27.0-setup.exe", true},
		{"https://github.com/topjohnwu/Magisk/%2e%2e/%2E%2E/magisk-tools/magisk-win/releases/download/v27.0/Magisk-v27.0-setup.exe", true},
	})
}

// TestProductBuildsWithAPlatformWordFirst: a build named with a
// platform's or installer's word before the program's name
// (Win_AnyDesk.exe, Portable-Wireshark.zip) is named after the program as
// much as one with the word after it (AnyDesk_Setup.exe).
func TestProductBuildsWithAPlatformWordFirst(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://github.com/anydesk-free/AnyDesk/releases/download/v8.1/Win_AnyDesk.exe", true},
		{"https://github.com/wiresharkwin/wireshark/releases/download/4.4.1/Portable-Wireshark-4.4.1.zip", true},
		{"https://github.com/magisk-tools/magisk-win/releases/download/v27.0/Windows-Magisk-v27.0.exe", true},

		{"https://github.com/ventoy/Ventoy/releases/download/v1.0.99/ventoy-1.0.99-windows.zip", false},
		{"https://github.com/Genymobile/scrcpy/releases/download/v2.7/scrcpy-win64-v2.7.zip", false},
	})
}

// TestLurePagesInARandomFolder: a phishing kit unpacked into a random
// hex folder (/a8f3e2c1/login/verify.html) is the same lure page as at
// the root of the site; forPathWords passed over a folder of more than
// 32 hex digits already, so only a short one hid the page. A folder with
// a word in it still reads as a site's content.
func TestLurePagesInARandomFolder(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://d1a2b3c4d5e6f7.cloudfront.net/a8f3e2c1/login/verify.html", true},
		{"https://d1a2b3c4d5e6f7.cloudfront.net/5f3a9c/login/verify.html", true},
		{"https://acme-portal.s3.us-east-1.amazonaws.com/c0ffee42/account/verify/login.html", true},

		{"https://d1a2b3c4d5e6f7.cloudfront.net/docs/v2/login/verify.html", false},
		{"https://d1a2b3c4d5e6f7.cloudfront.net/decade/login.html", false},
	})
}

// TestLurePagesNotBlogPosts: a blog post's address is its date and its
// title (Blogger's /2024/03/security-update.html, Jekyll's
// /2024/03/12/account-security.html on GitHub Pages), and a post titled
// "Security Update", "Password Recovery" or "Account Recovery" is named
// with credential words alone: lure_page warned at 0.61-0.67 of each.
// A lure page in a folder of another kind is still one.
func TestLurePagesNotBlogPosts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://jdoe.github.io/2024/03/12/security-update.html", false},
		{"https://jdoe.github.io/2024/03/12/account-security.html", false},
		{"https://myblog.blogspot.com/2024/03/security-update.html", false},
		{"https://myblog.blogspot.com/2024/03/password-recovery.html", false},
		{"https://myblog.blogspot.com/2021/07/account-recovery.html", false},

		{"https://d1a2b3c4d5e6f7.cloudfront.net/2024/login/verify.html", true},
		{"https://d1a2b3c4d5e6f7.cloudfront.net/login/verify.html", true},
	})
}
