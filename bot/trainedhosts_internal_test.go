package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestKeptInTraining: a site of reputableAtRuntime is trusted by the
// classifier as any reputable one is (LinkSignals does not weigh its
// links), and KeptInTraining tells the trainer to keep learning from its
// links; a reputable site of the list itself, a brand's own host and an
// unknown one are not kept that way.
func TestKeptInTraining(t *testing.T) {
	const d = "oldproject-archive.org"
	reputableAtRuntime[d] = true
	defer func() { delete(reputableAtRuntime, d); delete(reputable, d) }()
	trustAtRuntime(map[string]bool{d: true})
	c := NewClassifier(ClassifierConfig{})
	for _, tc := range []struct {
		url            string
		trusted, train bool
	}{
		{"http://lists.oldproject-archive.org/archives/dev/2008-May/000123.html", true, true},
		{"https://oldproject-archive.org/", true, true},
		{"https://docs.python.org/3/library/http.html", true, false},
		{"https://github.com/google/go-cmp", true, false},
		{"http://oldproject-archive-login.top/archives/verify.html", false, false},
		{"https://oldproject-archive.github.io/docs/", false, false},
	} {
		l, ok := linkx.Parse(tc.url)
		if !ok {
			t.Fatalf("parse %s", tc.url)
		}
		if _, weighed := c.LinkSignals(&l); weighed == tc.trusted {
			t.Errorf("%s: weighed %v, want %v", tc.url, weighed, !tc.trusted)
		}
		if got := KeptInTraining(&l); got != tc.train {
			t.Errorf("%s: kept in training %v, want %v", tc.url, got, tc.train)
		}
	}
}

// TestReputableAtRuntimeNotTwice: a site already reputable cannot be
// added at runtime (the trainer leaves its links out already).
func TestReputableAtRuntimeNotTwice(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("python.org added again without a panic")
		}
	}()
	trustAtRuntime(map[string]bool{"python.org": true})
}
