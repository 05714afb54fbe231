package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Programs makers, emulation fans, game modders and mobile developers use
// (mal46). mal45's impostor reading (impostorProduct) knows the programs
// Debian packages, the ones fake download sites take and the homelab's;
// the slicers, firmwares, emulators, mod managers and SDKs these
// communities flash and install were missing, and so a stranger's
// wled-firmware-download.com serving WLED_ESP32.bin or
// ryujinx-emulator.org serving ryujinx.zip went unread. makerProducts
// adds them, written by hand from general knowledge with their makers'
// domains (a project that publishes only on a code host has github.com:
// no ICANN name of its own is read as its site). Names that are English
// words as well (delta, forge, fabric, sodium, dolphin, flutter, vortex)
// count only when the file is named after them (englishWord, as
// judgeImpostorSites reads every name).
//
// Beyond the names (kindSite): a stranger's registrable name built with
// a hyphen from a word of a program's kind (firmware, emulator, bios,
// prodkeys, modloader, launcher, installer, setup, download, sdk,
// portable …: esp32-firmware-hub.net, switch-emu-keys.com) serving a
// program, an installer, an archive, a disk image or a device's
// firmware is the same site with no program named. It is noted
// (wKindSite), not warned alone: the names of small projects' mirrors
// are built so too; beside a file named for a program of the lists, or a
// piracy word, it warns through the readings that add to it.
//
// A device's firmware and a phone's sideloaded app are files the file
// kinds table does not hold (a .bin is a model's weights too):
// deviceFile reads them for the impostor and kind sites only — .bin,
// .uf2, .hex, .elf's kin of microcontrollers, an iOS app (.ipa), a
// configuration profile (.mobileconfig: a known way to take over an
// iPhone), a macOS archive (.xip), a console's update (.pup, .nsp,
// .xci), a key file (.keys).

// wKindSite weighs a stranger's site named for a program's kind serving
// one: warns alone (measured against a note of 0.45: one more blind
// malware line, no tech or benign line).
const wKindSite = 0.6

