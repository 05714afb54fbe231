package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"github.com/immunebot/immune/internal/trainlist"
)

// Source names where an example came from; the held-out-source split
// leaves one out.
type Source uint8

// The sources of examples.
const (
	SrcDiscord      Source = iota // nikolaischunk/discord-phishing-links
	SrcCrypto                     // polkadot-js/phishing
	SrcVietnam                    // ChongLuaDao
	SrcPhishDB                    // Phishing.Database (2020)
	SrcPhishURL                   // phishing URLs (all sources)
	SrcBenign                     // Umbrella popular domains
	SrcBenignURL                  // benign URLs harvested from Go sources and modules
	SrcBenignGen                  // benign URLs written by the trainer's generator
	SrcBenignHost                 // service host names the trainer writes under popular domains
	SrcBenignHosted               // sites the trainer writes on hosting platforms (a blog on github.io)
	SrcBenignVN                   // real Vietnamese organisations' domains, a hand-written list (vietnamese-benign.txt)
	SrcBenignVNGen                // Vietnamese firms' names written by the trainer's generator
	SrcBenignTech                 // real software projects' and hosting companies' domains, a hand-written list (tech-benign.txt)
	SrcBenignDeb                  // Debian packages' homepage and AppStream URLs, the tuning half (bot/testdata/measure/deb-home20t.txt)
	SrcBenignNPM                  // the links of npm packages' READMEs and package.json files, the tuning halves (bot/testdata/measure/npm-*21t.txt)
	SrcBenignCrypto               // real crypto projects' hosts, read from their modules' sources (-cryptoharvest): the experts learn from them
	SrcBenignLong                 // small and older sites' real pages, read from text on this machine nobody on the project wrote (-longtail: cmd/train/benign-urls.txt)
	SrcBenignSmall                // small and older sites' real host names, read from the same text (-smallhosts: cmd/train/benign-hosts.txt)
	numSources
)

var sourceNames = [numSources]string{"discord", "crypto", "vietnam", "phishdb", "phish-url", "benign", "benign-url", "benign-gen", "benign-host", "benign-hosted", "benign-vn", "benign-vn-gen", "benign-tech", "benign-deb", "benign-npm", "benign-crypto", "benign-long", "benign-small"}

func (s Source) String() string { return sourceNames[s] }

// Example is one labelled link.
type Example struct {
	Link   linkx.Link
	Phish  bool
	Source Source
	Split  Split
	Weight float64
	// Unweighed: the classifier never reads this link with the model
	// (an official or reputable host), so the model does not learn from
	// it.
	Unweighed bool
	// PathOnly: the link model learns from this example's path
	// features alone, not its host name's (-keeptrusted: a link on a
	// host the classifier trusts), and its experts not at all.
	PathOnly bool
	// NetOnly: only the link model's net learns from this example, the
	// linear model and its experts do not (-vnnet).
	NetOnly bool
	// Wide: a link only wideHarvestModules hold (-wideharvest); it
	// weighs -wideweight times a harvested link.
	Wide bool
	// OnTop: the example weighs as one of its source does, on top of
	// them: its source's examples weigh as without it (writeHerokuApps).
	OnTop bool
	// ExpertOnly: only the link model's experts learn from this example
	// (a real crypto project's host, -cryptoharvest); the model itself
	// is trained as without it.
	ExpertOnly bool
	// PathStage: the example is left out of the link model's training
	// and taught in a second stage that moves the weights of path
	// features alone (-longstage's links), and its experts not at all.
	PathStage bool
	// HostStage: the example is left out of the link model's training
	// (and its experts') and taught in a third stage that moves the
	// weights of host-name features alone (-smallstage's names).
	HostStage bool
}

// Split is the part of the data an example belongs to.
type Split uint8

// The splits: by a hash of the registrable domain, so that every link of a
// domain lands in one split.
const (
	Train Split = iota
	Validate
	Test
)

var splitNames = [...]string{"training", "validation", "test"}

func (s Split) String() string { return splitNames[s] }

func splitOf(domain string) Split {
	h := fnv.New32a()
	h.Write([]byte(domain))
	switch h.Sum32() % 10 {
	case 0:
		return Test
	case 1:
		return Validate
	}
	return Train
}

// loadDomains reads the domain lists: phishing domains by source block and
// the popular benign domains.
func loadDomains(dir string) ([]Example, map[string]bool, error) {
	var out []Example
	phish := make(map[string]bool)
	blockSource := []Source{SrcDiscord, SrcCrypto, SrcVietnam, SrcPhishDB, SrcPhishDB, SrcPhishDB}
	err := trainlist.Read(filepath.Join(dir, "phish-domains-2024-03.txt.gz"), func(d string, block int) {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain == "" {
			return
		}
		src := SrcPhishDB
		if block >= 0 && block < len(blockSource) {
			src = blockSource[block]
		}
		phish[l.Domain] = true
		out = append(out, Example{Link: l, Phish: true, Source: src, Split: splitOf(l.Domain)})
	})
	if err != nil {
		return nil, nil, err
	}
	err = trainlist.Read(filepath.Join(dir, "benign-domains.txt.gz"), func(d string, _ int) {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain == "" || phish[l.Domain] {
			return
		}
		out = append(out, Example{Link: l, Source: SrcBenign, Split: splitOf(l.Domain)})
	})
	return out, phish, err
}

//go:embed vietnamese-benign.txt
var vietnameseBenign string

//go:embed tech-benign.txt
var techBenign string

// loadVietnameseBenign returns the hand-written list of real Vietnamese
// organisations' domains (vietnamese-benign.txt) as benign examples,
// leaving out a name a phishing list names and one already among the
// examples given (the popular list), each domain once.
func loadVietnameseBenign(phish map[string]bool, have []Example) []Example {
	return loadBenignList(vietnameseBenign, SrcBenignVN, phish, have)
}

// loadBenignList returns a hand-written list of benign registrable
// domains (several a line, '#' lines are comments) as examples of src,
// leaving out a name a phishing list names and one already among the
// examples given, each domain once.
func loadBenignList(list string, src Source, phish map[string]bool, have []Example) []Example {
	seen := make(map[string]bool)
	for i := range have {
		seen[have[i].Link.Domain] = true
	}
	var out []Example
	for _, line := range strings.Split(list, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, d := range strings.Fields(line) {
			l, ok := linkx.Parse("https://" + d + "/")
			if !ok || l.Domain == "" || phish[l.Domain] || seen[l.Domain] {
				continue
			}
			seen[l.Domain] = true
			out = append(out, Example{Link: l, Source: src, Split: splitOf(l.Domain)})
		}
	}
	return out
}

