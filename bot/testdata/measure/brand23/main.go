// Command brand23 writes the brand-named developer project sets of
// testdata/measure (brand23-textt.txt, brand23-texth.txt,
// brand23-homet.txt, brand23-homeh.txt): the links of software projects
// whose names hold a protected brand's name (discord.js, telegraf,
// steam-user, roblox-ts, @paypal/react-paypal-js, @ledgerhq/*,
// python-telegram-bot …) as their authors wrote them, and the way a
// developer pastes them into a chat. Nobody on the project wrote them.
// All are benign: a flagged line is a false alarm.
//
// It lives under testdata so that go build, go vet and go test skip it.
// It reads only what is on disk, so a rerun on the same inputs writes
// the same files. The inputs, as made on 2026-12-03 around 12:00 UTC
// (npm 11.19, node 20, Debian 12's package lists):
//
//	mkdir -p /tmp/brandset23/cache/b && cd /tmp/brandset23/cache
//	echo '{"name":"brandset23-cache","private":true}' > package.json
//	echo '{"name":"brandset23-cache-b","private":true}' > b/package.json
//	I='npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps'
//	$I discord.js discordeno eris oceanic.js discord-player @discordjs/voice \
//	  discord-api-types node-telegram-bot-api telegraf grammy telegram \
//	  steam-user steam-tradeoffer-manager steamcommunity passport-steam \
//	  roblox-ts noblox.js tmi.js twitter-api-v2 whatsapp-web.js \
//	  instagram-private-api react-youtube youtube-player ytdl-core \
//	  passport-facebook tiktok-live-connector
//	(cd b && $I @paypal/react-paypal-js @paypal/paypal-js @metamask/providers \
//	  @metamask/sdk @coinbase/wallet-sdk @walletconnect/sign-client \
//	  @uniswap/sdk-core @ledgerhq/hw-transport-webhid @trezor/connect \
//	  @trustwallet/wallet-core @binance/common googleapis google-auth-library \
//	  @google-cloud/storage @octokit/rest @actions/github github-slugger \
//	  @microsoft/api-extractor @opensea/seaport-js @pancakeswap/sdk \
//	  @keplr-wallet/types twitch-video-element passport-twitch-strategy \
//	  react-twitter-embed facebook-nodejs-business-sdk)
//	mkdir c && (cd c && echo '{"name":"brandset23-cache-c","private":true}' > package.json &&
//	  $I discordx discord-hybrid-sharding discord-html-transcripts discord-giveaways \
//	  discord-rpc discord-oauth2 @discord-player/extractor discord-interactions \
//	  discord-verify discord-markdown distube passport-discord discord-webhook-node \
//	  @grammyjs/conversations @grammyjs/menu telegramify-markdown telegram-keyboard \
//	  steamid steamapi steam-server-query @rbxts/services bloxy twitch-js youtube-sr \
//	  youtubei.js youtube-dl-exec @distube/ytdl-core paypal-rest-sdk \
//	  @metamask/detect-provider @ledgerhq/hw-app-eth react-github-btn \
//	  github-markdown-css google-spreadsheet @googlemaps/google-maps-services-js \
//	  react-google-recaptcha)
//	apt-get update && apt-cache dumpavail > /tmp/brandset23/dumpavail.txt
//	cd -   # back to bot/testdata/measure
//	go run ./brand23 \
//	  -modules /tmp/brandset23/cache/node_modules,/tmp/brandset23/cache/b/node_modules,/tmp/brandset23/cache/c/node_modules \
//	  -debian /tmp/brandset23/dumpavail.txt \
//	  -npm /work/.library/env/packages/npm.tsv \
//	  -pypi /work/.library/env/packages/pypi.tsv \
//	  -gomod /work/.library/env/packages/go-partial.tsv -prior .
//
// The named installs were picked from the workplace's list of npm
// packages (npm.tsv) as the most downloaded brand-named packages of each
// brand; npm's ordinary client fetched their dependency trees itself (no
// name was guessed or looked up one by one). The registry's JSON is not
// kept: the cache is the installed node_modules trees.
//
// A package or project is brand-named when its name, with separators
// dropped, holds one of bot/brand's Names or Words of six letters or
// more, or holds a shorter one as a whole word (dyno, mee6, ebay, okx);
// interac and inpost are left out, being inside "interactive" and
// "postcss". From each:
//   - npm: the homepage, repository and bugs URLs of package.json
//     (written as web pages, ".git" cut) go to the home set; to the text
//     set go "<name>: <description> <homepage>" and the README's
//     paragraphs and list items holding a link, read by gen.Markdown as
//     npm21 read them (at most 20 lines of one README);
//   - npm.tsv and pypi.tsv: a summary holding a link, as
//     "<name>: <summary>" (a summary cut at 160 characters loses its
//     last word, which may be half a URL);
//   - Debian: a package whose name (golang-github- read as golang-) or
//     Homepage holds a brand's name (on a hosting domain such as
//     github.com or github.io, the owner, tenant or project) gives its Homepage to the home set and
//     "<package>: <short description> <homepage>" to the text set;
//   - go-partial.tsv: a module path holding a brand's name (on a hosting
//     domain, the owner or project), as https://<path>, to
//     the home set.
//
// Dropped: links to example domains, localhost and IP addresses; lines
// longer than 400 bytes; lines with a control character; more than two
// text lines of one shape (gen.Shape); more than 20 lines (text) or 12
// (home) of one site. Each line goes to the tuning (t) or held-out (h)
// file by gen.Held of its first link's site: the registrable domain
// (publicsuffix, so a tenant of github.io, js.org, readthedocs.io,
// vercel.app or netlify.app is its own site), or, on a domain serving
// many projects (github.com, gitlab.com, npmjs.com …: more than 20 links
// in all inputs), the domain and the first folder (the owner). Older
// sets come first (-prior, the folder of the sets, read only for this):
// a line an older set holds goes to that set's side; else a line with a
// link to a site only on older held-out sides is held out too, and one
// with a link to a site only on older tuning sides is a tuning line, so
// nothing held out before is tuned on through this set (Debian's
// homepages are also in deb-home20, npm's in npm-home21); a site on both
// sides before (npmjs.com/package, wikipedia.org) goes by the hash.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

