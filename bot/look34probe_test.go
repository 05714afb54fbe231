package bot_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// typoProbe is a host a typosquatter would register for a brand, and the
// generator that wrote it.
type typoProbe struct {
	gen, host string
	brand     *brand.Brand
}

// typoGenerators are the generators of typoProbes, in the order the table
// shows them.
var typoGenerators = []string{"double", "drop", "transpose", "adjacent", "vowel", "digit", "hyphen", "hyphen-word", "tld-swap", "combo"}

// qwertyNeighbours are the keys beside each letter on a QWERTY keyboard.
var qwertyNeighbours = map[byte]string{
	'q': "wa", 'w': "qes", 'e': "wrd", 'r': "etf", 't': "ryg", 'y': "tuh", 'u': "yij", 'i': "uok", 'o': "ipl", 'p': "ol",
	'a': "qsz", 's': "adwx", 'd': "sfe", 'f': "dgr", 'g': "fht", 'h': "gjy", 'j': "hku", 'k': "jli", 'l': "ko",
	'z': "xa", 'x': "zcs", 'c': "xvd", 'v': "cbf", 'b': "vng", 'n': "bmh", 'm': "nj",
}

// letterDigits are the digits a letter is written as.
var letterDigits = map[byte]byte{'o': '0', 'i': '1', 'l': '1', 'e': '3', 'a': '4', 's': '5', 'b': '8', 'g': '9', 't': '7'}

// probeWords are the words a typosquat adds with a hyphen, and probeTLDs
// the cheap and common endings it moves to.
var (
	probeWords = []string{"login", "wallet", "claim", "support", "verify", "app"}
	probeTLDs  = []string{"com", "net", "org", "xyz", "top", "online", "site", "app", "io", "live", "vip", "shop"}
)

// spread picks up to n of vs, spread evenly, so that every base gives a
// few probes of each generator however long it is.
func spread(vs []string, n int) []string {
	if len(vs) <= n {
		return vs
	}
	out := make([]string, 0, n)
	for i := range n {
		out = append(out, vs[i*len(vs)/n])
	}
	return out
}

// typoVariants returns the spellings one generator makes of a label
// (lower-case letters and digits), each different from it. The first
// letter is left alone but by transposition and the digit generator.
func typoVariants(gen, s string) []string {
	var out []string
	seen := map[string]bool{s: true}
	add := func(v string) {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	isVowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch gen {
		case "double":
			add(s[:i+1] + s[i:])
		case "drop":
			if i > 0 {
				add(s[:i] + s[i+1:])
			}
		case "transpose":
			if i+1 < len(s) && i > 0 {
				add(s[:i] + string(s[i+1]) + string(c) + s[i+2:])
			}
		case "adjacent":
			if i > 0 {
				for _, k := range []byte(qwertyNeighbours[c]) {
					add(s[:i] + string(k) + s[i+1:])
				}
			}
		case "vowel":
			if i > 0 && isVowel(c) {
				for _, v := range []byte("aeiou") {
					add(s[:i] + string(v) + s[i+1:])
				}
			}
		case "digit":
			if d, ok := letterDigits[c]; ok {
				add(s[:i] + string(d) + s[i+1:])
			}
		case "hyphen":
			if i >= 2 && i <= len(s)-2 {
				add(s[:i] + "-" + s[i:])
			}
		}
	}
	return out
}