// makerProducts maps the name of a program makers, emulation fans,
// modders and mobile developers use (lower case, no hyphens) to its
// maker's registrable domains.
var makerProducts = map[string][]string{
	// 3D printing: slicers, printers' hosts, resin slicers
	"cura":          {"ultimaker.com"},
	"orcaslicer":    {"github.com", "orcaslicer.com"},
	"bambustudio":   {"bambulab.com"},
	"bambulab":      {"bambulab.com"},
	"bambu":         {"bambulab.com"},
	"superslicer":   {"github.com"},
	"simplify3d":    {"simplify3d.com"},
	"ideamaker":     {"raise3d.com"},
	"creality":      {"creality.com"},
	"crealityprint": {"creality.com"},
	"anycubic":      {"anycubic.com"},
	"elegoo":        {"elegoo.com"},
	"lychee":        {"mango3d.io"},
	"lycheeslicer":  {"mango3d.io"},
	"chitubox":      {"chitubox.com"},
	"octoprint":     {"octoprint.org"},
	"mainsail":      {"mainsail.xyz"},
	"fluidd":        {"fluidd.xyz"},
	"klipper":       {"klipper3d.org"},
	"marlin":        {"marlinfw.org"},
	"freecad":       {"freecad.org", "freecadweb.org"},
	"fusion360":     {"autodesk.com"},
	"lightburn":     {"lightburnsoftware.com"},
	"lasergrbl":     {"lasergrbl.com"},
	// microcontrollers, smart-home and keyboard firmwares, radios
	"tasmota":       {"github.io", "tasmota.com"},
	"wled":          {"wled.me", "wled.ge"},
	"esphome":       {"esphome.io"},
	"espressif":     {"espressif.com"},
	"esptool":       {"espressif.com"},
	"platformio":    {"platformio.org"},
	"qmkfirmware":   {"qmk.fm"},
	"qmktoolbox":    {"qmk.fm"},
	"usevia":        {"usevia.app"},
	"vial":          {"vial.today"},
	"meshtastic":    {"meshtastic.org"},
	"flipper":       {"flipperzero.one", "flipper.net"},
	"flipperzero":   {"flipperzero.one", "flipper.net"},
	"qflipper":      {"flipperzero.one", "flipper.net"},
	"marauder":      {"github.com"},
	"roguemaster":   {"github.com"},
	"betaflight":    {"betaflight.com"},
	"expresslrs":    {"expresslrs.org"},
	"edgetx":        {"edgetx.org"},
	"easyeda":       {"easyeda.com", "lcsc.com"},
	"rpiimager":     {"raspberrypi.com"},
	"micropython":   {"micropython.org"},
	"circuitpython": {"circuitpython.org", "adafruit.com"},
	// emulators, their front ends and handheld builds
	"retroarch":        {"libretro.com", "retroarch.com"},
	"libretro":         {"libretro.com"},
	"dolphin":          {"dolphin-emu.org", "dolphin-browser.com"},
	"pcsx2":            {"pcsx2.net"},
	"rpcs3":            {"rpcs3.net"},
	"yuzu":             {"yuzu-emu.org"},
	"suyu":             {"suyu.dev"},
	"sudachi":          {"github.com"},
	"torzu":            {"github.com"},
	"citron":           {"github.com", "citron-emu.org"},
	"ryujinx":          {"ryujinx.org", "ryujinx.app"},
	"citra":            {"citra-emu.org"},
	"lime3ds":          {"github.com"},
	"azahar":           {"azahar-emu.org"},
	"cemu":             {"cemu.info"},
	"duckstation":      {"duckstation.org"},
	"ppsspp":           {"ppsspp.org"},
	"mame":             {"mamedev.org"},
	"xenia":            {"xenia.jp"},
	"xemu":             {"xemu.app"},
	"vita3k":           {"vita3k.org"},
	"shadps4":          {"shadps4.net"},
	"mgba":             {"mgba.io"},
	"melonds":          {"kuribo64.net"},
	"snes9x":           {"snes9x.com"},
	"epsxe":            {"epsxe.com"},
	"redream":          {"redream.io"},
	"flycast":          {"github.com"},
	"emudeck":          {"emudeck.com"},
	"launchbox":        {"launchbox-app.com"},
	"playnite":         {"playnite.link"},
	"retrobat":         {"retrobat.org"},
	"batocera":         {"batocera.org"},
	"recalbox":         {"recalbox.com"},
	"retropie":         {"retropie.org.uk"},
	"emulationstation": {"es-de.org"},
	"delta":            {"deltaemulator.com"},
	"altstore":         {"altstore.io"},
	"sidestore":        {"sidestore.io"},
	"sideloadly":       {"sideloadly.io"},
	"trollstore":       {"github.com"},
	"esign":            {"github.com"},
	"feather":          {"github.com"},
	// game mods: managers, loaders, launchers, performance mods
	"vortex":         {"nexusmods.com"},
	"modorganizer":   {"github.com", "nexusmods.com"},
	"modorganizer2":  {"github.com", "nexusmods.com"},
	"r2modman":       {"thunderstore.io"},
	"bepinex":        {"bepinex.dev"},
	"melonloader":    {"melonwiki.xyz", "github.com"},
	"fabric":         {"fabricmc.net"},
	"fabricmc":       {"fabricmc.net"},
	"forge":          {"minecraftforge.net"},
	"minecraftforge": {"minecraftforge.net"},
	"neoforge":       {"neoforged.net"},
	"prismlauncher":  {"prismlauncher.org"},
	"multimc":        {"multimc.org"},
	"sodium":         {"modrinth.com"},
	"optifine":       {"optifine.net"},
	"curseforge":     {"curseforge.com"},
	"modrinth":       {"modrinth.com"},
	"nexusmods":      {"nexusmods.com"},
	"thunderstore":   {"thunderstore.io"},
	"lunarclient":    {"lunarclient.com"},
	"badlion":        {"badlion.net"},
	"wabbajack":      {"wabbajack.org"},
	"smapi":          {"smapi.io"},
	"tmodloader":     {"tmodloader.net"},
	"f4se":           {"silverlock.org"},
	"cheatengine":    {"cheatengine.org"},
	"minecraft":      {"minecraft.net", "mojang.com", "minecraft-services.net", "minecraftservices.com"},
	// mobile and game development
	"androidstudio": {"android.com", "google.com"},
	"androidsdk":    {"android.com", "google.com"},
	"platformtools": {"android.com", "google.com"},
	"flutter":       {"flutter.dev", "flutter-io.cn"}, // flutter-io.cn: the mirror flutter.dev names for China
	"fluttersdk":    {"flutter.dev", "flutter-io.cn"},
	"xcode":         {"apple.com"},
	"expo":          {"expo.dev"},
	"reactnative":   {"reactnative.dev"},
	"scrcpy":        {"github.com"},
	"kernelsu":      {"kernelsu.org"},
	"lsposed":       {"github.com"},
	"shizuku":       {"rikka.app"},
	"twrp":          {"twrp.me"},
	"lineageos":     {"lineageos.org"},
	"unc0ver":       {"unc0ver.dev"},
	"palera1n":      {"palera.in"},
	"checkra1n":     {"checkra.in"},
	"godot":         {"godotengine.org"},
	"unrealengine":  {"unrealengine.com", "epicgames.com"},
	"gamemaker":     {"gamemaker.io"},
	"rpgmaker":      {"rpgmakerweb.com"},
	// game clients and stores' launchers
	"epicgames":      {"epicgames.com"},
	"battlenet":      {"battle.net", "blizzard.com"},
	"riotclient":     {"riotgames.com"},
	"ubisoftconnect": {"ubisoft.com"},
	"goggalaxy":      {"gog.com"},
	"steamdeck":      {"steampowered.com", "valvesoftware.com"},
	"decky":          {"github.com"},
	"deckyloader":    {"github.com"},
}

