package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Files named beside a link (mal41). A dropper is often offered by name
// with a link that names no file ("Invoice_0923.zip
// https://gofile.io/d/Xk29Fq", "new build Setup.exe
// https://drive.google.com/file/d/…"): the file rules read the link's
// path and find nothing, and the name in the text is what the reader is
// told the link delivers. namedBesideFile reads such a name;
// judgeShareBait (classify_mal35b.go) takes it as a tell beside a share
// link, and judgeNamedBeside warns about it beside a link to a page a
// site names by a token (mossgrove.net/d/x8Q2k). A name the link's own
// site is named after (rustup-init.exe beside win.rustup.rs) is its
// maker's, and a message with a link that ends in a file is read by that
// file.

// namedBesideFile returns the first file name the message's text
// (clean) writes outside its links that is offered as droppers are: a
// program, an installer, a Windows script (not a .js, .jar or .reg,
// which name libraries and packages), a shortcut, a macro document or an
// Android app, or an archive or a disk image named as droppers are
// (droppedArchiveName: Invoice_0923.zip, photos.zip, setup.rar); "" for
// none.
func namedBesideFile(clean string, links []linkx.Link) string {
	at := 0
	for i := range links {
		l := &links[i]
		start, end := l.Span()
		if l.Carried || start < at || end > len(clean) || clean[start:end] != l.Raw {
			continue
		}
		if f := fileInPiece(clean[at:start]); f != "" {
			return f
		}
		at = end
	}
	return fileInPiece(clean[at:])
}

// fileInPiece returns the first file's name namedBesideFile reads in a
// piece of text, or "": a name written whole inside quotes (quotedName:
// "Invoice 0923.zip", “Hoá đơn tháng 11.zip”), then each word. Words end
// at spaces and at marks beyond ASCII (Setup.exe👇, “Setup.exe”,
// Setup.exe…, Setup.exe—run), and lose the ASCII marks around them
// (Markdown's __ and **, Discord's ||, brackets, quotes, a code span's
// backticks: a code span with spaces is a command, `setup.exe /S`, read
// a word at a time).
func fileInPiece(piece string) string {
	if f := quotedName(piece); f != "" {
		return f
	}
	for w := range strings.FieldsFuncSeq(piece, wordBreak) {
		w = strings.Trim(w, "()[]<>{}\"'`,;:!?*_|~")
		w = strings.TrimRight(w, ".")
		if droppedFileName(w) {
			return w
		}
	}
	return ""
}

// droppedFileName reports a file's name offered as droppers are: a
// program, an installer, a Windows script (not a .js, .jar or .reg,
// which name libraries and packages), a shortcut, a macro document or an
// Android app, or an archive or a disk image named as droppers are
// (droppedArchiveName, its letters read without their marks: Hoá đơn
// is hoa don).
func droppedFileName(w string) bool {
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot == len(w)-1 || strings.ContainsAny(w, "/\\@=&") {
		return false
	}
	fd := filetype.Check(w, "")
	switch fd.Kind {
	case filetype.Executable, filetype.Installer, filetype.Shortcut, filetype.MacroDoc, filetype.Android:
	case filetype.Script:
		if _, soft := softLinkScripts[fd.Ext]; soft {
			return false
		}
	case filetype.Archive, filetype.DiskImage:
		name := w
		if !isASCII(w[:dot]) {
			name = string(append(lure.Fold(w[:dot], nil), w[dot:]...))
		}
		if !droppedArchiveName(name) {
			return false
		}
	default:
		return false
	}
	// a site's name (example.com), not a file's: .zip alone names both
	return fd.Ext == "zip" || !linkx.IsTLD(fd.Ext)
}

// quotedName returns the first name written whole inside quotes in a
// piece of text that droppedFileName reads and holds a space ("Invoice
// 0923.zip", 'Payment Details.exe', “Hoá đơn tháng 11.zip”, «…», 「…」,
// 『…』), or "": read a word at a time, such a name is its last word
// (0923.zip, 11.zip), which names no dropper. A quote opens where a word
// starts and closes where one ends (an apostrophe inside a word, it's,
// is neither); what it holds is a name when it is one line of at most
// six words, starts with a letter or a digit, ends in the file's ending
// and writes no sentence's marks (, ; : ! ?). Backticks are a code
// span's, not a quote's: `7z x old backup.zip` is a command.
func quotedName(piece string) string {
	for i := 0; i < len(piece); {
		open, n := utf8.DecodeRuneInString(piece[i:])
		i += n
		closing, ok := quotePairs[open]
		if !ok || i-n > 0 && wordRune(lastRune(piece[:i-n])) {
			continue
		}
		for j := i; j < len(piece); {
			r, m := utf8.DecodeRuneInString(piece[j:])
			if r == '\n' || j-i > 120 {
				break
			}
			if r != closing || j+m < len(piece) && wordRune(firstRune(piece[j+m:])) {
				j += m
				continue
			}
			if f := piece[i:j]; quotedNameShape(f) && droppedFileName(f) && !titledArchive(f) {
				return f
			}
			break
		}
	}
	return ""
}