// typoProbes writes the probes of every protected brand: the first label
// of its first domain, and of each of its domains named as the brand is
// (a name of Brand.Spellings), of five letters or more, misspelt by each generator on the domain's own ending;
// with a hyphen and a word; whole on cheap and common endings; and a
// misspelling, a word and a cheap ending together. Probes that are some
// brand's own domains are left out.
func typoProbes(m *brand.Matcher) []typoProbe {
	var out []typoProbe
	seen := map[string]bool{}
	add := func(gen, host string, b *brand.Brand) {
		if seen[host] {
			return
		}
		seen[host] = true
		l, ok := linkx.Parse("https://" + host + "/")
		if !ok || m.Official(l.Domain, l.Suffix) != nil {
			return
		}
		out = append(out, typoProbe{gen: gen, host: host, brand: b})
	}
	for _, list := range [][]brand.Brand{brand.Builtin, brand.Runtime} {
		for i := range list {
			b := &list[i]
			bases := map[string]bool{}
			for k, d := range b.Domains {
				label, suffix, ok := strings.Cut(d, ".")
				if !ok || len(label) < 5 || bases[label] || strings.ContainsAny(label, "-") || k > 0 && !slices.Contains(b.Spellings(), label) {
					continue
				}
				bases[label] = true
				for _, gen := range typoGenerators[:7] {
					for _, v := range spread(typoVariants(gen, label), 4) {
						add(gen, v+"."+suffix, b)
					}
				}
				for k, w := range probeWords {
					tld := probeTLDs[(k+i)%len(probeTLDs)]
					if k%2 == 0 {
						add("hyphen-word", label+"-"+w+"."+tld, b)
					} else {
						add("hyphen-word", w+"-"+label+"."+tld, b)
					}
				}
				for k, tld := range probeTLDs {
					if k%3 == i%3 && tld != suffix {
						add("tld-swap", label+"."+tld, b)
					}
				}
				typos := append(spread(typoVariants("double", label), 1), spread(typoVariants("transpose", label), 1)...)
				typos = append(typos, spread(typoVariants("drop", label), 1)...)
				for k, v := range typos {
					add("combo", v+"-"+probeWords[(k+i)%len(probeWords)]+"."+probeTLDs[(k+2*i)%len(probeTLDs)], b)
				}
			}
		}
	}
	return out
}

// probeRow is a generator's line of the table.
type probeRow struct{ probes, found, warn, del int }

// probeTable judges every probe and counts, per generator, how many the
// brand matcher finds as imitating the brand and how many are warned
// about or deleted.
func probeTable(t *testing.T, show bool) map[string]*probeRow {
	t.Helper()
	m := brand.New(brand.Protected())
	c := bot.NewClassifier(bot.ClassifierConfig{})
	rows := map[string]*probeRow{}
	for _, g := range typoGenerators {
		rows[g] = &probeRow{}
	}
	for _, p := range typoProbes(m) {
		r := rows[p.gen]
		r.probes++
		l, _ := linkx.Parse("https://" + p.host + "/")
		found := "-"
		mt, ok := m.MatchWords(l.Host, l.Unicode, l.Suffix, func(string) bool { return false })
		if !ok {
			mt, ok = m.DomainTypo(l.Label(), l.Suffix, nil)
		}
		if ok && mt.Brand.Name == p.brand.Name {
			r.found++
			found = mt.Kind.String()
		}
		v := judgeText(c, bot.Telegram, "https://"+p.host+"/").Verdict
		switch v.Level {
		case bot.Warn:
			r.warn++
		case bot.Delete:
			r.del++
		}
		if show {
			fmt.Fprintf(os.Stderr, "probe\t%s\t%s\t%s\t%s\t%s\t%.2f\n", p.gen, p.host, p.brand.Name, found, v.Level, v.Score)
		}
	}
	return rows
}

