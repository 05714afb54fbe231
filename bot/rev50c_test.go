package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestThirdPartyCareBillNames (rev50c): a third party's site named after
// a carrier or a care organisation — a review, a forum, a lawyer's, a
// broker's — is not flagged for the brand's name (each allow case was
// flagged on main 6497e67, after bill50 and care50, and allowed before
// them); an impostor that puts a notice's demand beside such a word
// still is.
func TestThirdPartyCareBillNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"My honest take after a year on the plan https://tmobile-review.net/magenta-max", bot.Allow},
		{"Mint Mobile after six months https://mintmobile-reviews.com/", bot.Allow},
		{"We are a firm that sues over denied care https://kaiserpermanente-lawyers.com/about", bot.Allow},
		{"Humana Medicare broker near you https://humana-broker-texas.com/", bot.Allow},
		{"Your line will be suspended, verify now https://tmobile-review-login.com/", bot.Warn},
		{"Mint Mobile: payment failed, update your card https://mintmobile-billing-review.com/", bot.Warn},
		{"Aetna claim reimbursement pending https://aetna-claim-agents.com/", bot.Warn},
	})
}
