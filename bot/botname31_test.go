package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestDiscordBotAndServerNames (scam31): a Discord bot's or a game
// server's name joined to what its fake dashboard or store offers
// (botName) warns alone, in English and Vietnamese detail. The bots' and
// the server's own sites, and names that only begin like a bot's
// (dynojet, dynamite), do not.
func TestDiscordBotAndServerNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://getmee6.io/", bot.Warn},
		{"https://dynopanel.com/", bot.Warn},
		{"https://hypixelrank.org/", bot.Warn},
		{"https://hypixel-store.net/", bot.Warn},
		{"https://redeemhypixel.com/", bot.Warn},
		{"https://wickbot-captcha.com/", bot.Warn},

		{"https://mee6.xyz/dashboard", bot.Allow},
		{"https://dyno.gg/", bot.Allow},
		{"https://store.hypixel.net/", bot.Allow},
		{"https://hypixel.net/threads/", bot.Allow},
		{"https://dynojet.com/", bot.Allow},
		{"https://dynamite-tools.com/", bot.Allow},
	})
	wantDetail(t, "https://dynopanel.com/", "joins the name of a Discord bot or a game server (dyno) to panel",
		"ghép tên một bot Discord hoặc một máy chủ game (dyno) với panel")
}
