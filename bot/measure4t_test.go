package bot_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// The fourth tuning sets (2026-12-01, written and committed before any run
// on them, rules tuned on them): scams of the kinds the earlier sets lacked
// — Vietnamese traffic-fine, social-insurance, tax, power and water bills,
// government portals and Google Forms asking for a card or OTP or giving a
// prize; English toll, parking, courier and tax-refund texts, programs on
// file hosts and release pages offered as a cheat, crack or a friend's
// game, a product's name on another ending, shortened links whose path
// reads like an address — beside benign messages about the same things:
// the real portals and utilities, ordinary forms, real releases.
//
// Each set is held to what it reached (most tighter than issue #9's
// targets): a scam set to at least min flagged, a benign set to at most
// max flagged and none deleted.
var fourthTuningSets = []struct {
	file     string
	scam     bool
	min, max int
}{
	{"vi-smishing4t.txt", true, 30, 0}, {"en-scam4t.txt", true, 30, 0},
	{"vi-benign4t.txt", false, 0, 0}, {"en-benign4t.txt", false, 0, 0},
}

// TestMeasureFourthTuningSets holds each set to what it reached;
// MEASURE_SHOW=NAME prints the
// flagged (benign) or missed (scam) messages of the sets whose file name
// holds NAME.
func TestMeasureFourthTuningSets(t *testing.T) {
	t.Parallel()
	for _, s := range fourthTuningSets {
		n, warned, deleted, flagged := measure(t, s.file)
		t.Logf("%s: %d messages, %d flagged (%d warned, %d deleted)", s.file, n, warned+deleted, warned, deleted)
		if show := os.Getenv("MEASURE_SHOW"); show != "" && strings.Contains(s.file, show) {
			if s.scam {
				t.Logf("missed:\n%s", strings.Join(missed(t, s.file), "\n"))
			} else {
				t.Logf("flagged:\n%s", strings.Join(flagged, "\n"))
			}
		}
		if s.scam {
			if warned+deleted < s.min {
				t.Errorf("%s: %d of %d flagged, want at least %d:\n%s", s.file, warned+deleted, n, s.min, strings.Join(missed(t, s.file), "\n"))
			}
		} else if warned+deleted > s.max || deleted > s.max {
			t.Errorf("%s: %d warned, %d deleted of %d, want at most %d:\n%s", s.file, warned, deleted, n, s.max, strings.Join(flagged, "\n"))
		}
	}
}

// missed lists the messages of a scam set that are allowed, with their
// scores and reasons.
func missed(t *testing.T, file string) []string {
	t.Helper()
	f, err := os.Open("testdata/measure/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		if v := judgeText(c, bot.Telegram, text).Verdict; v.Level == bot.Allow {
			var codes []string
			for _, r := range v.Reasons {
				codes = append(codes, string(r.Code))
			}
			out = append(out, fmt.Sprintf("%.2f %s [%s]", v.Score, text, strings.Join(codes, " ")))
		}
	}
	return out
}

// fourthHeldOut are det9c's held-out check of the rules tuned on the
// fourth tuning sets: the same kinds in other words and hosts, written
// after the rules and committed before any run on them, read once. They
// are held to issue #9's targets: scams 60 % flagged, benign messages 2 %
// warned and none deleted.
var fourthHeldOut = []struct {
	file string
	scam bool
}{
	{"vi-smishing4h.txt", true}, {"en-scam4h.txt", true}, {"vi-benign4h.txt", false}, {"en-benign4h.txt", false},
}

// TestMeasureFourthHeldOut judges the held-out check; MEASURE_SHOW=NAME
// prints what was missed or flagged, as TestMeasureFourthTuningSets does.
func TestMeasureFourthHeldOut(t *testing.T) {
	t.Parallel()
	for _, s := range fourthHeldOut {
		n, warned, deleted, flagged := measure(t, s.file)
		t.Logf("%s: %d messages, %d flagged (%d warned, %d deleted)", s.file, n, warned+deleted, warned, deleted)
		if show := os.Getenv("MEASURE_SHOW"); show != "" && strings.Contains(s.file, show) {
			if s.scam {
				t.Logf("missed:\n%s", strings.Join(missed(t, s.file), "\n"))
			} else {
				t.Logf("flagged:\n%s", strings.Join(flagged, "\n"))
			}
		}
		if s.scam {
			if float64(warned+deleted) < 0.6*float64(n) {
				t.Errorf("%s: %d of %d flagged, want at least 60%%", s.file, warned+deleted, n)
			}
		} else if deleted > 0 || float64(warned) > 0.02*float64(n) {
			t.Errorf("%s: %d warned, %d deleted of %d:\n%s", s.file, warned, deleted, n, strings.Join(flagged, "\n"))
		}
	}
}
