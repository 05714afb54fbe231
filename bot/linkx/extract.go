package linkx

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Extract appends the links found in text to dst and returns it. A text with
// no link returns dst unchanged and allocates nothing.
func Extract(text string, dst []Link) []Link {
	dst, _ = ExtractMax(text, dst, -1)
	return dst
}

// ExtractMax is Extract that stops after most links (no bound when most is
// negative): it appends at most most links to dst and reports whether the
// text holds more. Reading stops at the link after the last one kept, so a
// text of any number of links costs no more than its first most+1 links and
// one linear pass to undo disguises.
func ExtractMax(text string, dst []Link, most int) ([]Link, bool) {
	dst, more, _ := ExtractClean(text, dst, most)
	return dst, more
}

// ExtractClean is ExtractMax that also returns the text with its
// disguises undone, as Refang does, which the links' spans index: a
// caller that reads the words around the links need not undo them again.
// It is text itself when there was nothing to undo.
func ExtractClean(text string, dst []Link, most int) (links []Link, more bool, clean string) {
	links, more, clean, _ = extractClean(text, dst, most, false)
	return links, more, clean
}

// ExtractCleanStrict is ExtractClean that reads a word that is also an
// ending after a full stop as an ending wherever it stands ("free nitro
// steam. gift", "connect wallet claim. site"): for a text that holds lure
// language, where a sentence's end is no reason to pass a link over.
func ExtractCleanStrict(text string, dst []Link, most int) (links []Link, more bool, clean string) {
	links, more, clean, _ = extractClean(text, dst, most, true)
	return links, more, clean
}

// ExtractCleanStop is ExtractClean that also reports SentenceStop(text),
// read in the same pass over the text as its disguises.
func ExtractCleanStop(text string, dst []Link, most int) (links []Link, more bool, clean string, stop bool) {
	return extractClean(text, dst, most, false)
}

func extractClean(text string, dst []Link, most int, strict bool) (links []Link, more bool, clean string, stop bool) {
	n := len(dst)
	limit := -1
	if most >= 0 {
		limit = n + most + 1
	}
	clean, edits, stop := refangStop(text, strict)
	// numericHosts (numericip45.go) is asked only of a text with a run
	// its numbers are written in (hexRun: one byte in nine read)
	if edits == nil {
		dst = scan(text, dst, limit, nil)
		if hexRun(text) {
			dst = numericHosts(text, dst, n, limit)
		}
	} else {
		dst = scan(clean, dst, limit, edits)
		if hexRun(clean) {
			dst = numericHosts(clean, dst, n, limit)
		}
		markDisguised(dst[n:], edits)
	}
	if most >= 0 && len(dst)-n > most {
		return dst[:n+most], true, clean, stop
	}
	return dst, false, clean, stop
}

// markDisguised marks the links that a disguise was undone inside, and
// those defanged only as analysts write indicators (Defanged).
func markDisguised(dst []Link, edits []edit) {
	// Edits are in text order and so are links: walk both at once, so that
	// a long text of many disguised links costs linear time.
	k := 0
	for i := range dst {
		l := &dst[i]
		for k < len(edits) && edits[k].pos < l.start {
			k++
		}
		other := false // a disguise inside that is not an analyst's defang
		for _, e := range edits[k:] {
			if e.pos >= l.end {
				break // after the link's last character
			}
			switch e.kind {
			case KindInvisible:
				l.Hidden = true
			case KindDefanged:
				l.Disguised = true
			default:
				l.Disguised, other = true, true
			}
		}
		l.Defanged = l.Disguised && !other && !l.Hidden
	}
}

// ExtractOne returns the first link in text, if any; it is how the visible
// text of a carried link is read.
func ExtractOne(text string) (Link, bool) {
	var buf [2]Link // room for the link after the first, where reading stops
	ls, _ := ExtractMax(text, buf[:0], 1)
	if len(ls) == 0 {
		return Link{}, false
	}
	return ls[0], true
}

