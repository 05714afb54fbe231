package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A project's own build linked over plain HTTP. Older tech chat (IRC,
// mailing lists, forums) and people typing an address from memory link
// official downloads as http:// (www.7-zip.org/a/7z2408-x64.msi,
// download.virtualbox.org/virtualbox/7.1.4/VirtualBox-7.1.4-165100-Win.exe,
// downloads.arduino.cc/arduino-1.8.19-windows.exe); the site answers
// with a redirect to HTTPS or serves the same file. Every download relief
// asks for TLS, so the same link the bot allows written https:// was
// deleted written http://. Malware drops over plain HTTP are mostly on
// addresses and ports, dynamic DNS names, file drops and free hosts, in a
// compromised site's folders under a name of its own (QuickView-2.1.exe
// on a dentist's site), or sent with bait; a project's own build is
// named after the site that serves it.
//
// httpBuildTwin reads such a link as its HTTPS twin, so that every
// relief and every finding the twin meets decides it as it decides the
// twin: a lookalike, a cheap name, a dropper's or a lure's file name, a
// folder droppers sit in keep it flagged as they keep the twin.

// httpBuildTwin returns the HTTPS twin of a plain-HTTP link to a build
// (a program, an installer, an archive, a disk image or an Android app)
// that names the site serving it (buildNamesSite: vlc-3.0.21-win64.exe
// in download.videolan.org/pub/videolan/, SDL2-devel-2.30.8-mingw.zip on
// www.libsdl.org), at a name (no address, port or user), on an ICANN
// ending that is not cheap (mildly cheap at most: arduino.cc), not a
// dynamic DNS name, a file drop, a file host or a host anyone publishes
// on, outside the folders droppers sit in and users' folders (~, @,
// written plainly or percent-encoded), with no disguise of the link or
// the file and spelt plainly (plainSpelling: ASCII, no letter or -._~
// percent-encoded, no inner extension), in a message with no bait
// (k.baited, releaseBaited) and no lure that stops the readings; nil for
// any other link. The scheme is read in any case (Http://, as phones
// write it). It allocates only for such a link.
func (c *Classifier) httpBuildTwin(l *linkx.Link, info *hostInfo, k *knowledge) *linkx.Link {
	if c.training || l.Scheme != "http" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Query != "" || l.Domain == "" || !l.ICANN ||
		l.Disguised || l.Hidden || !plainHTTPWritten(l) {
		return nil
	}
	f := linkFile(l)
	if f == "" {
		return nil
	}
	fd := filetype.Check(f, "")
	if !releaseExt[fd.Ext] && fd.Kind != filetype.Android || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch {
		return nil
	}
	if info.userContent || fileDrops[l.Host] || fileHosts[l.Domain] || onDynamicDNS(l) ||
		abusedTLD(l.Suffix) > 0.1 || abusedTLDs[l.Domain] > 0 || dropperFolder(l.Path) || strings.ContainsAny(l.Path, "~@") ||
		strings.Contains(l.Path, "%40") || !plainSpelling(l, f, fd) {
		return nil
	}
	if !buildNamesSite(l, f) && !homeHTTPTree(l, f, fd, info, k, debianHomes) {
		return nil
	}
	if k.stopsReadings() || k.baited() || releaseBaited(k) {
		return nil
	}
	return httpsTwin(l)
}

