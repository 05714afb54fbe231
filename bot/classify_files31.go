package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Java programs on free sites (files31). A .jar runs on any desktop
// with Java, and stealers for a block game's players are passed around
// as its mods and installers (optifine-installer.jar). A .jar at the end
// of a link is only noted (softLinkScripts), as libraries and builds are
// linked in tech talk from registries, build servers, code hosts and mod
// platforms' stores (layoutBuild, modBuild); none of those is a site
// anyone makes for free on a hosting platform (onrender.com, netlify.app,
// vercel.app, glitch.me). A .jar served from such a site is the program
// of whoever made the site that day, and is warned about as a Linux
// build from an unknown site is (wLinuxLink). A platform's storage
// bucket (r2.dev) is read as buckets are.

// freeSiteJar reports a Java program served from a site on a hosting
// platform that gives anyone a site (model.Site), not a storage bucket.
func freeSiteJar(l *linkx.Link, fd filetype.Finding) bool {
	if fd.Ext != "jar" || l.IP.IsValid() {
		return false
	}
	if !model.Hosted(l) {
		return false
	}
	site, _ := model.Site(*l)
	return !storageSuffixes[site.Suffix]
}

// storageSuffixes are hosting platforms' suffixes that serve a storage
// bucket's files, read as buckets (bucketUpload, bucketArchive), not as
// sites.
var storageSuffixes = setOf("r2.dev")

// Numbered release hosts (files31). A site that serves its builds from
// a host of their own (download., dl., releases.: releaseHosts) shards
// it as downloads grow, numbering the host (download2.veeam.com,
// download1.rpmfusion.org, dl3.…): the same host to a reader, and to
// projectRelease and releaseHost. A number of one or two digits only;
// what a host is asked there is asked as before.

// releaseLabel reports a host's first label that names a release host
// (releaseHosts), alone or with a number of one or two digits after it
// (download2, dl3).
func releaseLabel(first string) bool {
	if len(first) < releaseHostShortest || len(first) > releaseHostLongest+2 {
		return false // no release host's label, with two digits or fewer (speed50b)
	}
	name := trimDigitsFast(first)
	return releaseHosts[name] && len(first)-len(name) <= 2
}

// Delivery names (files31). A fake download site joins a program's name
// to a download word (downloadName); one serving the file itself joins
// it to a word of delivering files (modrinth-cdn.net,
// nexusmods-files.com, macverify-cdn.com), as a maker never names a
// registrable name: its delivery host is a subdomain of its own
// (cdn.modrinth.com, download-cdn.jetbrains.com). Read only for a link
// that ends in a program, a script or an archive: a project's site named
// …-files and talked of by name is a site.

// deliveryName returns the name a registrable name joins to a word of
// delivering files with a hyphen (modrinth for modrinth-cdn.net), or "":
// a name of three letters or more that is no download word, as
// downloadName asks.
func deliveryName(l *linkx.Link) string {
	if l.Domain == "" || l.IP.IsValid() {
		return ""
	}
	label := l.Label()
	i := strings.LastIndexByte(label, '-')
	if i < 0 || !deliveryWords[label[i+1:]] {
		return ""
	}
	name := label[:i]
	if len(name) < 3 || downloadSuffix(name) || downloadPrefix(name) || siteTakers[name] || deliveryWords[name] {
		return ""
	}
	return name
}

// deliveryWords are the words a site serving files joins to a name:
// cdn, files.
var deliveryWords = setOf("cdn", "files")
