package bot

import (
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// TestTrainingView: a site of reputableAtRuntime is trusted by the
// classifier as any reputable one is (LinkSignals does not weigh its
// links), and weighed by the trainer's (TrainingView) as before it was
// trusted; a reputable site of the list itself and a brand's own host
// are trusted by both, an unknown one by neither.
func TestTrainingView(t *testing.T) {
	const d = "oldproject-archive.org"
	reputableAtRuntime[d] = true
	defer func() { delete(reputableAtRuntime, d); delete(reputable, d) }()
	trustAtRuntime(map[string]bool{d: true})
	c := NewClassifier(ClassifierConfig{})
	tc := NewClassifier(ClassifierConfig{TrainingView: true})
	for _, x := range []struct {
		url               string
		trusted, training bool
	}{
		{"http://lists.oldproject-archive.org/archives/dev/2008-May/000123.html", true, false},
		{"https://oldproject-archive.org/", true, false},
		{"http://www.gnu.org/software/coreutils/manual/html_node/index.html", true, false},
		{"https://docs.python.org/3/library/http.html", true, true},
		{"https://github.com/google/go-cmp", true, true},
		{"http://oldproject-archive-login.top/archives/verify.html", false, false},
		{"https://oldproject-archive.github.io/docs/", false, false},
	} {
		l, ok := linkx.Parse(x.url)
		if !ok {
			t.Fatalf("parse %s", x.url)
		}
		if _, weighed := c.LinkSignals(&l); weighed == x.trusted {
			t.Errorf("%s: weighed %v, want %v", x.url, weighed, !x.trusted)
		}
		if _, weighed := tc.LinkSignals(&l); weighed == x.training {
			t.Errorf("%s: weighed by the trainer's view %v, want %v", x.url, weighed, !x.training)
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

// TestReputableAtRuntimeNoBrand: no site of reputableAtRuntime is a
// brand's own (the trainer leaves a brand's links out, so keeping them
// would move the model) or fails to read as a registrable domain.
func TestReputableAtRuntimeNoBrand(t *testing.T) {
	bm := brand.New(brand.Builtin)
	for d := range reputableAtRuntime {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain != d {
			t.Errorf("%s: not a registrable domain (%q)", d, l.Domain)
			continue
		}
		if b := bm.Official(l.Domain, l.Suffix); b != nil {
			t.Errorf("%s: a brand's own (%s)", d, b.Name)
		}
		if !(&Classifier{}).reputable(d) || (&Classifier{training: true}).reputable(d) {
			t.Errorf("%s: not reputable at runtime alone", d)
		}
	}
}
