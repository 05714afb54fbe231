package bot_test

import "testing"

// TestRev51bServerDefenceJars: a Minecraft server's defence against hack
// clients handed around Discord (NoCheatPlus, an anticheat, an
// anti-xray, an xray detector) and a mod named for ghosts are not read as
// a hack client's jar; a ghost client and a hack still are (rev51b).
func TestRev51bServerDefenceJars(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"server anticheat https://media.discordapp.net/attachments/1/2/NoCheatPlus-3.17.jar", false},
		{"for the SMP https://media.discordapp.net/attachments/1/2/Vulcan-AntiCheat-2.8.jar", false},
		{"server plugin https://media.discordapp.net/attachments/1/2/AntiXray-3.1.jar", false},
		{"detector https://media.discordapp.net/attachments/1/2/XrayDetector-1.4.jar", false},
		{"spooky mod https://media.discordapp.net/attachments/1/2/Ghost-Mobs-Halloween.jar", false},
		{"fix https://media.discordapp.net/attachments/1/2/GhostBlockFix.jar", false},
		{"undetected https://media.discordapp.net/attachments/1/2/Ghost_Client_1.20.jar", true},
		{"new one https://media.discordapp.net/attachments/1/2/XrayHack_1.21.jar", true},
	})
}

// TestRev51bVietnameseSyllables: Vietnamese syllables (xe, mới, bản,
// anh, đồng) name a household's paper only in a pair one right after the
// other (Hop_Dong, BangDiem, Giay_To): a racing game's DuaXe_Moi.exe is
// none; hợp đồng and thiệp cưới written apart still are (rev51b).
func TestRev51bVietnameseSyllables(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"tải game Đua Xe https://gamevn.vn/dl/DuaXe_Moi_2025.exe", false},
		{"bản đồ mới https://gamevn.vn/dl/BanDo_Xe_Moi.exe", false},
		{"hợp đồng đây anh https://files.catbox.moe/Hop_Dong_Moi.exe", true},
		{"thiệp cưới https://files.catbox.moe/Thiep_Cuoi_2025.scr", true},
	})
}
