package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestCommunitySitesAndProjectPages (host32): a community's site named
// after the brand it meets on and a topic of its own, cited at a page
// inside it in talk that names it and asks for nothing, passes; the same
// name at its front, beside a lure or with the brand's context in its
// path, a brand beside a word that is no topic's, and the name on a cheap
// ending are read as before. A project's pages on a platform developers
// deploy to, named after their subject with a scheme's word in its
// technical sense, pass where the talk names them and asks for nothing;
// at the front, beside a lure, with a lure's word in the path, or named
// with a chain's marketing word or a drainer's, they are read as before.
// A site on a name Netlify generated passes bare; its sign-in page, its
// wallet page and a lure beside it are still read in full.
func TestCommunitySitesAndProjectPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// a community's site named after the brand and a topic
		{"python discord paste https://paste.pythondiscord.com/ZEQA", bot.Allow},
		{"the python discord's resource page https://www.pythondiscord.com/resources/", bot.Allow},
		{"ask in the rust discord, their faq https://www.rustdiscord.com/faq", bot.Allow},
		{"the python discord https://www.pythondiscord.com/", bot.Delete},
		// model36: warned (not deleted) at 0.61, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://www.pythondiscord.com/resources/", bot.Warn},
		{"free nitro for the python discord members https://www.pythondiscord.com/resources/", bot.Delete},
		{"python discord verify your account https://www.pythondiscord.com/resources/", bot.Delete},
		{"the python discord nitro page https://www.pythondiscord.com/nitro", bot.Delete},
		{"the python discord resources https://www.pythondiscord.xyz/resources/", bot.Delete},
		// model36: allowed at 0.49, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"the discordgame site https://discordgame.com/resources/", bot.Allow},
		{"the binance launch page https://binance-launch.com/about", bot.Delete},
		{"the binancegift page https://binancegift.org/about", bot.Warn},
		// a project's pages named after their subject
		{"design tokens w3c draft https://design-tokens.github.io/community-group/format/", bot.Allow},
		{"the noise protocol spec mirror https://noise-protocol.github.io/spec/noise.html", bot.Allow},
		{"the design tokens draft https://design-tokens.github.io/", bot.Delete},
		{"design tokens w3c draft https://design-tokens.github.io/claim", bot.Delete},
		{"connect your wallet to the design tokens app https://design-tokens.github.io/community-group/format/", bot.Delete},
		{"defi manta docs https://defi-manta.pages.dev/docs/intro", bot.Delete},
		{"the campus wallet demo https://campus-wallet.fly.dev/login", bot.Delete},
		// a site on a name Netlify generated
		{"https://splendid-malasada-3f2a1c.netlify.app/", bot.Allow},
		// model36: warned (not deleted) at 0.74, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"https://splendid-malasada-3f2a1c.netlify.app/signin.html", bot.Warn},
		{"https://splendid-malasada-3f2a1c.netlify.app/wallet/connect", bot.Delete},
		{"claim your airdrop now https://splendid-malasada-3f2a1c.netlify.app/", bot.Delete},
		{"https://verify-wallet-3f2a1c.netlify.app/", bot.Delete},
	})
}
