package bot_test

import "testing"

// TestMal51HomePapers: a household's paper (a move-in inspection, a
// lease, a bill of sale, a vet certificate, a wedding invitation as an
// APK, hợp đồng thuê nhà) as a program, a script or an archive where
// anyone puts files is flagged; the same papers as documents and a
// program made for the papers (a viewer) are not (mal51).
func TestMal51HomePapers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"checklist https://www.mediafire.com/file/q2mm/MoveIn_Inspection.js/file", true},
		{"sign it https://www.mediafire.com/file/x1rk/Lease_Agreement_Signed.zip/file", true},
		{"for the truck https://files.catbox.moe/Bill_Of_Sale.scr", true},
		{"của tụi mình https://files.catbox.moe/ThiepCuoi.apk", true},
		{"anh xem https://www.mediafire.com/file/a9zk/HopDong_ThueNha.rar/file", true},
		{"the puppy https://dl.dropboxusercontent.com/s/k2qw/Vet_Certificate_Puppy.exe", true},
		{"signed https://www.mediafire.com/file/x1rk/Lease_Agreement_Signed.pdf/file", false},
		{"tool https://github.com/jdoe-lab/car-tools/releases/download/v1/Car_Report_Viewer.exe", false},
		{"signed lease https://dl.dropboxusercontent.com/s/ab12/Lease_2025_signed.pdf", false},
		{"grades https://github.com/jdoe-lab/gradebook/releases/download/v1/ReportCard.exe", false},
	})
}

// TestMal51HomeShares: a share's download whose id spells a household's
// paper (a rental application, listing photos, a school report, giấy tờ
// xe, a tenancy agreement in a Drive download's id) is flagged; random
// ids, a Drive file's preview and photo albums are not (mal51).
func TestMal51HomeShares(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"fill it in https://gofile.io/d/RentalApplication", true},
		{"all 40 https://we.tl/t-ListingPhotos4Bd", true},
		{"term 2 https://1drv.ms/u/s!SchoolReport_Term2?download=1", true},
		{"scan https://gofile.io/d/GiayToXe", true},
		{"sign https://drive.google.com/uc?export=download&id=1TenancyAgreementXk2", true},
		{"the gallery https://we.tl/t-Xy7ab3kQ9m", false},
		{"school report https://drive.google.com/file/d/1SchoolReportTerm2/view", false},
		{"house photos https://photos.app.goo.gl/r9Tt2Wm", false},
		{"the file https://drive.google.com/uc?export=download&id=1a9XkQ72LmZp", false},
	})
}

// TestMal51GameCheats: a kids' game's cheat (a gems generator, an
// executor) on a forge and a hack client's jar on Discord's CDN are
// flagged; a mod's jar on Modrinth, a launcher's release and a jar
// handed around Discord with no hack's word are not (mal51).
func TestMal51GameCheats(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"undetected https://media.discordapp.net/attachments/1109/2231/GhostClient_1.20.jar", true},
		{"crash exploits https://cdn.discordapp.com/attachments/1201/3390/MeteorPlus_Hack.jar", true},
		{"gems https://github.com/aa-dev/brawl-gems-generator/releases/download/v1/GemsPlus.exe", true},
		{"fixed build https://media.discordapp.net/attachments/1109/2231/MyMod-1.2.jar", false},
		{"crash fix https://media.discordapp.net/attachments/1109/2231/CrashFix-1.2.jar", false},
		{"seeds https://github.com/mcdev/minecraft-seed-finder/releases/download/v1/MinecraftSeedFinder.exe", false},
		{"sodium https://cdn.modrinth.com/data/AANobbMI/versions/x1/sodium-fabric-0.5.8.jar", false},
		{"prism https://github.com/PrismLauncher/PrismLauncher/releases/download/8.0/PrismLauncher-Windows-MSVC-Setup-8.0.exe", false},
	})
}

// TestMal51HomeTypos: a near-miss or a padded spelling of a
// home-automation, car or photo package in an install line is flagged;
// the real packages and their plugins are not (mal51).
func TestMal51HomeTypos(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"pip install homeasistant https://github.com/jdoe-lab/garage-door", true},
		{"pip install tinytuyya https://github.com/jdoe-lab/garage-door", true},
		{"npm i node-red-dashbaord https://github.com/jdoe-lab/garage-door", true},
		{"pip install teslapy-tools https://github.com/jdoe-lab/garage-door", true},
		{"pip install pyhomeassistant https://github.com/jdoe-lab/garage-door", true},
		{"npm install tuyapi-plus https://github.com/jdoe-lab/garage-door", true},
		{"pip install homeassistant https://github.com/jdoe-lab/garage-door", false},
		{"pip install tinytuya https://github.com/jdoe-lab/garage-door", false},
		{"npm i node-red-dashboard https://github.com/jdoe-lab/garage-door", false},
		{"npm i homebridge-ring https://github.com/jdoe-lab/garage-door", false},
		{"pip install homeassistant-api https://github.com/jdoe-lab/garage-door", false},
		{"pip install python-kasa https://github.com/jdoe-lab/garage-door", false},
	})
}
