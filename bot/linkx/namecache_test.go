package linkx

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"
)

// TestNameCacheChangesNothing parses links to the same hosts again and
// again with new paths, so that their names come from the cache of
// normalised names, and holds every field to a parse that normalises the
// name afresh: ASCII names in any case, IDNs written in Unicode and as
// punycode, names that are not valid IDNs, names with characters no host
// holds, public suffixes of the list and names on none. The cached names
// are no slice of the text they were read from.
func TestNameCacheChangesNothing(t *testing.T) {
	hosts := []string{"example.com", "WWW.Example.COM", "việtnét.vn", "xn--vitnt-xxa9e.vn", "ԁiscord.com", "DİSCORD.com",
		"sub.a.github.io", "shop.co.uk", "a_b.example.org", "bad!host.com", "x.notatld", "paypaǀ.com", "münchen.de",
		"a.b.c.d.e.f.g.h.kawasaki.jp", "ⓔxample.com", "xn--zz.com", "xn--e1afmkfd.xn--p1ai", "localhost", "com",
		"steamcommunity.com-trade.ru", "تست.com", "مثال.إختبار", "a\u200bb.com", "EXAMPLE.com.", "ex%41mple.com"}
	r := rand.New(rand.NewPCG(3, 7))
	for i := 0; i < 20000; i++ {
		h := hosts[r.IntN(len(hosts))]
		if r.IntN(3) == 0 {
			h = fmt.Sprintf("n%d-%s", r.IntN(500), h)
		}
		raw := fmt.Sprintf("https://%s/p/%d?q=%d", h, i, r.IntN(9))
		text := strings.Clone(raw) // the message the link is read from
		got, gotOK := parse(text)
		var fresh hostName
		// the name as parse hands it to normaliseHost
		rest := raw[len("https://"):]
		host := strings.TrimRight(rest[:strings.IndexAny(rest, "/?#\\")], ".")
		if strings.IndexByte(host, '%') >= 0 {
			if d, ok := unescape(host); ok {
				host = d
			}
		}
		normaliseName(&fresh, host)
		if gotOK != fresh.ok {
			t.Fatalf("%s: parsed %v, afresh %v", raw, gotOK, fresh.ok)
		}
		if !gotOK {
			continue
		}
		if got.Host != fresh.host || got.Unicode != fresh.unicode || got.Suffix != fresh.suffix || got.ICANN != fresh.icann || got.Domain != fresh.domain {
			t.Fatalf("%s: parsed %q %q %q %v %q, afresh %+v", raw, got.Host, got.Unicode, got.Suffix, got.ICANN, got.Domain, fresh)
		}
		lo := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		hi := lo + uintptr(len(text))
		for _, s := range []string{got.Host, got.Unicode, got.Suffix, got.Domain} {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); len(s) > 0 && p >= lo && p < hi {
				t.Fatalf("%s: %q is a slice of the message", raw, s)
			}
		}
	}
}
