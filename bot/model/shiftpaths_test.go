package model

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestShiftPathsMovesEveryPathAndNoBareLink checks the invariant
// ShiftPaths rests on: every link with a path, whatever its depth, gets
// exactly one depth bucket from PathFeatures, and a bare link none, so
// that the shift moves the first by s and the second not at all.
func TestShiftPathsMovesEveryPathAndNoBareLink(t *testing.T) {
	base := Link()
	m := &Model{Bias: base.Bias, Weights: append([]float32(nil), base.Weights...)}
	const s = 0.75
	m.ShiftPaths(s)
	for _, raw := range []string{
		"https://example.com", "https://example.com/", "example.com", "http://example.org:8080",
		"https://example.com/a", "https://example.com/?q=1", "https://example.com?q=1", "example.com/login",
		"http://a.example.com/1/2/3/4/5/6/7/8/9/10/11/x.php?id=3", "https://example.com/docs/", "https://example.com//x",
		"https://example.com/a/b/c/d/e/f/g/h", "http://www.mail-archive.com/bug-tar@gnu.org/msg04355.html",
	} {
		l, ok := linkx.Parse(raw)
		if !ok {
			t.Fatalf("%s: not parsed", raw)
		}
		var pf Features
		PathFeatures(&l, &pf)
		want := float32(0)
		if HasPath(&l) {
			want = s
		}
		if got := m.Logit(&pf) - base.Logit(&pf); got < want-1e-4 || got > want+1e-4 {
			t.Errorf("%s: the shift moved the path's logit by %.4f, want %.4f", raw, got, want)
		}
		var hf Features
		HostFeatures(&l, &hf)
		if got := m.Logit(&hf) - base.Logit(&hf); got != 0 {
			t.Errorf("%s: the shift moved the host's logit by %.4f", raw, got)
		}
	}
}
