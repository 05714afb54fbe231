package model

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

func TestEmbeddedWeightsDecode(t *testing.T) {
	m := Link()
	if len(m.Weights) != 1<<Bits {
		t.Fatalf("%d weights", len(m.Weights))
	}
	nonzero := 0
	for _, w := range m.Weights {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero < 10000 {
		t.Fatalf("only %d weights are set: the embedded model is empty", nonzero)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	m := &Model{Bias: -1.5, Weights: make([]float32, 1<<Bits)}
	m.Weights[7], m.Weights[99] = 2.5, -0.75
	got, err := Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if got.Bias != m.Bias || abs32(got.Weights[7]-2.5) > 1e-3 || abs32(got.Weights[99]+0.75) > 1e-3 {
		t.Fatalf("round trip: bias %v w7 %v w99 %v", got.Bias, got.Weights[7], got.Weights[99])
	}
	if _, err := Decode([]byte("nope")); err == nil {
		t.Fatal("garbage decoded")
	}
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// TestScoresSeparate checks the shipped model on names written for this
// test (none from the training lists): scam-shaped names score above
// plain ones.
func TestScoresSeparate(t *testing.T) {
	m := Link()
	logit := func(u string) float32 {
		l, ok := linkx.Parse(u)
		if !ok {
			t.Fatalf("parse %s", u)
		}
		var h, p Features
		HostFeatures(&l, &h)
		PathFeatures(&l, &p)
		return m.Bias + m.Logit(&h) + m.Logit(&p)
	}
	scam := []string{
		"https://claim-airdrop-rewardz.xyz/", "https://dlscorcl-nitro-gifts.ru/", "https://xn--ledgr-recovery-secure.top/",
		"https://metamask-wallet-restore-9.click/", "https://secure-paypa1-login-verify.online/webscr/signin.php",
	}
	plain := []string{
		"https://bakeryhanoi.com/", "https://jvns.ca/blog/2023/post/", "https://rust-analyzer.github.io/manual.html",
		"https://www.lemonde.fr/international/", "https://pkg.go.dev/net/http",
	}
	for _, s := range scam {
		for _, p := range plain {
			if logit(s) <= logit(p) {
				t.Errorf("%s (%.2f) scores no higher than %s (%.2f)", s, logit(s), p, logit(p))
			}
		}
	}
}

// An IDN name in Latin letters is read without its marks, as its reader
// spells it; one in another script is left as punycode; and the host's
// features are the folded name's, with the IDN flag beside them.
func TestFoldIDN(t *testing.T) {
	for _, tc := range []struct{ host, want string }{
		{"việtnét.vn", "vietnet"},
		{"ĐIỆNMÁY.vn", "dienmay"},
		{"xn--discrd-zxa.com", "discord"},
		{"ångströ.com", "angstro"},
		{"bahisşirketleri2.com", "bahissirketleri2"},
		{"гибдд.рф", ""},
		{"中银会.com", ""},
		{"vietnet.vn", ""},
	} {
		l, ok := linkx.Parse("https://" + tc.host + "/")
		if !ok {
			t.Fatalf("parse %s", tc.host)
		}
		got, ok := foldIDN(&l, l.Label())
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("%s (%s): %q %v, want %q", tc.host, l.Label(), got, ok, tc.want)
		}
	}
	hash := func(u string) []uint32 {
		l, _ := linkx.Parse(u)
		var fs Features
		HostFeatures(&l, &fs)
		var hs []uint32
		for _, f := range fs.List[:fs.N] {
			hs = append(hs, f.Index)
		}
		slices.Sort(hs)
		return slices.Compact(hs)
	}
	idn, ascii := hash("https://việtnét.vn/"), hash("https://vietnet.vn/")
	extra := 0
	for _, h := range idn {
		if !slices.Contains(ascii, h) {
			extra++
		}
	}
	if extra != 1 || len(idn) != len(ascii)+1 {
		t.Errorf("việtnét.vn: %d features, %d not vietnet.vn's (%d): want its features and the IDN flag", len(idn), extra, len(ascii))
	}
}

func TestScoringAllocatesNothing(t *testing.T) {
	m := Link()
	l, _ := linkx.Parse("https://secure-login-verify.example-shop.top/account/update.php?email=a@b.c")
	n := testing.AllocsPerRun(100, func() {
		var h, p Features
		HostFeatures(&l, &h)
		PathFeatures(&l, &p)
		_ = m.Logit(&h) + m.Logit(&p)
	})
	if n != 0 {
		t.Fatalf("%v allocations", n)
	}
}

// TestNameWords: the words a name is built from, whole or inside longer
// ones, each once, of both kinds; the concept features they give are the
// same whatever else the name holds.
func TestNameWords(t *testing.T) {
	for _, tc := range []struct {
		label string
		want  []string
	}{
		{"claim-distribution-node", []string{"claim", "distribution"}},
		{"freenitrogift", []string{"freenitro"}},
		{"vongquay-lienquan88", []string{"vongquay", "lienquan"}},
		{"taixiumomo", []string{"taixiu"}},
		{"dappsrectification", []string{"rectification", "dapps"}},
		{"bakeryhanoi", nil},
	} {
		got := NameWords(tc.label)
		if !slices.Equal(got, tc.want) {
			t.Errorf("NameWords(%q) = %q, want %q", tc.label, got, tc.want)
		}
	}
	for w, scheme := range map[string]bool{"migrate": true, "taixiu": true, "vaytien": true, "verify": false, "nitro": false} {
		if SchemeWord(w) != scheme {
			t.Errorf("SchemeWord(%q) = %v, want %v", w, !scheme, scheme)
		}
	}
}

// TestConcepts: a name built from a scheme word or a lure word carries that concept's feature once per word, up to two.
func TestConcepts(t *testing.T) {
	count := func(label, concept string) int {
		var fs Features
		concepts(&fs, label)
		n := 0
		for k := byte(1); k <= 2; k++ {
			h := hashByte(hashBytes(hashStart('K'), concept), k) & mask
			for _, f := range fs.List[:fs.N] {
				if f.Index == h {
					n++
				}
			}
		}
		return n
	}
	for _, tc := range []struct {
		label, concept string
		want           int
	}{
		{"wallet-migrate-bridge", "scheme", 2},
		{"secure-login-verify", "lure", 2},
		{"bakeryhanoi", "scheme", 0},
	} {
		if got := count(tc.label, tc.concept); got != tc.want {
			t.Errorf("%s: %d %s features, want %d", tc.label, got, tc.concept, tc.want)
		}
	}
}

// TestPathConcepts: a path that names a brand, writes a domain name or
// holds lure or scheme words carries those concepts; an ordinary path
// carries none, and reading them allocates nothing.
func TestPathConcepts(t *testing.T) {
	has := func(fs *Features, concept string, k byte) bool {
		h := hashBytes(hashStart('V'), concept)
		if k > 0 {
			h = hashByte(h, k)
		}
		for _, f := range fs.List[:fs.N] {
			if f.Index == h&mask {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		url                         string
		brand, domain, lure, scheme bool
	}{
		{"https://bakery-hanoi.com/.well-known/www.paypal.com/signin.php", true, true, true, false},
		{"http://plumber-example.cz/temp/hashh/OneDrive/verify", true, false, true, false},
		{"https://shop-example.net/wp-content/ITAU.com.br-atualize/index.php", false, true, false, false},
		{"https://gift-example.top/claim/airdrop/distribution", false, false, true, true},
		{"https://example-blog.org/2024/05/how-to-bake-bread", false, false, false, false},
		{"https://docs.example.dev/reference/index.html", false, false, false, false},
	} {
		l, ok := linkx.Parse(tc.url)
		if !ok {
			t.Fatalf("parse %s", tc.url)
		}
		var fs Features
		PathFeatures(&l, &fs)
		got := [4]bool{has(&fs, "brand", 0), has(&fs, "domain", 0), has(&fs, "lure", 1), has(&fs, "scheme", 1)}
		if want := [4]bool{tc.brand, tc.domain, tc.lure, tc.scheme}; got != want {
			t.Errorf("%s: brand, domain, lure, scheme = %v, want %v", tc.url, got, want)
		}
		if n := testing.AllocsPerRun(50, func() { fs.N = 0; PathFeatures(&l, &fs) }); n != 0 {
			t.Errorf("%s: %v allocations", tc.url, n)
		}
	}
}
