package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestMal46SiteNames: the names kindSite and joinedProduct read, and the
// projects' and communities' own sites they leave (mal46).
func TestMal46SiteNames(t *testing.T) {
	t.Parallel()
	checkSiteNames(t, []siteNameCase{
		{"https://esp32-firmware-hub.net/fw.bin", "firmware", "", false},
		{"https://switch-emu-keys.com/keys.zip", "emu", "", false},
		{"https://dl.dolphin-emu.org/builds/dolphin.7z", "", "", false},        // the project's own
		{"https://potato.emu-france.com/dl/file.zip", "", "", false},           // a community's own (kindHyphenSites)
		{"https://esp32-firmware-hub.github.io/fw.bin", "", "", false},         // a platform's name
		{"https://yuzuemulator.net/yuzu-windows.zip", "", "yuzu", false},       // run together
		{"https://downloadretroarch.org/RetroArch.7z", "", "retroarch", false}, // either way round
		{"https://ryujinx.net/ryujinx.zip", "", "ryujinx", true},               // a bare name elsewhere
		{"https://ryujinx.app/ryujinx.zip", "", "", false},                     // its own
		{"https://yuzu.com/reader.exe", "", "", false},                         // a company's, not read bare
		{"https://synologydownload.com/x.pat", "", "", false},                  // other lists' vendors run together
	})
	for f, want := range map[string]bool{"WLED_ESP32.bin": true, "RPI_PICO.uf2": true, "AltStore.ipa": true,
		"profile.mobileconfig": true, "Xcode_16.xip": true, "prod.keys": true, "EmuDeck.AppImage": true,
		"readme.txt": false, "model.safetensors": false, "bin": false} {
		if got := deviceFile(f); got != want {
			t.Errorf("deviceFile(%q) = %v, want %v", f, got, want)
		}
	}
}

// siteNameCase is a link and what kindSite and joinedProduct read in it.
type siteNameCase struct {
	url, kind, joined string
	bare              bool
}

// checkSiteNames reads each case's link with kindSite and joinedProduct.
func checkSiteNames(t *testing.T, cases []siteNameCase) {
	t.Helper()
	for _, c := range cases {
		l, ok := linkx.Parse(c.url)
		if !ok {
			t.Fatalf("%s: no link", c.url)
		}
		if got := kindSite(&l); got != c.kind {
			t.Errorf("kindSite(%s) = %q, want %q", c.url, got, c.kind)
		}
		if got, bare := joinedProduct(&l); got != c.joined || bare != c.bare {
			t.Errorf("joinedProduct(%s) = %q, %v, want %q, %v", c.url, got, bare, c.joined, c.bare)
		}
	}
}
