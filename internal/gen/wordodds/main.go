package main

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"github.com/immunebot/immune/internal/trainlist"
)

// The sources a name is counted in: the phishing-domain list's blocks,
// then the benign ones.
const (
	sDiscord = iota
	sCrypto
	sVietnam
	sPhishDB
	sUmbrella
	sDebian
	sNPM
	sTech
	sURLs
	sChat
	nSources
	nPhish = sUmbrella
)

var sourceNames = [nSources]string{"discord", "crypto", "vietnam", "phishdb", "umbrella", "debian", "npm", "tech", "urls", "chat"}

// tally counts the names of each source a word is read in (n) and those
// it is the only word of the lexicon in (alone).
type tally struct {
	n, alone [nSources]int
}

type counter struct {
	list  bool // print each benign name read with a word
	seen  [nSources]map[string]bool
	total [nSources]int
	words map[string]*tally
}

// add counts a link's site once per source: its registrable label read
// as the runtime reads it (model.Site; model.AllNameWords: NameWords
// with weak words kept when alone, so that they are measured too).
func (c *counter) add(src int, l linkx.Link) {
	site, _ := model.Site(l)
	if site.Domain == "" || isTest(l.Domain) || c.seen[src][site.Domain] {
		return
	}
	c.seen[src][site.Domain] = true
	c.total[src]++
	ws := model.AllNameWords(site.Label())
	if c.list && src >= nPhish && len(ws) > 0 {
		fmt.Printf("# %s\t%s\t%s\n", sourceNames[src], site.Domain, strings.Join(ws, ","))
	}
	for _, w := range ws {
		t := c.words[w]
		if t == nil {
			t = new(tally)
			c.words[w] = t
		}
		t.n[src]++
		if len(ws) == 1 {
			t.alone[src]++
		}
	}
}

func main() {
	data := flag.String("data", "../shared/train", "directory of the training lists")
	root := flag.String("repo", ".", "the repository's root (bot/testdata/measure, cmd/train)")
	list := flag.Bool("names", false, "print each benign name a lexicon word is read in, before the table")
	flag.Parse()

	c := &counter{list: *list, words: make(map[string]*tally)}
	for i := range c.seen {
		c.seen[i] = make(map[string]bool)
	}
	phish := make(map[string]bool)
	check(trainlist.Read(filepath.Join(*data, "phish-domains-2024-03.txt.gz"), func(d string, block int) {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain == "" {
			return
		}
		phish[l.Domain] = true
		c.add(min(max(block, 0), sPhishDB), l)
	}))
	check(trainlist.Read(filepath.Join(*data, "benign-domains.txt.gz"), func(d string, _ int) {
		if l, ok := linkx.Parse("https://" + d + "/"); ok && !phish[l.Domain] {
			c.add(sUmbrella, l)
		}
	}))
	measure := filepath.Join(*root, "bot", "testdata", "measure")
	check(readLinks(c, sDebian, filepath.Join(measure, "deb-home20t.txt")))
	check(readLinks(c, sNPM, filepath.Join(measure, "npm-home21t.txt"), filepath.Join(measure, "npm-text21t.txt")))
	check(readLinks(c, sURLs, filepath.Join(*root, "cmd", "train", "benign-urls.txt")))
	tech, err := os.ReadFile(filepath.Join(*root, "cmd", "train", "tech-benign.txt"))
	check(err)
	for _, line := range strings.Split(string(tech), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, d := range strings.Fields(line) {
			if l, ok := linkx.Parse("https://" + d + "/"); ok {
				c.add(sTech, l)
			}
		}
	}
	// the English tech-chat tuning halves (held-out halves are never read)
	chat, err := filepath.Glob(filepath.Join(measure, "*tech*t.txt"))
	check(err)
	check(readLinks(c, sChat, chat...))

	report(c)
}

// readLinks counts the links of each line of the files, '#' lines
// skipped.
func readLinks(c *counter, src int, paths ...string) error {
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		var links []linkx.Link
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") {
				continue
			}
			links = linkx.Extract(line, links[:0])
			for _, l := range links {
				c.add(src, l)
			}
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

// logOdds is the smoothed log of the ratio of a word's share of one set
// of names (n of total) to its share of another (m of all).
func logOdds(n, total, m, all int) float64 {
	return math.Log((float64(n)+0.5)/(float64(total)+1)) - math.Log((float64(m)+0.5)/(float64(all)+1))
}