// loadPhishURLs reads the phishing URLs that have a path or query.
func loadPhishURLs(dir string) ([]Example, error) {
	var out []Example
	err := trainlist.Read(filepath.Join(dir, "phish-urls-2024-03.txt.gz"), func(u string, _ int) {
		l, ok := linkx.Parse(u)
		if !ok || l.Domain == "" && !l.IP.IsValid() {
			return
		}
		key := l.Domain
		if key == "" {
			key = l.Host
		}
		if userContentHosts[l.Host] {
			// anyone's page: split by the page, or every sites.google.com
			// page would fall in one split with google.com
			key = l.Host + pagePrefix(l.Path)
		}
		out = append(out, Example{Link: l, Phish: true, Source: SrcPhishURL, Split: splitOf(key)})
	})
	return out, err
}

// userContentHosts are the official hosts where anyone can publish a page
// (those bot/hosts.go judges by their path), and the platforms' own
// short-link and file hosts of the same kind.
var userContentHosts = setOf("sites.google.com", "docs.google.com", "drive.google.com", "forms.gle", "script.google.com",
	"storage.googleapis.com", "firebasestorage.googleapis.com", "telegra.ph", "graph.org", "forms.office.com",
	"onedrive.live.com", "1drv.ms", "sway.office.com", "sway.cloud.microsoft", "web.facebook.com", "business.facebook.com")

func setOf(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// pagePrefix is the first two segments of a path: /view/NAME on
// sites.google.com, /forms/d on docs.google.com.
func pagePrefix(path string) string {
	n := 0
	for i := 1; i < len(path); i++ {
		if path[i] == '/' {
			n++
			if n == 2 {
				return path[:i]
			}
		}
	}
	return path
}

var urlRE = regexp.MustCompile(`https?://[A-Za-z0-9][A-Za-z0-9._~:/?#@!$&+,;=%-]*`)

// harvestModules are the modules whose sources the benign link corpus is
// read from, beside the Go distribution's, at fixed versions: the corpus
// must not change when the project's dependencies do. They are fetched
// with go mod download when the module cache lacks them.
var harvestModules = []string{
	"code.dny.dev/ssrf@v0.3.0", "github.com/BurntSushi/toml@v1.6.0", "github.com/bwmarrin/discordgo@v0.29.0",
	"github.com/go-telegram-bot-api/telegram-bot-api/v5@v5.5.1", "github.com/gorilla/websocket@v1.5.3",
	"github.com/jackc/pgx/v5@v5.13.0", "github.com/prometheus/client_golang@v1.25.0", "github.com/prometheus/common@v0.72.0",
	"github.com/prometheus/procfs@v0.22.0", "go.etcd.io/bbolt@v1.5.0", "golang.org/x/crypto@v0.58.0",
	"golang.org/x/net@v0.62.0", "golang.org/x/sync@v0.24.0", "golang.org/x/sys@v0.49.0", "golang.org/x/text@v0.43.0",
	"google.golang.org/protobuf@v1.36.12",
}

// wideHarvestModules are read besides harvestModules with -wideharvest:
// projects whose documentation and data name many other real projects'
// and companies' sites, chosen by kind, not by the names they hold — DNS
// and hosting providers (lego's provider list), licenses (SPDX's see-also
// pages), feed readers' integrations, web servers, release tooling,
// static sites, IPFS, vulnerability reports (x/vulndb's references),
// software bills of materials (syft's ecosystems), device drivers for
// makers' boards (tinygo's datasheets), Bitcoin's Lightning and node
// software, database URLs, file sync, Kubernetes packaging, and language
// model clients. The fourteenth pass (BENCHMARKS.md) measured them; at
// fixed versions, so the corpus does not move.
var wideHarvestModules = []string{
	"github.com/go-acme/lego/v5@v5.6.0", "github.com/github/go-spdx/v2@v2.8.0", "miniflux.app/v2@v2.3.5",
	"github.com/caddyserver/caddy/v2@v2.11.9", "github.com/goreleaser/goreleaser/v2@v2.15.1", "github.com/gohugoio/hugo@v0.139.0",
	"github.com/ipfs/kubo@v0.43.1", "golang.org/x/vulndb@v0.0.0-20261105234957-e22db6528018", "github.com/anchore/syft@v1.57.1",
	"tinygo.org/x/drivers@v0.37.0", "github.com/lightningnetwork/lnd@v0.18.3-beta", "github.com/btcsuite/btcd@v0.24.2",
	"github.com/xo/dburl@v0.58.0", "github.com/syncthing/syncthing@v1.30.0", "helm.sh/helm/v3@v3.22.0",
	"github.com/tmc/langchaingo@v0.1.14",
}

// cryptoHarvestModules are read with -cryptoharvest: the sources and
// documentation of real crypto projects (Bitcoin's node and wallet, the
// Lightning node, Ethereum's client, the Cosmos SDK and its consensus
// engine, Solana's and Avalanche's Go clients), at fixed versions. Their
// links name what real crypto projects' own sites look like
// (bitcoincore.org, docs.cosmos.network, eips.ethereum.org), which the
// benign side of the crypto expert otherwise lacks: the popular domains
// hold a few hundred crypto names against 30,000 crypto scams.
var cryptoHarvestModules = []string{
	"github.com/btcsuite/btcd@v0.24.2", "github.com/btcsuite/btcwallet@v0.16.10", "github.com/lightningnetwork/lnd@v0.18.3-beta",
	"github.com/ethereum/go-ethereum@v1.14.12", "github.com/cosmos/cosmos-sdk@v0.50.10", "github.com/cometbft/cometbft@v0.38.12",
	"github.com/gagliardetto/solana-go@v1.12.0", "github.com/ava-labs/avalanchego@v1.11.11",
}

// cryptoHarvest is -cryptoharvest: the registrable names of the links
// cryptoHarvestModules hold (read as the wider modules are, not their
// tests) that no other harvested link names are taught to the link
// model's experts alone (ExpertOnly), each once as a bare name weighing
// cryptoWeight times a popular domain, on top. Measured and not kept
// (BENCHMARKS.md, model28): 276 names; on the test split the whole
// classifier flagged crypto scam domains 2,198 -> 2,189 of 3,018 (names
// of rpc, network and protocol words, as the projects' own are) while
// bitcoincore.org and bitcoinops.org were cleared; at -cryptoweight 0.3,
// 2,194, but a unit test's crypto scam docs page
// (ethereum-double.org/en/docs/start/) fell to allowed; taught every
// host (rpc.cosmos.directory, seed nodes) or every link, more was lost
// (2,179; 2,168).
var cryptoHarvest = false

// cryptoWeight is -cryptoweight: how much one of -cryptoharvest's names
// weighs against a popular domain.
var cryptoWeight = 1.0

// wideHarvest is -wideharvest: the benign link corpus reads
// wideHarvestModules too (their documentation, data and sources, not
// their tests), and .yaml, .yml and .toml files besides the others. The
// fourteenth pass measured it (BENCHMARKS.md): det13's corpus of real
// tech links flagged 447 -> 270 of 11,884 on the validation model, but
// the test split's phishing URLs 75.18 -> 74.17 % flagged, so it was not
// switched on. The fifteenth pass gave links with a path a point of their
// own (-pathrecall) that holds their recall: the test split's phishing
// URLs then rise, but one more popular domain is flagged, the domain
// blocks lose 0.04-0.5 points and rev13's attack set loses a line, so it
// stays off (BENCHMARKS.md).
var wideHarvest = false

// moduleDir downloads a module at a fixed version (go mod download, which
// reads the module cache first) and returns its directory.
func moduleDir(m string) (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", m).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download %s: %w", m, err)
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out, &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no directory", m)
	}
	return info.Dir, nil
}

