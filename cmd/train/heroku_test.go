package main

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestWriteHerokuApps: only the training split's phishing sites on app
// platforms are written again, as new Heroku apps whose features are
// the bare app's (the identifier read off), weighing on top of their
// source; the written hosted sites only with -herokubenign.
func TestWriteHerokuApps(t *testing.T) {
	ex := func(raw string, phish bool, src Source, split Split) Example {
		return Example{Link: mustParse(t, raw), Phish: phish, Source: src, Split: split}
	}
	domains := []Example{
		ex("https://claim-airdrop.vercel.app/", true, SrcCrypto, Train),
		ex("https://a.wallet-sync.netlify.app/", true, SrcDiscord, Train),
		ex("https://verify-wallet.pages.dev/", true, SrcCrypto, Validate),
		ex("https://claim-airdrop.xyz/", true, SrcCrypto, Train),
		ex("https://amazingly-long-kit-name-beyond-thirty.web.app/", true, SrcPhishDB, Train),
		ex("https://my-blog.vercel.app/", false, SrcBenign, Train),
	}
	hosted := []Example{ex("https://sarah-portfolio.github.io/", false, SrcBenignHosted, Train)}
	got := writeHerokuApps(1, 0, 1, domains, hosted)
	var names []string
	for _, x := range got {
		if !x.Phish || !x.OnTop || x.Split != Train || x.Link.Suffix != "herokuapp.com" {
			t.Errorf("%s: %+v", x.Link.Host, x)
		}
		names = append(names, x.Link.Host)
	}
	if len(got) != 2 || !strings.HasPrefix(names[0], "claim-airdrop-") || !strings.HasPrefix(names[1], "wallet-sync-") {
		t.Fatalf("written %v, want claim-airdrop-<id> and wallet-sync-<id>", names)
	}
	if got[0].Source != SrcCrypto || got[1].Source != SrcDiscord {
		t.Errorf("sources %v %v", got[0].Source, got[1].Source)
	}
	// the model reads the app as its bare name
	bare, _ := linkx.Parse("https://claim-airdrop.herokuapp.com/")
	var a, b model.Features
	model.HostFeatures(&got[0].Link, &a)
	model.HostFeatures(&bare, &b)
	if a.N != b.N || a.List != b.List {
		t.Errorf("%s is read otherwise than its bare name", got[0].Link.Host)
	}
	if with := writeHerokuApps(1, 1, 1, domains, hosted); len(with) != 3 || with[2].Phish || with[2].Source != SrcBenignHosted {
		t.Errorf("with -herokubenign 1: %d written, want the hosted site as benign third", len(with))
	}
	if none := writeHerokuApps(0, 1, 1, domains, hosted); none != nil {
		t.Errorf("share 0 wrote %d", len(none))
	}
	// weighing on top: the source's other examples weigh as without it
	all := append(append([]Example(nil), domains...), hosted...)
	all = append(all, ex("https://go.dev/doc/", false, SrcBenignURL, Train)) // no 0/0 for the URLs' weights
	w0 := weigh(append([]Example(nil), all...), 1)
	w1 := weigh(append(all, got...), 1)
	if w0 != w1 {
		t.Errorf("weights moved: %v -> %v", w0, w1)
	}
}
