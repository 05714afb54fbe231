package bot_test

import "testing"

// The twenty-sixth session's sets (tech26w, 2026-12-03), written by hand
// without reading the rules, the lists or earlier sets' lines, and
// committed before anything was run on them: ordinary group chat in
// Discord/Telegram in three genres the earlier sets did not cover, every
// message holding a link, where nothing should be flagged. Whole families
// of a topic are on one side. tech26-modt: Bethesda games and Nexus Mods,
// Minecraft modding, console emulation, ROM hacks and patches,
// speedrunning. tech26-modh: indie-game modding (Stardew, Terraria,
// RimWorld, Thunderstore), Doom/Quake/Source mods, GTA modding, save files
// and mod mirrors on file hosts, retro hardware. tech26-labt: Docker and
// container images, Proxmox and ISO downloads, home networking and router
// admin pages on private addresses, tunnels and remote access, reverse
// proxies and certificates. tech26-labh: storage and NAS, media servers,
// home automation, DNS filtering, vendor firmware, Kubernetes at home,
// monitoring and backups. tech26-vit: Vietnamese frontend and backend
// developers, jobs and salaries, Vietnamese tech news and forums.
// tech26-vih: Vietnamese DevOps and cloud, data and AI, mobile,
// university coursework, office IT support. The tuning halves are held to
// what main reached when they landed; the held-out halves are held to the
// same as counts only.
var tech26TuningSets = []tunedSet{
	// 0 of 199 flagged on 693f6a9, 216 links.
	{measureSet{"tech26-modt.txt", false}, 0, 0},
	// 1 of 183 flagged on 693f6a9 (1 warned), holding 3 of 207 links: a
	// WireGuard client config pasted whole, its endpoint a DuckDNS name
	// with a port.
	{measureSet{"tech26-labt.txt", false}, 0, 1},
	// 1 of 196 flagged on 693f6a9 (1 warned), holding 2 of 209 links:
	// NextAuth.js's own documentation host, read as a lure's name for
	// its "auth".
	{measureSet{"tech26-vit.txt", false}, 0, 1},
}

// TestMeasureTwentySixthTechTuningSets holds tech26-modt.txt,
// tech26-labt.txt and tech26-vit.txt (benign: at most the flagged count
// main reached); MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureTwentySixthTechTuningSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, tech26TuningSets)
}

// TestMeasureTwentySixthTechHeldOutSets measures tech26-modh.txt,
// tech26-labh.txt and tech26-vih.txt, read as counts only (never line by
// line, never with MEASURE_SHOW), and fails when a change flags more of
// their lines than main did when they landed (a regression guard: nothing
// is tuned to these lines).
func TestMeasureTwentySixthTechHeldOutSets(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		// 1 of 121 flagged on 693f6a9 (1 warned), holding 1 of 129
		// links
		{measureSet{"tech26-modh.txt", false}, 0, 1},
		// 0 of 124 flagged on 693f6a9, 139 links
		{measureSet{"tech26-labh.txt", false}, 0, 0},
		// 0 of 146 flagged on 693f6a9, 157 links
		{measureSet{"tech26-vih.txt", false}, 0, 0},
	})
}
