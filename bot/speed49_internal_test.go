package bot

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/immunebot/immune/bot/linkx"
)

// speed49Words are the pieces TestSpeed49ScriptTrick builds texts of: the
// trick's names written as they are, capitalised, with marks, split by an
// apostrophe, glued to a link or inside longer words, beside chat's
// words, links plain, Unicode, punycode and defanged, and marks that
// end or join words.
var speed49Words = []string{
	"cyrillic", "Cyrillic", "CYRILLIC", "cyríllic", "greek", "Greek", "punycode", "Punycode", "unicode", "Unicode",
	"idn", "IDN", "idns", "IDNs", "didn't", "didn’t", "confusable", "confusables", "omicron", "lookalike", "Lookalikes",
	"spoof", "spoofed", "spoofing", "spo'of", "mixed", "script", "mixedscript", "Mixed-Script", "homoglyph", "homoglyphs",
	"Homograph", "homographs", "homographic", "indistinguishable", "identical", "exactly", "looks", "look", "pixel",
	"the", "a", "is", "this", "you", "check", "verify", "login", "free", "gift", "nhận", "quà", "tài", "khoản", "xác", "minh",
	"ảo", "tặng", "ngày", "@", "$", "nh@n", "cla$h", "5@6", "—", "-", ".", ",", ":", "!", "?", "(", ")", "\"", "'", "’",
	"https://apple.com", "https://аpple.com", "https://xn--pple-43d.com", "https://iêthớxetuuôcu22.info/p/1",
	"аpple[.]com", "hxxps://paypal-login[.]com", "paypal[.]com", "script:https://x.com", "idn:https://xn--80ak6aa92e.com",
	"homograph(https://аpple.com)", "spoof→https://x.io", "x.com/homograph", "https://homograph.example/idn",
	"\u200bidn", "i\u0301dn", "ＩＤＮ", "g\u0308reek", "\u00a0", "\t", "\n", "  ",
}

// TestSpeed49ScriptTrick checks mayNameScriptTrick against
// namesScriptTrick on 300,000 texts made of speed49Words: whenever the
// text's tokens (quoteTokens, quoteWords) name the trick,
// mayNameScriptTrick says they may, so showsHomograph's answer is the
// same with the cheap test before its tokens as without it. Thousands of
// the texts name the trick and thousands do not.
func TestSpeed49ScriptTrick(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 1))
	named, passed := 0, 0
	for range 300000 {
		var b strings.Builder
		for n := 1 + r.IntN(12); n > 0; n-- {
			b.WriteString(speed49Words[r.IntN(len(speed49Words))])
			switch r.IntN(4) {
			case 0:
			case 1:
				b.WriteString("  ")
			default:
				b.WriteByte(' ')
			}
		}
		text := b.String()
		links, _, _ := linkx.ExtractClean(text, nil, MaxLinks)
		var buf [64]quoteToken
		var stack [512]byte
		full := namesScriptTrick(quoteWords(quoteTokens(text, buf[:0]), -1, stack[:0]), links)
		may := mayNameScriptTrick(text, links)
		if full && !may {
			t.Fatalf("%q: namesScriptTrick true, mayNameScriptTrick false", text)
		}
		if full {
			named++
		}
		if !may {
			passed++
		}
	}
	if named < 1000 || passed < 1000 {
		t.Fatalf("named %d, passed over %d: the texts do not test both ways", named, passed)
	}
}

// TestSpeed49AsWrittenNoAlloc: a lure's phrase shown as the text writes
// it, in one word or words a space apart, in composed lower-case letters,
// is the text's own words, read with no allocation (main built it with
// a strings.Builder and asked norm.NFC.IsNormalString, which allocates:
// 2 allocations and more).
func TestSpeed49AsWrittenNoAlloc(t *testing.T) {
	text := "tài khoản của bạn bị khóa, xác minh tại đây"
	for _, c := range []struct{ phrase, want string }{{"tai khoan", "tài khoản"}, {"xac minh", "xác minh"}, {"khoa", "khóa"}} {
		if got := asWritten(text, nil, c.phrase); got != c.want {
			t.Fatalf("asWritten(%q) = %q, want %q", c.phrase, got, c.want)
		}
		if n := testing.AllocsPerRun(100, func() { asWritten(text, nil, c.phrase) }); n != 0 {
			t.Errorf("asWritten(%q): %v allocations, want 0", c.phrase, n)
		}
	}
}

// TestSpeed49JoinedWords compares joinedWords with the strings.Builder
// join asWritten made, and isNFC with norm.NFC.IsNormalString, on 200,000
// random texts of words in composed and decomposed Vietnamese, capitals,
// marks of direction, spaces single, doubled and other, and random
// bounds of words in them.
func TestSpeed49JoinedWords(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 2))
	pieces := []string{"tài", "khoa\u0309n", "Xác", "minh", "free", "GIFT", "nha\u0323n", "quà", "\u202Eabc", "ỏ", " ", "  ", "\t", ".", "x"}
	for range 200000 {
		var b strings.Builder
		for n := 1 + r.IntN(8); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		var at [][2]int
		for i := 0; i < len(text) && len(at) < 16; {
			j := i + 1 + r.IntN(4)
			if j > len(text) {
				break
			}
			at = append(at, [2]int{i, j})
			i = j + r.IntN(3)
		}
		if len(at) == 0 {
			continue
		}
		var want strings.Builder
		for i, w := range at {
			if i > 0 {
				want.WriteByte(' ')
			}
			want.WriteString(text[w[0]:w[1]])
		}
		if got := joinedWords(text, at); got != want.String() {
			t.Fatalf("joinedWords(%q, %v) = %q, want %q", text, at, got, want.String())
		}
		for _, s := range []string{text, want.String()} {
			if isNFC(s) != norm.NFC.IsNormalString(s) {
				t.Fatalf("isNFC(%q) = %v, IsNormalString %v", s, isNFC(s), !isNFC(s))
			}
		}
	}
}