// harvestRoot is a directory the benign link corpus is read from; wide:
// one of wideHarvestModules, whose tests and test data are skipped (they
// name made-up hosts) and whose .yaml, .yml and .toml files are read.
type harvestRoot struct {
	dir  string
	wide bool
}

// harvestBenignURLs collects the URLs written in the Go distribution's
// sources and in the sources of harvestModules: real links to
// documentation, specifications, issues and project pages, with real
// paths. Hosts on the phishing lists are left out, and so is this
// project: its tests name made-up scam hosts. With -wideharvest it
// returns apart, as wide, the links only wideHarvestModules hold.
func harvestBenignURLs(phish map[string]bool) (base, wide []Example, err error) {
	roots := []harvestRoot{{dir: goEnv("GOROOT") + "/src"}, {dir: goEnv("GOROOT") + "/doc"}}
	for _, m := range harvestModules {
		dir, err := moduleDir(m)
		if err != nil {
			return nil, nil, err
		}
		roots = append(roots, harvestRoot{dir: dir})
	}
	if wideHarvest {
		for _, m := range wideHarvestModules {
			dir, err := moduleDir(m)
			if err != nil {
				return nil, nil, err
			}
			roots = append(roots, harvestRoot{dir: dir, wide: true})
		}
	}
	urls, wideURLs := walkHarvest(roots)
	wide = benignURLExamples(wideURLs, phish)
	for i := range wide {
		wide[i].Wide = true
	}
	base = benignURLExamples(urls, phish)
	if cryptoHarvest {
		var croots []harvestRoot
		for _, m := range cryptoHarvestModules {
			dir, err := moduleDir(m)
			if err != nil {
				return nil, nil, err
			}
			croots = append(croots, harvestRoot{dir: dir, wide: true})
		}
		known := make(map[string]bool, len(urls)+len(wideURLs))
		for _, u := range append(urls, wideURLs...) {
			known[u] = true
		}
		_, curls := walkHarvest(croots)
		var fresh []string
		for _, u := range curls {
			if !known[u] {
				fresh = append(fresh, u)
			}
		}
		// each registrable domain once, as a bare name: the experts read
		// the host name alone, and a project's own site is its name
		// (its servers' names, rpc. or seed-node., are not a site's)
		hosts := make(map[string]bool)
		var cx []Example
		for _, x := range benignURLExamples(fresh, phish) {
			if hosts[x.Link.Domain] {
				continue
			}
			hosts[x.Link.Domain] = true
			if l, ok := linkx.Parse("https://" + x.Link.Domain + "/"); ok {
				cx = append(cx, Example{Link: l, Source: SrcBenignCrypto, Split: x.Split, ExpertOnly: true})
			}
		}
		fmt.Println("crypto projects' hosts read:", len(cx))
		base = append(base, cx...)
	}
	return base, wide, nil
}

// walkHarvest reads the URLs written in the files under roots, each URL
// once, in the order found: those first found under a wide root apart.
// It reads .go, .md, .txt, .html, .s, .proto and .json files of up to 4
// MB, and of a wide root also .yaml, .yml and .toml ones but not its
// tests (_test.go files and testdata directories), which name made-up
// hosts.
func walkHarvest(roots []harvestRoot) (urls, wideURLs []string) {
	seen := make(map[string]bool)
	for _, root := range roots {
		filepath.WalkDir(root.dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if root.wide && d.Name() == "testdata" {
					return filepath.SkipDir
				}
				return nil
			}
			switch filepath.Ext(path) {
			case ".go", ".md", ".txt", ".html", ".s", ".proto", ".json":
				if root.wide && strings.HasSuffix(path, "_test.go") {
					return nil
				}
			case ".yaml", ".yml", ".toml":
				if !root.wide {
					return nil
				}
			default:
				return nil
			}
			if info, err := d.Info(); err != nil || info.Size() > 4<<20 {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return nil
			}
			for _, m := range urlRE.FindAll(b, -1) {
				u := strings.TrimRight(string(m), ".,;:)!?'")
				if !seen[u] {
					seen[u] = true
					if root.wide {
						wideURLs = append(wideURLs, u)
					} else {
						urls = append(urls, u)
					}
				}
			}
			return nil
		})
	}
	return urls, wideURLs
}

// benignURLExamples turns harvested URLs into benign examples, in sorted
// order, leaving out the phishing lists' hosts and the example domains.
func benignURLExamples(urls []string, phish map[string]bool) []Example {
	sort.Strings(urls)
	var ex []Example
	for _, u := range urls {
		l, ok := linkx.Parse(u)
		if !ok || l.Domain == "" || phish[l.Domain] || !strings.Contains(l.Domain, ".") {
			continue
		}
		switch l.Domain {
		case "example.com", "example.org", "example.net":
			continue
		}
		ex = append(ex, Example{Link: l, Source: SrcBenignURL, Split: splitOf(l.Domain)})
	}
	return ex
}

