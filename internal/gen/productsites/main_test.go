package main

import (
	"strings"
	"testing"
)

// TestGenerate reads a small Packages file: a package named as its
// homepage's registrable name is kept, one named otherwise or too short
// is not, and a hyphenated homepage is listed as a project's own site.
func TestGenerate(t *testing.T) {
	in := `Package: blender
Homepage: https://www.blender.org

Package: aircrack-ng
Homepage: https://www.aircrack-ng.org/

Package: vlc
Homepage: https://www.videolan.org/vlc/

Package: git
Homepage: https://git-scm.com/
`
	src, err := generate(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{`"blender":    "blender.org"`, `"aircrackng": "aircrack-ng.org"`, `"aircrack-ng.org",`, `"git-scm.com",`} {
		if !strings.Contains(s, want) {
			t.Errorf("missing %s in:\n%s", want, s)
		}
	}
	for _, not := range []string{`"vlc"`, `"git":`} {
		if strings.Contains(s, not) {
			t.Errorf("%s kept in:\n%s", not, s)
		}
	}
}