// scan finds links written plainly in text. It stops when dst holds limit
// links (no bound when limit is negative). edits are the disguises
// refang undid in text (nil when there were none): a host whose dot was
// written disguised is read where a plain one is not (dotDisguisedAt).
func scan(text string, dst []Link, limit int, edits []edit) []Link {
	covered := 0 // text before this offset belongs to a link already found
	var l Link   // the link read last, copied into dst when it is one
	// Only a colon or a dot can be where a link is found: jump from one to
	// the next (IndexByte is vectorised), not byte by byte.
	nextDot, nextColon := strings.IndexByte(text, '.'), strings.IndexByte(text, ':')
	for i := 0; i < len(text) && len(dst) != limit; i++ {
		if nextDot >= 0 && nextDot < i {
			nextDot = indexFrom(text, '.', i)
		}
		if nextColon >= 0 && nextColon < i {
			nextColon = indexFrom(text, ':', i)
		}
		switch {
		case nextDot < 0 && nextColon < 0:
			return dst
		case nextColon < 0 || nextDot >= 0 && nextDot < nextColon:
			i = nextDot
		default:
			i = nextColon
		}
		switch text[i] {
		case ':':
			if i < covered || !strings.HasPrefix(text[i:], "://") {
				continue
			}
			s := i
			for s > covered && isSchemeByte(text[s-1]) {
				s--
			}
			if !knownScheme(text[s:i]) {
				continue
			}
			end := pipedEnd(text, i+3, urlEnd(text, i+3))
			if parseTo(text[s:end], &l) {
				l.start, l.end = s, end
				dst = append(dst, l)
			}
			covered = end
			i = end - 1
		case '.':
			if i < covered || i == 0 || i+1 >= len(text) {
				continue
			}
			if !isLabelByte(text[i-1]) || !isLabelByte(text[i+1]) {
				continue
			}
			end, ok := bare(text, i, covered, edits, &l)
			if end > covered {
				covered = end
			}
			if ok {
				dst = append(dst, l)
				i = end - 1
			}
		}
	}
	return dst
}

// indexFrom is the index of the first c in text at or after from, or -1.
func indexFrom(text string, c byte, from int) int {
	if k := strings.IndexByte(text[from:], c); k >= 0 {
		return from + k
	}
	return -1
}