var (
	wordSep = regexp.MustCompile(`[^a-z0-9]+`)
	// left out: substrings of ordinary words in package names
	notKeys = map[string]bool{"interac": true, "inpost": true}
)

// keys are the brand names matched inside a project name: long ones
// anywhere, short ones as whole words.
var longKeys, shortKeys []string

func init() {
	seen := map[string]bool{}
	for _, b := range brand.Builtin {
		for _, n := range b.Spellings() {
			if seen[n] || notKeys[n] {
				continue
			}
			seen[n] = true
			if len(n) >= 6 {
				longKeys = append(longKeys, n)
			} else {
				shortKeys = append(shortKeys, n)
			}
		}
	}
	sort.Strings(longKeys)
	sort.Strings(shortKeys)
}

// brandNamed reports whether a project name holds a brand's name.
func brandNamed(name string) bool {
	name = strings.ToLower(name)
	words := wordSep.Split(name, -1)
	joined := strings.Join(words, "")
	for _, k := range longKeys {
		if strings.Contains(joined, k) {
			return true
		}
	}
	for _, k := range shortKeys {
		for _, w := range words {
			if w == k {
				return true
			}
		}
	}
	return false
}

// hostings are the domains that serve many owners' projects: on them
// the owner and project name a project, the domain does not.
var hostings = []string{"github.com", "github.io", "githubusercontent.com", "gitlab.com", "gitlab.io",
	"bitbucket.org", "sourceforge.net", "sourceforge.io", "googlesource.com", "codeberg.org", "gopkg.in",
	"pkg.go.dev", "salsa.debian.org", "launchpad.net", "code.google.com"}

// urlNamed reports whether a URL names a brand-named project: its host
// without a hosting domain, or the first two folders of its path on a
// hosting domain.
func urlNamed(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Hostname())
	for _, h := range hostings {
		if host == h || strings.HasSuffix(host, "."+h) {
			host = strings.TrimSuffix(strings.TrimSuffix(host, h), ".")
			parts := strings.SplitN(strings.Trim(u.Path, "/"), "/", 3)
			if len(parts) > 2 {
				parts = parts[:2]
			}
			return brandNamed(host + " " + strings.Join(parts, " "))
		}
	}
	return brandNamed(host)
}

// counts of what was read, logged at the end
var stats = map[string]int{}