// buildNamesSite reports a build whose name names the site that serves
// it: a word leading the file's name is a label of the host (the
// registrable name without hyphens, or a label of four letters or more
// under it that is not a download host's nor an English word or a
// service's: serviceLabel), or starts it, or ends it, or
// is started or ended by it (wireshark, sublime_text on sublimetext.com,
// 7z2408 on 7-zip.org, SDL2 on libsdl.org, VirtualBox on virtualbox.org,
// LTspice64 on ltspice.analog.com, gvim on ftp.vim.org), or spells it
// short, its letters in order and no English word (ahk-v2.exe on
// autohotkey.com, iview467_x64_setup.exe on irfanview.info; not maps in
// mediaplayerstudio.com); or the file is versioned
// in a folder named after the registrable name (vlc-3.0.21-win64.exe in
// download.videolan.org/pub/videolan/vlc/3.0.21/) or, on a download or
// mirror host (releaseHosts, mirrorHosts: not cdn., static. or files.,
// which any site has), after the build
// (download.kde.org/stable/krita/5.2.6/).
func buildNamesSite(l *linkx.Link, file string) bool {
	site := strings.ReplaceAll(strings.ToLower(l.Label()), "-", "")
	if len(site) < 2 {
		return false
	}
	leads := buildLeads(file)
	if namesLabel(leads, site) || siteWordRelease(l, file, fileWords(file)) {
		return true
	}
	for lab := range strings.SplitSeq(l.Subdomain(), ".") {
		lab = strings.ReplaceAll(lab, "-", "")
		if len(lab) >= 4 && !downloadHosts[lab] && !mirrorHosts[lab] && lab != "www" && !serviceLabel(lab) && namesLabel(leads, lab) {
			return true
		}
	}
	// a download host's tree: a folder named after the registrable name
	// (/pub/videolan/), or after the build on a host the site serves its
	// builds from (download.kde.org/stable/krita/5.2.6/krita-….exe,
	// releases.hashicorp.com/terraform/1.9.8/terraform_….zip), the build
	// numbered in its name, or there in its folder or of a release channel
	// as projectRelease reads it (dl.ui.com/unifi/8.5.6/UniFi-installer.exe,
	// downloads.raspberrypi.org/imager/imager_latest.exe)
	first, _, _ := strings.Cut(l.Subdomain(), ".")
	dlHost := releaseHosts[first] || mirrorHosts[first] // not a compromised site's cdn., static. or files. host
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	numbered := versioned(file)
	if !numbered && !(dlHost && (dottedVersion(dir) || channelBuild(file, dir))) {
		return false
	}
	for seg := range strings.SplitSeq(dir, "/") {
		seg = strings.ReplaceAll(seg, "-", "")
		if numbered && len(site) >= 4 && seg == site || dlHost && len(seg) >= 3 && (seg == leads[0] || seg == leads[1] || seg == leads[2]) {
			return true
		}
	}
	return false
}

// serviceLabel reports a host label that is an English word or names a
// service a business runs (portal., remote., support., mail., share.,
// bank., citrix., webmail.), not a product: a compromised site's host of
// that name, with a file named after it (portal_setup_2.4.exe on
// portal.brightsmileortho.com), names no build of the site's. A
// product's own host under its maker's name (ltspice.analog.com,
// zadig.akeo.ie) is neither.
func serviceLabel(lab string) bool {
	return englishWord(lab) || serviceLabels[lab]
}

// serviceLabels are the first labels of the hosts a business runs its
// services on that are no English word (englishWord).
var serviceLabels = setOf("webmail", "helpdesk", "cpanel", "citrix", "intranet", "extranet", "signin", "myaccount", "servicedesk")

// buildLeads returns the words that lead a build's name, in lower case:
// its first run of letters and digits with the digits that end it taken
// off (7z for 7z2408, ltspice for LTspice64), its first run of letters
// (sdl for SDL2), and its first two runs of letters joined
// (sublimetext for sublime_text_build_4143).
func buildLeads(file string) [3]string {
	var leads [3]string
	stem := strings.ToLower(file)
	i := 0
	for i < len(stem) && isAlnum(stem[i]) {
		i++
	}
	lead := strings.TrimRight(stem[:i], "0123456789")
	leads[0] = lead
	words := fileWords(file)
	if len(words) > 0 {
		leads[1] = words[0]
	}
	if len(words) > 1 {
		leads[2] = words[0] + words[1]
	}
	return leads
}

// namesLabel reports a lead of a build's name (buildLeads) that names a
// label: the label itself, its start (three letters or more, or two with
// a digit: 7z for 7zip), its end (three letters or more: sdl for libsdl),
// a name that starts with the label (four letters or more:
// virtualboxsdk; or ending with it, three or more: gvim for vim), or the
// label's letters in order, first letter first (three letters or more,
// a longer label, no English word: ahk for autohotkey, iview for
// irfanview).
func namesLabel(leads [3]string, label string) bool {
	for _, t := range leads {
		switch {
		case t == "":
		case t == label:
			return true
		case len(t) >= 3 && strings.HasPrefix(label, t), len(t) == 2 && t[0] >= '0' && t[0] <= '9' && strings.HasPrefix(label, t):
			return true
		case len(t) >= 3 && strings.HasSuffix(label, t):
			return true
		case len(label) >= 4 && strings.HasPrefix(t, label), len(label) >= 3 && strings.HasSuffix(t, label):
			return true
		case len(t) >= 3 && len(label) > len(t) && t[0] == label[0] && lowerLetters(t) && !englishWord(t) && subsequence(t, label):
			return true
		}
	}
	return false
}

// subsequence reports whether every byte of t appears in s in order.
func subsequence(t, s string) bool {
	j := 0
	for i := 0; i < len(s) && j < len(t); i++ {
		if s[i] == t[j] {
			j++
		}
	}
	return j == len(t)
}
