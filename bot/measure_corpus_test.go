package bot_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestMeasureCorpus judges a corpus of real tech links kept outside the
// repository (det13 built one from the READMEs, man pages, changelogs and
// package metadata on a Debian machine: every URL with the line it stands
// in, as a chat message). IMMUNE_CORPUS names one or more files, a message
// a line, separated by the path list separator; the test skips when it is
// unset. It logs, per file, the messages and links judged and how many
// links stand in flagged messages; with MEASURE_SHOW=1 it also logs every
// flagged line with its reasons, and MEASURE_DUMP=FILE writes every
// line's level and score to FILE+"."+the corpus file's name (to compare
// two builds line by line). It asserts nothing: the corpus is a
// measurement of false alarms, and its files are never committed.
func TestMeasureCorpus(t *testing.T) {
	files := os.Getenv("IMMUNE_CORPUS")
	if files == "" {
		t.Skip("IMMUNE_CORPUS names no corpus file")
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	show := os.Getenv("MEASURE_SHOW") == "1"
	dump := os.Getenv("MEASURE_DUMP")
	for _, path := range filepath.SplitList(files) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		var out *bufio.Writer
		if dump != "" {
			d, err := os.Create(dump + "." + filepath.Base(path))
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			out = bufio.NewWriter(d)
			defer out.Flush()
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		var n, links, warned, deleted, flaggedLinks int
		for sc.Scan() {
			text := strings.TrimSpace(sc.Text())
			if text == "" {
				continue
			}
			n++
			j := judgeText(c, bot.Telegram, text)
			links += writtenLinks(&j)
			tally(j.Verdict.Level, &warned, &deleted)
			if out != nil {
				fmt.Fprintf(out, "%s %.2f %s\n", j.Verdict.Level, j.Verdict.Score, text)
			}
			if j.Verdict.Level == bot.Allow {
				continue
			}
			flaggedLinks += writtenLinks(&j)
			if show {
				var why []string
				for _, r := range j.Verdict.Reasons {
					why = append(why, string(r.Code)+": "+r.Detail)
				}
				t.Logf("%s %.2f %s\n    %s", j.Verdict.Level, j.Verdict.Score, text, strings.Join(why, "; "))
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		share := 0.0
		if links > 0 {
			share = 100 * float64(flaggedLinks) / float64(links)
		}
		t.Logf("%s: %d messages, %d links; %d flagged (%d warned, %d deleted), holding %d links = %.2f %% of links",
			filepath.Base(path), n, links, warned+deleted, warned, deleted, flaggedLinks, share)
	}
}