// loadDebianURLs reads the benign URLs of path (debianURLs: the tuning
// half of Debian's homepage and AppStream URLs, committed test data, one
// a line, '#' lines comments) as benign examples, in the file's order,
// leaving out the phishing lists' hosts. They are real links to the
// sites of software projects that nobody on the project wrote, many of
// them older sites' plain-HTTP pages in deep folders (~user pages, .html
// and .php pages, /software/x) the trainer's generators only guess at.
// The held-out half (deb-home20h.txt) is never read: it stays the honest
// measure of what they teach. They are split by site, a host with its
// first folder, as the file was split from its held-out half: by
// registrable domain, github.com's thousands would all fall in one split.
func loadDebianURLs(path string, phish map[string]bool) ([]Example, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-debian: %w (run from the module's root)", err)
	}
	var ex []Example
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l, ok := linkx.Parse(line)
		if !ok || l.Domain == "" || phish[l.Domain] || !strings.Contains(l.Domain, ".") {
			continue
		}
		// split by site, as the file is split from its held-out half: a
		// host, with its first folder (github.com/owner, one project's
		// pages on a forge)
		site := l.Host
		if first, _, _ := strings.Cut(strings.TrimPrefix(l.Path, "/"), "/"); first != "" {
			site += "/" + first
		}
		ex = append(ex, Example{Link: l, Source: SrcBenignDeb, Split: splitOf(site)})
	}
	return ex, nil
}

// loadLongTail reads the benign URLs of path (longTail: real links with
// paths on small and older sites, written by go run
// ./internal/gen/benignurls from text nobody on the project wrote, the
// tuning side of the measure sets' splits only; one a line, '#' lines
// comments) as benign examples, in the file's order, each once, leaving
// out the phishing lists' hosts and the links the harvest already holds
// (have). Unlike Debian's they teach their paths as well as their hosts:
// the model otherwise learns what an unknown site's page looks like from
// the kits on compromised sites alone.
func loadLongTail(path string, phish map[string]bool, have []Example) ([]Example, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-longtail: %w (run from the module's root)", err)
	}
	seen := make(map[string]bool, len(have))
	for i := range have {
		seen[have[i].Link.Raw] = true
	}
	var ex []Example
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || seen[line] {
			continue
		}
		seen[line] = true
		l, ok := linkx.Parse(line)
		if !ok || l.Domain == "" || phish[l.Domain] || !strings.Contains(l.Domain, ".") {
			continue
		}
		ex = append(ex, Example{Link: l, Source: SrcBenignLong, Split: splitOf(l.Domain)})
	}
	return ex, nil
}

// loadSmallHosts reads the host names of path (smallHosts: real small
// and older sites' names, written by go run ./internal/gen/benignurls
// -hosts from text nobody on the project wrote, the tuning side of the
// measure sets' splits only; one a line, '#' lines comments) as bare
// benign links (https://HOST/), in the file's order, each once, leaving
// out the phishing lists' hosts and every registrable name the examples
// given (the popular domains and the hand-written lists) already hold.
func loadSmallHosts(path string, phish map[string]bool, have []Example) ([]Example, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-smallhosts: %w (run from the module's root)", err)
	}
	known := make(map[string]bool, len(have))
	for i := range have {
		if !have[i].Phish && !model.HasPath(&have[i].Link) {
			known[have[i].Link.Domain] = true
		}
	}
	seen := map[string]bool{}
	var ex []Example
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.ToLower(strings.TrimSpace(line))
		if line == "" || strings.HasPrefix(line, "#") || seen[line] {
			continue
		}
		seen[line] = true
		l, ok := linkx.Parse("https://" + line + "/")
		if !ok || l.Domain == "" || l.IP.IsValid() || phish[l.Domain] || known[l.Domain] || !strings.Contains(l.Domain, ".") {
			continue
		}
		ex = append(ex, Example{Link: l, Source: SrcBenignSmall, Split: splitOf(l.Domain), OnTop: true})
	}
	return ex, nil
}

// realBenign reports the sources of real benign links read from the
// committed measurement sets' tuning halves (Debian's, npm's).
func realBenign(s Source) bool { return s == SrcBenignDeb || s == SrcBenignNPM }

// loadNPMLinks reads the links of the files of paths (npmLinks: the
// tuning halves of npm packages' README paragraphs and package.json
// URLs, committed test data, a message a line, '#' lines comments) as
// benign examples, each distinct link once, in the files' order, leaving
// out the phishing lists' hosts and the example domains READMEs write
// (example.com). They are links that packages' authors wrote, nobody on
// the project: small projects' sites, blogs, specifications, many over
// plain HTTP. The held-out halves (npm-*21h.txt) are never read. They
// are split by site as Debian's are (loadDebianURLs).
func loadNPMLinks(paths []string, phish map[string]bool) ([]Example, error) {
	var ex []Example
	seen := make(map[string]bool)
	var buf []linkx.Link
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("-npm: %w (run from the module's root)", err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			buf = linkx.Extract(line, buf[:0])
			for _, l := range buf {
				if l.Domain == "" || phish[l.Domain] || !strings.Contains(l.Domain, ".") || seen[l.Raw] {
					continue
				}
				switch l.Domain {
				case "example.com", "example.org", "example.net":
					continue
				}
				seen[l.Raw] = true
				site := l.Host
				if first, _, _ := strings.Cut(strings.TrimPrefix(l.Path, "/"), "/"); first != "" {
					site += "/" + first
				}
				ex = append(ex, Example{Link: l, Source: SrcBenignNPM, Split: splitOf(site)})
			}
		}
	}
	return ex, nil
}

// capPerDomain keeps at most n of the examples of each registrable domain
// (0: all), those whose links hash lowest, in their order: a
// vulnerability database names one advisory site thousands of times.
func capPerDomain(ex []Example, n int) []Example {
	if n <= 0 {
		return ex
	}
	byDomain := make(map[string][]uint32)
	hash := func(x *Example) uint32 {
		h := fnv.New32a()
		h.Write([]byte(x.Link.Raw))
		return h.Sum32()
	}
	for i := range ex {
		byDomain[ex[i].Link.Domain] = append(byDomain[ex[i].Link.Domain], hash(&ex[i]))
	}
	limit := make(map[string]uint32, len(byDomain))
	for d, hs := range byDomain {
		if len(hs) <= n {
			limit[d] = ^uint32(0)
			continue
		}
		sort.Slice(hs, func(i, j int) bool { return hs[i] < hs[j] })
		limit[d] = hs[n-1]
	}
	var out []Example
	for i := range ex {
		if hash(&ex[i]) <= limit[ex[i].Link.Domain] {
			out = append(out, ex[i])
		}
	}
	return out
}

