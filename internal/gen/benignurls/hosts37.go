package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
	"golang.org/x/net/publicsuffix"
)

// hostsPerSite is how many host names of one registrable domain -hosts
// keeps at most (-hostsper): the registrable name itself when the text
// names it, then the others by a hash of the host, so that a university
// or a project's many subdomains do not fill the list.
const hostsPerSite = 2

// nameHost returns the bare host name (lower-cased, "www." dropped) of
// a link read, with or without a path, when it is somebody's real
// site's name: a host name (not an address) under an ending that
// exists, no user, no port, not an example, local or placeholder name
// nor this project's.
func nameHost(raw string) (string, bool) {
	u, err := url.Parse(trim(raw))
	if err != nil || u.User != nil || u.Port() != "" || u.Opaque != "" {
		return "", false
	}
	host := strings.ToLower(u.Hostname())
	if !strings.Contains(host, ".") || strings.HasSuffix(host, ".") || strings.Contains(host, "..") || strings.HasPrefix(host, "-") {
		return "", false
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return "", false
	}
	if skipHost(host) {
		return "", false
	}
	if suffix, icann := publicsuffix.PublicSuffix(host); !icann && !strings.Contains(suffix, ".") {
		return "", false // no such ending: a placeholder or a local name
	}
	h := bare(host)
	if _, err := publicsuffix.EffectiveTLDPlusOne(h); err != nil {
		return "", false // an ending itself (github.io): nobody's name
	}
	if first, _, _ := strings.Cut(gen.Site(h), "."); placeholders[first] {
		return "", false
	}
	return h, true
}

// hostWord is a host name as text writes it, defanged or not, once the
// defanging marks are read as dots.
var hostWord = regexp.MustCompile(`[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+`)

// defang reads the marks that write a dot in a defanged name as dots.
var defang = strings.NewReplacer("[.]", ".", "(.)", ".", "{.}", ".", "[dot]", ".", "(dot)", ".", "[.", ".", ".]", ".")

// measureNames returns every host name written in any file under dir
// (bot/testdata/measure: tuning halves, held-out halves and the
// coordinator's eval sets alike, read here only to leave their sites out,
// never shown), defanged or not, and each one's registrable name, as a
// set: no host of a measure set, nor any host of its site, is taught.
func measureNames(dir string) (map[string]bool, int, error) {
	names := map[string]bool{}
	files := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		for _, w := range hostWord.FindAllString(defang.Replace(strings.ToLower(string(b))), -1) {
			names[bare(w)] = true
			names[gen.Site(bare(w))] = true
		}
		return nil
	})
	return names, files, err
}

// Hosts returns the host names of the links read worth teaching as
// benign names: nameHost's, kept by ok (the training data's lists), on
// the tuning side of the measure sets' splits (hostTuning), neither the
// host nor its registrable name among excluded (measureNames), at most
// per of one registrable name (the name itself first when the text
// names it, then by a hash of the host); sorted.
func Hosts(links []string, per int, ok func(host string) bool, excluded map[string]bool) []string {
	bySite := map[string][]string{}
	seen := map[string]bool{}
	for _, raw := range links {
		h, good := nameHost(raw)
		if !good || seen[h] {
			continue
		}
		seen[h] = true
		s := gen.Site(h)
		if !ok(h) || !hostTuning(h) || excluded[h] || excluded[s] {
			continue
		}
		bySite[s] = append(bySite[s], h)
	}
	var out []string
	for s, hs := range bySite {
		sort.Slice(hs, func(i, j int) bool {
			if (hs[i] == s) != (hs[j] == s) {
				return hs[i] == s
			}
			return hash(hs[i]) < hash(hs[j])
		})
		out = append(out, hs[:min(per, len(hs))]...)
	}
	sort.Strings(out)
	return out
}

// writeHosts writes the -hosts file: a header, then one host a line.
func writeHosts(w io.Writer, hosts []string) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Real small and older sites' host names, written by go run ./internal/gen/benignurls -hosts")
	fmt.Fprintln(bw, "# from text nobody on the project wrote (Go modules' sources and documents, Debian packages'")
	fmt.Fprintln(bw, "# documents and files, npm packages' READMEs, this machine's /usr/share/doc and its Python,")
	fmt.Fprintln(bw, "# Perl, Node and C header trees); tuning-side hosts only, no host or site any measure set")
	fmt.Fprintln(bw, "# names, popular domains and the phishing lists' hosts left out, at most two a registrable")
	fmt.Fprintln(bw, "# name; internal/gen/benignurls/doc.go gives the command. The trainer's -smallhosts.")
	for _, h := range hosts {
		fmt.Fprintln(bw, h)
	}
	return bw.Flush()
}
