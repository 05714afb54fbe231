package bot_test

import "testing"

// TestReleaseLayouts (dl28): through the engine, as an evaluator feeds
// messages (each its sender's first link, a member of long standing, so
// the engine adds first_link's 0.1 to a risky link), an operating
// system's image in its own tree of releases, a runtime's install script
// named after its site and a file in a wiki's hashed store of uploads
// are noted, not warned about. The same layouts holding what droppers
// are named, an image outside the system's own folder, a script named
// otherwise and a folder the wiki did not hash stay flagged.
func TestReleaseLayouts(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"openbsd install76.img https://cdn.hollowpine.org/pub/HollowPine/7.6/amd64/install76.img",
		"https://cdn.hollowpine.org/pub/hollowpine/7.6/arm64/miniroot76.img",
		"dotnet-install script https://hollowpine.net/v1/hollowpine-install.ps1",
		"https://dot.net/v1/dotnet-install.ps1",
		"the datasheet pack https://www.hollowpine.net/w/upload/e/e9/Board-Touch-LCD-1.28.zip",
		"https://hollowpine.net/images/3/3f/Firmware-1.0.4.7z",
	}
	flagged := []string{
		"https://cdn.hollowpine.org/pub/HollowPine/7.6/amd64/Invoice_Scan.iso",
		"https://cdn.hollowpine.org/pub/HollowPine/7.6/amd64/setup.iso",
		"https://cdn.hollowpine.org/pub/HollowPine/7.6/amd64/payload.img",
		"https://cdn.hollowpine.org/pub/share/7.6/amd64/install76.img",
		"https://hollowpine.net/v1/hollowpine-update.ps1",
		"https://hollowpine.net/v1/verify.ps1",
		"https://www.hollowpine.net/w/upload/e/e9/Setup.exe",
		"https://hollowpine.net/images/3/3f/Invoice_0923.zip",
		"https://hollowpine.net/images/3/4f/Firmware-1.0.4.7z",
	}
	checkFirstLinks(t, allowed, flagged)
}
