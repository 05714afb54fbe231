package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBaitedReleaseHost: a build in a version folder of a plain site's
// download host is only noted as a project's release, but not when the
// message baits around it (@everyone, "disable antivirus first", a
// cheat or a game offered: releaseBaited) and not
// when the file takes the name of a Windows process, which malware does
// to hide in a task list. dl27 found the first one allowed (0.41) beside
// "disable antivirus first then run"; five of the cases fail on 74b756f.
// Made-up hosts, none in the measurement sets.
func TestBaitedReleaseHost(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"disable antivirus first then run https://download.fooblarware.com/download/1.0/svchost.exe", bot.Delete},
		{"turn off windows defender and run https://download.acmetools.net/releases/2.3.1/a.exe", bot.Delete},
		{"@everyone new build https://dl.acmetools.net/releases/2.3.1/photoforge-2.3.1-win64.zip", bot.Warn},
		// tech talk's own words of its downloads are no bait
		{"quick hack: https://download.acmetools.net/releases/2.3.1/photoforge-2.3.1-setup.exe", bot.Allow},
		{"https://download.acmetools.net/releases/2.3.1/svchost.exe", bot.Warn},
		{"https://dl.acmetools.net/1.0/lsass.exe", bot.Warn},
		{"https://dl.acmetools.net/releases/2.3.1/photoforge-2.3.1-win64.zip", bot.Allow},
		// the same host's builds named after the product, in plain talk
		{"new version https://download.acmetools.net/releases/2.3.1/acmetools-2.3.1-setup.exe", bot.Allow},
		{"https://dl.acmetools.net/releases/2.3.1/acmetools-2.3.1-win64.zip", bot.Allow},
	})
}
