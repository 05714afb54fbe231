package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

// TestSmallHostsDefaults37 pins the trainer's defaults after host37:
// small sites' real names (-smallhosts) are not read, so go run
// ./cmd/train builds the committed weights.bin as before; the switches
// that measured them (BENCHMARKS.md, host37) keep the values its rows
// name unless given.
func TestSmallHostsDefaults37(t *testing.T) {
	if smallHosts != "" {
		t.Errorf("-smallhosts defaults to %q, want none (measured, not kept)", smallHosts)
	}
	if !smallStage || smallWeight != 1 || smallEpochs != 1 || smallAnchor || smallCenter || smallFam != "" {
		t.Errorf("-smallstage %v -smallweight %v -smallepochs %d -smallanchor %v -smallcenter %v -smallfam %q, want true, 1, 1, false, false, all",
			smallStage, smallWeight, smallEpochs, smallAnchor, smallCenter, smallFam)
	}
	if _, err := os.Stat("benign-hosts.txt"); err != nil {
		t.Errorf("the measured list: %v", err)
	}
}

// TestLoadSmallHosts reads a file in benign-hosts.txt's format: comments,
// blank lines and repeats skipped, a phishing list's name, a popular
// domain the examples hold and an address left out, each kept name a
// bare benign link of its own source weighed on top.
func TestLoadSmallHosts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "hosts.txt")
	text := "# a comment\n\nsmall-project.org\nSmall-Project.org\nscam-host.xyz\ngoogle.com\nmaps.google.com\n192.0.2.7\ndocs.person.name\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	l, _ := linkx.Parse("https://google.com/")
	ex, err := loadSmallHosts(path, map[string]bool{"scam-host.xyz": true}, []Example{{Link: l, Source: SrcBenign}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range ex {
		got = append(got, x.Link.Raw)
		if x.Phish || x.Source != SrcBenignSmall || !x.OnTop || model.HasPath(&x.Link) {
			t.Errorf("%s: phish %v source %v on top %v, want a bare benign %v on top", x.Link.Raw, x.Phish, x.Source, x.OnTop, SrcBenignSmall)
		}
	}
	if want := "https://small-project.org/ https://docs.person.name/"; strings.Join(got, " ") != want {
		t.Errorf("read %q, want %q", got, want)
	}
}

// TestSmallHostsTuningSide holds the committed list to the split rule
// (every name hashes to a first hex digit 0-9 and neither it nor its
// registrable name is held out by gen.Held) and to the measure sets: no
// name, nor its registrable name, is written in a tuning or held-out
// measure file (counted, never shown: the held-out files are read as
// counts only; the coordinator's eval files are not read here, the
// generator leaves theirs out). It keeps the list under 1 MB.
func TestSmallHostsTuningSide(t *testing.T) {
	b, err := os.ReadFile("benign-hosts.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > 1<<20 {
		t.Errorf("benign-hosts.txt is %d bytes, want under 1 MB", len(b))
	}
	var hosts []string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		hosts = append(hosts, line)
		sum := sha256.Sum256([]byte(line))
		if hex.EncodeToString(sum[:1])[0] > '9' {
			t.Errorf("%s is on the held-out side (a-f)", line)
		}
		if gen.Held(line) || gen.Held(gen.Site(line)) {
			t.Errorf("%s or its site is held out by gen.Held", line)
		}
	}
	if len(hosts) < 1000 {
		t.Errorf("benign-hosts.txt holds %d names, want the harvest's thousands", len(hosts))
	}
	dir := filepath.Join("..", "..", "bot", "testdata", "measure")
	files, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	written := map[string]bool{}
	word := regexp.MustCompile(`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+`)
	defang := strings.NewReplacer("[.]", ".", "(.)", ".", "{.}", ".", "[dot]", ".", "(dot)", ".")
	for _, f := range files {
		if f.IsDir() || strings.HasPrefix(f.Name(), "eval") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range word.FindAllString(defang.Replace(strings.ToLower(string(b))), -1) {
			w = strings.TrimPrefix(w, "www.")
			written[w], written[gen.Site(w)] = true, true
		}
	}
	named := 0
	for _, h := range hosts {
		if written[h] || written[gen.Site(h)] {
			named++
		}
	}
	if named > 0 {
		t.Errorf("%d names of benign-hosts.txt (or their sites) are written in a measure file", named)
	}
}

// TestStepHost: the third stage's step moves the weights of the host
// name's features of the families asked for, not the bias, not the
// path's features, not another family's.
func TestStepHost(t *testing.T) {
	l, _ := linkx.Parse("https://small-project.org/docs/intro.html")
	var host, path model.Features
	features(&l, &host, &path)
	f := newFTRL(linkConfig.alpha, linkConfig.beta, 0, linkConfig.l2)
	fams, err := parseHostFamilies("spelling,words")
	if err != nil {
		t.Fatal(err)
	}
	for k := 0; k < 5; k++ {
		f.stepHost(&host, 0, 1, fams)
	}
	if f.bias() != 0 {
		t.Errorf("bias %v, want 0", f.bias())
	}
	moved := map[model.Family]bool{}
	for _, ft := range host.List[:host.N] {
		if f.weight(ft.Index) != 0 {
			moved[ft.Family] = true
		}
	}
	if !moved[model.Spelling] || !moved[model.Words] || moved[model.TLD] || moved[model.Shape] {
		t.Errorf("families moved %v, want spelling and words alone", moved)
	}
	for _, ft := range path.List[:path.N] {
		if f.weight(ft.Index) != 0 && ft.Family != model.Spelling && ft.Family != model.Words {
			t.Errorf("path feature %+v moved", ft)
		}
	}
	if _, err := parseHostFamilies("path"); err == nil {
		t.Error("-smallfam path accepted, want an error")
	}
}
