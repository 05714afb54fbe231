package bot

import (
	"net/url"
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Downloads that pass for what they are not: a popular program's
// installer from a site that takes the program's name (anydesk.app,
// teamviewer.top: fake download pages bought into search ads), a crack, a
// cheat or a friend's "game" on a file host or in a code host's release,
// and a shortened link whose path is written like an address. These rules
// keep hand weights and leave what the fitted combiner reads unchanged.
const (
	wFakeDownload = 0.9 // a program from a site named after it that is not its maker's
	wBaitDownload = 0.9 // a program or archive anyone uploaded, offered as a crack, a cheat or a friend's game
	wShortAddress = 0.6 // a shortened link dressed as an address: warns alone
	wRawProgram   = 0.6 // a Windows program committed to a repository and linked raw: warns alone
	// wFakeRelease: a build named after a program in a code host's release
	// of a repository not its maker's warns alone. Third parties publish
	// real builds there (portable wrappers, builds for other hardware)
	// whose names read just like the fakes', so the members are told and
	// the admin decides; a crack or a lure beside it deletes.
	wFakeRelease = 0.7
)

// product is a program whose download page is faked: the names its fakes
// take (lower-case, no hyphens) and the registrable domains its maker
// serves it from.
type product struct {
	name    string
	names   []string
	domains []string
	files   []string // what its builds' names start with besides its names (7z for 7-Zip)
}

// products are the programs malvertising and poisoned search results
// most often fake (remote support, admin tools, archivers, media, VPN
// clients, password managers); the brands of package brand are judged
// there.
var products = []product{
	{"AnyDesk", []string{"anydesk"}, []string{"anydesk.com"}, nil},
	{"TeamViewer", []string{"teamviewer"}, []string{"teamviewer.com"}, nil},
	{"PuTTY", []string{"putty"}, []string{"greenend.org.uk", "earth.li"}, nil},
	{"WinSCP", []string{"winscp"}, []string{"winscp.net"}, nil},
	{"WinRAR", []string{"winrar", "rarlab"}, []string{"win-rar.com", "rarlab.com"}, nil},
	{"7-Zip", []string{"7zip"}, []string{"7-zip.org"}, []string{"7z"}},
	{"Notepad++", []string{"notepadplusplus", "notepadpp"}, []string{"notepad-plus-plus.org"}, []string{"npp"}},
	{"OBS Studio", []string{"obsstudio", "obsproject"}, []string{"obsproject.com"}, []string{"obs"}},
	{"VLC", []string{"videolan", "vlcplayer", "vlcmediaplayer"}, []string{"videolan.org"}, []string{"vlc"}},
	{"Audacity", []string{"audacity"}, []string{"audacityteam.org"}, nil},
	{"Blender", []string{"blender"}, []string{"blender.org"}, nil},
	{"GIMP", []string{"gimp"}, []string{"gimp.org"}, nil},
	{"LibreOffice", []string{"libreoffice"}, []string{"libreoffice.org", "documentfoundation.org"}, nil},
	{"VirtualBox", []string{"virtualbox"}, []string{"virtualbox.org", "oracle.com"}, nil},
	{"Wireshark", []string{"wireshark"}, []string{"wireshark.org"}, nil},
	{"Nmap", []string{"nmap"}, []string{"nmap.org"}, nil},
	{"FileZilla", []string{"filezilla"}, []string{"filezilla-project.org"}, nil},
	{"Advanced IP Scanner", []string{"advancedipscanner"}, []string{"advanced-ip-scanner.com", "radmin.com"}, []string{"advancedipscanner"}},
	{"Rufus", []string{"rufus"}, []string{"rufus.ie"}, nil},
	{"CCleaner", []string{"ccleaner"}, []string{"ccleaner.com", "piriform.com"}, nil},
	{"qBittorrent", []string{"qbittorrent"}, []string{"qbittorrent.org"}, nil},
	{"uTorrent", []string{"utorrent"}, []string{"utorrent.com"}, nil},
	{"KeePass", []string{"keepass"}, []string{"keepass.info"}, nil},
	{"KeePassXC", []string{"keepassxc"}, []string{"keepassxc.org"}, nil},
	{"Bitwarden", []string{"bitwarden"}, []string{"bitwarden.com"}, nil},
	{"Cisco AnyConnect", []string{"anyconnect"}, []string{"cisco.com"}, nil},
	{"FortiClient", []string{"forticlient"}, []string{"fortinet.com"}, nil},
	{"OpenVPN", []string{"openvpn"}, []string{"openvpn.net", "openvpn.org"}, nil},
	{"WireGuard", []string{"wireguard"}, []string{"wireguard.com"}, nil},
	{"Tor Browser", []string{"torproject", "torbrowser"}, []string{"torproject.org"}, []string{"tor"}},
	{"Visual Studio Code", []string{"vscode"}, []string{"visualstudio.com", "microsoft.com"}, nil},
	{"Sublime Text", []string{"sublimetext"}, []string{"sublimetext.com"}, nil},
	{"Malwarebytes", []string{"malwarebytes"}, []string{"malwarebytes.com"}, nil},
	{"Webex", []string{"webex"}, []string{"webex.com", "cisco.com"}, nil},
	{"HandBrake", []string{"handbrake"}, []string{"handbrake.fr"}, nil},
	{"Krita", []string{"krita"}, []string{"krita.org", "kde.org"}, nil},
	{"Inkscape", []string{"inkscape"}, []string{"inkscape.org"}, nil},
	{"Thunderbird", []string{"thunderbird"}, []string{"thunderbird.net", "mozilla.org"}, nil},
	{"Slack", []string{"slack"}, []string{"slack.com", "slack-edge.com"}, nil},
	{"Zoom", []string{"zoom", "zoomus"}, []string{"zoom.us", "zoom.com"}, nil},
	{"Signal", []string{"signal"}, []string{"signal.org"}, nil},
	{"Brave", []string{"brave", "bravebrowser"}, []string{"brave.com"}, nil},
	{"Python", []string{"python"}, []string{"python.org"}, nil},
	{"Node.js", []string{"nodejs"}, []string{"nodejs.org"}, []string{"node"}},
	{"Google Chrome", []string{"chrome", "googlechrome"}, []string{"google.com", "chrome.com"}, nil},
	{"NVIDIA's drivers", []string{"nvidia", "geforce"}, []string{"nvidia.com", "geforce.com"}, nil},
	// hardware monitors and tuners, game modding, makers' slicers,
	// Android tools, emulators, local AI apps and creators' tools: the
	// programs fake sites took in 2023-24 besides the ones above
	{"CPU-Z", []string{"cpuz"}, []string{"cpuid.com"}, nil},
	{"HWiNFO", []string{"hwinfo"}, []string{"hwinfo.com"}, []string{"hwi"}},
	{"MSI Afterburner", []string{"msiafterburner", "afterburner"}, []string{"msi.com", "guru3d.com"}, nil},
	{"ReShade", []string{"reshade"}, []string{"reshade.me"}, nil},
	{"SKSE", []string{"skse", "skse64"}, []string{"silverlock.org"}, nil},
	{"PrusaSlicer", []string{"prusaslicer"}, []string{"prusa3d.com"}, nil},
	{"UltiMaker Cura", []string{"ultimakercura"}, []string{"ultimaker.com"}, nil},
	{"F-Droid", []string{"fdroid"}, []string{"f-droid.org"}, nil},
	{"Magisk", []string{"magisk", "magiskmanager"}, []string{"github.com"}, nil},
	{"BlueStacks", []string{"bluestacks"}, []string{"bluestacks.com"}, nil},
	{"Ventoy", []string{"ventoy"}, []string{"ventoy.net"}, nil},
	{"balenaEtcher", []string{"balenaetcher"}, []string{"balena.io"}, nil},
	{"LM Studio", []string{"lmstudio"}, []string{"lmstudio.ai"}, nil},
	{"Ollama", []string{"ollama"}, []string{"ollama.com", "ollama.ai"}, nil},
	{"ShareX", []string{"sharex"}, []string{"getsharex.com"}, nil},
	{"Bandicam", []string{"bandicam"}, []string{"bandicam.com"}, nil},
	{"AutoHotkey", []string{"autohotkey"}, []string{"autohotkey.com"}, nil},
	{"Postman", []string{"postman"}, []string{"postman.com", "getpostman.com", "postman.co"}, nil},
	{"Angry IP Scanner", []string{"angryip", "angryipscanner"}, []string{"angryip.org"}, nil},
	{"WinDirStat", []string{"windirstat"}, []string{"windirstat.net"}, nil},
	{"MetaTrader", []string{"metatrader", "metatrader4", "metatrader5"}, []string{"metaquotes.net", "metatrader4.com", "metatrader5.com"}, []string{"mt4", "mt5"}},
	// note-taking, design and video apps, password managers, VPN
	// clients, browsers, remote desktops, trading and streaming tools,
	// and hardware monitors that malvertising and fake sites took
	// besides the ones above (det14), with the domains their makers
	// serve their builds from
	{"Notion", []string{"notion"}, []string{"notion.so", "notion.com", "notion-static.com", "notion.site"}, nil},
	{"Obsidian", []string{"obsidian", "obsidianmd"}, []string{"obsidian.md"}, nil},
	{"CapCut", []string{"capcut"}, []string{"capcut.com"}, nil},
	{"DaVinci Resolve", []string{"davinciresolve"}, []string{"blackmagicdesign.com"}, nil},
	{"Figma", []string{"figma"}, []string{"figma.com"}, nil},
	{"Paint.NET", []string{"paintnet"}, []string{"getpaint.net"}, nil},
	{"Greenshot", []string{"greenshot"}, []string{"getgreenshot.org"}, nil},
	{"Docker Desktop", []string{"dockerdesktop"}, []string{"docker.com"}, nil},
	{"Unity Hub", []string{"unityhub"}, []string{"unity.com", "unity3d.com"}, nil},
	{"TradingView", []string{"tradingview"}, []string{"tradingview.com"}, nil},
	{"1Password", []string{"1password"}, []string{"1password.com", "1password.ca", "1password.eu"}, nil},
	{"LastPass", []string{"lastpass"}, []string{"lastpass.com"}, nil},
	{"NordVPN", []string{"nordvpn"}, []string{"nordvpn.com", "nordcdn.com"}, nil},
	{"Proton VPN", []string{"protonvpn"}, []string{"protonvpn.com", "proton.me"}, nil},
	{"Mullvad VPN", []string{"mullvad", "mullvadvpn"}, []string{"mullvad.net"}, nil},
	{"RustDesk", []string{"rustdesk"}, []string{"rustdesk.com"}, nil},
	{"GPU-Z", []string{"gpuz"}, []string{"techpowerup.com"}, nil},
	{"HWMonitor", []string{"hwmonitor"}, []string{"cpuid.com"}, nil},
	{"CrystalDiskInfo", []string{"crystaldiskinfo", "crystaldiskmark"}, []string{"crystalmark.info"}, nil},
	{"Foxit PDF Reader", []string{"foxit", "foxitreader", "foxitpdf"}, []string{"foxit.com", "foxitsoftware.com"}, nil},
	{"Grammarly", []string{"grammarly"}, []string{"grammarly.com"}, nil},
	{"FL Studio", []string{"flstudio"}, []string{"image-line.com"}, nil},
	{"Voicemod", []string{"voicemod"}, []string{"voicemod.net"}, nil},
	{"Streamlabs", []string{"streamlabs", "streamlabsobs"}, []string{"streamlabs.com"}, nil},
	{"Opera", []string{"operagx", "operabrowser"}, []string{"opera.com", "operagx.gg"}, nil},
	{"Vivaldi", []string{"vivaldi"}, []string{"vivaldi.com", "vivaldi.net"}, nil},
	{"Firefox", []string{"firefox"}, []string{"mozilla.org", "mozilla.net", "firefox.com"}, nil},
	// makers' tools whose sites end in .cc or .org, faked on a twin
	// ending (kicad.cc, arduino-ide.cc)
	{"Arduino IDE", []string{"arduino", "arduinoide"}, []string{"arduino.cc"}, nil},
	{"KiCad", []string{"kicad"}, []string{"kicad.org"}, nil},
}

// takenProduct returns the product whose name a link's site takes while
// not being its maker's: its name is the product's (anydesk.app,
// putty.one, obs-studio.net), or the product's with a download word
// around it (anydesk-app.com, getanydesk.com, winrar-free.site); not a
// name that only starts or ends like it (zoominfo, slackware).
func takenProduct(l *linkx.Link) *product {
	if l.Domain == "" || l.IP.IsValid() {
		return nil
	}
	site := strings.ToLower(strings.ReplaceAll(l.Label(), "-", ""))
	has := byteSetOf(site)
	// The first of productNames the site takes: only the names that
	// start with a pair of the site's bytes can be in it.
	first := len(productNames)
	for k := 0; k+1 < len(site); k++ {
		for _, i := range namesByPair[pairKey(site[k], site[k+1])] {
			if int(i) >= first {
				break // a name before it was taken already
			}
			pn := &productNames[i]
			if pn.bytes&^has != 0 || !strings.Contains(site, pn.name) {
				continue
			}
			rest := strings.Replace(site, pn.name, "", 1)
			if rest != "" && !siteTakers[rest] {
				continue // another name
			}
			first = int(i)
			break
		}
	}
	if first == len(productNames) {
		return nil
	}
	p := &products[productNames[first].product]
	for _, d := range p.domains {
		if l.Domain == d {
			return nil
		}
	}
	return p
}

// namesByPair holds, for each pairKey of two bytes, the indices in
// productNames of the names that start with them, in order (every name
// has two bytes or more): takenProduct looks at these alone for each
// pair of a site's bytes (passing over all 120 names cost about 3,800
// instructions a new host).
var namesByPair = func() (t [1 << 10][]int16) {
	for i, pn := range productNames {
		k := pairKey(pn.name[0], pn.name[1])
		t[k] = append(t[k], int16(i))
	}
	return t
}()

// pairKey folds two bytes to ten bits, for namesByPair.
func pairKey(a, b byte) int { return int(a&31)<<5 | int(b&31) }

// productName is one of products' names with its byteSetOf: a site
// whose name lacks a byte of it cannot hold it (most sites hold none, and
// looking for each name in turn cost about 7,500 instructions a new
// host).
type productName struct {
	bytes   uint64
	name    string
	product int // its index in products
}

// productNames holds every name of products in their order, in one
// array that takenProduct passes over (a slice of names for each product
// cost about 4,000 instructions a new host to walk).
var productNames = func() []productName {
	var out []productName
	for i := range products {
		for _, n := range products[i].names {
			out = append(out, productName{bytes: byteSetOf(n), name: n, product: i})
		}
	}
	return out
}()

func byteSetOf(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] & 63)
	}
	return m
}

