package debpkg

import (
	"bufio"
	"io"
	"strings"
)

// Homepages calls fn with each homepage read from r, its spaces trimmed,
// and the name of the last package named before it ("" before any): a
// Packages index's Homepage: fields, and the homepage: entries of an
// AppStream Components file's Url: maps (indented two spaces). It
// returns the scanner's error; a line may be up to 16 MiB long.
func Homepages(r io.Reader, fn func(pkg, home string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	pkg := ""
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "Package: "); ok {
			pkg = strings.TrimSpace(p)
			continue
		}
		v, ok := strings.CutPrefix(line, "Homepage:")
		if !ok {
			v, ok = strings.CutPrefix(line, "  homepage:") // dep11's Url: map
		}
		if ok {
			fn(pkg, strings.TrimSpace(v))
		}
	}
	return sc.Err()
}
