package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// Programs content creators use (mal47). mal45's impostor reading
// (impostorProduct) and mal46's (makerProducts) know the programs
// sysadmins, homelabbers, makers and modders install; the DAWs, plugins,
// video and photo editors, streaming tools, codecs, downloaders and AI
// voice and upscaling tools musicians, video editors, streamers and
// designers are lured with were missing, and so a stranger's
// omnisphere-library.com serving Omnisphere_Installer.exe or
// melodyne-studio.com serving Melodyne5_Setup.exe went unread.
// creatorProducts adds them, written by hand from general knowledge with
// their makers' domains (a project that publishes only on a code host has
// github.com). Names that are English words as well (reaper, serum,
// resolve, premiere, waves, vital) count only when the file is named
// after them, as judgeImpostorSites reads every name.
//
// Beyond a served file (crackSite): the piracy sites that hand creators
// a stealer as a cracked plugin are named for the program and a crack's
// word (serum-crack-download.com, premiere-pro-keygen.com,
// vstcrack.monster, komplete-torrent-free.com) and shared bare, with no
// file in the link. A registrable label that joins a program's name (any
// list's) or a word of a creator's plugins (vst, plugins, presets) to a
// crack's word (crackWordsSite) warns alone; a creator's program joined
// to a word of a download, a licence or a free copy
// (creatorSiteWords: capcut-pro-download.net, davinci-studio-license.com)
// warns too, as a program's maker names its site after the program alone.

// wCrackSite weighs a stranger's site named for a program and a crack's
// word, or a creator's program and a download's or a licence's: warns
// alone; a program, an archive or a disk image served there deletes
// (wImpostorFile).
const wCrackSite = 0.6

