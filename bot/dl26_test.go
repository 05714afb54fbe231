package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOwnSiteInstallers checks that a project's installer named as its
// builder names one for an architecture, on the project's own trusted
// site and named by the message (cygwin setup …/setup-x86_64.exe), and a
// build named after its site and versioned in its name and folder over
// plain HTTP (www.tightvnc.com/download/2.8.85/tightvnc-2.8.85-….msi),
// are noted and not flagged; and that the same names stay flagged on a
// look-alike, on a fake download site, on a cheap ending, on an address
// or an odd port, in a dropper's folder, unnamed, without an
// architecture or a version folder, beside bait, and beside words that
// tell the reader to turn the antivirus off.
func TestOwnSiteInstallers(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"cygwin setup https://cygwin.com/setup-x86_64.exe",
		"cygwin setup https://www.cygwin.com/setup-x86.exe",
		"the msys2 installer is https://www.msys2.org/setup-x86_64.exe if you want it",
		"tightvnc http://www.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want allowed", text, v.Level, v.Score, v.Reasons)
		}
	}
	for _, text := range []string{
		// the site not named, a look-alike, another ending, a fake site
		"https://cygwin.com/setup-x86_64.exe",
		"setup https://cygwin.com/setup-x86_64.exe",
		"cygwln setup https://cygwln.com/setup-x86_64.exe",
		"cygwin setup https://cygwin.net/setup-x86_64.exe",
		"cygwin setup https://cygwin-setup.com/setup-x86_64.exe",
		// no architecture, another word, plain HTTP, a dropper's folder,
		// a forge's upload path, bait, the antivirus turned off
		"cygwin setup https://cygwin.com/setup.exe",
		"cygwin setup https://cygwin.com/Setup_Update_x64.exe",
		"cygwin setup http://cygwin.com/setup-x86_64.exe",
		"cygwin setup https://cygwin.com/wp-content/uploads/setup-x86_64.exe",
		"launchpad setup https://launchpad.net/~someone/+archive/ppa/+files/setup-x86_64.exe",
		"cygwin setup https://cygwin.com/setup-x86_64.exe free nitro inside",
		"cygwin setup https://cygwin.com/setup-x86_64.exe disable antivirus first",
		// over plain HTTP: a fake site, a cheap ending, an address, a
		// port, a dropper's folder, a crack, a popular program's name
		// taken (the maker's own build there is read as its HTTPS twin:
		// TestPlainHTTPBuildsReadAsTwins)
		"tightvnc http://tightvnc-download.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"tightvnc http://www.tightvnc.top/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"tightvnc http://185.12.1.4/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"tightvnc http://www.tightvnc.com:8080/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"tightvnc http://www.tightvnc.com/wp-content/uploads/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"tightvnc cracked http://www.tightvnc.com/download/2.8.85/tightvnc-2.8.85-gpl-setup-64bit.msi",
		"anydesk http://anydesk.app/download/8.0.1/anydesk-8.0.1.exe",
		// a plain download beside words that turn the antivirus off
		"autoruns https://download.sysinternals.com/files/Autoruns.zip turn off defender before you run it",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f) %v, want it flagged", text, v.Score, v.Reasons)
		}
	}
}

// TestSpacedDotSentenceMessages checks that a sentence ending before a
// word that is also an ending ("dm me your ign. map is live") is not read
// as a link written broken up, beside a server's address, and that a
// name broken up at its dot before such an ending still is.
func TestSpacedDotSentenceMessages(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"survival server is at 51.38.112.17:25565, dm me your ign. map is live at http://51.38.112.17:8100/",
		"the fan curve was wrong. run the stress test again and post the stats. top temp was 92",
	} {
		v := judgeText(c, bot.Telegram, text).Verdict
		if v.Level != bot.Allow || hasReason(v, bot.CodeDisguised) {
			t.Errorf("%q: %s (%.2f) %v, want allowed with no disguise", text, v.Level, v.Score, v.Reasons)
		}
	}
	for _, text := range []string{
		"claim your free nitro at discorrd. site now",
		"your account is locked, verify at nitro-gift. space",
		"@everyone wallet-013.web. app claim",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f) %v, want it flagged", text, v.Score, v.Reasons)
		}
	}
}