func init() {
	for name, ds := range makerProducts {
		productSites[name] = append(productSites[name], ds...)
	}
}

// makerHomes maps a domain of makerProducts that its maker alone
// publishes on to the programs of the list it serves (rev46c): a
// program's build there, named after it, is its maker's download
// (makerDownload), as the products table's are
// (www.launchbox-app.com/downloads/LaunchBox-13.18-Setup.exe,
// launcher-files.modrinth.com is left out: see makerSharedDomains).
var makerHomes = func() map[string][]string {
	m := make(map[string][]string, len(makerProducts))
	for name, ds := range makerProducts {
		for _, d := range ds {
			if !makerSharedDomains[d] {
				m[d] = append(m[d], name)
			}
		}
	}
	return m
}()

// makerSharedDomains are the domains of makerProducts where others
// publish too: code hosts, mod sites and Google's.
var makerSharedDomains = setOf("github.com", "github.io", "nexusmods.com", "modrinth.com", "thunderstore.io",
	"curseforge.com", "google.com")

// makerListDownload reports a link to a domain of makerHomes serving a
// file whose stem (fileStem) starts with the name of a program the
// domain is its maker's for.
func makerListDownload(l *linkx.Link, stem string) bool {
	for _, name := range makerHomes[l.Domain] {
		if strings.HasPrefix(stem, name) {
			return true
		}
	}
	return false
}

// deviceFile reports a file name a device's firmware, a sideloaded app or
// a console's keys and updates are delivered in, which the file kinds
// table does not hold (see Programs makers … use above).
func deviceFile(f string) bool {
	i := strings.LastIndexByte(f, '.')
	if i < 0 {
		return false
	}
	switch strings.ToLower(f[i+1:]) {
	case "bin", "uf2", "hex", "ipa", "mobileconfig", "xip", "pup", "nsp", "xci", "keys", "nro", "appimage":
		return true
	}
	return false
}

// kindWords are the words of a program's kind a stranger's site is named
// with (kindSite).
var kindWords = setOf(kindWordList...)

