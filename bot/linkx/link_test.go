package linkx_test

import (
	"net/netip"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

func TestParse(t *testing.T) {
	t.Parallel()
	ip := netip.MustParseAddr
	tests := []struct {
		name string
		raw  string
		want linkx.Link
	}{
		{"https", "https://example.com/a", linkx.Link{
			Raw: "https://example.com/a", Scheme: "https", Host: "example.com", Unicode: "example.com",
			Path: "/a", Domain: "example.com", Suffix: "com", ICANN: true}},
		{"bare", "discord.com", linkx.Link{
			Raw: "discord.com", Host: "discord.com", Unicode: "discord.com",
			Domain: "discord.com", Suffix: "com", ICANN: true, Bare: true}},
		{"case and trailing dot", "HTTPS://DISCORD.COM./x", linkx.Link{
			Raw: "HTTPS://DISCORD.COM./x", Scheme: "https", Host: "discord.com", Unicode: "discord.com",
			Path: "/x", Domain: "discord.com", Suffix: "com", ICANN: true}},
		{"IDN to ASCII", "https://ԁiscord.com", linkx.Link{
			Raw: "https://ԁiscord.com", Scheme: "https", Host: "xn--iscord-vug.com", Unicode: "ԁiscord.com",
			Domain: "xn--iscord-vug.com", Suffix: "com", ICANN: true}},
		{"upper-case IDN", "https://ԀISCORD.com", linkx.Link{
			Raw: "https://ԀISCORD.com", Scheme: "https", Host: "xn--iscord-vug.com", Unicode: "ԁiscord.com",
			Domain: "xn--iscord-vug.com", Suffix: "com", ICANN: true}},
		{"punycode back to Unicode", "http://xn--iscord-vug.com", linkx.Link{
			Raw: "http://xn--iscord-vug.com", Scheme: "http", Host: "xn--iscord-vug.com", Unicode: "ԁiscord.com",
			Domain: "xn--iscord-vug.com", Suffix: "com", ICANN: true}},
		{"German IDN", "https://münchen.de/", linkx.Link{
			Raw: "https://münchen.de/", Scheme: "https", Host: "xn--mnchen-3ya.de", Unicode: "münchen.de",
			Path: "/", Domain: "xn--mnchen-3ya.de", Suffix: "de", ICANN: true}},
		{"user@host", "https://discord.com@nitro-drop.xyz", linkx.Link{
			Raw: "https://discord.com@nitro-drop.xyz", Scheme: "https", UserInfo: "discord.com",
			Host: "nitro-drop.xyz", Unicode: "nitro-drop.xyz", Domain: "nitro-drop.xyz", Suffix: "xyz", ICANN: true}},
		{"user:pass, port, query, fragment", "https://user:pass@EXAMPLE.com:99/a?b=1#c", linkx.Link{
			Raw: "https://user:pass@EXAMPLE.com:99/a?b=1#c", Scheme: "https", UserInfo: "user:pass",
			Host: "example.com", Unicode: "example.com", Port: "99", Path: "/a", Query: "b=1",
			Domain: "example.com", Suffix: "com", ICANN: true}},
		{"fragment with question mark", "https://example.com/a#x?y", linkx.Link{
			Raw: "https://example.com/a#x?y", Scheme: "https", Host: "example.com", Unicode: "example.com",
			Path: "/a", Domain: "example.com", Suffix: "com", ICANN: true}},
		{"registrable domain under co.uk", "https://a.b.example.co.uk:8443/p/q%20r.exe?x=1#f", linkx.Link{
			Raw: "https://a.b.example.co.uk:8443/p/q%20r.exe?x=1#f", Scheme: "https",
			Host: "a.b.example.co.uk", Unicode: "a.b.example.co.uk", Port: "8443", Path: "/p/q%20r.exe", Query: "x=1",
			Domain: "example.co.uk", Suffix: "co.uk", ICANN: true}},
		{"private suffix", "https://a.github.io/x", linkx.Link{
			Raw: "https://a.github.io/x", Scheme: "https", Host: "a.github.io", Unicode: "a.github.io",
			Path: "/x", Domain: "a.github.io", Suffix: "github.io"}},
		{"host is a public suffix", "https://co.uk/", linkx.Link{
			Raw: "https://co.uk/", Scheme: "https", Host: "co.uk", Unicode: "co.uk", Path: "/",
			Suffix: "co.uk", ICANN: true}},
		{"single label", "https://localhost:3000/", linkx.Link{
			Raw: "https://localhost:3000/", Scheme: "https", Host: "localhost", Unicode: "localhost",
			Port: "3000", Path: "/", Suffix: "localhost"}},
		{"backslashes", `https:\\evil.com\x`, linkx.Link{
			Raw: `https:\\evil.com\x`, Scheme: "https", Host: "evil.com", Unicode: "evil.com",
			Path: "/x", Domain: "evil.com", Suffix: "com", ICANN: true}},
		{"backslash before @", `evil.com\@good.com`, linkx.Link{
			Raw: `evil.com\@good.com`, Host: "evil.com", Unicode: "evil.com", Path: "/@good.com",
			Domain: "evil.com", Suffix: "com", ICANN: true, Bare: true}},
		{"percent-encoded host", "https://%65vil.com/", linkx.Link{
			Raw: "https://%65vil.com/", Scheme: "https", Host: "evil.com", Unicode: "evil.com", Path: "/",
			Domain: "evil.com", Suffix: "com", ICANN: true}},
		{"underscore", "https://exa_mple.com", linkx.Link{
			Raw: "https://exa_mple.com", Scheme: "https", Host: "exa_mple.com", Unicode: "exa_mple.com",
			Domain: "exa_mple.com", Suffix: "com", ICANN: true}},

		{"IPv4", "http://192.168.1.1/", linkx.Link{
			Raw: "http://192.168.1.1/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1")}},
		{"IPv4 decimal", "http://3232235777/", linkx.Link{
			Raw: "http://3232235777/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1"), NumericIP: true}},
		{"IPv4 hex", "http://0xC0A80101/", linkx.Link{
			Raw: "http://0xC0A80101/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1"), NumericIP: true}},
		{"IPv4 octal", "http://0300.0250.1.1/", linkx.Link{
			Raw: "http://0300.0250.1.1/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1"), NumericIP: true}},
		{"IPv4 mixed", "http://0xC0.0250.0x1.01/", linkx.Link{
			Raw: "http://0xC0.0250.0x1.01/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1"), NumericIP: true}},
		{"IPv4 three parts", "http://192.168.257/", linkx.Link{
			Raw: "http://192.168.257/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1"), NumericIP: true}},
		{"IPv4 two parts, hex", "http://0x7f.1/", linkx.Link{
			Raw: "http://0x7f.1/", Scheme: "http", Host: "127.0.0.1", Unicode: "127.0.0.1",
			Path: "/", IP: ip("127.0.0.1"), NumericIP: true}},
		{"IPv4 one octal part", "http://017700000001/", linkx.Link{
			Raw: "http://017700000001/", Scheme: "http", Host: "127.0.0.1", Unicode: "127.0.0.1",
			Path: "/", IP: ip("127.0.0.1"), NumericIP: true}},
		{"IPv4 largest", "http://4294967295/", linkx.Link{
			Raw: "http://4294967295/", Scheme: "http", Host: "255.255.255.255", Unicode: "255.255.255.255",
			Path: "/", IP: ip("255.255.255.255"), NumericIP: true}},
		{"IPv4 with port", "http://1.2.3.4:8080/x", linkx.Link{
			Raw: "http://1.2.3.4:8080/x", Scheme: "http", Host: "1.2.3.4", Unicode: "1.2.3.4",
			Port: "8080", Path: "/x", IP: ip("1.2.3.4")}},
		{"IPv6", "http://[2001:DB8::1]:443/x", linkx.Link{
			Raw: "http://[2001:DB8::1]:443/x", Scheme: "http", Host: "2001:db8::1", Unicode: "2001:db8::1",
			Port: "443", Path: "/x", IP: ip("2001:db8::1")}},
		{"IPv6 loopback", "http://[::1]/", linkx.Link{
			Raw: "http://[::1]/", Scheme: "http", Host: "::1", Unicode: "::1", Path: "/", IP: ip("::1")}},
		{"IPv4-mapped IPv6", "http://[::ffff:192.168.1.1]/", linkx.Link{
			Raw: "http://[::ffff:192.168.1.1]/", Scheme: "http", Host: "192.168.1.1", Unicode: "192.168.1.1",
			Path: "/", IP: ip("192.168.1.1")}},
		{"IPv6 zone dropped", "http://[fe80::1%25Eth0]/", linkx.Link{
			Raw: "http://[fe80::1%25Eth0]/", Scheme: "http", Host: "fe80::1", Unicode: "fe80::1",
			Path: "/", IP: ip("fe80::1")}},
		{"too big for IPv4", "http://4294967296/", linkx.Link{
			Raw: "http://4294967296/", Scheme: "http", Host: "4294967296", Unicode: "4294967296",
			Path: "/", Suffix: "4294967296"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, ok := linkx.Parse(tc.raw)
			if !ok {
				t.Fatalf("Parse(%q) reported no link", tc.raw)
			}
			if got != tc.want {
				t.Errorf("Parse(%q)\n got %+v\nwant %+v", tc.raw, got, tc.want)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, raw string }{
		{"empty", ""},
		{"scheme only", "https://"},
		{"dots only", "https://..."},
		{"empty label first", "https://..com"},
		{"empty label inside", "https://a..b.com"},
		{"space in host", "https://ex ample.com"},
		{"bad escape", "https://%zz.com"},
		{"forbidden character", "https://exa!mple.com"},
		{"only user info", "https://user@/x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if l, ok := linkx.Parse(tc.raw); ok {
				t.Errorf("Parse(%q) = host %q, want no link", tc.raw, l.Host)
			}
		})
	}
}

