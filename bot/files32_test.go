package bot_test

import "testing"

// TestVendorDownloadsNamed (files32): a download the message names the
// site of, on that site's own pages (a program on its download host), is
// noted, not flagged (a vendor's BIOS image and driver, named by codes,
// warned and deleted on 16164b3). A site that takes the vendor's name
// with other words, bait beside it, a program on the site's own pages,
// a file named as droppers are, or the same link bare is judged as
// before.
func TestVendorDownloadsNamed(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"hollowpine BIOS iso for the x13 https://download.hollowpine.com/pccbbs/mobiles/k7xur31w.iso", false},
		{"hollowpine audio driver for the t14 https://download.hollowpine.com/pccbbs/mobiles/r4aud19w.exe", false},
		{"hollowpine firmware bundle https://www.hollowpine.com/support/files/fw7731.zip", false},
		{"hollowpine's wifi driver for the t14 https://download.hollowpine.com/pccbbs/mobiles/w2lan07w.exe", false},
		{"hollowpine BIOS iso for the x13 https://download.hollowpine-drivers.com/pccbbs/mobiles/k7xur31w.iso", true},
		{"hollowpine BIOS iso for the x13, archive password 2024 https://download.hollowpine.com/pccbbs/mobiles/k7xur31w.iso", true},
		{"https://download.hollowpine.com/pccbbs/mobiles/k7xur31w.iso", true},
		{"hollowpine audio driver for the t14 https://www.hollowpine.com/support/r4aud19w.exe", true},
		{"hollowpine's wifi driver for the t14 https://download.hollowpine-drivers.com/pccbbs/mobiles/w2lan07w.exe", true},
		{"hollowpine BIOS iso for the x13 https://download.hollowpine.com/bios/Invoice_2024.zip", true},
		{"hollowpine BIOS, the cracked one https://download.hollowpine.com/pccbbs/mobiles/k7xur31w.iso", true},
	})
}

// TestNamedArchives (files32): an archive or a disk image whose name the
// message says, in anyone's storage (a bucket, a file host, a shared
// folder) or on a plain site's documentation, is not warned about (warned
// on 16164b3 as any archive from an unknown site). Words asking to run
// it, bait, a name droppers pass for, a blog engine's folder, or the
// same link bare are judged as before.
func TestNamedArchives(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the texture pack for our server https://pub-4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f.r2.dev/packs/texture-pack-v2.zip", false},
		{"datasheets zip on dropbox https://www.dropbox.com/scl/fi/q7w8e9/nrf52-datasheets.zip?rlkey=abc123&dl=0", false},
		{"my thesis dataset, 2GB https://www.mediafire.com/file/h5g4f3d2/rainfall-dataset-2023.zip/file", false},
		{"the reference manual zip https://www.hollowpine.com/downloads/documents/HP0090-manual.zip", false},
		{"the texture pack for our server, run the exe inside https://pub-4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f.r2.dev/packs/texture-pack-v2.zip", true},
		{"the party photos https://www.mediafire.com/file/h5g4f3d2/party-photos.zip/file", true},
		{"is this you? the party clip https://www.mediafire.com/file/h5g4f3d2/party-clip-night.zip/file", true},
		{"my thesis dataset, zip password is 1234 https://www.mediafire.com/file/h5g4f3d2/rainfall-dataset-2023.zip/file", true},
		{"https://www.mediafire.com/file/h5g4f3d2/rainfall-dataset-2023.zip/file", true},
		{"the reference manual zip https://www.hollowpine.com/wp-content/uploads/HP0090-manual.zip", true},
		{"the texture pack https://storage.googleapis.com/free-tools-share/texture-pack-v2.zip", true},
	})
}