func main() {
	modules := flag.String("modules", "", "node_modules folders, comma-separated")
	debian := flag.String("debian", "", "apt-cache dumpavail output")
	npmList := flag.String("npm", "", "npm.tsv: name, version, downloads a month, summary")
	pypiList := flag.String("pypi", "", "pypi.tsv: name, version, month, rank, summary")
	goList := flag.String("gomod", "", "go-partial.tsv: module path first")
	prior := flag.String("prior", "", "the folder of the older sets (testdata/measure): a site on the held-out side of one stays held out")
	flag.Parse()

	var texts, homes []string
	for _, root := range strings.Split(*modules, ",") {
		if root != "" {
			t, h := readModules(root)
			texts, homes = append(texts, t...), append(homes, h...)
		}
	}
	if *debian != "" {
		t, h := readDebian(*debian)
		texts, homes = append(texts, t...), append(homes, h...)
	}
	if *npmList != "" {
		texts = append(texts, readSummaries(*npmList, 0, 3)...)
	}
	if *pypiList != "" {
		texts = append(texts, readSummaries(*pypiList, 0, 4)...)
	}
	if *goList != "" {
		gen.EachLine(*goList, func(line string) {
			path, _, _ := strings.Cut(line, "\t")
			if strings.Contains(path, "/") && !strings.Contains(path, " ") && urlNamed("https://"+path) {
				stats["go modules"]++
				homes = append(homes, "https://"+path)
			}
		})
	}

	texts = gen.LimitShapes(gen.Unique(keepLines(texts)), 2)
	homes = gen.Unique(keepLines(gen.WebOnly(homes)))

	key := gen.SiteKey(homes, texts, 20)
	first := func(p string) string { return key(gen.LinkRE.FindString(p)) }
	texts = capKey(texts, first, 20)
	homes = capKey(homes, key, 12)
	heldKeys, tunedKeys, heldLines, tunedLines := priorKeys(*prior)
	side := func(p string) string {
		switch {
		case heldLines[p]:
			return "h"
		case tunedLines[p]:
			return "t"
		}
		links := gen.LinkRE.FindAllString(p, -1)
		for _, l := range links {
			if k := key(l); heldKeys[k] && !tunedKeys[k] {
				return "h"
			}
		}
		for _, l := range links {
			if k := key(l); tunedKeys[k] && !heldKeys[k] {
				return "t"
			}
		}
		if gen.Held(first(p)) {
			return "h"
		}
		return "t"
	}
	homeT, homeH := splitBy(homes, side)
	textT, textH := splitBy(texts, side)
	header := func(what, side string) []string {
		return []string{
			"# " + what + " — " + side + " half, written by bot/testdata/measure/brand23",
			"# (brandset23, 2026-12-03) from software projects whose names hold a protected",
			"# brand's name: the npm packages installed that day for the most downloaded",
			"# brand-named packages, the workplace's npm and PyPI lists, Debian's package",
			"# list and the workplace's Go module list. Nobody on the project wrote these",
			"# lines: the projects' authors did. Each site is on one side only (a hash of",
			"# the first link's registrable domain, a github.io/js.org tenant its own, with",
			"# the owner on domains serving many projects). All are benign: a flagged line",
			"# is a false alarm.",
		}
	}
	gen.Write("brand23-textt.txt", header("Project descriptions and README paragraphs holding a link, as pasted in chat", "tuning"), textT)
	gen.Write("brand23-texth.txt", header("Project descriptions and README paragraphs holding a link, as pasted in chat", "held-out"), textH)
	gen.Write("brand23-homet.txt", header("Homepage, repository and bug-tracker URLs, one a line", "tuning"), homeT)
	gen.Write("brand23-homeh.txt", header("Homepage, repository and bug-tracker URLs, one a line", "held-out"), homeH)
	var names []string
	for k := range stats {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		log.Printf("%s: %d", k, stats[k])
	}
	fmt.Printf("texts %d (t %d, h %d); homes %d (t %d, h %d)\n", len(texts), len(textT), len(textH), len(homes), len(homeT), len(homeH))
}