func TestLinkParts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                           string
		raw                            string
		label, subdomain, file, target string
	}{
		{"www", "https://www.dlscord.com/nitro", "dlscord", "www", "nitro", "www.dlscord.com/nitro"},
		{"no subdomain, no path", "https://example.com", "example", "", "", "example.com"},
		{"deep subdomain", "https://a.b.example.co.uk/x/y.zip", "example", "a.b", "y.zip", "a.b.example.co.uk/x/y.zip"},
		{"trailing slash", "https://example.com/dir/", "example", "", "", "example.com/dir"},
		{"root", "https://example.com/", "example", "", "", "example.com"},
		{"percent-decoded file", "https://example.com/%E1%BA%A3nh%20m%E1%BB%9Bi.exe", "example", "", "ảnh mới.exe", "example.com/%E1%BA%A3nh%20m%E1%BB%9Bi.exe"},
		{"malformed escape kept", "https://example.com/a%zz", "example", "", "a%zz", "example.com/a%zz"},
		{"query is not the file", "https://example.com/get?f=/x.exe", "example", "", "get", "example.com/get"},
		{"IP", "http://10.0.0.1/x", "10.0.0.1", "", "x", "10.0.0.1/x"},
		{"public suffix host", "https://github.io", "github.io", "", "", "github.io"},
		{"private suffix", "https://a.b.github.io/p", "b", "a", "p", "a.b.github.io/p"},
		{"IDN", "https://www.ԁiscord.com/", "xn--iscord-vug", "www", "", "www.xn--iscord-vug.com"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, ok := linkx.Parse(tc.raw)
			if !ok {
				t.Fatalf("Parse(%q) reported no link", tc.raw)
			}
			if got := l.Label(); got != tc.label {
				t.Errorf("Label() = %q, want %q", got, tc.label)
			}
			if got := l.Subdomain(); got != tc.subdomain {
				t.Errorf("Subdomain() = %q, want %q", got, tc.subdomain)
			}
			if got := l.File(); got != tc.file {
				t.Errorf("File() = %q, want %q", got, tc.file)
			}
			if got := l.Target(); got != tc.target {
				t.Errorf("Target() = %q, want %q", got, tc.target)
			}
		})
	}
}

