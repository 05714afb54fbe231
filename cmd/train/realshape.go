package main

import (
	"fmt"
	"math/rand/v2"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// realShape is -realshape: the benign URLs the trainer writes
// (SrcBenignGen) are shown to the link model with the path's shape
// (model.PathShape: depth, length, query length, marks, and with "all"
// the scheme) of a real benign link with a path, a harvested one the
// model weighs or one of Debian's, drawn at random; their words,
// spelling and file stay their own. "path" keeps each written link's
// scheme; "query" does too and gives a written link with a query a real
// one's shape with a query, one without a real one's without; "all"
// draws the scheme with the rest. Empty: off.
//
// Why: 98 % of the benign links with a path the model learns from are
// written, and the shapes the generators write are their author's
// choice: every one HTTPS, few short paths, no ~user folder, no
// index.html, no escapes. A shape they never write is learned from the
// phishing URLs alone: a path of 2-7 characters weighs +1.05 though the
// real links have it as often as the phishing URLs (6-8 % against 7 %),
// http +3.09 against https -0.56. Measured and not kept (BENCHMARKS.md,
// model29): better on the trainer's held-out split (the link model
// alone, Debian's test-split links flagged 47 -> 26 of 1,460 with path,
// 11 with all, and with path phishing URLs 77.12 -> 77.94 %), but the
// benign measure sets read through immune scan flag more (473 -> 500
// lines with path, 472 with all, 502 with query), and short https pages
// and queries of tech chat rise where the written links' own shapes
// had held them down; with all, phishing URLs fall 77.12 -> 73.75 %.
var realShape = ""

// checkRealShape reports a -realshape value that is none of the modes.
func checkRealShape(v string) error {
	switch v {
	case "", "path", "query", "all":
		return nil
	}
	return fmt.Errorf("%q: want path, query, all or nothing", v)
}

// shapeDonors are the path-shape features of real benign links, those
// with a query apart (-realshape query), and the stream that draws one.
type shapeDonors struct {
	shapes [2][][]model.Feature // [has a query]
	query  bool                 // a written link with a query draws from shapes[1]
	scheme bool                 // the scheme is drawn too
	r      *rand.Rand
}

// realShapes returns the shapes of the real benign links with a path
// among the examples idx, or nil when -realshape is off or there are
// none.
func realShapes(ex []Example, idx []int, seed uint64) *shapeDonors {
	if realShape == "" {
		return nil
	}
	d := &shapeDonors{query: realShape == "query", scheme: realShape == "all", r: rand.New(rand.NewPCG(seed, 4))}
	var host, path model.Features
	for _, i := range idx {
		x := &ex[i]
		if x.Phish || x.Source != SrcBenignURL && !realBenign(x.Source) || !model.HasPath(&x.Link) {
			continue
		}
		features(&x.Link, &host, &path)
		var s []model.Feature
		for _, ft := range path.List[:path.N] {
			if ft.Family == model.PathShape && (d.scheme || !schemeIndex[ft.Index]) {
				s = append(s, ft)
			}
		}
		q := d.query && x.Link.Query != ""
		d.shapes[b2i(q)] = append(d.shapes[b2i(q)], s)
	}
	if len(d.shapes[0]) == 0 {
		return nil
	}
	if len(d.shapes[1]) == 0 {
		d.shapes[1] = d.shapes[0]
	}
	return d
}

// give replaces the path-shape features of fs, the path's features of
// l, with a real link's, drawn at random: all of them but the scheme's,
// which stays l's own unless -realshape all. A bare link has none and
// gets none.
func (d *shapeDonors) give(l *linkx.Link, fs *model.Features) {
	if fs.N == 0 {
		return
	}
	from := d.shapes[b2i(d.query && l.Query != "")]
	shape := from[d.r.IntN(len(from))]
	n := 0
	for _, ft := range fs.List[:fs.N] {
		if ft.Family != model.PathShape || !d.scheme && schemeIndex[ft.Index] {
			fs.List[n] = ft
			n++
		}
	}
	fs.N = n
	for _, ft := range shape {
		if fs.N < len(fs.List) {
			fs.List[fs.N] = ft
			fs.N++
		}
	}
}

// schemeIndex holds the weight indexes of the scheme's features (http,
// https), the first feature PathFeatures writes of a link with a path.
var schemeIndex = func() map[uint32]bool {
	m := map[uint32]bool{}
	for _, u := range []string{"http://a.example/x", "https://a.example/x"} {
		l, _ := linkx.Parse(u)
		var fs model.Features
		model.PathFeatures(&l, &fs)
		m[fs.List[0].Index] = true
	}
	return m
}()

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
