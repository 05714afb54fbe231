package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAskNamesOfExpiryAndQuota: a brand before a stranger's name made of
// an expired password or id, a full mailbox's quota or an order on hold
// (rev17's misses of askName) warns; a brand before a single word with a
// number (a webinar service's tenant, paypal.on24.com) or before "on" of
// a cloud's ending (on.aws) does not.
func TestAskNamesOfExpiryAndQuota(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://amazon.order-on-hold.info/", bot.Warn},
		{"https://microsoft.passwordexpire.com/", bot.Warn},
		{"https://office365.mailboxquota.com/", bot.Warn},
		{"https://apple.id-expire.net/", bot.Warn},
		{"https://netflix.payment-expired.com/", bot.Warn},

		{"https://paypal.on24.com/", bot.Allow},
		{"https://netflix.on.aws/", bot.Allow},
		{"https://discord.news-updates.com/", bot.Allow},
	})
}
