package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

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

// TestInvoiceNumbersAndVietnamesePapers (files29): an archive named with
// an invoice's number (INV-…) or a Vietnamese business paper written
// joined as file names are (HoaDon, TaiLieu, BienLai) is what droppers
// are named, not a build, on a plain site and in a generated bucket
// alike; a build whose name only starts with the same letters
// (Inventory-Tool-2.1.0.zip) is not.
func TestInvoiceNumbersAndVietnamesePapers(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"https://www.hollowpine.net/files/Inventory-Tool-2.1.0.zip",
	}
	flagged := []string{
		"https://www.hollowpine.net/files/INV-20240918.zip",
		"https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/INV-20240918.zip",
		"https://www.hollowpine.net/files/HoaDon_2024.zip",
		"https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/TaiLieu_HocTap_2024.zip",
		"https://www.hollowpine.net/files/BienLai_0923.rar",
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestBaitInBuckets (files29): a crack, a cheat or a friend's game in a
// storage bucket, by its name or by the message's strong bait words,
// is deleted as on a file host (bait_download); a bucket's build beside
// tech chat's own words of it ("a quick hack") is not deleted (the word
// is bait beside a download, and warned about, as before).
func TestBaitInBuckets(t *testing.T) {
	t.Parallel()
	send := newHarness(t, bot.DefaultConfig()).eachFromAnother()
	for _, text := range []string{
		"https://f003.backblazeb2.com/file/free-tools/Photoshop_2024_Crack.zip",
		"https://storage.googleapis.com/public-share-29395/Valorant_Cheat.zip",
		"try my game https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/PixelQuest-1.2.0.zip",
	} {
		if d := send(text); d.Verdict.Level != bot.Delete || !hasReason(d.Verdict, bot.CodeDangerousFile) {
			t.Errorf("%q: %s (%.3f) %v, want deleted for its file", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
	text := "a quick hack: the build is at https://hollowpine-builds.s3.amazonaws.com/hollowpine-2.1.0-win-x64.zip"
	if d := send(text); d.Verdict.Level == bot.Delete {
		t.Errorf("%q: %s (%.3f) %v, want not deleted", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
	}
}

// TestAttachmentsAndProjectFiles (files29): a file attached to a GitHub
// comment, a SourceForge project's file (…/FILE/download), a
// repository's file on jsDelivr and an Internet Archive item's file are
// anyone's uploads: named as droppers are, offered as a crack or beside
// bait, they are flagged (they were allowed as the trusted host's own).
// A reporter's repro or packed data, a project's build on SourceForge
// beside tech talk's "quick hack", a library on jsDelivr, an old
// system's image on the Archive and Mod Menu's jar in a mod store stay
// allowed.
func TestAttachmentsAndProjectFiles(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"here's a repro https://github.com/user-attachments/files/17123456/test-case.zip",
		"har file from the bug report https://github.com/hollowpine/checkout/files/15234567/network.har.zip",
		"quick hack around the bug: use https://sourceforge.net/projects/hollowpine/files/hollowpine/1.9.0/hollowpine-1.9.0.7z/download",
		"https://cdn.jsdelivr.net/gh/hollowpine/widget@1.2.0/dist/widget.min.js",
		"https://archive.org/download/ubuntu-4.10/warty-release-install-i386.iso",
		"the jar https://cdn.modrinth.com/data/AbCd1234/versions/Ef5678Gh/modmenu-11.0.2.jar",
	}
	flagged := []string{
		"https://github.com/user-attachments/files/17123456/Setup.zip",
		"the fix is here, password 2024 https://github.com/hollowpine/checkout/files/17123456/Hollowpine-Patch-2.1.zip",
		"https://sourceforge.net/projects/hollowpine/files/Photoshop_2024_Crack.zip/download",
		"https://cdn.jsdelivr.net/gh/hollowpine/widget/Setup.exe",
		"https://archive.org/download/hollowpine-tools/KMSPico_Activator.zip",
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestCrackedPaidSoftwareNames (files29): a paid program's build named
// as third parties' cracks are (activated, pre-activated, unlocked,
// repacked) is no maker's build: flagged on a site's pages, in a
// generated bucket and attached to a GitHub comment; a maker's
// versioned build on its own site stays allowed.
func TestCrackedPaidSoftwareNames(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"https://www.hollowpine.net/files/Hollowpine-Studio-13.2.1-x64.zip",
	}
	flagged := []string{
		"https://www.hollowpine.net/downloads/Wondershare_Filmora_13_Unlocked.zip",
		"https://pub-0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.r2.dev/Hollowpine_Studio_2024_Preactivated.zip",
		"https://github.com/user-attachments/files/17123456/Microsoft_Office_2021_Pro_Plus.zip",
		"https://www.hollowpine.net/files/Lumen-Studio-13.2.1-Repack.rar",
	}
	checkFirstLinks(t, allowed, flagged)
}
