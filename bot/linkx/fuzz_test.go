package linkx_test

import (
	"net/netip"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// checkLinks reports every link that breaks what callers rely on.
func checkLinks(t *testing.T, text string, links []linkx.Link) {
	t.Helper()
	for i, l := range links {
		if l.Raw == "" {
			t.Errorf("Extract(%q)[%d]: empty Raw", text, i)
		}
		if l.Host == "" {
			t.Errorf("Extract(%q)[%d]: empty Host (Raw %q)", text, i, l.Raw)
		}
		for j := 0; j < len(l.Host); j++ {
			c := l.Host[j]
			if c >= 0x80 || c <= ' ' || c >= 'A' && c <= 'Z' {
				t.Errorf("Extract(%q)[%d]: Host %q is not lower-case ASCII without spaces", text, i, l.Host)
				break
			}
		}
		addr, err := netip.ParseAddr(l.Host)
		if isIP := err == nil; l.IP.IsValid() != isIP {
			t.Errorf("Extract(%q)[%d]: Host %q, IP %v: IP valid is %v, Host is an IP is %v", text, i, l.Host, l.IP, l.IP.IsValid(), isIP)
		} else if isIP && addr != l.IP {
			t.Errorf("Extract(%q)[%d]: Host %q but IP %v", text, i, l.Host, l.IP)
		}
		if l.Domain != "" && l.Host != l.Domain && !strings.HasSuffix(l.Host, "."+l.Domain) {
			t.Errorf("Extract(%q)[%d]: Domain %q is not the end of Host %q", text, i, l.Domain, l.Host)
		}
		if l.Domain != "" && !strings.HasSuffix(l.Domain, "."+l.Suffix) {
			t.Errorf("Extract(%q)[%d]: Domain %q does not end in Suffix %q", text, i, l.Domain, l.Suffix)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, g := range [][]extractCase{schemeLinks(), bareLinks(), notLinks(), disguisedLinks()} {
		for _, tc := range g {
			f.Add(tc.text)
		}
	}
	for _, s := range plainMessages {
		f.Add(s)
	}
	for _, s := range []string{
		strings.Repeat(".", 300),
		strings.Repeat("a.", 200) + "com",
		strings.Repeat("[.]", 100),
		"a" + strings.Repeat("[.]", 100) + "com",
		"http://" + strings.Repeat("a", 300) + ".com/",
		"http://" + strings.Repeat("ԁ", 100) + ".com/",
		strings.Repeat("://", 100),
		strings.Repeat("http://", 50),
		"http://xn--" + strings.Repeat("9", 80) + ".com",
		"http://\xff\xfe.com/\xc0",
		"a\xffb.com",
		"hxxp://\u200b\u200b.\u200b",
		"x . com . com . com",
		"http://[::1%25Eth0]:99999999999999/",
		"http://0x0x0x0/",
		"http://00000000000000000000000001/",
		"http://1.2.3.4.5.6/",
		"a@b@c@d.com",
		"[[[[https://x.com]]]]",
		"(((https://x.com/(((",
		"https://%2e%2e/%",
		"dlscord．．com",
		"a\u202e\u202e.com",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		links := linkx.Extract(text, nil)
		checkLinks(t, text, links)
		// Every link read from text also parses on its own.
		for _, l := range links {
			if _, ok := linkx.Parse(l.Raw); !ok {
				t.Errorf("Extract(%q) found %q, which Parse rejects", text, l.Raw)
			}
		}
		// Each link stands where its span says, in text order, in the text
		// with its disguises undone.
		clean, _ := linkx.Refang(text)
		at := 0
		for i := range links {
			start, end := links[i].Span()
			if start < at || end > len(clean) || clean[start:end] != links[i].Raw {
				t.Fatalf("Extract(%q)[%d]: span %d..%d does not hold %q after %d", text, i, start, end, links[i].Raw, at)
			}
			at = end
		}
		// A bound keeps a prefix and says whether there was more.
		for _, most := range []int{0, 1, 2} {
			got, more := linkx.ExtractMax(text, nil, most)
			if want := min(most, len(links)); len(got) != want || more != (len(links) > most) {
				t.Errorf("ExtractMax(%q, %d) = %d links, more %v; Extract finds %d", text, most, len(got), more, len(links))
			}
			for i := range got {
				if got[i].Raw != links[i].Raw || got[i].Disguised != links[i].Disguised || got[i].Hidden != links[i].Hidden {
					t.Errorf("ExtractMax(%q, %d)[%d] = %+v, Extract's is %+v", text, most, i, got[i], links[i])
				}
			}
		}
		if len(links) == 0 {
			return
		}
		one, ok := linkx.ExtractOne(text)
		if !ok || one.Raw != links[0].Raw {
			t.Errorf("ExtractOne(%q) = %q, %v; Extract's first is %q", text, one.Raw, ok, links[0].Raw)
		}
	})
}

// TestExtractBigInput feeds Extract megabytes of what makes a scanner
// backtrack or compare everything with everything. It asserts only that
// Extract returns, with the links it should find; a quadratic step shows as
// a test that takes minutes.
func TestExtractBigInput(t *testing.T) {
	t.Parallel()
	const mb = 1 << 20
	tests := []struct {
		name  string
		text  string
		links int // -1: any number
	}{
		{"a. repeated", strings.Repeat("a.", mb/2), 0},
		{"[.] repeated", strings.Repeat("[.]", mb/3), 0},
		{"a[.] repeated", strings.Repeat("a[.]", mb/4), 0},
		{"http:// repeated", strings.Repeat("http://", mb/7), 0},
		{"x", strings.Repeat("x", mb), 0},
		{"dots", strings.Repeat(".", mb), 0},
		{"spaces after a word", "a" + strings.Repeat(" ", mb), 0},
		{"one huge label", strings.Repeat("x", mb) + ".com", 1},
		{"one huge IDN label", "http://" + strings.Repeat("ԁαβγδεζηθικλμνξοπρστυφχψω", mb/50) + ".com", 1},
		{"huge punycode label", "http://xn--" + strings.Repeat("a", mb) + ".com", -1},
		{"many plain links", strings.Repeat("a.com ", mb/6), mb / 6},
		{"many scheme links", strings.Repeat("http://a ", mb/9), -1},
		{"many defanged links", strings.Repeat("a[.]com ", mb/8), mb / 8},
		{"many hxxp links", strings.Repeat("hxxp://a.com ", mb/13), mb / 13},
		{"one long run of invisibles", "a" + strings.Repeat("\u200b", mb/3) + "b.com", 1},
		{"a long run of invisibles, then nothing", "a" + strings.Repeat("\u200b", mb/3), 0},
		{"many hidden links", strings.Repeat("d\u200bi.com ", mb/10), mb / 10},
		{"many spaced dots", strings.Repeat("ab . com ", mb/9), -1},
		{"many e-mails", strings.Repeat("a@", mb/2) + "b.com", 0},
		{"many calls", strings.Repeat("a.com(", mb/6), 0},
		{"invalid UTF-8", strings.Repeat("\xff.", mb/2), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			links := linkx.Extract(tc.text, nil)
			if tc.links >= 0 && len(links) != tc.links {
				t.Errorf("%d links, want %d", len(links), tc.links)
			}
		})
	}
}
