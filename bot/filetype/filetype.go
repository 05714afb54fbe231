package filetype

import (
	"math"
	"strings"
)

// Kind is what a file is, as far as danger goes.
type Kind uint8

// The kinds of file.
const (
	Harmless   Kind = iota
	Archive         // zip, rar, 7z: dangerous only with a lure
	Page            // html, svg: a phishing page carried as a file
	Linux           // Linux and device programs: ELF, shell scripts, botnet builds named after their CPU (x86, mips, arm7)
	Android         // apk and its cousins
	DiskImage       // iso, img, vhd, dmg: a way to smuggle programs past checks
	MacroDoc        // Office documents that run macros, OneNote, Excel add-ins
	Shortcut        // lnk, url, scf: open something else
	Script          // bat, cmd, vbs, js, ps1, hta, jar
	Installer       // msi, msix, appx, pkg
	Executable      // exe, scr, com, pif, cpl
)

var kindNames = [...]string{"harmless", "archive", "page", "linux", "android", "disk_image", "macro_document", "shortcut", "script", "installer", "executable"}

// String names the kind.
func (k Kind) String() string { return kindNames[k] }

var byExt = map[string]Kind{
	"zip": Archive, "rar": Archive, "7z": Archive, "cab": Archive, "ace": Archive, "arj": Archive, "gz": Archive, "tgz": Archive,
	"html": Page, "htm": Page, "shtml": Page, "xhtml": Page, "svg": Page, "mht": Page, "mhtml": Page,
	"apk": Android, "xapk": Android, "apks": Android, "apkm": Android, "aab": Android,
	"iso": DiskImage, "img": DiskImage, "vhd": DiskImage, "vhdx": DiskImage, "dmg": DiskImage,
	"docm": MacroDoc, "dotm": MacroDoc, "xlsm": MacroDoc, "xltm": MacroDoc, "xlam": MacroDoc, "pptm": MacroDoc,
	"potm": MacroDoc, "ppam": MacroDoc, "ppsm": MacroDoc, "sldm": MacroDoc, "one": MacroDoc, "xll": MacroDoc,
	"iqy": MacroDoc, "slk": MacroDoc,
	"lnk": Shortcut, "url": Shortcut, "scf": Shortcut, "library-ms": Shortcut, "settingcontent-ms": Shortcut,
	"website": Shortcut,
	"bat":     Script, "cmd": Script, "vbs": Script, "vbe": Script, "js": Script, "jse": Script, "wsf": Script,
	"wsh": Script, "ps1": Script, "psm1": Script, "hta": Script, "sct": Script, "reg": Script, "jar": Script,
	"jnlp": Script, "wsc": Script, // Java Web Start's launcher (mal49) and a Windows script component
	"msi": Installer, "msix": Installer, "msixbundle": Installer, "appx": Installer, "appxbundle": Installer,
	"pkg": Installer, "mpkg": Installer, "application": Installer, "appref-ms": Installer, "vsix": Installer,
	// a browser extension's package, installed by the browser (mal35)
	"crx": Installer, "xpi": Installer,
	"exe": Executable, "scr": Executable, "com": Executable, "pif": Executable, "cpl": Executable,
	"msc": Executable, "gadget": Executable, "dll": Executable, "sys": Executable,
	"elf": Linux, "sh": Linux, "bash": Linux,
}

// botnetBuilds are the CPU names IoT botnets (Mirai, Mozi, Gafgyt) give the
// builds they serve, as a file name or its extension: bins/x86, sora.arm7,
// Mozi.m.
var botnetBuilds = map[string]bool{
	"x86": true, "x86_64": true, "x64": false, "i686": true, "i586": true, "i486": true, "mips": true, "mipsel": true,
	"mpsl": true, "mips64": true, "arm": true, "arm4": true, "arm5": true, "arm6": true, "arm7": true, "armv4l": true,
	"armv5l": true, "armv6l": true, "armv7l": true, "aarch64": true, "arm64": true, "m68k": true, "ppc": true,
	"powerpc": true, "sh4": true, "sparc": true, "spc": true, "arc": true,
}

