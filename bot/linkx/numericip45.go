package linkx

import (
	"slices"
	"strings"
)

// A bare IPv4 address written as one number (mal45). The scan reads a
// scheme-less host only around a dot; an address written as one decimal
// or hexadecimal number has none (3232235777/x.sh, 0xC0A80101/a.sh,
// 2130706433:8000/loader.sh), and curl, wget and browsers go to it all
// the same. numericHosts reads such a word as a link when it has the
// shape of one: a number of nine or ten digits (at most 255.255.255.255;
// eight are a date's, 20240501/report.pdf) or 0x and up to eight hex
// digits (at least 1.0.0.0), at the start
// of a word, followed by a port (":8000") or by a slash and a path with a
// letter in it. A number in prose ("3232235777 events", "12345678/2")
// is no link, nor is a decimal number's path without a port unless a
// command that fetches links is given it (curl 3232235777/x.sh): a unix
// time's or an id's folder is written so (1700000000/app.log, rev45d).

// numericHosts appends to dst the bare numeric hosts of text (see above)
// that no link found already covers, in the order of the text, up to
// limit links in dst (no bound when negative). extractClean asks it only
// of a text hexRun finds a run in.
func numericHosts(text string, dst []Link, n, limit int) []Link {
	if !mayHoldNumericHost(text, dst[n:]) {
		return dst
	}
	return readNumericHosts(text, dst, n, limit)
}

// readNumericHosts is numericHosts without its cheap look first.
func readNumericHosts(text string, dst []Link, n, limit int) []Link {
	for i := 0; i < len(text) && len(dst) != limit; i++ {
		if !isDigit(text[i]) || i > 0 && !numericHostBefore(text[i-1]) {
			continue
		}
		end, ok := numericHostAt(text, i)
		if !ok {
			for i < len(text) && text[i] > ' ' {
				i++ // the rest of the word
			}
			continue
		}
		if covered(dst[n:], i, end) {
			i = end - 1
			continue
		}
		l, ok := Parse(text[i:end])
		if ok && l.IP.IsValid() && l.Bare {
			l.start, l.end = i, end
			l.NumericIP = true
			at, _ := slices.BinarySearchFunc(dst[n:], i, func(x Link, s int) int { return x.start - s })
			dst = slices.Insert(dst, n+at, l)
		}
		i = end - 1
	}
	return dst
}

// mayHoldNumericHost is the cheap look before numericHosts reads a text:
// a ':' or a '/' right after a run of nine digits or after "0x" and a hex
// digit, as numericHostAt wants one after the number. It looks only at
// the text's colons and slashes (strings.IndexByte's fast search), as a
// scan of every byte cost plain messages three quarters of their time
// again (rev45d).
//
// It skips the colons and slashes inside the links found already (found,
// their spans in text): a host there, its number and the colon or slash
// after it, would overlap a found link, and numericHosts passes over such
// a host (covered). A host it reads lies wholly between the found links,
// so reading only the text between them (and after the last) turns none
// away, and a message's links no longer cost a search of each of their
// slashes (speed45).
func mayHoldNumericHost(text string, found []Link) bool {
	at := 0
	for i := range found {
		if s := min(found[i].start, len(text)); s > at && numberBeforeAny(text[at:s]) {
			return true
		}
		at = max(at, found[i].end)
	}
	return at < len(text) && numberBeforeAny(text[at:])
}

// hexRun reports whether text holds a run of nine bytes or more of hex
// digits and x (hexByte) followed by a ':' or a '/'. Every host
// numericHostAt reads is one: nine or ten decimal digits, or 0x and
// seven or eight hex digits (a value of 1<<24 at least), after a byte
// that is none of them (numericHostBefore) and before the port's colon
// or the path's slash. Nine bytes in a row hold one of any bytes read
// nine apart, so only those are looked at, and a run is measured around
// one only where it is a hex byte.
func hexRun(text string) bool {
	for p := 0; p < len(text); p += 9 {
		if !hexByte[text[p]] {
			continue
		}
		a, b := p, p+1
		for a > 0 && hexByte[text[a-1]] {
			a--
		}
		for b < len(text) && hexByte[text[b]] {
			b++
		}
		if b-a >= 9 && b < len(text) && (text[b] == ':' || text[b] == '/') {
			return true
		}
		p = b // on nine bytes after the run's end
	}
	return false
}

