package bot

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/race"
)

// takenProductRef is takenProduct as it was before productNameBytes:
// each of products' names looked for in the site's name in turn.
// TestTakenProductMatchesReference holds takenProduct to it.
func takenProductRef(l *linkx.Link) *product {
	if l.Domain == "" || l.IP.IsValid() {
		return nil
	}
	site := strings.ToLower(strings.ReplaceAll(l.Label(), "-", ""))
	for i := range products {
		p := &products[i]
		for _, n := range p.names {
			if !strings.Contains(site, n) {
				continue
			}
			rest := strings.Replace(site, n, "", 1)
			if rest != "" && !siteTakers[rest] {
				continue // another name
			}
			for _, d := range p.domains {
				if l.Domain == d {
					return nil
				}
			}
			return p
		}
	}
	return nil
}

// TestTakenProductMatchesReference compares takenProduct with
// takenProductRef on sites named after the products, alone, with a
// download word, with other words, cut, in capitals, on the makers'
// own domains and on others.
func TestTakenProductMatchesReference(t *testing.T) {
	var names, domains []string
	for _, p := range products {
		names = append(names, p.names...)
		domains = append(domains, p.domains...)
	}
	var takers []string
	for w := range siteTakers {
		takers = append(takers, w)
	}
	slices.Sort(takers)
	others := []string{"shop", "info", "x", "my", "zoominfo", "slackware", "pro", "2024", "abc"}
	suffixes := []string{"com", "app", "net", "org", "site", "co.uk", "io", "top"}
	r := rand.New(rand.NewPCG(5, 8))
	taken := 0
	for i := 0; i < race.Cases(200000); i++ {
		var host string
		if r.IntN(8) == 0 {
			host = domains[r.IntN(len(domains))]
		} else {
			var parts []string
			for k := 1 + r.IntN(3); k > 0; k-- {
				switch r.IntN(4) {
				case 0, 1:
					n := names[r.IntN(len(names))]
					if r.IntN(6) == 0 {
						n = n[:len(n)-1]
					}
					parts = append(parts, n)
				case 2:
					parts = append(parts, takers[r.IntN(len(takers))])
				default:
					parts = append(parts, others[r.IntN(len(others))])
				}
			}
			sep := []string{"", "-"}[r.IntN(2)]
			host = strings.Join(parts, sep) + "." + suffixes[r.IntN(len(suffixes))]
			if r.IntN(4) == 0 {
				host = "www." + host
			}
			if r.IntN(8) == 0 {
				host = strings.ToUpper(host)
			}
		}
		l, ok := linkx.Parse("https://" + host + "/download")
		if !ok {
			continue
		}
		got, want := takenProduct(&l), takenProductRef(&l)
		if got != want {
			t.Fatalf("takenProduct(%s) = %v, the reference %v", host, got, want)
		}
		if got != nil {
			taken++
		}
	}
	if taken < race.Cases(10000) {
		t.Fatalf("only %d sites take a product's name: the test does not try them", taken)
	}
}

// TestTakenProductEveryPair compares takenProduct with takenProductRef
// on every site made of two of products' names, a name and a download
// word either side, and a name alone, on .com and on the product's own
// domain: where two names of different products are both in a site,
// the first of products must win, and namesByPair must not miss a name
// that starts at any byte of the site.
func TestTakenProductEveryPair(t *testing.T) {
	var names []string
	for _, p := range products {
		names = append(names, p.names...)
	}
	var sites []string
	for _, a := range names {
		sites = append(sites, a)
		for _, b := range names {
			sites = append(sites, a+b, a+"-"+b)
		}
		for w := range siteTakers {
			sites = append(sites, a+w, w+a, w+"-"+a)
		}
	}
	check := func(host string) {
		l, ok := linkx.Parse("https://" + host + "/download")
		if !ok {
			t.Fatalf("%s does not parse", host)
		}
		if got, want := takenProduct(&l), takenProductRef(&l); got != want {
			t.Fatalf("takenProduct(%s) = %v, the reference %v", host, got, want)
		}
	}
	for _, s := range sites {
		check(s + ".com")
	}
	for _, p := range products {
		for _, d := range p.domains {
			check(d)
		}
	}
}
