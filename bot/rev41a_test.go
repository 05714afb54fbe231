package bot_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestAllowWWWKeptWhereOthersPublish (rev41a): allow www.NAME is read as
// the site NAME only when NAME is one owner's: where anyone publishes
// under NAME (sites.google.com, a telegra.ph page, a t.me channel, a
// bit.ly code, an operator's own shortener), the bare name's entry
// would cover every stranger's page there, so www.NAME is kept as
// written, as before ux41, and a phishing page there is still deleted.
// On d1cae1e, allow www.google.com listed google.com and let a Google
// Sites wallet phish through (delete 0.84 → allow).
func TestAllowWWWKeptWhereOthersPublish(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.engine.SetExpander(bot.ExpandConfig{Inline: true, Shorteners: []string{"AcmeLinks.com"}})
	scope := bot.ChatKey{Platform: bot.Telegram, Chat: "g"}.String()
	for _, c := range []struct {
		name, allow, entry, phish string
	}{
		{"google sites", "www.google.com", "www.google.com", "login to claim your reward https://sites.google.com/view/metamask-restore-wallet"},
		{"telegraph", "WWW.Telegra.ph", "www.telegra.ph", "claim airdrop here https://telegra.ph/Metamask-Wallet-Verify-05-12"},
		{"contact host", "www.t.me", "www.t.me", ""},
		{"facebook pages", "https://www.facebook.com/", "www.facebook.com", ""},
		{"built-in shortener", "www.bit.ly", "www.bit.ly", ""},
		{"operator's shortener", "www.acmelinks.com", "www.acmelinks.com", ""},
		{"one owner's site", "www.example-bakery.vn", "example-bakery.vn", ""},
	} {
		var before bot.Decision
		if c.phish != "" {
			before = h.send(msg{chat: "g", user: "u1", text: c.phish})
		}
		r := h.command("g", "boss", true, "allow", c.allow, nil)
		if !slices.Contains(h.listed(scope, bot.AllowList), c.entry) {
			t.Errorf("%s: allow %s listed %q, want %q (answer %q)", c.name, c.allow, h.listed(scope, bot.AllowList), c.entry, r.Text)
		}
		if wrote := strings.HasPrefix(c.entry, "www."); wrote == strings.Contains(r.Text, "www. read away") {
			t.Errorf("%s: allow %s answered %q, want the www. note only when www. was read away", c.name, c.allow, r.Text)
		}
		if c.phish != "" {
			if d := h.send(msg{chat: "g", user: "u2", text: c.phish}); d.Verdict.Level != before.Verdict.Level {
				t.Errorf("%s: after allow %s, %q is %v %v, was %v", c.name, c.allow, c.phish, d.Verdict.Level, codes(d.Verdict), before.Verdict.Level)
			}
		}
		h.command("g", "boss", true, "unallow", c.allow, nil)
		if got := h.listed(scope, bot.AllowList); len(got) != 0 {
			t.Errorf("%s: unallow %s left %q", c.name, c.allow, got)
		}
	}
}

// TestOperatorShortenerWrittenWithWWW (rev41a): an operator's shortener
// written with www. in the config ([expand] shorteners =
// ["www.acmelinks.com"]) is the shortener acmelinks.com, as a list's
// www.NAME is the site NAME: the classifier reads a link's www. away
// before it asks whether the link is a short one, so on d1cae1e
// www.acmelinks.com matched no link it read (the expander followed
// www.acmelinks.com links while the classifier lowered their codes and
// offered the whole acmelinks.com to Not a threat).
func TestOperatorShortenerWrittenWithWWW(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	withScamShortener(t, h, "www.AcmeLinks.com", "acmelinks.com", "www.acmelinks.com")
	checkShortenerSpray(t, h, []string{"HTTPS://WWW.ACMELINKS.COM/PROMO", "HTTPS://ACMELINKS.COM/GIFT"}, []string{"u:acmelinks.com/PROMO", "u:acmelinks.com/GIFT"})
}
