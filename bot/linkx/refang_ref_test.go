package linkx

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/immunebot/immune/internal/race"
)

// refangRef is refang without any of its shortcuts: every byte is tried
// by every matcher. refang must undo exactly what it undoes.
func refangRef(text string) (string, []edit) {
	var b []byte
	var edits []edit
	kind := Kind(0)
	hiddenEnd := -1
	emit := func(i int) {
		if b == nil {
			b = append(make([]byte, 0, len(text)), text[:i]...)
		}
		edits = append(edits, edit{pos: len(b), kind: kind})
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == 'h' || c == 'H' {
			if n := hxxp(text[i:]); n > 0 {
				kind = defangKind(text, i, n)
				emit(i)
				b = append(b, "http"...)
				i += n
				continue
			}
		}
		if n, repl := bracketDot(text, i); n > 0 {
			kind = defangKind(text, i, n)
			emit(i)
			b = append(b, repl...)
			i += n
			continue
		}
		if c == ' ' || c == '.' {
			if n := spacedDot(text, i, false); n > 0 {
				kind = KindSpacedDot
				emit(i)
				b = append(b, '.')
				i += n
				continue
			}
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isWideDot(r) && asciiLabelBefore(text, i) && asciiLabelAt(text, i+size) {
				kind = KindWideDot
				emit(i)
				b = append(b, '.')
				i += size
				continue
			}
			if isInvisible(r) && (i == hiddenEnd || hostCharBefore(text, i) && hostCharAfterInvisible(text, i+size)) {
				kind = KindInvisible
				emit(i)
				i += size
				hiddenEnd = i
				continue
			}
		}
		if b != nil {
			b = append(b, c)
		}
		i++
	}
	if b == nil {
		return text, nil
	}
	return string(b), edits
}

// refangPieces are what disguises and the text around them are made of.
var refangPieces = []string{
	" ", " ", "  ", ".", ". ", " .", " . ", "[.]", "(.)", "{.}", "[dot]", "(DOT)", "{dot}", "[:]", "[://]", "://", ":", "/",
	"h", "H", "hxxp", "hXXps", "h**p", "hxxps", "http", "x", "*", "[", "(", "{", "]", ")", "}",
	"a", "b", "Z", "7", "-", "_", "com", "net", "io", "vn", "it", "de", "la", "dlscord", "example", "Ai", "ok",
	"\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad", "\u061c", "\u180e", "\u2060",
	"．", "。", "｡", "․", "﹒", "［", "］", "〔", "〕", "⁅", "⁆", "（", "）", "｛", "｝", "【", "」", "„", "⁅.⁆", "［．］", "(。)", "ạ", "ế", "ẻ", "ư", "đ", "é", "ờ", "\u00a0", "€", "😀", "\xe1", "\xe1\xa0", "\xe2\x80", "\xff", "\n", ",",
}

// TestRefangMatchesReference: on a million texts (a quarter under -race) made of the pieces of
// disguises, refang's shortcuts undo exactly what trying every byte does.
func TestRefangMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	n := 1_000_000
	if testing.Short() {
		n = 100_000
	}
	n = race.Cases(n)
	var sb strings.Builder
	for range n {
		sb.Reset()
		for range 1 + r.IntN(14) {
			sb.WriteString(refangPieces[r.IntN(len(refangPieces))])
		}
		text := sb.String()
		got, gotEdits := refang(text, false)
		want, wantEdits := refangRef(text)
		if got != want || !reflect.DeepEqual(gotEdits, wantEdits) {
			t.Fatalf("refang(%q) = %q %v, want %q %v", text, got, gotEdits, want, wantEdits)
		}
	}
}

// FuzzRefang holds refang to its reference on any text.
func FuzzRefang(f *testing.F) {
	for _, p := range refangPieces {
		f.Add("see" + p + "com" + p)
	}
	f.Add("hxxps://dlscord[.]com/gift and x . com")
	f.Fuzz(func(t *testing.T, text string) {
		got, gotEdits := refang(text, false)
		want, wantEdits := refangRef(text)
		if got != want || !reflect.DeepEqual(gotEdits, wantEdits) {
			t.Fatalf("refang(%q) = %q %v, want %q %v", text, got, gotEdits, want, wantEdits)
		}
	})
}

// urlEndRef is urlEnd without its table: every byte goes through the
// switch.
func urlEndRef(text string, from int) int {
	depth := [4]int{}
	end := from
loop:
	for end < len(text) {
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

// TestURLEndMatchesReference: urlEnd ends every URL where trying every
// byte in the switch does.
func TestURLEndMatchesReference(t *testing.T) {
	pieces := []string{"a", "Z", "9", "/", ".", ",", ";", ":", "!", "?", "*", "|", "~", "-", "_", "=", "&", "%", "#",
		" ", "\t", "\n", "\r", "\f", "\v", "<", ">", "\"", "`", "'", "(", ")", "[", "]", "{", "}",
		"é", "ạ", "“", "”", "«", "»", "」", "「", "、", "…", "（", "）", "。", "！", "🔥", "\ufe0f", "👍🏽", "\u00a0", "\u3000", "\u200b", "\u202e", "😀", "\xff", "\xe1\xa0", "\x7f", "\x00"}
	r := rand.New(rand.NewPCG(5, 6))
	var sb strings.Builder
	for range 300_000 {
		sb.Reset()
		for range 1 + r.IntN(16) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := sb.String()
		from := r.IntN(len(text) + 1)
		if got, want := urlEnd(text, from), urlEndRef(text, from); got != want {
			t.Fatalf("urlEnd(%q, %d) = %d, want %d", text, from, got, want)
		}
	}
}
