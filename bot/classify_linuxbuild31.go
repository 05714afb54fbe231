package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// An archive named as a build for Linux (game-server-linux.zip,
// acme-cli-linux-amd64.zip) on a host that vouches for nothing: an
// anonymous bucket (pub-….r2.dev), a CI artifact's link, a small site. A
// zip is warned about as the wrapper a Windows dropper comes in
// (invoice.zip holding invoice.exe), but a dropper passed around in a
// chat is made for the Windows most of its readers run, and it is named
// to pass for what they would open there; a name that says the build is
// for another system tells those readers it is of no use to them. Tech
// chat links such builds wherever a team's CI put them; the bait-free
// Linux archives on project and release pages were already noted
// (plainDownload, projectRelease).
//
// linuxArchive asks what a plain build's archive is asked everywhere
// else (plainSpelling, innerExt, plainBuildName, dropperFolder,
// brandFolder, baitName, bucketDropper, nothing found about the name: no
// cheap ending, look-alike or brand; no bait and no word of running it
// in the message) and a run of letters of the file's name that names
// Linux (linux, or starting with it: linuxx of linuxx64) with none that
// names Windows or an installer (win of win64, windows, exe, msi, setup,
// installer, portable). Such an archive is not warned about for being
// one; what the link model and the other rules read of its link stays
// read.

// linuxWord is the word of a file's name that names Linux as the system
// a build is for (as a run of letters, or starting one: linuxx of
// linuxx64). The BSDs are left out: a Spanish invoice renamed
// Factura_0923-freebsd.7z read as a build in the probes (its twin
// Factura_0923-linux.7z is allowed on main already, before this rule).
const linuxWord = "linux"

// windowsBuildWords are words of a file's name that name Windows or an
// installer, as runs of letters (win of win64): a name with one of them
// is read as a Windows build, whatever else it says
// (Godot_v4.2.2-stable_win64.exe.zip).
var windowsBuildWords = setOf("win", "windows", "exe", "msi", "setup", "installer", "install", "portable", "wine")

// linuxArchive reports an archive named as a build for Linux,
// with none of a dropper's signs in its name, its folder or the message
// (above): not the wrapper of a Windows program it is warned about as.
func (c *Classifier) linuxArchive(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if fd.Kind != filetype.Archive || !windowsArchive[fd.Ext] || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return false
	}
	if l.Disguised || l.Hidden || l.Port != "" || l.UserInfo != "" || l.IP.IsValid() || info.contextBrand != nil {
		return false
	}
	if !linuxName(file) || !plainSpelling(l, file, fd) || innerExt(file) || !plainBuildName(l, file, k.brands) ||
		dropperFolder(l.Path) || brandFolder(l, k.brands) || baitName(file) || bucketDropper(l, file) {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.nameFinding(i, reread) {
			return false
		}
	}
	return !k.baited() && !k.asksToRun()
}

// linuxName reports a file's name with a word naming Linux (linuxWord,
// as the word or its start) and none naming Windows or an installer
// (windowsBuildWords).
func linuxName(file string) bool {
	linux := false
	for _, w := range fileWords(file) {
		if windowsBuildWords[w] {
			return false
		}
		if strings.HasPrefix(w, linuxWord) {
			linux = true
		}
	}
	return linux
}