// botnetShortest and botnetLongest are the lengths of botnetBuilds'
// shortest and longest names: a plain name of another length is none
// (Check's cheap look, speed46).
var botnetShortest, botnetLongest = func() (int, int) {
	lo, hi := math.MaxInt, 0
	for b := range botnetBuilds {
		lo, hi = min(lo, len(b)), max(hi, len(b))
	}
	return lo, hi
}()

// botnetShapes holds a bit for the shape of each of botnetBuilds' names:
// its first and last bytes, five bits of each, which are the same for a
// letter in either case (botnetShape).
var botnetShapes = func() (s [32 * 32 / 64]uint64) {
	for b := range botnetBuilds {
		i := botnetShapeOf(b)
		s[i/64] |= 1 << (i % 64)
	}
	return s
}()

// botnetShapeOf is a non-empty name's slot in botnetShapes.
func botnetShapeOf(name string) int { return int(name[0]&31)<<5 | int(name[len(name)-1]&31) }

// mayBotnet reports whether name, in any case, may be one of
// botnetBuilds' names: its length is one of theirs and its first and
// last bytes one of their pairs. Most names a link ends in are told
// apart so, without a look in the map (speed50b).
func mayBotnet(name string) bool {
	if len(name) < botnetShortest || len(name) > botnetLongest {
		return false
	}
	i := botnetShapeOf(name)
	return botnetShapes[i/64]&(1<<(i%64)) != 0
}

// decoys are extensions people trust: a dangerous name that shows one of
// these before its real extension is disguised.
var decoys = map[string]string{
	"jpg": "photo", "jpeg": "photo", "png": "photo", "gif": "photo", "webp": "photo", "heic": "photo", "bmp": "photo",
	"mp4": "video", "mov": "video", "avi": "video", "mkv": "video", "webm": "video", "3gp": "video",
	"mp3": "audio", "wav": "audio", "m4a": "audio", "ogg": "audio",
	"pdf": "document", "doc": "document", "docx": "document", "xls": "document", "xlsx": "document",
	"ppt": "document", "pptx": "document", "txt": "document", "rtf": "document", "csv": "document", "odt": "document",
}

// Finding is what Check learned about one file name.
type Finding struct {
	Kind Kind
	Ext  string // the real extension, lower-case
	// Decoy is the harmless extension shown before the real one
	// ("jpg" in photo.jpg.exe), or the one a right-to-left override makes
	// the name end with.
	Decoy string
	// DecoyKind says what the decoy passes for: "photo", "video",
	// "audio" or "document".
	DecoyKind string
	RTL       bool // the name holds a right-to-left override
	// MIMEMismatch: the MIME type says program while the name says
	// something harmless.
	MIMEMismatch bool
}

// Dangerous reports whether the file can run code on the reader's device.
func (f Finding) Dangerous() bool { return f.Kind >= Android || f.RTL || f.MIMEMismatch }

// Disguised reports whether the name hides what the file is.
func (f Finding) Disguised() bool { return f.Decoy != "" || f.RTL || f.MIMEMismatch }

// indexDirection returns the index of the first direction control in
// name that hides a file's real extension, or -1. All of them start with
// the byte 0xE2; a name without one is not searched further.
func indexDirection(name string) int {
	if strings.IndexByte(name, 0xE2) < 0 {
		return -1
	}
	return strings.IndexAny(name, "\u202E\u202D\u2066\u2067\u2068\u200F")
}

// plainName reports an ASCII name without a dot, slash or backslash.
func plainName(name string) bool {
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 0x80, c == '.', c == '/', c == '\\':
			return false
		}
	}
	return true
}

// trimEnd is strings.TrimRight(name, " .\t") without the set TrimRight
// makes of its cutset at every call.
func trimEnd(name string) string {
	n := len(name)
	for n > 0 && (name[n-1] == ' ' || name[n-1] == '.' || name[n-1] == '\t') {
		n--
	}
	return name[:n]
}