func goEnv(key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// httpShare returns the share of the links in ex whose scheme is plain
// HTTP.
func httpShare(ex []Example) float64 {
	n := 0
	for i := range ex {
		if ex[i].Link.Scheme == "http" {
			n++
		}
	}
	return float64(n) / float64(max(len(ex), 1))
}

// setPlainPages gives m the feature of a plain-HTTP page (model.PlainPage)
// and sets its weight, not learned: the links it reads are pages of older
// sites, and the only real benign ones among the examples are the
// harvest's; every benign URL the trainer writes is HTTPS, so the scheme's
// learned weights (http against https) say how the lists were built. The
// weight is such that plain HTTP on such a page weighs, over its HTTPS
// twin, the log odds ratio of plain HTTP among the phishing URLs against
// the harvested benign links of that kind that keep keeps (each count
// plus one), and never more than the scheme alone: it only lowers. It
// returns the log odds ratio and the weight; an error when the feature's
// index already holds a learned weight (a collision of hashes).
func setPlainPages(m *model.Model, ex []Example, keep func(*Example) bool) (float64, float32, error) {
	var n [2][2]float64 // [phishing][plain HTTP]
	for i := range ex {
		x := &ex[i]
		if !keep(x) || x.Unweighed || (x.Source != SrcPhishURL && x.Source != SrcBenignURL) || !model.PlainPage(&x.Link) {
			continue
		}
		ph, h := 0, 0
		if x.Phish {
			ph = 1
		}
		switch x.Link.Scheme {
		case "http":
			h = 1
		case "https":
		default:
			continue
		}
		n[ph][h]++
	}
	lor := math.Log((n[1][1]+1)/(n[1][0]+1)) - math.Log((n[0][1]+1)/(n[0][0]+1))
	i := model.PlainPageIndex()
	if m.Weights[i] != 0 {
		return 0, 0, fmt.Errorf("plain-HTTP page feature: index %d holds a learned weight %g", i, m.Weights[i])
	}
	gap := float64(schemeWeight(m, "http") - schemeWeight(m, "https"))
	w := float32(min(0, lor-gap))
	m.Weights[i] = w
	m.PlainPages = true
	model.SetPlainPages(true)
	return lor, w, nil
}

// plainHTTP rewrites share of the HTTPS links in ex, chosen by a stream
// of their own (seed), as their plain-HTTP twins, and returns how many.
// Every benign URL the trainer writes is HTTPS, while 60 % of the
// phishing URLs are plain HTTP, and 11 % of the real links the harvest
// reads (31 % of those the model learns from): without this the scheme
// alone reads as a phishing shape. Measured with -genhttp -1 and not
// kept: it costs plain-HTTP document lures (BENCHMARKS.md, fifteenth
// pass).
func plainHTTP(ex []Example, share float64, seed uint64) int {
	r := rand.New(rand.NewPCG(seed, 8))
	n := 0
	for i := range ex {
		x := &ex[i]
		if r.Float64() >= share || x.Link.Scheme != "https" {
			continue
		}
		if l, ok := linkx.Parse("http" + strings.TrimPrefix(x.Link.Raw, "https")); ok {
			x.Link = l
			n++
		}
	}
	return n
}

// generateBenignURLs writes links with everyday paths (articles, products,
// help pages, search results, forum threads, files) on benign domains, in
// English and Vietnamese, so that the model sees benign paths of the kinds
// chat members share and not only the documentation links of the harvest.
// It is deterministic for a seed.
func generateBenignURLs(benign []Example, perDomain float64, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 1))
	var out []Example
	for i := range benign {
		b := &benign[i]
		if b.Source != SrcBenign {
			continue
		}
		n := int(perDomain)
		if r.Float64() < perDomain-float64(n) {
			n++
		}
		for k := 0; k < n; k++ {
			u := "https://" + hostFor(r, b.Link.Domain) + benignPath(r)
			l, ok := linkx.Parse(u)
			if !ok {
				continue
			}
			out = append(out, Example{Link: l, Source: SrcBenignGen, Split: b.Split})
		}
	}
	return out
}

// generateServiceHosts writes host names of the kind big services run
// under their own domains (api.prod.us-east-1.example.com,
// agent-cluster2.eu1.example.net): benign, and far from what phishing
// puts in a subdomain. Without them the model would only ever see
// subdomains on phishing hosts and learn that having one is suspect.
func generateServiceHosts(benign []Example, share float64, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 4))
	var out []Example
	eachSampled(benign, share, r, func(b *Example) {
		labels := 1 + r.IntN(3)
		parts := make([]string, labels)
		for k := range parts {
			parts[k] = serviceLabel(r)
		}
		l, ok := linkx.Parse("https://" + strings.Join(parts, ".") + "." + b.Link.Domain + "/")
		if !ok || l.Domain != b.Link.Domain {
			return
		}
		out = append(out, Example{Link: l, Source: SrcBenignHost, Split: b.Split})
	})
	return out
}

// eachSampled calls fn with each popular domain of benign that a draw
// from r keeps, share of them; fn may draw from r too.
func eachSampled(benign []Example, share float64, r *rand.Rand, fn func(b *Example)) {
	for i := range benign {
		b := &benign[i]
		if b.Source != SrcBenign || r.Float64() >= share {
			continue
		}
		fn(b)
	}
}

// generateHostedSites writes sites of the kind people make on hosting
// platforms (a portfolio on vercel.app, a blog on github.io, a bot's
// dashboard on netlify.app) named with neutral words and handles, n of
// them. The popular list holds none, while the phishing lists hold
// thousands: without them the model learns that a platform alone means
// phishing and deletes a developer's preview link. Their names carry no
// lure or brand word, so what the model learns from them is that the
// name, not the platform, tells. Words scams use (photos, gallery, shop,
// game, team, chat) are left out: a benign weight on them would pull down
// photo-album-share.xyz; so are Vietnamese names, whose syllables are the
// words of Vietnamese scam names (khoa in mo-khoa-taikhoan, huong inside
// thuong): with them, the dev set's Vietnamese lures went unflagged.
func generateHostedSites(n int, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 5))
	var out []Example
	for len(out) < n {
		var name string
		switch r.IntN(6) {
		case 0:
			name = pick(r, handles)
		case 1:
			name = pick(r, handles) + "-" + pick(r, siteWords)
		case 2:
			name = pick(r, siteWords) + "-" + pick(r, siteWords)
		case 3:
			name = pick(r, handles) + pick(r, siteWords)
		case 4:
			name = pick(r, siteWords) + "-" + pick(r, siteWords) + "-" + pick(r, handles)
		default:
			name = fmt.Sprintf("%s-%s-%d", pick(r, siteWords), pick(r, handles), r.IntN(100))
		}
		if r.IntN(8) == 0 {
			// a preview deployment: project-git-branch-team
			name += "-git-" + pick(r, []string{"main", "dev", "staging", "feature", "fix"}) + "-" + pick(r, handles)
		}
		l, ok := linkx.Parse("https://" + name + "." + pick(r, platforms) + "/")
		if !ok || l.Domain == "" {
			continue
		}
		site, _ := model.Site(l)
		out = append(out, Example{Link: l, Source: SrcBenignHosted, Split: splitOf(site.Domain)})
	}
	return out
}