// creatorProducts maps the name of a program content creators use
// (lower case, no hyphens) to its maker's registrable domains.
var creatorProducts = map[string][]string{
	// DAWs and their makers
	"flstudio":      {"image-line.com", "flstudio.com"},
	"fruityloops":   {"image-line.com"},
	"imageline":     {"image-line.com"},
	"ableton":       {"ableton.com"},
	"abletonlive":   {"ableton.com"},
	"reaper":        {"reaper.fm"},
	"cubase":        {"steinberg.net"},
	"nuendo":        {"steinberg.net"},
	"wavelab":       {"steinberg.net"},
	"steinberg":     {"steinberg.net"},
	"halion":        {"steinberg.net"},
	"protools":      {"avid.com"},
	"sibelius":      {"avid.com"},
	"logicpro":      {"apple.com"},
	"garageband":    {"apple.com"},
	"finalcut":      {"apple.com"},
	"finalcutpro":   {"apple.com"},
	"studioone":     {"presonus.com", "fender.com"},
	"presonus":      {"presonus.com"},
	"bitwig":        {"bitwig.com"},
	"bitwigstudio":  {"bitwig.com"},
	"audacity":      {"audacityteam.org", "audacityteam.com"},
	"lmms":          {"lmms.io"},
	"ardour":        {"ardour.org"},
	"musescore":     {"musescore.org", "musescore.com"},
	"guitarpro":     {"guitar-pro.com"},
	"reasonstudios": {"reasonstudios.com"},
	"mixxx":         {"mixxx.org"},
	"serato":        {"serato.com"},
	"rekordbox":     {"rekordbox.com", "pioneerdj.com"},
	"virtualdj":     {"virtualdj.com"},
	"traktor":       {"native-instruments.com"},
	"maschine":      {"native-instruments.com"},
	// plugins, instruments and their makers
	"serum":             {"xferrecords.com"},
	"xferrecords":       {"xferrecords.com"},
	"vital":             {"vital.audio"},
	"kontakt":           {"native-instruments.com"},
	"komplete":          {"native-instruments.com"},
	"massive":           {"native-instruments.com"},
	"nativeinstruments": {"native-instruments.com"},
	"omnisphere":        {"spectrasonics.net"},
	"keyscape":          {"spectrasonics.net"},
	"trilian":           {"spectrasonics.net"},
	"spectrasonics":     {"spectrasonics.net"},
	"autotune":          {"antarestech.com"},
	"antares":           {"antarestech.com"},
	"melodyne":          {"celemony.com"},
	"izotope":           {"izotope.com"},
	"ozone":             {"izotope.com"},
	"neutron":           {"izotope.com"},
	"waves":             {"waves.com"},
	"fabfilter":         {"fabfilter.com"},
	"sylenth":           {"lennardigital.com"},
	"sylenth1":          {"lennardigital.com"},
	"nexus":             {"refx.com"},
	"refx":              {"refx.com"},
	"arturia":           {"arturia.com"},
	"soundtoys":         {"soundtoys.com"},
	"valhalla":          {"valhalladsp.com"},
	"kilohearts":        {"kilohearts.com"},
	"pianoteq":          {"modartt.com"},
	"amplitube":         {"ikmultimedia.com"},
	"neuraldsp":         {"neuraldsp.com"},
	"ezdrummer":         {"toontrack.com"},
	"superiordrummer":   {"toontrack.com"},
	"toontrack":         {"toontrack.com"},
	"addictivedrums":    {"xlnaudio.com"},
	"splice":            {"splice.com"},
	"vcvrack":           {"vcvrack.com"},
	"asio4all":          {"asio4all.org", "asio4all.com"},
	"voicemeeter":       {"vb-audio.com"},
	"voicemod":          {"voicemod.net"},
	// video and photo editors, 3D and design
	"premiere":         {"adobe.com"},
	"premierepro":      {"adobe.com"},
	"aftereffects":     {"adobe.com"},
	"photoshop":        {"adobe.com"},
	"lightroom":        {"adobe.com"},
	"illustrator":      {"adobe.com"},
	"indesign":         {"adobe.com"},
	"audition":         {"adobe.com"},
	"mediaencoder":     {"adobe.com"},
	"creativecloud":    {"adobe.com"},
	"substancepainter": {"adobe.com"},
	"davinci":          {"blackmagicdesign.com"},
	"davinciresolve":   {"blackmagicdesign.com"},
	"resolve":          {"blackmagicdesign.com"},
	"blackmagic":       {"blackmagicdesign.com"},
	"capcut":           {"capcut.com"},
	"filmora":          {"wondershare.com"},
	"wondershare":      {"wondershare.com"},
	"vegaspro":         {"vegascreativesoftware.com", "magix.com"},
	"camtasia":         {"techsmith.com"},
	"snagit":           {"techsmith.com"},
	"shotcut":          {"shotcut.org"},
	"kdenlive":         {"kde.org"},
	"openshot":         {"openshot.org"},
	"handbrake":        {"handbrake.fr"},
	"losslesscut":      {"github.com"},
	"topaz":            {"topazlabs.com"},
	"topazlabs":        {"topazlabs.com"},
	"topazvideo":       {"topazlabs.com"},
	"gigapixel":        {"topazlabs.com"},
	"blender":          {"blender.org"},
	"cinema4d":         {"maxon.net"},
	"zbrush":           {"maxon.net", "pixologic.com"},
	"houdini":          {"sidefx.com"},
	"3dsmax":           {"autodesk.com"},
	"gimp":             {"gimp.org"},
	"krita":            {"krita.org", "kde.org"},
	"inkscape":         {"inkscape.org"},
	"affinity":         {"serif.com", "affinity.studio"},
	"affinityphoto":    {"serif.com", "affinity.studio"},
	"coreldraw":        {"coreldraw.com", "corel.com"},
	"figma":            {"figma.com"},
	"canva":            {"canva.com"},
	"clipstudio":       {"clipstudio.net"},
	"clipstudiopaint":  {"clipstudio.net"},
	"captureone":       {"captureone.com"},
	"luminar":          {"skylum.com"},
	"fontforge":        {"fontforge.org"},
	// streaming, recording and live tools
	"obsproject":      {"obsproject.com"},
	"obsstudio":       {"obsproject.com"},
	"streamlabs":      {"streamlabs.com"},
	"streamlabsobs":   {"streamlabs.com"},
	"xsplit":          {"xsplit.com"},
	"streamelements":  {"streamelements.com"},
	"streamerbot":     {"streamer.bot"},
	"elgato":          {"elgato.com"},
	"streamdeck":      {"elgato.com"},
	"nvidiabroadcast": {"nvidia.com"},
	"restream":        {"restream.io"},
	"vtubestudio":     {"denchisoft.com"},
	"vseeface":        {"vseeface.icu"},
	"bandicam":        {"bandicam.com"},
	"fraps":           {"fraps.com"},
	// downloaders, players and codecs
	"ytdlp":             {"github.com"},
	"youtubedl":         {"github.com", "youtube-dl.org"},
	"4kvideodownloader": {"4kdownload.com"},
	"4kdownload":        {"4kdownload.com"},
	"jdownloader":       {"jdownloader.org"},
	"stacher":           {"stacher.io"},
	"videolan":          {"videolan.org"},
	"vlcplayer":         {"videolan.org"},
	"klite":             {"codecguide.com"},
	"klitecodec":        {"codecguide.com"},
	"potplayer":         {"daum.net"},
	"madvr":             {"madvr.com"},
	"ffmpeg":            {"ffmpeg.org"},
	// AI voice, music, transcription and upscaling tools
	"elevenlabs": {"elevenlabs.io"},
	"applio":     {"applio.org"},
	"upscayl":    {"upscayl.org"},
	"waifu2x":    {"github.com"},
	"realesrgan": {"github.com"},
	"midjourney": {"midjourney.com"},
	"heygen":     {"heygen.com"},
	"descript":   {"descript.com"},
	"krisp":      {"krisp.ai"},
	"suno":       {"suno.com"},
	// more editors, AI video and voice tools, phone editors, CAD and
	// render tools the same chats pass around
	"sora":                    {"openai.com"},
	"runwayml":                {"runwayml.com"},
	"klingai":                 {"klingai.com"},
	"lumaai":                  {"lumalabs.ai"},
	"invideo":                 {"invideo.io"},
	"synthesia":               {"synthesia.io"},
	"moises":                  {"moises.ai"},
	"lalalai":                 {"lalal.ai"},
	"powerdirector":           {"cyberlink.com"},
	"movavi":                  {"movavi.com"},
	"clipchamp":               {"clipchamp.com", "microsoft.com"},
	"kinemaster":              {"kinemaster.com"},
	"alightmotion":            {"alightmotion.com"},
	"inshot":                  {"inshot.com"},
	"photopea":                {"photopea.com"},
	"pixlr":                   {"pixlr.com"},
	"picsart":                 {"picsart.com"},
	"remini":                  {"remini.ai"},
	"facetune":                {"facetuneapp.com", "lightricks.com"},
	"streamyard":              {"streamyard.com"},
	"bandlab":                 {"bandlab.com"},
	"cakewalk":                {"bandlab.com", "cakewalk.com"},
	"landr":                   {"landr.com"},
	"soundforge":              {"magix.com"},
	"proshow":                 {"photodex.com"},
	"formatfactory":           {"pcfreetime.com"},
	"internetdownloadmanager": {"internetdownloadmanager.com"},
	"sketchup":                {"sketchup.com"},
	"lumion":                  {"lumion.com"},
	"vray":                    {"chaos.com"},
	"enscape":                 {"chaos.com"},
	"revit":                   {"autodesk.com"},
	// the package manager macOS creators are told to install plugins'
	// and tools' one-liners with (/bin/bash -c "$(curl -fsSL …)")
	"homebrew": {"brew.sh"},
}