// appendLower appends s to b with ASCII letters lower-cased.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// Check judges a file name and, if known, its MIME type.
func Check(name, mime string) Finding {
	var f Finding
	if name == "" && mime == "" {
		return f
	}
	if mime == "" && plainName(name) {
		// no extension, no folder and no direction control: only a
		// botnet build's name (mips, arm7) says anything
		t := name // strings.TrimRight(name, " \t"), without its cutset's set
		for len(t) > 0 && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t') {
			t = t[:len(t)-1]
		}
		var buf [16]byte
		if len(t) <= len(buf) && mayBotnet(t) && botnetBuilds[string(appendLower(buf[:0], t))] {
			f.Kind, f.Ext = Linux, strings.ToLower(t)
		}
		return f
	}
	return check(name, mime)
}

// check is Check without its shortcut for plain names.
func check(name, mime string) Finding {
	var f Finding
	if i := indexDirection(name); i >= 0 {
		f.RTL = true
		// What a reader sees: the part after the override, reversed.
		shown := reverse(strings.Map(dropControls, name[i:]))
		if dot := strings.LastIndexByte(shown, '.'); dot >= 0 {
			shown = strings.ToLower(shown[dot+1:])
			if k, ok := decoys[shown]; ok {
				f.Decoy, f.DecoyKind = shown, k
			}
		}
		name = strings.Map(dropControls, name)
	}
	base := strings.ToLower(trimEnd(name))
	if slash := max(strings.LastIndexByte(base, '/'), strings.LastIndexByte(base, '\\')); slash >= 0 {
		base = base[slash+1:]
	}
	dot := strings.LastIndexByte(base, '.')
	if mayBotnet(base) && botnetBuilds[base] || dot > 0 && mayBotnet(base[dot+1:]) && botnetBuilds[base[dot+1:]] || base == "mozi.m" || base == "mozi.a" {
		f.Kind, f.Ext = Linux, base[dot+1:]
		return f
	}
	if dot >= 0 {
		f.Ext = base[dot+1:]
		f.Kind = byExt[f.Ext]
		if f.Kind >= Android && f.Decoy == "" {
			// photo.jpg.exe, or "photo.jpg              .exe"
			stem := strings.TrimRight(base[:dot], " _-")
			if d := strings.LastIndexByte(stem, '.'); d >= 0 {
				if k, ok := decoys[stem[d+1:]]; ok {
					f.Decoy, f.DecoyKind = stem[d+1:], k
				}
			}
		}
	}
	if mime != "" {
		mk := mimeKind(strings.ToLower(mime))
		if mk > f.Kind {
			if f.Kind == Harmless && mk >= Script && name != "" {
				f.MIMEMismatch = true
				if k, ok := decoys[f.Ext]; ok {
					f.Decoy, f.DecoyKind = f.Ext, k
				}
			}
			f.Kind = mk
		}
	}
	return f
}

func mimeKind(m string) Kind {
	m, _, _ = strings.Cut(m, ";")
	switch strings.TrimSpace(m) {
	case "application/x-msdownload", "application/x-dosexec", "application/x-msdos-program",
		"application/vnd.microsoft.portable-executable", "application/x-executable", "application/x-ms-dos-executable":
		return Executable
	case "application/x-msi", "application/x-ms-installer", "application/x-ole-storage":
		return Installer
	case "application/vnd.android.package-archive":
		return Android
	case "text/vbscript", "application/x-vbscript", "application/hta", "application/x-bat", "application/x-ms-shortcut":
		return Script
	case "application/x-iso9660-image", "application/x-apple-diskimage":
		return DiskImage
	case "application/vnd.ms-word.document.macroenabled.12", "application/vnd.ms-excel.sheet.macroenabled.12",
		"application/vnd.ms-powerpoint.presentation.macroenabled.12":
		return MacroDoc
	}
	return Harmless
}

func dropControls(r rune) rune {
	switch r {
	case '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F':
		return -1
	}
	return r
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