var (
	platforms = strings.Fields(`github.io gitlab.io vercel.app netlify.app pages.dev web.app firebaseapp.com herokuapp.com
		onrender.com fly.dev gitbook.io webflow.io blogspot.com wordpress.com glitch.me surge.sh carrd.co notion.site
		framer.website workers.dev replit.app up.railway.app`)
	handles = strings.Fields(`john sarah alex kim david maria yuki chen wang ali omar lucas emma noah mia leo anna ivan olga sam max tom
		jdoe jsmith dev0 coder42 nightowl pixelcat bluefox redpanda greenleaf`)
	siteWords = strings.Fields(`blog portfolio docs dashboard app web site project demo notes wiki api playground lab studio tools kit ui
		design landing home personal resume cv cafe club bot code dev test staging preview next react vue svelte astro
		hugo jekyll remix nuxt rust go python node tailwind weather todo tracker timer calculator quiz recipes travel
		journal garden books movies fitness budget planner map stats scores league podcast radio news school class
		homework thesis research data ml ai vision nlp robot iot sensor cloud infra status monitor docs-site handbook
		guide`)
)

var (
	serviceWords = strings.Fields(`api prod production stage staging dev test qa cdn edge static img images media assets files
		ws push sync telemetry metrics collector ingest gateway agent cluster node svc service services config update updates
		cloud storage data analytics track tracking ads pixel beacon events log logs notify notifications mail smtp mx ns1 ns2
		vpn proxy remote portal web www2 m mobile app apps client server origin backend internal v1 v2 v3 partner partners
		download downloads dl mirror content video audio stream live chat realtime rt socket geo dns time ntp ocsp crl certs
		auth login account accounts id sso secure my help support status docs developer console admin dashboard manage
		provisioning endpoint ingress bootstrap connect connector relay tunnel router lb balancer frontend public private
		core common shared global region zone partition shard replica primary secondary east west north south central`)
	regions = strings.Fields(`us us1 us2 us3 eu eu1 eu2 ap apac emea us-east-1 us-east-2 us-west-1 us-west-2 eu-west-1
		eu-central-1 ap-southeast-1 ap-northeast-1 sa-east-1 useast uswest iad dfw sjc lhr fra sin nrt syd gru ams`)
)

func serviceLabel(r *rand.Rand) string {
	switch r.IntN(8) {
	case 0:
		return pick(r, regions)
	case 1:
		return fmt.Sprintf("%s%d", pick(r, serviceWords), 1+r.IntN(20))
	case 2:
		return pick(r, serviceWords) + "-" + pick(r, regions)
	case 3:
		return pick(r, serviceWords) + "-" + pick(r, serviceWords)
	case 4:
		return hexString(r, 6+r.IntN(20))
	case 5:
		return fmt.Sprintf("%s-%s-%d", pick(r, serviceWords), pick(r, regions), r.IntN(10))
	}
	return pick(r, serviceWords)
}

func hostFor(r *rand.Rand, domain string) string {
	switch r.IntN(6) {
	case 0, 1, 2:
		return "www." + domain
	case 3:
		return domain
	}
	return pick(r, subdomains) + "." + domain
}

var subdomains = []string{"blog", "docs", "help", "support", "shop", "news", "m", "en", "vi", "store", "developer",
	"community", "forum", "app", "account", "accounts", "login", "my", "id", "auth", "secure", "pay", "cdn", "static",
	"media", "img", "api", "status", "careers", "about", "investor", "events", "learn", "academy", "mail", "web", "portal"}

func pick(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }

var (
	pathWords = strings.Fields(`about account accounts article articles blog browse buy careers cart category checkout collections
		community contact deals docs download downloads en event events faq features forum guide guides help home how-to
		index info issues item items kb learn library login logout media news offers order orders page pages plans post posts
		pricing privacy product products profile promotions questions release releases reset search security settings shop
		signin signup sitemap store story support terms topic topics tutorial user users video videos watch wiki account-settings
		vi tin-tuc san-pham khuyen-mai uu-dai ho-tro lien-he gioi-thieu dich-vu tai-khoan thanh-toan gio-hang tuyen-dung
		ca-nhan doanh-nghiep the-tin-dung vay tiet-kiem bieu-phi lai-suat cau-hoi-thuong-gap huong-dan chinh-sach dang-ky
		dang-nhap tra-cuu goi-cuoc data di-dong internet truyen-hinh voucher flash-sale mall danh-muc thuong-hieu`)
	slugWords = strings.Fields(`how to make the best new update guide review first look price free trial download app
		android ios windows linux mac setup install error fix issue release notes version security account password reset
		help center order status delivery shipping return refund card bank loan savings interest rate promotion summer
		sale weekend gift voucher code event concert ticket football match result highlights recipe travel hotel
		cach lam moi nhat gia re uu dai khuyen mai thang nam tin tuc the thao bong da ket qua du lich khach san
		dien thoai laptop tai khoan ngan hang lai suat tiet kiem vay von the tin dung huong dan dang ky nhan qua`)
	fileExts  = []string{"html", "htm", "php", "aspx", "jsp", "pdf", "png", "jpg", "mp4", "zip", "txt", "json", "xml", "md"}
	queryKeys = []string{"id", "q", "page", "ref", "utm_source", "utm_medium", "utm_campaign", "lang", "sort", "p",
		"v", "t", "s", "category", "tab", "product_id", "spm", "from", "code", "session", "token", "redirect", "return_to", "next"}
)

func slug(r *rand.Rand) string {
	n := 2 + r.IntN(6)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = pick(r, slugWords)
	}
	s := strings.Join(parts, "-")
	if r.IntN(3) == 0 {
		s += fmt.Sprintf("-%d", r.IntN(1000000))
	}
	return s
}

