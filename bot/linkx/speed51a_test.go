package linkx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/immunebot/immune/internal/race"
)

// numericPieces are what bare numeric hosts and the chat around them are
// made of: numbers of every length near nine and ten digits, 0x and hex
// digits, ports, paths, fetchers, the bytes a word starts after, and
// links that cover some of them.
var numericPieces = []string{
	" ", "  ", "\t", "\n", "\"", "'", "`", "(", "[", "<", ":", "/", ":8000", "/x.sh", "/a", "/1", ":", "//",
	"1", "12", "123", "1234", "12345678", "123456789", "1234567890", "3232235777", "2130706433", "12345678901",
	"4294967295", "4294967296", "0", "0x", "0X", "0xC0A80101", "0xc0a801", "0x1000000", "0xfff", "0x1", "x", "X",
	"a", "f", "F", "g", "deadbeef", "cafe", "face", "ab", "curl ", "wget -qO- ", "irm ", "/usr/bin/curl ",
	"https://example.com/", "http://1.2.3.4/a", "x.com", "example.com/3232235777/", ".", "-", "ạ", "là", "😀",
}

// TestSpeed51aHexRun: on random texts of those pieces, with the links
// scan finds in them, numericHosts asked only where hexRun holds (as
// extractClean asks it) appends what it did before speed51a
// (mayHoldNumericHost's gate alone), and what the reading without any
// gate (readNumericHosts) appends.
func TestSpeed51aHexRun(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 1))
	var sb strings.Builder
	found, runs := 0, 0
	for range race.Cases(300_000) {
		sb.Reset()
		for range 1 + r.IntN(14) {
			sb.WriteString(numericPieces[r.IntN(len(numericPieces))])
		}
		text := sb.String()
		var buf [8]Link
		links := scan(text, buf[:0], -1, nil)
		n := len(links)
		got := links // as extractClean asks it
		if hexRun(text) {
			got = numericHosts(text, slices.Clone(links), 0, -1)
		}
		want := links
		if mayHoldNumericHost(text, links) { // the gate before speed51a
			want = readNumericHosts(text, slices.Clone(links), 0, -1)
		}
		all := readNumericHosts(text, slices.Clone(links), 0, -1)
		if len(got) != len(want) || len(all) != len(want) {
			t.Fatalf("numericHosts(%q): %d links, before speed51a %d, with no gate %d", text, len(got), len(want), len(all))
		}
		for i := range got {
			if got[i].Raw != want[i].Raw || got[i].start != want[i].start || got[i].NumericIP != want[i].NumericIP {
				t.Fatalf("numericHosts(%q)[%d] = %q, want %q", text, i, got[i].Raw, want[i].Raw)
			}
		}
		if len(all) > n {
			found++
		}
		if hexRun(text) {
			runs++
		}
	}
	t.Logf("%d texts with a numeric host, %d with a run", found, runs)
	if !race.Enabled && (found < 1000 || runs < 10000) {
		t.Fatalf("too few texts with a numeric host (%d) or a run (%d): the pieces do not test the gate", found, runs)
	}
}

// TestSpeed51aHexRunAtEveryOffset: a run of nine hex bytes or more before
// a colon or a slash is found wherever it starts, whatever stands
// around it, and one of eight bytes is not (hexRun reads one byte in nine).
func TestSpeed51aHexRunAtEveryOffset(t *testing.T) {
	for pad := 0; pad < 24; pad++ {
		for _, run := range []string{"123456789", "1234567890", "0xC0A80101", "0x1000000", "abcdef123", "xxxxxxxxx"} {
			for _, end := range []string{":", "/", ":80", "/x"} {
				text := strings.Repeat("k", pad) + " " + run + end
				if !hexRun(text) {
					t.Errorf("hexRun(%q) = false", text)
				}
				short := strings.Repeat("k", pad) + " " + run[len(run)-8:] + end
				if hexRun(short) {
					t.Errorf("hexRun(%q) = true", short)
				}
				if hexRun(text[:len(text)-len(end)]) {
					t.Errorf("hexRun(%q) = true: no colon or slash after the run", text[:len(text)-len(end)])
				}
			}
		}
	}
}