// bare reads a scheme-less domain around the dot at text[dot] into l and
// reports whether it is a link (l is not to be read when it is not). It
// returns the end of what it examined so that the scan skips the rest of
// the token.
// A host whose last dot was written disguised ("[.]", "(.)", " . ":
// dotDisguisedAt) is a link someone took care to write as one: it is read
// under an ending that is more often a file's (wallet-scan[.]app,
// claim[.]zip), and after a scheme that is none ("meow://x[.]com",
// "h__ps://x[.]com", "[https]://x[.]org": the reader is told to fix it),
// where a plain name is a file or a path's segment.
func bare(text string, dot, covered int, edits []edit, l *Link) (int, bool) {
	start := dot
	for start > covered {
		if c := text[start-1]; c < utf8.RuneSelf {
			// ASCII, most of what is read here: no rune to decode
			if !hostByte[c] {
				break
			}
			start--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !isLabelRune(r) && r != '.' {
			break
		}
		start -= size
	}
	hend := dot
	for hend < len(text) {
		if c := text[hend]; c < utf8.RuneSelf {
			if !hostByte[c] {
				break
			}
			hend++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[hend:])
		if !isLabelRune(r) && r != '.' {
			break
		}
		hend += size
	}
	tokenEnd := hend
	for hend > dot && (text[hend-1] == '.' || text[hend-1] == '-') {
		hend--
	}
	for start < dot && (text[start] == '.' || text[start] == '-') {
		start++
	}
	host := text[start:hend]
	last := strings.LastIndexByte(host, '.')
	if last <= 0 {
		return tokenEnd, false
	}
	// the edits are read only for a name that would not be read as a
	// link otherwise: after a slash or under a file's ending
	dotDisguised := false // read only because its last dot is disguised
	if start > 0 {
		if text[start-1] == '/' && strings.HasSuffix(text[:start], "://") && dotDisguisedAt(edits, start+last) {
			// a scheme no browser knows before a disguised host
			// ("meow://", "h__ps://", "[https]://"): the scan passed it
			// over; the host is the link
			dotDisguised = true
		} else if !strings.HasSuffix(text[:start], "||") {
			// (|| opens a spoiler on Discord: ||claim-gift.com||)
			switch text[start-1] {
			case '@', '/', '\\', '_', '=', '#', '$', '%', '~', '+', '&', '|':
				// an e-mail domain, a path segment or an identifier
				return tokenEnd, false
			}
		}
	}
	if tokenEnd < len(text) {
		switch text[tokenEnd] {
		case '@', '_', '(', '\\', '=':
			// an e-mail local part, an identifier or a call: foo.bar()
			return tokenEnd, false
		}
	}
	tld := host[last+1:]
	path := hend < len(text) && (text[hend] == '/' || text[hend] == ':' && hend+1 < len(text) && isDigit(text[hend+1]))
	if allDigitsDots(host) {
		// A bare IPv4 address is a link only with a path or port after it;
		// otherwise it is a version number or an address being discussed.
		if !path || strings.Count(host, ".") != 3 {
			return tokenEnd, false
		}
	} else {
		if !IsTLD(tld) {
			return tokenEnd, false
		}
		if !path && notALink(host, tld) {
			switch {
			case dotDisguisedAt(edits, start+last):
				// read, and marked so, whatever its shape: talk of
				// one names it disguised too (keepDotDisguised)
				dotDisguised = true
			case !soldName(text, start, host, tld):
				return tokenEnd, false
			}
		}
		if !path && codeName(text, start, host) {
			return tokenEnd, false
		}
	}
	end := hend
	if path {
		end = pipedEnd(text, hend, urlEnd(text, hend))
	}
	if !parseTo(text[start:end], l) || l.Domain == "" && !l.IP.IsValid() && !suffixHostPath(l, text, hend) {
		return max(end, tokenEnd), false
	}
	l.start, l.end = start, end
	l.DotDisguised = dotDisguised
	return max(end, tokenEnd), true
}

// suffixHostPath reports a bare host that is itself a public suffix
// (s3.amazonaws.com, nyc3.digitaloceanspaces.com, cloudflare-ipfs.com,
// gov.uk) with a path written after it, a slash and more
// (s3.amazonaws.com/BUCKET/Setup.exe): a storage service's or a
// gateway's address, which chat apps open as typed and which is read as
// the same link written https://. Alone (github.io, blogspot.com), or
// with a slash and nothing after it, such a name is talk of the
// platform, not a link.
func suffixHostPath(l *Link, text string, hend int) bool {
	return l.Suffix != "" && l.Host == l.Suffix && hend < len(text) && text[hend] == '/' && len(l.Path) > 1
}

// dotDisguisedAt reports whether the dot at pos of the refanged text was
// written disguised ("[.]", "(.)", "{.}", "[dot]", "［.］", " . ", a
// full-width dot): one of edits, which are in text order.
func dotDisguisedAt(edits []edit, pos int) bool {
	i, found := slices.BinarySearchFunc(edits, pos, func(e edit, p int) int { return e.pos - p })
	return found && edits[i].kind&(KindDefanged|KindSpacedDot|KindWideDot) != 0
}

// fileExts are top-level domains that are more often a file extension: a
// bare "name.ext" with one of them and no path is a file, not a link.
var fileExts = map[string]bool{
	"md": true, "rs": true, "py": true, "sh": true, "zip": true, "mov": true,
	"pl": true, "cc": true, "tf": true, "ml": true, "mk": true, "am": true,
	"ac": true, "in": true, "so": true, "ps": true, "gd": true, "sc": true,
	"st": true, "mm": true, "app": true, "lua": true, "sb": true, "cx": true,
	"hs": true, "ms": true, "bz": true, "gz": true, "sql": true, "log": true,
	"ini": true, "bin": true, "dat": true, "cfg": true, "csv": true, "pdf": true,
	"doc": true, "mp": true, "rar": true, "tar": true, "exe": true, "txt": true,
}

// soldName reports a bare name under an ending of fileExts that is
// written as a registered domain, not as a file: the ending is one a
// registry sells and phishing registers (.app, .cc, .ml), the name is in
// lower case with a hyphen between two letters (claim-rewards.app,
// discord-nitro.cc, apply-hype.ml), and it does not stand inside a span
// of code. A file or bundle under these endings is written otherwise:
// C++ sources with an underscore or a capital (main.cc, url_parser.cc,
// FooBar.cc), macOS bundles capitalised ("Xcode.app", "Visual Studio
// Code.app") or in backticks (`terminal-notifier.app`), OCaml modules
// with underscores; Telegram and Discord make the name clickable all the
// same. Endings whose files are often hyphenated (.sh get-docker.sh, .in
// requirements-dev.in, .so libnvidia-ml.so, .pl mk-ca-bundle.pl, .zip,
// .py, .md, .txt) stay files: BENCHMARKS.md "bare35" has the counts.
func soldName(text string, start int, host, tld string) bool {
	switch tld {
	case "app", "cc", "ml":
	default:
		return false // a capital in the ending is a file's or a bundle's
	}
	name := host[:len(host)-len(tld)-1]
	hyphen := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == '-':
			if i > 0 && i+1 < len(name) && isLower(name[i-1]) && isLower(name[i+1]) {
				hyphen = true
			}
		default:
			return false // a capital, or a letter outside ASCII
		}
	}
	if inCode(text, start) || fileTalk(text, start+len(host)) {
		return false
	}
	return hyphen || SoldNamed != nil && SoldNamed(host, tld)
}

