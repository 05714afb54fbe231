package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLinkBehindPlainWord (carry38): a link carried behind a plain word —
// Discord's masked link, Telegram's text link on "here" or "the docs" —
// earns the reliefs that rest on what its site and page are, as the same
// link written out does: a community's paste, a sample app a developer
// talks of, a self-hosted application's sign-in, a documentation tree, a
// project's site. Behind text that shows another address it is a
// disguise (masked_link), and a lure beside it, or the readings that
// rest on the reader seeing the link (a plain-HTTP page read as its
// HTTPS twin), are as before.
func TestLinkBehindPlainWord(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		p               bot.Platform
		text, word, url string
		want            bot.Level
	}{
		// as the link written out: allowed (flagged on main)
		{bot.Discord, "python discord paste here", "here", "https://paste.pythondiscord.com/ZEQA", bot.Allow},
		{bot.Telegram, "flask-login example deployed here — remember me cookie isn't set over https?", "here", "https://flask-login-tutorial-xyz.onrender.com/login", bot.Allow},
		{bot.Discord, "jellyfin here", "here", "https://jelly.bitsandbytes.site/web/index.html#!/login.html", bot.Allow},
		{bot.Telegram, "gbatek covers the ds too, see the docs", "the docs", "http://problemkaputt.de/gbatek.htm#dsmemorymaps", bot.Allow},
		{bot.Discord, "the ark protocol site is here", "here", "https://ark-protocol.org/", bot.Allow},
		{bot.Telegram, "cryptopals set 1 challenge 6 here", "here", "https://cryptopals.com/sets/1/challenges/6", bot.Allow},
		// as before
		{bot.Discord, "python discord paste docs.python.org", "docs.python.org", "https://paste.pythondiscord.com/ZEQA", bot.Delete},
		{bot.Discord, "claim your free nitro here", "here", "https://dlscord-gift.com/nitro", bot.Delete},
		{bot.Telegram, "the staking docs for the token are here", "here", "https://uniswap-claim-rewards.app/", bot.Delete},
		{bot.Telegram, "the docs are here", "here", "http://secure-paypal-update.com/docs/account/index.html", bot.Delete},
	}
	for _, tc := range cases {
		m := bot.Message{ID: "x", Platform: tc.p, Chat: "c", User: "u", Time: t0, Text: tc.text,
			Links: []bot.LinkRef{{Text: tc.word, URL: tc.url}}, MemberSince: t0.AddDate(-1, 0, 0)}
		v := c.Classify(&m, bot.Hints{}).Verdict
		if v.Level != tc.want {
			t.Errorf("%q [%s](%s): %s %.2f %v, want %s", tc.text, tc.word, tc.url, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}
