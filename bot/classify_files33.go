package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Papers in a compressor's wrapper (files33). Droppers mailed and linked
// as an invoice, an order or a quotation come in a zip, a rar or a 7z
// (windowsArchive), and, to pass mail filters that open those, in the
// wrappers WinRAR and 7-Zip open too: a gzip, xz or bzip2 of one file, a
// tar, an LHA, a uuencoded file, a split rar's first part
// (PO_88213.gz, RFQ_2024_11.xz, Invoice_0917.lzh, Remittance.uue). A
// project's source is packed as a tarball (acme-1.2.tar.gz) and a log
// or a dump as what it is (access.log.gz, dump.sql.xz); neither is
// named as the first word of a business's paperwork. mailedArchive asks
// for a file in such a wrapper, with no inner extension and no version
// in its name, whose first word is paperwork's (dropperWords' papers,
// paperworkWords, documentNames, and the abbreviations orders and
// freight go by: PO, AWB, SOA, proforma). Papers are named as a clerk
// writes them, capitalised (Invoice_0917, Remittance_Advice); a name
// in lower case, as programs and developers write their data files,
// is read only when its other words are paperwork's too (paperWord:
// not scan_results or order_data) and, with no number in it, its first
// word is a trade's paper (invoice.gz, rfq.xz), not a kind of document
// or an everyday word mail lures share (report.tar, accounts.tar)
// (rev33).

// mailedExts are the wrappers read: one file compressed, a tar, an LHA,
// a uuencoded file, a split archive's first part.
var mailedExts = setOf("gz", "gzip", "xz", "bz2", "lz", "lzh", "lha", "uue", "xxe", "z", "tar", "r00", "r01")

// mailedFirst are the abbreviations of orders, freight and accounts
// that papers are named with (PO_88213, AWB_5523, SOA_Oct, Proforma).
var mailedFirst = setOf("po", "awb", "soa", "proforma", "swift", "bl", "dhl", "fedex", "ups", "scan", "scanned", "rfq")

// mailedArchive returns the paperwork word a file in a compressor's
// wrapper is named with (po, invoice, rfq), or "".
func mailedArchive(file string) string {
	dot := strings.LastIndexByte(file, '.')
	if dot <= 0 || !mailedExts[strings.ToLower(file[dot+1:])] {
		return ""
	}
	stem := file[:dot]
	if strings.IndexByte(stem, '.') >= 0 {
		return "" // acme-1.2.tar.gz, access.log.gz, dump.sql.xz: a tarball, a version or what it packs
	}
	words := fileWords(file)
	if len(words) == 0 {
		return ""
	}
	w := words[0]
	if !(paperworkWords[w] && !docsWords[w] || documentNames[w] || mailedFirst[w] || dropperWords[w] && !softwareBait[w]) {
		return ""
	}
	// rev33: the rest of the name is paperwork's too (PO_Invoice_44719),
	// not what a data file holds (scan_results, order_data,
	// fine_tuned_model); and with no number in it, the first word is a
	// trade's paper (Invoice, Remittance, RFQ), not a kind of document
	// or a word mail lures share with everyday files (report, info,
	// accounts, tracking: report.tar, accounts.tar)
	if c := file[0]; c >= 'A' && c <= 'Z' {
		return w // Invoice_0917, Remittance_Advice: papers are named as a clerk writes them
	}
	for _, x := range words[1:] {
		if !paperWord(x) {
			return ""
		}
	}
	if strings.IndexAny(stem, "0123456789") < 0 && !mailedFirst[w] && !(dropperWords[w] && !softwareBait[w]) {
		return ""
	}
	return w
}

// paperWord reports a word paperwork is named with: paperworkWords,
// documentNames, mailedFirst, and dropperWords not softwareBait's
// (rev33).
func paperWord(w string) bool {
	return paperworkWords[w] || documentNames[w] || mailedFirst[w] || dropperWords[w] && !softwareBait[w] || paperKinds[w]
}

