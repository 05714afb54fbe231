package bot_test

import "testing"

// TestOwnReleaseTree (dl36): a build named after its site and numbered as
// the release folder it sits in, on a site whose name is a program's own
// name and the kind of utility it is (LumenPDF on lumenpdfreader.org), is
// noted as any plain download is; a made-up utility site put together
// from marketing and kind words (quickpdfeditor.com, bestvideoconverter
// .com), a lookalike's name cut short, a cheap ending or a download word
// around the name, and an unnumbered or unechoed build stay flagged.
func TestOwnReleaseTree(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"lumen pdf https://www.lumenpdfreader.org/dl/rel/2.4.1/LumenPDF-2.4.1-64-install.exe",
		"https://www.lumenpdfreader.org/dl/rel/2.4.1/LumenPDF-2.4.1-64.zip portable one",
		"https://download.kestrelaudiorecorder.net/releases/v3.2.1/KestrelAudio-3.2.1-x64.msi",
	}
	flagged := []string{
		"https://quickpdfeditor.com/dl/2.1.0/QuickPDFEditor-2.1.0-setup.exe",
		"https://bestvideoconverter.com/dl/7.1.2/BestVideoConverter-7.1.2.exe",
		"https://superpdfreader.com/dl/rel/2.4.1/SuperPDFReader-2.4.1-install.exe",
		"https://lumenpdfreade.org/dl/rel/2.4.1/LumenPDF-2.4.1-64-install.exe",
		"https://getlumen-pdf.xyz/dl/2.4.1/LumenPDF-2.4.1-install.exe",
		"https://lumenpdfreader.top/dl/rel/2.4.1/LumenPDF-2.4.1-64-install.exe",
		"https://www.lumenpdfreader.org/dl/rel/LumenPDF-2.4.1-64-install.exe",
		"https://www.lumenpdfreader.org/dl/rel/2.4.0/LumenPDF-2.4.1-64-install.exe",
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestDownloadsOwnWords (dl36): beside a maker's download, the words of
// checking it ("verify the sha256", "verify against SHA256SUMS") and of
// fetching it without an account ("so you don't need to log in") are
// no lure; verifying an account, logging in to get the build, and a
// denied login beside a wallet's seed or a password stay bait.
func TestDownloadsOwnWords(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"verify the sha256 after you grab it https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe",
		"https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe verify against the SHA256SUMS file",
		"the nightly.link for the artifact so you don't need to log in https://nightly.link/acme-dev/api/workflows/build/main/linux-binary.zip",
		"mirror without logging in, no login needed: https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe",
	}
	flagged := []string{
		"verify your account to get the build https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe",
		"log in to get the build https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe",
		"no need to log in, just enter your seed phrase https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe",
		"verify the sha256, password is 1234 https://www.voidtools.com/Everything-1.4.1.1026.x64-Setup.exe",
		"verify the checksum then log in with your account https://nightly.link/acme-dev/api/workflows/build/main/linux-binary.zip",
	}
	checkFirstLinks(t, allowed, flagged)
}

// TestSiteNamedArchive (dl36): an archive named with a catalogue code,
// then its site's own name (c024427_ISO_IEC_….zip on standards.iso.org)
// is the site's publication; named so with a paper's, a dropper's or a
// person's pictures' word, or a program, it stays flagged.
func TestSiteNamedArchive(t *testing.T) {
	t.Parallel()
	allowed := []string{
		"the standard <https://standards.iso.org/ittf/PubliclyAvailableStandards/c066067_ISO_IEC_23008-12_2017.zip>",
		"https://www.hollowpine.org/pub/specs/c1234_HOLLOWPINE_TS_88-1_2020.zip",
	}
	flagged := []string{
		"https://www.hollowpine.org/files/x_HOLLOWPINE_Statement.zip",
		"https://www.hollowpine.org/files/a_hollowpine_pics.zip",
		"https://www.hollowpine.org/files/c1_hollowpine_menu.zip",
		"https://www.hollowpine.org/files/v_hollowpine_2024.exe",
	}
	checkFirstLinks(t, allowed, flagged)
}
