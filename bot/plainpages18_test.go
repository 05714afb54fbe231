package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPlainPagesWhereverTheSchemeSpeaks: a plain-HTTP page of an older
// site is read with the model's plain-page feature wherever the scheme is
// all that speaks against it, not only posted bare with two segments or
// more (plain18): a single page at the root, a page beside a plain remark,
// a page on .info. Each was deleted or warned before. A word, a script or
// a token at the end, a query, paperwork's or a lure's words beside the
// link, a cheap ending, a host name or a hex token in the path keep the
// scheme's learned weight.
func TestPlainPagesWhereverTheSchemeSpeaks(t *testing.T) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text string
		want bot.Level // the highest level allowed; Delete: must be deleted
	}{
		// read with the page feature (main deleted the first five, warned the sixth)
		{"http://gameprogrammingpatterns.com/game-loop.html", bot.Allow},
		{"http://neuralnetworksanddeeplearning.com/chap2.html", bot.Allow},
		{"http://www.paulgraham.com/avg.html", bot.Warn},
		{"http://www.brendangregg.com/perf.html#OneLiners the one liners section", bot.Warn},
		{"boehm gc home page moved to github but the old one is http://www.hboehm.info/gc/", bot.Warn},
		{"http://www.lartc.org/howto/lartc.qdisc.classful.html", bot.Allow},

		// the scheme keeps its weight
		{"http://039026.com/fzz", bot.Delete},
		// model36: warned (not deleted) at 0.59, 0.78, 0.64, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"your invoice is ready http://gameprogrammingpatterns.com/game-loop.html", bot.Warn},
		{"please sign in to keep your account active http://gameprogrammingpatterns.com/game-loop.html", bot.Warn},
		{"Hi, as discussed, the quotation http://bluewave-trading.com/quotation/RFQ-2291/", bot.Warn},
		{"http://gameprogrammingpatterns.top/game-loop.html", bot.Delete},
		{"http://gameprogrammingpatterns.com/paypal.com.html", bot.Delete},
		{"http://gameprogrammingpatterns.com/3f9a0c2b7d1e44aa.html", bot.Delete},
	} {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level > tc.want || tc.want == bot.Delete && v.Level != bot.Delete {
			t.Errorf("%q: %s (%.2f) %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
	checkFlagged(t, []flagCase{
		// model36: allowed at 0.03, 0.43, 0.53, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://1bayside.com/indeed/index.php", false},    // a script
		{"http://oldbakery.com/index.html?id=3f9a", false}, // a query
		{"http://oldbakery.com/J8CPSm4P.html", false},      // a token for a name
	})
}
