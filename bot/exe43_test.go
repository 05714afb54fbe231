package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestUtilityReleaseTreeFakes (exe43, rev43a): a release tree on a
// utility-named site (the file named after the site, numbered as its
// folder) is flagged as any build there is (utilitySite): the fake
// download pages such sites are lay out a tree as cheaply as a maker,
// and a relief for it (exe43's ownUtilityRelease) freed no held-out
// link. A rule passing utility sites' trees passes the first ten.
func TestUtilityReleaseTreeFakes(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://quickpdfeditor.com/dl/2.1.0/QuickPDFEditor-2.1.0-setup.exe", bot.Warn},
		{"https://bestvideoconverter.com/dl/7.1.2/BestVideoConverter-7.1.2.exe", bot.Warn},
		{"https://www.fastvpnpro.org/dl/rel/3.1.0/FastVPNPro-3.1.0-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfdownload.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdf-reader.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.info/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.magicmp3cutter.org/dl/rel/2.9.5/Magicmp3cutter-2.9.5-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.org/uploads/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.org/~joe/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreade.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		// flagged before the reading too
		{"https://www.sumatrapdfreader.org/dl/rel/3.5.1/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.org/dl/rel/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.top/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"cracked, works: https://www.sumatrapdfreader.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.org/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.pdf.exe", bot.Warn},
		{"https://www.sumatrapdfreader.org/wp-content/uploads/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
	})
}

// TestSiteWordReleases (exe43): a program named with a letter, on the
// site named after it and a project's word (R-4.4.1-win.exe on
// cran.r-project.org), its release numbered in full, is noted over HTTPS
// and, as its twin, over plain HTTP; each was deleted before
// (plainBuildName took a name of a letter for a generic one).
func TestSiteWordReleases(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"R for windows https://cran.r-project.org/bin/windows/base/R-4.4.1-win.exe", bot.Allow},
		{"https://cloud.r-project.org/bin/windows/base/old/4.3.3/R-4.3.3-win.exe", bot.Allow},
		{"old box needs http://cran.r-project.org/bin/windows/base/old/3.6.3/R-3.6.3-win.exe", bot.Allow},
	})
}

// TestSiteWordReleaseFakes (exe43): the letter's program is passed only on
// a site named with the letter and a project's word (not r-projects,
// r-cran, x-dental), numbered in full, outside a user's folder; a rule
// asking only that the letter lead the site's name passes the first
// five.
func TestSiteWordReleaseFakes(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://r-projects.org/bin/windows/base/R-4.4.1-win.exe", bot.Warn},
		{"https://r-cran.org/bin/windows/base/R-4.4.1-win.exe", bot.Warn},
		{"https://x-dental.com/bin/windows/base/X-4.4.1-win.exe", bot.Warn},
		{"https://cran.r-project.org/~user/R-4.4.1-win.exe", bot.Warn},
		{"https://cran.r-project.org/bin/R-4.4-win.exe", bot.Warn},
		// flagged before the reading too
		{"https://r-update.com/bin/windows/base/R-4.4.1-win.exe", bot.Warn},
		{"https://r-project.top/bin/windows/base/R-4.4.1-win.exe", bot.Warn},
		{"cracked R, works: https://cran.r-project.org/bin/windows/base/R-4.4.1-win.exe", bot.Warn},
		{"https://cran.r-project.org/wp-content/uploads/2024/05/R-4.4.1-win.exe", bot.Warn},
		{"https://cran.r-project.org/bin/R-4.4.1-crack.exe", bot.Warn},
	})
}

// TestPlainHTTPDownloadHostTrees (exe43): over plain HTTP, a build in a
// folder named after it on a site's download host, numbered there in
// its folder or of a release channel as projectRelease reads it over
// HTTPS, is judged as its HTTPS twin, which is allowed; each was deleted
// before (buildNamesSite asked the number of the file's name).
func TestPlainHTTPDownloadHostTrees(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"unifi controller http://dl.ui.com/unifi/8.5.6/UniFi-installer.exe", bot.Allow},
		{"raspberry pi imager http://downloads.raspberrypi.org/imager/imager_latest.exe", bot.Allow},
	})
}

// TestPlainHTTPDownloadHostTreeFakes (exe43): the folder's number or
// channel stands for the file's only on a download host (not a
// compromised site's own pages), beside no bait, in no dropper's folder;
// a download host named with a lure's word is no project's, over HTTPS
// too. The first two are allowed written https:// and pass a twin read
// on any host; the third was allowed written https:// (projectRelease
// did not ask takersName).
func TestPlainHTTPDownloadHostTreeFakes(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"http://www.brightsmileortho.com/quickview/2.1.0/QuickView-installer.exe", bot.Warn},
		{"http://www.lakesidedental.com/quicknotes/latest/quicknotes_latest.exe", bot.Warn},
		{"https://download.invoice-share.net/quickview/2.1.0/QuickView-2.1.0.exe", bot.Warn},
		// flagged before the reading too
		{"urgent: install the update http://dl.ui.com/unifi/8.5.6/UniFi-installer.exe", bot.Warn},
		{"@everyone new build http://downloads.raspberrypi.org/imager/imager_latest.exe", bot.Warn},
		{"http://dl.ui.com/wp-content/unifi/8.5.6/UniFi-installer.exe", bot.Warn},
		{"http://dl.ui.com/~joe/unifi/8.5.6/UniFi-installer.exe", bot.Warn},
		{"http://dl.ui.com/setup/8.5.6/setup-installer.exe", bot.Warn},
		{"http://download.anydesk-app.com/quickview/2.1.0/QuickView-installer.exe", bot.Warn},
	})
}

// TestPiracyAndAddressNamedHosts (exe43): a build on a site named with a
// word of cracked software written joined (crackedsoft.net), or under a
// name that spells an address (nip.io, sslip.io), is no maker's
// release; each of these was allowed on main over HTTPS (projectRelease,
// plainDownload), and so over plain HTTP as its twin.
func TestPiracyAndAddressNamedHosts(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://releases.crackedsoft.net/quickview/2.1.0/QuickView-2.1.0.exe", bot.Warn},
		{"https://www.crackedsoft.net/quickview/QuickView-2.1.0.exe", bot.Warn},
		{"https://dl.185-220-101-4.nip.io/quickview/2.1.0/QuickView-2.1.0.exe", bot.Warn},
		{"https://app.10.0.0.5.sslip.io/files/QuickView-2.1.0.exe", bot.Warn},
		{"http://releases.crackedsoft.net/quickview/2.1.0/QuickView-installer.exe", bot.Warn},
	})
}
