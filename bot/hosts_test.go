package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestDomainWordsAreCountedOnce: a domain word inside a longer one
// (nitro in freenitro) counts once, whatever the order words are tried in:
// the same name always scores the same.
func TestDomainWordsAreCountedOnce(t *testing.T) {
	for i := 0; i < 20; i++ {
		c := NewClassifier(ClassifierConfig{})
		l, _ := linkx.Parse("https://freenitrogift.example/")
		info := c.analyse(c.brands.Load(), &l)
		if len(info.words) != 1 || info.words[0] != "freenitro" {
			t.Fatalf("freenitrogift: words %v, want [freenitro]", info.words)
		}
	}
}