// creatorHyphenSites are creators' programs' makers' own sites named with
// a hyphen, which impostorProduct and kindSite must not read as a
// stranger's (image-line.com serves FL Studio).
var creatorHyphenSites = []string{"image-line.com", "native-instruments.com", "vb-audio.com", "guitar-pro.com",
	"plugin-alliance.com", "u-he.com", "youtube-dl.org"}

func init() {
	for name, ds := range creatorProducts {
		productSites[name] = append(productSites[name], ds...)
	}
	for _, d := range creatorHyphenSites {
		projectHyphenSites[d] = true
	}
}

// crackWordsSite are the words of a crack a piracy site is named with
// (crackSite), read beside any program's name.
// Vietnamese bẻ khóa (to crack) is written joined, as domains are
// (bekhoa).
var crackWordsSite = setOf("crack", "cracked", "cracks", "crackeado", "keygen", "keygens", "warez", "nulled",
	"activator", "torrent", "torrents", "repack", "serial", "serials", "crackz", "fullcrack", "bekhoa")

// creatorSiteWords are the words of a download, a licence or a free copy
// a fake site of a creator's program is named with (crackSite), read
// beside creatorProducts' names only, and never beside an English word's.
// "free" is left out: lightroom-free-presets.com and the like are
// bloggers' preset and template sites.
// The Vietnamese ones are written without their marks, as domains are
// (tai-capcut-pro.com: tải, mienphi: miễn phí, banquyen: bản quyền),
// beside the words of a paid edition given away (full, premium, vip,
// mod).
// A copy unlocked for good (activation, unlimited, portable, patched,
// an APK's mod; Vietnamese vĩnh viễn: vinhvien) is the same offer
// (rev47c).
var creatorSiteWords = setOf("download", "downloads", "license", "licence", "licensed", "lifetime", "unlocked",
	"fullversion", "activated", "full", "premium", "vip", "mod", "tai", "taive", "taixuong", "mienphi", "banquyen",
	"activation", "unlimited", "portable", "patched", "apk", "vinhvien")

