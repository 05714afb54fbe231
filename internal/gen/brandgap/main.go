package main

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/trainlist"
)

// blocks name the phishing-domain list's source blocks; the last two
// blocks are both Phishing.Database's.
var blocks = []string{"discord", "crypto", "vietnam", "phishdb", "phishdb", "phishdb"}

const (
	bDiscord = iota
	bCrypto
	bVietnam
	bPhishDB
	bURLHost
	bURLPath
	bBenign
	nCounts
)

type counts [nCounts]int

func main() {
	data := flag.String("data", "../shared/train", "directory of the training lists")
	minDF := flag.Int("min", 15, "least number of scam domains a token is carried by")
	top := flag.Int("top", 150, "how many tokens to print")
	lift := flag.Float64("lift", 4, "least ratio of a token's share of scam names to its share of popular names")
	testOut := flag.String("test", "", "write the test split's phishing domains (block<TAB>domain) to this file")
	trainOut := flag.String("trainout", "", "write the training side's phishing domains (block<TAB>domain) to this file")
	only := flag.String("only", "", "count only the scam domains this file lists (one a line, or block<TAB>domain): those a scan missed")
	whole := flag.Bool("whole", false, "count only whole labels and hyphen-separated words of names, as a brand's Words match, not every substring")
	show := flag.String("show", "", "comma-separated tokens to print the counts of, ranked or not, instead of the ranking")
	flag.Parse()

	cut := tokens
	if *whole {
		cut = wholeWords
	}
	tok := make(map[string]*counts)
	var total counts
	add := func(which int, seen map[string]bool) {
		for t := range seen {
			c := tok[t]
			if c == nil {
				c = new(counts)
				tok[t] = c
			}
			c[which]++
		}
	}
	test, err := createSplit(*testOut)
	check(err)

	var keep map[string]bool
	if *only != "" {
		keep = make(map[string]bool)
		b, err := os.ReadFile(*only)
		check(err)
		for _, line := range strings.Split(string(b), "\n") {
			if f := strings.Fields(line); len(f) > 0 {
				keep[f[len(f)-1]] = true
			}
		}
	}
	train, err := createSplit(*trainOut)
	check(err)

	phish := make(map[string]bool)
	check(trainlist.Read(filepath.Join(*data, "phish-domains-2024-03.txt.gz"), func(d string, block int) {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain == "" {
			return
		}
		phish[l.Domain] = true
		name := blocks[min(max(block, 0), len(blocks)-1)]
		if isTest(l.Domain) {
			test.add(name, l.Domain)
			return
		}
		train.add(name, l.Domain)
		if keep != nil && !keep[l.Domain] {
			return
		}
		which := bDiscord + min(max(block, 0), bPhishDB)
		total[which]++
		seen := make(map[string]bool)
		cut(labelsOf(&l), seen)
		add(which, seen)
	}))
	// written out before the counting goes on: a full disk or a bad
	// path is said now, not lost with a deferred flush
	check(test.close())
	check(train.close())
	check(trainlist.Read(filepath.Join(*data, "phish-urls-2024-03.txt.gz"), func(u string, _ int) {
		l, ok := linkx.Parse(u)
		if !ok || l.Domain == "" || isTest(l.Domain) {
			return
		}
		total[bURLHost]++
		seen := make(map[string]bool)
		cut(strings.TrimSuffix(l.Host, "."+l.Suffix), seen)
		add(bURLHost, seen)
		seen = make(map[string]bool)
		words(l.Path, seen)
		add(bURLPath, seen)
	}))
	check(trainlist.Read(filepath.Join(*data, "benign-domains.txt.gz"), func(d string, _ int) {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain == "" || phish[l.Domain] {
			return
		}
		total[bBenign]++
		seen := make(map[string]bool)
		cut(labelsOf(&l), seen)
		add(bBenign, seen)
	}))

	scamDomains := total[bDiscord] + total[bCrypto] + total[bVietnam] + total[bPhishDB]
	scam := func(c *counts) int { return c[bDiscord] + c[bCrypto] + c[bVietnam] + c[bPhishDB] }
	// maximal: no letter added on either side keeps 70 % of the domains
	maximal := func(t string, n int) bool {
		for ch := 'a'; ch <= 'z'; ch++ {
			for _, ext := range []string{t + string(ch), string(ch) + t} {
				if c := tok[ext]; c != nil && float64(scam(c)) >= 0.7*float64(n) {
					return false
				}
			}
		}
		return true
	}
	m := brand.New(brand.Protected())
	known := func(t string) string {
		if mt, ok := m.Match(t+".com", t+".com", "com"); ok {
			return mt.Brand.Name
		}
		if b := m.Named(t, 4); b != nil {
			return b.Name
		}
		return ""
	}
	if *show != "" {
		fmt.Printf("# token\tscam\tdiscord\tcrypto\tvietnam\tphishdb\turl-host\turl-path\tpopular\tknown\n")
		for _, t := range strings.Split(*show, ",") {
			c := tok[t]
			if c == nil {
				c = new(counts)
			}
			fmt.Printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\n", t, scam(c), c[bDiscord], c[bCrypto], c[bVietnam], c[bPhishDB], c[bURLHost], c[bURLPath], c[bBenign], known(t))
		}
		return
	}
	type row struct {
		t    string
		c    *counts
		lift float64
	}
	var rows []row
	for t, c := range tok {
		n := scam(c)
		if n < *minDF || !*whole && !maximal(t, n) {
			continue
		}
		l := (float64(n) / float64(scamDomains)) / (float64(c[bBenign]+1) / float64(total[bBenign]))
		if l < *lift || known(t) != "" {
			continue
		}
		rows = append(rows, row{t, c, l})
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := scam(rows[i].c), scam(rows[j].c)
		if a != b {
			return a > b
		}
		return rows[i].t < rows[j].t
	})
	fmt.Printf("# training and validation parts: scam domains %d (discord %d, crypto %d, vietnam %d, phishdb %d), phishing URLs %d, popular domains %d\n",
		scamDomains, total[bDiscord], total[bCrypto], total[bVietnam], total[bPhishDB], total[bURLHost], total[bBenign])
	fmt.Printf("# token\tscam\tdiscord\tcrypto\tvietnam\tphishdb\turl-host\turl-path\tpopular\tlift\n")
	for i, r := range rows {
		if i == *top {
			break
		}
		c := r.c
		fmt.Printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.0f\n", r.t, scam(c), c[bDiscord], c[bCrypto], c[bVietnam], c[bPhishDB], c[bURLHost], c[bURLPath], c[bBenign], r.lift)
	}
}

