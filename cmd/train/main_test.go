package main

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestUnweighedLinksAreNotTrainedOn: benign URLs to official hosts, which
// the classifier never reads the model on, are marked and left out of
// training; other benign URLs and every phishing one are trained on.
func TestUnweighedLinksAreNotTrainedOn(t *testing.T) {
	mk := func(u string, src Source, phish bool) Example {
		return Example{Link: mustParse(t, u), Source: src, Phish: phish, Weight: 1}
	}
	ex := []Example{
		mk("https://github.com/google/go-cmp/blob/master/README.md", SrcBenignURL, false),
		mk("https://go.dev/doc/effective_go", SrcBenignGen, false),
		mk("https://bakery-hanoi.com/menu/banh-mi", SrcBenignGen, false),
		mk("https://github.com/login/verify-account", SrcPhishURL, true),
		mk("https://secure-login-verify.example-shop.top/account/update.php", SrcPhishURL, true),
	}
	if n := markUnweighed(ex); n != 2 {
		t.Fatalf("%d marked, want 2", n)
	}
	want := []bool{true, true, false, false, false}
	for i := range ex {
		if ex[i].Unweighed != want[i] {
			t.Errorf("%s: unweighed %v, want %v", ex[i].Link.Raw, ex[i].Unweighed, want[i])
		}
	}
	// trained on the two marked links alone, the model learns nothing
	m := trainLink(ex[:2], func(*Example) bool { return true }, 1, 1, linkConfig)
	for _, w := range m.Weights {
		if w != 0 {
			t.Fatal("the model learned from links the classifier never weighs")
		}
	}
}

// TestDropGrams: an example shown without its spelling keeps its words,
// concepts, ending and shape.
func TestDropGrams(t *testing.T) {
	l, ok := linkx.Parse("https://claim-airdrop-rewardz.xyz/")
	if !ok {
		t.Fatal("parse")
	}
	var all model.Features
	model.HostFeatures(&l, &all)
	count := func(fs *model.Features) (grams int, others []model.Feature) {
		for _, f := range fs.List[:fs.N] {
			if f.Family == model.Spelling {
				grams++
			} else {
				others = append(others, f)
			}
		}
		return
	}
	g0, o0 := count(&all)
	fams := map[model.Family]bool{}
	for _, f := range o0 {
		fams[f.Family] = true
	}
	if g0 == 0 || !fams[model.Words] || !fams[model.TLD] || !fams[model.Shape] {
		t.Fatalf("%d n-grams, families %v: the example does not have what it tests", g0, fams)
	}
	fs := all
	dropGrams(&fs)
	g, o := count(&fs)
	if g != 0 {
		t.Errorf("%d n-grams left", g)
	}
	if !slices.Equal(o, o0) {
		t.Errorf("the other features changed: %v, want %v", o, o0)
	}
}

// TestVietnameseBenignList: every name of the hand-written list reads
// as a Vietnamese registrable domain or a Vietnamese firm's, each is
// loaded once as a benign example, and a name that a phishing list names
// or that the popular list holds already is left out.
func TestVietnameseBenignList(t *testing.T) {
	all := loadVietnameseBenign(nil, nil)
	if len(all) < 300 {
		t.Fatalf("%d names loaded, want the whole list (300 or more)", len(all))
	}
	seen := make(map[string]bool)
	for _, x := range all {
		if x.Phish || x.Source != SrcBenignVN {
			t.Errorf("%s: phish %v, source %s", x.Link.Domain, x.Phish, x.Source)
		}
		if seen[x.Link.Domain] {
			t.Errorf("%s loaded twice", x.Link.Domain)
		}
		seen[x.Link.Domain] = true
		if x.Link.Host != x.Link.Domain {
			// the list is of registrable domains: a subdomain
			// (dut.udn.vn) would stand for its whole domain
			t.Errorf("%s is written for %s", x.Link.Host, x.Link.Domain)
		}
	}
	if n := len(strings.Fields(strings.Join(slices.DeleteFunc(strings.Split(vietnameseBenign, "\n"), func(l string) bool { return strings.HasPrefix(l, "#") }), " "))); n != len(all) {
		t.Errorf("the list has %d names, %d loaded: a name is written twice", n, len(all))
	}
	for _, d := range []string{"vietcombank.com.vn", "tuoitre.vn", "hust.edu.vn", "chinhphu.vn"} {
		if !seen[d] {
			t.Errorf("%s not loaded", d)
		}
	}
	popular := []Example{{Link: all[1].Link, Source: SrcBenign}}
	some := loadVietnameseBenign(map[string]bool{all[0].Link.Domain: true}, popular)
	if len(some) != len(all)-2 {
		t.Fatalf("%d loaded with one name phishing and one popular, want %d", len(some), len(all)-2)
	}
	for _, x := range some {
		if x.Link.Domain == all[0].Link.Domain || x.Link.Domain == all[1].Link.Domain {
			t.Errorf("%s loaded", x.Link.Domain)
		}
	}
}

// TestVietnameseBusinessesAreFixed: the generated firms' names are the
// same for a seed, distinct, benign and Vietnamese endings.
func TestVietnameseBusinessesAreFixed(t *testing.T) {
	a, b := generateVietnameseBusinesses(500, 15), generateVietnameseBusinesses(500, 15)
	if len(a) != 500 {
		t.Fatalf("%d names, want 500", len(a))
	}
	seen := make(map[string]bool)
	for i := range a {
		if a[i].Link.Raw != b[i].Link.Raw {
			t.Fatalf("name %d: %s, then %s", i, a[i].Link.Raw, b[i].Link.Raw)
		}
		if seen[a[i].Link.Raw] || a[i].Phish || a[i].Source != SrcBenignVNGen {
			t.Errorf("%s: repeated, phishing or of another source", a[i].Link.Raw)
		}
		seen[a[i].Link.Raw] = true
	}
}

