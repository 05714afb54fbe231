package bot

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

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

// tailNameBefore is main's tailName before speed49 (lastSpacedDash).
func tailNameBefore(text string) string {
	end := len(text)
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '.' || text[end-1] == '!') {
		end--
	}
	tail := text[max(0, end-claimMaxName-4):end]
	i := max(strings.LastIndex(tail, " -"), strings.LastIndex(tail, " —"), strings.LastIndex(tail, " –"))
	if i < 0 {
		return ""
	}
	name := strings.TrimLeft(tail[i:], " -—–")
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '&' && r != '\'' && r != '.' {
			return "" // a link, a sentence's mark: no signature
		}
	}
	first, _, _ := strings.Cut(name, " ")
	if name == "" || strings.Count(name, " ") > 3 || !capitalised(name) || claimWordIn(claimNotNames, first) {
		return "" // "- Admin Team", "- Anh Minh": no company
	}
	return name
}

// TestSpeed49ClaimNames reads 300,000 texts made of speed49ClaimWords
// with tailName and with main's (tailNameBefore): the same names,
// thousands of them found.
func TestSpeed49ClaimNames(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 3))
	tails := 0
	for range 300000 {
		var b strings.Builder
		for n := 1 + r.IntN(9); n > 0; n-- {
			b.WriteString(speed49ClaimWords[r.IntN(len(speed49ClaimWords))])
			if r.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		tail, tail0 := tailName(text), tailNameBefore(text)
		if tail != tail0 {
			t.Fatalf("tailName(%q) = %q; before %q", text, tail, tail0)
		}
		if tail != "" {
			tails++
		}
	}
	if tails < 1000 {
		t.Fatalf("%d tail names: too few to compare", tails)
	}
}

// speed49ClaimWords are the pieces of TestSpeed49ClaimNames's texts:
// names and words in capitals and not, the words capitalised passes
// over, Vietnamese with its thông báo, brackets, dashes, bars, colons and
// links.
var speed49ClaimWords = []string{"Zoom", "Brex", "MB", "Bank", "Coinbase", "Support", "Team", "the", "The", "of", "and", "de", "&",
	"thông", "báo", "Thông", "tài", "khoản", "Vietcombank", "của", "bạn", "verify", "your", "account", "9Pay", "123",
	":", "|", "—", "–", "-", " - ", " — ", " – ", "»", "•", "(VNA)", "(", ")", "[Brex]", "【Shopee】", "*", "_", ".", "!",
	"https://brex-cardreview.com", "Đăng", "ứng", "écran", "Ärzte", "x", "thethe", "them", "order", "desk", "Anna", "Admin"}

// TestSpeed49PathWords: forPathWords passes a path's words that are
// lower-case already as the path's own bytes, with no allocation (main
// made a string of each: 3 allocations here), and every word as main
// did, lower-cased, on 100,000 random paths.
func TestSpeed49PathWords(t *testing.T) {
	none := func(string) bool { return true }
	if n := testing.AllocsPerRun(100, func() { forPathWords("/claim/free-gift/now", none) }); n != 0 {
		t.Errorf("forPathWords: %v allocations, want 0", n)
	}
	r := rand.New(rand.NewPCG(49, 4))
	const chars = "abcXYZ09/-_.%é"
	for range 100000 {
		b := make([]byte, r.IntN(60))
		for i := range b {
			b[i] = chars[r.IntN(len(chars))]
		}
		path := string(b)
		var got []string
		forPathWords(path, func(w string) bool { got = append(got, w); return len(got) < 5 })
		// main's reading: the same words, each lower-cased into a copy
		var want []string
		segs := 0
		for i := 0; i < len(path) && segs < 5 && len(want) < 5; {
			if path[i] == '/' {
				segs++
			}
			j := i
			for j < len(path) && isAlnum(path[j]) {
				j++
			}
			if j == i {
				i++
				continue
			}
			if j-i <= 32 {
				want = append(want, strings.ToLower(path[i:j]))
			}
			i = j
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Fatalf("forPathWords(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestSpeed49TextWords compares textWords' asWritten with asWritten on
// 600,000 phrases of one to three folded words looked for in 200,000
// random texts of lure words written with capitals, marks composed and
// decomposed, leetspeak's @ and $, apostrophes, marks of direction,
// emoji, links and words longer than matchWords folds: the same words
// shown, tens of thousands of them otherwise than folded.
func TestSpeed49TextWords(t *testing.T) {
	r := rand.New(rand.NewPCG(49, 5))
	words := []string{"free", "FREE", "Free", "gift", "nhận", "nha\u0323n", "quà", "tài", "khoản", "Tài", "bị", "khóa", "xác", "minh",
		"tại", "nh@n", "cla$h", "claim", "your", "you're", "don’t", "\u202Everify", "verify", "🎁", "@", "$5", "tăng", "tặng",
		"https://x.com/free", "gift.com", strings.Repeat("a", 300), "a", "đơn", "ảo", ",", ":", "-", "..."}
	phrases := []string{"free", "gift", "nhan qua", "tai khoan", "bi khoa", "xac minh", "nhan", "claim", "your", "youre", "dont",
		"verify", "tang", "Tang don", "don ao", "free gift", "tai khoan bi khoa", "a", "5", "x", "qua tai"}
	read, shown := 0, 0
	for range 200000 {
		var b strings.Builder
		for n := 1 + r.IntN(20); n > 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			switch r.IntN(5) {
			case 0:
			case 1:
				b.WriteString("  ")
			default:
				b.WriteByte(' ')
			}
		}
		text := b.String()
		links, _, clean := linkx.ExtractClean(text, nil, MaxLinks)
		var tw textWords
		if !tw.init(clean, links) {
			continue
		}
		for range 3 {
			p := phrases[r.IntN(len(phrases))]
			got, ok := tw.asWritten(p)
			if !ok {
				continue
			}
			read++
			if want := asWritten(clean, links, p); got != want {
				t.Fatalf("%q, phrase %q: textWords %q, asWritten %q", clean, p, got, want)
			} else if got != p {
				shown++
			}
		}
	}
	if read < 300000 || shown < 10000 {
		t.Fatalf("only %d phrases read, %d phrases shown otherwise than folded", read, shown)
	}
}
