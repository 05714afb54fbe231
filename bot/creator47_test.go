package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCreatorPlatformNames (creator47): a creator's platform's name (an
// audio plugin's or a DAW's maker, a distributor, a store, a stock media
// site, a video, design or podcast tool, a tipping service) beside a
// royalty's, a payout's, a licence's, a crack's, a sponsorship's or a
// prize's words on a stranger's name is flagged, written apart or run
// together too; the platforms' own hosts (TwitchCon's among them), the
// projects named after them and the ordinary names that hold the same
// words are not.
func TestCreatorPlatformNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://arturia-pigments-keygen.net/", bot.Warn},
		{"https://tunecoreroyalties.net/statement", bot.Warn},
		{"https://plugin-boutique-prize-draw.top/", bot.Warn},
		{"https://native-instruments-komplete-activation.com/", bot.Warn},
		{"https://adobe-stock-royalties.net/signin", bot.Warn},
		{"https://riverside-podcast-sponsorship.com/", bot.Warn},
		{"https://audible-narrator-payout.net/", bot.Warn},
		{"https://kofi-tips-payout.com/", bot.Warn},
		{"https://beatstars-producer-earnings.top/", bot.Warn},
		{"https://spitfire-audio-bbcso-license.com/", bot.Warn},
		{"https://www.native-instruments.com/en/specials/komplete/", bot.Allow},
		{"https://splice.com/plugins/astra", bot.Allow},
		{"https://www.twitchcon.com/rotterdam/", bot.Allow},
		{"https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF", bot.Allow},
		{"https://github.com/obsproject/obs-studio/releases", bot.Allow},
		{"https://www.kickstarter.com/projects/acme/tiny-synth", bot.Allow},
		{"https://www.reaper.fm/download.php", bot.Allow},
		{"https://obsidian.md/plugins", bot.Allow},
		{"https://waves-surf-shop.com/", bot.Allow},
		{"https://www.audiblemagic.com/", bot.Allow},
		{"https://ableton-tips.com/", bot.Allow},
	})
}

// TestCreatorPublishingSite (creator47): a creators' platform whose pages
// anyone opens (streamlabs.com/NAME/tip, a publishing site of rev44d's),
// protected now as a brand, is still read as user content: a lure beside
// a page there counts, as before it was a brand's.
func TestCreatorPublishingSite(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"claim your free skins here https://streamlabs.com/freeskins/tip", bot.Warn},
		{"free nitro for subscribers, claim here https://streamelements.com/nitrogift/tip", bot.Warn},
		{"https://streamlabs.com/charity", bot.Allow},
		{"https://blog.streamlabs.com/", bot.Allow},
	})
}
