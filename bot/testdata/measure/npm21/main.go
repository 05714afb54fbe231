// Command npm21 writes the npm measurement sets of testdata/measure
// (npm-text21t.txt, npm-text21h.txt, npm-home21t.txt, npm-home21h.txt):
// English tech prose with links as npm package authors wrote it in their
// READMEs and one-line descriptions, and the homepage, repository and
// bug-tracker URLs of their package.json files. Nobody on the project
// wrote them.
//
// It lives under testdata so that go build, go vet and go test skip it.
// It reads only what is on disk, so a rerun on the same inputs writes
// the same files. The inputs, as made on 2026-12-03 around 07:00 UTC
// (npm 11.19, node 20): two installs of JavaScript toolchains, made
// with npm's ordinary client (no package was looked up one by one: npm
// fetched the dependency trees of what the installs named), and the
// workplace's list of npm packages.
//
//	mkdir -p /tmp/npm21-cache/b && cd /tmp/npm21-cache
//	echo '{"name":"npm21-cache","private":true}' > package.json
//	echo '{"name":"npm21-cache-b","private":true}' > b/package.json
//	I='npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps'
//	$I webpack webpack-cli webpack-dev-server jest eslint typescript-eslint \
//	  @angular/cli react-scripts gatsby @nestjs/cli nx lerna @vue/cli \
//	  ember-cli expo parcel serverless aws-cdk-lib @babel/preset-env
//	(cd b && $I @docusaurus/core vite astro @11ty/eleventy hexo \
//	  electron-builder hardhat truffle firebase-tools netlify-cli prisma \
//	  typeorm sequelize mongoose puppeteer playwright cypress karma mocha \
//	  gulp grunt yo node-red homebridge @aws-amplify/cli @sanity/cli)
//	cd -   # back to bot/testdata/measure
//	go run ./npm21 \
//	  -modules /tmp/npm21-cache/node_modules,/tmp/npm21-cache/b/node_modules \
//	  -summaries /work/.library/env/packages/npm.tsv
//
// The text is the README of every package installed (a few thousand
// packages, small and large, by many authors) and the summary column of
// npm.tsv (one line per package of the registry's long tail; the list
// cuts a summary at 160 characters, so the last word of a cut one, which
// may be half a URL, is dropped).
//
// A README is read as a person would paste it into a chat: a paragraph
// or a list item a line, a Markdown link [text](url) written as
// "text (url)" (just the URL when the text is the URL or empty), an
// autolink <url> as the bare URL, reference links resolved, relative
// links as their text only, emphasis marks dropped (and a line wrapped
// whole in * or _), inline code kept with its backticks, at most 40
// lines of one README. Dropped: headings, fenced and indented code,
// tables, block quotes, images and badges (and a link wrapping one),
// HTML (a paragraph holding a tag is dropped whole), lines without an
// http(s) link, lines longer than 400 bytes or with fewer than four
// words outside the links, lines that do not read as English (under
// 90 % ASCII letters, or none of a few common English words), and
// repeats: exact ones, and more than two lines of one shape (the line
// with its URLs, numbers, month names and dotted, slashed or dashed
// names blanked), so one package family's template does not fill the
// set.
//
// Each line goes to the tuning (t) or held-out (h) file by a hash of
// its first link's site: the registrable domain, or, on a domain that
// serves many projects (github.com, npmjs.com …: any domain with more
// than 20 links across all inputs), the domain and the first folder.
// The homepage, repository and bugs URLs (git+https, git://, git@ and
// owner/repo shorthands written as the https web page; ".git" cut) are
// deduplicated by URL and split the same way.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/immunebot/immune/bot/testdata/measure/gen"
)

