package bot_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// en-tech4t.txt (2026-12-01) is a tuning set of English tech chat with
// links, written and committed (1bcc092) before anything ran on it:
// issues, PRs, releases, docs, registries, CI, pastes, official downloads
// and release binaries, install one-liners, status pages, shorteners,
// localhost and private addresses, security people quoting or defanging
// indicators, "login", "verify", "wallet", "free" and "password" in their
// technical sense, and Discord and Telegram developers' talk. The rules
// for false positives were tuned on it, so it measures nothing held out;
// it is held to what it reached, a gate against the classes it showed
// coming back.
//
// en-tech4h.txt was written after those fixes, in the same way but of
// other corners (data science, mobile, games, infrastructure, networks,
// Windows administration, hardware, web3 developers, security research),
// and committed (1092ac1) before anything ran on it: it is read to
// report, held to nothing.
//
// MEASURE_SHOW=1 logs each flagged message with its score and reasons.
func TestMeasureTechTuning4(t *testing.T) {
	t.Parallel()
	warned, deleted, flagged := measureTech(t, "en-tech4t.txt")
	// Held to what it reached (38 flagged, 22 deleted, when first read):
	// what is left is the link model's reading of real sites' paths
	// (auth0.com/docs/…, virustotal.com/gui/file/HASH), programs on a
	// site's own pages rather than its download host (7-zip.org/a/…,
	// the.earth.li's PuTTY: malware-urls4h shows why), programs with no
	// version, APKs and storage buckets; see BENCHMARKS.
	if warned+deleted > 22 || deleted > 9 {
		t.Errorf("en-tech4t.txt: %d flagged (%d deleted), want at most 22 (9):\n%s", warned+deleted, deleted, strings.Join(flagged, "\n"))
	}
}

// TestMeasureTechHeldOut4 logs the held-out en-tech4h.txt.
func TestMeasureTechHeldOut4(t *testing.T) {
	t.Parallel()
	measureTech(t, "en-tech4h.txt")
}

// measureTech judges a tech-chat set, a message a line, and logs how
// many messages and links are flagged.
func measureTech(t *testing.T, file string) (warned, deleted int, flagged []string) {
	t.Helper()
	data, err := os.ReadFile("testdata/measure/" + file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	seen := map[string]bool{}
	for i, line := range lines {
		// Defanged indicators (hxxp://…, host[.]com) are no link to
		// eval3's reader, so only blank and repeated lines are refused.
		if strings.TrimSpace(line) == "" || seen[line] {
			t.Fatalf("%s:%d: blank or repeated line", file, i+1)
		}
		seen[line] = true
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	var links, flaggedLinks int
	for _, text := range lines {
		j := judgeText(c, bot.Telegram, text)
		v := j.Verdict
		links += len(j.Links)
		switch v.Level {
		case bot.Warn:
			warned++
		case bot.Delete:
			deleted++
		default:
			continue
		}
		flaggedLinks += len(j.Links)
		var why []string
		for _, r := range v.Reasons {
			why = append(why, string(r.Code)+": "+r.Detail)
		}
		flagged = append(flagged, fmt.Sprintf("%s %.2f %s\n    %s", v.Level, v.Score, text, strings.Join(why, "; ")))
	}
	t.Logf("%s: %d messages, %d links; %d flagged (%d warned, %d deleted), holding %d links", file, len(lines), links, warned+deleted, warned, deleted, flaggedLinks)
	if os.Getenv("MEASURE_SHOW") == "1" && len(flagged) > 0 {
		t.Logf("flagged:\n%s", strings.Join(flagged, "\n"))
	}
	return warned, deleted, flagged
}

// TestMeasureMalwareHeldOut4 logs malware-urls4h.txt (2026-12-01,
// committed before it ran): fake installers and cracked software served
// over TLS in paths shaped like releases, from impostor names, download
// portals and compromised small-business sites — the shapes the release
// rules (projectRelease, selfNamedRelease) could let through. Held to
// nothing; MEASURE_SHOW=1 logs the misses.
func TestMeasureMalwareHeldOut4(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/measure/malware-urls4h.txt")
	if err != nil {
		t.Fatal(err)
	}
	c := bot.NewClassifier(bot.ClassifierConfig{})
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	var warned, deleted int
	var missed []string
	for _, text := range lines {
		v := judgeText(c, bot.Telegram, text).Verdict
		switch v.Level {
		case bot.Warn:
			warned++
		case bot.Delete:
			deleted++
		default:
			var why []string
			for _, r := range v.Reasons {
				why = append(why, string(r.Code)+": "+r.Detail)
			}
			missed = append(missed, fmt.Sprintf("%.2f %s\n    %s", v.Score, text, strings.Join(why, "; ")))
		}
	}
	t.Logf("malware-urls4h.txt: %d URLs, %d flagged (%d warned, %d deleted)", len(lines), warned+deleted, warned, deleted)
	if os.Getenv("MEASURE_SHOW") == "1" && len(missed) > 0 {
		t.Logf("missed:\n%s", strings.Join(missed, "\n"))
	}
}
