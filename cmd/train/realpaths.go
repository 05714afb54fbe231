package main

import (
	"math"

	"github.com/immunebot/immune/bot/model"
)

// realPaths is -realpaths: after the combiner's fit, a path's word, file
// or mark (model.PathWords, model.File, a model.PathShape feature that
// is no bucketed measure) that the real benign links hold at least
// realPathMin times, and the phishing URLs not significantly more often
// (setRealPathWeights), keeps no phishing weight. Measured and not kept
// (BENCHMARKS.md, model29): 13 weights set to 0 (.html as a word and a
// file, ~user, cgi, dist, plugin, package, software, projects …); the
// benign sets through immune scan 473 -> 445 flagged lines, every attack
// set's flagged lines as before, but en-phish13r's .html invoice lure
// deleted -> warned and 206 of 57,584 probe lines of the test split's
// phishing URLs and domains (four framings) a level lower (100 no
// longer flagged), kits' .html pages on compromised sites most of them;
// and the link model alone ranks the trainer's test split worse: at the
// 0.5 % point Debian's test-split links 47 -> 43 flagged of 1,460, the
// phishing URLs 77.12 -> 76.79 % (AUC 0.9868 -> 0.9853). -realpathless:
// 11 weights, 473 -> 455, 92 probe lines lower, AUC 0.9860.
var realPaths = false

// realPathLess is -realpathless: with -realpaths, only the features the
// phishing URLs hold significantly less often than the real links (the
// log odds ratio's upper 95 % bound below 0) lose their weight.
var realPathLess = false

// realPathMin is how many of the real benign links of the training
// split must hold a feature for -realpaths to read it.
const realPathMin = 30

// setRealPathWeights sets to 0 the positive weight of each path feature
// (realPathFeature) the real benign links with a path kept by keep
// (harvested links the model weighs, Debian's, npm's) hold at least
// realPathMin times, where the log odds ratio of the phishing URLs
// holding it against those links is not above 0 at 95 % (its lower
// bound, each count plus a half; with -realpathless, its upper bound is
// below 0). The benign URLs the trainer writes are left out: their
// paths' words and shapes are their author's choice (98 % of the benign
// links with a path the model learns from), and a word, file or mark
// they write less often than real links do is learned from the phishing
// URLs alone (.html: 13.8 % of phishing URLs, 16.6 % of real links,
// 8.4 % of written ones, +0.25 as a file and +0.33 as a word). A weight
// the phishing URLs earn, held significantly more often by them, stays;
// a negative weight stays; so does an index the host names of more than
// realPathMin examples share (hashing puts two features on one weight).
// It returns how many weights it set.
func setRealPathWeights(m *model.Model, ex []Example, keep func(*Example) bool) int {
	type counts struct{ phish, real float64 }
	c := map[uint32]*counts{}
	hostIdx := map[uint32]int{}
	var nPhish, nReal float64
	var host, path model.Features
	for i := range ex {
		x := &ex[i]
		features(&x.Link, &host, &path)
		for _, ft := range host.List[:host.N] {
			hostIdx[ft.Index]++
		}
		if !keep(x) || x.Unweighed || !model.HasPath(&x.Link) {
			continue
		}
		phish := x.Source == SrcPhishURL
		switch {
		case phish:
			nPhish++
		case x.Source == SrcBenignURL || realBenign(x.Source):
			nReal++
		default:
			continue
		}
		seen := map[uint32]bool{}
		for _, ft := range path.List[:path.N] {
			if seen[ft.Index] || !realPathFeature(ft) {
				continue
			}
			seen[ft.Index] = true
			k := c[ft.Index]
			if k == nil {
				k = new(counts)
				c[ft.Index] = k
			}
			if phish {
				k.phish++
			} else {
				k.real++
			}
		}
	}
	set := 0
	for i, k := range c {
		if k.real < realPathMin || m.Weights[i] <= 0 || hostIdx[i] > realPathMin {
			continue
		}
		a, b := k.phish+0.5, nPhish-k.phish+0.5
		r, s := k.real+0.5, nReal-k.real+0.5
		lor := math.Log(a/b) - math.Log(r/s)
		se := math.Sqrt(1/a + 1/b + 1/r + 1/s)
		if realPathLess && lor+1.96*se < 0 || !realPathLess && lor-1.96*se <= 0 {
			m.Weights[i] = 0
			set++
		}
	}
	return set
}

// realPathFeature reports whether -realpaths reads a path's feature: a
// word, a file or a mark of its shape; never a bucketed measure
// (model.PathBucket), which every link with a path has one of, nor its
// spelling.
func realPathFeature(ft model.Feature) bool {
	switch ft.Family {
	case model.PathWords, model.File:
		return true
	case model.PathShape:
		return !model.PathBucket(ft.Index)
	}
	return false
}
