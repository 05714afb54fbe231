package bot_test

import "testing"

// en-tech5t.txt (2026-12-01) is a tuning set for the link model's reading
// of documentation and reference links: real sites' docs, wikis, issues,
// source files, releases, advisories and scanner reports by hash, as
// members paste them in tech chat. It was written for the #9 model pass
// (the trainer's documentation-style benign paths) and committed before
// any run on it; the model was chosen on it and on the validation split.
//
// Held to what it reached: none flagged (5 before the trainer's
// documentation-style links: keycloak.org/docs/…, clerk.com/docs/…,
// authjs.dev/…, hybrid-analysis.com/sample/HASH, book.hacktricks.xyz/…).
// MEASURE_SHOW=1 logs each false alarm with its score and reasons.
func TestMeasureTechTuning5(t *testing.T) {
	t.Parallel()
	got := measureSets(t, []measureSet{{"en-tech5t.txt", false}}, false)[0]
	if warned, deleted := got[0], got[1]; warned+deleted > 0 {
		t.Errorf("en-tech5t.txt: %d flagged (%d deleted), want none; MEASURE_SHOW=1 lists them", warned+deleted, deleted)
	}
}
