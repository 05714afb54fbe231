package bot_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
	"github.com/immunebot/immune/internal/race"
)

// TestExplanationOfANewHostIsAsOfAKnownOne: a flagged link's
// explanation (phishing_pattern) reads the link model's features of its
// host. For a host not seen before they are those judging the link just
// worked out; for a host seen before they are worked out again. Each
// threat of the chat mix is judged by a classifier that meets its hosts
// for the first time, and by one that has judged the same hosts with
// another path before: the verdicts must be the same, explanations
// included.
func TestExplanationOfANewHostIsAsOfAKnownOne(t *testing.T) {
	fresh := bot.NewClassifier(bot.ClassifierConfig{})
	known := bot.NewClassifier(bot.ClassifierConfig{})
	explained := 0
	for _, m := range chatmix.Messages(race.Cases(40000), 7) {
		if len(m.Links) > 0 || len(m.Attachments) > 0 {
			continue
		}
		// the hosts met first with another path, in a message that is
		// not a lure
		var warm []string
		for _, f := range strings.Fields(m.Text) {
			if i := strings.Index(f, "://"); i > 0 {
				rest := f[i+3:]
				if j := strings.IndexAny(rest, "/?#"); j >= 0 {
					rest = rest[:j]
				}
				warm = append(warm, f[:i+3]+rest+"/other/page")
			}
		}
		if len(warm) == 0 {
			continue
		}
		w := bot.Message{Text: strings.Join(warm, " ")}
		known.Classify(&w, bot.Hints{})
		a, b := fresh.Classify(&m, bot.Hints{}), known.Classify(&m, bot.Hints{})
		if !reflect.DeepEqual(a.Verdict, b.Verdict) {
			t.Fatalf("%q:\nmet first: %+v\nmet before: %+v", m.Text, a.Verdict, b.Verdict)
		}
		for _, r := range a.Verdict.Reasons {
			if r.Code == bot.CodePattern {
				explained++
			}
		}
	}
	if explained < race.Cases(200) {
		t.Fatalf("only %d links explained: the mix's threats are not tried", explained)
	}
}