// priorKeys reads the older sets of dir (every *t.txt and *h.txt but
// the independent eval sets and brand23's own) and returns the sites of
// their links, as the registrable domain and as the domain and first
// folder, and their lines, on the held-out and on the tuning side.
// Nothing of them is written out: they only decide a side.
func priorKeys(dir string) (held, tuned, heldLines, tunedLines map[string]bool) {
	held, tuned, heldLines, tunedLines = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	if dir == "" {
		return
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range names {
		base := filepath.Base(name)
		if strings.HasPrefix(base, "eval") || strings.HasPrefix(base, "brand23") {
			continue
		}
		var into, lines map[string]bool
		switch {
		case strings.HasSuffix(base, "h.txt"):
			into, lines = held, heldLines
		case strings.HasSuffix(base, "t.txt"):
			into, lines = tuned, tunedLines
		default:
			continue
		}
		stats["older sets read for sides"]++
		gen.EachLine(name, func(line string) {
			lines[line] = true
			for _, l := range gen.LinkRE.FindAllString(line, -1) {
				s := gen.URLSite(l)
				into[s] = true
				if u, err := url.Parse(l); err == nil {
					into[s+"/"+gen.Folder(u)] = true
				}
			}
		})
	}
	return
}

// splitBy puts each item of list in the t or h half by side(item),
// keeping the order of list.
func splitBy(list []string, side func(string) string) (t, h []string) {
	for _, s := range list {
		if side(s) == "h" {
			h = append(h, s)
		} else {
			t = append(t, s)
		}
	}
	return t, h
}

// readModules reads every brand-named package installed under root.
func readModules(root string) (texts, homes []string) {
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "package.json" {
			return err
		}
		if !gen.PackageRoot(path) {
			return nil // a package.json inside a package, not a package
		}
		dir := filepath.Dir(path)
		var pkg struct {
			Name, Version, Description string
			Homepage                   any
			Repository                 any
			Bugs                       any
		}
		b, err := os.ReadFile(path)
		if err != nil || json.Unmarshal(b, &pkg) != nil || pkg.Name == "" || seen[pkg.Name] {
			return nil
		}
		stats["npm packages installed"]++
		if !brandNamed(pkg.Name) || strings.Contains(pkg.Version, "security") {
			return nil
		}
		seen[pkg.Name] = true
		stats["npm packages brand-named"]++
		home := gen.MetaURL(pkg.Homepage, "")
		homes = append(homes, home...)
		homes = append(homes, gen.MetaURL(pkg.Repository, "url")...)
		homes = append(homes, gen.MetaURL(pkg.Bugs, "url")...)
		if desc := strings.Join(strings.Fields(pkg.Description), " "); desc != "" && len(home) > 0 {
			texts = append(texts, pkg.Name+": "+strings.TrimSuffix(desc, ".")+" "+home[0])
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			n := strings.ToLower(e.Name())
			if !e.IsDir() && (n == "readme.md" || n == "readme.markdown" || n == "readme") {
				if md, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
					stats["npm READMEs"]++
					lines := gen.Markdown(string(md), gen.ChatParagraph)
					if len(lines) > 20 {
						lines = lines[:20]
					}
					texts = append(texts, lines...)
				}
				break
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return texts, homes
}

// readDebian reads apt-cache dumpavail's stanzas.
func readDebian(path string) (texts, homes []string) {
	var pkg, desc, home string
	flush := func() {
		if pkg != "" && home != "" {
			if brandNamed(strings.Replace(pkg, "golang-github-", "golang-", 1)) || urlNamed(home) {
				stats["debian packages"]++
				homes = append(homes, home)
				if desc != "" {
					texts = append(texts, pkg+": "+desc+" "+home)
				}
			}
		}
		pkg, desc, home = "", "", ""
	}
	gen.EachLine(path, func(line string) {
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "Package: "):
			pkg = strings.TrimPrefix(line, "Package: ")
		case strings.HasPrefix(line, "Description: "):
			desc = strings.TrimSpace(strings.TrimPrefix(line, "Description: "))
		case strings.HasPrefix(line, "Homepage: "):
			home = strings.TrimSpace(strings.TrimPrefix(line, "Homepage: "))
		}
	})
	flush()
	return texts, homes
}

// readSummaries reads a package list's brand-named rows whose summary
// (column col) holds a link.
func readSummaries(path string, nameCol, col int) []string {
	var out []string
	gen.EachLine(path, func(line string) {
		f := strings.Split(line, "\t")
		if len(f) <= col || f[nameCol] == "name" || !brandNamed(f[nameCol]) {
			return
		}
		s := f[col]
		if strings.HasPrefix(s, "[tested here:") {
			if _, rest, ok := strings.Cut(s, "]"); ok {
				s = strings.TrimSpace(rest)
			}
		}
		if r := []rune(s); len(r) >= 158 {
			if i := strings.LastIndexByte(s, ' '); i > 0 {
				s = s[:i]
			}
		}
		if !strings.Contains(s, "http") {
			return
		}
		stats["summaries with a link ("+filepath.Base(path)+")"]++
		if p, ok := gen.ChatParagraph(s, nil); ok {
			out = append(out, f[nameCol]+": "+p)
		}
	})
	return out
}

// keepLines drops lines that are too long, hold a control character or
// link an example domain, localhost or an IP address.
func keepLines(list []string) []string {
	var out []string
	for _, s := range list {
		if len(s) > 400 || !gen.Clean(s) || !gen.LinkRE.MatchString(s) {
			continue
		}
		ok := true
		for _, l := range gen.LinkRE.FindAllString(s, -1) {
			h := gen.Host(l)
			site := gen.Site(h)
			if h == "" || h == "localhost" || net.ParseIP(h) != nil || strings.HasPrefix(site, "example.") ||
				strings.Contains(h, "your") || strings.Contains(h, "<") {
				ok = false
			}
		}
		if ok {
			out = append(out, s)
		}
	}
	return out
}

// capKey keeps at most n lines of each key.
func capKey(list []string, key func(string) string, n int) []string {
	count := map[string]int{}
	var out []string
	for _, s := range list {
		k := key(s)
		if count[k] < n {
			out = append(out, s)
		}
		count[k]++
	}
	return out
}
