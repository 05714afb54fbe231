package bot

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// crackSiteBefore is crackSite as mal47 and rev47c wrote it, before
// speed47 looked a label's word up once (siteWordAt, siteWordKind) and
// read a word run together with a crack's only when it is long enough
// (joinedShortest).
func crackSiteBefore(l *linkx.Link) (string, string) {
	if l.Domain == "" || l.IP.IsValid() || !l.ICANN {
		return "", ""
	}
	label := l.Label()
	if len(label) > 63 {
		return "", ""
	}
	// the cheap look first: a crack's or a download's word among the
	// label's words (split at hyphens), or run together with a name
	// (vstcrack, capcutdownload: joinedCrack compares ends only, and
	// looks a name up only when one matches); most suspect links have
	// none, and the names' table is not looked in for them
	word := ""
	for rest := label; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "-")
		next, _, _ := strings.Cut(rest, "-")
		if sw := siteWord(w, next); sw != "" {
			if word == "" || crackWordsSite[sw] {
				word = sw
			}
		} else if p, k := joinedCrackBefore(trimDigits(w), l.Domain); p != "" {
			return p, k // flstudiocrack2025 read as flstudiocrack
		}
	}
	if word == "" {
		return "", ""
	}
	if !crackWordsSite[word] && packArchiveSite(label) {
		return "", "" // lightroom-premium-presets.com: a preset shop's premium pack
	}
	var buf [64]byte
	name, creator := "", false
	for rest := label; rest != "" && name == ""; {
		var w string
		w, rest, _ = strings.Cut(rest, "-")
		if crackWordsSite[w] || creatorSiteWords[w] {
			continue
		}
		// two words joined first (after-effects, pro-tools, fl-studio;
		// topaz-video before topaz, an English word alone)
		if nx, _, _ := strings.Cut(rest, "-"); nx != "" && len(w)+len(nx) <= len(buf) {
			n := copy(buf[:], w)
			n += copy(buf[n:], nx)
			if p, c := siteProduct(string(buf[:n]), l.Domain); p != "" {
				name, creator = p, c
				break
			}
		}
		if n, c := siteProduct(w, l.Domain); n != "" {
			name, creator = n, c
		}
	}
	if name == "" {
		return "", ""
	}
	if crackWordsSite[word] {
		return name, word
	}
	if creator && !englishWord(name) && !creatorKindWords[name] {
		return name, word
	}
	return "", ""
}

// joinedCrackBefore is joinedCrack as mal47 and rev47c wrote it, before
// speed47 compared a word's ends only with the words its first or last
// byte allows (joinedFirst, joinedLast).
func joinedCrackBefore(w, domain string) (string, string) {
	for i, k := range joinedSiteWords {
		var name string
		switch {
		case len(w) <= len(k)+2:
			continue
		case strings.HasSuffix(w, k):
			name = w[:len(w)-len(k)]
		case strings.HasPrefix(w, k):
			name = w[len(k):]
		default:
			continue
		}
		crack := i < joinedCracks
		if crack && creatorKindWords[name] {
			return name, k
		}
		if _, ok := creatorProducts[name]; !ok || len(name) < minProductName || !crack && englishWord(name) {
			if _, ok := productSites[name]; !crack || !ok || len(name) < 5 {
				continue // any program's name beside a crack's word, five letters or more
			}
		}
		if !slices.Contains(productSites[name], domain) {
			return name, k
		}
	}
	return "", ""
}

