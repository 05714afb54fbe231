package bot_test

import "testing"

// The sixteenth tech-chat pass (det16) wrote en-tech16t.txt of the links
// tech chat still saw flagged. These cases stand for the classes of false
// alarm it fixed, each beside the attacks a loosening of it could let
// through.

// TestBrandsOwnGitHubPages: a protected brand's own organisation's GitHub
// Pages (facebook.github.io/react, paypal.github.io/glamorous) are the
// brand's open-source docs, not an impostor's site; a name with anything
// beside the brand's, or a brand whose GitHub name is not its own, is
// read as before.
func TestBrandsOwnGitHubPages(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"the old jest site https://facebook.github.io/jest/ redirects now", false},
		{"zstd docs are on https://facebook.github.io/zstd/zstd_manual.html", false},
		{"https://paypal.github.io/glamorous/", false},
		{"https://discord.github.io/discord-api-docs/", false},
		{"the coinbase style guide https://coinbase.github.io/", false},

		{"https://paypal-login.github.io/", true},
		{"https://facebook-help.github.io/recover", true},
		{"https://paypal-business-giftcards.github.io/paypal.com/us/webapps/mpp", true},
		{"https://steam.github.io/gift", true},
		{"https://discord.github.io.nitro-gift.top/claim", true},
	})
}