// kindWordList is kindWords as a list, in the order joinedProduct tries
// them (a slice: ranging over a map costs more, and its order changes).
var kindWordList = []string{"firmware", "firmwares", "emulator", "emulators", "emu", "bios", "keys", "prodkeys", "titlekeys",
	"modmanager", "modloader", "loader", "launcher", "executor", "installer", "setup", "download", "downloads",
	"toolbox", "portable", "flasher",
	// an app's package, a console's custom firmware and ROMs, and the
	// crack's words a site of cracks is named with: none a hyphenated
	// word of the trainer's popular benign domains but apk's one
	// (auto-update-apk.com); mod, mods (gta5-mods.com), update, tools,
	// drivers and mirror are, and are left out
	"apk", "ipa", "roms", "cfw", "jailbreak", "cheat", "cheats", "hack", "hacks", "crack", "cracked", "keygen",
	"patcher", "unlocker"}

// kindHyphenSites are communities' own sites named for a program's kind
// with a hyphen: emulation news and download sites of long standing, and
// the key shops on the trainer's list of small benign sites
// (cmd/train/benign-hosts.txt); and, from general knowledge (rev46c),
// emulators' own sites named PROJECT-emu or PROJECT-emulator whose name
// is on no program list (Eden's, ares', PCem's), the old emulator
// archives Emulator Zone and Emu-Zone, the BIOS modding forum and the
// BIOS password tool of the repair trade, and the GPON stick hackers'
// wiki, whose pages serve firmware dumps.
var kindHyphenSites = setOf("emu-france.com", "emu-land.net", "emu-russia.net", "e3-keys.com", "my-keys.com",
	"eden-emu.dev", "ares-emu.net", "pcem-emulator.co.uk", "emulator-zone.com", "emu-zone.org", "bios-mods.com",
	"bios-pw.org", "hack-gpon.org")

// kindSite returns the word of a program's kind a suspect link's
// registrable label is built from with a hyphen (kindWords), when the
// site is no program's own (a project named for its kind: dolphin-emu.org),
// or "".
func kindSite(l *linkx.Link) string {
	if !mayNameImpostor(l) || debianHyphenSites[l.Domain] || projectHyphenSites[l.Domain] || kindHyphenSites[l.Domain] {
		return ""
	}
	label := l.Label()
	kind := ""
	for label != "" {
		var w string
		w, label, _ = strings.Cut(label, "-")
		if kind == "" && (kindWords[w] || kindWords[trimDigits(w)]) {
			kind = trimDigits(w) // esp32-firmware2.net: a kind's word numbered (rev46c)
		}
		if ds, ok := productSites[w]; ok && slices.Contains(ds, l.Domain) {
			return ""
		}
	}
	return kind
}

// judgeKindSites finds a suspect link to a stranger's site named for a
// program's kind serving a program, an archive, a disk image or a
// device's firmware (kindSite), when no program's name did
// (judgeImpostorSites).
func judgeKindSites(rs *reasons, j *Judgement, k *knowledge) {
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" || l.IP.IsValid() || !l.ICANN {
			continue
		}
		f, delivered := k.fileDelivered(l)
		if f == "" || !delivered && !deviceFile(f) || len(f) >= 3 && strings.EqualFold(f[len(f)-3:], ".js") {
			continue // a page's script is no program delivered
		}
		if saidDownload(rs) {
			return // the impostor's reading or another's said it
		}
		shown := linkx.Defang(l.Unicode)
		if name, bare := joinedProduct(l); name != "" {
			named := strings.Contains(foldPath(f), name)
			if (bare || englishWord(name)) && !named {
				continue // a bare name or a word, not the program, unless the file says so
			}
			w := wImpostorSite
			if named && !bare {
				w = wImpostorFile
			}
			rs.add(handRule(CodeDownloadName, w, shown, say2("impostor_site", shown, name, f)))
			return
		}
		kind := kindSite(l)
		if kind == "" {
			continue
		}
		rs.add(handRule(CodeDownloadName, wKindSite, shown, say2("kind_site", shown, kind, f)))
		return
	}
}

// saidDownload reports a finding of a download's name or a fetched and
// run command already made: judgeKindSites adds none beside it. It is
// asked only once a link serves a file, not of every message.
func saidDownload(rs *reasons) bool {
	for _, r := range rs.items() {
		if r.Code == CodeDownloadName || r.Code == CodeRunCommand {
			return true
		}
	}
	return false
}

