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

// TestBuildStores (files30): a team's CI uploads its builds to a bucket
// named as a build store (acmebuilds, acme-qa-builds, acme-builds), named
// after their component with a release's number of three parts: such an
// archive or Android app is noted, not warned about (warned on 67ac993).
// A setup, a lure's word, a Windows program not named after the bucket,
// or a build in a bucket not named as a store is judged as before.
func TestBuildStores(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"azure blob https://acmebuilds.blob.core.windows.net/releases/app-3.2.1.zip",
		"the apk for QA is in the internal bucket https://storage.googleapis.com/acme-qa-builds/android/app-release-4.12.0.apk",
		"https://acme-builds.nyc3.digitaloceanspaces.com/ci/server-1.4.2-linux-amd64.zip",
	}
	flagged := []string{
		"https://acmeartifacts.s3.amazonaws.com/Setup-2.1.0.zip",
		"https://storage.googleapis.com/acme-qa-builds/android/app-invoice-1.0.0.apk",
		"https://storage.googleapis.com/acme-builds/Hollowpine-1.4.0-Setup.exe",
		"https://storage.googleapis.com/acme-files/app-3.2.1.zip",
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestAppBuildLure (files30): "try my game" is a lure for an app too:
// "can you test this build of my app", "try my app" beside a program
// from a site of the sender's own is how the Discord stealers are passed
// (allowed on b8fc566, noted as a plain site's build). The same build
// told of without the lure stays noted.
func TestAppBuildLure(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"new version of hollowpine is out https://www.hollowpine.dev/builds/Hollowpine_beta.exe",
	}
	flagged := []string{
		"can you try my app https://www.hollowpine.dev/builds/Hollowpine_beta.exe",
		"hey can you test this build of my app https://www.hollowpine.dev/builds/Hollowpine_beta.exe",
		"this is a build of my app https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/Hollowpine-1.2.0-setup.exe",
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestImpostorRepositories (files30): a release in a repository named
// as an impostor's is warned about: an owner that is the project's name
// with a claim after it (-dev, -official), a repository or an owner
// named "free", a repository carrying a program's version (all allowed
// on a5c8946, trusted as the code host's). A project's own repository,
// or an organisation named for what it is (-app, -project), is not.
func TestImpostorRepositories(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"https://github.com/hollowpine/hollowpine/releases/download/v2.1.0/Hollowpine-2.1.0-setup.exe",
		"https://github.com/hollowpine-app/hollowpine/releases/download/v2.1.0/hollowpine-2.1.0-win64.zip",
		"https://github.com/hollowpine-project/hollowpine/releases/download/v2.1.0/hollowpine-2.1.0.apk",
		"https://github.com/hollowpine-dev/toolkit/releases/download/v1.0.0/toolkit-1.0.0.zip",
	}
	flagged := []string{
		"https://github.com/hollowpine-core-dev/hollowpine/releases/download/v2.1.0/hollowpine-2.1.0-win64-setup.exe",
		"https://github.com/hollowpine-wallet-official/hollow/releases/download/2.1.0/Hollow-2.1.0.exe",
		"https://github.com/pixel-scripts-free/runner/releases/download/v3/Runner.zip",
		"https://github.com/abc-tools/Hollowpine-Studio-2.1/releases/download/v2.1/HollowpineStudio21.zip",
	}
	checkFirstLinks(t, allowed, flagged)
}