func benignPath(r *rand.Rand) string {
	var b strings.Builder
	switch r.IntN(10) {
	case 0:
		b.WriteString("/")
	case 1:
		fmt.Fprintf(&b, "/%s/%s", pick(r, pathWords), slug(r))
	case 2:
		fmt.Fprintf(&b, "/%s/%d", pick(r, pathWords), r.IntN(10000000))
	case 3:
		fmt.Fprintf(&b, "/%s/%s/%s.%s", pick(r, pathWords), pick(r, pathWords), slug(r), pick(r, fileExts))
	case 4:
		fmt.Fprintf(&b, "/%d/%02d/%s", 2015+r.IntN(10), 1+r.IntN(12), slug(r))
	case 5:
		fmt.Fprintf(&b, "/%s", slug(r))
		if r.IntN(2) == 0 {
			b.WriteString(".html")
		}
	case 6:
		fmt.Fprintf(&b, "/%s", pick(r, pathWords))
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "/%s", pick(r, pathWords))
		}
	case 7:
		fmt.Fprintf(&b, "/%s.php", pick(r, []string{"index", "viewtopic", "showthread", "product", "search", "page", "news", "article"}))
	case 8:
		fmt.Fprintf(&b, "/%s/%s-i.%d.%d", pick(r, pathWords), slug(r), r.IntN(1000000), r.IntN(100000000))
	default:
		fmt.Fprintf(&b, "/%s/%s/", pick(r, pathWords), pick(r, pathWords))
	}
	if r.IntN(3) == 0 {
		for k := 0; k < 1+r.IntN(3); k++ {
			if k == 0 {
				b.WriteString("?")
			} else {
				b.WriteString("&")
			}
			fmt.Fprintf(&b, "%s=%s", pick(r, queryKeys), pick(r, []string{fmt.Sprint(r.IntN(100000)), pick(r, slugWords), "vi", "en", "1", "true"}))
		}
	}
	return b.String()
}

// generateVietnameseBusinesses writes n names of the kind Vietnamese
// firms and shops register (a trade and a proper name: vattuthanhdat.vn,
// cuanhom-phucloc.com.vn), from words chosen for this trainer. Real
// Vietnamese businesses are a small part of the popular list, while the
// Vietnamese scam block is made of Vietnamese syllables: without them the
// model reads any Vietnamese name as a scam's. Their trades are ordinary
// ones; the words scams name their sites with (loans, prizes, betting, events,
// shops named after marketplaces) are not among them. The words of the
// measurement names in BENCHMARKS.md (the Vietnamese firms' probe) are
// left out, so that the probe measures what the model makes of names it
// was not shown.
func generateVietnameseBusinesses(n int, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 6))
	var out []Example
	seen := make(map[string]bool)
	for len(out) < n {
		trade, name := pick(r, vnTrades), pick(r, vnNames)
		var label string
		switch r.IntN(5) {
		case 0:
			label = trade + "-" + name
		case 1:
			label = name + trade
		default:
			label = trade + name
		}
		u := "https://" + label + "." + pick(r, vnEndings) + "/"
		if seen[u] {
			continue
		}
		seen[u] = true
		l, ok := linkx.Parse(u)
		if !ok || l.Domain == "" {
			continue
		}
		out = append(out, Example{Link: l, Source: SrcBenignVNGen, Split: splitOf(l.Domain)})
	}
	return out
}

var (
	vnTrades = strings.Fields(`cuahang congty vattu thietbi giadung maymac detmay phanbon thuysan cafe trasua ruou gao rausach
		traicay haisan nuocmam diennuoc locnuoc maybom cuanhom cuago kinh gach ngoi dagranite sat thep ton nhom inox nhua
		giayin baobi vanphongpham sachcu nhaccu daotao trungtam hocvien spa salon toc nail thucung caycanh phongthuy
		nhadat canho homestay resort xeghep taxi phutung lopxe suaxe chuyennha giatla vesinh baove tochuc
		cuoihoi anhcuoi chupanh dochoi bimsua giuong sofa rem thamtrai maylanh bepgas gas dongho
		matkinh trangsuc vang bac thuoctay yduoc duoclieu thaoduoc mayxay mayin photocopy mangluoi phanmem website`)
	vnNames = strings.Fields(`thanhdat phucloc thinhphat hoangkim ngocminh thaiduong hoanglong vietanh phuongdong anhduong
		trangan hongha songhong sonha tanthanh nhatminh quocbao giabao khanhlinh thuytien hoaphat ancuong thanhtung
		minhtam hoangnam phuquy tamduc thientan hanoi saigon danang hue cantho haiphong nhatrang dalat vungtau
		binhduong dongnai thudo miennam mienbac mientrung tayninh longan bentre camau quynhon pleiku buonmathuot
		hoangmai caugiay govap thuduc binhthanh tanbinh hadong longbien sontra haichau ninhkieu phuocloc daiphat
		vietthai huonggiang lamson trungkien hoangduong ducthanh kimcuong ngocbich thanhxuan`)
	vnEndings = strings.Fields(`vn vn vn com.vn com.vn net.vn`)
)

// generateDocURLs writes documentation and reference links on benign
// domains, of the shapes members paste in tech chat: /docs/… trees,
// Read the Docs' /en/latest/…, pages named in CamelCase_Words.html, wiki
// titles, a repository's /blob/main/… files, issues, pull requests,
// release tags and commits, scanner reports named by a hash, a project's
// page (/ubuntu), engineering blog posts ending in a post id, and
// question threads. The benign URLs generateBenignURLs writes are shop
// and blog slugs, and the harvest's documentation links sit on few
// hosts (mostly unweighed ones), so without these any such path read as
// odd: auth0.com/docs/…, virustotal.com/gui/file/HASH,
// cheatsheetseries.owasp.org/cheatsheets/…_Cheat_Sheet.html were flagged
// (BENCHMARKS.md, #9 tenth pass). A share of the popular domains gets
// one each; the paths use words of this trainer's own lists below,
// sign-in and security words among them at the rate documentation
// uses them. It draws from its own stream, so the other generators'
// examples do not change with it, and it is deterministic for a seed.
func generateDocURLs(benign []Example, share float64, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 6))
	var out []Example
	eachSampled(benign, share, r, func(b *Example) {
		host := b.Link.Domain
		switch r.IntN(3) {
		case 0:
			host = "www." + host
		case 1:
			host = pick(r, docHosts) + "." + host
		}
		if l, ok := linkx.Parse("https://" + host + docPath(r)); ok {
			out = append(out, Example{Link: l, Source: SrcBenignGen, Split: b.Split})
		}
	})
	return out
}