// titledArchive reports an archive's or a disk image's name with spaces
// that is a title people give what they share, not a dropper's name: no
// lure word in it (Invoice 0923, Hoá đơn tháng 11, Payment Details 2024
// have one), and after a dropper's or a paper's first word (photos, new,
// my, report, video, album; Vietnamese tài liệu, documents) words, not
// numbers alone (Photos 2024, Document 0923 and Scan 2024 11 03 are
// droppers' names; Photos from the trip, New folder, Tài liệu ôn thi,
// Video khóa học are titles). A program's, a script's or a macro
// document's name is never a title.
func titledArchive(f string) bool {
	switch filetype.Check(f, "").Kind {
	case filetype.Archive, filetype.DiskImage:
	default:
		return false
	}
	dot := strings.LastIndexByte(f, '.')
	stem := f[:dot]
	if !isASCII(stem) {
		stem = string(lure.Fold(stem, nil))
	}
	words := fileWords(stem)
	for i, w := range words {
		if dropperWords[w] && w != "tailieu" || codeDropperAny[w] {
			return false
		}
		if i > 0 {
			if joined := words[i-1] + w; joined != "tailieu" && viPapersJoined[joined] {
				return false
			}
		}
	}
	// read by its first word (two for tai lieu): a title when a word
	// follows, not numbers alone
	tokens := strings.Fields(stem)
	rest := tokens[1:]
	if strings.EqualFold(tokens[0], "tai") && len(rest) > 0 && strings.EqualFold(rest[0], "lieu") {
		rest = rest[1:]
	}
	for _, t := range rest {
		if strings.IndexFunc(t, unicode.IsLetter) >= 0 && strings.IndexFunc(t, unicode.IsDigit) < 0 {
			return true
		}
	}
	return false
}

// quotePairs are the quotes quotedName reads, each opening mark with
// its closing one: straight, typographic (English and German),
// guillemets and CJK corner brackets.
var quotePairs = map[rune]rune{'"': '"', '\'': '\'', '“': '”', '„': '“', '‘': '’', '«': '»', '‹': '›', '「': '」', '『': '』'}

