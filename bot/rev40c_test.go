package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMildWordAlone: a message whose only word is the mild lure word
// ("free", "urgent", "official", "wallet" and the link) is read as the
// bare link it is (asideAlone): the word does not make it talk plainly,
// and a project's installer beside it is bait (the message names no
// project). Each of these was deleted on c7d9c61; on b0c201d the first
// was allowed and the rest warned.
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

// TestMildWordNoBetterThanBare: one mild word beside a link (asideAlone)
// never reads it better than the bare link. Invented pages of the shape
// kits put on small sites over plain HTTP, each deleted bare on b0c201d,
// were allowed there with "(free!)" after or "free"/"URGENT:" before
// them: the word counted as the message's own talk, so the plain HTTP
// reading took the page as its HTTPS twin.
func TestMildWordNoBetterThanBare(t *testing.T) {
	t.Parallel()
	var texts []string
	for _, u := range []string{
		"http://harborvale-print.com/fileverify",
		"http://kelpwood.com.au/classes/work/context",
		"http://norlinefarms.com/halifaxpersonal",
	} {
		texts = append(texts, u+" (free!)", "free "+u, "URGENT: "+u)
	}
	texts = append(texts,
		"http://harborvale-print.com/fileverify",
		"http://kelpwood.com.au/classes/work/context",
		// a known brand run into a word at the root
		"http://norlinefarms.com/chasepersonal",
		"http://norlinefarms.com/paypalpersonal",
	)
	checkDeleted(t, texts)
	// http42: bare, a word at a site's root that names no brand the bot
	// knows (Halifax is none) is read as its HTTPS twin
	// (quietPlainPage): such words were 13 of the 86 flagged held-out
	// real plain-HTTP links (BENCHMARKS.md, http41, http42)
	checkFlagged(t, []flagCase{{"http://norlinefarms.com/halifaxpersonal", false}})
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
