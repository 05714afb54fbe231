package main

import (
	"fmt"
	"sort"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// thresholdAt returns the smallest logit at which at most fpr of the
// benign scores are at or above it.
func thresholdAt(benign []float64, fpr float64) float64 {
	s := append([]float64(nil), benign...)
	sort.Sort(sort.Reverse(sort.Float64Slice(s)))
	k := int(fpr * float64(len(s)))
	if k >= len(s) {
		return s[len(s)-1]
	}
	return s[k] + 1e-9
}

func share(xs []float64, t float64) (int, float64) {
	n := 0
	for _, x := range xs {
		if x >= t {
			n++
		}
	}
	if len(xs) == 0 {
		return 0, 0
	}
	return n, float64(n) / float64(len(xs))
}

// auc is the area under the ROC curve: the chance a random phishing score
// is above a random benign one.
func auc(pos, neg []float64) float64 {
	type p struct {
		s   float64
		pos bool
	}
	all := make([]p, 0, len(pos)+len(neg))
	for _, s := range pos {
		all = append(all, p{s, true})
	}
	for _, s := range neg {
		all = append(all, p{s, false})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].s < all[j].s })
	var rankSum float64
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].s == all[i].s {
			j++
		}
		r := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if all[k].pos {
				rankSum += r
			}
		}
		i = j
	}
	np, nn := float64(len(pos)), float64(len(neg))
	if np == 0 || nn == 0 {
		return 0
	}
	return (rankSum - np*(np+1)/2) / (np * nn)
}

// scores groups the link model's logits of one split by source.
func scores(m *model.Model, ex []Example, split Split) [numSources][]float64 {
	var out [numSources][]float64
	for i := range ex {
		if x := &ex[i]; x.Split == split {
			out[x.Source] = append(out[x.Source], score(m, &x.Link))
		}
	}
	return out
}

// linkThreshold is the model's own operating point, chosen on the
// validation split: at most 0.5 % of benign domains at or above it.
var linkThreshold float64

func reportLink(m *model.Model, ex []Example) {
	val := scores(m, ex, Validate)
	linkThreshold = thresholdAt(val[SrcBenign], 0.005)
	t01 := thresholdAt(val[SrcBenign], 0.001)
	fmt.Printf("\nlink model alone; thresholds chosen on the validation split: p >= %.3f (0.5%% of benign domains), p >= %.3f (0.1%%)\n",
		model.Sigmoid(linkThreshold), model.Sigmoid(t01))
	test := scores(m, ex, reportSplit)
	benignURLs := append(append([]float64(nil), test[SrcBenignURL]...), test[SrcBenignGen]...)
	if reportSplit == Test {
		fmt.Println("test split (never trained on, never tuned on):")
	} else {
		fmt.Println("validation split (how choices are made; the thresholds are set on it):")
	}
	fmt.Printf("  %-34s %8s %14s %14s %7s\n", "set", "n", "at 0.5% point", "at 0.1% point", "AUC")
	row := func(name string, xs []float64, neg []float64) {
		n1, s1 := share(xs, linkThreshold)
		n2, s2 := share(xs, t01)
		a := ""
		if neg != nil {
			a = fmt.Sprintf("%.4f", auc(xs, neg))
		}
		fmt.Printf("  %-34s %8d %6d %6.2f%% %6d %6.2f%% %7s\n", name, len(xs), n1, 100*s1, n2, 100*s2, a)
	}
	fmt.Printf("  the scheme's weights (links with a path): http %+.2f, https %+.2f\n", schemeWeight(m, "http"), schemeWeight(m, "https"))
	if m.PlainPages {
		fmt.Printf("  a plain-HTTP page of an older site (on top of http): %+.2f\n", m.Weights[model.PlainPageIndex()])
	}
	row("benign domains (flagged)", test[SrcBenign], nil)
	row("benign service hosts (flagged)", test[SrcBenignHost], nil)
	row("benign URLs, harvested (flagged)", test[SrcBenignURL], nil)
	row("benign URLs, generated (flagged)", test[SrcBenignGen], nil)
	if len(test[SrcBenignLong]) > 0 {
		row("benign URLs, small sites' (flagged)", test[SrcBenignLong], nil)
	}
	if len(test[SrcBenignSmall]) > 0 {
		row("benign names, small sites' (flagged)", test[SrcBenignSmall], nil)
	}
	if len(test[SrcBenignDeb]) > 0 {
		row("benign URLs, Debian's (flagged)", test[SrcBenignDeb], nil)
	}
	if len(test[SrcBenignNPM]) > 0 {
		row("benign URLs, npm's (flagged)", test[SrcBenignNPM], nil)
	}
	if len(test[SrcBenignVN]) > 0 {
		row("benign Vietnamese, hand-written (flagged)", test[SrcBenignVN], nil)
	}
	row("phishing domains: Discord", test[SrcDiscord], test[SrcBenign])
	row("phishing domains: crypto", test[SrcCrypto], test[SrcBenign])
	row("phishing domains: Vietnamese", test[SrcVietnam], test[SrcBenign])
	row("phishing domains: Phishing.DB 2020", test[SrcPhishDB], test[SrcBenign])
	all := append(append(append(append([]float64(nil), test[SrcDiscord]...), test[SrcCrypto]...), test[SrcVietnam]...), test[SrcPhishDB]...)
	row("phishing domains: all", all, test[SrcBenign])
	row("phishing URLs", test[SrcPhishURL], benignURLs)
	tp, _ := share(all, linkThreshold)
	fp, _ := share(test[SrcBenign], linkThreshold)
	fmt.Printf("  domains at the 0.5%% point: precision %.3f recall %.3f (on this split's class balance)\n",
		float64(tp)/float64(tp+fp), float64(tp)/float64(len(all)))
}

