package bot_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/immunebot/immune/bot"
)

// The third sets (testdata/measure/eval3-*, 2026-12-01) were written by a
// helper who had not read the first two sets nor the rules tuned on them,
// and were committed before anything was run on them: benign Vietnamese
// messages with links as banks, e-wallets, carriers, shops, couriers,
// government services, newspapers, schools, offices and friends send
// them; Vietnamese smishing of the kinds seen in 2024–2026; links in
// English tech chat; and malware file URLs. They are a measurement, not a
// gate: TestMeasureEval3 logs what each set gets and holds them to no
// threshold, so that no rule is tuned until it passes them.
var eval3Sets = []struct {
	file string
	scam bool
}{
	{"eval3-vi-benign.txt", false},
	{"eval3-en-tech.txt", false},
	{"eval3-vi-smishing.txt", true},
	{"eval3-malware-urls.txt", true},
}

// eval3Link is what every line must hold: a link with a scheme or a
// host name with a path or two dots, as a person writes one.
var eval3Link = regexp.MustCompile(`(?i)(https?://\S+|\b[a-z0-9-]+(\.[a-z0-9-]+)+\.[a-z]{2,}\b|\b[a-z0-9-]+\.[a-z]{2,}/)`)

// readEval3 reads one set: a message a line, each valid UTF-8 with no
// control character, a link in it and no repeat; blank lines are not
// allowed either, so that a line a writer meant to keep cannot vanish.
func readEval3(path string) ([]string, error) {
	file := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case !utf8.ValidString(line):
			return nil, fmt.Errorf("%s:%d: not valid UTF-8", file, n)
		case strings.TrimSpace(line) == "":
			return nil, fmt.Errorf("%s:%d: blank line", file, n)
		case strings.IndexFunc(line, unicode.IsControl) >= 0:
			return nil, fmt.Errorf("%s:%d: control character", file, n)
		case strings.HasPrefix(line, "\uFEFF"):
			return nil, fmt.Errorf("%s:%d: byte-order mark", file, n)
		case !eval3Link.MatchString(line):
			return nil, fmt.Errorf("%s:%d: no link: %q", file, n, line)
		case seen[line] > 0:
			return nil, fmt.Errorf("%s:%d: repeats line %d", file, n, seen[line])
		}
		seen[line] = n
		lines = append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s: empty", file)
	}
	return lines, nil
}

// TestMeasureEval3 logs, for each third set, how many messages are
// flagged, warned and deleted. With MEASURE_SHOW=1 it also logs every
// false alarm (a benign message flagged) and every miss (a scam allowed)
// with its score and reasons.
func TestMeasureEval3(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	show := os.Getenv("MEASURE_SHOW") == "1"
	for _, s := range eval3Sets {
		lines, err := readEval3("testdata/measure/" + s.file)
		if err != nil {
			t.Fatal(err)
		}
		var warned, deleted int
		var wrong []string
		for _, text := range lines {
			v := judgeText(c, bot.Telegram, text).Verdict
			switch v.Level {
			case bot.Warn:
				warned++
			case bot.Delete:
				deleted++
			}
			if (v.Level != bot.Allow) != s.scam {
				var why []string
				for _, r := range v.Reasons {
					why = append(why, string(r.Code)+": "+r.Detail)
				}
				wrong = append(wrong, fmt.Sprintf("%s %.2f %s\n    %s", v.Level, v.Score, text, strings.Join(why, "; ")))
			}
		}
		t.Logf("%s: %d messages, %d flagged (%d warned, %d deleted)", s.file, len(lines), warned+deleted, warned, deleted)
		if show && len(wrong) > 0 {
			what := "false alarms"
			if s.scam {
				what = "misses"
			}
			t.Logf("%s %s:\n%s", s.file, what, strings.Join(wrong, "\n"))
		}
	}
}

// TestReadEval3Refuses checks that a malformed set fails the measurement
// rather than being measured short.
func TestReadEval3Refuses(t *testing.T) {
	t.Parallel()
	bad := []string{
		"ok https://example.com/a\n\nok https://example.com/b\n",
		"ok https://example.com/a\nno link here\n",
		"ok https://example.com/a\nok https://example.com/a\n",
		"tab\there https://example.com/a\n",
		"bad \xff https://example.com/a\n",
	}
	dir := t.TempDir()
	for i, text := range bad {
		name := fmt.Sprintf("bad%d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := readEval3(filepath.Join(dir, name)); err == nil {
			t.Errorf("%q: read without error", text)
		}
	}
}
