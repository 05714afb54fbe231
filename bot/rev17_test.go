package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAskAndDropNamesWithAPluralOrANumber (rev17): a kit's name made of
// what phishing asks for, or of a coin's name and a drop, reads the same
// with a word in the plural (firmwareupdates, copyrightappeals) or a
// number of up to four digits at its end (jupdrop2, jupdrop-2024), as
// kits register the next name when one is taken. A word that is no ask
// word with an s (news), a longer number and names with a word of their
// own stay as they were.
func TestAskAndDropNamesWithAPluralOrANumber(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://ledger.firmwareupdates.com/", bot.Warn},
		{"https://instagram.copyrightappeals.com/", bot.Warn},
		{"https://jupdrop2.com/", bot.Warn},
		{"https://jupdrop-2024.com/", bot.Warn},

		{"https://discord.news-updates.com/", bot.Allow},
		{"https://apple.ids.com/", bot.Allow},
		{"https://raindrop2.io/", bot.Allow},
		{"https://snowdrop-2024.dev/", bot.Allow},
		{"https://eth-2.com/", bot.Allow},
		{"https://binance.zendesk.com/hc/en-us", bot.Allow},
	})
}
