package debpkg

import (
	"slices"
	"strings"
	"testing"
)

// TestHomepages reads a Packages index's stanzas and an AppStream Url:
// map: each homepage comes with the package named before it, trimmed,
// and other fields are passed over.
func TestHomepages(t *testing.T) {
	in := strings.Join([]string{
		"Homepage: https://orphan.example/", "",
		"Package: blender", "Version: 3.4", "Homepage:  https://www.blender.org ", "",
		"Package: vlc", "Homepage: https://www.videolan.org/vlc/", "",
		"Url:", "  homepage: https://www.smplayer.info/", "  bugtracker: https://bugs.example.org/", "",
	}, "\n")
	var got []string
	if err := Homepages(strings.NewReader(in), func(pkg, home string) { got = append(got, pkg+" "+home) }); err != nil {
		t.Fatal(err)
	}
	want := []string{" https://orphan.example/", "blender https://www.blender.org", "vlc https://www.videolan.org/vlc/",
		"vlc https://www.smplayer.info/"}
	if !slices.Equal(got, want) {
		t.Errorf("Homepages = %q, want %q", got, want)
	}
}