// runHoldout leaves one curated phishing source out of everything: the
// link model is trained without it, the combiner fitted and its operating
// point set without it. It then reports the link model alone and the
// whole classifier on the source: on its test part (never trained, tuned
// or looked at while choosing features) and on all of it (as earlier
// figures were given), with the benign test domains flagged at the same
// point. It is how the classifier does on a kind of scam it has never
// been shown.
func runHoldout(ex []Example, name string, epochs int) error {
	var srcs []Source
	switch name {
	case "discord":
		srcs = []Source{SrcDiscord}
	case "crypto":
		srcs = []Source{SrcCrypto}
	case "vietnam":
		srcs = []Source{SrcVietnam}
	case "all":
		srcs = []Source{SrcDiscord, SrcCrypto, SrcVietnam}
	default:
		return fmt.Errorf("-holdout %q: want discord, crypto, vietnam or all", name)
	}
	part := Test
	if tuneOnly {
		// -tune -holdout: how choices are made, on the validation split
		part = Validate
	}
	for _, src := range srcs {
		m := trainLink(ex, func(x *Example) bool { return x.Split == Train && x.Source != src }, epochs, trainSeed, linkConfig)
		val := scores(m, ex, Validate)
		t := thresholdAt(val[SrcBenign], 0.005)
		var held, heldTest []float64
		for i := range ex {
			if x := &ex[i]; x.Source == src {
				s := score(m, &x.Link)
				held = append(held, s)
				if x.Split == part {
					heldTest = append(heldTest, s)
				}
			}
		}
		test := scores(m, ex, part)
		n, r := share(held, t)
		nt, rt := share(heldTest, t)
		fp, fs := share(test[SrcBenign], t)
		fmt.Printf("\nheld-out source %s, never trained on; the link model alone at the 0.5%% point: %s part %d of %d (%.1f%%), all %d of %d (%.1f%%); benign %s domains %d of %d (%.2f%%); AUC %.4f\n",
			src, part, nt, len(heldTest), 100*rt, n, len(held), 100*r, part, fp, len(test[SrcBenign]), 100*fs, auc(held, test[SrcBenign]))
		comb, err := fitCombiner(m, ex, src)
		if err != nil {
			return err
		}
		fmt.Printf("\nwhole classifier, %s held out of training and fitting: its %s part, all of it, and the benign %[2]s domains\n", src, part)
		reportClassifier(m, comb, ex, func(x *Example) bool { return x.Source == src && x.Split == part })
		if !tuneOnly {
			reportClassifier(m, comb, ex, func(x *Example) bool { return x.Source == src })
		}
		reportClassifier(m, comb, ex, func(x *Example) bool { return x.Split == part && !x.Phish })
	}
	return nil
}

