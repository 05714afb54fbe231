package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSpacedDefangsKept (fp45): links written broken up with a spaced
// dot after a name, in lures, are still flagged now that a function
// word before a spaced ending names no host ("verify at the .com link:
// metamask-restore .com/login" keeps its link).
func TestSpacedDefangsKept(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"claim your free nitro at discord-gift .com/claim", bot.Warn},
		{"login here: metamask-restore . io/wallet", bot.Warn},
		{"verify your steam trade at steamcommunnity .com/tradeoffer/new", bot.Warn},
		{"paypal-verify .com", bot.Warn},
		{"your .com account is on hold: amazon-support .help/refund", bot.Warn},
		{"verify at the .com link: metamask-restore .com/login", bot.Warn},
		{"tai khoan cua ban bi khoa, xac minh tai vietcombank-xacminh .com", bot.Warn},
		{"@everyone claim the airdrop at arbitrum-drop [.] xyz", bot.Warn},
		{"your parcel is held, pay the fee at usps-redelivery .top/pay", bot.Warn},
	})
}