// quotedNameShape reports text inside quotes shaped as a file's name with
// a space in it: at most six words, a letter or a digit first, no
// sentence's marks.
func quotedNameShape(f string) bool {
	if !strings.Contains(f, " ") || strings.ContainsAny(f, ",;:!?") || !wordRune(firstRune(f)) {
		return false
	}
	n := 0
	for range strings.FieldsSeq(f) {
		n++
	}
	return n <= 6
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func lastRune(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }

// wordBreak reports a rune fileInPiece's words end at: a space, or a
// mark, a symbol or a punctuation beyond ASCII (an emoji, a typographic
// quote, an ellipsis, a dash, an ideographic full stop).
func wordBreak(r rune) bool {
	return unicode.IsSpace(r) || r >= utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
}

// droppedArchiveName reports an archive or a disk image named as
// droppers are: a dropper's or a business paper's word first
// (setup.zip, Document.rar, photos.zip, menu.iso) or a lure's word in it
// (Invoice_0923.zip, Payroll_Dec.7z, crack.rar; two words joined:
// Hoa_don_GTGT.zip).
func droppedArchiveName(f string) bool {
	words := fileWords(f)
	if len(words) == 0 {
		return false
	}
	if dropperNames[words[0]] || documentNames[words[0]] || codeDropperFirst[words[0]] {
		return true
	}
	for i, w := range words {
		if dropperWords[w] || codeDropperAny[w] {
			return true
		}
		if i > 0 {
			// Vietnamese papers written with their syllables apart
			// (Hoa_don_GTGT.zip, Bao_gia.rar) as joined (HoaDon.zip)
			var stack [48]byte
			if viPapersJoined[string(append(append(stack[:0], words[i-1]...), w...))] {
				return true
			}
		}
	}
	return false
}

// viPapersJoined are dropperWords' Vietnamese papers, two syllables
// joined (hóa đơn, biên lai, chứng từ, hợp đồng, báo giá, đơn hàng, tài
// liệu, bảng lương), which droppedArchiveName also reads written apart.
var viPapersJoined = setOf("hoadon", "bienlai", "chungtu", "hopdong", "baogia", "donhang", "tailieu", "bangluong")

// tokenLink reports a link to a site's page named by a token alone, as
// file drops and kits hand out what they serve (/d/x8Q2k, /f/Ab3dE9,
// /dl/7Gh2kq): one or two folders, the last of four to forty letters
// and digits with a digit among them and no file's ending, no query,
// held in a drop's folder (dropFolders) or a shortener's code; not a
// paste site (a paste's token names text, not a file). A token at a
// site's root or in a folder of another kind is how screenshots, clips,
// logs, compiler and notebook pages are linked (prnt.sc/a1b2c3,
// mclo.gs/aB3xYz1, godbolt.org/z/8bWq3Ge4K, medal.tv/clips/…): tech and
// gaming chat post them beside the program they are about.
func tokenLink(l *linkx.Link) bool {
	return tokenLinkOn(l, pasteSites[l.Domain])
}

// tokenLinkOn is tokenLink for a link whose domain is known to be a
// paste site's or not (paste: pasteSites[l.Domain]).
func tokenLinkOn(l *linkx.Link, paste bool) bool {
	if l.Query != "" || l.Domain == "" || paste || strings.Count(l.Path, "/") > 2 {
		return false
	}
	cut := strings.LastIndexByte(l.Path, '/')
	last := l.Path[cut+1:]
	if len(last) < 4 || len(last) > 40 {
		return false
	}
	folder := l.Path[strings.LastIndexByte(l.Path[:max(cut, 0)], '/')+1 : max(cut, 0)]
	if !dropFolders[strings.ToLower(folder)] && (folder != "" || !shortener(l, nil)) {
		return false
	}
	digit, letter := false, false
	for i := 0; i < len(last); i++ {
		switch c := last[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case isASCIILetter(c):
			letter = true
		default:
			return false // a slug's or an id's hyphens (x86_64, a UUID): not a drop's token
		}
	}
	return digit && letter && !archName(last)
}

// dropFolders are the folders file drops and kits hand their tokens out
// under (gofile.io/d/…, /f/…, /dl/…, pixeldrain.com/u/…, /file/…).
var dropFolders = setOf("d", "f", "dl", "u", "s", "file", "files", "download", "downloads", "get")

// archName reports a processor's or a platform's name (x86_64, win64,
// arm64): a build's folder or a maker's download link
// (win.rustup.rs/x86_64), not a token.
func archName(s string) bool {
	s = strings.ToLower(s)
	for _, a := range archTokens {
		if s == strings.ReplaceAll(a, "_", "") || s == a {
			return true
		}
	}
	return false
}

// judgeNamedBeside finds a suspect link to a site's page named by a
// token (tokenLink) in a message that names a file offered as droppers
// are (namedBesideFile) and writes no other link with a file at its end,
// and warns about it as the named file's download.
//
// judgeMessageLinks asks it only of a message none of whose links is a
// share link (shareLink), the first thing it asked of each link here.
func judgeNamedBeside(rs *reasons, clean string, j *Judgement, k *knowledge) {
	var at *linkx.Link
	for _, i := range j.Suspect {
		if l := &j.Links[i]; tokenLinkOn(l, k.hostKinds(l)&kindPasteSite != 0) {
			at = l
			break
		}
	}
	if at == nil {
		return
	}
	for i := range j.Links {
		if endsInFile(&j.Links[i]) {
			return // the file a link names is read as its own
		}
	}
	f := namedBesideFile(clean, j.Links)
	if f == "" || siteNamedFile(at, f) {
		return // rustup-init.exe beside a link of rustup.rs: the maker's
	}
	shown := linkx.Defang(at.Host) + at.Path
	d := say2("named_beside", shown, f)
	rs.add(Reason{Code: CodeDangerousFile, Weight: wShareBait, Subject: shown, File: filetype.Check(f, "").Kind.String(), text: d, Detail: d.inEnglish()})
}

// endsInFile reports a link whose path (or query) names a file of a
// kind the file rules read: what it delivers is read from it.
func endsInFile(l *linkx.Link) bool {
	f := linkFile(l)
	if strings.IndexByte(f, '.') <= 0 {
		return false
	}
	k := filetype.Check(f, "").Kind
	return k != filetype.Harmless && k != filetype.Page
}
