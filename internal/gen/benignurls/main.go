package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/netip"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
	"golang.org/x/net/publicsuffix"
)

// perHost is how many links of one host are kept at most (-per).
const perHost = 3

// perSite is how many links of one registrable domain are kept at most,
// however many hosts it has (a university's or a project host's
// subdomains), so that no one site fills the list.
const perSite = 12

// fileHosts is how many distinct hosts one file may name before it is
// read as a list (of mirrors, of sites a library knows, of blocked
// hosts), not as prose that links a page, and skipped whole.
const fileHosts = 150

// defaultRoots are the trees read besides the Go module cache when -roots
// is not given: this machine's documents and the system's Python, Perl,
// Node, JavaScript and C header trees.
var defaultRoots = []string{
	"/usr/share/doc", "/usr/lib/python3", "/usr/lib/python3.11", "/usr/share/perl",
	"/usr/share/perl5", "/usr/include", "/usr/lib/node_modules", "/usr/share/javascript",
}

// skipDirs are directories never read (besides any whose name holds
// "test", "fixture" or "sample": test pages, test data): tests, examples and caches, and
// the lists that are not prose (package registries' lists, apt's mirror
// lists: sites named as entries, not linked by anyone), which a wider
// root (all of /usr/share) holds. All of /usr/share at 8 links a host
// (709 links) was measured too (BENCHMARKS.md, model32).
var skipDirs = map[string]bool{
	"testdata": true, "test": true, "tests": true, "__tests__": true, "__pycache__": true, "cache": true, ".git": true,
	"fixtures": true, "example": true, "examples": true, "_examples": true, "spec": true,
	"package-lists": true, "python-apt": true,
}

// skipExt are file endings never read: data and lists, not prose.
var skipExt = []string{".csv", ".tsv", ".dat", ".sum", ".svg", ".map", ".min.js", ".pem", ".crt", ".zip", ".jar", ".png", ".gif", ".jpg"}

// placeholders are the first labels of registrable names that READMEs and
// comments write as stand-ins for the reader's own site (yourdomain.com,
// foo.org, contoso.com): not anyone's page.
var placeholders = map[string]bool{
	"yourdomain": true, "mydomain": true, "yoursite": true, "mysite": true, "yourcompany": true, "mycompany": true,
	"domain": true, "host": true, "hostname": true, "server": true, "site": true, "website": true, "company": true,
	"foo": true, "bar": true, "baz": true, "foobar": true, "acme": true, "contoso": true, "fabrikam": true,
	"sample": true, "someone": true, "somewhere": true, "whatever": true, "dummy": true, "fake": true, "my-site": true,
	"your-domain": true, "aaa": true, "abc": true, "xxx": true, "xyz": true, "asdf": true, "blah": true, "qwerty": true, "my-domain": true, "yourserver": true, "myserver": true, "myapp": true, "yourapp": true,
}

var (
	urlRE    = regexp.MustCompile(`https?://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&+,;=%-]*`)
	mdLinkRE = regexp.MustCompile(`\[([^\]]{1,120})\]\((https?://[^)\s]+)\)`)
	spaceRE  = regexp.MustCompile(`\s+`)
)

// found is one link read, with the line of text it stood in.
type found struct {
	URL, Line string
}

