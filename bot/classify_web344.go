package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A thing's name ending in .js at the end of a trusted site's page (web344).
// Issue #9's class "repository names that end in .js read as downloads",
// on the sites a community trusts: a Q&A site's tag page
// (stackoverflow.com/questions/tagged/discord.js,
// ethereum.stackexchange.com/questions/tagged/web3.js), an encyclopedia's
// article (en.wikipedia.org/wiki/Vue.js), a docs or tutorial page named
// after a library (hardhat.org/tutorial/web3.js, vuejs.org/…/guide/vue.js).
// A browser opens these as pages: the name is the page's subject, not a
// file the site serves. They were read as a script to download: noted on
// a site reputable in itself ("the link downloads discord.js, a script
// that runs on your computer"), warned on a site trusted at run time,
// whose files are judged as before it was trusted (fileHostInfo).
// js34's projectPage, for any site, refuses names with a protected
// brand's or a lure's word (discord.js, web3.js, wallet.js): a dropper on
// an unknown site may be named so; a trusted site's page is not a
// dropper's.

// trustedPageScript reports a .js link that is a page of a site trusted
// for its pages (info.trusted, as the classifier reads it: the trainer's
// view trusts no site of reputableAtRuntime), not a file: over TLS (or
// written without a scheme), no port or user info, not a host or a
// folder anyone uploads files to (fileDrops, fileHosts, uploadPath, a
// storage bucket, user content), the file named as a thing is (one to
// six words of letters, each ending in at most one digit, joined by
// hyphens or dots: discord.js, three.js, web3.js, socket.io.js; not as
// droppers name theirs: dropperScript, scriptDocument), in a folder that
// names a page about things (pageFolders, or a forge's name one to three
// folders before: projectPageFolder) or is the site's documentation
// (trustedDocsFolder), and under no folder droppers are
// served from (fileEndpoints, dropperDirs, wp-*), in a message that does
// not hand it over as a file or beside a lure (luresAroundFile).
func trustedPageScript(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, k *knowledge) bool {
	if fd.Kind != filetype.Script || fd.Ext != "js" || fd.Decoy != "" || fd.RTL || fd.MIMEMismatch || !info.trusted && !publishingSite(l) {
		return false
	}
	if !overTLS(l) || l.IP.IsValid() || l.Domain == "" || l.Port != "" || l.UserInfo != "" || fileDrops[l.Host] || fileHosts[l.Domain] ||
		uploadPath(l) || bucketName(l) != "" || userContent[l.Host] || userContent[l.Domain] {
		return false
	}
	if !pageThingName(file) || dropperScript(file) || scriptDocument(file) {
		return false
	}
	if _, ok := projectPageFolder(l); !ok && !trustedDocsFolder(l) {
		return false
	}
	return !k.luresAroundFile()
}

// trustedDocsFolder reports a path whose last folder is a site's own
// documentation (docsFolders: docs.alchemy.com/docs/web3.js,
// …/reference/ethers.js) and no folder of it one droppers are served
// from (fileEndpoints, dropperDirs but docs, wp-*): on a trusted site,
// whose docs folder is its own, not a compromised site's
// (/docs/invoice.js, which dropperDirs holds for any site).
func trustedDocsFolder(l *linkx.Link) bool {
	segs := strings.Split(strings.Trim(strings.ToLower(l.Path), "/"), "/")
	if len(segs) < 2 {
		return false
	}
	segs = segs[:len(segs)-1]
	for _, s := range segs {
		if fileEndpoints[s] || dropperDirs[s] && !docsFolders[s] || strings.HasPrefix(s, "wp-") {
			return false
		}
	}
	return docsFolders[segs[len(segs)-1]]
}

// docsFolders are the folders a site files its own documentation in.
var docsFolders = setOf("docs", "doc", "documentation", "reference", "api", "sdk", "integrations")

// pageThingName reports a .js file named as a thing a page is about: one
// to six words of ASCII letters, each ending in at most one digit, joined
// by hyphens or dots (discord.js, web3.js, socket.io.js, next-auth.js),
// any case (Vue.js, Node.js). A date, a number, an underscore or an ID is
// no thing's name.
func pageThingName(file string) bool {
	stem, ok := strings.CutSuffix(strings.ToLower(file), ".js")
	if !ok || stem == "" || len(stem) > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsFuncSeq(stem, func(r rune) bool { return r == '-' || r == '.' }) {
		n++
		if n > 6 || !projectWord(w) {
			return false
		}
	}
	return n > 0 && !strings.HasPrefix(stem, "-") && !strings.HasSuffix(stem, "-") && !strings.Contains(stem, "--") &&
		!strings.HasPrefix(stem, ".") && !strings.HasSuffix(stem, ".") && !strings.Contains(stem, "..")
}