// siteWordPairs are a crack's or a download's words written as two
// hyphenated words (mien-phi, vinh-vien, be-khoa, full-crack), with the
// joined word crackWordsSite or creatorSiteWords holds.
var siteWordPairs = [...][3]string{{"mien", "phi", "mienphi"}, {"vinh", "vien", "vinhvien"}, {"be", "khoa", "bekhoa"},
	{"full", "crack", "fullcrack"}, {"ban", "quyen", "banquyen"}, {"tai", "ve", "taive"}}

// siteWord returns a label's hyphenated word w as crackWordsSite or
// creatorSiteWords hold it, read with the word after it (next) when the
// two are one of siteWordPairs; or "".
func siteWord(w, next string) string {
	for _, p := range siteWordPairs {
		if w == p[0] && next == p[1] {
			return p[2]
		}
	}
	if crackWordsSite[w] || creatorSiteWords[w] {
		return w
	}
	return ""
}

// creatorKindWords are the words of creators' plugins and packs a piracy
// site is named with in place of a program's (vst-torrent-free.com,
// vstcrack.monster), read beside crackWordsSite only.
var creatorKindWords = setOf("vst", "vsts", "vst3", "vstplugins", "plugin", "plugins", "presets", "daw", "daws",
	"samples", "adobe", "audioplugins")

// crackSite returns the program (or plugin's word) and the word a
// suspect link's registrable label joins it to (see Programs content
// creators use above), or "", "". A program's own domain is no
// stranger's.
func crackSite(l *linkx.Link) (string, string) {
	if l.Domain == "" || l.IP.IsValid() || !l.ICANN {
		return "", ""
	}
	label := l.Label()
	if len(label) > 63 {
		return "", ""
	}
	// the cheap look first: a crack's or a download's word among the
	// label's words (split at hyphens), or run together with a name
	// (vstcrack, capcutdownload: joinedCrack compares ends only, and
	// looks a name up only when one matches); most suspect links have
	// none, and the names' table is not looked in for them
	word := ""
	for rest := label; rest != ""; {
		var w string
		w, rest = cutHyphen(rest)
		if sw, kind := siteWordAt(w, rest); sw != "" {
			if word == "" || kind == siteWordCrack {
				word = sw
			}
		} else if len(w) >= joinedShortest { // joinedCrack reads no shorter word (speed47)
			if p, k := joinedCrack(trimDigitsFast(w), l.Domain); p != "" {
				return p, k // flstudiocrack2025 read as flstudiocrack
			}
		}
	}
	if word == "" {
		return "", ""
	}
	if !crackWordsSite[word] && packArchiveSite(label) {
		return "", "" // lightroom-premium-presets.com: a preset shop's premium pack
	}
	var buf [64]byte
	name, creator := "", false
	for rest := label; rest != "" && name == ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "-")
		if crackWordsSite[w] || creatorSiteWords[w] {
			continue
		}
		// two words joined first (after-effects, pro-tools, fl-studio;
		// topaz-video before topaz, an English word alone)
		if nx, _, _ := strings.Cut(rest, "-"); nx != "" && len(w)+len(nx) <= len(buf) {
			n := copy(buf[:], w)
			n += copy(buf[n:], nx)
			if mayBeProduct(buf[:n]) { // no string made of buf unless it may be a program's name (speed47)
				if p, c := siteProduct(string(buf[:n]), l.Domain); p != "" {
					name, creator = p, c
					break
				}
			}
		}
		if n, c := siteProduct(w, l.Domain); n != "" {
			name, creator = n, c
		}
	}
	if name == "" {
		return "", ""
	}
	if crackWordsSite[word] {
		return name, word
	}
	if creator && !englishWord(name) && !creatorKindWords[name] {
		return name, word
	}
	return "", ""
}

