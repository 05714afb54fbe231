package bot

import (
	"path"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// productRepos are the repositories (owner/name, lower case) on
// github.com where a product of the products table publishes its builds
// itself; a product missing here publishes none on a code host. Every
// repository of their owners is the maker's (bitwarden/directory-connector
// beside bitwarden/clients); the same owner's name on another code host
// is anyone's.
var productRepos = map[string][]string{
	"7-Zip":            {"ip7z/7zip"},
	"Notepad++":        {"notepad-plus-plus/notepad-plus-plus"},
	"OBS Studio":       {"obsproject/obs-studio"},
	"Audacity":         {"audacity/audacity"},
	"KeePassXC":        {"keepassxreboot/keepassxc"},
	"Bitwarden":        {"bitwarden/clients"},
	"Rufus":            {"pbatard/rufus"},
	"qBittorrent":      {"qbittorrent/qbittorrent"},
	"WinSCP":           {"winscp/winscp"},
	"HandBrake":        {"handbrake/handbrake"},
	"Wireshark":        {"wireshark/wireshark"},
	"Signal":           {"signalapp/signal-desktop"},
	"Brave":            {"brave/brave-browser"},
	"Magisk":           {"topjohnwu/magisk"},
	"ShareX":           {"sharex/sharex"},
	"Ventoy":           {"ventoy/ventoy"},
	"balenaEtcher":     {"balena-io/etcher"},
	"Ollama":           {"ollama/ollama"},
	"AutoHotkey":       {"autohotkey/autohotkey"},
	"Angry IP Scanner": {"angryip/ipscan"},
	"WinDirStat":       {"windirstat/windirstat"},
	"PrusaSlicer":      {"prusa3d/prusaslicer"},
	"UltiMaker Cura":   {"ultimaker/cura"},
	"ReShade":          {"crosire/reshade"},
	"SKSE":             {"ianpatt/skse64"},
	"WireGuard":        {"wireguard/wireguard-windows"},
	"OpenVPN":          {"openvpn/openvpn", "openvpn/openvpn-gui", "openvpn/openvpn-build"},
	"FileZilla":        {"filezilla-project/filezilla"},
	"Nmap":             {"nmap/nmap"},
	"Obsidian":         {"obsidianmd/obsidian-releases"},
	"Paint.NET":        {"paintdotnet/release"},
	"Greenshot":        {"greenshot/greenshot"},
	"Proton VPN":       {"protonvpn/win-app"},
	"Mullvad VPN":      {"mullvad/mullvadvpn-app"},
	"RustDesk":         {"rustdesk/rustdesk"},
	"Firefox":          {"mozilla/gecko-dev"},
}

// repoHosts are the code hosts whose links name a repository as
// /OWNER/NAME/ and serve its releases and uploads below it.
var repoHosts = setOf("github.com", "gitlab.com", "codeberg.org", "bitbucket.org", "gitee.com")

// othersRelease returns the product a Windows program or archive in a
// code host's release or upload is named after (releaseNamed) when the
// repository is not of an owner of the product's own (productRepos): a program's
// maker publishes its builds in its own repository, and malware is
// passed around in repositories made to pass for a popular program's
// (github.com/magisk-tools/magisk-win/releases/download/…/Magisk-v27.0-setup.exe,
// a Windows program named after an Android tool), with the repository
// as the link spells it. It returns nil for any other link.
func othersRelease(l *linkx.Link, file string, fd filetype.Finding) (*product, string) {
	if !repoHosts[l.Domain] || !uploadPath(l) || rawPath(l) {
		return nil, ""
	}
	if !windowsProgram(fd) && !(fd.Kind == filetype.Archive && windowsArchive[fd.Ext]) && !windowsDiskImage(fd) {
		return nil, ""
	}
	p := releaseNamed(file, products)
	if p == nil && !anyWord(fileWords(file), addOnWords) {
		p = releaseNamed(file, paidReleases)
	}
	if p == nil {
		return nil, ""
	}
	parts := strings.SplitN(strings.TrimPrefix(browserPath(l.Path), "/"), "/", 3)
	if len(parts) < 3 {
		return nil, ""
	}
	repo := parts[0] + "/" + parts[1]
	if l.Domain == "github.com" {
		for _, r := range productRepos[p.name] {
			if owner, _, _ := strings.Cut(r, "/"); strings.EqualFold(parts[0], owner) {
				return nil, ""
			}
		}
	}
	return p, repo
}

// windowsDiskImage reports a disk image Windows opens as a drive with a
// double click (Magisk-v27.0.iso): droppers pass a program inside one,
// where the browser's mark of a downloaded file does not reach it.
// A Mac's (.dmg) is not a Windows build.
func windowsDiskImage(fd filetype.Finding) bool {
	if fd.Kind != filetype.DiskImage {
		return false
	}
	switch fd.Ext {
	case "iso", "img", "vhd", "vhdx":
		return true
	}
	return false
}

// browserPath is a path as a browser sends it: with its dot segments
// ("/maker/app/../../someone/app/", "%2e%2e" too) resolved.
func browserPath(p string) string {
	if !strings.Contains(p, "/.") && !strings.Contains(p, "%2") {
		return p
	}
	p = strings.NewReplacer("%2e", ".", "%2E", ".").Replace(p)
	return path.Clean(p)
}

// releaseNamed returns the product of the products table a build's file
// is named after: its first word, or its first two joined (OBS-Studio),
// is one of the product's names, or is the name with an installer's or
// a platform's word joined to it (OllamaSetup, MagiskWin), after any
// such words (Win_AnyDesk, Setup-Wireshark), and every word after it is
// such a word too, a dropper's or a letter (Magisk-v27.0-setup,
// KeePassXC-2.7.9-Win64: releaseTail); nil for a file whose name only
// starts like one or names another program after it (obs-websocket,
// node_exporter, ZoomIt, notion-enhancer).
func releaseNamed(file string, table []product) *product {
	words := fileWords(file)
	for len(words) > 1 && releaseWords[words[0]] {
		words = words[1:] // Win_AnyDesk.exe, Setup-Wireshark.zip
	}
	if len(words) == 0 {
		return nil
	}
	for k := 1; k <= 2 && k <= len(words); k++ {
		w := strings.Join(words[:k], "")
		for i := range table {
			p := &table[i]
			for _, n := range p.names {
				if !strings.HasPrefix(w, n) {
					continue
				}
				if rest := w[len(n):]; rest != "" && !releaseWords[rest] {
					continue
				}
				if releaseTail(words[k:]) {
					return p
				}
			}
		}
	}
	return nil
}

// releaseTail reports words that a build's name adds after its
// program's: installers' and platforms' words, single letters (v27,
// x64), and the words droppers are named with (nvidia_driver_setup,
// AnyDesk_Free_Crack), not another program's name (notion-enhancer).
func releaseTail(words []string) bool {
	for _, w := range words {
		if len(w) > 1 && !releaseWords[w] && !dropperNames[w] && !dropperWords[w] && !codeDropperAny[w] {
			return false
		}
	}
	return true
}

// releaseWords are what a build's name joins to its program's name:
// installer builders' words and platforms (OllamaSetup, MagiskWin,
// MagiskPC, MagiskForPC), and the editions a fake offers (CapCut.Pro,
// CapCutPremium: rev15).
var releaseWords = setOf("setup", "install", "installer", "portable", "win", "windows", "win64", "win32", "pc", "x64", "x86",
	"amd64", "arm64", "full", "offline", "online", "latest", "stable", "release", "beta", "final", "lite", "desktop",
	"client", "app", "manager", "for", "forpc", "forwindows", "pro", "premium", "vip", "unlocked")

// paidReleases are creators' paid programs whose makers publish no build
// on a code host (Adobe's), read by othersRelease only: a Windows
// program named after one in a stranger's release
// (github.com/someone/photoshop-2026/releases/download/v1/Photoshop_Setup.exe)
// is an impostor's, as a CapCut's or an FL Studio's is (rev47f). Not in
// the products table: sites of presets and templates are named after
// them (forge47's creatorPrograms).
var paidReleases = []product{
	{"Adobe Photoshop", []string{"photoshop"}, []string{"adobe.com"}, nil},
	{"Adobe Premiere Pro", []string{"premierepro", "adobepremiere"}, []string{"adobe.com"}, nil},
	{"Adobe After Effects", []string{"aftereffects", "adobeaftereffects"}, []string{"adobe.com"}, nil},
	{"Adobe Lightroom", []string{"lightroom", "adobelightroom"}, []string{"adobe.com"}, nil},
	{"Adobe Illustrator", []string{"illustrator", "adobeillustrator"}, []string{"adobe.com"}, nil},
	{"Adobe Photoshop", []string{"adobephotoshop"}, []string{"adobe.com"}, nil},
}

// addOnWords name a program made for another (a plugin's, a panel's, a
// preset pack's installer: Photoshop-Plugin-Installer.exe): its author's
// own build, not an impostor's of the program it is made for.
var addOnWords = setOf("plugin", "plugins", "extension", "extensions", "panel", "panels", "addon", "addons", "preset",
	"presets", "script", "scripts", "filter", "filters", "action", "actions", "brush", "brushes", "template",
	"templates", "bridge", "connector", "exporter", "importer", "helper", "tools", "tool", "sdk")