// isTest reports whether a registrable domain falls in the trainer's test
// split (cmd/train splitOf).
func isTest(domain string) bool {
	h := fnv.New32a()
	h.Write([]byte(domain))
	return h.Sum32()%10 == 0
}

// labelsOf returns a domain's labels without its public suffix; for a
// name under a private suffix (x.pages.dev) the suffix's own labels are
// left out too.
func labelsOf(l *linkx.Link) string {
	return strings.TrimSuffix(l.Domain, "."+l.Suffix)
}

// tokens adds to seen every substring of four letters or more of each run
// of ASCII letters of s, and each whole run of three letters.
func tokens(s string, seen map[string]bool) {
	s = strings.ToLower(s)
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			run := s[start:i]
			if len(run) == 3 {
				seen[run] = true
			}
			if len(run) <= 40 {
				for a := 0; a+4 <= len(run); a++ {
					for b := a + 4; b <= len(run) && b-a <= 20; b++ {
						seen[run[a:b]] = true
					}
				}
			}
			start = -1
		}
	}
}

// wholeWords adds to seen each label of s and each hyphen-separated word
// of a label, of three letters or more and letters only: the parts of a
// name a brand's Words match.
func wholeWords(s string, seen map[string]bool) {
	for _, label := range strings.Split(strings.ToLower(s), ".") {
		parts := strings.Split(label, "-")
		if len(parts) > 1 {
			parts = append(parts, label)
		}
		for _, w := range parts {
			if len(w) >= 3 && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
				seen[w] = true
			}
		}
	}
}

// words adds to seen each whole run of three ASCII letters or more of s:
// the words of a path, which are not cut further.
func words(s string, seen map[string]bool) {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) >= 3 {
			seen[w] = true
		}
	}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "brandgap:", err)
		os.Exit(1)
	}
}

// split is a file of one side of the trainer's split, block<TAB>domain a
// line (-test, -trainout); a nil split writes nothing.
type split struct {
	f *os.File
	w *bufio.Writer
}

// createSplit creates the file at path, or returns a nil split when path
// is empty.
func createSplit(path string) (*split, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &split{f: f, w: bufio.NewWriter(f)}, nil
}

// add writes one domain of a block.
func (s *split) add(block, domain string) {
	if s != nil {
		fmt.Fprintf(s.w, "%s\t%s\n", block, domain)
	}
}

// close flushes and closes the file, reporting the first error with the
// file's name.
func (s *split) close() error {
	if s == nil {
		return nil
	}
	err := s.w.Flush()
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", s.f.Name(), err)
	}
	return nil
}
