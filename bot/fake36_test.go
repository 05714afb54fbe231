package bot_test

import "testing"

// TestTypoDownloadSites (fake36): a program's versioned build from a
// site whose name is one letter off the program's (a letter dropped,
// doubled, changed or two swapped: gnucas.org, syncthin.net,
// veracryp.fr, foobar200.org, guitarpro → guitarrpro) is flagged; each
// was allowed on a9b24ab, noted as a plain download. The project's own
// site, its download host and mirrors, a version glued to the name
// (pypy3 on pypy.org, bzip2 on bzip.org), the site's name with an ending
// (Csound on csounds.com, neoforge on neoforged.net) and a file named as
// a hyphenated site is (swish-e-2.4.0 on swish-e.org) stay allowed.
func TestTypoDownloadSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://gnucas.org/download/gnucash-5.5-setup.exe", true},
		{"https://syncthin.net/download/syncthing-1.27.0-setup.exe", true},
		{"https://veracryp.fr/downloads/VeraCrypt-1.26.7-setup.exe", true},
		{"https://foobar200.org/files/foobar2000-v2.1.exe", true},
		{"https://bleachbitt.org/download/windows/BleachBit-4.6.0-setup.exe", true},
		{"https://heidsql.com/downloads/HeidiSQL_12.6_64_Setup.exe", true},
		{"https://guitarrpro.org/download/guitar-pro-8.1.1-setup.exe", true},
		{"https://gnucash.org/download/gnucash-5.5-setup.exe", false},
		{"https://syncthing.net/download/syncthing-1.27.0-setup.exe", false},
		{"https://download.veracrypt.fr/1.26.7/VeraCrypt-1.26.7-setup.exe", false},
		{"https://downloads.sourceforge.net/project/bleachbit/4.6.0/BleachBit-4.6.0-setup.exe", false},
		{"https://downloads.python.org/pypy/pypy3.10-v7.3.16-win64.zip", false},
		{"http://csounds.com/istvan/archive/misc/Csound_vim_syntax-4.24.1.tar.gz", false},
		{"http://swish-e.org/Download/swish-e-2.4.0.tar.gz", false},
	})
}

// TestPassedForSites (fake36): a site named after the file it serves and
// after a product droppers pass for (adobe-reader.org serving
// AdobeReader-24.1.0.exe, flashplayer-update.net, msteams-app.net) is
// flagged; all three were allowed on a9b24ab. Adobe's own download
// host and a maker's site whose name holds no such product stay allowed.
func TestPassedForSites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://adobe-reader.org/dl/24.1.0/AdobeReader-24.1.0.exe", true},
		{"https://acrobat-reader.com/download/AcrobatReader_2024_x64.exe", true},
		{"https://msteams-app.net/dl/MSTeamsApp-1.7.00.msi", true},
		{"https://ardownload2.adobe.com/pub/adobe/reader/win/AcrobatDC/2400120643/AcroRdrDC2400120643_en_US.exe", false},
		{"https://www.bleachbit.org/download/windows/BleachBit-4.6.0-setup.exe", false},
	})
}

// TestPlantedPrograms (fake36): a program named as droppers are among
// the uploads of an institution's site (hillcrestschool.edu.pk's
// wp-content/uploads/2024/setup.exe), which is trusted for its files,
// (allowed on a9b24ab), and an Android app among an unknown site's
// uploads is (lifted to wLinuxLink). An institution's IT page handing out a
// named program (GlobalProtect64.msi) and its own files stay allowed.
func TestPlantedPrograms(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://hillcrestschool.edu.pk/wp-content/uploads/2024/setup.exe", true},
		{"https://greenvalley.ac.in/images/update.exe", true},
		{"https://bakerydelights.com/wp-content/uploads/2024/05/app-release.apk", true},
		{"https://it.umn.edu/sites/default/files/software/GlobalProtect64.msi", false},
		{"https://hillcrestschool.edu.pk/wp-content/uploads/2024/prospectus-2024.pdf", false},
		{"https://oit.duke.edu/sites/default/files/software/Duo-Desktop-6.3.msi", false},
	})
}
