package bot_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestFirstLinkNamesWhatRaisedIt (tech20): an established member's first
// link counts for a little (first_link, 0.1), and lifted 28 of
// deb-home20t's homepages over the warn line whose link model's score,
// just under it, was not explained: the warning named nothing but the
// first link. The classifier now explains a link's model score when the
// first link would flag the message, so every message warned or deleted
// names a finding of its own beside the sender's.
func TestFirstLinkNamesWhatRaisedIt(t *testing.T) {
	t.Parallel()
	lines, err := readMeasureSet("testdata/measure/deb-home20t.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	h := newHarness(t, bot.DefaultConfig())
	reach, flagged := 0, 0
	for _, text := range lines {
		// the lines the classifier allows within a first link's reach
		// of the warn line (0.5: 1 - 0.5/0.9)
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level != bot.Allow || v.Score < 0.44 {
			continue
		}
		reach++
		d := h.send(msg{at: time.Duration(reach) * time.Second, chat: "c1", user: fmt.Sprintf("old%d", reach), text: text})
		if d.Verdict.Level == bot.Allow {
			continue
		}
		flagged++
		if own := len(d.Verdict.Reasons) - len(senderCodes(d.Verdict)); own == 0 {
			t.Errorf("%q %s (%.3f) names only %v", text, d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
		}
	}
	if flagged == 0 {
		t.Fatalf("no line of %d within reach flagged as a first link: the test reads nothing", reach)
	}
}

// senderCodes returns the reasons of a verdict that are the engine's
// findings about the sender.
func senderCodes(v bot.Verdict) []bot.Code {
	var out []bot.Code
	for _, r := range v.Reasons {
		switch r.Code {
		case bot.CodeFirstLink, bot.CodeNewMember, bot.CodeFanOut, bot.CodeCompromised:
			out = append(out, r.Code)
		}
	}
	return out
}
