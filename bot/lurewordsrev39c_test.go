package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestLureWordsShownOutsideLinks: the lure stage folds the message
// without its links, so a phrase is named from the words it weighed:
// not from a link that writes it as a slug earlier in the text
// ("uu-dai", "uu_dai"), and the words on both sides of a link are named
// as words. Between the words, what the lure stage reads as a space
// (an emoji, a zero-width space, a soft hyphen, a hyphen, a line break)
// is shown as one; a word whose marks make it another ("Tăng đơn",
// folded with a capital) is named as written too.
func TestLureWordsShownOutsideLinks(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const odd = "http://gardenclub.com/chase/index.html"
	for _, tc := range []struct{ text, want string }{
		{"xem https://shopee.vn/m/Uu-Dai và Ưu đãi tháng này " + odd, `"ưu đãi"`},
		{odd + "?Uu_Dai=1 Ưu đãi tháng này", `"ưu đãi"`},
		{"ưu " + odd + " đãi", `"ưu đãi"`},
		{"Ưu 🎁 đãi " + odd, `"ưu đãi"`},
		{"Ưu\u200bđãi " + odd, `"ưu đãi"`},
		{"Ưu\u00ad đãi " + odd, `"ưu đãi"`},
		{"Ưu-\nđãi " + odd, `"ưu đãi"`},
		{"Tăng đơn " + odd, `"tăng đơn"`},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		d, ok := lureDetail(v, bot.English)
		if !ok || !strings.Contains(d, tc.want) {
			t.Errorf("%q: lure %q (%v), want it to name %s", tc.text, d, codes(v), tc.want)
		}
	}
}

// TestLureWordsShownBounded: between a lure phrase's words, a run of
// thousands of emoji or zero-width spaces (which the lure stage reads as
// one space) is not shown, and finding the words again costs about what
// judging the same message with other words does (it folded every
// prefix of what followed a word: 25 ms for 16 kB of emoji).
func TestLureWordsShownBounded(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const odd = "http://gardenclub.com/chase/index.html"
	fastest := func(text string) (time.Duration, bot.Verdict) {
		best, v := time.Duration(1<<62), bot.Verdict{}
		for range 5 {
			start := time.Now()
			v = judgeText(c, bot.Telegram, text).Verdict
			best = min(best, time.Since(start))
		}
		return best, v
	}
	for _, junk := range []string{"🎁", "\u200b", " "} {
		run := strings.Repeat(junk, 3000)
		lured, v := fastest("ưu " + run + " đãi ưu " + run + odd)
		other, _ := fastest("xin " + run + " chào xin " + run + odd)
		if d, ok := lureDetail(v, bot.English); !ok || d != `lure words: a free gift ("ưu đãi")` {
			t.Errorf("%q run: lure %.80q, want it to name \"ưu đãi\"", junk, d)
		}
		if lured > 10*other+5*time.Millisecond {
			t.Errorf("%q run: %v with the lure's words, %v with others", junk, lured, other)
		}
	}
}
