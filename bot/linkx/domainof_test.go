package linkx

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/publicsuffix"
)

// TestDomainOfIsEffectiveTLDPlusOne holds domainOf to
// publicsuffix.EffectiveTLDPlusOne, which it replaces, on hosts made of
// public suffixes of one to three labels (co.uk, github.io, the
// wildcards of *.ck and the exceptions of www.ck), names, IP addresses,
// empty labels and dots at either end.
func TestDomainOfIsEffectiveTLDPlusOne(t *testing.T) {
	suffixes := []string{"com", "uk", "co.uk", "vn", "com.vn", "github.io", "ck", "www.ck", "kawasaki.jp", "city.kawasaki.jp",
		"appspot.com", "blogspot.com", "s3.amazonaws.com", "notatld", "xn--p1ai", "io", "gov.vn", "dyndns.org", "jp", "", "1"}
	labels := []string{"a", "example", "www", "xn--vitnt-xxa9e", "my-shop", "0", "127", "paypal", "co", "com", "github", "ck", "b_c"}
	r := rand.New(rand.NewPCG(4, 12))
	differ := 0
	for n := 0; n < 200000; n++ {
		var parts []string
		for k := r.IntN(4); k > 0; k-- {
			parts = append(parts, labels[r.IntN(len(labels))])
		}
		parts = append(parts, suffixes[r.IntN(len(suffixes))])
		host := strings.Join(parts, ".")
		switch r.IntN(12) {
		case 0:
			host = "." + host
		case 1:
			host += "."
		case 2:
			host = strings.Replace(host, ".", "..", 1)
		case 3:
			host = "10.0.0." + labels[r.IntN(len(labels))]
		}
		want, err := publicsuffix.EffectiveTLDPlusOne(host)
		suffix, _ := publicsuffix.PublicSuffix(host)
		got, ok := domainOf(host, suffix)
		if got != want || ok != (err == nil) {
			t.Fatalf("domainOf(%q) = %q, %v; EffectiveTLDPlusOne: %q, %v", host, got, ok, want, err)
		}
		if err != nil {
			differ++
		}
	}
	if differ < 10000 {
		t.Fatalf("only %d hosts have no registrable domain: the errors are not tried", differ)
	}
}
