package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Sites named after the program they serve that are not its maker's
// (fake36). takenProduct knows the programs of its table by their
// makers' domains; a fake download site of any other program takes the
// program's name with a letter off (gnucas.org serving
// gnucash-5.5-setup.exe, syncthin.net, veracryp.fr, foobar200.org), or
// a program droppers pass for written whole (adobe-reader.org serving
// AdobeReader-24.1.0.exe), and serves the real project's versioned file.
// A project names its builds after its site or program (gnucash.org's gnucash-5.9,
// www.7-zip.org's 7z2301-x64.exe), never after a
// name one letter off its site's:
//
//   - typoSite: the file's leading name (fileLeadName, five characters or
//     more) and the site's label (hyphens dropped) differ by one letter
//     added, dropped, changed or two swapped (oneEdit), and not by a
//     version glued to the name (pypy3 on pypy.org, reaper711 on
//     reaper.fm);
//   - passedForSite: the site's label holds a product droppers pass for
//     (passedForInside: adobe, acrobat, flashplayer, msteams) or a
//     protected brand's name (brand.Matcher.Named) whose own domain it is
//     not, and the file is named as the site is (one starts the other).
//
// Either is judged as a taken product's download is (wFakeDownload).
//
// A Windows or Android program among a site's uploads (plantedProgram:
// wp-content/uploads, sites/default/files, images, media, templates:
// dropperDirs) is where a hacked site's planted installer sits
// (hillcrestschool.edu.pk/wp-content/uploads/2024/setup.exe): warned
// about as mal35 warns of a stray script there (wLinuxLink), unless the
// file is named after the site (a small maker's own installer in its
// uploads: acme.com/wp-content/uploads/AcmeSetup-2.1.exe). Storage
// buckets, file hosts and code hosts are judged by their own rules.

// typoSite returns the name a site's label is one letter off (typoSite
// above), or "".
func typoSite(l *linkx.Link, file string) string {
	if l.Domain == "" || l.IP.IsValid() {
		return ""
	}
	if name := typoOf(l, file, fileLeadName(file)); name != "" {
		return name
	}
	if joined := joinedName(file); joined != fileLeadName(file) {
		return typoOf(l, file, joined) // guitar-pro-8.1.1-setup.exe, MPC-HC.2.1.7.x64.exe
	}
	return ""
}

// joinedName returns a file's name's words before its version, joined
// in lower case (guitarpro for guitar-pro-8.1.1-setup.exe, mpchc for
// MPC-HC.2.1.7.x64.exe): the words up to the first that starts with a
// digit, or with a v and a digit.
func joinedName(file string) string {
	var b strings.Builder
	for w := range strings.FieldsFuncSeq(file, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ' ' }) {
		if isDigit(w[0]) || len(w) > 1 && (w[0] == 'v' || w[0] == 'V') && isDigit(w[1]) || !isAlnumString(w) {
			break
		}
		b.WriteString(strings.ToLower(w))
	}
	return b.String()
}

// isAlnumString reports a string of ASCII letters and digits only.
func isAlnumString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return s != ""
}

// typoOf is typoSite for one reading of the file's name (name).
func typoOf(l *linkx.Link, file, name string) string {
	site := strings.ToLower(strings.ReplaceAll(l.Label(), "-", ""))
	if len(name) < 5 || len(site) < 4 || name == site || brand.LetterCount(name) < 4 || !brand.OneEdit(site, name) {
		return ""
	}
	if label := strings.ToLower(l.Label()); strings.HasPrefix(strings.ToLower(file), label) && (len(file) == len(label) || !isAlnum(file[len(label)])) {
		return "" // the file is named as the site is, hyphen and all (swish-e-2.4.0.tar.gz on swish-e.org)
	}
	if len(site) == len(name)+1 && strings.HasPrefix(site, name) && site[len(name)] != name[len(name)-1] {
		// the site's name is the program's with an ending (Csound on
		// csounds.com, neoforge on neoforged.net); a letter doubled at
		// the end is a typo's (syncthingg)
		return ""
	}
	short, long := site, name
	if len(short) > len(long) {
		short, long = long, short
	}
	if strings.HasPrefix(long, short) && allDigits(long[len(short):]) && !isDigit(short[len(short)-1]) {
		return "" // a version glued to the name (pypy3 on pypy.org)
	}
	return name
}

