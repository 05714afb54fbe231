package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPublishingSiteOwnPages (fp45): a publishing site's own
// documentation, blog and help hosts (portal.thirdweb.com,
// blog.thirdweb.com, docs.zora.co) and a user-content host's front page
// (thirdweb.com/, zora.co/, dev.to/, sites.google.com/, telegra.ph/)
// are the site's own, and a wallet word beside them is talk of the
// site: each of the allowed lines was warned about on main (6d52f2a),
// the lure counting as beside a member's page. A member's page there
// (thirdweb.com/CHAIN/ADDRESS, sites.google.com/view/…), a lookalike
// host and a stranger's name beside the same words are still flagged.
func TestPublishingSiteOwnPages(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"thirdweb's SDK docs https://portal.thirdweb.com/ — the connect wallet component is decent", bot.Allow},
		{"the airdrop claim contract is documented at https://portal.thirdweb.com/contracts/airdrop", bot.Allow},
		{"thirdweb's blog https://blog.thirdweb.com/ wrote up the connect wallet UX changes", bot.Allow},
		{"thirdweb https://thirdweb.com/ — their connect wallet button saves a lot of work", bot.Allow},
		{"connect wallet on https://zora.co/ and then create, minting is cheap on base", bot.Allow},
		{"connect wallet flows explained on https://dev.to/ — search for wagmi", bot.Allow},
		{"the connect wallet component https://sites.google.com/ is decent", bot.Allow},
		{"the connect wallet component https://telegra.ph/ is decent", bot.Allow},
		{"the connect wallet component in https://example-shop.com/ is decent", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"connect wallet to claim your airdrop https://thirdweb.com/base/0x1234567890abcdef1234567890abcdef12345678", bot.Warn},
		{"restore your metamask https://sites.google.com/view/metamask-restore", bot.Warn},
		{"validate your wallet https://telegra.ph/Wallet-Validation-12-05", bot.Warn},
		{"connect wallet to claim your airdrop https://thirdweb-claim.xyz", bot.Delete},
		{"validate your wallet at https://walletconnect-validate.com/sync", bot.Delete},
		{"connect wallet to claim https://portal-thirdweb.com/claim", bot.Delete},
		{"wallet sync required https://portal.thirdweb.com.wallet-sync.app/", bot.Warn},
		{"validate your wallet https://metamask-io.com/validate", bot.Warn},
	})
}