// The rule a word is judged by, on the names it is the only lexicon
// word of (where it alone makes a name read as bait): with fewer than
// minAlone such names on both sides together the data says nothing and
// the word is kept as written; a word whose log-odds there is below
// weakOdds (less than e, about 2.7 times, as common among phishing names
// as among benign ones) is weak: read in a name only beside another word
// (model.weakWords).
const (
	minAlone = 10
	weakOdds = 1.0
)

// verdict is what the rule says of a word: "keep", "few" (too few names
// to judge: kept) or "weak".
func verdict(pa, ba int, lo float64) string {
	switch {
	case pa+ba < minAlone:
		return "few"
	case lo < weakOdds:
		return "weak"
	}
	return "keep"
}

func report(c *counter) {
	var phishTotal, benignTotal int
	for s := range nSources {
		switch {
		case s < nPhish:
			phishTotal += c.total[s]
		case s != sChat:
			benignTotal += c.total[s]
		}
	}
	fmt.Printf("# training side only (fnv-32a of the registrable domain %% 10 != 0); names counted once per source\n")
	fmt.Printf("# names:")
	for s := range nSources {
		fmt.Printf(" %s %d", sourceNames[s], c.total[s])
	}
	fmt.Printf("\n# n(alone): names carrying the word (of them, names with no other lexicon word)\n")
	fmt.Printf("# benign: umbrella, debian, npm, tech and urls together; chat (the English tech-chat tuning halves, which quote\n")
	fmt.Printf("# scam names as often as they link projects) is shown but left out of every log-odds\n")
	fmt.Printf("# lo-all: smoothed log-odds, ln((p+.5)/(P+1)) - ln((b+.5)/(B+1)), all phishing names against benign ones;\n")
	fmt.Printf("# lo-<source>: that phishing source against benign; lo-alone: as lo-all on the names the word is alone in\n")
	fmt.Printf("# rule (on lo-alone): fewer than %d names alone: few (kept); below %.1f: weak (read only beside another word); else keep\n", minAlone, weakOdds)
	fmt.Printf("# kind: +in, counted inside longer words; +weak, weak in the lexicon now (model.weakWords)\n")
	fmt.Printf("word\tkind")
	for s := range nSources {
		fmt.Printf("\t%s", sourceNames[s])
	}
	fmt.Printf("\tlo-all\tlo-discord\tlo-crypto\tlo-vietnam\tlo-phishdb\tlo-alone\trule\n")
	type row struct {
		w      model.LexiconWord
		t      *tally
		lo     float64
		p, b   int
		pa, ba int
	}
	var rows []row
	for _, w := range model.Lexicon() {
		t := c.words[w.Word]
		if t == nil {
			t = new(tally)
		}
		r := row{w: w, t: t}
		for s := range nSources {
			switch {
			case s < nPhish:
				r.p += t.n[s]
				r.pa += t.alone[s]
			case s != sChat:
				r.b += t.n[s]
				r.ba += t.alone[s]
			}
		}
		r.lo = logOdds(r.pa, phishTotal, r.ba, benignTotal)
		rows = append(rows, r)
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].lo < rows[j].lo })
	for _, r := range rows {
		kind := "lure"
		if r.w.Scheme {
			kind = "scheme"
		}
		if r.w.Inside {
			kind += "+in"
		}
		if r.w.Weak {
			kind += "+weak"
		}
		fmt.Printf("%s\t%s", r.w.Word, kind)
		for s := range nSources {
			fmt.Printf("\t%d(%d)", r.t.n[s], r.t.alone[s])
		}
		fmt.Printf("\t%.1f", logOdds(r.p, phishTotal, r.b, benignTotal))
		for s := range nPhish {
			fmt.Printf("\t%.1f", logOdds(r.t.n[s], c.total[s], r.b, benignTotal))
		}
		fmt.Printf("\t%.1f\t%s\n", r.lo, verdict(r.pa, r.ba, r.lo))
	}
}

// isTest reports whether a registrable domain falls in the trainer's test
// split (cmd/train splitOf).
func isTest(domain string) bool {
	h := fnv.New32a()
	h.Write([]byte(domain))
	return h.Sum32()%10 == 0
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "wordodds:", err)
		os.Exit(1)
	}
}
