package replay_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestEvalDevSet scans ../shared/eval/dev.jsonl (read where it stands, never
// copied) and holds issue #2's target: every threat flagged, no benign
// message flagged, every "sev: delete" case deleted. score.py measures the
// same in .ci/run.
func TestEvalDevSet(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../../shared/eval/dev.jsonl")
	if err != nil {
		t.Skipf("evaluation data not found (%v); CI has it beside the project", err)
	}
	sc, _ := newScanner(t)
	var out bytes.Buffer
	if _, err := sc.Run(context.Background(), bytes.NewReader(data), &out); err != nil {
		t.Fatal(err)
	}
	verdicts := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var o struct{ ID, Verdict string }
		json.Unmarshal([]byte(l), &o)
		verdicts[o.ID] = o.Verdict
	}
	var tp, fn, fp, tn, del, delHit int
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct{ ID, Expect, Sev, Text string }
		json.Unmarshal([]byte(l), &c)
		v := verdicts[c.ID]
		flagged := v == "warn" || v == "delete"
		switch {
		case c.Expect == "flag" && flagged:
			tp++
		case c.Expect == "flag":
			fn++
			t.Errorf("missed %s %q", c.ID, c.Text)
		case flagged:
			fp++
			t.Errorf("false positive %s %q: %s", c.ID, c.Text, v)
		default:
			tn++
		}
		if c.Sev == "delete" {
			del++
			if v == "delete" {
				delHit++
			} else {
				t.Errorf("%s %q: %s, want delete", c.ID, c.Text, v)
			}
		}
	}
	t.Logf("dev set: recall %d/%d, false positives %d/%d, delete-recall %d/%d", tp, tp+fn, fp, fp+tn, delHit, del)
}