// urlEndRef51 is urlEnd as it was before speed51a: every byte of the URL
// looked up in urlSpecial one at a time.
func urlEndRef51(text string, from int) int {
	depth := [4]int{}
	end := from
loop:
	for end < len(text) {
		c := text[end]
		if urlSpecial[c] == 0 {
			end++
			continue
		}
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

// urlPieces are what URLs and the text after them are made of: paths,
// queries, brackets of every script, quotes, white space, trailing
// punctuation, emoji and Vietnamese letters.
var urlPieces = []string{
	"a", "example", "/", "/path", ".", "-", "_", "?q=1", "&b=2", "%20", "#top", ":8080", "(", ")", "[", "]", "{", "}",
	"（", "）", "「", "」", " ", "\t", "\n", "<", ">", "\"", "'", "`", ",", ";", "!", "?", "…", "。", "ạ", "ươ", "đ",
	"😀", "❤️", "\u200b", "\u00a0", "\xff", "\xe1", "|iex", "12345678", "abcdefgh", "https://x.com/a", "™",
}

// TestSpeed51aURLEnd: on random texts of those pieces, from every
// offset, urlEnd ends where urlEndRef51 does.
func TestSpeed51aURLEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 2))
	var sb strings.Builder
	long := 0
	for range race.Cases(100_000) {
		sb.Reset()
		for range 1 + r.IntN(20) {
			sb.WriteString(urlPieces[r.IntN(len(urlPieces))])
		}
		text := sb.String()
		for from := 0; from <= len(text); from++ {
			got, want := urlEnd(text, from), urlEndRef51(text, from)
			if got != want {
				t.Fatalf("urlEnd(%q, %d) = %d, want %d", text, from, got, want)
			}
			if got-from >= 16 {
				long++
			}
		}
	}
	if !race.Enabled && long < 100_000 {
		t.Fatalf("only %d URLs of 16 bytes or more: the pieces do not test the eight-byte pass", long)
	}
}

// isTLDRef is IsTLD as it was before speed51a: the label copied and
// lowered, and one of two or three letters asked of a map of every ICANN
// TLD of that length.
func isTLDRef(short map[string]bool, label string) bool {
	var buf [64]byte
	if len(label) > len(buf) {
		return false
	}
	n := copy(buf[:], label)
	for i := 0; i < n; i++ {
		c := buf[i]
		switch {
		case c >= 'A' && c <= 'Z':
			buf[i] = c + 'a' - 'A'
		case c >= 'a' && c <= 'z':
		case c == '-' || c >= '0' && c <= '9':
		default:
			return false
		}
	}
	if n < 2 {
		return false
	}
	if n <= 3 {
		return short[string(buf[:n])]
	}
	return icann(string(buf[:n]))
}

// TestSpeed51aShortTLD: IsTLD answers as isTLDRef for every label of up
// to three bytes of letters in both cases, digits, a hyphen, a dot and
// bytes beside the letters' (@ [ ` { and bytes outside ASCII), and for
// longer labels.
func TestSpeed51aShortTLD(t *testing.T) {
	short := map[string]bool{}
	var b [3]byte
	for x := byte('a'); x <= 'z'; x++ {
		b[0] = x
		for y := byte('a'); y <= 'z'; y++ {
			b[1] = y
			if icann(string(b[:2])) {
				short[string(b[:2])] = true
			}
			for z := byte('a'); z <= 'z'; z++ {
				b[2] = z
				if icann(string(b[:3])) {
					short[string(b[:3])] = true
				}
			}
		}
	}
	alphabet := []byte("abcmnoxyzABCMNOXYZ09-.@[`{_\x01\x80\xc1\xe1\xfa\xff")
	for c := byte('a'); c <= 'z'; c++ {
		alphabet = append(alphabet, c, c-'a'+'A')
	}
	yes := 0
	var check func(label []byte)
	check = func(label []byte) {
		if got, want := IsTLD(string(label)), isTLDRef(short, string(label)); got != want {
			t.Fatalf("IsTLD(%q) = %v, want %v", label, got, want)
		} else if got {
			yes++
		}
		if len(label) < 3 {
			for _, c := range alphabet {
				check(append(label, c))
			}
		}
	}
	check(nil)
	for _, l := range []string{"com", "COM", "Com", "io", "IO", "vn", "top", "xyz", "shop", "SHOP", "online", "xn--p1ai",
		"museum", "abcd", "zzzz", "co-m", "c0m", "ẞx", ""} {
		if got, want := IsTLD(l), isTLDRef(short, l); got != want {
			t.Fatalf("IsTLD(%q) = %v, want %v", l, got, want)
		}
	}
	if yes < 1000 {
		t.Fatalf("only %d labels are TLDs: the alphabet tests too little", yes)
	}
}
