package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandWords (brandword47): a protected brand's name hyphenated with
// a word the strict notice reading does not know and a notice's, an
// account action's or a payment's word is flagged (all of these were
// allowed at 0.1-0.4 before); beside a tool's, a fan site's, a guide's or
// a project's words, or a single word of documentation beside one of its
// own, it is not.
func TestBrandWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// the measured examples (0.38 and 0.14 on main)
		{"hsbc-security-check.com", bot.Delete},
		{"https://youtube-channel-termination.info/", bot.Delete},
		{"youtube-channel-strike-desk.com", bot.Delete},
		{"your channel gets removed in 24h, appeal here https://hsbc-payee-alert-check.com/", bot.Warn},
		{"chrome-stats.com", bot.Allow},
		{"youtube-channel-stats.com", bot.Allow},
		{"paypal-fee-calculator.com", bot.Allow},
		{"youtube-monetization-calculator.com", bot.Allow},
		{"twitch-affiliate-guide.com", bot.Allow},
		{"instagram-story-viewer.net", bot.Allow},
		{"youtube-copyright-school-explained.com", bot.Allow},
		{"zalo-mini-app-docs.dev", bot.Allow},
		// quoted defanged in security talk
		{"heads up, youtube-channel-termination[.]info is a phishing page, ignore those mails", bot.Allow},
	})
}

// TestBrandAbbrevNotice (brandword47): a brand's common abbreviation (yt,
// ig, insta, fb) as a hyphenated word of its own beside a notice's or an
// account action's word, or run together with one and nothing else, is
// flagged; the same letters in an ordinary name or beside a tool's words
// are not.
func TestBrandAbbrevNotice(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"ig-strike-notice.com", bot.Delete},
		{"yt-appeal-center.com", bot.Warn},
		{"https://insta-copyright-claim.net/form", bot.Warn},
		{"ytdispute.click", bot.Warn},
		{"yt-dlp.org", bot.Allow},
		{"igloo-appeal.com", bot.Allow},
		{"fb-group-tools.com", bot.Allow},
		{"https://fbi.gov/", bot.Allow},
	})
}
