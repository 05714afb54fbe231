package bot_test

import "testing"

// TestBucketsNamedAfterTheirBait (files30): a storage bucket vouches for
// a build named after it, but a dropper's bucket is named after its bait
// as its file is. A name written in joined capitalised words
// (DiscordNitroFree.exe, ValorantCheat.exe) is read by its words, as the
// same name with hyphens was: a gift with "free" beside it, a cheat, an
// aimbot or V-Bucks after a game's name, or an update of a product
// droppers pass for is flagged (allowed on 67ac993). Vendors' builds
// whose names join words that start products (FileZilla, FreeCAD,
// HackMD, CheatSheet, NitroPDF) stay allowed.
func TestBucketsNamedAfterTheirBait(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"https://s3.amazonaws.com/telerik-fiddler/FiddlerSetup.exe",
		"https://s3.amazonaws.com/filezilla-downloads/FileZillaPro.exe",
		"https://s3.amazonaws.com/freecad-builds/FreeCADSetup.exe",
		"https://s3.amazonaws.com/hackmd-desktop/HackMDSetup.exe",
		"https://s3.amazonaws.com/nitro-pdf-downloads/NitroPro14.exe",
		"https://storage.googleapis.com/gift-shop-app/GiftShop-2.0.exe",
	}
	flagged := []string{
		"https://s3.amazonaws.com/discord-nitro-free/DiscordNitroFree.exe",
		"https://s3.amazonaws.com/steam-gift-cards/SteamGiftCard.exe",
		"https://s3.us-east-1.amazonaws.com/fortnite-vbucks/FortniteVBucks.exe",
		"https://s3.amazonaws.com/chrome-update-2024/ChromeUpdate.exe",
		"https://storage.googleapis.com/valorant-cheats/ValorantCheat.exe",
		"https://f003.backblazeb2.com/file/valorant-cheats/ValorantAimbot.zip",
		"https://s3.amazonaws.com/free-nitro/Nitro.exe",
	}
	checkFirstLinks(t, allowed, flagged)
}
