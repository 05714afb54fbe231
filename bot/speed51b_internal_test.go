package bot

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// speed51bWords are the pieces TestSpeed51bWordScan builds texts of:
// words of ASCII letters and digits in any case, words with an
// apostrophe, an @ or a $, Vietnamese written composed and decomposed,
// direction controls, emoji, marks, links plain and defanged, and the
// lure phrases' words.
var speed51bWords = []string{
	"free", "FREE", "Free", "gift", "GiFt", "nhận", "nha\u0323n", "quà", "tài", "khoản", "Tài", "bị", "khóa", "xác", "minh",
	"tại", "nh@n", "cla$h", "claim", "Claim", "your", "you're", "don’t", "\u202Everify", "verify", "🎁", "@", "$5", "tăng", "tặng",
	"Tăng", "https://x.com/free", "gift.com", "hxxps://gift[.]com/claim", "x[.]com", "www.example.org/a?b=c", strings.Repeat("a", 300),
	"a", "đơn", "ảo", ",", ":", "-", "...", "500$", "5@6", "bob@2x", "a1b2", "ＦＲＥＥ", "\u200bfree", "\u00a0", "\t", "\n", "2fa",
	"ví", "Ví", "wallet", "steam", "nitro", "discord", "'", "’", "ʼ", "é", "e\u0301", "\u2066x\u2069",
}

// speed51bPhrases are the phrases shown in TestSpeed51bWordScan's texts.
var speed51bPhrases = []string{"free", "gift", "nhan qua", "tai khoan", "bi khoa", "xac minh", "nhan", "claim", "your", "youre",
	"dont", "verify", "tang", "Tang don", "don ao", "free gift", "tai khoan bi khoa", "a", "5", "x", "qua tai", "free nitro",
	"steam gift", "claim your", "vi", "2fa", "a1b2", "e", "wallet", "discord nitro", "nhan qua tai"}

