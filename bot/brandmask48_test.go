package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandApart (brandmask48): a protected brand's name hyphenated with
// one or two words of a page's own that no word list knows, on a
// stranger's domain and posted bare, is flagged even where the link
// model reads the brand's letters as a popular site's (all were allowed
// at 0.13-0.29 before); the same name run together (warned by
// rev49c's brand.Matcher.RunName when what is run together is a
// notice's words: barclaysnewdevice), beside a tool's or a guide's
// words, with three words or more beside it, on a hosting platform, or
// quoted defanged in talk keeps its level.
func TestBrandApart(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"natwest-new-device.com", bot.Warn},
		{"barclays-device-pairing.com", bot.Warn},
		{"santander-shared-link.com", bot.Warn},
		{"barclaysnewdevice.com", bot.Warn}, // run together with a notice's words: brand.Matcher.RunName (rev49c)
		{"barclays-fan-wiki.com", bot.Allow},
		{"barclays-new-device-setup-guide.com", bot.Allow},
		{"dhl-express-rate-calculator.com", bot.Allow},
		{"natwest-new-device.github.io", bot.Allow},
		{"heads up, natwest-new-device[.]com is a phishing page, ignore those texts", bot.Allow},
	})
}
