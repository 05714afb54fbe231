package main

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestOldWebURLs: -oldweb writes one page on about the share of popular
// domains asked, the same ones on every run, about the share asked of
// them as plain HTTP, none over plain HTTP on an ending browsers reach
// only over TLS, and none ending in a document's or a program's
// extension (a dropper's shape).
func TestOldWebURLs(t *testing.T) {
	var benign []Example
	for i, d := range []string{"gnu-tools.org", "oldproject.net", "kernel-stuff.de", "newthing.dev", "shop-app.app", "uni-lab.ac.uk"} {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok {
			t.Fatalf("parse %s", d)
		}
		for k := 0; k < 300; k++ {
			benign = append(benign, Example{Link: l, Source: SrcBenign, Split: Split(i % 3)})
		}
	}
	a := generateOldWebURLs(benign, 0.5, 0.6, 23)
	b := generateOldWebURLs(benign, 0.5, 0.6, 23)
	if len(a) != len(b) {
		t.Fatalf("%d pages, then %d: not the same on every run", len(a), len(b))
	}
	if len(a) < 800 || len(a) > 1000 {
		t.Errorf("%d pages written on 1,800 domains at a share of 0.5", len(a))
	}
	var plain, open int
	for i := range a {
		x := &a[i]
		if x.Link.Raw != b[i].Link.Raw {
			t.Fatalf("page %d: %s, then %s", i, x.Link.Raw, b[i].Link.Raw)
		}
		if x.Source != SrcBenignGen || x.Phish {
			t.Errorf("%s: source %s, phish %v", x.Link.Raw, x.Source, x.Phish)
		}
		if !model.HasPath(&x.Link) {
			t.Errorf("%s: no path", x.Link.Raw)
		}
		seg := x.Link.Path[strings.LastIndexByte(x.Link.Path, '/')+1:]
		_, ext, _ := strings.Cut(seg, ".")
		switch ext {
		case "doc", "docx", "xls", "xlsx", "pdf", "exe", "zip", "rar", "scr", "js", "apk":
			t.Errorf("%s: a %s file", x.Link.Raw, ext)
		}
		if tlsOnly[x.Link.Suffix] {
			if x.Link.Scheme == "http" {
				t.Errorf("%s: plain HTTP on an ending reached only over TLS", x.Link.Raw)
			}
			continue
		}
		open++
		if x.Link.Scheme == "http" {
			plain++
		}
	}
	if s := float64(plain) / float64(open); s < 0.5 || s > 0.7 {
		t.Errorf("%d of %d pages plain HTTP (%.2f), want about 0.6", plain, open, s)
	}
}

// TestKeepTrusted: -keeptrusted keeps the benign links on reputable and
// institutional hosts (python.org, a university) in training through
// their paths alone, and leaves out those on a brand's own host and on
// private addresses, as without it.
func TestKeepTrusted(t *testing.T) {
	defer func(k bool) { keepTrusted = k }(keepTrusted)
	mk := func(u string) Example {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		return Example{Link: l, Source: SrcBenignURL, Weight: 1}
	}
	urls := []string{
		"https://github.com/google/go-cmp/blob/master/README.md", // a brand's own
		"http://192.168.1.1/admin/login.html",                    // private
		"https://docs.python.org/3/library/http.html",            // reputable
		"http://www.mit.edu/~someone/papers/notes.html",          // institutional
		"http://lists.oldproject.org/archives/dev/2008-May/0001.html",
	}
	for _, keep := range []bool{false, true} {
		keepTrusted = keep
		var ex []Example
		for _, u := range urls {
			ex = append(ex, mk(u))
		}
		markUnweighed(ex)
		want := []bool{true, true, !keep, !keep, false}
		pathOnly := []bool{false, false, keep, keep, false}
		for i := range ex {
			if ex[i].Unweighed != want[i] || ex[i].PathOnly != pathOnly[i] {
				t.Errorf("-keeptrusted=%v: %s: unweighed %v, path only %v; want %v, %v", keep, ex[i].Link.Raw, ex[i].Unweighed, ex[i].PathOnly, want[i], pathOnly[i])
			}
		}
		// the links kept teach the model their paths alone
		var taught []Example
		for k := 0; k < 100; k++ {
			taught = append(taught, ex[2:4]...)
		}
		m := trainLink(taught, func(*Example) bool { return true }, 1, 1, linkConfig)
		var host, path model.Features
		for i := 2; i < 4; i++ {
			features(&ex[i].Link, &host, &path)
			for _, f := range host.List[:host.N] {
				if m.Weights[f.Index] != 0 && !inFeatures(&path, f.Index) {
					t.Errorf("-keeptrusted=%v: %s: the host's feature %d learned %v", keep, ex[i].Link.Raw, f.Index, m.Weights[f.Index])
				}
			}
			if keep && m.Weights[path.List[0].Index] == 0 {
				t.Errorf("%s: its path taught nothing", ex[i].Link.Raw)
			}
		}
	}
}

func inFeatures(fs *model.Features, idx uint32) bool {
	for _, f := range fs.List[:fs.N] {
		if f.Index == idx {
			return true
		}
	}
	return false
}

// TestKeptInTrainingStaysWeighed: a benign link the classifier trusts
// only through the sites trusted at runtime (gnu.org, of bot's
// reputableAtRuntime) stays in training, host and path; the others the
// classifier trusts are left out as before.
func TestKeptInTrainingStaysWeighed(t *testing.T) {
	var ex []Example
	for _, u := range []string{"http://www.gnu.org/software/coreutils/manual/html_node/index.html", "https://kernel.org/doc/html/latest/", "https://github.com/google/go-cmp"} {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		ex = append(ex, Example{Link: l, Source: SrcBenignURL, Weight: 1})
	}
	if n := markUnweighed(ex); n != 2 {
		t.Errorf("%d left out, want 2", n)
	}
	for i, want := range []bool{false, true, true} {
		if ex[i].Unweighed != want || ex[i].PathOnly {
			t.Errorf("%s: unweighed %v, path only %v; want %v, false", ex[i].Link.Raw, ex[i].Unweighed, ex[i].PathOnly, want)
		}
	}
}