func main() {
	roots := flag.String("roots", strings.Join(defaultRoots, ","), "comma-separated trees whose text files are read")
	gomod := flag.String("gomodcache", "", "a Go module cache read as well (empty: go env GOMODCACHE; \"-\": none)")
	train := flag.String("train", "", "the training data's folder (../shared/train): the hosts of its phishing, shared-host and abused lists are left out, and so are the first -top of its popular domains")
	top := flag.Int("top", 5000, "how many of the training data's most popular domains are left out (the long tail is the point)")
	per := flag.Int("per", perHost, "how many links of one host are kept at most")
	cache := flag.String("cache", "", "a file of the links read and their lines: read instead of the trees when it exists, else written after reading them (to rerun the selection quickly)")
	held := flag.String("held", "", "write the held-out side's links, one a line as a bare message or in the sentence it stood in, to this file (a measure set)")
	heldMax := flag.Int("heldmax", 2000, "how many lines the -held file holds at most, one a host")
	hostsOut := flag.String("hosts", "", "write the host names of every link read (with or without a path) worth teaching as benign names to this file (cmd/train/benign-hosts.txt), one a line: tuning-side hosts only, none that -exclude's files name")
	exclude := flag.String("exclude", "bot/testdata/measure", "with -hosts: a folder whose files' host names, and their registrable names, are never written (every measure set, held-out and eval sets included: read only to leave them out)")
	hostsPer := flag.Int("hostsper", hostsPerSite, "with -hosts: how many host names of one registrable name are kept at most")
	flag.Parse()

	dirs := strings.Split(*roots, ",")
	switch *gomod {
	case "-":
	case "":
		if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
			if d := strings.TrimSpace(string(out)); d != "" {
				dirs = append([]string{d}, dirs...)
			}
		}
	default:
		dirs = append([]string{*gomod}, dirs...)
	}
	var links []found
	seen := make(map[string]bool)
	if *cache != "" {
		if b, err := os.ReadFile(*cache); err == nil {
			for _, l := range strings.Split(string(b), "\n") {
				if u, line, ok := strings.Cut(l, "\t"); ok {
					links = append(links, found{u, line})
				}
			}
			dirs = nil
		}
	}
	for _, d := range dirs {
		if d = strings.TrimSpace(d); d == "" {
			continue
		}
		n := len(links)
		for _, f := range readTree(d) {
			if !seen[f.URL] {
				seen[f.URL] = true
				links = append(links, f)
			}
		}
		log.Printf("%s: %d new links", d, len(links)-n)
	}
	if *cache != "" && dirs != nil {
		var b strings.Builder
		for _, l := range links {
			b.WriteString(l.URL + "\t" + strings.ReplaceAll(l.Line, "\t", " ") + "\n")
		}
		if err := os.WriteFile(*cache, []byte(b.String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	f := filter{skip: map[string]bool{}}
	if *train != "" {
		f = loadFilter(*train, *top)
	}
	var raw []string
	for _, l := range links {
		raw = append(raw, l.URL)
	}
	keep := selectN(raw, *per, f.ok)
	hosts := map[string]bool{}
	for _, u := range keep {
		p, _ := url.Parse(u)
		hosts[bare(p.Hostname())] = true
	}
	log.Printf("kept %d links on %d hosts", len(keep), len(hosts))
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "# Real benign links with paths, written by go run ./internal/gen/benignurls")
	fmt.Fprintln(w, "# from text nobody on the project wrote (Go modules' sources and documents,")
	fmt.Fprintln(w, "# Debian packages' documents and files, npm packages' READMEs, this machine's")
	fmt.Fprintln(w, "# /usr/share/doc and its Python, Perl, Node and C header trees); tuning-side")
	fmt.Fprintln(w, "# hosts only, popular domains and the phishing lists' hosts left out;")
	fmt.Fprintln(w, "# internal/gen/benignurls/doc.go gives the command and its sources.")
	for _, u := range keep {
		fmt.Fprintln(w, u)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if *hostsOut != "" {
		excluded, files, err := measureNames(*exclude)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("%s: %d files, %d host and registrable names left out", *exclude, files, len(excluded))
		hosts := Hosts(raw, *hostsPer, f.ok, excluded)
		sites := map[string]bool{}
		for _, h := range hosts {
			sites[gen.Site(h)] = true
		}
		log.Printf("hosts: %d names on %d registrable names", len(hosts), len(sites))
		fh, err := os.Create(*hostsOut)
		if err != nil {
			log.Fatal(err)
		}
		if err := writeHosts(fh, hosts); err != nil {
			log.Fatal(err)
		}
		if err := fh.Close(); err != nil {
			log.Fatal(err)
		}
	}
	if *held != "" {
		lines := HeldOut(links, *heldMax, f.ok)
		gen.Write(*held, []string{
			"# long33h (harv33, session 33): the held-out side of internal/gen/benignurls's harvest,",
			"# links nobody on the project wrote (Go modules' documents and comments, Debian packages'",
			"# files, npm packages' READMEs), on small and older sites the link model never trains on:",
			"# one link a host, posted bare or in the line of text it stood in. Counts only.",
		}, lines)
		log.Printf("held out: %d lines", len(lines))
	}
}

// readTree returns the links written in the text files under dir, each
// with its line, skipping tests, test data, examples, data files and
// files that name so many hosts that they are lists.
func readTree(dir string) []found {
	var out []found
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := d.Name()
		if d.IsDir() {
			if l := strings.ToLower(name); path != dir && (skipDirs[l] || strings.Contains(l, "test") || strings.Contains(l, "fixture") || strings.Contains(l, "sample")) {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, "test_") || !d.Type().IsRegular() {
			return nil
		}
		lower := strings.ToLower(name)
		for _, e := range skipExt {
			if strings.HasSuffix(lower, e) {
				return nil
			}
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
		if bytes.IndexByte(b, 0) >= 0 || !bytes.Contains(b, []byte("http")) {
			return nil // binary, or no link
		}
		out = append(out, readText(b)...)
		return nil
	})
	return out
}

// readText returns the links of one file's text with their lines; none
// when the file names more than fileHosts hosts (a list).
func readText(b []byte) []found {
	var out []found
	hosts := map[string]bool{}
	for _, line := range bytes.Split(b, []byte("\n")) {
		for _, m := range urlRE.FindAll(line, -1) {
			u := trim(string(m))
			ctx := string(line)
			if len(ctx) > 600 {
				ctx = "" // minified code or a paragraph: no sentence
			}
			out = append(out, found{u, ctx})
			if p, err := url.Parse(u); err == nil {
				hosts[strings.ToLower(p.Hostname())] = true
			}
		}
	}
	if len(hosts) > fileHosts {
		return nil
	}
	return out
}

// trim drops what the URL pattern takes in after a link: trailing
// punctuation, and HTML's escaped quotes and brackets.
func trim(raw string) string {
	raw = strings.ReplaceAll(raw, "&amp;", "&")
	for _, e := range []string{"&quot;", "&gt;", "&lt;", "&#"} {
		if i := strings.Index(raw, e); i > 0 {
			raw = raw[:i]
		}
	}
	return strings.TrimRight(raw, ".,;:)!?'")
}

// Select returns the links of found worth teaching, sorted, each once:
// trimmed of trailing punctuation, with a host name (not an address) and
// a path, on the tuning side of the splits (Tuning), at most perHost of
// one host.
func Select(found []string) []string {
	return selectN(found, perHost, func(string) bool { return true })
}

// selectN is Select with per links a host at most (and perSite a
// registrable domain) and ok, which may leave out a host besides
// candidate's own rules. Within a host the links kept are the first by
// a hash of the link, so that neither scheme nor the alphabet decides.
func selectN(found []string, per int, ok func(host string) bool) []string {
	seen := make(map[string]bool)
	var keep []string
	for _, raw := range found {
		raw = trim(raw)
		if seen[raw] {
			continue
		}
		seen[raw] = true
		u, host, good := candidate(raw)
		if !good || !ok(host) || !Tuning(host, u) {
			continue
		}
		keep = append(keep, raw)
	}
	return capped(keep, per, perSite)
}

// capped keeps at most per links of one host and perSite of one
// registrable domain, the first by a hash of the link, and returns them
// sorted.
func capped(list []string, per, site int) []string {
	sort.Slice(list, func(i, j int) bool { return hash(list[i]) < hash(list[j]) })
	nh, ns := make(map[string]int), make(map[string]int)
	var out []string
	for _, raw := range list {
		u, _ := url.Parse(raw)
		h := bare(u.Hostname())
		s := gen.Site(h)
		if nh[h] >= per || ns[s] >= site {
			continue
		}
		nh[h]++
		ns[s]++
		out = append(out, raw)
	}
	sort.Strings(out)
	return out
}

// hash is a link's SHA-256 in hex: an order that is neither scheme's nor
// the alphabet's.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:8])
}

// candidate parses raw and reports whether it is a link on somebody's
// real site with a path: a host name (not an address) under a known
// ending, no user, no port, not an example, local or placeholder name
// nor this project's, and a path or query beyond the root.
func candidate(raw string) (*url.URL, string, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.User != nil || u.Port() != "" || u.Opaque != "" {
		return nil, "", false
	}
	host := strings.ToLower(u.Hostname())
	if !strings.Contains(host, ".") || strings.HasSuffix(host, ".") || strings.Contains(host, "..") {
		return nil, "", false
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return nil, "", false
	}
	if skipHost(host) {
		return nil, "", false
	}
	if suffix, icann := publicsuffix.PublicSuffix(host); !icann && !strings.Contains(suffix, ".") {
		return nil, "", false // no such ending: a placeholder or a local name
	}
	if first, _, _ := strings.Cut(gen.Site(bare(host)), "."); placeholders[first] {
		return nil, "", false
	}
	if p := strings.Trim(u.Path, "/"); p == "" && u.RawQuery == "" {
		return nil, "", false // a root: the popular domains teach those
	}
	return u, host, true
}

// skipHost reports the hosts never kept: the example domains, local
// names and this project's own.
func skipHost(h string) bool {
	h = bare(h)
	for _, s := range []string{"example.com", "example.org", "example.net", "localhost", "immunebot", "invalid", "test", "local", "localdomain", "internal", "lan", "home.arpa", "example"} {
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
	return hostTuning(host) && !gen.Held(bare(host)+"/"+gen.Folder(u))
}

// hostTuning is Tuning's rule for the host alone: its SHA-256 begins with
// a digit 0-9 and neither it nor its registrable name is held out. A
// host it refuses is never trained on, whatever the path.
func hostTuning(host string) bool {
	h := bare(host)
	sum := sha256.Sum256([]byte(h))
	if c := hex.EncodeToString(sum[:1])[0]; c > '9' {
		return false
	}
	return !gen.Held(h) && !gen.Held(gen.Site(h))
}

// HeldOut returns the held-out side of links as a measure set's lines:
// links whose host no split puts on the tuning side (hostTuning refuses
// it, so none of its links is trained on), which candidate and ok keep,
// one a host (the first by a hash of the link), at most max hosts (the
// first by a hash of the host), each posted as the line it stood in when
// that reads as an English sentence around one link (Sentence), else
// bare; in a hashed order, each line once.
func HeldOut(links []found, max int, ok func(host string) bool) []string {
	byHost := map[string]found{}
	for _, f := range links {
		_, host, good := candidate(f.URL)
		if !good || hostTuning(host) || !ok(host) {
			continue
		}
		h := bare(host)
		if cur, has := byHost[h]; !has || hash(f.URL) < hash(cur.URL) {
			byHost[h] = f
		}
	}
	hosts := make([]string, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	sort.Slice(hosts, func(i, j int) bool { return hash(hosts[i]) < hash(hosts[j]) })
	sites := map[string]bool{}
	seen := map[string]bool{}
	var out []string
	for _, h := range hosts {
		if len(out) == max {
			break
		}
		if s := gen.Site(h); sites[s] {
			continue // one host a site
		} else {
			sites[s] = true
		}
		f := byHost[h]
		line := Sentence(f.Line, f.URL)
		if line == "" {
			line = f.URL
		}
		if !seen[line] && gen.Clean(line) {
			seen[line] = true
			out = append(out, line)
		}
	}
	return out
}

// commentMark is what starts a line of a comment or a list, dropped
// before a line is read as a sentence.
var commentMark = regexp.MustCompile(`^(\s*(//+|/\*+|\*+|#+|;+|--|>+|[-+|]\s|\d+[.)]\s|dnl\s|%+|"\s))+`)

// Sentence returns the line a link stood in as a chat message would hold
// it: comment and list marks dropped, Markdown links written as "text
// (url)", spaces collapsed; empty when it is not an English sentence of
// 30-300 bytes around that one link (code, markup, a table row, two
// links, a bare link).
func Sentence(line, link string) string {
	s := strings.TrimSpace(commentMark.ReplaceAllString(line, ""))
	s = strings.TrimSpace(strings.TrimSuffix(s, "*/"))
	s = mdLinkRE.ReplaceAllString(s, "$1 ($2)")
	s = spaceRE.ReplaceAllString(s, " ")
	if len(s) < 30 || len(s) > 300 || !strings.Contains(s, link) || len(urlRE.FindAllString(s, -1)) != 1 {
		return ""
	}
	if strings.ContainsAny(s, "<>{}\\`|\t") || strings.Contains(s, ":=") || strings.Contains(s, "=\"") || strings.Contains(s, "= \"") || strings.Contains(s, "(\"") {
		return ""
	}
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "@") {
		return "" // a roff request, a doc tag
	}
	prose := strings.Replace(s, link, " ", 1)
	if !gen.English(prose) {
		return ""
	}
	return s
}

// filter leaves out the hosts that the training data names: phishing
// domains and URLs' sites, shared hosts and abused benign domains, and
// the most popular benign domains.
type filter struct {
	skip   map[string]bool // registrable names
	shared map[string]bool // shared hosts: a host on one is left out
}

// ok reports whether host is kept.
func (f filter) ok(host string) bool {
	h := bare(host)
	if f.skip[gen.Site(h)] || f.skip[h] {
		return false
	}
	for s := h; s != ""; {
		if f.shared[s] {
			return false
		}
		_, s, _ = strings.Cut(s, ".")
	}
	return true
}

// loadFilter reads the training data's lists in dir: the phishing
// domains, the phishing URLs' sites, the shared and abused hosts, and the
// first top popular domains.
func loadFilter(dir string, top int) filter {
	f := filter{skip: map[string]bool{}, shared: map[string]bool{}}
	read := func(name string, max int, fn func(string)) {
		fh, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			log.Fatal(err)
		}
		defer fh.Close()
		zr, err := gzip.NewReader(fh)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		n := 0
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if max > 0 && n == max {
				break
			}
			n++
			fn(strings.ToLower(line))
		}
		if err := sc.Err(); err != nil {
			log.Fatal(err)
		}
	}
	add := func(s string) { f.skip[s] = true }
	read("phish-domains-2024-03.txt.gz", 0, add)
	read("abused-benign-domains.txt.gz", 0, add)
	read("phish-shared-hosts-2024-03.txt.gz", 0, func(s string) { f.shared[s] = true })
	read("phish-urls-2024-03.txt.gz", 0, func(s string) {
		if !strings.Contains(s, "://") {
			s = "http://" + s
		}
		if h := gen.Host(s); h != "" {
			add(gen.Site(bare(h)))
		}
	})
	read("benign-domains.txt.gz", top, add)
	return f
}