var (
	docHosts = []string{"docs", "developer", "developers", "wiki", "learn", "blog", "engineering", "api", "support",
		"help", "cheatsheetseries", "guides", "manual", "reference", "kb", "community", "book", "handbook", "dev", "code"}
	docRoots = []string{"docs", "doc", "documentation", "guide", "guides", "reference", "api", "manual", "learn",
		"handbook", "tutorial", "tutorials", "howto", "articles", "kb", "help", "developers", "dev", "spec", "specs"}
	// docWords are the words of technical documentation, its topics and
	// its sign-in and security pages.
	docWords = strings.Fields(`authentication authenticate authorization login logout sign-in sign-up signin signup
		password passwords reset session sessions token tokens oauth oauth2 oidc saml sso mfa 2fa verify verification
		account accounts user users identity credentials secrets keys api apis sdk cli client server config
		configuration configure settings install installation setup getting-started quickstart overview introduction
		concepts tutorial guide reference examples example faq troubleshooting migration upgrade release releases
		changelog deploy deployment build builds test testing debug debugging logging metrics monitoring tracing
		network networking proxy dns tls ssl certificates http https websocket grpc rest graphql webhooks events
		database databases storage cache caching queue queues stream streams index indexes query queries schema
		tables transactions replication backup restore security permissions roles policies access audit encryption
		hashing storage container containers docker kubernetes cluster nodes pods services ingress helm operators
		functions lambda serverless hosting domains email notifications payments billing subscriptions checkout
		rate-limiting errors error-handling performance memory threads async concurrency tasks scheduler jobs
		plugins extensions modules packages library libraries components hooks state routing forms validation
		accessibility internationalization styling themes layout rendering templates cli-reference commands flags
		environment variables files uploads downloads images video search analytics dashboards alerts`)
	docTitleWords = strings.Fields(`Authentication Authorization Password Storage Session Management Input Validation
		Cross Site Scripting Request Forgery Prevention Injection Query Parameterization Logging Error Handling
		Transport Layer Security Protection Cheat Sheet Forgot Multifactor Access Control Secrets Docker Kubernetes
		Node Getting Started Vertex Buffers Swap Chain Shader Modules Uniform Descriptor Texture
		Mapping Depth Compute Pipeline Memory Model Garbage Collection Hash Table Binary Search Tree Linked List
		Public Key Cryptography Transport Protocol Domain Name System Virtual Machine Operating System Linux Kernel
		File Format Regular Expression Unicode Character Encoding Load Balancing Content Delivery Network Rust Python`)
	docExts   = []string{"go", "py", "rs", "c", "h", "js", "ts", "md", "yaml", "yml", "json", "toml", "sh", "java", "rb"}
	docDirs   = []string{"src", "lib", "cmd", "pkg", "internal", "docs", "test", "tests", "examples", "scripts", "api", "core", "app"}
	docOwners = []string{"acme", "octo", "devtools", "infra", "platform", "oss", "labs", "team", "core", "community"}
)

func hexString(r *rand.Rand, n int) string {
	const hex = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = hex[r.IntN(16)]
	}
	return string(b)
}

func docTitle(r *rand.Rand, sep string) string {
	n := 2 + r.IntN(4)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = pick(r, docTitleWords)
	}
	return strings.Join(parts, sep)
}

func docSlug(r *rand.Rand) string {
	n := 1 + r.IntN(4)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = pick(r, docWords)
	}
	return strings.Join(parts, "-")
}

func docPath(r *rand.Rand) string {
	var b strings.Builder
	switch r.IntN(12) {
	case 0, 1:
		fmt.Fprintf(&b, "/%s", pick(r, docRoots))
		for k := 0; k < 1+r.IntN(4); k++ {
			fmt.Fprintf(&b, "/%s", docSlug(r))
		}
		if r.IntN(3) == 0 {
			b.WriteString(pick(r, []string{".html", "/", ".md", ".htm"}))
		}
	case 2:
		fmt.Fprintf(&b, "/%s/%s/%s/%s.html", pick(r, []string{"en", "en-us", "en-US", "latest"}),
			pick(r, []string{"latest", "stable", "master", "main", "v2", "3.0.x", "current", "docs"}), pick(r, docWords), docSlug(r))
	case 3:
		switch r.IntN(3) {
		case 0:
			fmt.Fprintf(&b, "/cheatsheets/%s_Cheat_Sheet.html", docTitle(r, "_"))
		case 1:
			fmt.Fprintf(&b, "/wiki/%s", docTitle(r, "_"))
		default:
			fmt.Fprintf(&b, "/%s", docTitle(r, "_"))
		}
	case 4:
		fmt.Fprintf(&b, "/%s/%s/blob/%s/%s/%s.%s", pick(r, docOwners), pick(r, docWords),
			pick(r, []string{"main", "master", "develop", "v1.2.0"}), pick(r, docDirs), strings.ReplaceAll(docSlug(r), "-", "_"), pick(r, docExts))
	case 5:
		fmt.Fprintf(&b, "/%s/%s", pick(r, docOwners), pick(r, docWords))
		switch r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "/issues/%d", 1+r.IntN(90000))
		case 1:
			fmt.Fprintf(&b, "/pull/%d", 1+r.IntN(90000))
		case 2:
			fmt.Fprintf(&b, "/releases/tag/v%d.%d.%d", r.IntN(10), r.IntN(30), r.IntN(20))
		default:
			fmt.Fprintf(&b, "/commit/%s", hexString(r, 40))
		}
	case 6:
		fmt.Fprintf(&b, "/%s/%s/%s", pick(r, []string{"gui", "report", "analysis", "sample", "file", "scan", "results"}),
			pick(r, []string{"file", "url", "sha256", "hash", "sample", "detail"}), hexString(r, []int{32, 40, 64}[r.IntN(3)]))
		if r.IntN(2) == 0 {
			b.WriteString(pick(r, []string{"/detection", "/details", "/behavior", "/relations", "/community"}))
		}
	case 7:
		fmt.Fprintf(&b, "/%s", pick(r, docWords))
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "/%s", pick(r, docWords))
		}
	case 8:
		fmt.Fprintf(&b, "/%s-%s", docSlug(r), hexString(r, 12))
	case 9:
		fmt.Fprintf(&b, "/%s/%d/%s", pick(r, []string{"questions", "q", "a", "t", "threads", "discussions", "Articles"}),
			1+r.IntN(80000000), docSlug(r))
	case 10:
		fmt.Fprintf(&b, "/%s/%s/%s", pick(r, docRoots), pick(r, []string{"v1", "v2", "latest", "16", "3.12", "2024-01"}), docSlug(r))
	default:
		fmt.Fprintf(&b, "/%s/%s#%s", pick(r, docRoots), docSlug(r), docSlug(r))
	}
	return b.String()
}