// hexByte marks the bytes of a numeric host's number: hex digits and
// the x of 0x.
var hexByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = isHex(byte(c)) || c == 'x' || c == 'X'
	}
	return t
}()

// numberBeforeAny reports whether some '/' or ':' in text follows a run
// of nine digits, or 0x and a hex digit (numberBefore).
func numberBeforeAny(text string) bool {
	return numberBefore(text, '/') || numberBefore(text, ':')
}

// numberBefore reports whether some c in text follows a run of nine
// digits, or 0x and a hex digit.
func numberBefore(text string, c byte) bool {
	for i := 0; i < len(text); {
		k := strings.IndexByte(text[i:], c)
		if k < 0 {
			return false
		}
		k += i
		j := k
		for j > 0 && isDigit(text[j-1]) {
			j--
		}
		if k-j >= 9 {
			return true
		}
		for j > 0 && isHex(text[j-1]) {
			j--
		}
		if j < k && j >= 2 && text[j-1]|0x20 == 'x' && text[j-2] == '0' {
			return true
		}
		i = k + 1
	}
	return false
}

// numericHostBefore reports a byte a word may start after: a space, a
// quote or an opening bracket.
func numericHostBefore(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '(', '[', '<':
		return true
	}
	return false
}

// numericHostAt returns the end of a bare numeric host with its port and
// path at text[i:], and whether there is one.
func numericHostAt(text string, i int) (int, bool) {
	j := i
	hex := strings.HasPrefix(text[i:], "0x") || strings.HasPrefix(text[i:], "0X")
	if hex {
		j += 2
		for j < len(text) && j-i < 10 && isHex(text[j]) {
			j++
		}
		if j == i+2 {
			return 0, false
		}
	} else {
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j-i < 9 || j-i > 10 {
			return 0, false
		}
	}
	v, ok := parseIPPart(text[i:j])
	if !ok || v < 1<<24 || j < len(text) && isHex(text[j]) {
		return 0, false
	}
	port := false
	if j < len(text) && text[j] == ':' {
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k == j+1 || k-j > 6 {
			return 0, false
		}
		port, j = true, k
	}
	if j < len(text) && text[j] == '/' {
		end := urlEnd(text, j)
		if !port && !hasLetter(text[j:end]) {
			return 0, false
		}
		if !port && !hex && !fetchedBefore(text, i) {
			return 0, false // a timestamp's or an id's folder (1700000000/app.log)
		}
		return end, true
	}
	if port && (j == len(text) || text[j] <= ' ') {
		return j, true
	}
	return 0, false
}

// fetchers are the commands that fetch a link given them bare.
var fetchers = []string{"curl", "wget", "fetch", "iwr", "irm", "invoke-webrequest", "invoke-restmethod",
	"aria2c", "http", "https", "xh", "lwp-download", "start-bitstransfer"}

// fetchedBefore reports whether the word at text[i:] is given to a
// command that fetches it (curl 3232235777/x.sh, wget -qO- 3232235777/a,
// curl -o out.sh 3232235777/x.sh): one of the four words before it on the
// same line is a fetcher (its path's last part: /usr/bin/curl).
func fetchedBefore(text string, i int) bool {
	for range 4 {
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '"' || text[i-1] == '\'' ||
			text[i-1] == '`' || text[i-1] == '(') {
			i--
		}
		j := i
		for j > 0 && text[j-1] > ' ' && text[j-1] != '"' && text[j-1] != '\'' && text[j-1] != '`' && text[j-1] != '(' {
			j--
		}
		if j == i {
			return false
		}
		w := strings.ToLower(text[j:i])
		if slices.Contains(fetchers, w) || slices.Contains(fetchers, w[strings.LastIndexByte(w, '/')+1:]) {
			return true
		}
		i = j
	}
	return false
}

// covered reports whether a link of found spans any of text[start:end].
func covered(found []Link, start, end int) bool {
	for i := range found {
		if found[i].start < end && start < found[i].end {
			return true
		}
	}
	return false
}

func isHex(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}