func main() {
	modules := flag.String("modules", "", "node_modules folders, comma-separated; every package.json and README under them is read")
	summaries := flag.String("summaries", "", "npm.tsv: name, version, downloads a month, summary")
	flag.Parse()

	var texts, homes []string
	readmes := 0
	seenPkg := map[string]bool{}
	for _, root := range strings.Split(*modules, ",") {
		if root == "" {
			continue
		}
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || d.Name() != "package.json" {
				return err
			}
			if !gen.PackageRoot(path) {
				return nil // a package.json inside a package, not a package
			}
			dir := filepath.Dir(path)
			var pkg struct {
				Name, Version string
				Homepage      any
				Repository    any
				Bugs          any
			}
			b, err := os.ReadFile(path)
			if err != nil || json.Unmarshal(b, &pkg) != nil || pkg.Name == "" {
				return nil
			}
			id := pkg.Name + "@" + pkg.Version
			if seenPkg[id] {
				return nil
			}
			seenPkg[id] = true
			homes = append(homes, gen.MetaURL(pkg.Homepage, "")...)
			homes = append(homes, gen.MetaURL(pkg.Repository, "url")...)
			homes = append(homes, gen.MetaURL(pkg.Bugs, "url")...)
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				n := strings.ToLower(e.Name())
				if !e.IsDir() && (n == "readme.md" || n == "readme.markdown" || n == "readme") {
					if md, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
						readmes++
						texts = append(texts, capped(gen.Markdown(string(md), gen.ChatParagraph), 40)...)
					}
					break
				}
			}
			return nil
		})
		if err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("%d packages, %d READMEs", len(seenPkg), readmes)
	if *summaries != "" {
		n := 0
		gen.EachLine(*summaries, func(line string) {
			f := strings.SplitN(line, "\t", 4)
			if len(f) < 4 || f[0] == "name" {
				return
			}
			s := f[3]
			if strings.HasPrefix(s, "[tested here:") {
				if _, rest, ok := strings.Cut(s, "]"); ok {
					s = rest
				}
			}
			// The list cuts a summary at 160 characters: drop the last
			// word of a cut one, which may be half a URL.
			if r := []rune(s); len(r) >= 158 {
				if i := strings.LastIndexByte(s, ' '); i > 0 {
					s = s[:i]
				}
			}
			if strings.Contains(s, "http") {
				n++
				texts = append(texts, gen.Markdown(s, gen.ChatParagraph)...)
			}
		})
		log.Printf("%d summaries with a link", n)
	}
	texts = gen.LimitShapes(gen.Unique(texts), 2)
	homes = gen.Unique(gen.WebOnly(homes))

	key := gen.SiteKey(homes, texts, 20)
	homeT, homeH := gen.Split(homes, key)
	textT, textH := gen.Split(texts, func(p string) string { return key(gen.LinkRE.FindString(p)) })
	header := func(what, side string) []string {
		return []string{
			"# " + what + " — " + side + " half, written by bot/testdata/measure/npm21 (npm21,",
			"# 2026-12-03) from the READMEs and package.json files that npm installed for",
			"# a score of JavaScript toolchains that day, and the summaries of the",
			"# workplace's list of npm packages. Nobody on the project wrote these lines:",
			"# the packages' authors did. Each site is on one side only (a hash of the",
			"# first link's registrable domain, with the first folder on domains serving",
			"# many projects). All of them are benign: a flagged line is a false alarm.",
		}
	}
	gen.Write("npm-text21t.txt", header("README paragraphs and list items holding a link, as pasted in chat", "tuning"), textT)
	gen.Write("npm-text21h.txt", header("README paragraphs and list items holding a link, as pasted in chat", "held-out"), textH)
	gen.Write("npm-home21t.txt", header("Homepage, repository and bug-tracker URLs, one a line", "tuning"), homeT)
	gen.Write("npm-home21h.txt", header("Homepage, repository and bug-tracker URLs, one a line", "held-out"), homeH)
	fmt.Printf("texts %d (t %d, h %d); homes %d (t %d, h %d)\n", len(texts), len(textT), len(textH), len(homes), len(homeT), len(homeH))
}

// capped keeps at most n of one README's lines.
func capped(list []string, n int) []string {
	if len(list) > n {
		return list[:n]
	}
	return list
}
