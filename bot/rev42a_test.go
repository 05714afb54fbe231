package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPlainHTTPTwinNotForServiceHosts (rev42a): a host label that is an
// English word or a business's service (portal., remote., support.,
// bank., citrix.) names no product, and a folder named after the file
// on a host any site has (cdn., static., files., windows.) is no
// download host's tree: a compromised site's file named after either is
// not read as its HTTPS twin over plain HTTP, and stays flagged as it
// was before dl42. A product's own host under its maker's name is read
// as its twin.
func TestPlainHTTPTwinNotForServiceHosts(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"http://portal.brightsmileortho.com/portal_setup_2.4.exe", bot.Warn},
		{"http://remote.northwindlogistics.com/remote-support-15.4.exe", bot.Warn},
		{"http://support.acmeplumbing.com/support-tool-2.1.exe", bot.Warn},
		{"http://helpdesk.northwindlogistics.com/helpdesk-agent-2.1.exe", bot.Warn},
		{"http://citrix.northwindlogistics.com/citrix-receiver-24.2.exe", bot.Warn},
		{"http://bank.acmeplumbing.com/bank-2.1.apk", bot.Warn},
		{"http://share.acmeplumbing.com/share-1.0.exe", bot.Warn},
		{"http://files.acmeplumbing.com/quickview/QuickView-2.1.exe", bot.Warn},
		{"http://cdn.acmeplumbing.com/photoviewer/PhotoViewer_3.2.1.msi", bot.Warn},
		{"http://static.brightsmileortho.com/docviewer/2.1/DocViewer-2.1.exe", bot.Warn},
		{"http://windows.northwindlogistics.com/teamlink/TeamLink_Setup_4.2.exe", bot.Warn},
		// a product's own host and a release host's tree
		{"zadig 2.9 http://zadig.akeo.ie/downloads/zadig-2.9.exe", bot.Allow},
		{"ltspice http://ltspice.analog.com/software/LTspice64.msi", bot.Allow},
		{"krita http://download.kde.org/stable/krita/5.2.9/krita-x64-5.2.9-setup.exe", bot.Allow},
	})
}

// TestPlainHTTPTwinSpelling (rev42a): a path that spells a user's folder
// or a file's name percent-encoded (%7E for ~, %40 for @, %61 for a,
// %2D for -) hides from the checks that keep a plain-HTTP link from its
// HTTPS twin, so it is not read as one; the scheme written in capitals
// (Http://, as phones write it) is the same plain HTTP and is.
func TestPlainHTTPTwinSpelling(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"http://www.acmeplumbing.com/%7Ejoe/acmeplumbing-2.1.exe", bot.Warn},
		{"http://www.acmeplumbing.com/%40joe/acmeplumbing-2.1.exe", bot.Warn},
		{"http://www.acmeplumbing.com/download/%61cmeplumbing-2.1.exe", bot.Warn},
		{"http://www.acmeplumbing.com/download/acmeplumbing%2D2.1.exe", bot.Warn},
		{"http://www.7-zip.org/a/7z2408-x64%2Eexe", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"Http://www.7-zip.org/a/7z2408-x64.exe", bot.Allow},
		{"7zip HTTP://WWW.7-ZIP.ORG/a/7z2408-x64.exe", bot.Allow},
	})
}

// TestPlainHTTPTwinBaitWords (rev42a): a build offered as its full
// version in Vietnamese (bản full, as "full version" in English) or sent
// with "bro, check this" is bait beside a download, so a plain-HTTP
// build beside them is not read as its HTTPS twin.
func TestPlainHTTPTwinBaitWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"tải ngay bản full http://www.nmap.org/dist/nmap-7.95-setup.exe", bot.Warn},
		{"tải bản full http://www.7-zip.org/a/7z2408-x64.exe", bot.Warn},
		{"hey bro check this out http://www.7-zip.org/a/7z2408-x64.exe", bot.Warn},
	})
}

// TestPlainHTTPTwinShortSpellingNoWord (rev42a): a build's name that
// spells its site short, its letters in order, is a maker's shortening
// (ahk for autohotkey, iview for irfanview), not an English word whose
// letters happen to stand in a compromised site's long name in order
// (maps in mediaplayerstudio, rider in riversidechurch): such a file
// over plain HTTP is not read as its HTTPS twin.
func TestPlainHTTPTwinShortSpellingNoWord(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"http://www.mediaplayerstudio.com/download/maps-2.1.exe", bot.Warn},
		{"http://www.riversidechurch.org/files/rider-2.1.exe", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"ahk v2 http://www.autohotkey.com/download/ahk-v2.exe", bot.Allow},
		{"irfanview http://www.irfanview.info/files/iview470_x64_setup.exe", bot.Allow},
	})
}