// TestSpeed47CrackSite: crackSite (and joinedCrack each word) reads 300,000 names built of
// programs' names, cracks', downloads' and plugins' words, the words run
// together either way, other words and empty pieces as it read them
// before speed47 (crackSiteBefore), and thousands of them are read as a
// piracy site's.
func TestSpeed47CrackSite(t *testing.T) {
	var pieces []string
	for w := range crackWordsSite {
		pieces = append(pieces, w)
	}
	for w := range creatorSiteWords {
		pieces = append(pieces, w)
	}
	for w := range creatorKindWords {
		pieces = append(pieces, w)
	}
	pieces = append(pieces, joinedSiteWords[:]...)
	for w := range creatorProducts {
		pieces = append(pieces, w, w+"2025")
	}
	names := 0
	for w := range productSites {
		if names++; names%7 == 0 {
			pieces = append(pieces, w)
		}
	}
	for _, p := range siteWordPairs {
		pieces = append(pieces, p[0], p[1])
	}
	for w := range packWords {
		pieces = append(pieces, w)
	}
	pieces = append(pieces, "free", "pro", "hub", "studio", "get", "x", "a", "", "after", "effects", "fl", "cracker",
		"crackz", "mod", "vip", "news", "shop", "best", "2025", "7", "topaz", "video", "lightroom")
	sort.Strings(pieces) // a fixed order: the maps' is random
	pieces = slices.Compact(pieces)
	suffixes := []string{"com", "net", "monster", "xyz", "vn", "io"}
	rng := rand.New(rand.NewPCG(47, 47))
	read := 0
	for range 300000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(4) {
			if k > 0 {
				b.WriteByte('-')
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(3) == 0 { // run together (vstcrack, crackphotoshop)
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			if rng.IntN(6) == 0 { // digits after (flstudiocrack2025)
				b.WriteString("2025")
			}
		}
		label := strings.Trim(b.String(), "-")
		if label == "" || strings.Contains(label, "--") {
			continue
		}
		l, ok := linkx.Parse("https://" + label + "." + suffixes[rng.IntN(len(suffixes))] + "/setup.exe")
		if !ok {
			continue
		}
		for w := range strings.SplitSeq(label, "-") {
			gn, gw := joinedCrack(w, l.Domain)
			if wn, ww := joinedCrackBefore(w, l.Domain); gn != wn || gw != ww {
				t.Fatalf("joinedCrack(%q) = %q, %q, want %q, %q", w, gn, gw, wn, ww)
			}
		}
		gn, gw := crackSite(&l)
		wn, ww := crackSiteBefore(&l)
		if gn != wn || gw != ww {
			t.Fatalf("crackSite(%s) = %q, %q, want %q, %q", l.Host, gn, gw, wn, ww)
		}
		if gn != "" {
			read++
		}
	}
	if read < 5000 {
		t.Errorf("only %d names read as a piracy site's", read)
	}
}

// creatorTriggeredBefore is creatorTriggered as lure47 wrote it (words
// found by bytes.IndexByte), with the words' bits speed47 added.
func creatorTriggeredBefore(folded []byte) (schemes uint16, words creatorWordSet) {
	for i := 0; i < len(folded); {
		j := bytes.IndexByte(folded[i:], ' ')
		if j < 0 {
			j = len(folded) - i
		}
		if w := folded[i : i+j]; len(w) >= 2 {
			if t, ok := creatorTriggers[string(w)]; ok {
				schemes |= t.schemes
				words[t.bit>>6] |= 1 << (t.bit & 63)
			}
		}
		i += j + 1
	}
	return schemes, words
}

// TestSpeed47FirstTopic: in 300,000 messages built of the creator
// schemes' topics' and asks' words, other words and Vietnamese ones,
// firstTopic finds for each scheme the topic firstPhrase finds (the
// scheme's first held as words), creatorTriggered finds the words and
// schemes a search word by word finds (without its filter) and each
// scheme with a topic held; thousands of messages hold a topic.
func TestSpeed47FirstTopic(t *testing.T) {
	var pieces []string
	for i := range creatorSchemes {
		for _, p := range creatorSchemes[i].topics {
			pieces = append(pieces, p)
			pieces = append(pieces, strings.Fields(p)...)
		}
		pieces = append(pieces, creatorSchemes[i].asks...)
	}
	pieces = append(pieces, "my", "channel", "the", "you", "got", "a", "link", "here", "ok", "strikes", "videos")
	rng := rand.New(rand.NewPCG(47, 470))
	held := 0
	for range 300000 {
		var b strings.Builder
		for k := range 1 + rng.IntN(7) {
			if k > 0 {
				b.WriteByte(' ')
				if rng.IntN(20) == 0 {
					b.WriteByte(' ')
				}
			}
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		folded := lure.Fold(b.String(), nil)
		schemes, words := creatorTriggered(folded)
		if ws, ww := creatorTriggeredBefore(folded); ws != schemes || ww != words {
			t.Fatalf("creatorTriggered(%q) = %b, %x, want %b, %x", folded, schemes, words, ws, ww)
		}
		for i := range creatorSchemes {
			want := firstPhrase(folded, creatorSchemes[i].topics)
			if want != "" && schemes&(1<<i) == 0 {
				t.Fatalf("%q holds %q, but scheme %s is not triggered", folded, want, creatorSchemes[i].name)
			}
			if got := firstTopic(folded, creatorSchemes[i].topics, creatorTopicWords[i], &words); got != want {
				t.Fatalf("firstTopic(%q, %s) = %q, want %q", folded, creatorSchemes[i].name, got, want)
			}
			if want != "" {
				held++
			}
		}
	}
	if held < 10000 {
		t.Errorf("only %d topics held", held)
	}
}

// TestSpeed47NoAlloc: reading a label for a crack's site and a message
// for a creator's scheme allocate nothing.
func TestSpeed47NoAlloc(t *testing.T) {
	l, _ := linkx.Parse("https://capcut-pro-download.net/CapCut_Setup.exe")
	folded := lure.Fold("your channel got a copyright strike, appeal now at the link", nil)
	if n := testing.AllocsPerRun(100, func() {
		crackSite(&l)
		creatorMessage(folded)
	}); n != 0 {
		t.Errorf("%v allocations", n)
	}
}