// fileTalk reports a message that speaks of source files, in which a
// bare name under soldName's endings is a file's (`File
// "lexer-utils.ml", line 12`, "compile fails in token-verify.cc line
// 40", "see auth-login.cc and auth-login.h"): the name is followed by a
// compiler's or an interpreter's place in it (":12", ", line 12"), or
// or the message names a compiler or build tool, or a header or
// interface file beside it. end is where the name ends. A
// lure has no use for these words; they are only looked for once a
// bare name under those endings is found.
func fileTalk(text string, end int) bool {
	if end <= len(text) {
		after := strings.TrimPrefix(text[end:], `"`)
		if len(after) > 1 && after[0] == ':' && isDigit(after[1]) {
			return true
		}
		if rest, ok := strings.CutPrefix(strings.TrimPrefix(after, ","), " line "); ok && rest != "" && isDigit(rest[0]) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '\n' || r == '\t' || r == '"' || r == '`'
	}) {
		lw := strings.ToLower(strings.TrimRight(w, ".:;!?"))
		if fileTalkWords[lw] {
			return true
		}
		// a file's name of two letters or more, not "p.m" or "u.s.c"
		if dot := strings.LastIndexByte(lw, '.'); dot >= 2 && strings.IndexByte(lw[:dot], '.') < 0 && sourceSiblings[lw[dot+1:]] {
			return true
		}
	}
	return false
}

// fileTalkWords are words of source-code talk: compilers, build tools,
// the parts of a program a file name stands beside.
var fileTalkWords = map[string]bool{
	"compile": true, "compiles": true, "compiled": true, "compiling": true, "compiler": true,
	"linker": true, "segfault": true, "segfaults": true, "#include": true, "header": true, "headers": true,
	"xcode": true, "cmake": true, "makefile": true, "gcc": true, "g++": true, "clang": true,
	"ocaml": true, "dune": true, "opam": true, "refactor": true, "struct": true, "namespace": true,
}

// sourceSiblings are endings of the files that stand beside a C++ or
// OCaml source or a macOS bundle in talk of code (auth-login.h,
// lexer.mli, Info.plist).
var sourceSiblings = map[string]bool{
	"h": true, "hh": true, "hpp": true, "hxx": true, "cpp": true, "cxx": true, "c": true,
	"mli": true, "mll": true, "mly": true, "swift": true, "plist": true, "mm": true,
}

// SoldNamed, when set, reports whether a bare name under one of
// soldName's endings, in lower case with no hyphen, is named as phishing
// names are: with a word they are built from or a protected brand's name
// (claimnitro.cc, discordgifts.app, captchabot.app), which soldName then
// reads as a link. Files and bundles under those endings are named with
// neither (node.cc, env.cc, myapp.app, monitor.ml). The bot sets it once,
// at start, from its lexicon and brands: linkx knows neither. It is
// asked only for such a name, never on the hot path.
var SoldNamed func(host, suffix string) bool

// inCode reports whether text[start:] stands inside a span of code: after
// an odd number of backticks, with one still to come.
func inCode(text string, start int) bool {
	if strings.IndexByte(text[start:], '`') < 0 {
		return false
	}
	return strings.Count(text[:start], "`")%2 == 1
}

// techNames are product names written like domains.
var techNames = map[string]bool{
	"asp.net": true, "vb.net": true, "ado.net": true, "dot.net": true,
}

// libraryNames are libraries' and their namespaces' names written like a
// protected brand's domain on another ending, in the case their projects
// write them (Discord.Net, the C# library for Discord bots, and its
// Discord.Rest namespace; Telegram.Bot, the C# library for Telegram
// bots): talk of the library in the communities those brands host. Only
// that spelling, bare (no path, no scheme) is read as a name: discord.net
// in lower case, as a host is written and scams write it, stays a link.
var libraryNames = map[string]bool{
	"Discord.Net": true, "Discord.NET": true, "Discord.Rest": true, "Telegram.Bot": true,
}

