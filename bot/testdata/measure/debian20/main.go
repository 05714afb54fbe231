// Command debian20 writes the Debian measurement sets of testdata/measure
// (deb-home20t.txt, deb-home20h.txt, deb-text20t.txt, deb-text20h.txt)
// from Debian's package indexes: the Homepage field of every binary
// package, the URLs of the AppStream metadata (homepage, bug tracker,
// help, FAQ, donation, translation pages), and the paragraphs of the
// English long descriptions that hold a link. Nobody on the project
// wrote them: they are links and text that Debian's maintainers and the
// upstream projects wrote, the long tail of software sites that tech
// chat links to.
//
// It lives under testdata so that go build, go vet and go test skip it.
// Run it from bot/testdata/measure after apt-get update with English
// translations on:
//
//	apt-get update -o Acquire::Languages=en
//	L=/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main
//	go run ./debian20 \
//	  -packages <(/usr/lib/apt/apt-helper cat-file ${L}_binary-amd64_Packages.lz4) \
//	  -appstream <(zcat ${L}_dep11_Components-amd64.yml.gz) \
//	  -translation <(/usr/lib/apt/apt-helper cat-file ${L}_i18n_Translation-en.lz4)
//
// Each item goes to the tuning (t) or held-out (h) file by a hash of its
// site, so that one site's pages are never on both sides: the host
// without "www.", or, on a host that serves many projects (github.com,
// sourceforge.net, cran.r-project.org …), the host and the first folder.
package main

import (
	"bufio"
	"crypto/sha256"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
)

var linkRE = regexp.MustCompile(`https?://[^\s<>()"'` + "`" + `]+`)

func main() {
	packages := flag.String("packages", "", "Debian's Packages index, decompressed")
	appstream := flag.String("appstream", "", "Debian's dep11 Components YAML, decompressed")
	translation := flag.String("translation", "", "Debian's Translation-en index, decompressed")
	release := flag.String("release", "bookworm (Debian 12), main, amd64", "the release named in the headers")
	flag.Parse()

	var homes []string
	eachLine(*packages, func(line string) {
		if v, ok := strings.CutPrefix(line, "Homepage: "); ok {
			homes = append(homes, strings.TrimSpace(v))
		}
	})
	urlKinds := regexp.MustCompile(`^  (homepage|bugtracker|help|faq|donation|translate|vcs-browser|contact|contribute): (\S+)$`)
	inURL := false
	eachLine(*appstream, func(line string) {
		switch {
		case line == "Url:":
			inURL = true
		case !strings.HasPrefix(line, "  "):
			inURL = false
		case inURL:
			if m := urlKinds.FindStringSubmatch(line); m != nil {
				homes = append(homes, m[2])
			}
		}
	})
	homes = uniqueWeb(homes)

	// Paragraphs of the long descriptions: lines starting with a space,
	// " ." between paragraphs.
	var texts []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			p := strings.Join(cur, " ")
			if linkRE.MatchString(p) {
				texts = append(texts, p)
			}
			cur = cur[:0]
		}
	}
	eachLine(*translation, func(line string) {
		switch {
		case line == " .":
			flush()
		case strings.HasPrefix(line, " "):
			cur = append(cur, strings.Join(strings.Fields(line), " "))
		default:
			flush()
		}
	})
	flush()
	texts = unique(texts)

	// A host serving many projects is split by its first folder.
	perHost := map[string]int{}
	for _, h := range homes {
		if u, err := url.Parse(h); err == nil {
			perHost[siteHost(u)]++
		}
	}
	key := func(raw string) string {
		u, err := url.Parse(raw)
		if err != nil {
			return raw
		}
		host := siteHost(u)
		if perHost[host] > 20 {
			first, _, _ := strings.Cut(strings.TrimPrefix(u.EscapedPath(), "/"), "/")
			return host + "/" + strings.ToLower(first)
		}
		return host
	}
	var homeT, homeH, textT, textH []string
	for _, h := range homes {
		if held(key(h)) {
			homeH = append(homeH, h)
		} else {
			homeT = append(homeT, h)
		}
	}
	for _, p := range texts {
		if held(key(linkRE.FindString(p))) {
			textH = append(textH, p)
		} else {
			textT = append(textT, p)
		}
	}
	header := func(what, side string) []string {
		return []string{
			"# " + what + " — " + side + " half, written by bot/testdata/measure/debian20 (coordinator,",
			"# 2026-12-03) from Debian's package indexes, " + *release + ", as apt-get",
			"# fetched them that day. Nobody on the project wrote these lines: Debian's",
			"# maintainers and the upstream projects did. Each site is on one side only",
			"# (a hash of its host, or host and first folder on hosts serving many",
			"# projects). All of them are benign: a flagged line is a false alarm.",
		}
	}
	write("deb-home20t.txt", header("Homepage and AppStream URLs, one a line", "tuning"), homeT)
	write("deb-home20h.txt", header("Homepage and AppStream URLs, one a line", "held-out"), homeH)
	write("deb-text20t.txt", header("Paragraphs of English package descriptions holding a link", "tuning"), textT)
	write("deb-text20h.txt", header("Paragraphs of English package descriptions holding a link", "held-out"), textH)
	fmt.Printf("homepages %d (t %d, h %d); texts %d (t %d, h %d)\n", len(homes), len(homeT), len(homeH), len(texts), len(textT), len(textH))
}

// siteHost is u's host in lower case without a leading "www.".
func siteHost(u *url.URL) string {
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// held reports whether the site named by key is in the held-out half.
func held(key string) bool {
	sum := sha256.Sum256([]byte(key))
	return sum[0]&1 == 1
}

// uniqueWeb keeps the http and https URLs of list, once each, sorted.
func uniqueWeb(list []string) []string {
	var web []string
	for _, s := range list {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			web = append(web, s)
		}
	}
	return unique(web)
}

// unique sorts list and drops repeats.
func unique(list []string) []string {
	sort.Strings(list)
	out := list[:0]
	for i, s := range list {
		if i == 0 || s != list[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func eachLine(path string, fn func(string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(strings.ReplaceAll(sc.Text(), "\t", " "))
	}
	if err := sc.Err(); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
}

func write(name string, header, lines []string) {
	var b strings.Builder
	for _, h := range header {
		b.WriteString(h + "\n")
	}
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}