func TestTargetSamePage(t *testing.T) {
	t.Parallel()
	a, _ := linkx.Parse("https://Evil.com/gift/")
	b, _ := linkx.Parse("evil.com/gift?ref=1")
	c, _ := linkx.Parse("https://evil.com/other")
	if a.Target() != b.Target() {
		t.Errorf("targets differ: %q, %q", a.Target(), b.Target())
	}
	if a.Target() == c.Target() {
		t.Errorf("different pages share target %q", a.Target())
	}
}

func TestDefang(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"host", "evil.com", "evil[.]com"},
		{"https URL, path dots kept", "https://evil.com/x.y", "hxxps://evil[.]com/x.y"},
		{"http", "http://a.b.evil.com", "hxxp://a[.]b[.]evil[.]com"},
		{"query dots kept", "https://evil.com?u=a.b", "hxxps://evil[.]com?u=a.b"},
		{"other scheme", "ftp://x.y", "ftp://x[.]y"},
		{"IPv6", "http://[::1]/a.b", "hxxp://[::1]/a.b"},
		{"IPv4", "1.2.3.4", "1[.]2[.]3[.]4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := linkx.Defang(tc.in)
			if got != tc.want {
				t.Errorf("Defang(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if tc.in == "" {
				return
			}
			// A defanged link is never read as a plain one, and reads back
			// as the same host once refanged.
			back, kind := linkx.Refang(got)
			if kind&linkx.KindDefanged == 0 {
				t.Errorf("Refang(%q) kind = %b, want defanged", got, kind)
			}
			if back != tc.in {
				t.Errorf("Refang(Defang(%q)) = %q", tc.in, back)
			}
		})
	}
}

