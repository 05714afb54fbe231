package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestDiscordProgrammeFormNames (scam31): a name made of a Discord
// programme's word (HypeSquad, a moderator's exam, bug hunters, badges,
// testers, developers) and an act of applying for it (programName) warns
// alone, in English and Vietnamese detail. A programme's word with
// fillers only, an act with fillers only, a game's own site (joinsquad)
// and Discord's own developer pages do not.
func TestDiscordProgrammeFormNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://join-bughunters.com/", bot.Warn},
		{"https://invite-testers-club.com/", bot.Warn},
		{"https://moderation-exams-apply.net/", bot.Warn},
		{"https://developers-request-form.com/", bot.Warn},
		{"https://hypesquad-vote24.com/", bot.Warn},

		{"https://mod-hub.net/", bot.Allow},
		{"https://squad-join.com/", bot.Allow},
		{"https://joinsquad.com/", bot.Allow},
		{"https://developer-portal.io/", bot.Allow},
		{"the bot's settings are in the developer portal https://discord.com/developers/applications", bot.Allow},
	})
	wantDetail(t, "https://join-bughunters.com/", "joins a word of a Discord programme (bughunters) to join",
		"ghép một từ của chương trình Discord (bughunters) với join")
}
