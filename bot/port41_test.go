package bot_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestDefaultPortReadAway (port41): a link written with its scheme's
// default port (https://NAME:443/…, http://NAME:80/…; :0443, an upper-case
// scheme, a link without a scheme on :443 or :80, an IP address on :80)
// is judged as the same link without it, behind a redirector too: the same level, score and
// reasons, the same suspect links (the spray keys), its Port read away
// and Raw kept as written. Before, the port alone moved small sites'
// pages and makers' downloads from allow to warn or delete.
func TestDefaultPortReadAway(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		name        string
		text, twin  string
		wantFlagged bool
	}{
		{"http page", "essays http://www.paulgraham.com:80/avg.html", "essays http://www.paulgraham.com/avg.html", false},
		{"http blog on .xyz", "thread about it http://joelchrono.xyz:80/blog", "thread about it http://joelchrono.xyz/blog", false},
		{"https maker's zip", "grab the portable build https://www.voidtools.com:443/ES-1.1.0.27.x64.zip", "grab the portable build https://www.voidtools.com/ES-1.1.0.27.x64.zip", false},
		{"https maker's installer", "irfanview 64 bit https://www.irfanview.info:443/files/iview467_x64_setup.exe", "irfanview 64 bit https://www.irfanview.info/files/iview467_x64_setup.exe", false},
		{"upper-case scheme", "occt for stress testing HTTPS://www.ocbase.com:443/download/OCCT.exe", "occt for stress testing HTTPS://www.ocbase.com/download/OCCT.exe", false},
		{"leading zeros", "the portable build https://www.voidtools.com:0443/ES-1.1.0.27.x64.zip", "the portable build https://www.voidtools.com/ES-1.1.0.27.x64.zip", false},
		{"no scheme on 443", "the portable build www.voidtools.com:443/ES-1.1.0.27.x64.zip", "the portable build www.voidtools.com/ES-1.1.0.27.x64.zip", false},
		{"no scheme on 80", "essays www.paulgraham.com:80/avg.html", "essays www.paulgraham.com/avg.html", false},
		{"forge", "https://github.com:443/golang/go/issues/123", "https://github.com/golang/go/issues/123", false},
		{"behind a redirector", "https://www.google.com:443/url?q=https://www.voidtools.com:443/ES-1.1.0.27.x64.zip", "https://www.google.com/url?q=https://www.voidtools.com/ES-1.1.0.27.x64.zip", false},
		{"router on 80", "http://192.168.1.1:80/admin", "http://192.168.1.1/admin", false},
		{"lookalike", "https://steamcommunity.com-gift.ru:443/tradeoffer/new", "https://steamcommunity.com-gift.ru/tradeoffer/new", true},
		{"brand login", "verify now https://paypal-login-secure.com:443/signin", "verify now https://paypal-login-secure.com/signin", true},
		{"ip download on 80", "http://45.33.32.156:80/bot.sh", "http://45.33.32.156/bot.sh", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			want := judgeText(c, bot.Telegram, tc.twin)
			if flagged := want.Verdict.Level != bot.Allow; flagged != tc.wantFlagged {
				t.Fatalf("%q: %s %.3f %v, the case needs flagged=%v without the port", tc.twin, want.Verdict.Level, want.Verdict.Score, want.Verdict.Reasons, tc.wantFlagged)
			}
			got := judgeText(c, bot.Telegram, tc.text)
			if g, w := got.Verdict, want.Verdict; g.Level != w.Level || g.Score != w.Score || !reflect.DeepEqual(g.Reasons, w.Reasons) {
				t.Errorf("%q: %s %.3f %v, want %s %.3f %v as %q", tc.text, g.Level, g.Score, g.Reasons, w.Level, w.Score, w.Reasons, tc.twin)
			}
			if !reflect.DeepEqual(got.Suspect, want.Suspect) {
				t.Errorf("%q: suspect links %v, want %v as %q", tc.text, got.Suspect, want.Suspect, tc.twin)
			}
			written := tc.text[strings.LastIndexByte(tc.text, ' ')+1:]
			if len(got.Links) != 1 || got.Links[0].Port != "" || got.Links[0].Raw != written || got.Links[0].Target() != want.Links[0].Target() {
				t.Errorf("%q: links %+v, want no port, Raw %s and the target of %q", tc.text, got.Links, written, tc.twin)
			}
		})
	}
}

// TestOtherPortKept (port41): a port that is not its scheme's default
// is read as written (:8443 on https, :443 on http, :80 on https, :21 on
// https), and a raw address's odd port is named in the reason.
func TestOtherPortKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, port string }{
		{"https://www.voidtools.com:8443/ES-1.1.0.27.x64.zip", "8443"},
		{"https://example.org:2083/login", "2083"},
		{"http://www.paulgraham.com:443/avg.html", "443"},
		{"https://www.paulgraham.com:80/avg.html", "80"},
		{"https://www.paulgraham.com:21/avg.html", "21"},
		{"www.paulgraham.com:8080/avg.html", "8080"},
	} {
		j := judgeText(c, bot.Telegram, tc.text)
		if len(j.Links) != 1 || j.Links[0].Port != tc.port {
			t.Errorf("%q: links %+v, want port %s", tc.text, j.Links, tc.port)
		}
	}
	text := "http://45.33.32.156:8080/bot.sh"
	v := judgeText(c, bot.Telegram, text).Verdict
	if v.Level != bot.Delete || !strings.Contains(reasonsText(v.Reasons), "45[.]33[.]32[.]156:8080") {
		t.Errorf("%q: %s %v, want a delete naming the address with its port", text, v.Level, v.Reasons)
	}
}

func reasonsText(rs []bot.Reason) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.Detail)
		b.WriteByte('\n')
	}
	return b.String()
}
