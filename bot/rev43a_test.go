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