// tune measures the link model on the validation split only, the way
// every choice of features, weights and settings is made: trained on the
// training split, recall of each source at the point where 0.5 % of
// validation benign domains score at or above; then, for each curated
// source, trained without it and measured on its validation part. The
// test split is never read here.
func tune(ex []Example, epochs int) {
	m := trainLink(ex, func(x *Example) bool { return x.Split == Train }, epochs, trainSeed, linkConfig)
	val := scores(m, ex, Validate)
	t := thresholdAt(val[SrcBenign], 0.005)
	fmt.Printf("validation, trained on the training split (0.5%% point):")
	for _, s := range []Source{SrcDiscord, SrcCrypto, SrcVietnam, SrcPhishDB, SrcPhishURL} {
		_, r := share(val[s], t)
		fmt.Printf(" %s %.3f", s, r)
	}
	_, r := share(append(append([]float64(nil), val[SrcBenignURL]...), val[SrcBenignGen]...), t)
	fmt.Printf(" benign-urls flagged %.4f\n", r)
	fmt.Printf("validation part of a source never trained on (0.5%% point):")
	for _, src := range []Source{SrcDiscord, SrcCrypto, SrcVietnam} {
		m := trainLink(ex, func(x *Example) bool { return x.Split == Train && x.Source != src }, epochs, trainSeed, linkConfig)
		val := scores(m, ex, Validate)
		t := thresholdAt(val[SrcBenign], 0.005)
		_, r := share(val[src], t)
		fmt.Printf(" %s %.3f (AUC %.3f)", src, r, auc(val[src], val[SrcBenign]))
	}
	fmt.Println()
}

// reportClassifier runs the examples kept by keep through the whole
// classifier, with the given model and combiner and no block list: each
// domain as a bare https://DOMAIN/ link, each URL as it is, with no words
// around them.
func reportClassifier(m *model.Model, comb *model.Combiner, ex []Example, keep func(*Example) bool) {
	c := bot.NewClassifier(bot.ClassifierConfig{LinkModel: m, Combiner: comb})
	type tally struct{ n, warn, del int }
	var t [numSources]tally
	for i := range ex {
		x := &ex[i]
		if !keep(x) {
			continue
		}
		text := "https://" + x.Link.Host + "/"
		if x.Source == SrcPhishURL || x.Source == SrcBenignURL || x.Source == SrcBenignGen || x.Source == SrcBenignLong || realBenign(x.Source) {
			text = x.Link.Raw
		}
		msg := bot.Message{ID: "x", Platform: bot.Discord, Chat: "c", User: "u", Time: t0, Text: text}
		v := c.Classify(&msg, bot.Hints{}).Verdict
		tt := &t[x.Source]
		tt.n++
		switch v.Level {
		case bot.Warn:
			tt.warn++
		case bot.Delete:
			tt.del++
		}
	}
	fmt.Printf("  %-12s %7s %16s %16s\n", "source", "n", "flagged", "deleted")
	for s := Source(0); s < numSources; s++ {
		tt := t[s]
		if tt.n == 0 {
			continue
		}
		f := tt.warn + tt.del
		fmt.Printf("  %-12s %7d %7d %7.2f%% %7d %7.2f%%\n", s, tt.n, f, 100*float64(f)/float64(tt.n), tt.del, 100*float64(tt.del)/float64(tt.n))
	}
}

// schemeWeight returns the link model's weight of a scheme, which every
// link with a path carries.
func schemeWeight(m *model.Model, scheme string) float32 {
	l, ok := linkx.Parse(scheme + "://example.org/x")
	if !ok {
		return 0
	}
	var fs model.Features
	model.PathFeatures(&l, &fs)
	if fs.N == 0 {
		return 0
	}
	return m.Weights[fs.List[0].Index]
}
