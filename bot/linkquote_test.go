package bot_test

import "testing"

// TestAnalystWordsAddressingTheReader: an analyst's name for what is
// defanged ("the phishing page at …", "malicious domains …", "the kit
// drops to …") makes a quote of it only when the message asks nothing of
// its reader. A scam wrapped in the same words speaks to the reader (your
// wallet, your account) or tells them where to go (here, verify, refund,
// official page), and was allowed at 0.00.
func TestAnalystWordsAddressingTheReader(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Security alert: a malicious domain accessed your wallet. Secure it now at hxxps://metamask-secure[.]com/restore", true},
		{"Get the kit here: hxxp://free-nitro-drop[.]xyz/claim", true},
		{"The lure was removed; official refund page: hxxps://paypal-refund-center[.]com/login", true},
		{"Phishing page detected on your account, verify at hxxps://steamcommunity-verify[.]ru/login", true},
		{"the kitchen timer app lives at hxxps://paypal-refund-center[.]com/login", true},
		// as before: analysts' quotes
		{"the phishing domain is usps-redelivery-notice[.]info, the lure was an sms about a parcel on hold", false},
		{"the kit drops to hxxps://chase-secure-review[.]support/login, reported it", false},
		{"malicious domains hxxp://45.137.22[.]13/a.exe and roblox-free-gift[.]com, both up since monday", false},
	})
}

// TestLibraryDocsBesideALure: a brand's library documented on Read the
// Docs is let through only in talk about it: beside a lure's words
// (a wallet to sync, an account locked, free nitro) the page named after
// the brand is judged as before (it was allowed at 0.00).
func TestLibraryDocsBesideALure(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Your MetaMask wallet needs to be synced, connect here https://metamask-sdk.readthedocs.io/en/latest/", true},
		// model36: allowed at 0.25, the cost of the link model's
		// second stage (BENCHMARKS.md, model36); host45: warned again,
		// a brand's site on a hosting platform beside a message that
		// asks (judgeHostedTool)
		{"Steam support: your account is locked, appeal at https://steam-api-client.readthedocs.io/en/latest/index.html", true},
		{"https://python-telegram-bot.readthedocs.io/en/v21.6/telegram.bot.html", false},
		{"the async wrapper https://telegram-bot-sdk.readthedocs.io/en/latest/", false},
	})
}

// TestOSImagesOnSitesNamedForThem: an operating system's image is a
// project release on a plain site (a mirror, the project's own), but a
// stranger's name that takes the system's name with other words
// (kali-linux-mirror.net, ubuntu-releases.com) is how fake download
// sites are named, and its image is warned as before (it was noted at
// 0.47).
func TestOSImagesOnSitesNamedForThem(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Fresh ISO for the lab: https://kali-linux-mirror.net/releases/kali-linux-2024.3-installer-amd64.iso", true},
		{"https://ubuntu-releases.com/24.04/ubuntu-24.04.1-desktop-amd64.iso grab it here", true},
		{"Tails download https://tails-boum.net/tails/stable/tails-amd64-6.9/tails-amd64-6.9.img", true},
		{"https://mirror.rackspace.com/archlinux/iso/2024.11.01/archlinux-x86_64.iso", false},
		{"https://cdimage.kali.org/kali-2024.3/kali-linux-2024.3-installer-amd64.iso", false},
	})
}