// trimDigits returns a word without the digits that end it (yuzu2,
// firmware2), or the word when none do.
func trimDigits(w string) string {
	return strings.TrimRight(w, "0123456789")
}

// Piracy offers (mal46). A console's keys ("prod.keys and title.keys"),
// a BIOS pack, every DLC unlocked, a modded or cracked app beside a file
// host's share are how stealers reach emulation fans, gamers and phone
// users as cracks reach sysadmins (crackLure): one more wording of
// game44's crack offer (lureCrack), read and warned about as it is.
// Emulation talk says "dump your own keys and BIOS" and rules forbid
// sharing them: piracyTalkWords read the message as that talk.
var (
	piracyPhrases = []string{"prod keys", "prodkeys", "titlekeys", "yuzu keys", "ryujinx keys", "bios pack",
		"bios collection", "all bios", "all bioses", "bios files pack", "ps2 bios", "ps1 bios", "psx bios", "dlc unlocker",
		"all dlc", "all dlcs", "dlc unlocked", "dlcs unlocked", "mod apk", "modded apk", "apk mod", "premium apk",
		"hacked apk", "cracked apk", "cracked ipa", "hacked ipa", "modded ipa", "leaked build", "leaked beta", "beta leak",
		"early access build", "fixed dll"}
	// piracyStops are everyday words of piracyPhrases, which alone make
	// no offer (gameLureStops): each phrase holds another word
	// (TestGameLureTriggers), so mayOffer's first look lets no more
	// everyday messages on to gameLure than it did.
	piracyStops = setOf("collection", "keys", "files", "fixed", "switch", "firmware", "access", "title", "pack",
		"emulator")
	piracyTalkWords = []string{"dump your", "dump them", "your own", "own keys", "own bios", "own console", "legally",
		"piracy", "pirated", "dont share", "cant share", "wont share", "not allowed", "rules", "rule", "banned"}
)

// piracyCodeLink reports a link to a code host that hands over a piracy
// offer (rev46c): a file a program, an archive or a device's firmware is
// delivered in, in a repository. Emulation talk links a project's wiki,
// README, source and releases page beside the words of keys and BIOS
// ("where do prod keys go? github.com/…/wiki/Setup", "dump them with
// Lockpick: github.com/…/releases"); an offer gives the file.
func piracyCodeLink(l *linkx.Link) bool {
	return piracyFile(l) && repoPath(l) != ""
}

// piracyFile reports a link to a file a program, an archive or a
// device's firmware is delivered in.
func piracyFile(l *linkx.Link) bool {
	f := linkFile(l)
	return f != "" && (deliveredFile(f) || deviceFile(f))
}

// forgePage reports a link to a site a forge publishes from a
// repository (github.io, gitlab.io, codeberg.page), where emulation
// projects and communities keep their guides: "where do prod keys go?
// yuzu-mirror.github.io/help/quickstart/", "prod keys guide
// nh-server.github.io/switch-guide/…". As on the code host itself
// (piracyCodeLink), a page there beside a piracy offer's words is talk
// and only a delivered file is an offer (rev46e).
func forgePage(l *linkx.Link) bool {
	return strings.HasSuffix(l.Host, ".github.io") || strings.HasSuffix(l.Host, ".gitlab.io") ||
		strings.HasSuffix(l.Host, ".codeberg.page")
}

// piracyLure returns the words of a piracy offer in folded (see Piracy
// offers above), or "".
func piracyLure(folded []byte) string {
	p := firstPhrase(folded, piracyPhrases)
	if p == "" || containsAnyWords(folded, piracyTalkWords) {
		return ""
	}
	return p
}