// paperKinds are the words that say which of a paper's forms a file is
// (Remittance_Advice, Payment_Slip, Order_Confirmation, Invoice_pdf).
var paperKinds = setOf("advice", "slip", "confirmation", "copy", "doc", "docs", "pdf", "original", "final",
	"draft", "new", "revised", "signed")

// softwareBait are dropperWords that name a cheat's or a gift's bait,
// not paperwork: read by the program readings, not here.
var softwareBait = setOf("crack", "cracked", "keygen", "activator", "serial", "cheat", "cheats", "hack", "hacked", "aimbot",
	"mod", "free", "gift", "bonus", "prize", "giveaway", "airdrop", "claim", "wallet", "private", "leak", "leaked", "nude", "sex")

// Files on dynamic DNS names (files33). A dynamic DNS service gives
// anyone a name under its own (x.duckdns.org, x.ddns.net, x.publicvm.com)
// that follows a home machine's changing address: remote-access trojans'
// servers and botnets' loaders are reached at them, and no maker serves
// its builds from one. A program, a script or an archive there is not a
// plain site's download (plainDownload) nor a site's TLS install script
// (wTLSScript): it is judged as a file from an unknown site is.

// dynamicDNS are dynamic DNS services' shared names (No-IP's, Dynu's,
// FreeDNS's, DuckDNS's, dynv6's and others'), matched as the ending of
// a link's host.
var dynamicDNS = setOf("duckdns.org", "ddns.net", "hopto.org", "zapto.org", "servehttp.com", "sytes.net", "no-ip.org",
	"no-ip.biz", "no-ip.info", "noip.me", "myftp.org", "myftp.biz", "serveftp.com", "servebeer.com", "serveblog.net",
	"redirectme.net", "ddnsking.com", "gotdns.ch", "3utilities.com", "bounceme.net", "webhop.me", "dynu.net",
	"dynv6.net", "freeddns.org", "ddns.me", "linkpc.net", "mooo.com", "crabdance.com", "chickenkiller.com",
	"strangled.net", "us.to", "publicvm.com", "freemyip.com", "dyndns.org", "dyndns-free.com", "ddnsfree.com",
	"kozow.com", "loseyourip.com", "mywire.org", "ddnsgeek.com", "giize.com", "gleeze.com", "portmap.io",
	"portmap.host", "dnsalias.com", "dnsalias.net", "homeip.net", "dyndns.biz", "ignorelist.com", "jumpingcrab.com",
	// names that spell an address (1-2-3-4.nip.io): a machine's, as a
	// dynamic name is
	"nip.io", "sslip.io", "xip.io")

