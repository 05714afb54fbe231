package bot

import "testing"

// TestHumpWords (files30): a name's capitalised words are split where a
// capital starts a word, after a small letter or before one.
func TestHumpWords(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"DiscordNitroFree.exe":  "discord nitro free",
		"FortniteVBucks.exe":    "fortnite v bucks",
		"HWIDSpoofer_v2.zip":    "hwid spoofer v",
		"FileZilla_3.67.1.exe":  "file zilla",
		"setup-x64.msi":         "setup x",
		"CS2Aimbot.exe":         "cs aimbot",
		"nitro.free.gen.tar.gz": "nitro free gen tar",
	} {
		var stack [128]byte
		if got := string(humpWords(in, stack[:0])); got != want {
			t.Errorf("humpWords(%q) = %q, want %q", in, got, want)
		}
	}
}
