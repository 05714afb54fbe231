package bot

import "testing"

// TestRev46cSiteNames: one step off mal46's readings — a kind's word or a
// program's name numbered, a name run together with a word fake download
// sites wrap names in — and the real domains the names' list missed
// (rev46c).
func TestRev46cSiteNames(t *testing.T) {
	t.Parallel()
	checkSiteNames(t, []siteNameCase{
		{"https://esp32-firmware2.net/fw.bin", "firmware", "", false},
		{"https://yuzu2emulator.net/yuzu-windows.zip", "", "yuzu", false},
		{"https://ryujinx2.net/ryujinx.zip", "", "ryujinx", true},
		{"https://getryujinx.com/ryujinx-setup.exe", "", "ryujinx", true},
		{"https://ryujinxpc.com/ryujinx-setup.exe", "", "ryujinx", true},
		{"https://pcsx2.net/x.7z", "", "", false},                            // its own, a digit in its name
		{"https://www.freecadweb.org/FreeCAD-0.20.exe", "", "", false},       // FreeCAD's old domain
		{"https://www.orcaslicer.com/OrcaSlicer_Windows.exe", "", "", false}, // OrcaSlicer's own
		{"https://git.eden-emu.dev/eden.zip", "", "", false},                 // an emulator's own (kindHyphenSites)
	})
}
