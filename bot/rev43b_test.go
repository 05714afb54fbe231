package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAccountNameDigits (rev43b): an account word with digits after it
// beside a protected brand's name on a stranger's name reads as the word
// (okta-sso1.com as okta-sso.com); a number alone beside the name does
// not make an account name.
func TestAccountNameDigits(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://okta-sso1.com/acme", bot.Warn},
		{"https://stripe-payouts24.net/acct_1Nx", bot.Warn},
		{"https://okta-2024.com/acme", bot.Allow},
	})
}

// TestTroubleNoticeWordings (rev43b): a service's trouble notice to the
// reader beside a stranger's link is a lure however it is worded, not
// only in the phrases of the lists; the same link with plain words, and
// a team's own talk of its trouble beside a page about it, are allowed.
func TestTroubleNoticeWordings(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"Your Stripe payouts have been placed on hold: https://acct-center.net/r/8812", bot.Warn},
		{"your domain name expires tomorrow, renew https://acct-center.net/r/8812", bot.Warn},
		{"your card was declined. https://acct-center.net/r/8812", bot.Warn},
		{"notes from the call https://acct-center.net/r/8812", bot.Allow},
		{"why are our payouts on hold? https://acct-center.net/r/8812", bot.Allow},
		{"wait, your payouts are paused? https://news.ycombinator.com/item?id=38123456", bot.Allow},
	})
}