func notALink(host, tld string) bool {
	if libraryNames[host] {
		return true
	}
	var buf [64]byte
	if len(host) <= len(buf) && techNames[string(appendLower(buf[:0], host))] {
		return true
	}
	if strings.Count(host, ".") != 1 || len(host) >= 4 && strings.EqualFold(host[:4], "www.") {
		return false
	}
	return len(tld) <= len(buf) && fileExts[string(appendLower(buf[:0], tld))]
}

// codeName reports a bare name with no path, written at text[start:]
// with a capital letter, inside a span of code: after an odd number of
// backticks, with one still to come (`ValidationInfo.data`,
// `Order.id`, a fenced block's `Request.body`). A span of code is not
// clickable where it is shown (Discord, Telegram), and a host name
// written in one is written in lower case; a capital there is an
// identifier's, a class or a field of a language whose member names end
// in what is also a top-level domain.
func codeName(text string, start int, host string) bool {
	upper := false
	for i := 0; i < len(host); i++ {
		if c := host[i]; c >= 'A' && c <= 'Z' {
			upper = true
			break
		}
	}
	return upper && inCode(text, start)
}

// appendLower appends s to b with ASCII letters lower-cased; used with a
// buffer on the stack, it lets a map be asked without allocating.
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

// pipedEnd returns where a URL that urlEnd ends at end stops when a
// shell's pipe is written straight after it: "irm https://x/a.ps1|iex",
// "curl -fsSL https://x/i.sh|sudo bash" pipe the file into a program, and
// the pipe and the program's name are no part of the link (a URL writes
// a pipe as %7C; where one is written bare, as in Google Fonts'
// family=Roboto|Open+Sans, no shell's program follows it).
func pipedEnd(text string, from, end int) int {
	for i := from; i < end; i++ {
		k := strings.IndexByte(text[i:end], '|')
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		for j < end && (isSchemeByte(text[j]) || isDigit(text[j]) || text[j] == '-') {
			j++
		}
		if j == end && shellPrograms[strings.ToLower(text[i+1:j])] {
			return i
		}
	}
	return end
}

// shellPrograms are the programs a fetched script is piped into to run
// it, as install one-liners and ClickFix lures write them.
var shellPrograms = map[string]bool{
	"iex": true, "invoke-expression": true, "sh": true, "bash": true, "zsh": true, "dash": true, "ksh": true,
	"fish": true, "sudo": true, "pwsh": true, "powershell": true, "python": true, "python3": true, "perl": true,
	"ruby": true, "node": true, "cmd": true,
}

// urlEnd returns where a URL starting at text[from] ends: at white space,
// quotes or angle brackets, an unbalanced closing bracket of any script,
// with trailing punctuation and symbols left out (trimURLEnd).
func urlEnd(text string, from int) int {
	depth := [4]int{} // () [] {} and the other scripts' brackets
	end := from
loop:
	for end < len(text) {
		// Most of a URL is letters, digits, / . - _ ? = & %: passed
		// eight bytes to a test, then byte by byte to the first byte
		// looked closer at in the next eight (speed51a).
		if end+8 <= len(text) && urlQuiet8(text[end:end+8]) {
			end += 8
			continue
		}
		for end < len(text) && urlSpecial[text[end]] == 0 {
			end++ // one is in the next eight, or the text ends first
		}
		if end == len(text) {
			break
		}
		c := text[end]
		switch c {
		case ' ', '\t', '\n', '\r', '\f', '\v', '<', '>', '"', '`', '\'':
			break loop
		case '(', '[', '{':
			depth[bracket(c)]++
		case ')', ']', '}':
			k := bracket(c)
			if depth[k] == 0 {
				break loop
			}
			depth[k]--
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !wideInURL(r, &depth[3]) {
				break
			}
			end += size
			continue
		}
		end++
	}
	return trimURLEnd(text, from, end)
}

