package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestProjectDocPages (fp49): a documentation page (a docs, spec,
// introduction, quickstart, rfc … folder or page, or a text page's
// ending) of a site named by a project's word (protocol, rpc, token),
// talked of plainly, is read by the general link model without the crypto
// expert; posted bare, beside a lure, "your", a scheme's word, a brand or
// @everyone, at a page that asks or a kit's page, on a cheap ending, over
// plain HTTP or with a query, it is read as before.
func TestProjectDocPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"the spec for the relay layer is in https://brackenprotocol.org/spec/v1/relays.html, section 3 covers retries", bot.Allow},
		{"their intro page explains the design well https://sorrel-protocol.io/introduction", bot.Allow},
		{"the whole standard is one text file https://fennelprotocol.net/specification.txt", bot.Allow},
		{"the python binding follows https://tansyprotocol.dev/docs/reference/errors closely", bot.Allow},
		{"the backpressure rfc https://thistleprotocol.org/rfcs/0012-backpressure.md is the one the rust client implements", bot.Allow},
		{"the node setup is in https://mallow-protocol.com/docs/getting-started/install.html and it works on arm64", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://brackenprotocol.org/spec/v1/relays.html", bot.Warn},
		{"https://sorrel-protocol.io/", bot.Warn},
		{"your tokens are ready, the spec is at https://brackenprotocol.org/spec/v1/", bot.Warn},
		{"claim the airdrop, the guide is at https://sorrel-protocol.io/introduction", bot.Warn},
		{"bonus round: connect at https://tansyprotocol.dev/docs/reference/errors", bot.Warn},
		{"@everyone the spec is here https://fennelprotocol.net/specification.txt", bot.Warn},
		{"the docs are at https://fennelprotocol.xyz/docs/introduction", bot.Warn},
		{"the docs are at https://claim-fennelprotocol.com/docs/introduction", bot.Warn},
		{"the docs are at https://tansyprotocol.dev/docs/claim", bot.Warn},
		{"the docs are at https://tansyprotocol.dev/docs/wp-content/login.html", bot.Warn},
		{"the docs are at https://tansyprotocol.dev/docs/introduction?wallet=connect", bot.Warn},
		{"the docs are at http://tansyprotocol.dev/docs/introduction", bot.Warn},
		{"the binance protocol docs https://binance-protocol.org/docs/introduction", bot.Warn},
	})
}
