package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCommunityPagesWrittenWithNoScheme (bare38): a community's page and
// a project's pages on a platform developers deploy to, written with no
// scheme as chat writes links (paste.pythondiscord.com/ZEQA), are read as
// the same pages written https:// (TestCommunitySitesAndProjectPages):
// no scheme written is not plain HTTP. The same names at their front,
// beside a lure or with a lure's word in the path are read as before, and
// a written http:// still takes no relief.
func TestCommunityPagesWrittenWithNoScheme(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"python discord paste paste.pythondiscord.com/ZEQA", bot.Allow},
		{"the python discord's resource page www.pythondiscord.com/resources/", bot.Allow},
		{"design tokens w3c draft design-tokens.github.io/community-group/format/", bot.Allow},
		// read as before
		{"the python discord www.pythondiscord.com/", bot.Delete},
		{"free nitro for the python discord members www.pythondiscord.com/resources/", bot.Delete},
		{"the python discord nitro page www.pythondiscord.com/nitro", bot.Delete},
		{"the design tokens draft design-tokens.github.io/", bot.Delete},
		{"design tokens w3c draft design-tokens.github.io/claim", bot.Delete},
		{"connect your wallet to the design tokens app design-tokens.github.io/community-group/format/", bot.Delete},
		{"python discord paste http://paste.pythondiscord.com/ZEQA", bot.Delete},
		{"design tokens w3c draft http://design-tokens.github.io/community-group/format/", bot.Delete},
	})
}
