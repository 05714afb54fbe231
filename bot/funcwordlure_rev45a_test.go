package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestFunctionWordBeforeEndingInLure (rev45a, a review of fp45): a
// function word before a spaced ending names no host in chat ("not the
// .org squatter one"), but a function word is a name anyone can register
// (ours.top, our.site, your.gift): beside lure language it is read as a
// link written broken up, as a sentence's end is. Each flagged line was
// flagged on main (69fbc97) and allowed by fp45.
func TestFunctionWordBeforeEndingInLure(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"connect your wallet at ours .top to claim the airdrop", bot.Delete},
		{"claim your free airdrop at our .site now", bot.Warn},
		{"free nitro gift: go to your .gift and claim it", bot.Warn},
		{"your account is locked, login at this . top to restore it", bot.Warn},
	})
	checkLevels(t, false, []levelCase{
		{"putty msi from the official page (not the .org squatter one!) https://the.earth.li/~sgtatham/putty/latest/w64/putty-64bit-0.82-installer.msi", bot.Allow},
		{"the official page is my .com", bot.Allow},
		{"any .dev name works for the staging box", bot.Allow},
	})
}