// A program's name written without a hyphen (mal46). impostorProduct
// reads a name joined to a word by a hyphen; the same sites are
// registered with the words run together (ryujinxemulator.com,
// wledfirmware.net, retroarchdownload.org) and, for the projects whose
// own site was taken down or is on a code host, as the bare name under
// another ending (ryujinx.net, orcaslicer.net). joinedProduct reads a
// registrable label that is a program's name (of any list) and a word of
// a program's kind (kindWords) run together, either way round; and a
// label that is the bare name of an open-source project of
// makerProducts (bareProjects: not a company's, whose regional and
// campaign domains no list holds) on a domain not its own, serving a
// file named after it. Only makerProducts' names are read so: the other
// lists' vendors run their downloads from such names themselves
// (synologydownload.com), and the bare names left out are companies'
// elsewhere (yuzu.com, citra.net.id, in the trainer's popular domains).
//
// One step further (rev46c): a name numbered (yuzu2emulator.net,
// ryujinx2.net) is read as the name; and a name run together with a word
// fake download sites wrap a program's name in (takerWordList: getryujinx.com,
// ryujinxpc.com, retroarchapp.net) is read as a bare name is, only when
// the file is named after the program. Of the trainer's 66,000 popular
// and abused benign domains none is read so.

// bareProjects are the names of makerProducts whose bare name on
// another domain is read (joinedProduct): open-source projects of one
// site or none but a code host, never an English word.
var bareProjects = setOf("orcaslicer", "superslicer", "octoprint", "klipper", "esphome", "wled", "tasmota",
	"meshtastic", "retroarch", "pcsx2", "rpcs3", "suyu", "sudachi", "torzu", "ryujinx", "lime3ds",
	"azahar", "cemu", "duckstation", "ppsspp", "xemu", "vita3k", "shadps4", "emudeck", "altstore", "sidestore",
	"trollstore", "r2modman", "bepinex", "melonloader", "optifine", "prismlauncher", "multimc", "wabbajack",
	"smapi", "tmodloader", "scrcpy", "kernelsu", "lsposed", "shizuku", "palera1n", "checkra1n", "unc0ver",
	"deckyloader")

// joinedProduct returns the program a suspect link's registrable label
// names with a kind's word run together, or a project's bare name on a
// domain not its own, with whether the label is the bare name (see A
// program's name written without a hyphen above); or "".
func joinedProduct(l *linkx.Link) (string, bool) {
	if l.Domain == "" || l.IP.IsValid() || !l.ICANN {
		return "", false
	}
	label := l.Label()
	if len(label) < minProductName || strings.IndexByte(label, '-') >= 0 {
		return "", false
	}
	if name := label; bareProjects[name] || bareProjects[trimDigits(name)] {
		if !bareProjects[name] {
			name = trimDigits(name) // ryujinx2.net
		}
		if slices.Contains(productSites[name], l.Domain) {
			return "", false
		}
		return name, true
	}
	for i, words := range [...][]string{kindWordList, takerWordList} {
		if name := joinedMakerName(label, words); name != "" {
			if slices.Contains(productSites[name], l.Domain) {
				return "", false
			}
			return name, i == 1 // a download site's word: read as a bare name, only with a file named after it
		}
	}
	return "", false
}

// takerWordList are the words of siteTakers a program's name is run
// together with on fake download sites (getanydesk.com), less the ones
// kindWordList holds and those of chat and meeting programs'.
var takerWordList = []string{"app", "apps", "dl", "get", "install", "official", "free", "soft", "software", "pro",
	"update", "updates", "web", "site", "online", "hub", "store", "pc", "win", "windows", "mac", "client", "new",
	"desktop"}

// joinedMakerName returns the name of makerProducts a label is made of with
// one of words before or after it, the name's digits at its end left
// off (yuzu2emulator: yuzu), or "".
func joinedMakerName(label string, words []string) string {
	for _, k := range words {
		if len(label) < len(k)+minProductName {
			continue
		}
		name := ""
		if strings.HasSuffix(label, k) {
			name = label[:len(label)-len(k)]
		} else if strings.HasPrefix(label, k) {
			name = label[len(k):]
		} else {
			continue
		}
		if _, ok := makerProducts[name]; ok {
			return name
		}
		if t := trimDigits(name); len(t) >= minProductName && t != name {
			if _, ok := makerProducts[t]; ok {
				return t
			}
		}
	}
	return ""
}
