package bot_test

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// modelAloneTwins are links the link model alone reads just over the warn
// line (0.50 to 0.55), which alone35's margin lets through: the twins
// other readings' tests pin as "read as before", and attack lines, the
// margin's cost (ethereum-double.org; since model36, kits on ordinary
// sites the link model's second stage lowered into the band).
// cryptopals.com/…/17345 and lartc.org beside "review the attached
// document" were twins too: since model36 the link model reads them
// under the line (modelUnderTwins).
var modelAloneTwins = []string{
	"https://bitcoinops.org/en/topics/taproot/",
	"https://bitcoinops.org/en/newsletters/2024/11/08/wallet-connect",
	"the docs https://ethereum-double.org/en/docs/start/",
	"https://d-login12345.awsapps.com/start",
	"http://oldbakery.com/J8CPSm4P.html",
	"http://gardenclub.com/chase/index.html",
	"http://gardenclub.com/BellMobility/TD/index.html",
	"http://www.radiofilter.net/javAPRSFilter.php",
	"please review the attached document http://www.bitsavers.org/pdf/dec/pdp11/",
	"https://my-habit-tracker.app/.well-known/apple-app-site-association",
}

// modelUnderTwins were modelAloneTwins until model36: the link model,
// taught small sites' real pages, reads them under the warn line with no
// reason at all (0.43 and 0.17 on model36).
var modelUnderTwins = []string{
	"https://cryptopals.com/sets/3/challenges/17345",
	"Please review the attached document http://www.lartc.org/howto/lartc.qdisc.classful.html",
}

// TestModelAloneTwins: each twin still scores what the link model gives
// it, at or over the warn line, with phishing_pattern its only reason —
// no reading lowered it — and is allowed, for the model alone warns only
// from 0.05 over the line; modelUnderTwins score under the line.
func TestModelAloneTwins(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, text := range modelAloneTwins {
		v := judgeText(c, bot.Telegram, text).Verdict
		if v.Level != bot.Allow || v.Score < 0.5 || v.Score >= 0.55 || len(v.Reasons) == 0 {
			t.Errorf("%q: %s (%.3f) %v, want allowed at 0.50 to 0.55", text, v.Level, v.Score, codes(v))
		}
		for _, r := range v.Reasons {
			if r.Code != bot.CodePattern {
				t.Errorf("%q: reason %s, want phishing_pattern alone", text, r.Code)
			}
		}
	}
	for _, text := range modelUnderTwins {
		v := judgeText(c, bot.Telegram, text).Verdict
		if v.Level != bot.Allow || v.Score >= 0.5 || len(v.Reasons) != 0 {
			t.Errorf("%q: %s (%.3f) %v, want allowed under 0.50 with no reason", text, v.Level, v.Score, codes(v))
		}
	}
}

// TestModelAloneMargin: the margin is the link model's alone. The same
// links beside a lure, a brand, a cheap ending or a newcomer's link are
// flagged as before; the margin moves with the configured warn line.
func TestModelAloneMargin(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://cryptopals.com/sets/3/challenges/17345", false},
		{"claim your airdrop now https://cryptopals.com/sets/3/challenges/17345", true},
		{"the docs https://ethereum-double.xyz/en/docs/start/", true},
		{"verify your wallet https://ethereum-double.org/en/docs/start/", true},
		{"the metamask docs https://ethereum-double.org/en/docs/start/", true},
	})

	// a warn line the operator set lower: the twin is 0.05 over it
	link := modelAloneTwins[0]
	score := judgeText(bot.NewClassifier(bot.ClassifierConfig{}), bot.Telegram, link).Verdict.Score
	for _, tc := range []struct {
		warn float64
		want bot.Level
	}{
		{score - 0.06, bot.Warn},  // over the line by more than the margin
		{score - 0.02, bot.Allow}, // over the line, within the margin
		{score + 0.01, bot.Allow}, // under the line
	} {
		c := bot.NewClassifier(bot.ClassifierConfig{Thresholds: bot.Thresholds{Warn: tc.warn, Delete: 0.99}})
		if v := judgeText(c, bot.Telegram, link).Verdict; v.Level != tc.want {
			t.Errorf("warn line %.3f, score %.3f: %s, want %s", tc.warn, v.Score, v.Level, tc.want)
		}
	}
}

// TestModelAloneInTheEngine: through the engine, an established member's
// first link (which says nothing of the link) does not lift the link
// model's reading over the margin's line, while a newcomer's link does
// count: the newcomer is warned about.
func TestModelAloneInTheEngine(t *testing.T) {
	t.Parallel()
	link := modelAloneTwins[0] // cryptopals.com/…/17345 until model36
	h := newHarness(t, bot.DefaultConfig())
	d := h.send(msg{chat: "c1", user: "old", text: "hi all"})
	d = h.send(msg{at: time.Minute, chat: "c1", user: "old", text: link})
	if !d.Verdict.Has(bot.CodeFirstLink) || d.Verdict.Level != bot.Allow || d.Verdict.Score < 0.5 {
		t.Errorf("an established member's first link: %s (%.3f) %v, want allowed over 0.5", d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
	}
	d = h.send(msg{at: 2 * time.Minute, chat: "c1", user: "new", since: time.Minute, text: link})
	if !d.Verdict.Has(bot.CodeNewMember) || d.Verdict.Level == bot.Allow {
		t.Errorf("a newcomer's link: %s (%.3f) %v, want warned", d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
	}
}