// speed51bText builds a random text of speed51bWords.
func speed51bText(r *rand.Rand) string {
	var b strings.Builder
	for n := 1 + r.IntN(24); n > 0; n-- {
		b.WriteString(speed51bWords[r.IntN(len(speed51bWords))])
		switch r.IntN(6) {
		case 0:
		case 1:
			b.WriteString("  ")
		default:
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestSpeed51bWordScan: wordScan with its ASCII table and its link read
// once returns the words the scan before it (oldWordScan, kept here)
// returned, and asWritten and textWords.asWritten show what the
// asWritten before them (oldAsWritten) showed, on texts whose links are
// their own, carried, or read from another text (not as written there).
func TestSpeed51bWordScan(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 2))
	read, shown, plain, linked := 0, 0, 0, 0
	for range 150000 {
		text := speed51bText(r)
		links, _, clean := linkx.ExtractClean(text, nil, MaxLinks)
		switch r.IntN(4) {
		case 0: // links of another text: not as written in this one
			links, _, _ = linkx.ExtractClean(speed51bText(r), nil, MaxLinks)
		case 1: // a carried link among them
			if l, ok := linkx.Parse("https://carried.example/free"); ok {
				l.Carried = true
				links = append(links, l)
			}
		}
		sc, old := wordScan{text: clean, links: links}, oldWordScan{text: clean, links: links}
		for {
			s, e, ok := sc.next()
			os, oe, ook := old.next()
			if s != os || e != oe || ok != ook {
				t.Fatalf("%q: next (%d %d %v), before (%d %d %v)", clean, s, e, ok, os, oe, ook)
			}
			if !ok {
				break
			}
			if sc.plain {
				plain++
				if f := lure.Fold(clean[s:e], nil); string(f) != strings.ToLower(clean[s:e]) {
					t.Fatalf("%q: plain word %q folds to %q", clean, clean[s:e], f)
				}
			}
		}
		if len(links) > 0 {
			linked++
		}
		var tw textWords
		fits := tw.init(clean, links)
		for range 3 {
			p := speed51bPhrases[r.IntN(len(speed51bPhrases))]
			want := oldAsWritten(clean, links, p)
			if got := asWritten(clean, links, p); got != want {
				t.Fatalf("%q, phrase %q: asWritten %q, before %q", clean, p, got, want)
			}
			if !fits {
				continue
			}
			got, ok := tw.asWritten(p)
			if !ok {
				continue
			}
			read++
			if got != want {
				t.Fatalf("%q, phrase %q: textWords %q, before %q", clean, p, got, want)
			} else if got != p {
				shown++
			}
		}
	}
	if read < 200000 || shown < 15000 || plain < 500000 || linked < 10000 {
		t.Fatalf("only %d phrases read, %d shown otherwise than folded, %d plain words, %d texts with links", read, shown, plain, linked)
	}
}

// oldWordScan is wordScan as it was before speed51b: every rune decoded,
// and the next link compared with the text at every byte.
type oldWordScan struct {
	text  string
	links []linkx.Link
	at    int
	li    int
}

func (sc *oldWordScan) next() (start, end int, ok bool) {
	i := sc.at
	for i < len(sc.text) {
		if e := sc.linkAt(i); e > i {
			i = e
			continue
		}
		r, size := utf8.DecodeRuneInString(sc.text[i:])
		if inWord(r) {
			break
		}
		i += size
	}
	if i >= len(sc.text) {
		sc.at = i
		return 0, 0, false
	}
	start = i
	for i < len(sc.text) && sc.linkAt(i) <= i {
		r, size := utf8.DecodeRuneInString(sc.text[i:])
		if !inWord(r) {
			break
		}
		i += size
	}
	sc.at = i
	return start, i, true
}

func (sc *oldWordScan) linkAt(i int) int {
	for sc.li < len(sc.links) {
		l := &sc.links[sc.li]
		start, end := l.Span()
		if l.Carried || start < i || end > len(sc.text) || sc.text[start:end] != l.Raw {
			sc.li++
			continue
		}
		if start == i {
			return end
		}
		return 0
	}
	return 0
}

// oldAsWritten is asWritten as it was before speed51b, with its
// matchWords and foldedPrefix.
func oldAsWritten(text string, links []linkx.Link, phrase string) string {
	if len(phrase) == 0 || len(phrase) > 128 {
		return phrase
	}
	var at [16][2]int
	sc := oldWordScan{text: text, links: links}
	for {
		start, end, ok := sc.next()
		if !ok {
			return phrase
		}
		more := sc
		if n := oldMatchWords(text, phrase, start, end, &more, &at); n > 0 {
			if n == 1 && text[start:end] == phrase {
				return phrase
			}
			s := joinedWords(text, at[:n])
			if !isNFC(s) {
				s = norm.NFC.String(s)
			}
			return strings.ToLower(strings.Map(visibleRune, s))
		}
	}
}

func oldMatchWords(text, phrase string, start, end int, sc *oldWordScan, at *[16][2]int) int {
	var buf [256]byte
	n, pos := 0, 0
	for {
		if end-start > len(buf) {
			return 0
		}
		f := lure.Fold(text[start:end], buf[:0])
		if len(f) > 0 {
			if n == len(at) || !oldFoldedPrefix(phrase[pos:], f) {
				return 0
			}
			at[n] = [2]int{start, end}
			n++
			pos += len(f)
			if pos == len(phrase) {
				return n
			}
			if phrase[pos] != ' ' {
				return 0
			}
			pos++
		} else if n == 0 {
			return 0
		}
		var ok bool
		if start, end, ok = sc.next(); !ok {
			return 0
		}
	}
}

func oldFoldedPrefix(phrase string, f []byte) bool {
	if len(f) > len(phrase) {
		return false
	}
	for i, c := range f {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != phrase[i] {
			return false
		}
	}
	return true
}

// TestSpeed51bShownWords: shownWords is NFC, direction controls dropped,
// lower-cased, as asWritten wrote it, for ASCII and other words.
func TestSpeed51bShownWords(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 3))
	ascii := 0
	for range 100000 {
		var b strings.Builder
		for n := 1 + r.IntN(4); n > 0; n-- {
			if n < 4 {
				b.WriteByte(' ')
			}
			b.WriteString(speed51bWords[r.IntN(len(speed51bWords))])
		}
		s := b.String()
		want := s
		if !isNFC(want) {
			want = norm.NFC.String(want)
		}
		want = strings.ToLower(strings.Map(visibleRune, want))
		if got := shownWords(s); got != want {
			t.Fatalf("%q: shownWords %q, want %q", s, got, want)
		}
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				ascii--
				break
			}
		}
		ascii++
	}
	if ascii < 5000 {
		t.Fatalf("only %d texts in ASCII", ascii)
	}
}

// TestSpeed51bLastSpacedDash: lastSpacedDash, which finds the dashes by
// IndexByte, is the last of strings.LastIndex's three answers, on texts
// of spaces, hyphens, em and en dashes, other runes beginning with 0xE2
// and letters.
func TestSpeed51bLastSpacedDash(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 5))
	pieces := []string{" ", " ", "-", "—", "–", "→", "a", "Zoom", "\xe2", "…", "--"}
	found := 0
	for range 300000 {
		var b strings.Builder
		for n := r.IntN(16); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		want := max(strings.LastIndex(s, " -"), strings.LastIndex(s, " —"), strings.LastIndex(s, " –"))
		if got := lastSpacedDash(s); got != want {
			t.Fatalf("lastSpacedDash(%q) = %d, want %d", s, got, want)
		}
		if want >= 0 {
			found++
		}
	}
	if found < 50000 {
		t.Fatalf("only %d texts with a spaced dash", found)
	}
}