// probeFloors are the least shares (percent) of each generator's probes
// flagged (look34's reading less a few points): the one-edit
// generators stop near half, as the names that are words (Brand.Words)
// or of five letters or fewer are read by their look alone. brand34's
// forty runtime brands, Words only, added about 150 probes of each
// one-edit generator that only the link model reads (drop 52 -> 47 %,
// transpose 56 -> 50 %, adjacent 52 -> 47 %, vowel 54 -> 48 %), and
// those floors were lowered to match. saas43's 32 SaaS services (Words
// only, Tool) did the same (drop 45 -> 43 %, transpose 48 -> 45 %,
// adjacent 47 -> 42 %, vowel 48 -> 43 %). infra45's 58 services of
// servers and software (Words only, Tool; 20 of them read only beside a
// notice's words, Brand.Beside) did again: their one-letter slips are
// read (brand.Matcher.WordTypo: transpose 45 -> 52 %) but a letter
// changed for another is not (adjacent 41 -> 36 %, vowel 43 -> 37 %),
// nor a Beside brand's name alone, doubled or under another ending
// (double 92 -> 88 %, tld-swap 52 -> 47 %). maker46's 32 makers' shops
// and developer platforms (Words only, Tool; 14 of them Beside: prusa,
// creality, voron, raspberrypi, arduino, adafruit, mouser, etsy,
// thingiverse, firebase, expo, android, gcp …, whose names makers'
// projects and community sites carry) did again: a Beside name is not
// read by its look, and a name of six letters or fewer slipped by a
// letter is read by nothing (digit 92 -> 90 %, double 88 -> 86 %, drop
// 43 -> 41 %). play46's 16 game platforms (Tool; 10 of them Beside:
// minecraft, psn, nintendo, genshin, riot, epic …, read beside a
// notice's words only, never by their look) did the same beside
// maker46's: double 86 -> 84 %, drop 41 -> 40 %, adjacent 34 -> 33 %,
// vowel 35 -> 34 %, digit 90 -> 88 %, hyphen 79 -> 77 % (m1necraft,
// minecrafft, mine-craft, n1ntendo are read by the link model alone).
// creator47's 53 creators' platforms (Tool; 14 of them Beside: splice,
// avid, waves, steinberg, xfer, antares, blackmagic, adobe, canva, kick,
// kofi, fourthwall, riverside, audible, whose names are words or
// people's and places' names) did the same for a name alone under
// another ending: tld-swap 45 -> 43.5 %, its floor 44 -> 43 (kick.top
// and canva.xyz are read by the link model alone). work48's 54 work,
// payroll and fintech platforms (Tool; 20 of them Beside: indeed,
// monster, freelancer, contra, workday, adp, gusto, deel, remote,
// rippling, trinet, ramp, wise, fidelity, vanguard, square, zoom,
// asana, monday, topdev, words and people's names read beside a
// notice's words only, never by their look but a slip of a whole label
// of six letters or more) did the same for a digit for a letter, a
// hyphen inside the name and a name alone under another ending: digit
// 88.3 -> 85.9 %, hyphen 77.8 -> 75.9 %, tld-swap 43.5 -> 41.1 % (w1se,
// gus-to, zoom.top are read by the link model alone); floors 87 -> 85,
// 76 -> 75, 43 -> 41. rev48e read Expensify and Glassdoor whole (Words,
// not Names: expensive-gifts.com and glass-door-repair.com were their
// look-alikes), so a letter next on the keyboard or a vowel swapped in
// them is read by the link model alone: adjacent 670 -> 663 of 2,088
// (32.1 -> 31.8 %), vowel 651 -> 643 of 1,949 (33.4 -> 33.0 %); floors
// 32 -> 31, 33 -> 32. trip49's 132 travel entries (130 platforms; Tool; 29 of them
// Beside: booking, kayak, hopper, hotwire, wego, hilton, ihg, hyatt,
// accor, wyndham, shangrila, fourseasons, melia, emirates, klm, delta,
// united, southwest, greyhound, saily, uber, bolt, didi, hertz, avis,
// turo, vfs, mytour, sunworld: words and people's and places' names read
// beside a notice's words only, and by their look only whole and of six
// letters or more) did the same for a digit for a letter and a name
// alone under another ending: digit 85.9 -> 84.8 %, tld-swap 41.1 ->
// 38.5 % (b00king, hilton.top, delta.xyz are read by the link model
// alone); floors 85 -> 84, 41 -> 38. A letter changed in a long travel
// name (eight letters or more: traveloca, lufthanza) is read
// (travelSwapped), so adjacent and vowel stay over their floors.
// study49's learning and exam platforms are matched by their exact
// spelling or look only (a letter off is too often another real name:
// credit-suisse for Credly, nlnet for Nelnet, babel for Babbel), so
// their slips are read by the link model alone and dilute four rows:
// adjacent 30.4 %, vowel 31.3 %, digit 83.9 %, tld-swap 37.5 %; floors
// 31 -> 30, 32 -> 31, 84 -> 83, 38 -> 37.
// shop49's 112 shops, marketplaces, brands and couriers (Tool; 55 of
// them Beside: the retailers, the fashion, electronics and outdoor
// brands and the names that are words or people's and places' names,
// read beside a shop notice's words only, and by their look only whole
// and of six letters or more) added about 350 probes of each generator
// that a letter changed, a digit for a letter, a hyphen inside the name
// or a name alone under another ending leaves to the link model
// (adj4cent, n1ke, wal-mart, ikea.top): adjacent 885 -> 886 of 3,011
// (33.7 -> 29.4 %), vowel 853 -> 854 of 2,814 (34.7 -> 30.3 %), digit
// 84.8 -> 80.6 %, hyphen 75.5 -> 72.0 %, tld-swap 38.5 -> 36.2 %; floors
// 31 -> 29, 32 -> 30, 84 -> 80, 75 -> 71, 38 -> 36. With study49's
// platforms as well (both landed in session 49) the rows read adjacent
// 887 of 3,295 (26.9 %), vowel 856 of 3,087 (27.7 %), digit 80.1 %,
// hyphen 72.0 %, tld-swap 1,099 of 3,111 (35.3 %): the flagged counts
// hold, the probes of exact-only names grow; floors 26, 27, 80, 71, 35.
// gov50's public offices and toll operators (about 230 probes of each
// generator; their long coined names read with a letter changed too,
// travelSwapped, not in one led by a word: servicensw is a letter from
// servicenow; adjacent 887 -> 964 of 3,527, 27.3 %, vowel 856 -> 932
// of 3,301, 28.2 %) leave a digit for a letter to the link model as
// shop49's did (sunp4ss, 1inkt): digit 2,409 of 3,007 (80.1 %) -> 2,546
// of 3,218 (79.1 %); floor 80 -> 79.
// care50's 108 entries (97 hospitals, patient portals, labs, pharmacies,
// insurers, pension funds and charities; Tool; 53 of them Beside:
// mychart, kaiser, nhs, quest, cvs, boots, uhc, anthem, bcbs, medicare,
// progressive, nationwide, aviva, allianz, axa, prudential, manulife,
// aia, the charities, baoviet, bachmai, longchau …, words, people's and
// places' names, insurers with an agent in every country and charities
// whose programmes and local groups carry their names, read beside a
// care notice's words only, and by their look only whole and of six
// letters or more) did the same for a letter changed, a digit for a
// letter, a hyphen inside the name and a name alone under another ending
// (aetba, humena, c1gna, uni-cef, nhs.top are read by the link model
// alone); on main 07eba96 (gov50's floors) → care50: adjacent 964 of
// 3,527 → 966 of 3,907 (27.3 → 24.7 %), vowel 932 of 3,301 → 933 of
// 3,660 (28.2 → 25.5 %), digit 2,546 of 3,218 → 2,756 of 3,552 (79.1 →
// 77.6 %), hyphen 2,263 of 3,180 → 2,451 of 3,525 (71.2 → 69.5 %),
// tld-swap 1,207 of 3,387 → 1,316 of 3,769 (35.6 → 34.9 %); floors 26 →
// 24, 27 → 25, 79 → 77, 71 → 69, 35 → 34.
var probeFloors = map[string]int{"double": 82, "drop": 39, "transpose": 48, "adjacent": 24, "vowel": 25, "digit": 77,
	"hyphen": 69, "hyphen-word": 97, "tld-swap": 34, "combo": 92}

// TestTyposquatProbes (look34): the typosquats of every protected
// brand's domains are read as its imitations, each generator's at least
// as often as probeFloors says. LOOK34_TABLE=1 prints the table of
// BENCHMARKS.md (and each probe with LOOK34_TABLE=2).
func TestTyposquatProbes(t *testing.T) {
	t.Parallel()
	show := os.Getenv("LOOK34_TABLE")
	rows := probeTable(t, show == "2")
	for g, floor := range probeFloors {
		if r := rows[g]; 100*(r.warn+r.del) < floor*r.probes {
			t.Errorf("%s: %d of %d probes flagged, want %d %% at least", g, r.warn+r.del, r.probes, floor)
		}
	}
	if show != "" {
		fmt.Fprintf(os.Stderr, "| generator | probes | found | warned | deleted | flagged |\n|---|---:|---:|---:|---:|---:|\n")
		for _, g := range typoGenerators {
			r := rows[g]
			fmt.Fprintf(os.Stderr, "| %s | %d | %d | %d | %d | %d (%.0f %%) |\n", g, r.probes, r.found, r.warn, r.del, r.warn+r.del, 100*float64(r.warn+r.del)/float64(max(1, r.probes)))
		}
	}
}
