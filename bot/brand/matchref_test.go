package brand

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// matchRef is Match as it was before speed14 read the labels and their
// words without slices of them (strings.Split, splitWords) and the host
// without its suffix without making that string.
// TestMatchLabelsMatchReference holds Match to it.
func (m *Matcher) matchRef(host, unicode, suffix string) (Match, bool) {
	best := Match{}
	viet := vietnameseSuffix(suffix)
	consider := func(k Kind, n *name, word string, dict bool) {
		plausible := dict
		switch {
		case k == Homoglyph && viet:
			// under .vn, a name written in Vietnamese letters is
			// written in the language's own letters: a look-alike
			// at most, and a plausible one (việtnét.vn is Việt Nét,
			// not Vietjet's forgery)
			if folded, ok := vietFold(word); ok && vietnameseName(folded) {
				k, plausible = Lookalike, true
			}
		case k == Lookalike:
			plausible = dict || compounds[word] || viet && vietPlausible(word, n)
		}
		// a reading that is not plausibly another word wins over one
		// that is, whatever its kind
		if best.Kind == None || !plausible && best.Plausible || plausible == best.Plausible && k < best.Kind {
			best = Match{Kind: k, Brand: n.brand, Imitates: n.imitates, Word: word, Plausible: plausible, Dictionary: dict, name: n.word, whole: n.whole}
		}
	}
	// The labels before the public suffix, in Unicode: the registrable
	// label last.
	uhost := unicode
	if usfx := suffixLabels(uhost, suffix); usfx > 0 {
		uhost = uhost[:usfx]
	}
	labels := strings.Split(strings.TrimSuffix(uhost, "."), ".")
	regIdx := len(labels) - 1
	asciiRest := strings.TrimSuffix(host, "."+suffix)
	for li, label := range labels {
		inReg := li == regIdx
		nonASCII := !isASCII(label)
		// each word of a label once: the parts of a word split at a
		// number are often its hyphen-separated words already
		var tried [8]string
		nTried := 0
		var try func(string)
		try = func(word string) {
			for _, t := range tried[:nTried] {
				if t == word {
					return
				}
			}
			if nTried < len(tried) {
				tried[nTried] = word
				nTried++
			}
			m.matchWord(word, inReg, nonASCII, consider, try)
		}
		for _, word := range splitWords(label) {
			try(word)
		}
		if inReg && strings.Contains(label, "-") {
			// a name split by hyphens: dis-cord, steam-community
			try(strings.ReplaceAll(label, "-", ""))
		}
	}
	// A brand's whole official domain inside this host, at label
	// boundaries: discord.com.free-nitro.ru, steamcommunity.com-trade.ru,
	// login.microsoftonline.com.evil.ru.
	if d, b := m.officialInside(asciiRest); b != nil && best.Kind != Homoglyph {
		best = Match{Kind: DomainInHost, Brand: b, Imitates: d, Word: d}
	}
	if best.Kind == None {
		return best, false
	}
	best.OwnTLD = ownTLD(best.Brand, suffix)
	if best.Kind == NameInDomain {
		best.Service = serviceName(asciiRest[strings.LastIndexByte(asciiRest, '.')+1:], best.Word, best.name)
	}
	if best.Plausible && best.OwnTLD && !viet && (best.Dictionary || compounds[best.Word]) {
		// a word one edit from the brand's name on the brand's own
		// ending is one edit from the brand's domain: discard.gg,
		// discore.gg
		best.Plausible = false
	}
	return best, true
}

// TestMatchLabelsMatchReference compares Match with the reference on
// 100,000 hosts (a quarter under -race) of brand names, service words, random words and look-alike
// letters joined by runs of hyphens, underscores and dots (leading,
// trailing, doubled), with Cyrillic letters, with and without a suffix,
// and on each brand's names under several endings.
func TestMatchLabelsMatchReference(t *testing.T) {
	m := New(Builtin)
	r := rand.New(rand.NewPCG(14, 16))
	var pieces []string
	for _, n := range m.names {
		pieces = append(pieces, n.word)
	}
	pieces = append(pieces, "login", "verify", "secure", "app", "www", "m", "xn--", "2024", "123", "pаypal", "disc0rd", "ѕteam", "a")
	seps := []string{"-", "_", ".", "--", "-_", "", "", "", ".-", "_."}
	suffixes := []string{"com", "vn", "com.vn", "top", "github.io", ""}
	hits := 0
	for i := 0; i < race.Cases(100000); i++ {
		var b strings.Builder
		if r.IntN(10) == 0 {
			b.WriteString(seps[r.IntN(len(seps))])
		}
		for n := 1 + r.IntN(4); n > 0; n-- {
			if r.IntN(3) == 0 {
				b.WriteString(randomWord(r, 1+r.IntN(9)))
			} else {
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
			if n > 1 {
				b.WriteString(seps[r.IntN(len(seps))])
			}
		}
		sfx := suffixes[r.IntN(len(suffixes))]
		host := b.String()
		if sfx != "" {
			host += "." + sfx
		}
		if r.IntN(20) == 0 {
			host += "."
		}
		ascii := strings.NewReplacer("а", "a", "ѕ", "s").Replace(host)
		got, gok := m.Match(ascii, host, sfx)
		want, wok := m.matchRef(ascii, host, sfx)
		if got != want || gok != wok {
			t.Fatalf("Match(%q, %q, %q) = %+v, %v; reference %+v, %v", ascii, host, sfx, got, gok, want, wok)
		}
		if gok {
			hits++
		}
	}
	if hits < race.Cases(25000) {
		t.Fatalf("only %d hosts matched a brand", hits)
	}
}

// splitWords splits a label at hyphens and underscores.
func splitWords(label string) []string {
	if !strings.ContainsAny(label, "-_") {
		return []string{label}
	}
	return strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' })
}