// siteProduct returns w when it is a program's name (any list's) not on
// its own domain, or a word of creators' plugins, with whether it is a
// creator's program's; or "".
func siteProduct(w, domain string) (string, bool) {
	if creatorKindWords[w] {
		return w, false
	}
	if len(w) < minProductName {
		return "", false
	}
	ds, ok := productSites[w]
	if !ok {
		if t := trimDigits(w); t != w && len(t) >= minProductName {
			return siteProduct(t, domain) // photoshop2025
		}
		return "", false
	}
	if slices.Contains(ds, domain) {
		return "", false
	}
	_, creator := creatorProducts[w]
	return w, creator
}

// joinedCrack reads one word of a label as a program's name (or a
// plugin's word) and a crack's word run together, either way round
// (vstcrack, serumkeygen, crackphotoshop), or a creator's program's name
// (not an English word) and a download's or a licence's word
// (capcutdownload, capcutpremium), returning both or "", "".
func joinedCrack(w, domain string) (string, string) {
	if w == "" {
		return "", ""
	}
	may := joinedFirst[w[0]] | joinedLast[w[len(w)-1]] // the words w may begin or end with (speed47)
	for i, k := range joinedSiteWords {
		var name string
		switch {
		case may&(1<<i) == 0:
			continue
		case len(w) <= len(k)+2:
			continue
		case strings.HasSuffix(w, k):
			name = w[:len(w)-len(k)]
		case strings.HasPrefix(w, k):
			name = w[len(k):]
		default:
			continue
		}
		crack := i < joinedCracks
		if crack && creatorKindWords[name] {
			return name, k
		}
		if _, ok := creatorProducts[name]; !ok || len(name) < minProductName || !crack && englishWord(name) {
			if _, ok := productSites[name]; !crack || !ok || len(name) < 5 {
				continue // any program's name beside a crack's word, five letters or more
			}
		}
		if !slices.Contains(productSites[name], domain) {
			return name, k
		}
	}
	return "", ""
}

// joinedSiteWords are the words joinedCrack reads run together with a
// name: the first joinedCracks a crack's, the rest a download's or a
// licence's (creatorSiteWords').
var joinedSiteWords = [...]string{"crack", "cracked", "cracks", "keygen", "warez", "torrent", "torrents", "nulled",
	"crackz", "fullcrack", "bekhoa",
	"download", "downloads", "premium", "fullversion", "mienphi", "portable", "vinhvien", "unlimited"}

// joinedCracks is how many of joinedSiteWords are a crack's.
const joinedCracks = 11

// judgeCrackSites finds a suspect link to a piracy site named for a
// program and a crack's word, or a creator's program and a download's
// or a licence's word (crackSite), when no impostor's reading did.
func judgeCrackSites(rs *reasons, j *Judgement, k *knowledge) {
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" || l.IP.IsValid() || !l.ICANN {
			continue
		}
		name, word := k.crackSite(l)
		if name != "" && (projectHyphenSites[l.Domain] || debianHyphenSites[l.Domain]) {
			continue // a project's own site named with a hyphen
		}
		if name == "" {
			if strings.IndexByte(l.Path, '.') < 0 {
				continue // no file served: no pack site's program
			}
			if k := creatorPackSite(l); k != "" && !saidDownload(rs) {
				shown := linkx.Defang(l.Unicode)
				rs.add(handRule(CodeDownloadName, wKindSite, shown, say2("kind_site", shown, k, linkFile(l))))
				return
			}
			continue
		}
		if saidDownload(rs) {
			return // the impostor's reading or another's said it
		}
		w := wCrackSite
		f := linkFile(l)
		if f != "" && (deliveredFile(f) || deviceFile(f)) {
			w = wImpostorFile
		}
		shown := linkx.Defang(l.Unicode)
		rs.add(handRule(CodeDownloadName, w, shown, say2("crack_site", shown, name, word)))
		return
	}
}

