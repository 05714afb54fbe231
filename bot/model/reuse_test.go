package model

import (
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/race"
)

// TestExplainPartIsExplain holds HostPart and ExplainPart, which keep
// what a host's features add so that its other links are explained
// without them, to Explain of the host's and the path's features: the
// same contributions, sums to the last bit, for 60,000 links (a quarter under -race) of
// phishing-like, ordinary and Vietnamese names, on hosting platforms,
// with lure words and files in their paths, under the embedded model
// (whose expert wins some of them) and under a model without experts.
func TestExplainPartIsExplain(t *testing.T) {
	host, path := linkParts(rand.New(rand.NewPCG(14, 9)))
	models := []*Model{Link(), {Bias: Link().Bias, Weights: Link().Weights}}
	won, lost := 0, 0
	for i := 0; i < race.Cases(60000); i++ {
		l, ok := linkx.Parse("https://" + host() + path())
		if !ok {
			continue // a word Parse does not take in a host name
		}
		var hf, pf Features
		HostFeatures(&l, &hf)
		PathFeatures(&l, &pf)
		m := models[i%2]
		want := m.Explain(0.5, &hf, &pf)
		hp := m.HostPart(0.5, &hf)
		if !hp.For(m, 0.5) || hp.For(m, 0.25) || hp.For(models[(i+1)%2], 0.5) {
			t.Fatalf("%s: For does not tell its model and floor", l.Raw)
		}
		// the logits HostPart sums with its explainers are Logit's, to the bit
		if hp.logit != m.Logit(&hf) {
			t.Fatalf("%s: HostPart's logit %v, Logit %v", l.Raw, hp.logit, m.Logit(&hf))
		}
		for k, e := range m.Experts {
			if got, want := hp.experts[k].logit, e.Bias+e.Logit(&hf); got != want {
				t.Fatalf("%s: HostPart's expert logit %v, expert's Logit %v", l.Raw, got, want)
			}
		}
		if len(hp.experts) != len(m.Experts) {
			t.Fatalf("%s: HostPart has %d experts, the model %d", l.Raw, len(hp.experts), len(m.Experts))
		}
		for k := 0; k < 2; k++ { // a second link of the host reads the same part
			if got := hp.ExplainPart(&pf); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: ExplainPart %+v, Explain %+v", l.Raw, got, want)
			}
		}
		if e, ok := m.ExpertLogit(&hf); ok && e > m.Bias+m.Logit(&hf)+m.Logit(&pf) {
			won++
		} else if len(want) > 0 {
			lost++
		}
	}
	if won < race.Cases(100) || lost < race.Cases(1000) {
		t.Fatalf("the expert explained %d links and the model %d: too few of either to tell", won, lost)
	}
	t.Logf("explained by the expert: %d, by the model: %d", won, lost)
}

// TestLabelWordsAreNameWords holds the words HostFeatures keeps of a
// registrable label (Features.LabelWords) to NameWords of the label, for
// 60,000 hosts (a quarter under -race) read one after another into the same Features, and asked
// for the host's label and for another's.
func TestLabelWordsAreNameWords(t *testing.T) {
	host, _ := linkParts(rand.New(rand.NewPCG(14, 10)))
	var fs Features
	kept, other := 0, "paypal-verify"
	for i := 0; i < race.Cases(60000); i++ {
		l, ok := linkx.Parse("https://" + host())
		if !ok {
			continue // a word Parse does not take in a host name
		}
		fs.N = 0
		HostFeatures(&l, &fs)
		lw := fs.LabelWords()
		site, _ := Site(l)
		for _, label := range []string{site.Label(), other} {
			want := NameWords(label)
			if got := lw.NameWords(label); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: LabelWords.NameWords(%q) %q, NameWords %q", l.Raw, label, got, want)
			}
		}
		if lw.label == site.Label() && len(lw.found.w[:lw.found.n]) > 0 {
			kept++
		}
		other = site.Label()
	}
	if kept < race.Cases(10000) {
		t.Fatalf("words kept for %d labels only", kept)
	}
}

// linkParts returns makers of random host names and paths: brands, lure
// and scheme words, ordinary and made-up words, digits, hyphens,
// subdomains, Vietnamese words, hosting platforms.
func linkParts(r *rand.Rand) (host, path func() string) {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	word := func() string {
		return pick("paypal", "discord", "steam", "vietcombank", "binance", "metamask", "apple", "google", "wallet",
			"airdrop", "claim", "gift", "free", "nitro", "verify", "secure", "login", "account", "support", "xacthuc",
			"nhanqua", "khuyenmai", "xn--vitnt-xxa9e", "nhận", "quà", "bamodeni", "tiki", "shop", "blog", "club", "news", "photo", "album", "app", "cdn",
			"a1b2c3", "x9", "trezor", "ledger", "uniswap", "bidv", "mbbank", "rakuten", "netflix", "yahoo")
	}
	host = func() string {
		h := word()
		for n := r.IntN(3); n > 0; n-- {
			h += pick("-", "", "") + word()
		}
		if r.IntN(4) == 0 {
			h += strconv.Itoa(r.IntN(1000))
		}
		if r.IntN(3) == 0 {
			h = word() + "." + h
		}
		return h + "." + pick("com", "top", "xyz", "vn", "com.vn", "ru", "github.io", "webflow.io", "online", "site", "io", "net", "workers.dev")
	}
	path = func() string {
		p := ""
		for n := r.IntN(4); n > 0; n-- {
			p += "/" + pick(word(), "login.php", "wp-includes", "signin", "verify", "update.exe", "file.zip", "index.html", strconv.Itoa(r.IntN(99999)))
		}
		if r.IntN(4) == 0 {
			p += "?" + pick("id=", "token=", "redirect=") + word()
		}
		return p
	}
	return host, path
}
