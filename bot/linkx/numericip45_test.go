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
