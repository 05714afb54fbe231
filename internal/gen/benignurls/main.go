package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/netip"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

// perHost is how many links of one host are kept at most.
const perHost = 4

// roots are the trees read besides the Go module cache.
var roots = []string{
	"/usr/share/doc", "/usr/lib/python3", "/usr/lib/python3.11", "/usr/share/perl",
	"/usr/share/perl5", "/usr/include", "/usr/lib/node_modules", "/usr/share/javascript",
}

// skipDirs are directories never read: tests and caches, and the lists
// that are not prose (package registries' lists, apt's mirror lists:
// sites named as entries, not linked by anyone), which a wider root
// (all of /usr/share) holds. All of /usr/share at 8 links a host (709
// links) was measured too (BENCHMARKS.md, model32).
var skipDirs = map[string]bool{
	"testdata": true, "test": true, "tests": true, "__pycache__": true, "cache": true, ".git": true,
	"package-lists": true, "python-apt": true,
}

var urlRE = regexp.MustCompile(`https?://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&+,;=%-]*`)

func main() {
	dirs := roots
	if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
		if d := strings.TrimSpace(string(out)); d != "" {
			dirs = append([]string{d}, dirs...)
		}
	}
	var found []string
	for _, d := range dirs {
		found = append(found, readTree(d)...)
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Real benign links with paths, written by go run ./internal/gen/benignurls")
	fmt.Fprintln(w, "# from text nobody on the project wrote (the Go module cache, /usr/share/doc,")
	fmt.Fprintln(w, "# the system's Python, Perl, Node and C header trees); tuning-side hosts only.")
	for _, u := range Select(found) {
		fmt.Fprintln(w, u)
	}
	w.Flush()
}

// readTree returns the URLs written in the text files under dir, skipping
// tests and test data.
func readTree(dir string) []string {
	var urls []string
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if skipDirs[name] && path != dir {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "test_") || !d.Type().IsRegular() {
			return nil
		}
		if info, err := d.Info(); err != nil || info.Size() > 4<<20 {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if strings.HasSuffix(name, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			if err != nil {
				return nil
			}
			if b, err = io.ReadAll(io.LimitReader(zr, 4<<20)); err != nil {
				return nil
			}
		}
		if bytes.IndexByte(b, 0) >= 0 {
			return nil // binary
		}
		for _, m := range urlRE.FindAll(b, -1) {
			urls = append(urls, string(m))
		}
		return nil
	})
	return urls
}

// Select returns the links of found worth teaching, sorted, each once:
// trimmed of trailing punctuation, with a host name (not an address) and
// a path, on the tuning side of the splits (Tuning), at most perHost of
// one host.
func Select(found []string) []string {
	seen := make(map[string]bool)
	var keep []string
	for _, raw := range found {
		raw = strings.TrimRight(raw, ".,;:)!?'")
		if seen[raw] {
			continue
		}
		seen[raw] = true
		u, err := url.Parse(raw)
		if err != nil || u.User != nil || u.Port() != "" {
			continue
		}
		host := strings.ToLower(u.Hostname())
		if !strings.Contains(host, ".") || strings.HasSuffix(host, ".") {
			continue
		}
		if _, err := netip.ParseAddr(host); err == nil {
			continue
		}
		if skipHost(host) || !Tuning(host, u) {
			continue
		}
		if p := strings.Trim(u.Path, "/"); p == "" && u.RawQuery == "" {
			continue // a root: the popular domains teach those
		}
		keep = append(keep, raw)
	}
	sort.Strings(keep)
	n := make(map[string]int)
	var out []string
	for _, raw := range keep {
		u, _ := url.Parse(raw)
		h := bare(u.Hostname())
		if n[h] == perHost {
			continue
		}
		n[h]++
		out = append(out, raw)
	}
	return out
}

// skipHost reports the hosts never kept: the example domains, local
// names and this project's own.
func skipHost(h string) bool {
	h = bare(h)
	for _, s := range []string{"example.com", "example.org", "example.net", "localhost", "immunebot", "invalid", "test", "local"} {
		if h == s || strings.HasSuffix(h, "."+s) || strings.Contains(s, "immunebot") && strings.Contains(h, s) {
			return true
		}
	}
	return false
}

// bare is a host lower-cased with "www." dropped.
func bare(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }

// Tuning reports whether a link on host (u its URL) is on the tuning side
// of every split the measure sets use: the SHA-256 of the bare host
// begins with a digit 0-9, and neither the host, its registrable name
// nor the host with its first folder is held out by gen.Held.
func Tuning(host string, u *url.URL) bool {
	h := bare(host)
	sum := sha256.Sum256([]byte(h))
	if c := hex.EncodeToString(sum[:1])[0]; c > '9' {
		return false
	}
	for _, k := range []string{h, gen.Site(h), h + "/" + gen.Folder(u)} {
		if gen.Held(k) {
			return false
		}
	}
	return true
}
