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

// TestSecurityBrandFakes (own43): antivirus and VPN makers are protected
// brands (brand.Security), so a fresh site named after one serving a
// build named after itself is no maker's own site: each of the flagged
// ones was allowed on main. The makers' own downloads are noted, and
// Avast's own file host (files.avast.com), flagged on main, is now read
// as Avast's.
func TestSecurityBrandFakes(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.avast.io/dl/rel/24.1.2/Avast-24.1.2-64-install.exe", bot.Warn},
		{"https://www.surfshark.io/dl/rel/5.1.2/Surfshark-5.1.2-64-install.exe", bot.Warn},
		{"https://www.bitdefenderguard.com/dl/rel/27.1.2/BitdefenderGuard-27.1.2-64-install.exe", bot.Warn},
		{"https://www.kasperskyguard.com/dl/rel/21.1.2/KasperskyGuard-21.1.2-64-install.exe", bot.Warn},
		{"https://www.surfsharkguard.com/dl/rel/5.1.2/SurfsharkGuard-5.1.2-64-install.exe", bot.Warn},
		{"https://download.mcafee.io/dl/12.4.1/mcafee-12.4.1-setup.exe", bot.Warn},
		{"https://www.avira.app/download/1.1.9/avira-1.1.9-setup.exe", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"https://files.avast.com/iavs9x/avast_free_antivirus_setup_offline.exe", bot.Allow},
		{"https://download.bitdefender.com/windows/installer/en-us/bitdefender_tsecurity.exe", bot.Allow},
		{"https://downloads.nordcdn.com/apps/windows/NordVPN/latest/NordVPNInstall.exe", bot.Allow},
		{"https://protonvpn.com/download/ProtonVPN_v3.2.11.exe", bot.Allow},
		{"is the norton or the eset trial better for my mom's laptop?", bot.Allow},
	})
}
