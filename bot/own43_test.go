package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestOwnBuildOnAnyonesSite (own43): a build named after the site that
// serves it is a maker's own only on a site of its own. On a tenant's
// site of a free host, a site builder, a tunnel or a deploy platform
// anyone names the site after the program (anyonesSite), so plainSite
// refuses it and none of the readings of a maker's download passes it;
// each of the flagged ones was allowed on main. The same build on the
// maker's own site, in a GitHub release, on SourceForge's mirrors and in
// a storage bucket named after it (plainBucket, read as before) is noted.
func TestOwnBuildOnAnyonesSite(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://kovrazet.epizy.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://sumatrapdfreader.rf.gd/dl/rel/3.5.2/SumatraPDF-3.5.2-64-install.exe", bot.Warn},
		{"https://kovrazet.infinityfreeapp.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://kovrazet.loca.lt/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://kovrazet.wordpress.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://kovrazet.mystrikingly.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://kovrazet.surge.sh/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://kovrazet.neocities.org/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://kovrazet.koyeb.app/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Warn},
		{"https://download.kovrazet.rf.gd/2.2.1/kovrazet-2.2.1-win64.zip", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://www.kovrazet.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Allow},
		{"https://github.com/kovrazet/kovrazet/releases/download/v2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Allow},
		{"https://downloads.sourceforge.net/project/kovrazet/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Allow},
		{"https://kovrazet.s3.amazonaws.com/dl/rel/2.2.1/Kovrazet-2.2.1-64-install.exe", bot.Allow},
	})
}
