package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOwnBuildBesideBait (rev43a): a build named after the site that
// serves it (ownBuild) is noted only beside no bait, as projectRelease's
// builds are (releaseBaited: a crack offered, @everyone, the antivirus to
// be turned off, a lure's strong words); each of the flagged ones was
// allowed on main, the program and the archive alike. The same builds
// said of plainly are noted.
func TestOwnBuildBesideBait(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"free crack, works 100%: https://www.kovrazet.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"disable defender first then run https://www.kovrazet.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"@everyone new build https://nimbly.io/builds/0.8.2/nimbly-0.8.2-x64.exe", bot.Warn},
		{"free license key inside, full version https://brisktally.net/releases/4.0.3/brisktally-4.0.3-win64.zip", bot.Warn},
		{"bypass smartscreen and run https://www.quillmark.dev/dist/1.9.0/quillmark-1.9.0-setup.msi", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"new release, changelog in the thread https://www.kovrazet.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Allow},
		{"the portable zip: https://brisktally.net/releases/4.0.3/brisktally-4.0.3-win64.zip", bot.Allow},
		{"x64 installer https://www.quillmark.dev/dist/1.9.0/quillmark-1.9.0-setup.msi", bot.Allow},
	})
}

// TestUtilityReleaseDownloadEndings (rev43a): a utility's release tree
// is lifted (ownUtilityRelease) on no ending that is a download site's
// word (.download, .app, .software), as a label ending in one leaves no
// name of its own (sumatrapdfdownload); each was allowed on exe43.
func TestUtilityReleaseDownloadEndings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.sumatrapdfreader.download/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://www.sumatrapdfreader.app/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://download.pdfsam.app/5.2.9/pdfsam-5.2.9-windows.msi", bot.Warn},
		{"https://download.mirelcleaner.app/download/3.8.19/MirelCleaner-3.8.19-x64-setup.exe", bot.Warn},
	})
}

// TestUtilityReleaseInBuckets (rev43a): a utility's release tree in a
// storage bucket named as the utility's site is (ownUtilityRelease) is
// no maker's site, for anyone names a bucket; each was allowed on exe43
// (plainBucket), as it was flagged on main (utilitySite).
func TestUtilityReleaseInBuckets(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://sumatrapdfreader.s3.amazonaws.com/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://sumatrapdfreader.r2.dev/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://sumatrapdfreader.blob.core.windows.net/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
	})
}
