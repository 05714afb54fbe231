package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMildWordAlone: a message whose only word is the mild lure word
// ("free", "urgent", "official", "wallet" and the link) says nothing
// beside it, so the word is not aside (mildAside asks for a word of the
// message's own): a hijacked account's "free <installer>" is judged as
// on c7d9c61, where each of these was deleted.
func TestMildWordAlone(t *testing.T) {
	t.Parallel()
	checkDeleted(t, []string{
		"free https://github.com/ppy/osu/releases/download/2024.817.0/install.exe",
		"urgent https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.exe",
		"official https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.exe",
		"wallet https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.exe",
		"free https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.msi",
		"free https://gitlab.com/stormquest-dev/stormquest/-/releases/v1.0/downloads/setup.exe",
		"URGENT: http://www.gabrielgambetta.com/client-server-game-architecture.html",
	})
	checkFlagged(t, []flagCase{
		// files31's numbered host beside "free" alone, as on c7d9c61;
		// with the product named the word is aside (TestNumberedReleaseHosts)
		{"free https://download123.hollowpine.com/HPA/v6/HollowpineAgent_6.2.0.121.zip", true},
	})
}

// TestAsideInstallerNamesItsProject: a project's installer in its code
// host's release beside one mild word said aside is the project's only
// when the message names the project ("the osu lazer installer <link>
// (free!)"); "free game beta <link>" beside an installer of a project it
// does not name is a friend's-game spray, deleted as on c7d9c61.
func TestAsideInstallerNamesItsProject(t *testing.T) {
	t.Parallel()
	checkDeleted(t, []string{
		"new game beta (free!) https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.exe",
		"free game https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.exe",
		"free beta https://github.com/stormquest-dev/stormquest/releases/download/v1.0/setup.exe",
		"free game beta, test it https://github.com/stormquest-dev/stormquest/releases/download/v1.0/installer.exe",
	})
	checkFlagged(t, []flagCase{
		{"the osu lazer installer https://github.com/ppy/osu/releases/download/2024.817.0/install.exe (free!)", false},
	})
}

// checkDeleted judges each text on Telegram with the built-in brands and
// wants it deleted.
func checkDeleted(t *testing.T, texts []string) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range texts {
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Delete {
			t.Errorf("%q: %s (%.2f) %v, want delete", text, v.Level, v.Score, v.Reasons)
		}
	}
}
