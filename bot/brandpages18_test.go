package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandsOwnSitesOnPlatforms (tech18): a protected brand's own site
// on a platform that gives a name once (brandPages: docusign.github.io,
// bybit-exchange.github.io, googleprojectzero.blogspot.com) and a brand's
// engineering blog on a domain of its own (netflixtechblog.com) are not
// read as impostors; the same brands' names with a lure's words on the
// same platforms still are.
func TestBrandsOwnSitesOnPlatforms(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://docusign.github.io/", bot.Allow},
		{"https://bybit-exchange.github.io/docs/v5/intro", bot.Allow},
		{"project zero's writeup https://googleprojectzero.blogspot.com/2024/06/project-naptime.html", bot.Allow},
		{"netflix tech blog on chaos monkey https://netflixtechblog.com/the-netflix-simian-army-16e57fbab116", bot.Allow},

		{"https://docusign-review-document.github.io/", bot.Warn},
		{"https://bybit-exchange-verify.github.io/", bot.Warn},
		{"https://google-account-recovery.blogspot.com/", bot.Warn},
		{"https://netflix-billing-update.com/", bot.Warn},
	})
}
