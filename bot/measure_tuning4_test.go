package bot_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// en-tech4t.txt (2026-12-01) is a tuning set of English tech chat with
// links, written and committed (a4a8ddf) before anything ran on it:
// issues, PRs, releases, docs, registries, CI, pastes, official downloads
// and release binaries, install one-liners, status pages, shorteners,
// localhost and private addresses, security people quoting or defanging
// indicators, "login", "verify", "wallet", "free" and "password" in their
// technical sense, and Discord and Telegram developers' talk. The rules
// for false positives were tuned on it, so it measures nothing held out;
// it is a gate against the classes it showed coming back.
// MEASURE_SHOW=1 logs each flagged message with its score and reasons.
func TestMeasureTechTuning4(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/measure/en-tech4t.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	seen := map[string]bool{}
	for i, line := range lines {
		// Defanged indicators (hxxp://…, host[.]com) are no link to
		// eval3's reader, so only blank and repeated lines are refused.
		if strings.TrimSpace(line) == "" || seen[line] {
			t.Fatalf("en-tech4t.txt:%d: blank or repeated line", i+1)
		}
		seen[line] = true
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	var warned, deleted int
	var flagged []string
	for _, text := range lines {
		v := judgeText(c, bot.Telegram, text).Verdict
		switch v.Level {
		case bot.Warn:
			warned++
		case bot.Delete:
			deleted++
		default:
			continue
		}
		var why []string
		for _, r := range v.Reasons {
			why = append(why, string(r.Code)+": "+r.Detail)
		}
		flagged = append(flagged, fmt.Sprintf("%s %.2f %s\n    %s", v.Level, v.Score, text, strings.Join(why, "; ")))
	}
	t.Logf("en-tech4t.txt: %d messages, %d flagged (%d warned, %d deleted)", len(lines), warned+deleted, warned, deleted)
	if os.Getenv("MEASURE_SHOW") == "1" && len(flagged) > 0 {
		t.Logf("flagged:\n%s", strings.Join(flagged, "\n"))
	}
}
