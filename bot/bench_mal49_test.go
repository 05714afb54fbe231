package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/internal/chatmix"
)

// BenchmarkMal49Share times mal49's reading alone (bot.Mal49Alone) on
// BenchmarkClassify's mix, each message's links and suspects as Classify
// found them, beside Classify on the same messages in the same run and
// beside the same frame reading nothing (frame, to take away): the
// share of a message's cost the reading adds, which a loaded machine's
// noise hides in BenchmarkClassify's own figures.
func BenchmarkMal49Share(b *testing.B) {
	msgs := chatmix.Messages(10000, 1)
	c := bot.NewClassifier(bot.ClassifierConfig{})
	js := make([]bot.Judgement, len(msgs))
	for i := range msgs {
		js[i] = c.Classify(&msgs[i], bot.Hints{})
	}
	b.Run("classify", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			c.Classify(&msgs[i%len(msgs)], bot.Hints{})
		}
	})
	for _, run := range []bool{false, true} {
		name := "frame"
		if run {
			name = "mal49"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if j := &js[i%len(js)]; len(j.Links) > 0 {
					bot.Mal49Alone(j, msgs[i%len(msgs)].Text, run)
				}
			}
		})
	}
}