// TestDocURLsAreFixed: the documentation links are the same for a seed,
// benign, parse, and keep their popular domain's split.
func TestDocURLsAreFixed(t *testing.T) {
	var benign []Example
	for _, d := range []string{"owasp.org", "launchpad.net", "virustotal.com", "example-docs.io", "acme.dev"} {
		l, _ := linkx.Parse("https://" + d + "/")
		benign = append(benign, Example{Link: l, Source: SrcBenign, Split: splitOf(d)})
	}
	for range 40 {
		benign = append(benign, benign[:5]...)
	}
	a, b := generateDocURLs(benign, 0.5, 17), generateDocURLs(benign, 0.5, 17)
	if len(a) < 50 || len(a) != len(b) {
		t.Fatalf("%d and %d links, want the same number, at least 50", len(a), len(b))
	}
	for i := range a {
		if a[i].Link.Raw != b[i].Link.Raw {
			t.Fatalf("link %d: %s, then %s", i, a[i].Link.Raw, b[i].Link.Raw)
		}
		if a[i].Phish || a[i].Source != SrcBenignGen || a[i].Split != splitOf(a[i].Link.Domain) || !model.HasPath(&a[i].Link) {
			t.Errorf("%s: phishing, of another source or split, or no path", a[i].Link.Raw)
		}
	}
}

// TestDocumentationLinksAreAllowed: real sites' documentation and
// reference pages, of the shapes the trainer now writes benign examples
// of, are not flagged. Before generateDocURLs the link model warned or
// deleted each (0.58–0.95). They are not on the measurement sets.
func TestDocumentationLinksAreAllowed(t *testing.T) {
	c := bot.NewClassifier(bot.ClassifierConfig{})
	t0 := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for _, u := range []string{
		"https://www.virustotal.com/gui/file/44d88612fea8a8f36de82e1278abb02f/detection",
		"https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
		"https://vulkan-tutorial.com/Drawing_a_triangle/Setup/Validation_layers",
	} {
		m := bot.Message{ID: "x", Platform: bot.Telegram, Chat: "c", User: "u", Time: t0, Text: "see " + u, MemberSince: t0.AddDate(-1, 0, 0)}
		if v := c.Classify(&m, bot.Hints{}).Verdict; v.Level != bot.Allow {
			t.Errorf("%s: %s (%.2f) %v, want allowed", u, v.Level, v.Score, v.Reasons)
		}
	}
}

// TestTechBenignList: every name of the hand-written list of software
// projects' domains is loaded once, as a registrable domain, as a benign
// example of its own source; the popular list's names are left out.
func TestTechBenignList(t *testing.T) {
	all := loadBenignList(techBenign, SrcBenignTech, nil, nil)
	if len(all) < 100 {
		t.Fatalf("%d names loaded, want the whole list (100 or more)", len(all))
	}
	seen := make(map[string]bool)
	for _, x := range all {
		if x.Phish || x.Source != SrcBenignTech || seen[x.Link.Domain] || x.Link.Host != x.Link.Domain {
			t.Errorf("%s (%s): phish %v, source %s, seen %v", x.Link.Host, x.Link.Domain, x.Phish, x.Source, seen[x.Link.Domain])
		}
		seen[x.Link.Domain] = true
	}
	if n := len(strings.Fields(strings.Join(slices.DeleteFunc(strings.Split(techBenign, "\n"), func(l string) bool { return strings.HasPrefix(l, "#") }), " "))); n != len(all) {
		t.Errorf("the list has %d names, %d loaded: a name is written twice or is not a registrable domain", n, len(all))
	}
	popular := []Example{{Link: all[0].Link, Source: SrcBenign}}
	if some := loadBenignList(techBenign, SrcBenignTech, nil, popular); len(some) != len(all)-1 {
		t.Errorf("%d loaded beside one popular name, want %d", len(some), len(all)-1)
	}
}

// TestNetOnlyLeftOutOfTheModel: an example marked NetOnly (-vnnet) does
// not move the linear model: a model trained with it is the model
// trained without it, weight for weight.
func TestNetOnlyLeftOutOfTheModel(t *testing.T) {
	ex := rootExamples([]string{"claim-airdrop-now.xyz", "free-nitro-gift.top", "wallet-verify.live", "lucky88win.vip"},
		[]string{"golang.org", "wikipedia.org", "tuoitre.vn", "vnexpress.net"})
	all := func(*Example) bool { return true }
	before := trainModel(ex, all, 2, 1, linkConfig, false)
	l, _ := linkx.Parse("https://bet88win.vn/")
	ex = append(ex, Example{Link: l, Weight: 5, NetOnly: true, Source: SrcBenignVN})
	after := trainModel(ex, all, 2, 1, linkConfig, false)
	if before.Bias != after.Bias || !slices.Equal(before.Weights, after.Weights) {
		t.Fatal("a NetOnly example changed the linear model")
	}
	ex[len(ex)-1].NetOnly = false
	if taught := trainModel(ex, all, 2, 1, linkConfig, false); slices.Equal(before.Weights, taught.Weights) {
		t.Fatal("the same example, not NetOnly, left the model as it was: the test shows nothing")
	}
}

// rootExamples are the sites' root links as training examples of weight
// 1: the phishing names first, then the benign ones.
func rootExamples(phish, benign []string) []Example {
	var ex []Example
	for i, d := range append(slices.Clip(phish), benign...) {
		l, _ := linkx.Parse("https://" + d + "/")
		ex = append(ex, Example{Link: l, Phish: i < len(phish), Weight: 1})
	}
	return ex
}
