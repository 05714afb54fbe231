package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestPlayMoneyNames (play46): a name made of a game's money or items
// and what a generator or a giveaway offers warns alone; a fan's site, a
// shop or a developer's generator (code-generator, key-gen) does not.
func TestPlayMoneyNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://robux-daily-gen.com", bot.Warn},
		{"https://free-primogems.net", bot.Warn},
		{"https://uc-rewards.gg", bot.Warn},
		{"https://psn-code-gen.net", bot.Warn},
		{"https://pets-free-adoptme.com", bot.Warn},
		{"https://case-drop.net", bot.Warn},
		{"https://unlimited-gems.app", bot.Warn},
		{"https://gamepass-codes.net", bot.Warn},
		{"https://genshin-redeem.com", bot.Warn},
		// a top-up's name: a game and its money
		{"https://mlbb-diamond.com", bot.Warn},
		{"https://uc-pubg.com", bot.Warn},
		{"https://robuxhub.net", bot.Warn},
		// an emulator's name run together from two letters and two
		{"https://rpcs3.net/compatibility", bot.Allow},
		{"https://code-generator.net", bot.Allow},
		{"https://key-gen.org", bot.Allow},
		{"https://card-generator.net", bot.Allow},
		{"https://genshin-center.com/", bot.Allow},
		{"https://gem-shop.com", bot.Allow},
		{"https://free-games.net", bot.Allow},
		// quoted defanged in a warning
		{"heads up, pets-free-adoptme[.]com is a scam, report it", bot.Allow},
	})
}

// TestPlayCheatNames (play46): a cheat's, an executor's or a modded
// app's name warns alone; a word cheats share with tools of other trades
// (exploit, executor, injector) is read only beside a game that is no
// word, an executor's name or a hardware ban.
func TestPlayCheatNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://synapse-executor.app", bot.Warn},
		{"https://undetected-aimbot.cc", bot.Warn},
		{"https://modmenu-free.net", bot.Warn},
		{"https://happymod-vip.com", bot.Warn},
		{"https://premium-apk-mods.xyz", bot.Warn},
		{"https://valorant-spoofer.net", bot.Warn},
		{"https://fluxus-keys.com", bot.Warn},
		{"https://hwid-spoofer.net", bot.Warn},
		{"https://undetected-cheats.gg", bot.Warn},
		{"https://rust-exploit.com", bot.Allow},
		{"https://celery-executor.com", bot.Allow},
		{"https://test-executor.dev", bot.Allow},
		{"https://cheat-sheet.io", bot.Allow},
		{"https://delta-chat.org", bot.Allow},
		{"https://www.exploit-db.com/exploits/51234", bot.Allow},
		{"https://www.cheatengine.org/", bot.Allow},
	})
}

// TestPlayNoticeNames (play46): a game platform protected at run time
// (brand.Game) or a mod host's or an anti-cheat's name beside an
// account's notice warns; their own sites and fan sites named after the
// games do not.
func TestPlayNoticeNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://nexusmods-signin.net", bot.Warn},
		{"https://curseforge-payout.net", bot.Warn},
		{"https://vac-ban-appeal.com", bot.Warn},
		// a mod host's name a letter off
		{"https://nexusmod.net/skyrim/mods/266", bot.Warn},
		{"https://curseforqe.com/minecraft/mc-mods/jei", bot.Warn},
		{"https://www.nexusmods.com/skyrimspecialedition/mods/12604", bot.Allow},
		{"https://www.curseforge.com/minecraft/mc-mods/jei", bot.Allow},
		{"https://riot-appeal-ticket.com", bot.Warn},
		{"https://psn-account-locked.com", bot.Warn},
		{"https://battlenet-login.net", bot.Warn},
		{"https://hoyoverse-login.com", bot.Warn},
		{"https://store.epicgames.com/en-US/free-games", bot.Allow},
		{"https://www.minecraft.net/en-us/download", bot.Allow},
		{"https://account.battle.net/security", bot.Allow},
		{"https://store.playstation.com/redeem", bot.Allow},
		{"https://minecraft-server-list.com/", bot.Allow},
		{"https://nexusmods-guide.com", bot.Allow},
		{"https://vac-status.net", bot.Allow},
	})
}

// TestPlaySlugNames (play46): a shortened link whose slug names a game's
// free money, a cheat or a platform's account notice warns; one named
// for a guide, slides or a schedule does not.
func TestPlaySlugNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://tinyurl.com/free-robux-now", bot.Warn},
		{"https://bit.ly/nitro-gift-2026", bot.Warn},
		{"https://rb.gy/steam-verify", bot.Warn},
		{"https://cutt.ly/vbucks-free", bot.Warn},
		{"https://is.gd/freevbucks", bot.Warn},
		{"https://bit.ly/paypal-verify", bot.Warn},
		{"https://bit.ly/gophercon-2025-slides", bot.Allow},
		{"https://tinyurl.com/steam-deck-guide", bot.Allow},
		{"https://bit.ly/minecraft-login-guide", bot.Allow},
		{"https://bit.ly/free-skins-guide", bot.Allow},
		{"https://bit.ly/epic-free-games-2026", bot.Allow},
		{"https://bit.ly/roblox-group-payouts", bot.Allow},
	})
}

// TestPlayForms (play46): a form that asks for an account's login, or
// says a giveaway is to be claimed on it, is flagged; a sign-up form that
// needs no login, and one that says it never asks for it, are not.
func TestPlayForms(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"enter the giveaway, include your Microsoft login in the form https://docs.google.com/forms/d/e/1FAIpQLSc8xZ2nQ/viewform", bot.Warn},
		{"win a free ps5, enter your PSN login to verify https://docs.google.com/forms/d/e/1FAIpQLSdT9kq/viewform", bot.Warn},
		{"claim the giveaway printer https://forms.gle/2Jz8qRnTw4xYe6UP9", bot.Warn},
		{"giveaway form, no login needed, just your discord tag https://forms.gle/2Jz8qRnTw4xYe6UP9", bot.Allow},
		{"we never ask for your login in this form https://forms.gle/2Jz8qRnTw4xYe6UP9", bot.Allow},
		{"signup sheet for the lan https://forms.gle/Q3tXcWv9nPzK2mRa7", bot.Allow},
	})
}
