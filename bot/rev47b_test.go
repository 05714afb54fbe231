package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandWordsAbout (rev47b): a protected brand's name beside what a
// notice is about and a single review, report, update, fees, help or
// safety word is a review site's or a guide's name as often as a kit's
// and is not read as the brand's notice alone (brandword47 warned on
// these at 0.6, and deleted revolut-business-review); a ban's or a
// password's word beside a news site's words of its own warns rather
// than deletes; a notice's word beside them still deletes.
func TestBrandWordsAbout(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"youtube-channel-review.com", bot.Allow},
		{"ebay-seller-fees.com", bot.Allow},
		{"airbnb-host-fees.com", bot.Allow},
		{"youtube-channel-report.com", bot.Allow},
		{"youtube-channel-safety.com", bot.Allow},
		{"revolut-business-review.com", bot.Warn},
		{"netflix-password-sharing.com", bot.Warn},
		{"hsbc-lock-screen.com", bot.Warn},
		{"youtube-channel-termination.info", bot.Delete},
		{"hsbc-security-check.com", bot.Delete},
	})
}

// TestBrandWordsRunTogether (rev47b): a protected brand's name run
// together with a notice's words (youtubechanneltermination), a brand's
// name in front of a stranger's name made of a notice's words
// (youtube.channel-termination.info), and yt beside two payment or desk
// words are read as the hyphenated names are; the brand's name run
// together with copyright-free is not (with a single payment's word it
// is not here, but creator47 warns on YouTube's monetization).
func TestBrandWordsRunTogether(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"youtubechanneltermination.info", bot.Delete},
		{"youtubechannelappeal.com", bot.Delete},
		{"microsoftaccountsuspended.com", bot.Delete},
		{"youtube.channel-termination.info", bot.Warn},
		{"twitch.payout-suspended.com", bot.Warn},
		{"yt-monetization-check.com", bot.Warn},
		// a short name (under six letters) run together likewise
		{"hsbcsecuritycheck.com", bot.Delete},
		{"dhlparcelhold.com", bot.Delete},
		{"youtubechannelreview.com", bot.Allow},
		// creator47 (landed beside this review) reads a creator
		// platform's name run together with one notice's word
		// (distrokidpayout), YouTube's monetization among them: warned
		{"youtubemonetization.com", bot.Warn},
		{"youtube.video-alert.com", bot.Allow},
	})
}
