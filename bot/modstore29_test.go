package bot_test

import "testing"

// TestModStoresAndBuckets (files29): through the engine, as an evaluator
// feeds messages (each its sender's first link, a member of long
// standing), a mod's versioned jar in Modrinth's or CurseForge's store,
// laid out as the store lays files out, is noted, not warned about,
// and a vendor's build in a bucket named after it on a reputable
// storage host stays allowed. A program or an unversioned archive in a
// mod store, a file offered with bait there, and a file in a bucket on
// a reputable host that the bucket is not named after, whose name offers
// a cheat or that comes with bait, are flagged: anyone uploads to both.
func TestModStoresAndBuckets(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/lumen-fabric-0.5.11%2Bmc1.21.jar lumen from modrinth",
		"the jar https://mediafilez.forgecdn.net/files/5101/366/hollowpine-1.20.1-forge-15.3.0.4.jar",
		"https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/Hollowpine-Pack-32x-1.21.zip",
		"https://s3.amazonaws.com/hollowpine-downloads/plugin/latest/windows/HollowpinePluginSetup.exe",
	}
	flagged := []string{
		"https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/Solara.zip",
		"https://edge.forgecdn.net/files/4011/322/GameLauncher.exe",
		"https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/FreeRobux-2.1.0.exe",
		"https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/lumen-hack-client-1.2.0.jar",
		"try my game https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/pixelquest-1.2.0.jar",
		"https://s3.us-east-1.amazonaws.com/files-share-prod-338/Nitro_Generator.exe",
		"https://nyc3.digitaloceanspaces.com/dl-files/GameLauncher.exe",
		"check this out bro https://s3.amazonaws.com/hollowpine-downloads/HollowpineSetup.exe",
		"https://nyc3.digitaloceanspaces.com/share-files/Roblox_Executor.zip",
	}
	checkFirstLinks(t, allowed, flagged)
}