// TestSpeed51bScriptTrick: mayNameScriptTrick, which finds the stems by
// their first byte in an array, answers as it did with a map keyed by
// their first two bytes (oldMayNameScriptTrick, kept here), on texts of
// speed49Words and speed51bWords.
func TestSpeed51bScriptTrick(t *testing.T) {
	pairs := map[[2]byte][]string{}
	for _, s := range scriptTrickStems {
		pairs[[2]byte{s[0], s[1]}] = append(pairs[[2]byte{s[0], s[1]}], s)
	}
	old := func(text string, links []linkx.Link) bool {
		if namesScriptTrick(nil, links) || len(text) > 512 {
			return true
		}
		var stack [512]byte
		f := lure.Fold(text, stack[:0])
		for i := 0; i+1 < len(f); i++ {
			if scriptTrickSecond[f[i]]&(1<<(f[i+1]&63)) == 0 {
				continue
			}
			for _, s := range pairs[[2]byte{f[i], f[i+1]}] {
				if bytes.HasPrefix(f[i:], []byte(s)) {
					return true
				}
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(51, 4))
	named, passed := 0, 0
	for n := range 200000 {
		words := speed49Words
		if n%3 == 0 {
			words = speed51bWords
		}
		var b strings.Builder
		for n := 1 + r.IntN(12); n > 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		text := b.String()
		links, _, _ := linkx.ExtractClean(text, nil, MaxLinks)
		want := old(text, links)
		if got := mayNameScriptTrick(text, links); got != want {
			t.Fatalf("%q: mayNameScriptTrick %v, before %v", text, got, want)
		}
		if want {
			named++
		} else {
			passed++
		}
	}
	if named < 10000 || passed < 10000 {
		t.Fatalf("named %d, passed %d: the texts do not test both ways", named, passed)
	}
}

// TestSpeed51bComposedLatin: every pair of the letters composedLatin
// reports, and each beside ASCII, is in NFC (norm.NFC.IsNormalString),
// so that shownWords may leave such a text as it is; the Vietnamese
// letters are among them, a combining mark and a letter NFC composes
// differently are not; and shownWords answers as NFC, Map and ToLower
// did on texts of Vietnamese words in capitals.
func TestSpeed51bComposedLatin(t *testing.T) {
	var letters []rune
	for r := rune(0); r < 0x1F00; r++ {
		if composedLatin(r) {
			letters = append(letters, r)
		}
	}
	if len(letters) < 500 {
		t.Fatalf("only %d letters", len(letters))
	}
	for _, a := range letters {
		if s := "A" + string(a) + "z"; !norm.NFC.IsNormalString(s) {
			t.Fatalf("%q (%U) is not NFC", s, a)
		}
		for _, b := range letters {
			if s := string(a) + string(b); !norm.NFC.IsNormalString(s) {
				t.Fatalf("%q (%U %U) is not NFC", s, a, b)
			}
		}
	}
	for _, r := range "ăâđêôơưáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĂÂĐÊÔƠƯÁẠẮẶỆỘỰ" {
		if !composedLatin(r) {
			t.Fatalf("%q (%U): not composedLatin", r, r)
		}
	}
	for _, r := range []rune{0x301, 0x323, 0x340, 0x2126, 0x212B, 0x200E, 0x202E, 0xFF26, 0x1F00, 'a', 0xA0} {
		if composedLatin(r) {
			t.Fatalf("%U: composedLatin", r)
		}
	}
	words := []string{"Nhận", "QUÀ", "Tài", "KHOẢN", "Bị", "Khóa", "XÁC", "Minh", "Ưu", "Đãi", "TRÚNG", "Thưởng", "Ngày", "Tặng",
		"FREE", "Gift", "Ω", "e\u0301", "Å", "ǅ", "ǈ", "Ǳ", "ẞ", "ǰ", "\u202Ex"}
	r := rand.New(rand.NewPCG(51, 6))
	latin := 0
	for range 50000 {
		var b strings.Builder
		for n := 1 + r.IntN(4); n > 0; n-- {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		s := b.String()
		want := s
		if !isNFC(want) {
			want = norm.NFC.String(want)
		}
		want = strings.ToLower(strings.Map(visibleRune, want))
		if got := shownWords(s); got != want {
			t.Fatalf("%q: shownWords %q, want %q", s, got, want)
		}
		if strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf && !composedLatin(r) }) < 0 {
			latin++
		}
	}
	if latin < 10000 {
		t.Fatalf("only %d texts of composed Latin letters", latin)
	}
}