func TestRefang(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		want string
		kind linkx.Kind
	}{
		{"plain text", "hello world", "hello world", 0},
		{"plain link", "https://example.com/a.b", "https://example.com/a.b", 0},
		{"Vietnamese", "Xác minh tài khoản. Được không?", "Xác minh tài khoản. Được không?", 0},
		{"emoji ZWJ", "👨\u200d👩\u200d👧 ok", "👨\u200d👩\u200d👧 ok", 0},
		{"lone [.]", "[.] and (dot)", "[.] and (dot)", 0},
		{"capitalised sentence", "It's late. Com on", "It's late. Com on", 0},
		{"sentence with dot and words", "ok . see you", "ok . see you", 0},
		{"hxxp", "hxxp://a.com", "http://a.com", linkx.KindDefanged},
		{"[.]", "a[.]com", "a.com", linkx.KindDefanged},
		{"[:]", "https[:]//a.com", "https://a.com", linkx.KindDefanged},
		{"spaced dot", "dlscord . com", "dlscord.com", linkx.KindSpacedDot},
		{"full-width", "a．com", "a.com", linkx.KindWideDot},
		{"ideographic", "a。com", "a.com", linkx.KindWideDot},
		{"halfwidth ideographic", "a｡com", "a.com", linkx.KindWideDot},
		{"wide dot between non-ASCII", "日本。東京", "日本。東京", 0},
		{"zero-width", "a\u200b.com", "a.com", linkx.KindInvisible},
		{"all at once", "hxxps://d\u200bl[.]scord . com", "https://dl.scord.com", linkx.KindDefanged | linkx.KindInvisible | linkx.KindSpacedDot},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, kind := linkx.Refang(tc.in)
			if got != tc.want || kind != tc.kind {
				t.Errorf("Refang(%q) = %q, %b; want %q, %b", tc.in, got, kind, tc.want, tc.kind)
			}
		})
	}
}

// plainMessages are chat messages with no link, as a group sees them all
// day: they must cost nothing to scan.
var plainMessages = []string{
	"",
	"ok",
	"haha yes, see you at 7. bring snacks!",
	"I think v1.2.3 fixed it... or was it 1.2.4? e.g. the crash on start.",
	"Did you read README.md? Run install.sh then open index.php :)",
	"lol 😂😂 that's so true. ok. see you",
	"It's late. Com on, let's go 🚀",
	"👨\u200d👩\u200d👧 family trip was great!! 🏖️",
	"Mình đi ăn nhé. Tối nay 7 giờ, ok không?",
	"Xác minh tài khoản gì vậy? Mình không hiểu... 🤔",
	"Anh ơi, file backup.zip em gửi rồi nha. Cảm ơn anh!",
	"pi is 3.14, call fmt.Println(x) and mail bob@example.com",
	"check the endpoints. it works now",
	"mã của bạn là 22085377. de xac nhan vui long khong chia se",
	"ok anh. la em day, nho goi lai nhe",
}

func TestRefangNoAlloc(t *testing.T) {
	for _, msg := range plainMessages {
		var got string
		allocs := testing.AllocsPerRun(100, func() {
			got, _ = linkx.Refang(msg)
		})
		if got != msg {
			t.Errorf("Refang(%q) = %q, want it unchanged", msg, got)
		}
		if allocs != 0 {
			t.Errorf("Refang(%q): %v allocations, want 0", msg, allocs)
		}
	}
}

func TestExtractPlainNoAlloc(t *testing.T) {
	for _, msg := range plainMessages {
		var got []linkx.Link
		allocs := testing.AllocsPerRun(100, func() {
			got = linkx.Extract(msg, nil)
		})
		if len(got) != 0 {
			t.Errorf("Extract(%q) found %d links, want none", msg, len(got))
		}
		if allocs != 0 {
			t.Errorf("Extract(%q): %v allocations, want 0", msg, allocs)
		}
	}
}
