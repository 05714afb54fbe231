package linkx

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// normaliseNameRef is normaliseName as it was before keptIDN: every
// name not in ASCII through idna.Lookup's ToASCII and the Punycode
// profile's ToUnicode.
func normaliseNameRef(n *hostName, host string) {
	ascii := true
	for i := 0; i < len(host); i++ {
		if host[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		host = strings.ToLower(host)
	} else {
		a, err := idna.Lookup.ToASCII(host)
		if err != nil {
			a, err = idna.Punycode.ToASCII(strings.ToLower(host))
			if err != nil {
				return
			}
		}
		host = strings.TrimRight(a, ".")
	}
	if host == "" || strings.Contains(host, "..") || !validHostChars(host) {
		return
	}
	n.ok = true
	n.host = host
	n.unicode = host
	if strings.Contains(host, "xn--") {
		if u, err := idna.Punycode.ToUnicode(host); err == nil {
			n.unicode = u
		}
	}
	n.suffix, n.icann = publicsuffix.PublicSuffix(host)
	if d, ok := domainOf(host, n.suffix); ok {
		n.domain = d
	}
}

// TestKeptIDNMatchesIDNA holds normaliseName to normaliseNameRef on
// names built of every rune of latinRanges (kept or not, upper and lower
// case), combining marks, ß, ς, dotted and dotless i, Cyrillic, Greek,
// Arabic and Hebrew letters, joiners, hyphens where IDNA forbids them,
// "xn--", underscores, empty labels, emoji and bytes that are no UTF-8.
func TestKeptIDNMatchesIDNA(t *testing.T) {
	var runes []string
	for _, rg := range latinRanges {
		for r := rg[0]; r < rg[1]; r++ {
			runes = append(runes, string(r))
		}
	}
	others := []string{"a", "b", "z", "0", "9", "-", "--", ".", "..", "_", "xn--", "A", "Z", "\u0300", "\u0301", "\u0323", "\u0306",
		"ß", "ς", "İ", "ı", "а", "е", "α", "ب", "א", "\u200d", "\u200c", "😀", "\xff", "\xe1\xbb", "ⓐ", "ｆ", "ﬁ", "Å", "Ǆ", "ǅ"}
	kept := 0
	for _, s := range runes {
		for _, r := range s {
			if keptRune(r) {
				kept++
			}
		}
	}
	if kept < 150 {
		t.Fatalf("only %d runes kept: Vietnamese's letters are not all there", kept)
	}
	for _, w := range []string{"trườnghọc", "mitrốteớdauô55", "đ", "ư", "ơ", "ạ", "ế", "ở", "ự", "ỹ"} {
		if !keptIDN(w + ".vn") {
			t.Errorf("keptIDN(%q) = false", w+".vn")
		}
	}
	r := rand.New(rand.NewPCG(19, 19))
	fast := 0
	for i := 0; i < race.Cases(100000); i++ {
		var b strings.Builder
		for n := 1 + r.IntN(10); n > 0; n-- {
			switch r.IntN(6) {
			case 0, 1, 2:
				b.WriteString(runes[r.IntN(len(runes))])
			case 3:
				b.WriteString(others[r.IntN(len(others))])
			case 4:
				b.WriteByte("abcdefghijklmnopqrstuvwxyz0123456789"[r.IntN(36)])
			default:
				b.WriteString([]string{".", "-", ".com", ".vn", ".com.vn", ".top", ".github.io"}[r.IntN(7)])
			}
		}
		host := b.String()
		if r.IntN(4) == 0 {
			host = strings.Repeat(host, 2+r.IntN(30)) // long labels: Punycode's and DNS's limits
		}
		var got, want hostName
		normaliseName(&got, host)
		normaliseNameRef(&want, host)
		if got != want {
			t.Fatalf("normaliseName(%q) = %+v, reference %+v", host, got, want)
		}
		if keptIDN(host) {
			fast++
		}
	}
	if fast < race.Cases(100000)/50 {
		t.Fatalf("only %d names read by keptIDN: the test reads too few", fast)
	}
}