// onDynamicDNS reports a link whose host is a name under a dynamic DNS
// service's (dynamicDNS), not the service's own site.
func onDynamicDNS(l *linkx.Link) bool {
	h := strings.ToLower(l.Host)
	for i := strings.IndexByte(h, '.'); i >= 0; {
		if dynamicDNS[h[i+1:]] {
			return true
		}
		j := strings.IndexByte(h[i+1:], '.')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// Unnamed uploads to a repository (files33). A project names the
// programs it publishes in its releases after itself and numbers them,
// or numbers the release they sit in (ShareX/ShareX/…/v17.0.0/ShareX-17.0.0-setup.exe,
// BetterDiscord/Installer/…/latest/download/BetterDiscord-Windows.exe);
// an account made to pass a program around uploads it to a repository of
// any name, with a name of its own and no number anywhere
// (bitbucket.org/raudos/new/downloads/hhh.exe). unnamedUpload reports a
// Windows program in a code host's release or downloads (not a file
// committed and linked raw, read by raw_program) with no version in its
// path after the repository and no word shared with the owner's or the
// repository's name, words any file is named with (setup, installer,
// update, windows) aside. A word of the file's name that shortens one of
// theirs (abbreviates: nvim in neovim/neovim) is shared (rev33).
func unnamedUpload(l *linkx.Link, file string) bool {
	if !repoHosts[l.Domain] || rawPath(l) || attachmentPath(l) {
		return false
	}
	parts := strings.SplitN(strings.TrimPrefix(browserPath(l.Path), "/"), "/", 3)
	if len(parts) < 3 || parts[0] == "" || parts[1] == "" || pathVersioned(parts[2]) {
		return false
	}
	names := strings.ToLower(parts[0] + " " + parts[1])
	stem := strings.ToLower(fileStem(file))
	shared := false
	forLetterRuns(stem, func(w string) bool {
		shared = len(w) >= 3 && !sayNothingWords[w] && strings.Contains(names, w)
		return !shared
	})
	if shared {
		return false
	}
	forLetterRuns(names, func(w string) bool {
		shared = len(w) >= 3 && !sayNothingWords[w] && strings.Contains(stem, w)
		return !shared
	})
	if shared {
		return false
	}
	var stack [128]byte
	for w := range strings.FieldsSeq(string(humpWords(file, stack[:0]))) {
		if len(w) >= 3 && !sayNothingWords[w] && strings.Contains(names, w) {
			return false // VencordInstaller in Vencord/Installer
		}
	}
	for _, w := range fileWords(file) {
		if len(w) >= 2 && !sayNothingWords[w] && abbreviates(w, names) {
			return false // nvim-win64.msi in neovim/neovim (rev33)
		}
	}
	return true
}

// abbreviates reports a word of a file's name that is a short name of
// a word of the owner's or the repository's name (rev33): its letters
// in order in one word of names, from that word's first letter on, as
// projects shorten their names for their commands (nvim for neovim, ep
// for ExplorerPatcher, jq for jqlang, yq for yq).
func abbreviates(w, names string) bool {
	found := false
	forLetterRuns(names, func(n string) bool {
		if len(n) < len(w) || n[0] != w[0] {
			return true
		}
		i := 0
		for j := 0; j < len(n) && i < len(w); j++ {
			if n[j] == w[i] {
				i++
			}
		}
		found = i == len(w)
		return !found
	})
	return found
}

// sayNothingWords are words any program's file or any repository is
// named with; sharing one says nothing of whose the file is.
var sayNothingWords = setOf("setup", "install", "installer", "update", "updater", "release", "releases", "latest",
	"download", "downloads", "windows", "win", "portable", "app", "application", "client", "tool", "tools", "new",
	"exe", "msi", "bin", "build", "builds", "main", "master", "files", "file", "dist")

// pathVersioned reports a path with a version in it: what versioned
// reads (1.28.4, 24_8_28, a run of four digits), digits parted by a
// hyphen (4-13-2), or a v before a digit (v2, V197).
func pathVersioned(p string) bool {
	if versioned(p) {
		return true
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if isDigit(c) && i+2 < len(p) && (p[i+1] == '.' || p[i+1] == '_' || p[i+1] == '-') && isDigit(p[i+2]) {
			return true
		}
		if (c == 'v' || c == 'V') && i+1 < len(p) && isDigit(p[i+1]) && (i == 0 || !isASCIILetter(p[i-1])) {
			return true
		}
	}
	return false
}

// Continuous integration's artifacts (files33). A CI service keeps what
// a repository's workflow built and serves it at a link of that run:
// nightly.link/OWNER/REPO/workflows/… (GitHub Actions' artifacts),
// output.circle-artifacts.com/output/job/…/artifacts/… (CircleCI),
// ci.appveyor.com/api/buildjobs/…/artifacts/…, api.cirrus-ci.com/v1/artifact/….
// A build there is a repository's, as a release on its code host is
// (noted there, wOfficialFile): ciArtifact notes it (wReleaseFile), not
// flagged, when it is an archive or an Android app named for its
// platform (platformBuild) and as no dropper is (codeDropper: setup, update, invoice, crack; passedBuild:
// a lure word, a product droppers pass for) and the message carries no
// bait (knowledge.baited), and, on nightly.link, when the repository
// is not named as bait is (baitRepo: rev33).
func ciArtifact(l *linkx.Link, file string, k *knowledge) bool {
	if !overTLS(l) || l.Port != "" || l.UserInfo != "" || codeDropper(file) != "" || fileStem(file) == "" {
		return false
	}
	p := l.Path
	switch {
	case l.Host == "nightly.link":
		parts := strings.SplitN(strings.TrimPrefix(p, "/"), "/", 4)
		if len(parts) < 4 || parts[0] == "" || parts[1] == "" || parts[2] != "workflows" && parts[2] != "actions" {
			return false
		}
		if baitRepo(parts[0], parts[1]) {
			return false // xeno-cheats/Xeno-Executor-2024's build is no project's (rev33)
		}
	case strings.HasSuffix(l.Host, ".circle-artifacts.com"):
		if !strings.Contains(p, "/artifacts/") {
			return false
		}
	case l.Host == "ci.appveyor.com":
		if !strings.HasPrefix(p, "/api/buildjobs/") || !strings.Contains(p, "/artifacts/") {
			return false
		}
	case l.Host == "api.cirrus-ci.com":
		if !strings.HasPrefix(p, "/v1/artifact/") {
			return false
		}
	default:
		return false
	}
	if passedBuild(l, file) || !platformBuild(l, file) {
		return false
	}
	return !k.baited()
}

// ciBuildWords are the words CI names a build with: its platform, its
// architecture, its kind (app-release.apk, linux-binary.zip,
// cli-linux-x64.zip, build-windows-msvc.zip).
var ciBuildWords = setOf("app", "release", "debug", "linux", "windows", "win", "macos", "mac", "osx", "darwin", "x", "arm",
	"aarch", "amd", "i", "universal", "binary", "binaries", "bin", "build", "builds", "dist", "artifact", "artifacts",
	"apk", "cli", "gnu", "musl", "msvc", "mingw", "static", "portable", "unsigned", "signed", "nightly", "android",
	"ios", "wasm", "web", "pc", "unknown", "apple", "linuxmusl", "gcc", "clang", "output", "package", "packages", "v")

// platformBuild reports an archive or an Android app named only with
// CI's words of a build (ciBuildWords) and the words of the link's own
// path before it (nightly.link/OWNER/cli/…/cli-linux-x64.zip): what a
// workflow uploads, not a name a dropper passes for (Client.exe,
// GameLauncher.zip, FedEx_Tracking.apk). A Windows program or a script
// is never taken.
func platformBuild(l *linkx.Link, file string) bool {
	fd := filetype.Check(file, "")
	if fd.Kind != filetype.Archive && fd.Kind != filetype.Android {
		return false
	}
	dir := strings.ToLower(l.Path[:strings.LastIndexByte(l.Path, '/')+1])
	words := fileWords(file)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if !ciBuildWords[w] && !(len(w) >= 3 && strings.Contains(dir, "/"+w)) {
			return false
		}
	}
	return true
}

// passedBuild reports a file named after what droppers pass for: a
// lure word anywhere (dropperWords: invoice, crack, free), a product
// fakes imitate or droppers pass for (imitatedName, passedFor,
// passedForInside: AdobeReader.zip, Chrome.zip, Zoom_x64.exe).
func passedBuild(l *linkx.Link, file string) bool {
	words := fileWords(file)
	for i, w := range words {
		if dropperWords[w] || i == 0 && passedFor[w] {
			return true
		}
	}
	stem := strings.ToLower(fileStem(file))
	for _, p := range passedForInside {
		if strings.Contains(stem, p) {
			return true
		}
	}
	return imitatedName(l, file)
}

// baitRepo reports an owner or a repository named with a cheat's, a
// crack's or a free offer's word (repoBait, softwareBait: roblox-executor,
// free-nitro, spotify-premium): what such a repository's workflow builds
// is passed around as bait, not published as a project's build (rev33).
func baitRepo(owner, repo string) bool {
	for _, w := range append(repoWords(owner), repoWords(repo)...) {
		if repoBait[w] || softwareBait[w] {
			return true
		}
	}
	return false
}