// creatorPackWords are the words of creators' packs and add-ons a
// stranger's site is named with (fontbundle-free.com, codec-pack-hd.net,
// vst-plugins-hub.com): a sample pack, a font bundle or presets come as
// an archive, never as a program, so only a program served there is read
// (creatorPackSite).
var creatorPackWords = setOf("font", "fonts", "fontbundle", "fontbundles", "fontpack", "fontpacks", "codec", "codecs",
	"codecpack", "vst", "vsts", "vst3", "plugin", "plugins", "presets", "luts", "addon", "addons", "samplepack",
	"drumkit", "soundpack", "overlays", "transitions")

// creatorPackSite returns the word of creators' packs (creatorPackWords)
// a suspect link's registrable label holds as one of its hyphenated words,
// when the link serves a program (not an archive: a pack's own form), or
// "".
func creatorPackSite(l *linkx.Link) string {
	if !mayNameImpostor(l) {
		return ""
	}
	f := linkFile(l)
	if f == "" || !filetype.Check(f, "").Dangerous() || len(f) >= 3 && strings.EqualFold(f[len(f)-3:], ".js") {
		return ""
	}
	for rest := l.Label(); rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "-")
		if creatorPackWords[w] {
			return w
		}
	}
	return ""
}

// Papers of a brand deal as programs (mal47). Creators are sent a
// sponsorship brief, a brand deal's contract, an NDA, a media kit or an
// invoice that is a zip, a rar, a 7z, a disk image or a program
// (Campaign_Brief_2026.zip on MediaFire, Contract_Terms.7z in a
// stranger's release, MediaKit.exe under an IPFS gateway, nda_signed.zip
// on WeTransfer): a brand sends its brief as a PDF or a shared document,
// and an archive of one is the stealer's wrapper. docLureWord reads a
// file's name as such a paper's: its words (split at punctuation, digits
// and a capital inside a word: MediaKit) hold a word of a deal's papers
// (dealPaperWords, or media kit, press kit, rate card, brand deal); a
// name written as a clerk writes one (capitalised) may hold two more
// words besides (a brand's name, a quarter: Collab_Brief_Nike,
// Sponsorship_Brief_Q3), a name in lower case only the papers' words and
// their forms (nda_signed, contract_final): a project's
// openzeppelin-contracts.zip or terms-data.zip is no paper. An archive so
// named from a place anyone puts files (uploadPath: file hosts, shared
// folders, chat attachments, code hosts' releases) or an IPFS gateway
// warns (wShareBait); a disk image or a program so named, from there or
// from a stranger's site, deletes (wImpostorFile): no brand's paper is a
// program. A press kit's zip on a company's own site, a member's sample
// pack and a project's release are none of these.

// dealPaperWords are the words of a brand deal's papers a lure's file is
// named with.
var dealPaperWords = setOf("brief", "briefs", "contract", "contracts", "nda", "ndas", "sponsorship", "sponsorships",
	"sponsor", "proposal", "agreement", "agreements", "invoice", "invoices", "terms", "collab", "collaboration",
	"partnership", "campaign", "guidelines", "guideline", "ratecard", "mediakit", "presskit", "brandbook",
	"moodboard", "storyboard", "deliverables", "onboarding", "requirements", "quotation", "payment", "remittance",
	"offer", "casting", "endorsement", "influencer", "creator", "creators", "ambassador", "deal", "rates",
	"booking", "rider", "sow",
	// the same papers in Vietnamese written joined, as file names are
	// (hợp đồng, báo giá, hóa đơn, tài liệu, hợp tác, quảng cáo, tài
	// trợ, kịch bản)
	"hopdong", "baogia", "hoadon", "tailieu", "hoptac", "quangcao", "taitro", "kichban")

// dealPaperPairs are two words a deal's paper is named with that say it
// together only (media kit, press kit, rate card).
// The Vietnamese ones are the papers' words written apart without their
// marks (Hop_Dong for hợp đồng, Bao_Gia for báo giá, Hoa_Don for hóa
// đơn, Kich_Ban for kịch bản; rev47c).
var dealPaperPairs = map[string]string{"media": "kit", "press": "kit", "rate": "card", "brand": "deal",
	"hop": "dong", "bao": "gia", "hoa": "don", "kich": "ban"}

