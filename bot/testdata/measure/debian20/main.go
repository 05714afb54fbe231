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
	"flag"
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
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
	texts = gen.Unique(texts)

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
			return host + "/" + gen.Folder(u)
		}
		return host
	}
	homeT, homeH := gen.Split(homes, key)
	textT, textH := gen.Split(texts, func(p string) string { return key(linkRE.FindString(p)) })
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
	gen.Write("deb-home20t.txt", header("Homepage and AppStream URLs, one a line", "tuning"), homeT)
	gen.Write("deb-home20h.txt", header("Homepage and AppStream URLs, one a line", "held-out"), homeH)
	gen.Write("deb-text20t.txt", header("Paragraphs of English package descriptions holding a link", "tuning"), textT)
	gen.Write("deb-text20h.txt", header("Paragraphs of English package descriptions holding a link", "held-out"), textH)
	fmt.Printf("homepages %d (t %d, h %d); texts %d (t %d, h %d)\n", len(homes), len(homeT), len(homeH), len(texts), len(textT), len(textH))
}

// siteHost is u's host in lower case without a leading "www.".
func siteHost(u *url.URL) string {
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// uniqueWeb keeps the http and https URLs of list, once each, sorted.
func uniqueWeb(list []string) []string {
	var web []string
	for _, s := range list {
		if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
			web = append(web, s)
		}
	}
	return gen.Unique(web)
}

// eachLine calls fn with each line of the file at path, tabs written
// as spaces.
func eachLine(path string, fn func(string)) {
	gen.EachLine(path, func(line string) {
		fn(strings.ReplaceAll(line, "\t", " "))
	})
}
