package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLuredSentenceStop checks that a full stop before a word that is
// also an ending is read as a sentence's end in plain chat ("dm me your
// ign. map is live") but as a link written broken up beside lure language
// ("free nitro steam. gift"), which the sentence reading alone let
// through.
func TestLuredSentenceStop(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range []string{
		"free nitro steam. gift",
		"free nitro for everyone steam. gift",
		"Your parcel is on hold, pay the fee express. online",
		"airdrop live, connect wallet claim. site",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level == bot.Allow {
			t.Errorf("%q: allowed (%.2f), want flagged", text, v.Score)
		}
	}
	for _, text := range []string{
		"dm me your ign. map is live",
		"a bad mesh. run the check again",
		"the build broke. report it in the channel",
		// a word suspicious only in company is no lure's phrase
		"the app inside is a fake wallet. report via the form",
	} {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow {
			t.Errorf("%q: %s (%.2f) %v, want allowed", text, v.Level, v.Score, v.Reasons)
		}
	}
}
