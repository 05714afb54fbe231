package bot_test

import (
	"bufio"
	"os"
	"testing"

	"github.com/immunebot/immune/bot"
)

// The real-world domain lists in ../shared/eval are for measuring only; they
// are read where they stand, never copied into the project. Each domain is
// posted as a bare https://HOST/ link with no words around it and no
// blocklist loaded.
const evalDir = "../../shared/eval/realworld/"

func flaggedShare(t *testing.T, file string) (flagged, total int) {
	t.Helper()
	f, err := os.Open(evalDir + file)
	if err != nil {
		t.Skipf("evaluation data not found (%v); CI has it beside the project", err)
	}
	defer f.Close()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		host := sc.Text()
		if host == "" {
			continue
		}
		m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: "https://" + host + "/"}
		total++
		if c.Classify(&m, bot.Hints{}).Verdict.Level != bot.Allow {
			flagged++
		}
	}
	return flagged, total
}

// TestEvalTopHosts: the most-queried hosts, posted bare, are at most 0.1 %
// flagged (issue #9's target).
func TestEvalTopHosts(t *testing.T) {
	t.Parallel()
	flagged, total := flaggedShare(t, "top-hosts-10k.txt")
	share := float64(flagged) / float64(total)
	t.Logf("top-hosts-10k: %d of %d flagged (%.2f%%)", flagged, total, 100*share)
	if share > 0.001 {
		t.Errorf("%.2f%% of popular hosts flagged, want at most 0.1%%", 100*share)
	}
}

// TestEvalPhishingDomains: known Discord/Steam scam domains, posted bare
// with no blocklist, are at least 60 % flagged (issue #2's target). The
// list is the same source, at the same commit, as the Discord block of
// ../shared/train, and the link model was trained on 80 % of that block:
// this figure is mostly in-sample. The out-of-sample figures are in
// BENCHMARKS.md (the training split's test part and a held-out source).
func TestEvalPhishingDomains(t *testing.T) {
	t.Parallel()
	flagged, total := flaggedShare(t, "discord-phishing-domains.txt")
	share := float64(flagged) / float64(total)
	t.Logf("discord-phishing-domains: %d of %d flagged (%.2f%%)", flagged, total, 100*share)
	if share < 0.60 {
		t.Errorf("%.2f%% of scam domains flagged, want at least 60%%", 100*share)
	}
}
