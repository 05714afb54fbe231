package linkx_test

import (
	"slices"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// found is the part of a Link that Extract decides; Parse decides the rest
// and has its own tests.
type found struct {
	Raw       string
	Host      string
	Bare      bool
	Disguised bool
	Hidden    bool
}

func foundOf(ls []linkx.Link) []found {
	var out []found
	for _, l := range ls {
		out = append(out, found{Raw: l.Raw, Host: l.Host, Bare: l.Bare, Disguised: l.Disguised, Hidden: l.Hidden})
	}
	return out
}

// extractCase is one message and the links it holds.
type extractCase struct {
	name string
	text string
	want []found
}

func schemeLinks() []extractCase {
	return []extractCase{
		{"plain https", "see https://example.com/a now", []found{{Raw: "https://example.com/a", Host: "example.com"}}},
		{"alone", "https://example.com", []found{{Raw: "https://example.com", Host: "example.com"}}},
		{"upper-case scheme and host", "HTTPS://EXAMPLE.COM/A", []found{{Raw: "HTTPS://EXAMPLE.COM/A", Host: "example.com"}}},
		{"ftp", "ftp://files.example.org/x", []found{{Raw: "ftp://files.example.org/x", Host: "files.example.org"}}},
		{"wss", "wss://chat.example.net/socket", []found{{Raw: "wss://chat.example.net/socket", Host: "chat.example.net"}}},
		{"trailing period", "see https://x.com/a. ok", []found{{Raw: "https://x.com/a", Host: "x.com"}}},
		{"trailing comma", "see https://x.com/a, ok", []found{{Raw: "https://x.com/a", Host: "x.com"}}},
		{"trailing marks", "see https://x.com/a! and https://y.com/b? ok: https://z.com/c;", []found{
			{Raw: "https://x.com/a", Host: "x.com"},
			{Raw: "https://y.com/b", Host: "y.com"},
			{Raw: "https://z.com/c", Host: "z.com"},
		}},
		{"trailing colon", "go to https://x.com/a:", []found{{Raw: "https://x.com/a", Host: "x.com"}}},
		{"bold markdown", "**https://x.com/a**", []found{{Raw: "https://x.com/a", Host: "x.com"}}},
		{"balanced brackets kept, outer dropped", "(see https://x.com/a_(b))", []found{{Raw: "https://x.com/a_(b)", Host: "x.com"}}},
		{"markdown link", "[https://discord.com](https://evil.com)", []found{
			{Raw: "https://discord.com", Host: "discord.com"},
			{Raw: "https://evil.com", Host: "evil.com"},
		}},
		{"angle brackets", "<https://x.com/y>", []found{{Raw: "https://x.com/y", Host: "x.com"}}},
		{"double quotes", `"https://x.com/q"`, []found{{Raw: "https://x.com/q", Host: "x.com"}}},
		{"single quotes", `'https://x.com/q'`, []found{{Raw: "https://x.com/q", Host: "x.com"}}},
		{"query and fragment", "https://example.com/path?q=1&r=2#frag", []found{{Raw: "https://example.com/path?q=1&r=2#frag", Host: "example.com"}}},
		{"user info", "https://discord.com@nitro-drop.xyz/gift", []found{{Raw: "https://discord.com@nitro-drop.xyz/gift", Host: "nitro-drop.xyz"}}},
		{"inside an unknown scheme", "steam://openurl/https://evil.com/x", []found{{Raw: "https://evil.com/x", Host: "evil.com"}}},
		{"unknown scheme", "foo://example.com", nil},
		{"scheme without host", "https://", nil},
		{"scheme then space", "https:// example", nil},
		{"two links", "a https://a.com b http://b.org/x", []found{
			{Raw: "https://a.com", Host: "a.com"},
			{Raw: "http://b.org/x", Host: "b.org"},
		}},
		{"after Vietnamese text", "xem nè: https://example.com/ảnh", []found{{Raw: "https://example.com/ảnh", Host: "example.com"}}},
	}
}

func bareLinks() []extractCase {
	b := func(raw, host string) []found { return []found{{Raw: raw, Host: host, Bare: true}} }
	return []extractCase{
		{"bare domain with path", "go to dlscord.com/nitro now", b("dlscord.com/nitro", "dlscord.com")},
		{"bare domain", "example.com", b("example.com", "example.com")},
		{"hyphenated", "vietcombank-xacthuc.com", b("vietcombank-xacthuc.com", "vietcombank-xacthuc.com")},
		{"country code", "discord.gg/abc", b("discord.gg/abc", "discord.gg")},
		{"two-level suffix", "example.co.uk", b("example.co.uk", "example.co.uk")},
		{"www", "www.google.com", b("www.google.com", "www.google.com")},
		{"www before a file-like suffix", "www.example.zip", b("www.example.zip", "www.example.zip")},
		{"deep", "a.b.c.d.example.com/x", b("a.b.c.d.example.com/x", "a.b.c.d.example.com")},
		{"end of sentence", "see example.com.", b("example.com", "example.com")},
		{"path then period", "see a.com/x.", b("a.com/x", "a.com")},
		{"short domain", "t.me/x", b("t.me/x", "t.me")},
		{"port", "example.com:8080/x", b("example.com:8080/x", "example.com")},
		{"IPv4 with path", "check 192.168.1.1/admin", b("192.168.1.1/admin", "192.168.1.1")},
		{"IPv4 with port", "192.168.1.1:8080", b("192.168.1.1:8080", "192.168.1.1")},
		{"IDN", "ԁiscord.com/nitro", b("ԁiscord.com/nitro", "xn--iscord-vug.com")},
		{"punycode", "visit xn--iscord-vug.com", b("xn--iscord-vug.com", "xn--iscord-vug.com")},
		{"after Vietnamese text", "tiếng việt dlscord.com/nitro", b("dlscord.com/nitro", "dlscord.com")},
		{"emoji before", "👨\u200d👩\u200d👧 see example.com", b("example.com", "example.com")},
	}
}

// notLinks are texts that look a little like links and are not.
func notLinks() []extractCase {
	texts := []struct{ name, text string }{
		{"markdown file", "README.md"},
		{"rust file", "main.rs"},
		{"python file", "script.py"},
		{"zip file", "backup.zip"},
		{"shell script", "install.sh"},
		{"php file", "index.php"},
		{"movie file", "demo.mov"},
		{"js file", "app.js"},
		{"node.js", "node.js"},
		{"asp.net", "asp.net"},
		{"vb.net", "written in vb.net"},
		{"file in a sentence", "open README.md and run install.sh"},
		{"file in a path", "see docs/README.md"},
		{"yaml file", "config.yaml"},
		{"json file", "package.json"},
		{"jpg file", "photo.jpg"},
		{"e-mail", "mail me at bob@example.com"},
		{"e-mail with dots", "bob.smith@example.com"},
		{"version with v", "v1.2.3"},
		{"version", "1.2.3"},
		{"go version", "go1.26"},
		{"IPv4 without path", "my IP is 192.168.1.1"},
		{"five parts", "1.2.3.4.5/x"},
		{"e.g.", "e.g. this"},
		{"i.e.", "i.e. this"},
		{"pi", "3.14"},
		{"call", "fmt.Println(x)"},
		{"call with argument", "os.Exit(1)"},
		{"identifier", "my_file.com"},
		{"variable", "$obj.com"},
		{"identifier after", "x.com_"},
		{"unknown suffix", "example.notatld"},
		{"sentence", "ok. see you"},
		{"sentence without space", "ok.see you"},
		{"capitalised word after a dot", "It's late. Com on"},
		{"Vietnamese sentence", "Mình đi ăn nhé. Ok."},
		{"emoji ZWJ", "👨\u200d👩\u200d👧 great trip"},
		{"emoji ZWJ and dots", "tuyệt vời... 🏳️\u200d🌈 ok."},
		{"empty", ""},
		{"dots", "..."},
		{"lone bracket dot", "[.]"},
	}
	out := make([]extractCase, len(texts))
	for i, x := range texts {
		out[i] = extractCase{name: x.name, text: x.text}
	}
	return out
}

func disguisedLinks() []extractCase {
	d := func(raw, host string, bare bool) []found {
		return []found{{Raw: raw, Host: host, Bare: bare, Disguised: true}}
	}
	h := func(raw, host string, bare bool) []found {
		return []found{{Raw: raw, Host: host, Bare: bare, Hidden: true}}
	}
	return []extractCase{
		{"hxxp", "hxxp://evil.com/x", d("http://evil.com/x", "evil.com", false)},
		{"hxxps", "hxxps://evil.com/x", d("https://evil.com/x", "evil.com", false)},
		{"hXXps", "hXXps://evil.com", d("https://evil.com", "evil.com", false)},
		{"h**p", "h**p://evil.com", d("http://evil.com", "evil.com", false)},
		{"hxxps [:]", "hxxps[:]//evil.com", d("https://evil.com", "evil.com", false)},
		{"hxxps [://]", "hxxps[://]evil.com", d("https://evil.com", "evil.com", false)},
		{"hxxps and [.]", "hxxps://evil[.]com/x", d("https://evil.com/x", "evil.com", false)},
		{"[.]", "evil[.]com", d("evil.com", "evil.com", true)},
		{"(.)", "evil(.)com", d("evil.com", "evil.com", true)},
		{"{.}", "evil{.}com", d("evil.com", "evil.com", true)},
		{"(dot)", "evil(dot)com", d("evil.com", "evil.com", true)},
		{"(DOT)", "evil(DOT)com", d("evil.com", "evil.com", true)},
		{"[dot] with path", "evil[dot]com/x", d("evil.com/x", "evil.com", true)},
		{"spaced [.]", "evil [.] com", d("evil.com", "evil.com", true)},
		{"spaced dot", "dlscord . com/nitro", d("dlscord.com/nitro", "dlscord.com", true)},
		{"wide spaced dot", "dlscord  .  com/nitro", d("dlscord.com/nitro", "dlscord.com", true)},
		{"space before dot", "dlscord .com", d("dlscord.com", "dlscord.com", true)},
		{"space after dot", "dlscord. com", d("dlscord.com", "dlscord.com", true)},
		{"space after dot, country code and path", "visit sms. ac/win now", d("sms.ac/win", "sms.ac", true)},
		{"full-width stop", "dlscord．com/nitro", d("dlscord.com/nitro", "dlscord.com", true)},
		{"ideographic stop", "dlscord。com/nitro", d("dlscord.com/nitro", "dlscord.com", true)},
		{"zero-width space", "disc\u200bord.com", h("discord.com", "discord.com", true)},
		{"zero-width non-joiner", "disc\u200cord.com", h("discord.com", "discord.com", true)},
		{"zero-width joiner", "disc\u200dord.com", h("discord.com", "discord.com", true)},
		{"word joiner", "disc\u2060ord.com", h("discord.com", "discord.com", true)},
		{"byte order mark", "disc\ufefford.com", h("discord.com", "discord.com", true)},
		{"soft hyphen", "disc\u00adord.com", h("discord.com", "discord.com", true)},
		{"right-to-left override", "https://disc\u202eord.com/", h("https://discord.com/", "discord.com", false)},
		{"left-to-right mark", "https://disc\u200eord.com", h("https://discord.com", "discord.com", false)},
		{"left-to-right isolate", "https://disc\u2066ord.com", h("https://discord.com", "discord.com", false)},
		{"two zero-width spaces", "disc\u200b\u200bord.com", h("discord.com", "discord.com", true)},
		{"a run of invisibles", "https://disc\u200b\u200b\u202e\u2060ord.com/x", h("https://discord.com/x", "discord.com", false)},
		{"invisibles around a dot", "discord\u200b.\u200bcom", h("discord.com", "discord.com", true)},
		{"several invisibles", "d\u200bi\u200cs\u200dc\u2060o\ufeffr\u00add.com", h("discord.com", "discord.com", true)},
		{"both", "hxxps://dis\u200bcord[.]com", []found{{Raw: "https://discord.com", Host: "discord.com", Disguised: true, Hidden: true}}},
		{"disguised then plain", "hxxp://evil.com/x and https://good.com/y", []found{
			{Raw: "http://evil.com/x", Host: "evil.com", Disguised: true},
			{Raw: "https://good.com/y", Host: "good.com"},
		}},
		{"plain then hidden", "https://good.com/y and dis\u200bcord.com", []found{
			{Raw: "https://good.com/y", Host: "good.com"},
			{Raw: "discord.com", Host: "discord.com", Bare: true, Hidden: true},
		}},
		{"bracket dot then hxxp", "evil[.]com and hxxp://other.com", []found{
			{Raw: "evil.com", Host: "evil.com", Bare: true, Disguised: true},
			{Raw: "http://other.com", Host: "other.com", Disguised: true},
		}},
		{"invisible after the link", "https://discord.com/a\u200b.", []found{{Raw: "https://discord.com/a", Host: "discord.com"}}},
	}
}

func TestExtract(t *testing.T) {
	t.Parallel()
	groups := []struct {
		name  string
		cases []extractCase
	}{
		{"scheme", schemeLinks()},
		{"bare", bareLinks()},
		{"not a link", notLinks()},
		{"disguised", disguisedLinks()},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			t.Parallel()
			for _, tc := range g.cases {
				t.Run(tc.name, func(t *testing.T) {
					t.Parallel()
					got := foundOf(linkx.Extract(tc.text, nil))
					if !slices.Equal(got, tc.want) {
						t.Errorf("Extract(%q)\n got %+v\nwant %+v", tc.text, got, tc.want)
					}
				})
			}
		})
	}
}

