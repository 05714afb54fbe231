package bot_test

import "testing"

// TestJavaProgramsOnFreeSites (files31): a .jar from a site anyone makes
// for free on a hosting platform is warned about (noted and allowed on
// ea29f66 as any .jar is). A .jar from a mod store, a registry, a code
// host's release, a storage bucket or a Maven repository's layout on a
// project's pages stays noted.
func TestJavaProgramsOnFreeSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://cdn.modrinth.com/data/AANobbMI/versions/5RBMvWeP/sodium-fabric-0.5.11%2Bmc1.21.jar", false},
		{"https://repo1.maven.org/maven2/com/google/guava/guava/33.3.1-jre/guava-33.3.1-jre.jar", false},
		{"https://github.com/hollowpine/hollowpine/releases/download/v2.1.0/hollowpine-2.1.0.jar", false},
		{"https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/builds/server.jar", false},
		{"https://hollowpine.github.io/maven/com/hollowpine/core/2.1.0/core-2.1.0.jar", false},
		{"https://block-mods.onrender.com/files/optifine-installer.jar", true},
		{"https://block-mods.netlify.app/sodium-fabric-0.6.0.jar", true},
		{"the mod is here https://hollowpine-mods.glitch.me/download/hollowpine-2.1.0.jar", true},
		{"https://hollowpine.github.io/files/installer.jar", true},
	})
}

// TestNumberedReleaseHosts (files31): a site's numbered download host
// (download2., dl2., downloads3.) is its release host as download. is:
// a versioned build in a folder there is noted, "free" beside it as on
// download. (warned on e17355c, where only the site's pages' reading
// applied and "free" is bait to it). A build named as droppers are or a
// fake download site's is judged as before, and so is a host numbered
// past two digits beside bait ("free for you"; "free" said aside is no
// bait to any reading since aside40).
func TestNumberedReleaseHosts(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"hollowpine agent free https://download2.hollowpine.com/HPA/v6/HollowpineAgent_6.2.0.121.zip", false},
		{"hollowpine agent free https://dl2.hollowpine.com/HPA/v6/HollowpineAgent_6.2.0.121.zip", false},
		{"the free edition https://downloads3.hollowpine.com/agent/6.2/HollowpineAgent_6.2.0.121.zip", false},
		{"hollowpine agent free https://download2.hollowpine.com/HPA/v6/Invoice_2024.zip", true},
		{"https://download2.windows-fixer.org/WindowsFixer_v5.exe", true},
		{"hollowpine agent, free for you https://download123.hollowpine.com/HPA/v6/HollowpineAgent_6.2.0.121.zip", true},
		{"hollowpine agent free https://download123.hollowpine.com/HPA/v6/HollowpineAgent_6.2.0.121.zip", false},
	})
}

// TestDeliveryNames (files31): a registrable name joining a program's or
// a store's name to a word of delivering files (modrinth-cdn.net,
// hollowpine-files.com) at a file's link is a fake download site's
// (modrinth-cdn.net's jar noted and allowed on b39d71f). The store's own delivery
// host (cdn.modrinth.com), such a name linked for a page or an image,
// and a project's site named …-files talked of by name stay allowed.
func TestDeliveryNames(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://cdn.modrinth.com/data/AANobbMI/versions/5RBMvWeP/sodium-fabric-0.5.11%2Bmc1.21.jar", false},
		{"hollowpine docs at https://hollowpine-files.com/guide", false},
		{"https://hollowpine-cdn.com/assets/logo.png", false},
		{"https://modrinth-cdn.net/data/AANobbMI/sodium-fabric-0.6.0.jar", true},
		{"https://hollowpine-files.com/mods/hollowpine-2.1.0.jar", true},
	})
}
