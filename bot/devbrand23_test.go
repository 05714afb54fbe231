package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBrandNamedProjectSites (devbrand23): a developer project's site
// on the hosting projects publish on, named after a brand with its
// language's or kind's word beside it (discordrb.github.io,
// twitch4j.github.io, discordjs.github.io) or an organisation's word
// (facebookincubator.github.io), the brand's own organisation's pages
// under the name it writes itself by on GitHub Pages
// (roblox.github.io/roact), and a project under the brand's name on
// js.org (dyno.js.org) are no longer read as "a site anyone can make,
// named after the brand": they are judged by the link model, their path
// and the message. The pages of brandPages (paypal.github.io) are
// trusted as the brands' domains are. The allow lines fail before the
// change. The attack lines are flagged before and after: lure words in
// the name (o-auth-discord, paypalgiftss, discordpy-nitro), api beside
// the brand (collabland-api, robloxapi), the brand's name spelled
// otherwise than its own (coin-base, trust-wallet), a look-alike on
// js.org (discurd), a lure's word or the brand's context in the path, a
// luring message.
func TestBrandNamedProjectSites(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		// rev23: the brand's name alone (dyno.js.org,
		// roblox.github.io) is anyone's who asked first; read as
		// before (TestBrandsNameAloneOnForgePages). The coordinator's
		// review: so is the brand's name beside a library's word
		// (discordrb.github.io): the reading that allowed it gave
		// 9,471 of 22,519 built attack names an allow, and moved no
		// line of any real set (TestBrandLibraryNamesOnForgePages)
		// a protected brand's own organisation's pages (brandPages),
		// trusted as its domains are
		{"https://paypal.github.io/react-paypal-js/", bot.Allow},
		{"PayPal Node SDK page (http://paypal.github.io/PayPal-node-SDK/)", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://discordantibot.github.io/", bot.Warn},
		{"https://discordantibot.github.io/ro-py/", bot.Warn},
		{"https://o-auth-discord.github.io/", bot.Warn},
		{"https://discordcom.github.io/", bot.Warn},
		{"https://paypalgiftss.github.io/paypal.com/webapps/mpp/help-pay-on-ebay", bot.Warn},
		{"https://collabland-api.github.io/", bot.Warn},
		{"https://discordpy-nitro.github.io/", bot.Warn},
		{"https://discordgift.js.org/", bot.Warn},
		{"https://discurd.js.org/", bot.Warn},
		{"https://coin-base.github.io/", bot.Warn},
		{"https://trust-wallet.github.io/", bot.Warn},
		{"https://metamask-verify.gitlab.io/", bot.Warn},
		{"https://robloxapi.github.io/", bot.Warn},
		{"https://discordrb.github.io/nitro", bot.Warn},
		{"https://discordrb.github.io/gift", bot.Warn},
		{"https://discordrb.github.io/login", bot.Warn},
		{"https://dyno.js.org/verify", bot.Warn},
		{"https://roblox.github.io/login.html", bot.Warn},
		{"claim your free nitro here https://discordrb.github.io/", bot.Warn},
		{"free nitro https://discord-go.github.io/", bot.Warn},
		{"verify your account https://uniswap.github.io/", bot.Warn},
		{"wallet sync required, connect your wallet here https://trustwallet.github.io/", bot.Warn},
	})
}

// TestBrandEngineeringDomain (devbrand23): a company's engineering blog
// on a domain of its own, named by the brand's name and an
// organisation's word after it (instagram-engineering.com), is not read
// as a site named after the brand in a message that is no lure (the
// allow lines fail before). Another word (discordresearch.com, of the
// training lists), the word before the name, a cheap ending, a lure's
// word in the path and a luring message keep the brand's reading.
func TestBrandEngineeringDomain(t *testing.T) {
	t.Parallel()
	// rev23: a domain of its own is anyone's who registers it first
	// (zalopay-samples.com): read as before (TestBrandOrgWordOwnDomains)
	checkLevels(t, true, []levelCase{
		{"https://discordresearch.com/", bot.Warn},
		{"https://engineering-instagram.com/", bot.Warn},
		{"https://instagram-engineering.xyz/", bot.Warn},
		{"https://instagram-engineering.com/login", bot.Warn},
		{"verify your account https://instagram-engineering.com/", bot.Warn},
	})
}

// TestBrandWordProject (devbrand23): a brand named by a word of the
// language (Ledger) beside a code project's word after it, on a domain
// of its own (ledger-cli.org, the accounting program's), is the word in
// its own sense (the allow lines fail before). The brand's other names
// (ledgerlive), the word after a project's word, a cheap ending, a
// lure's word in the path and a luring message keep the brand's
// reading.
func TestBrandWordProject(t *testing.T) {
	t.Parallel()
	// rev23: a domain of its own is anyone's who registers it first
	// (ledger-js.com, kraken-sdk.io): read as before
	// (TestBrandWordOwnDomains)
	checkLevels(t, true, []levelCase{
		{"https://ledgerlive-js.com/", bot.Warn},
		{"https://cli-ledger.org/", bot.Warn},
		{"https://ledger-cli.xyz/", bot.Warn},
		{"https://ledger-cli.org/verify", bot.Warn},
		{"connect your wallet https://ledger-cli.org/", bot.Warn},
		{"https://24x7-ledger.com/", bot.Warn},
	})
}

// TestBrandLibraryNamesOnForgePages (coordinator's review of devbrand23):
// a site on the hosting developers publish on, named by a brand and a
// language's or a library's word, is read as any site named after the
// brand: a forge or js.org gives the name to whoever asks first, and an
// impostor names a bank's "SDK" as easily as a library's author names
// one (vietcombank-sdk.github.io). Each line was flagged at the
// session's start (9a6e8b7) and allowed by the reading removed.
func TestBrandLibraryNamesOnForgePages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://discordrb.github.io/", bot.Warn},
		{"https://twitch4j.github.io/", bot.Warn},
		{"more info here https://vietcombank-sdk.github.io/", bot.Warn},
		{"Chi tiết tại: https://vietcombank-sdk.github.io/xac-thuc", bot.Warn},
		{"https://metamask-js.gitlab.io/", bot.Warn},
	})
}
