package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLookalikeInOwnWords (look21): a project's name that only edit
// distance reads as a brand's, and that says something else in words of
// its own where it differs (core-js: core and js, not correos; magiclen:
// magic kept, eden written len), is a plausible look-alike, weighed as a
// dictionary word is: allowed alone in tech chat, while the impostors'
// misspellings of the same names keep their verdicts (each attack line
// below is flagged on main too).
func TestLookalikeInOwnWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"core-js (https://core-js.io/) polyfills the standard library", bot.Allow},
		{"https://core-js.io/", bot.Allow},
		{"https://magiclen.org/", bot.Allow},
		{"the docs are at https://magiclen.org/ocr/ if you need them", bot.Allow},
	})
	checkLevels(t, true, []levelCase{
		{"https://corre0s.com/", bot.Warn},
		{"https://correos-envio.top/", bot.Warn},
		{"https://magicedan.xyz/", bot.Warn},
		{"https://steam-communiti.ru/", bot.Warn},
		{"https://wallets-connect.app/", bot.Warn},
		{"https://stream-community.ru/", bot.Warn},
	})
}
