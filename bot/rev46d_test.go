package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev46dOtherTradesNames (rev46d): play46's name readings leave the
// names of other trades alone: a ban checker (vacbanned.com, vac-ban.com:
// a ban without its appeal), a guard firm's Vanguard, a sports league's
// diamonds and a jeweller's gems run together with a game's name that is
// a word (diamondleague, apexgems, royalediamonds), a roleplay's rp
// beside a game that is not League's (gta-rp), a Minecraft guide's
// diamonds, a tool maker named as an executor is (ronixtools). The
// scams' names they stand beside are still read.
func TestRev46dOtherTradesNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://vacbanned.com/", bot.Allow},
		{"https://vac-ban.com/", bot.Allow},
		{"https://www.vanguardsecurity.com/", bot.Allow},
		{"https://www.diamondleague.com/", bot.Allow},
		{"https://www.apexgems.com/", bot.Allow},
		{"https://www.royalediamonds.com/", bot.Allow},
		{"https://gta-rp.com/", bot.Allow},
		{"https://www.ronixtools.com/", bot.Allow},
		{"https://bit.ly/minecraft-diamonds", bot.Allow},
		{"https://vac-ban-appeal.com", bot.Warn},
		{"https://vanguard-ban-appeal.com", bot.Warn},
		{"https://lol-rp.com", bot.Warn},
		{"https://mlbb-diamond.com", bot.Warn},
		{"https://ff-diamond.com", bot.Warn},
		{"https://solara-executor.net", bot.Warn},
		{"https://xeno-exec.com", bot.Warn},
		{"https://fluxus-keys.com", bot.Warn},
	})
}

// TestRev46dSlugTopics (rev46d): a shortened link named for a brand and
// a topic (security, auth: a talk's slides, a codelab) is no account
// notice; one named for what a notice demands still is.
func TestRev46dSlugTopics(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"my talk slides https://bit.ly/github-security", bot.Allow},
		{"codelab https://bit.ly/google-auth", bot.Allow},
		{"https://rb.gy/steam-verify", bot.Warn},
		{"https://bit.ly/psn-account-locked", bot.Warn},
		{"https://bit.ly/Free-Robux-Now", bot.Warn},
	})
}

// TestRev46dFormLogins (rev46d): a form asking for a login's name (a
// Minecraft whitelist's IGN, a lab account's id) asks for no secret, and
// an event's free ticket or t-shirt is no prize to claim; a login itself
// and a free prize to claim are still read.
func TestRev46dFormLogins(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"minecraft whitelist app: put your login name (IGN) https://forms.gle/Wp4TzQ8nLk2Rb7Vx3", bot.Allow},
		{"apply for staff, include your login id https://forms.gle/Hn6KqR2sTm9Yb4Xc8", bot.Allow},
		{"hacktoberfest swag: claim your free t-shirt here https://forms.gle/Bv2XtM7qNp4Wk9Lr5", bot.Allow},
		{"meetup thursday, claim your free ticket https://forms.gle/Ct5YrL8mKq3Zx6Vn2", bot.Allow},
		{"to verify your entry include your steam login https://forms.gle/Ct5YrL8mKq3Zx6Vn3", bot.Delete},
		{"claim your free ps5 in this form https://forms.gle/Ct5YrL8mKq3Zx6Vn4", bot.Warn},
	})
}

// TestRev46dGameNotices (rev46d): a game platform's ban and its appeal
// are what its notices are about (psn-ban-appeal, riot-unban), and a
// brand's own label written apart from its name (epic-games, riot-games)
// is its name still.
func TestRev46dGameNotices(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://psn-ban-appeal.com", bot.Warn},
		{"https://minecraft-ban-appeal.com", bot.Warn},
		{"https://riot-unban.com", bot.Warn},
		{"https://blizzard-ban-appeal.com", bot.Warn},
		{"https://epic-games-login.com", bot.Warn},
		{"https://riot-games-appeal.net", bot.Warn},
		{"https://rockstar-games-login.com", bot.Warn},
		{"https://epic-games.com", bot.Allow},
		{"https://epic-games-store-free.com", bot.Allow},
	})
}