// wideInURL reports whether the non-ASCII rune r, met inside a URL, is
// part of it: not white space, an invisible character, a quotation mark
// or an ideographic comma, nor a closing bracket of another script's
// (）」】) that no opening one in the URL matches. depth counts those
// opened and not yet closed.
func wideInURL(r rune, depth *int) bool {
	if r >= 0xC0 && r < 0x250 || r >= 0x1E00 && r < 0x1F00 {
		// Latin letters with marks (Vietnamese hosts' and paths'): no
		// space, quotation mark or bracket among them, and no range
		// table to search
		return true
	}
	switch {
	case unicode.IsSpace(r) || r == utf8.RuneError || isInvisible(r) || r == '“' || r == '”' || r == '«' || r == '»' || r == '、':
		return false
	case unicode.Is(unicode.Ps, r):
		*depth++
	case unicode.Is(unicode.Pe, r):
		if *depth == 0 {
			return false
		}
		*depth--
	}
	return true
}

// trimURLEnd returns where the URL text[from:end] ends once the
// punctuation and symbols written after it are left out: a sentence's
// full stop, comma or colon in any script (. , ; : ! ? … 。 ！ ？), an
// emoji glued to it (👉 https://x.com/a🔥, ❤️), a dash. A closing
// bracket stays: one that got this far closes one opened in the URL
// (Foo_(bar), 東京（駅）).
func trimURLEnd(text string, from, end int) int {
	for end > from {
		c := text[end-1]
		if c < utf8.RuneSelf {
			switch c {
			case '.', ',', ';', ':', '!', '?', '*', '|', '~':
				end--
				continue
			}
			break
		}
		r, size := utf8.DecodeLastRuneInString(text[from:end])
		if !trailsURL(r) {
			break
		}
		end -= size
	}
	return end
}

// trailsURL reports a non-ASCII rune that is written after a link, not
// as the end of it: punctuation other than a closing bracket, a symbol
// (emoji, arrows, a skin tone), and what joins or styles an emoji (a
// variation selector, the keycap's enclosing mark). A symbol that is a
// letter or digit in a circle or square (ⓒⓞⓜ, 🅃🄾🄿) is one to a browser,
// which maps it to the letter in a host, so it ends the link as
// written; the trade mark signs written after a name (™ ℠) are not.
func trailsURL(r rune) bool {
	switch {
	case unicode.Is(unicode.Pe, r):
		return false
	case r == '™' || r == '℠':
		return true
	case letterlike(r):
		return false
	case unicode.IsPunct(r), unicode.IsSymbol(r), unicode.Is(unicode.Variation_Selector, r), r == '\u20E3':
		return true
	}
	return false
}

// letterlike reports a symbol whose compatibility form is ASCII letters
// or digits: ⓐ, 🄰, ㎝.
func letterlike(r rune) bool {
	if !unicode.IsSymbol(r) {
		return false
	}
	k := norm.NFKC.String(string(r))
	for i := 0; i < len(k); i++ {
		if c := k[i] | 0x20; !(c >= 'a' && c <= 'z' || k[i] >= '0' && k[i] <= '9') {
			return false
		}
	}
	return k != ""
}

// urlSpecial marks (1) the bytes urlEnd looks closer at: what may end a
// URL, brackets and the bytes of non-ASCII runes. A byte and not a bool,
// so that eight bytes' marks are or-ed in one test (urlQuiet8).
var urlSpecial = func() (t [256]uint8) {
	for _, c := range []byte(" \t\n\r\f\v<>\"`'([{)]}") {
		t[c] = 1
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = 1
	}
	return t
}()

// urlQuiet8 reports whether none of the eight bytes of q is urlSpecial.
func urlQuiet8(q string) bool {
	return urlSpecial[q[0]]|urlSpecial[q[1]]|urlSpecial[q[2]]|urlSpecial[q[3]]|urlSpecial[q[4]]|urlSpecial[q[5]]|urlSpecial[q[6]]|urlSpecial[q[7]] == 0
}

func bracket(c byte) int {
	switch c {
	case '(', ')':
		return 0
	case '[', ']':
		return 1
	}
	return 2
}

func knownScheme(s string) bool {
	if s == "https" || s == "http" {
		return true // as nearly every link writes it: no need to lower it
	}
	switch strings.ToLower(s) {
	case "http", "https", "ftp", "ftps", "ws", "wss":
		return true
	}
	return false
}

func isSchemeByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isLabelByte is a cheap first test: could this byte be part of a host?
func isLabelByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= utf8.RuneSelf
}

// hostByte marks the ASCII bytes a host name is written with: what
// isLabelRune accepts, and the dot.
var hostByte = func() (t [utf8.RuneSelf]bool) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		t[c] = isLabelRune(c) || c == '.'
	}
	return t
}()

func isLabelRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func allDigitsDots(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '.' {
			return false
		}
	}
	return true
}
