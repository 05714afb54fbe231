package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSkinScamNames (scam31): a name made of an esports team's, a
// tournament organiser's or Counter-Strike's name and a number beside a
// team's or words of skins, cases and prizes (skinName) warns alone, in
// English and Vietnamese detail. A team's or the game's name alone, the
// teams' own sites, an organiser's acronym as another thing's (English as
// a second language), cs as a course's code or a club's and names that
// only begin like a team's do not.
func TestSkinScamNames(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://navi731.com/", bot.Warn},
		{"https://3faze.net/", bot.Warn},
		{"https://fazecases.com/", bot.Warn},
		{"https://natus-skins-open.ru/", bot.Warn},
		{"https://eslcsgo-major.com/", bot.Warn},
		{"https://cs-skinroll.pro/", bot.Warn},
		{"https://mouz-giveaway.com/", bot.Warn},
		{"https://fnatic-keys.org/", bot.Warn},
		{"https://source2-beta-access.com/", bot.Warn},

		{"https://navi.gg/", bot.Allow},
		{"https://www.counter-strike.net/cs2", bot.Allow},
		{"https://g2esports.com/", bot.Allow},
		{"https://eslgaming.com/", bot.Allow},
		{"https://www.faceit.com/en/home", bot.Allow},
		{"https://www.hltv.org/matches", bot.Allow},
		{"notes for the course are at https://cs186.net/", bot.Allow},
		{"https://cs-team.org/", bot.Allow},
		{"https://7esl.com/english-grammar/", bot.Allow},
		{"https://eslgames.com/", bot.Allow},
		{"https://navigator.com/", bot.Allow},
		{"https://fazenda.gov.br/", bot.Allow},
	})
	wantDetail(t, "https://fazecases.com/", "joins the name faze (an esports team, a tournament or Counter-Strike)",
		"ghép tên faze (một đội esports, một giải đấu hoặc Counter-Strike)")
}
