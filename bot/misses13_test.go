package bot_test

import "testing"

// TestPremiumNameThatLures: a premium name (one English word on .com,
// .net or .org) is read as a word's site, not by the model's doubt of
// its name; but one that is itself a lure's or scheme's word with such a
// word in its path says alone what a drainer's message says, and is read
// in full even bare or beside a neutral word (det12t's review left
// wallet.com/connect and airdrop.com/claim passing that way).
func TestPremiumNameThatLures(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"https://wallet.com/connect", true},
		{"wallet.com/connect", true},
		{"new drop: https://airdrop.com/claim", true},
		{"https://airdrop.com/claim", true},

		{"the PPA is at https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa", false},
		{"https://wallet.com/about is just a parked page", false},
		{"the hardware wallet guide https://www.ledger.com/academy/crypto/what-is-a-hardware-wallet", false},
		{"bridge docs: https://bridge.com/docs/getting-started", false},
	})
}

// TestHostedWordWithALurePath: a word of a language on a hosting platform
// that only edit distance reads as a brand (telegraf, a Telegram bot
// library's name) stands for the brand beside a lure's word in the path,
// bare too (det12t's review left telegraf.github.io/verify passing);
// the library's docs stay allowed.
func TestHostedWordWithALurePath(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"https://telegraf.github.io/verify", true},
		{"https://telegraf.github.io/login", true},
		{"https://telegraf.js.org/account/verify.html", true},

		{"docs for the bot lib: https://telegraf.js.org/", false},
		{"see https://telegraf.js.org/classes/Telegraf.html#launch for webhooks", false},
		{"https://telegraf.github.io/telegraf/#/?id=middleware explains it", false},
	})
}

// TestFakeMakerSites: a build of a program fake download sites took in
// 2023-24 (hardware monitors, game modding, slicers, Android tools,
// emulators, local AI apps) from a site named after it that is not its
// maker's is a fake download; the maker's own site, its code host's
// release and a third party's F-Droid repository are not.
func TestFakeMakerSites(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"https://prusaslicer.app/PrusaSlicer-2.9.0-win64.zip", true},
		{"https://fdroid.download/F-Droid-1.20.apk", true},
		{"https://skse64.org/skse64_2_02_06.7z", true},
		{"https://bluestacks.download/BlueStacksInstaller_5.21.exe", true},
		{"https://msiafterburner.app/MSIAfterburnerSetup.zip", true},

		{"https://reshade.me/downloads/ReShade_Setup_6.4.1.exe", false},
		{"https://f-droid.org/F-Droid.apk", false},
		{"https://www.hwinfo.com/files/hwi_812.exe", false},
		{"https://github.com/topjohnwu/Magisk/releases/download/v28.1/Magisk-v28.1.apk", false},
		{"https://skse.silverlock.org/beta/skse64_2_02_06.7z", false},
		{"https://cdn-fastly.bluestacks.com/downloads/BlueStacksInstaller_5.21.exe", false},
		{"izzy has it https://apt.izzysoft.de/fdroid/repo/com.termux_118.apk", false},
	})
}