// dealPaperForms are the words of a paper's form and state, read beside
// dealPaperWords in a lower-case name (nda_signed, brief_final).
var dealPaperForms = setOf("signed", "final", "draft", "copy", "doc", "docs", "pdf", "docx", "new", "revised", "full",
	"and", "for", "of", "the", "v", "q", "brand", "kit", "card", "media", "press", "details", "info", "document")

// docLureWord returns the word of a deal's papers a file's name is made
// of (see Papers of a brand deal as programs above), or "".
func docLureWord(file string) string { return dealPapers.word(file) }

// dealPapers reads a deal's papers' names: letters only (a number parts
// words), a clerk's name with two other words at most.
var dealPapers = paperNames{words: dealPaperWords, pairs: dealPaperPairs, forms: dealPaperForms, others: 2}

// paperNames are the tables a paper's file name is read with (paperNames.word):
// the papers' words, the pairs of words that say one together (a pair's
// first word is read with the next), the words of a paper's form and
// date a lower-case name may hold besides, whether a number is a word of
// the name (workFileWord's v2, 1099, 2026q3) or only parts words
// (docLureWord's), and how many other words a capitalised name may hold.
type paperNames struct {
	words  map[string]bool
	pairs  map[string]string
	forms  map[string]bool
	digits bool
	others int
}

// word returns the paper's word a file's name is made of, or "": the
// name before its first ending (Sponsorship_Proposal.pdf.exe) cut into
// words at marks and where a capital follows a small letter, lowered; a
// name written as a clerk writes one (capitalised) may hold p.others
// words besides (a person's name, a company's, a month), a lower-case one
// only the papers' words and their forms (payslip_nov, nda_signed), as a
// project's invoice-generator.zip is no paper.
func (p *paperNames) word(file string) string {
	stem := file
	if i := strings.IndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	if stem == "" || len(stem) > 64 {
		return ""
	}
	clerk := stem[0] >= 'A' && stem[0] <= 'Z'
	found, prev, others := "", "", 0
	var buf [64]byte
	for i := 0; i < len(stem); {
		if !p.wordByte(stem[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(stem) && p.wordByte(stem[j]) && !(stem[j] >= 'A' && stem[j] <= 'Z' && stem[j-1] >= 'a' && stem[j-1] <= 'z') {
			j++
		}
		n, digits := 0, 0
		for _, c := range []byte(stem[i:j]) {
			buf[n] = c | 0x20
			if c >= '0' && c <= '9' {
				buf[n], digits = c, digits+1
			}
			n++
		}
		b := buf[:n] // looked up as string(b), which does not copy it
		i = j
		_, pairStart := p.pairs[string(b)]
		switch {
		case p.words[string(b)]:
			if found == "" {
				found = string(b)
			}
		case prev != "" && p.pairs[prev] == string(b):
			if found == "" {
				found = prev + " " + string(b)
			}
		case p.forms[string(b)] || digits == n || n == 1 || pairStart: // a pair's first word is read with the next
		default:
			if digits > 0 && n-digits <= 1 {
				break // a number with a letter: v2, t11, 2026q3
			}
			if !clerk {
				return ""
			}
			others++
		}
		prev = ""
		if pairStart {
			prev = string(b)
		}
	}
	if others > p.others {
		return ""
	}
	return found
}

// wordByte reports a byte of a paper's name's word: an ASCII letter, or
// a digit where numbers are words.
func (p *paperNames) wordByte(c byte) bool {
	return isASCIILetter(c) || p.digits && c >= '0' && c <= '9'
}

// judgeDocLures finds a link to a deal's paper that is an archive, a
// disk image or a program (docLureWord) where anyone puts files, or a
// disk image or a program so named on a stranger's site, and warns or
// deletes (see Papers of a brand deal as programs above).
func judgeDocLures(rs *reasons, j *Judgement) {
	for i := range j.Links {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" || strings.IndexByte(l.Path, '.') < 0 {
			continue // no file's name in the path: no paper served
		}
		place := uploadPath(l) || l.Domain == "wetransfer.com" || cidHost(l) ||
			strings.Contains(l.Path, "/ipfs/") && cidPath(lurePath(l.Path))
		if !place && !slices.Contains(j.Suspect, i) {
			continue // the cheap looks first: most links are neither
		}
		f := linkFile(l)
		if strings.IndexByte(f, '.') <= 0 {
			continue
		}
		fd := filetype.Check(f, "")
		if !fd.Dangerous() && (fd.Kind != filetype.Archive || !place) {
			continue
		}
		w := docLureWord(f)
		if w == "" {
			continue
		}
		weight := wShareBait
		if fd.Dangerous() {
			weight = wImpostorFile
		}
		shown := linkx.Defang(l.Unicode)
		rs.add(Reason{Code: CodeDangerousFile, Weight: weight, Subject: f, File: fd.Kind.String(),
			text: say2("deal_paper", shown, f, w), Detail: say2("deal_paper", shown, f, w).inEnglish()})
		return
	}
}

// A site named as a file (mal47). Google's .zip and .mov endings make a
// host read as a file's name (https://contract-review.zip/,
// https://brand-brief.mov/): a creator told a brief or a clip waits
// there sees a file, and opens a site that hands over a program. A
// suspect link written with a scheme to a name under either ending built
// from a deal's paper's word or a creator's file's word (fileSiteWords)
// warns (wShareBait).

// fileSiteWords are the words of a creator's files a .zip or .mov
// site is named with, beside dealPaperWords.
var fileSiteWords = setOf("footage", "clip", "clips", "video", "videos", "render", "export", "raw", "final", "edit",
	"project", "files", "photos", "presets", "pack", "samples", "stems", "beat", "beats", "review", "draft", "kit",
	"media", "press", "assets", "docs", "document", "documents", "signed")

// fileSite returns the word a registrable name under .zip or .mov is
// built from (see A site named as a file above), or "".
func fileSite(l *linkx.Link) string {
	if l.Scheme == "" || l.Suffix != "zip" && l.Suffix != "mov" {
		return ""
	}
	for rest := l.Label(); rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "-")
		if dealPaperWords[w] || fileSiteWords[w] {
			return w
		}
	}
	return ""
}