// passedForSite returns what a site named after the file it serves
// takes the name of (passedForSite above): a product droppers pass for,
// or a protected brand's name, or "".
func passedForSite(l *linkx.Link, file string, bm *brand.Matcher) string {
	if l.Domain == "" || l.IP.IsValid() {
		return ""
	}
	site := strings.ToLower(strings.ReplaceAll(l.Label(), "-", ""))
	stem := fileStem(file)
	if len(site) < 6 || !strings.HasPrefix(stem, site) && !strings.HasPrefix(site, fileLeadName(file)) || len(fileLeadName(file)) < 5 {
		return ""
	}
	for _, p := range passedForInside {
		if strings.Contains(site, p) {
			return p
		}
	}
	if bm != nil {
		if b := bm.Named(site, 6); b != nil && bm.Official(l.Domain, l.Suffix) != b {
			return b.Name
		}
	}
	return ""
}

// makerDomain reports a domain that one of products' makers serves its
// builds from, or a protected brand's.
func makerDomain(l *linkx.Link, bm *brand.Matcher) bool {
	for i := range products {
		for _, d := range products[i].domains {
			if l.Domain == d {
				return true
			}
		}
	}
	return bm != nil && bm.Official(l.Domain, l.Suffix) != nil
}

// judgeNamedFake adds the finding of a program, installer, disk image or
// archive from a site one letter off the file's name (typoSite) or named
// after a product droppers pass for (passedForSite); it reports whether
// it did. A site's upload area (a file host, a code host, a bucket) is
// judged by its own rules.
func judgeNamedFake(rs *reasons, l *linkx.Link, file string, fd filetype.Finding, bm *brand.Matcher) bool {
	if !(fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.DiskImage) || fd.Kind == filetype.Linux {
		return false
	}
	if uploadPath(l) || fileDrops[l.Host] || codeHosts[l.Domain] || bucketName(l) != "" || makerDomain(l, bm) {
		return false
	}
	shown := linkx.Defang(l.Unicode)
	var d detail
	if name := typoSite(l, file); name != "" {
		d = say2("typo_download", file, shown, name)
	} else if what := passedForSite(l, file, bm); what != "" {
		d = say2("passed_for_download", file, shown, what)
	} else {
		return false
	}
	rs.add(Reason{Code: CodeDangerousFile, Weight: wFakeDownload, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
	return true
}

// plantedProgram reports a Windows or Android program in a site's upload
// or content management folders (dropperFolder) not named after the site
// (plantedProgram above).
func plantedProgram(l *linkx.Link, file string, fd filetype.Finding) bool {
	if !windowsProgram(fd) && fd.Kind != filetype.Android || l.Domain == "" || l.IP.IsValid() {
		return false
	}
	if uploadPath(l) || fileDrops[l.Host] || codeHosts[l.Domain] || bucketName(l) != "" || !dropperFolder(l.Path) {
		return false
	}
	return !siteNamedFile(l, file)
}

// siteNamedFile reports a file named after its site: its stem and the
// site's label (hyphens dropped) start with the same four characters or
// more (acme in acme-software.com for AcmeSetup.exe), and its first word
// is not one droppers pass for (setup.exe on setupwizard.com).
func siteNamedFile(l *linkx.Link, file string) bool {
	site := strings.ToLower(strings.ReplaceAll(l.Label(), "-", ""))
	stem := fileStem(file)
	n := 0
	for n < len(site) && n < len(stem) && site[n] == stem[n] {
		n++
	}
	if n < 4 && n < len(site) {
		return false
	}
	words := fileWords(file)
	return len(words) > 0 && !dropperNames[words[0]] && !codeDropperFirst[words[0]]
}

// institutionalPlant reports a program named as droppers are (setup,
// update, installer, document: dropperNames, codeDropperFirst) among the
// uploads of a site under an institution's suffix (edu.pk, gov, ac.uk:
// institutional), which is otherwise trusted for its files: a school's
// or an office's WordPress is broken into as any site's is
// (hillcrestschool.edu.pk/wp-content/uploads/2024/setup.exe), and its
// IT pages name the programs they hand out (GlobalProtect64.msi).
func institutionalPlant(l *linkx.Link, file string, fd filetype.Finding) bool {
	if !reputableSuffixes[l.Suffix] && !institutional(l.Suffix) {
		return false
	}
	words := fileWords(file)
	return len(words) > 0 && (dropperNames[words[0]] || codeDropperFirst[words[0]]) && plantedProgram(l, file, fd)
}

// fileLeadName returns a file's leading run of ASCII letters and digits,
// in lower case (gnucash for gnucash-5.5-setup.exe, foobar2000 for
// foobar2000_v2.1.exe).
func fileLeadName(file string) string {
	i := 0
	for i < len(file) && isAlnum(file[i]) {
		i++
	}
	return strings.ToLower(file[:i])
}
