package model

import (
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
