package bot_test

import (
	"bufio"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
)

// renderJudgement renders everything the classifier concludes about m, as
// TestVerdictDump writes it.
func renderJudgement(c *bot.Classifier, m bot.Message, h bot.Hints) string {
	var b strings.Builder
	w := bufio.NewWriter(&b)
	j := c.Classify(&m, h)
	writeJudgement(w, 0, &j)
	w.Flush()
	return b.String()
}

// TestClassifyForgetsWhatCameBefore: a message is judged the same by a
// classifier that judged others before it as by a new one. The
// classifier keeps what it worked out about a host (by host name), the
// signals and explanation of a link (by the link as written) and linkx
// keeps parsed links (by the raw string): each pair below primes those
// with a link that shares the key but not the rest (its path, scheme,
// disguise, carrier, hidden characters, the message's lure words), then
// judges the other.
func TestClassifyForgetsWhatCameBefore(t *testing.T) {
	t0 := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	msg := func(text string) bot.Message {
		return bot.Message{Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: text}
	}
	carried := func(text, url string) bot.Message {
		m := msg("see the link")
		m.Links = []bot.LinkRef{{Text: text, URL: url}}
		return m
	}
	login := "https://correo-ziimbra.azurewebsites.net/ziimbra/login.php?cmd=login_submit&id=c76e0311deedd13a30ae50f3cf210245"
	pairs := [][2]bot.Message{
		{msg("https://correo-ziimbra.azurewebsites.net/"), msg(login)},
		{msg("look at this " + login + " lol"), msg("https://correo-ziimbra.azurewebsites.net/")},
		{msg("go to hxxps://paypa1-secure[.]com/login"), msg("https://paypa1-secure.com/login")},
		{msg("https://paypa1-secure.com/login"), msg("go to hxxps://paypa1-secure[.]com/login")},
		{msg("paypa1-secure.com/login"), msg("https://paypa1-secure.com/")},
		{carried("https://www.paypal.com/", "https://paypa1-secure.com/login"), msg("https://paypa1-secure.com/login")},
		{msg("https://paypa1-secure.com/login"), carried("https://www.paypal.com/", "https://paypa1-secure.com/login")},
		{msg("Free nitro for everyone, claim it here before it ends: https://discord-gift.app/claim"), msg("https://discord-gift.app/claim")},
		{msg("https://discord-gift.app/claim"), msg("@everyone airdrop is live, connect your wallet https://discord-gift.app/claim")},
		{msg("@everyone connect your wallet https://wallet.com/connect"), msg("the docs are at https://wallet.com/connect")},
		{msg("http://launchpad.net/verify"), msg("https://launchpad.net/verify")},
		{msg("https://telegraf.github.io/"), msg("https://telegraf.github.io/verify")},
		{msg("https://telegraf.github.io/verify"), msg("https://telegraf.github.io/docs/")},
		{msg("https://exam\u200bple-login.com/x"), msg("https://example-login.com/x")},
		{msg("https://93.184.216.34:8080/setup.exe"), msg("https://93.184.216.34/")},
		{msg("https://user@binance-support.net:8443/login"), msg("https://binance-support.net/")},
	}
	for i, p := range pairs {
		c := bot.NewClassifier(bot.ClassifierConfig{})
		renderJudgement(c, p[0], bot.Hints{})
		after := renderJudgement(c, p[1], bot.Hints{})
		alone := renderJudgement(bot.NewClassifier(bot.ClassifierConfig{}), p[1], bot.Hints{})
		if after != alone {
			t.Errorf("pair %d: %q judged after %q:\n%s\nalone:\n%s", i, p[1].Text, p[0].Text, after, alone)
		}
	}
	// a stretch of the realistic mix, each message judged after the
	// ones before it and by a new classifier
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for i, m := range chatmix.Messages(3000, 13) {
		after := renderJudgement(c, m, bot.Hints{})
		if !strings.Contains(after, "\n\tL ") {
			continue // no link: nothing cached
		}
		if alone := renderJudgement(bot.NewClassifier(bot.ClassifierConfig{}), m, bot.Hints{}); after != alone {
			t.Errorf("mix message %d %q in sequence:\n%s\nalone:\n%s", i, m.Text, after, alone)
		}
	}
}