// makerDownload reports a popular program's build on its maker's own
// site over TLS, named after it (www.7-zip.org/a/7z2406-x64.exe,
// the.earth.li/~sgtatham/putty/0.81/w64/putty-64bit-0.81-installer.msi,
// download.teamviewer.com/download/TeamViewerQS_x64.exe): the download
// its users are sent to, noted and not flagged. A page anyone can publish
// or a file anyone drops on the maker's domain (sites.google.com for
// Chrome) is not the maker's download.
func makerDownload(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo) bool {
	if !overTLS(l) || l.Domain == "" || fd.Decoy != "" || fd.RTL || info.userContent || fileDrops[l.Host] {
		return false
	}
	name := fileStem(file)
	for i := range products {
		p := &products[i]
		if slices.Contains(p.domains, l.Domain) && p.namesFile(name) {
			return true
		}
	}
	return makerListDownload(l, name) // classify_mal46.go
}

// namesFile reports whether a file's stem (fileStem) starts with one of
// the product's names or its builds' prefixes.
func (p *product) namesFile(stem string) bool {
	for _, w := range p.names {
		if strings.HasPrefix(stem, w) {
			return true
		}
	}
	for _, w := range p.files {
		if strings.HasPrefix(stem, w) {
			return true
		}
	}
	return false
}

