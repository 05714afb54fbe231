package bot_test

import "testing"

// TestPremiumNames: one English word on .com, .net or .org (launchpad.net,
// wallet.com) is a name registered long ago, not a scam's; what the link
// model and the lure words make of the word does not flag a link to it.
// A brand or a look-alike in such a name, a lure in the message, or a
// scam's name built around the word still does.
func TestPremiumNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"deadsnakes still has 3.13 for jammy https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa", false},
		{"the source package page https://launchpad.net/ubuntu/+source/systemd/255.4-1ubuntu8 lists the patches", false},
		{"if you need the exact deb https://launchpad.net/ubuntu/+archive/primary/+files/openssl_3.0.2-0ubuntu1.15_amd64.deb", false},
		{"veracrypt installer https://launchpad.net/veracrypt/trunk/1.26.7/+download/VeraCrypt_Setup_x64_1.26.7.msi", false},
		{"https://wallet.com domain went for a lot of money", false},
		{"bug report https://bugs.launchpad.net/ubuntu/+source/linux/+bug/2045624", false},
		// scams built around the word, and brands' names
		{"https://launchpad-net.org/veracrypt/trunk/1.26.7/+download/veracrypt-1.26.7-setup.exe", true},
		{"new token launchpad, whitelist now https://launchpadclaim.net/whitelist", true},
		{"connect your wallet to claim https://wallet-connect-claim.com/", true},
		{"https://discard.com/nitro free nitro", true},
		{"free nitro https://discord.net/gift", true},
		// a premium name's kit is found by its path, and a premium
		// name's subdomains are read in full
		{"http://idiotism.net/Y38TR1/cibc/bank/billing2.php", true},
		{"http://rondix1.tripod.com/Web-norvige-kontakt/index.htm", true},
		{"https://payqaal-com-service-custermes.abolished.com/siginin/login/8b1ca9907/signin.php?session=646636326266", true},
	})
}

// TestGeneratedNames: the part of a tunnel's or a preview deployment's
// name that the platform generated says nothing of its owner: a dev's
// login route on it is not flagged by the path's words alone, while a
// brand or a lure's words in the owner's part, or a lure in the message,
// still flag it.
func TestGeneratedNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the admin is at https://ab12-2001-db8-1.ngrok-free.app/admin/login while I debug the session cookie", false},
		{"cloudflare quick tunnel https://mixed-rover-sleep-bank.trycloudflare.com/login testing oauth redirect", false},
		{"https://acme-dashboard-9x2k1m3pq-acme-team.vercel.app/login can someone test the magic link", false},
		{"https://acme-store-5k2j9x1qz-acmeteam.vercel.app/account/signin preview of the checkout rework", false},
		{"render preview https://api-pr-45.onrender.com/v1/auth/login returns 500", false},
		{"your paypal is limited, verify here https://4b2c-103-21-44-9.ngrok-free.app/paypal/login", true},
		{"free steam gift for you bro, log in to claim it https://oriented-pine-travelers-pottery.trycloudflare.com/login", true},
		{"your microsoft 365 password expires today https://office365-verify-git-main-acme.vercel.app/login", true},
		{"coinbase security alert, sign in to review https://deploy-preview-3--coinbase-auth-review.netlify.app/signin", true},
		{"https://3c9d-185-220-101-4.ngrok-free.app/files/invoice.exe", true},
		// a paid tunnel's name (ngrok.app) or localtunnel's requested
		// one is its user's choice: read in full
		{"https://claim-airdrop-wallet.ngrok.app/", true},
		{"https://claim-airdrop-wallet.loca.lt/", true},
		// a preview's branch or team is its owner's choice too: a
		// lure's phrase or mild words of two kinds there read the name
		// in full (rev12a); a branch's ordinary words do not
		{"https://docs-git-claim-airdrop-user.vercel.app/", true},
		{"https://verify-wallet-login--docs.netlify.app/", true},
		{"preview https://docs-git-feature-login-user.vercel.app/login", false},
		{"preview https://docs-git-fix-auth-user.vercel.app/auth/login", false},
		{"https://docs-git-main-user.vercel.app/", false},
		{"https://feature-login--docs.netlify.app/login", false},
		{"https://fix-auth--docs.netlify.app/", false},
	})
}

// TestHostedWords: a site on a hosting platform named by a word of a
// language that only edit distance reads as a brand (telegraf.js.org,
// the Telegram bot library's docs) stands for the brand only beside the
// brand's context in its path, as a name of its own does (discard.com);
// a misspelling that is no word (discurd.js.org) is a look-alike as
// before.
func TestHostedWords(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"telegraf docs https://telegraf.js.org/classes/Telegraf.html", false},
		{"telegraf https://telegraf.js.org/", false},
		{"telegraf plugins https://telegraf.js.org/#/classes/Telegraf", false},
		{"https://telegraf.js.org/premium free telegram premium here", true},
		{"https://discurd.js.org/ free nitro", true},
		{"https://discurd.js.org/", true},
	})
}

// TestOwnBuildOnCheapEnding: a versioned build named after the site that
// serves it, in a folder of the site, is the maker's own on a name spelled
// across a cheap ending (frame.work for Framework), as on any other
// ending; a program's name beside a cheap ending (kicad.cc, and so
// arduino.cc) is judged as before: a fake download site takes that shape.
func TestOwnBuildOnCheapEnding(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"framework bios https://downloads.frame.work/bios/Framework_Laptop_13_Intel_Core_Ultra_BIOS_3.04_EFI.zip", false},
		{"the efi shell update zip https://downloads.frame.work/bios/Framework_Laptop_13_AMD_Ryzen7040Series_BIOS_3.05_EFI.zip", false},
		{"https://arduino-ide.cc/download/arduino-ide_2.3.3_Windows_64bit.exe", true},
		{"https://downloads-arduino.cc/arduino-ide_2.3.3_Windows_64bit.exe", true},
		{"https://arduino.top/dl/arduino-ide_2.3.3_Windows_64bit.exe", true},
		{"https://frame-work.support/bios/Framework_Laptop_13_BIOS_Update.exe", true},
		{"https://frame.top/bios/Framework_Laptop_13_BIOS_3.05.zip", true},
		{"https://kicad.cc/download/kicad-8.0.6-x86_64.exe", true},
	})
}