// judgeFileSites finds a suspect link to a site named as a file
// (fileSite) and warns.
func judgeFileSites(rs *reasons, j *Judgement) {
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Defanged || l.Domain == "" {
			continue
		}
		if w := fileSite(l); w != "" {
			shown := linkx.Defang(l.Unicode)
			rs.add(handRule(CodeDisguised, wShareBait, shown, say2("file_site", shown, w)))
			return
		}
	}
}

// Creators' pack sites (mal47). The sites of presets, templates, LUTs,
// brushes and fonts are named after the program they are for
// (lightroom-presets-hub.com, davinci-resolve-luts.com,
// photoshop-brushes-pack.net) and serve their packs as archives: with
// creatorProducts in productSites, impostorProduct reads those names, so
// an archive served from a site whose name holds a pack's word
// (packWords) is no impostor's installer (packArchive); a program served
// there still is (lightroom-presets-pack.com/LR_Presets_Installer.exe).
// forge47 kept creators' programs out of productSites for this reason;
// this guard lets them in.

// packWords are the words of creators' packs a site serving them is
// named with.
var packWords = setOf("presets", "preset", "templates", "template", "luts", "lut", "brushes", "brush", "actions",
	"overlays", "overlay", "transitions", "fonts", "font", "mockups", "mockup", "assets", "textures", "sfx", "samples",
	"loops", "stems", "packs", "pack", "effects", "titles", "graphics", "kits", "drumkits", "lutpack", "styles",
	"filters", "gradients", "patterns", "sounds", "soundbanks")

// packArchive reports a link to an archive (not a program, a script or a
// disk image) on a site whose registrable label holds a pack's word (see
// Creators' pack sites above).
func packArchive(l *linkx.Link, f string) bool {
	return filetype.Check(f, "").Kind == filetype.Archive && packArchiveSite(l.Label())
}

// packArchiveSite reports a registrable label that holds a pack's word
// (packWords) as one of its hyphenated words.
func packArchiveSite(label string) bool {
	for rest := label; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "-")
		if packWords[w] {
			return true
		}
	}
	return false
}
