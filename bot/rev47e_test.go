package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev47eCreatorNames (rev47e): a creator's platform's own hyphenated
// label under another ordinary ending (native-instruments.de), a
// word-like platform's name beside a charity's or a club's ordinary
// words, and a review or free templates site are not flagged; the
// platform's impostors beside a payout's, a licence's or a stream key's
// words, and its own label on a cheap ending, still are.
func TestRev47eCreatorNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://native-instruments.de/", bot.Allow},
		{"https://www.native-instruments.co.uk/", bot.Allow},
		{"https://riverside-fund.org/", bot.Allow},
		{"the adobe house builders got a grant https://adobe-grant.org/winners", bot.Allow},
		{"https://kick-winners.com/", bot.Allow},
		{"https://waves-plugins-review.com/", bot.Allow},
		{"https://canva-templates-free.com/", bot.Allow},
		{"https://native-instruments.top/", bot.Warn},
		{"https://kick-streamkey-reset.com/", bot.Warn},
		{"https://kick-partner-program.top/apply", bot.Warn},
		{"https://adobe-royalty-statement.com/", bot.Warn},
	})
}