// fileStem returns a file's name in lower case with its letters and
// digits only (VLC-3.0.20_win64.exe: vlc3020win64exe), the first 64 of
// them: what a product's names and file prefixes are matched against.
func fileStem(file string) string {
	var stem [64]byte
	n := 0
	for i := 0; i < len(file) && n < len(stem); i++ {
		if c := file[i]; isAlnum(c) {
			stem[n] = c | 0x20 // lower case; digits keep their bits
			n++
		}
	}
	return string(stem[:n])
}

// judgeFakeDownload adds the finding of a program, installer, disk image
// or archive from a site that takes a popular program's name (p); it
// reports whether it did.
func judgeFakeDownload(rs *reasons, l *linkx.Link, p *product, file string, fd filetype.Finding) bool {
	if !(fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.DiskImage) {
		return false
	}
	shown := linkx.Defang(l.Unicode)
	d := say2("fake_download", file, shown, p.name, p.domains[0])
	rs.add(Reason{Code: CodeDangerousFile, Weight: wFakeDownload, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
	return true
}

// linkFile returns the name of the file a link downloads: its last
// segment, or on MediaFire (mediafire.com/file/ID/NAME/file) and
// SourceForge (sourceforge.net/projects/P/files/…/NAME/download) the
// name before the last.
func linkFile(l *linkx.Link) string {
	f := l.File()
	if l.Query != "" && (strings.IndexByte(f, '.') < 0 || pageScript(f)) {
		if q := queryFile(l.Query); q != "" && !editorFile(l, q) {
			return q
		}
	}
	if len(f) == 4 && l.Domain == "mediafire.com" && strings.EqualFold(f, "file") || len(f) == 8 && strings.EqualFold(f, "download") && sourceforgeFile(l) {
		p := l.Path[:len(l.Path)-len(f)-1] // the path without /file or /download
		if i := strings.LastIndexByte(p, '/'); i >= 0 && strings.IndexByte(p[i+1:], '.') > 0 {
			if d, err := url.PathUnescape(p[i+1:]); err == nil {
				return d
			}
			return p[i+1:]
		}
	}
	return f
}

// pageScript reports a path's last segment that is a page a server
// runs (dl.php, download.aspx), whose query may name the file it serves.
func pageScript(seg string) bool {
	switch strings.ToLower(seg[strings.LastIndexByte(seg, '.')+1:]) {
	case "php", "asp", "aspx", "jsp", "cgi", "pl":
		return true
	}
	return false
}

// queryFile returns the file a link's query names for download
// (download?name=Payment_Advice.exe, dl.php?file=Setup.zip,
// get?filename=…) when the path's last segment names none: a program,
// script, installer, archive or disk image by its extension; "" when
// there is none.
func queryFile(query string) string {
	for query != "" {
		var kv string
		kv, query, _ = strings.Cut(query, "&")
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		switch strings.ToLower(k) {
		case "name", "file", "filename", "fn", "f", "download", "dl":
		default:
			continue
		}
		if d, err := url.QueryUnescape(v); err == nil {
			v = d
		}
		if i := strings.LastIndexByte(v, '/'); i >= 0 {
			v = v[i+1:]
		}
		if fd := filetype.Check(v, ""); v != "" && (fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.Linux) {
			return v
		}
	}
	return ""
}

// fileHostList are the domains of file hosts where anyone uploads a file
// to a link of its own: a program there is judged as the attachment it
// was. uploadPath's switch spells the same list.
var fileHostList = []string{"mediafire.com", "mega.nz", "gofile.io", "pixeldrain.com", "sendspace.com", "4shared.com",
	"uploadhaven.com", "krakenfiles.com", "workupload.com", "catbox.moe", "anonfiles.com", "file.io", "transfer.sh",
	"solidfiles.com", "userscloud.com", "uploadrar.com", "zippyshare.com", "dosya.co", "send.cm",
	// anonymous drops that keep a file for hours or days, uploaded
	// from a shell with no account (files33)
	"temp.sh", "bashupload.com", "qu.ax", "uguu.se", "tmpfiles.org", "0x0.st", "x0.at", "oshi.at", "filebin.net",
	"files.fm", "bayfiles.com", "easyupload.io", "upload.ee", "ufile.io", "filetransfer.io", "buzzheavier.com"}

var fileHosts = setOf(fileHostList...)

// uploadPath reports a link to a file anyone may have uploaded: on a
// file host, a Discord attachment or a shared folder (fileDrops), in a
// mod platform's store (modHost) or an Internet Archive item
// (archiveItem), a repository's file on jsDelivr (repoCDN), or a release or download of a repository on a code host
// (github.com/OWNER/NAME/releases/download/…, …/releases/latest/download/…
// (rev47a), bitbucket.org/OWNER/NAME/downloads/…, gitlab.com/…/-/uploads/…). It
// asks every link of a message, so it switches on the domain rather than
// hashing it into three sets.
func uploadPath(l *linkx.Link) bool {
	switch l.Domain {
	case "mediafire.com", "mega.nz", "gofile.io", "pixeldrain.com", "sendspace.com", "4shared.com",
		"uploadhaven.com", "krakenfiles.com", "workupload.com", "catbox.moe", "anonfiles.com", "file.io", "transfer.sh",
		"solidfiles.com", "userscloud.com", "uploadrar.com", "zippyshare.com", "dosya.co", "send.cm",
		"temp.sh", "bashupload.com", "qu.ax", "uguu.se", "tmpfiles.org", "0x0.st", "x0.at", "oshi.at", "filebin.net",
		"files.fm", "bayfiles.com", "easyupload.io", "upload.ee", "ufile.io", "filetransfer.io", "buzzheavier.com":
		return true
	case "discordapp.com", "discordapp.net", "discord.com", "dropbox.com", "dropboxusercontent.com":
		return fileDrops[l.Host]
	case "github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "gitee.com":
		// the folders in any case: /Releases/Download/ is the
		// same release's file (rev40a)
		p := l.Path
		return containsFold(p, "/releases/download/") || containsFold(p, "/releases/latest/download/") || containsFold(p, "/downloads/") || containsFold(p, "/-/uploads/") ||
			containsFold(p, "/-/releases/") || containsFold(p, "/attachments/") || rawPath(l) || attachmentPath(l)
	case "modrinth.com", "forgecdn.net":
		return modHost(l) // a mod platform's store (classify_modstore29.go)
	case "jsdelivr.net", "archive.org":
		return repoCDN(l) || archiveItem(l) // a repository's file, an item's (classify_modstore29.go)
	case "githubusercontent.com", "raw.githubusercontent.com", "objects.githubusercontent.com": // a private suffix of its own
		return l.Host == "raw.githubusercontent.com" || releaseAsset(l)
	}
	return false
}

// rawPath reports a file of a repository's tree linked raw
// (raw.githubusercontent.com/OWNER/NAME/BRANCH/…, github.com/…/raw/…,
// gitlab.com/…/-/raw/…, bitbucket.org/…/raw/…, and
// github.com/…/blob/…?raw=true, which GitHub answers with the file
// itself: rev47a): a file committed, not a build published as a release.
func rawPath(l *linkx.Link) bool {
	return l.Host == "raw.githubusercontent.com" || containsFold(l.Path, "/raw/") || l.Query != "" && blobRaw(l)
}

// blobRaw reports a file's page on a code host asked for raw
// (…/blob/BRANCH/FILE?raw=true, ?raw=1): the download of the file, as
// …/raw/BRANCH/FILE is.
func blobRaw(l *linkx.Link) bool {
	if !containsFold(l.Path, "/blob/") {
		return false
	}
	for q := l.Query; q != ""; {
		var kv string
		kv, q, _ = strings.Cut(q, "&")
		if strings.EqualFold(kv, "raw=true") || kv == "raw=1" {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds word, a lower-case ASCII word,
// in any case, without allocating (strings.ToLower would for a path
// with capitals).
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i] == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// codeDroppers are the words of a program's name that a repository's
// release or raw file is not named by and droppers are: what it passes
// for (setup.exe, update.exe, loader.exe, invoice.scr) as its first word,
// or a lure anywhere (payroll, crack, keygen). A project names its builds
// after itself (ripgrep-14.1.0-x86_64-pc-windows-msvc.zip,
// PowerToysSetup-0.86.0-x64.exe).
var (
	codeDropperFirst = setOf("setup", "install", "installer", "update", "updater", "upgrade", "loader", "payload",
		"download", "downloader", "file", "files", "doc", "docs", "document", "documents", "pdf", "scan", "photo",
		"photos", "img", "image", "images", "video", "videos", "pic", "picture", "run", "patch", "fix", "driver",
		"drivers", "flash", "flashplayer", "codec", "plugin", "chrome", "browser", "secure", "security", "official")
	codeDropperAny = setOf("invoice", "invoices", "payment", "payments", "receipt", "remittance", "payroll", "salary",
		"crack", "cracked", "keygen", "activator", "cheat", "cheats", "hack", "hacked", "aimbot", "giveaway", "airdrop",
		"leak", "leaked", "nude",
		// a game's currency offered free (FreeRobux.bat, vbucks.zip: rev35)
		"robux", "freerobux", "vbucks", "freevbucks")
)

// codeDropper returns the dropper's word a Windows program's name on a
// code host holds (codeDroppers), or "".
func codeDropper(file string) string {
	words := fileWords(file)
	if len(words) > 0 && codeDropperFirst[words[0]] {
		return words[0]
	}
	for _, w := range words {
		if codeDropperAny[w] {
			return w
		}
	}
	return ""
}

// windowsProgram reports a Windows program, installer, shortcut or screen
// saver: what a code host's release or raw file is judged by its name for.
func windowsProgram(fd filetype.Finding) bool {
	switch fd.Kind {
	case filetype.Executable, filetype.Installer, filetype.Shortcut:
		return true
	}
	return false
}

// baitPhrases are what a program passed around as malware is offered as
// (folded words): a crack, a cheat, a free-currency generator, a friend's
// game to try.
// Words that name tools too (generator, executor, undetected, beta test)
// are left out.
var baitPhrases = []string{"crack", "cracked", "keygen", "activator", "kms activator", "kmspico", "cheat", "cheats", "hack",
	"hacks", "hacked", "aimbot", "wallhack", "mod menu", "modmenu", "roblox executor", "keyless", "injector", "free robux",
	"robux", "vbucks", "v bucks", "robux generator", "nitro generator", "account generator", "unlocker", "spoofer",
	"premium account", "free premium", "license key", "serial key", "try my game", "test my game", "my new game",
	"play my game", "made a game", "game i made", "check out my game", "choi thu game", "game cua minh", "ban crack",
	"tool hack", "hack game",
	// the same lure for an app (files30): "can you test this build of
	// my app"
	"test my app", "try my app", "build of my app"}

// judgeBaitDownloads finds a program or archive anyone uploaded (to a
// file host or a storage bucket), or on a site's download host
// (releaseHost), offered by its name or the
// message's words (folded) as a crack, a cheat or a friend's game, or a
// Windows program on a code host named as droppers are (codeDropper; a
// project's installer under its builder's name is not: projectSetup,
// which reads the message's lure word as no bait when it is said aside)
// or committed and linked raw: it adds the finding for the first such
// link.
func judgeBaitDownloads(rs *reasons, folded []byte, mass, aside bool, bm *brand.Matcher, j *Judgement) {
	for i := range j.Links {
		l := &j.Links[i]
		upload := uploadPath(l)
		// a storage bucket and a SourceForge project's files are
		// anyone's too: judged by the file's name as an upload is, by
		// the message's words as a download host is
		bucket := !upload && (bucketName(l) != "" || sourceforgeFile(l))
		if !upload && !bucket && !releaseHost(l) || repoName(l) {
			continue
		}
		file := linkFile(l)
		fd := filetype.Check(file, "")
		if !(fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.DiskImage) {
			continue
		}
		bait := ""
		var stack [128]byte
		name := lure.Fold(file, stack[:0])
		font := fontArchive(l, fd, name)
		for _, p := range baitPhrases {
			if containsWords(name, p) && !(font && p == "hack") && !(modHost(l) && modStoreWords[p]) {
				bait = p
				break
			}
		}
		if bait == "" {
			for _, p := range baitPhrases {
				if !upload && !releaseBait[p] {
					continue // tech talk's words beside a project's download
				}
				if containsWords(folded, p) && !(font && p == "hack") {
					bait = p
					break
				}
			}
		}
		code := codeHosts[l.Domain] || l.Host == "raw.githubusercontent.com" || repoCDN(l) || releaseAsset(l)
		if p, repo := othersRelease(l, file, fd); p != nil {
			w := wFakeRelease
			if bait != "" {
				w = wFakeDownload // offered as a crack or a cheat besides
			}
			d := say2("fake_release", file, linkx.Defang(l.Host)+"/"+repo, p.name)
			rs.add(Reason{Code: CodeDangerousFile, Weight: w, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if bait == "" && code && windowsProgram(fd) {
			if bait = codeDropper(file); installerNames[bait] && projectSetup(l, file, folded, mass, aside, bm) {
				bait = "" // a project's installer under its builder's name
			} else if bait == "" && rawPath(l) {
				// a program committed to a repository and linked raw,
				// named for itself: warned about
				d := say2("raw_program", file, linkx.Defang(l.Host))
				rs.add(Reason{Code: CodeDangerousFile, Weight: wRawProgram, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
				return
			}
		}
		if w := codeScript(l, file, fd); bait == "" && code && w != "" {
			// a Windows script named as droppers are (update.ps1,
			// run.bat), not as a project's installer (classify_mal35.go)
			d := say2("code_script", file, linkx.Defang(l.Host), w)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wRawProgram, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if w := codeArchive(l, file, fd); bait == "" && code && w != "" && !font {
			// an archive named as a dropper's output or a lure
			// (Loader.zip, Invoice_0412.7z: classify_mal35.go)
			d := say2("code_archive", file, linkx.Defang(l.Host), w)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wRawProgram, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if claim := impostorRepo(l); bait == "" && claim != "" && upload && impostorBuild(fd) {
			// a release of a repository named as an impostor's
			// (classify_repo30.go); with bait, deleted below
			d := say2("impostor_release", file, linkx.Defang(l.Host)+"/"+repoPath(l), claim)
			rs.add(Reason{Code: CodeDangerousFile, Weight: wFakeRelease, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if bait == "" && upload && code && windowsProgram(fd) && unnamedUpload(l, file) {
			// a program of no name of the repository's and no number
			// (classify_files33.go)
			d := say2("unnamed_upload", file, linkx.Defang(l.Host)+"/"+repoPath(l))
			rs.add(Reason{Code: CodeDangerousFile, Weight: wRawProgram, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
			return
		}
		if bait == "" {
			continue
		}
		key := "bait_download"
		if !upload && !bucket {
			key = "bait_release" // on a site's download host
		}
		d := say2(key, file, linkx.Defang(l.Host), bait)
		rs.add(Reason{Code: CodeDangerousFile, Weight: wBaitDownload, Subject: file, File: fd.Kind.String(), text: d, Detail: d.inEnglish()})
		return
	}
}

// releaseBait are the bait phrases that count in a message beside a
// site's download host, where real projects' builds are: a game, a
// crack or a cheat offered, not the words tech talk uses of its own
// downloads ("a quick hack", "where does the license key go").
var releaseBait = setOf("keygen", "kmspico", "kms activator", "aimbot", "wallhack", "mod menu", "modmenu", "roblox executor",
	"free robux", "robux generator", "nitro generator", "account generator", "vbucks", "v bucks", "try my game", "test my game",
	"my new game", "play my game", "made a game", "game i made", "check out my game", "choi thu game", "game cua minh",
	"ban crack", "tool hack", "hack game", "test my app", "try my app", "build of my app")

// releaseHost reports a link to a host a site serves its builds from
// (download., dl., get., releases.: releaseHosts), where a product's
// versioned build is only noted (projectRelease): offered as a crack, a
// cheat or a friend's game, it is judged by the message's words as a
// file host's is.
func releaseHost(l *linkx.Link) bool {
	if l.Domain == "" || l.IP.IsValid() {
		return false
	}
	first, _, _ := strings.Cut(l.Subdomain(), ".")
	return releaseLabel(first)
}

// fontArchive reports an archive of fonts on a code host: in a
// repository or folder of fonts (ryanoasis/nerd-fonts/…/Hack.zip) or
// named with a font's format (Hack-v3.003-ttf.zip). Hack is a typeface,
// and its name is no bait there; a file host's "hack fonts" is judged
// as before.
func fontArchive(l *linkx.Link, fd filetype.Finding, name []byte) bool {
	if fd.Kind != filetype.Archive || !codeHosts[l.Domain] {
		return false
	}
	if strings.Contains(strings.ToLower(l.Path), "font") {
		return true
	}
	for _, w := range []string{"ttf", "otf", "woff", "woff2"} {
		if containsWords(name, w) {
			return true
		}
	}
	return false
}

// addressPath returns the words a shortened link's path is dressed as an
// address with (bit.ly/https-secure-login, t.ly/www-chase-com-verify): a
// scheme first, or a site's ending after a word — com, or net and org
// before a country's code (bidv-net-vn). A short link named for what it
// shows (bit.ly/team-offsite-2024, bit.ly/dot-net-meetup,
// bit.ly/www-2025-registration) is not.
func addressPath(path string) string {
	var words [6]string
	n := 0
	forPathWords(path, func(w string) bool {
		words[n] = w
		n++
		return n < len(words)
	})
	if n == 0 {
		return ""
	}
	switch words[0] {
	case "http", "https":
		return words[0]
	}
	for k := 1; k < n; k++ {
		switch words[k] {
		case "com":
			return words[k-1] + "." + words[k]
		case "net", "org":
			// words of a name too (dot-net-meetup, safety-net,
			// open-source-org): an ending only before a country's
			// (bidv-net-vn)
			if k+1 < n && len(words[k+1]) == 2 {
				return words[k-1] + "." + words[k] + "." + words[k+1]
			}
		}
	}
	return ""
}

// judgeShortAddress adds the finding of a shortened link dressed as an
// address.
func judgeShortAddress(rs *reasons, l *linkx.Link, shown string) {
	if w := addressPath(l.Path); w != "" {
		rs.add(handRule(CodeShortener, wShortAddress, shown, say2("short_address", shown+l.Path, w)))
	}
}
