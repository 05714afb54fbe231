package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestModStoreJarWithACheatsWords (rev29): a mod's versioned jar in
// Modrinth's or CurseForge's store is noted (files29, 631fdd4), but
// anyone uploads there, and a stealer passed around as a mod comes with
// a cheat's words for a block game that lure's bait does not know: an
// anticheat bypass, a dupe glitch, x-ray, a private or ghost client,
// "don't share", "before they take it down". Those jars were warned on
// d620293 (0.51) and allowed on 631fdd4 (0.47); they are flagged again.
// The same jars told of as tech chat and a server's chat tell of them,
// with the same words used otherwise ("fixes the dupe glitch", "grim
// anticheat compat", "xray texture pack detection"), stay allowed.
func TestModStoreJarWithACheatsWords(t *testing.T) {
	t.Parallel()
	jar := "https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/skyblock-utils-1.7.3.jar"
	forge := "https://mediafilez.forgecdn.net/files/5101/366/hollowpine-1.20.1-forge-15.3.0.4.jar"
	allowed := []string{
		"new version of the mod " + jar,
		"the jar " + forge + " fixes the crash on 1.20.1",
		"update it, the old one crashes on startup: " + jar,
		"xaero's map is at " + forge + ", works with the modpack",
		"this version fixes the dupe glitch with hoppers " + jar,
		"grim anticheat compat fixed in " + forge,
		"xray texture pack detection got added in " + jar,
		"don't share the server ip, here's the jar " + forge,
		"undetected bug with chunk loading fixed in " + jar,
	}
	flagged := []string{
		"anticheat bypass, works on 1.21 " + jar,
		"dupe glitch still works with this " + forge,
		"private client for the smp, don't share " + jar,
		"grab it before they take it down " + forge,
		"xray that hypixel can't detect " + jar,
		"ghost client, undetected on every server " + forge,
		"killaura + reach, bypasses the anti cheat " + jar,
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestHomeAssistantsShortNameIsALabelOnly (rev29): host29's reading of a
// self-hosted application's sign-in route (eaeb36e) took "ha", Home
// Assistant's short name, from the message's folded words, where it is
// also Vietnamese Hà folded: a police notice's smishing naming Hà Nội
// beside Home Assistant's OAuth route on a kit's own name was deleted on
// d620293 (0.86-0.98) and allowed on eaeb36e (0.42). "ha" names the
// application only as a host's label; "home assistant" and "hass" in the
// message, and the label, read as before.
func TestHomeAssistantsShortNameIsALabelOnly(t *testing.T) {
	t.Parallel()
	route := func(host string) string {
		return "https://" + host + "/auth/authorize?client_id=https://" + host + "/&redirect_uri=https://" + host + "/?auth_callback=1"
	}
	checkLevels(t, true, []levelCase{
		{"my HA login " + route("ha.duckdns.org:8123"), bot.Allow},
		{"home assistant login: " + route("casa.kettlebytes.site"), bot.Allow},

		{"CA TP Hà Nội thông báo, đăng nhập " + route("home.kavoxi88.com"), bot.Warn},
		{"CA TP HA NOI THONG BAO, DANG NHAP " + route("home.zentrablox.top"), bot.Warn},
		{"Hà Nội: " + route("home.tunhao68.vip"), bot.Warn},
		{"ha ha " + route("home.velmorbit.xyz"), bot.Warn},
	})
}

// TestAttachmentToldToBeRun (rev29): files29's reading of a file
// attached to a GitHub comment (3b6cf0c) trusts an archive named for
// what a reporter packs (repro.zip, logs.zip, solution.zip), as the code
// host's file; a fake fix in an issue's comments comes so named, with
// the reader told to run a program inside. Such a message is an
// upload's offer; a reporter's repro told of as built and tested stays
// allowed.
func TestAttachmentToldToBeRun(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"repro attached https://github.com/user-attachments/files/17012345/repro.zip",
		"unzip and run npm test to see it fail https://github.com/acme/widget/files/17012345/repro.zip",
	}
	flagged := []string{
		"try this workaround, run the installer inside https://github.com/user-attachments/files/17012345/repro.zip",
		"had the same problem, unzip and run the exe https://github.com/acme/widget/files/17012345/solution.zip",
		"fixed it for me, run it as admin https://github.com/user-attachments/files/17012345/logs.zip",
	}
	checkFirstLinks(t, allowed, flagged)
}
