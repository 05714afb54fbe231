package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSlugBrandNotice (slug47): a shortened link's name, a form's id or
// an IPFS upload's content id that names a protected brand beside a word
// of its notice or account, run together, camelCased or beside digits,
// is deleted alone; on main these were allowed at 0.00-0.16.
func TestSlugBrandNotice(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://bit.ly/ytStrikeAppeal", bot.Delete},
		{"https://shorturl.at/twitchVerify", bot.Delete},
		{"https://bit.ly/paypalaccountlocked", bot.Delete},
		{"https://cutt.ly/IGaccountDisabled", bot.Delete},
		{"https://tinyurl.com/yt-channel-suspended", bot.Delete},
		{"https://forms.gle/YTmonetizationReview26", bot.Delete},
		{"https://docs.google.com/forms/d/e/1FAIpQLSd_copyrightClaimIG/viewform", bot.Delete},
		{"https://cloudflare-ipfs.com/ipfs/QmZ9youtubepayoutlogin/index.html", bot.Delete},
		{"https://gateway.pinata.cloud/ipfs/bafkreipaypalaccountverify/", bot.Delete},
	})
}

// TestSlugBait (slug47): a notice's strong word alone in such a name
// (a strike, a payout, a contract, bản quyền) with no word the bot does
// not know beside it, or a crack's word whatever stands beside it, warns;
// on a file host's id or fragment too.
func TestSlugBait(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://tinyurl.com/copyright-strike-appeal", bot.Warn},
		{"https://rb.gy/payoutVerification", bot.Warn},
		{"https://bit.ly/kenh-banquyen", bot.Warn},
		{"https://forms.gle/banquyenFanpage2026", bot.Warn},
		{"https://rb.gy/fanpage-vi-pham-ban-quyen", bot.Warn},
		{"https://tinyurl.com/serum-cracked", bot.Warn},
		{"https://is.gd/flstudio-keygen", bot.Warn},
		{"https://mega.nz/folder/Ab12Cd34#plugin-bundle-cracked", bot.Warn},
		{"https://drive.google.com/file/d/1Q8xAfterEffectsCrack2026/view", bot.Warn},
		{"https://1drv.ms/u/s!Ak9sponsorcontract2026", bot.Warn},
		{"https://we.tl/t-Xq8kP2vContract", bot.Warn},
	})
}

// TestSlugOrdinary (slug47): shortened links with ordinary names, a
// guide's or a talk's topic beside a brand or a notice's word, random
// forms' and files' codes, IPFS docs and a member's own shared files
// stay allowed.
func TestSlugOrdinary(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"schedule is up https://bit.ly/pycon-2026-schedule", bot.Allow},
		{"RSVP for thursday's meetup https://forms.gle/8Hq2kLmN4pRtVx7A9", bot.Allow},
		{"chapter 4 covers ownership https://tinyurl.com/rust-book-ch4", bot.Allow},
		{"https://bit.ly/youtube-partner-program-guide", bot.Allow},
		{"https://bit.ly/copyright-basics-for-musicians", bot.Allow},
		{"https://bit.ly/payout-schedule-2026", bot.Allow},
		{"https://forms.gle/verifyAttendance", bot.Allow},
		{"codelab from the workshop https://bit.ly/google-auth", bot.Allow},
		{"MoMo tặng bạn 100K khi mở ví bằng link giới thiệu của mình nè: https://bit.ly/momo-moi-ban", bot.Allow},
		{"my mixtape https://mega.nz/file/Ab12Cd34#mixtape-final", bot.Allow},
		{"the site is on ipfs https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/readme", bot.Allow},
		{"https://cloudflare-ipfs.com/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/", bot.Allow},
		{"final edit is uploaded https://we.tl/t-fInAlEdItV3", bot.Allow},
		{"here's the raw footage https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view", bot.Allow},
		// quoted defanged in a warning
		{"heads up, bit[.]ly/ytStrikeAppeal is a phish, don't click", bot.Allow},
	})
}

// TestSlugTitlesRev47f (rev47f): a shortened name written as a title —
// a guide's how/why, a writer's own story, crack as a verb — is no
// notice's name; Vietnamese syllables camelCased are read joined. The
// first five were flagged on main 4fc09c6, the last two allowed.
func TestSlugTitlesRev47f(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://bit.ly/how-to-appeal-a-youtube-strike", bot.Allow},
		{"https://bit.ly/why-my-tiktok-was-restricted", bot.Allow},
		{"https://bit.ly/my-copyright-strike-story", bot.Allow},
		{"https://bit.ly/crack-the-case-podcast", bot.Allow},
		{"https://bit.ly/crack-your-knuckles-safely", bot.Allow},
		{"https://bit.ly/FanpageXacMinh", bot.Warn},
		{"https://bit.ly/KenhKhangNghi", bot.Warn},
	})
}

// TestPaidProgramReleasesRev47f (rev47f): a Windows build named after one
// of Adobe's programs in a stranger's release warns, as a CapCut's or an
// FL Studio's did (allowed at 0.30 on main c46ebb4); a plugin's or a
// preset manager's own installer does not.
func TestPaidProgramReleasesRev47f(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"https://github.com/someone/adobe-premiere-pro/releases/download/v1/PremierePro2026.exe", bot.Warn},
		{"https://github.com/x/y/releases/download/v1/Adobe_Photoshop_2026_x64.zip", bot.Warn},
		{"https://github.com/jdoe/ps-tools/releases/download/v1.2/Photoshop-Plugin-Installer.exe", bot.Allow},
		{"https://github.com/jdoe/lightroom-preset-manager/releases/download/v2.1/LightroomPresetManager-Setup.exe", bot.Allow},
	})
}

// TestSlugNamesBothWords (rev47f, issue #9): a name read as a brand's
// notice names the notice's words it matched, both of them, in English
// and Vietnamese (only "strike" was named on main c46ebb4).
func TestSlugNamesBothWords(t *testing.T) {
	t.Parallel()
	wantDetail(t, "https://bit.ly/ytStrikeAppeal", "for YouTube and a notice (strike, appeal)", "theo YouTube và một thông báo (strike, appeal)")
	wantDetail(t, "https://forms.gle/TwitchPayoutHold", "a notice (payout, hold)", "một thông báo (payout, hold)")
}
