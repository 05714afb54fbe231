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
	"github.com/immunebot/immune/bot/linkx"
)

// measureSet is one file of testdata/measure: a message a line, all scams
// or all benign.
type measureSet struct {
	file string
	scam bool
}

// measureLink is what every line of a set must hold: a link with a scheme
// or a host name, as a person writes one (dontasktoask.com, docs.rs/x).
// A link defanged as security people write one (hxxps://…, host[.]com)
// counts too.
var measureLink = regexp.MustCompile(`(?i)(https?://\S+|hxxps?://\S+|[a-z0-9-]\[\.\][a-z0-9-]|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b)`)

// readMeasureSet reads one set: a message a line, each valid UTF-8 with no
// control character, a link in it and no repeat; blank lines are not
// allowed either, so that a line a writer meant to keep cannot vanish.
// Lines starting with "# " at the top of the file, before the first
// message, are a header (who wrote the set, when and how) and are not
// measured; a "# " line after the first message is a message like any
// other.
func readMeasureSet(path string) ([]string, error) {
	file := filepath.Base(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	seen := map[string]int{}
	sc := bufio.NewScanner(f)
	header := true
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if header && strings.HasPrefix(line, "# ") {
			continue
		}
		header = false
		switch {
		case !utf8.ValidString(line):
			return nil, fmt.Errorf("%s:%d: not valid UTF-8", file, n)
		case strings.TrimSpace(line) == "":
			return nil, fmt.Errorf("%s:%d: blank line", file, n)
		case strings.IndexFunc(line, unicode.IsControl) >= 0:
			return nil, fmt.Errorf("%s:%d: control character", file, n)
		case strings.HasPrefix(line, "\uFEFF"):
			return nil, fmt.Errorf("%s:%d: byte-order mark", file, n)
		case !measureLink.MatchString(line):
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

// measureSets judges every line of each set on Telegram, from a member of
// a year's standing, with the built-in brands and no list loaded, and
// logs per set the messages, the links found in them, and how many
// messages are flagged (warned and deleted) and how many links those
// flagged messages hold. It asserts no threshold: the sets are a
// measurement, not a gate. With MEASURE_SHOW=1 it also logs the lines
// judged wrongly (a benign message flagged, a scam allowed), or every
// line when all is set, each with its level, score and reasons.
//
// It returns how many messages of each set are warned and deleted.
// writtenLinks counts the links a message was written with: not those
// a link's query carries and that are judged beside it (linkx.AppendCarried).
func writtenLinks(j *bot.Judgement) int {
	n := 0
	for i := range j.Links {
		if j.Links[i].Via != linkx.QueryURL {
			n++
		}
	}
	return n
}

func measureSets(t *testing.T, sets []measureSet, all bool) (warnedDeleted [][2]int) {
	t.Helper()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	show := os.Getenv("MEASURE_SHOW") == "1"
	for _, s := range sets {
		lines, err := readMeasureSet("testdata/measure/" + s.file)
		if err != nil {
			t.Fatal(err)
		}
		var warned, deleted, links, flaggedLinks int
		var shown []string
		for n, text := range lines {
			j := judgeText(c, bot.Telegram, text)
			v := j.Verdict
			links += writtenLinks(&j)
			tally(v.Level, &warned, &deleted)
			if v.Level != bot.Allow {
				flaggedLinks += writtenLinks(&j)
			}
			wrong := (v.Level != bot.Allow) != s.scam
			if !show || !(wrong || all) {
				continue
			}
			var why []string
			for _, r := range v.Reasons {
				why = append(why, string(r.Code)+": "+r.Detail)
			}
			mark := ""
			if all && wrong {
				mark = " WRONG"
			}
			shown = append(shown, fmt.Sprintf("%d: %s %.2f%s %s\n    %s", n+1, v.Level, v.Score, mark, text, strings.Join(why, "; ")))
		}
		warnedDeleted = append(warnedDeleted, [2]int{warned, deleted})
		t.Logf("%s: %d messages, %d links; %d flagged (%d warned, %d deleted) = %.1f %% of messages, holding %d links",
			s.file, len(lines), links, warned+deleted, warned, deleted, 100*float64(warned+deleted)/float64(len(lines)), flaggedLinks)
		if len(shown) > 0 {
			what := "every line"
			if !all {
				what = "false alarms"
				if s.scam {
					what = "misses"
				}
			}
			t.Logf("%s %s:\n%s", s.file, what, strings.Join(shown, "\n"))
		}
	}
	return warnedDeleted
}

// TestReadMeasureSetRefuses checks that a malformed set fails the
// measurement rather than being measured short.
func TestReadMeasureSetRefuses(t *testing.T) {
	t.Parallel()
	bad := []string{
		"ok https://example.com/a\n\nok https://example.com/b\n",
		"ok https://example.com/a\nno link here\n",
		"ok https://example.com/a\nok https://example.com/a\n",
		"tab\there https://example.com/a\n",
		"bad \xff https://example.com/a\n",
		"\uFEFFok https://example.com/a\n",
		"",
		"# a header with no message https://example.com/a\n",
		"# header\nok https://example.com/a\n# later line, no link\n",
	}
	dir := t.TempDir()
	for i, text := range bad {
		name := fmt.Sprintf("bad%d.txt", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := readMeasureSet(filepath.Join(dir, name)); err == nil {
			t.Errorf("%q: read without error", text)
		}
	}
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("# header: who wrote it\n# and how\nsee https://go.dev/doc/\nxem vnexpress.net/tin-moi nhé\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if lines, err := readMeasureSet(good); err != nil || len(lines) != 2 {
		t.Errorf("good set: %q, %v", lines, err)
	}
}

// tunedSet is a tuning set held to what it reached: a scam set to at
// least min flagged, a benign set to at most max.
type tunedSet struct {
	measureSet
	min, max int
}

// holdTuned measures tuning sets and fails on one that fell below what
// it reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func holdTuned(t *testing.T, tuned []tunedSet) {
	t.Helper()
	var sets []measureSet
	for _, s := range tuned {
		sets = append(sets, s.measureSet)
	}
	for i, wd := range measureSets(t, sets, false) {
		s, flagged := tuned[i], wd[0]+wd[1]
		if s.scam && flagged < s.min || !s.scam && flagged > s.max {
			t.Errorf("%s: %d flagged, want at least %d and at most %d (MEASURE_SHOW=1 lists them)", s.file, flagged, s.min, max(s.max, s.min))
		}
	}
}

// holdTargets measures held-out sets against issue #9's targets: scams
// 60 % flagged, benign messages 2 % warned and none deleted.
func holdTargets(t *testing.T, sets []measureSet) {
	t.Helper()
	for i, wd := range measureSets(t, sets, false) {
		s, warned, deleted := sets[i], wd[0], wd[1]
		n, err := readMeasureSet("testdata/measure/" + s.file)
		if err != nil {
			t.Fatal(err)
		}
		if s.scam && float64(warned+deleted) < 0.6*float64(len(n)) || !s.scam && (deleted > 0 || float64(warned) > 0.02*float64(len(n))) {
			t.Errorf("%s: %d warned, %d deleted of %d: misses issue #9's target", s.file, warned, deleted, len(n))
		}
	}
}