func TestExtractAppends(t *testing.T) {
	t.Parallel()
	first, ok := linkx.Parse("https://first.example/")
	if !ok {
		t.Fatal("Parse failed")
	}
	dst := []linkx.Link{first}
	dst = linkx.Extract("hxxp://evil.com and dis\u200bcord.com", dst)
	got := foundOf(dst)
	want := []found{
		{Raw: "https://first.example/", Host: "first.example"},
		{Raw: "http://evil.com", Host: "evil.com", Disguised: true},
		{Raw: "discord.com", Host: "discord.com", Bare: true, Hidden: true},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestExtractMax(t *testing.T) {
	t.Parallel()
	text := "a.com b[.]com c.com d.com"
	dst, more := linkx.ExtractMax(text, nil, 2)
	if len(dst) != 2 || !more || dst[1].Host != "b.com" || !dst[1].Disguised {
		t.Fatalf("ExtractMax(2) = %+v, more %v", foundOf(dst), more)
	}
	if dst, more := linkx.ExtractMax(text, dst, 2); len(dst) != 4 || !more || dst[3].Host != "b.com" {
		t.Errorf("ExtractMax appending = %+v, more %v", foundOf(dst), more)
	}
	if dst, more := linkx.ExtractMax(text, nil, 4); len(dst) != 4 || more {
		t.Errorf("ExtractMax(4) = %d links, more %v; want all 4 and no more", len(dst), more)
	}
	clean, _ := linkx.Refang(text)
	for _, l := range linkx.Extract(text, nil) {
		if start, end := l.Span(); clean[start:end] != l.Raw {
			t.Errorf("span of %q holds %q", l.Raw, clean[start:end])
		}
	}
}

func TestExtractOne(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		text   string
		want   string // Host; "" when none
		wantOK bool
	}{
		{"first of two", "dlscord.com/a and https://b.org", "dlscord.com", true},
		{"disguised", "evil[.]com", "evil.com", true},
		{"none", "nothing here.", "", false},
		{"file name", "README.md", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l, ok := linkx.ExtractOne(tc.text)
			if ok != tc.wantOK || l.Host != tc.want {
				t.Errorf("ExtractOne(%q) = %q, %v; want %q, %v", tc.text, l.Host, ok, tc.want, tc.wantOK)
			}
		})
	}
}
