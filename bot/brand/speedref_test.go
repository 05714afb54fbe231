package brand

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// withinRef is within as it was before speed18: Sellers' table a cell at
// a time. TestWithinMatchesReference holds within to it.
func withinRef(text, pattern string, k int) bool {
	if len(pattern) > 64 {
		return false
	}
	var col [65]int
	for i := range len(pattern) + 1 {
		col[i] = i
	}
	for j := 0; j < len(text); j++ {
		prevDiag := 0 // col[0] of the previous column is always 0
		for i := 1; i <= len(pattern); i++ {
			cost := 1
			if pattern[i-1] == text[j] {
				cost = 0
			}
			v := min(col[i]+1, col[i-1]+1, prevDiag+cost)
			prevDiag = col[i]
			col[i] = v
		}
		if col[len(pattern)] <= k {
			return true
		}
	}
	return false
}

// serviceNameRef is serviceName as it was before speed18, over the slice
// splitWords makes.
func serviceNameRef(label, word, name string) bool {
	others := 0
	for _, w := range splitWords(label) {
		switch {
		case w == word:
		case serviceWords[w]:
			others++
		default:
			return false
		}
	}
	return others > 0 && word == name
}

// withinWord is a word of up to max letters from a small alphabet (so
// that near matches are common), now and then with a byte above ASCII.
func withinWord(r *rand.Rand, max int) string {
	const letters = "abcdeilmnorst"
	b := make([]byte, r.IntN(max+1))
	for i := range b {
		if r.IntN(40) == 0 {
			b[i] = byte(0x80 + r.IntN(128))
		} else {
			b[i] = letters[r.IntN(len(letters))]
		}
	}
	return string(b)
}

// TestWithinMatchesReference compares within with the cell-by-cell
// table on random texts and patterns (up to 64 letters, the longest the
// words hold, and past it), on the built-in names against words near
// them, and on the edge cases: an empty text or pattern, k below zero,
// k at or above the pattern's length.
func TestWithinMatchesReference(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(18, 18))
	check := func(text, pattern string, k int) {
		t.Helper()
		if got, want := within(text, pattern, k), withinRef(text, pattern, k); got != want {
			t.Fatalf("within(%q, %q, %d) = %v, the table says %v", text, pattern, k, got, want)
		}
	}
	for _, text := range []string{"", "a", "discord", strings.Repeat("ab", 40)} {
		for _, pattern := range []string{"", "a", "discord", strings.Repeat("a", 64), strings.Repeat("a", 65)} {
			for k := -1; k <= 66; k++ {
				check(text, pattern, k)
			}
		}
	}
	trues := 0
	for range race.Cases(200000) {
		text, pattern := withinWord(r, 30), withinWord(r, 12)
		switch r.IntN(4) {
		case 0:
			pattern = withinWord(r, 70)
		case 1:
			// a pattern that stands in the text, then a few edits
			if len(text) > 0 {
				i := r.IntN(len(text))
				pattern = text[i:min(len(text), i+1+r.IntN(20))]
				for range r.IntN(4) {
					pattern = edit(r, pattern)
				}
			}
		}
		k := r.IntN(5) - 1
		if within(text, pattern, k) {
			trues++
		}
		check(text, pattern, k)
	}
	m := New(Builtin)
	for i := range m.names {
		n := m.names[i].coll
		for range race.Cases(40) {
			text := withinWord(r, 6) + n + withinWord(r, 6)
			for range r.IntN(4) {
				text = edit(r, text)
			}
			check(text, n, r.IntN(4))
		}
	}
	if trues < race.Cases(200000)/10 {
		t.Fatalf("only %d of the random cases were within: too few to compare", trues)
	}
}

// edit changes s by one random edit: a letter put in, taken out or
// swapped for another.
func edit(r *rand.Rand, s string) string {
	i := r.IntN(len(s) + 1)
	c := string(rune('a' + r.IntN(26)))
	switch r.IntN(3) {
	case 0:
		return s[:i] + c + s[i:]
	case 1:
		if i < len(s) {
			return s[:i] + s[i+1:]
		}
	}
	if i < len(s) {
		return s[:i] + c + s[i+1:]
	}
	return s
}

// TestServiceNameMatchesReference compares serviceName with the version
// that split the label into a slice, on labels of service words, the
// name, other words and empty words (doubled, leading and trailing
// hyphens and underscores).
func TestServiceNameMatchesReference(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(18, 19))
	parts := []string{"", "discord", "usps", "tracking", "online", "app", "free", "nitro", "pay", "x"}
	seps := []string{"-", "_", "--", "-_"}
	yes := 0
	for range race.Cases(50000) {
		var b strings.Builder
		for i := range 1 + r.IntN(4) {
			if i > 0 || r.IntN(8) == 0 {
				b.WriteString(seps[r.IntN(len(seps))])
			}
			b.WriteString(parts[r.IntN(len(parts))])
		}
		label := b.String()
		word, name := parts[1+r.IntN(3)], parts[1+r.IntN(3)]
		got, want := serviceName(label, word, name), serviceNameRef(label, word, name)
		if got != want {
			t.Fatalf("serviceName(%q, %q, %q) = %v, the reference says %v", label, word, name, got, want)
		}
		if got {
			yes++
		}
	}
	if yes < race.Cases(50000)/50 {
		t.Fatalf("only %d labels were service names: too few to compare", yes)
	}
}

// officialInsideRef is officialInside as it was before speed18: from
// each start, every byte walked to each end.
func (m *Matcher) officialInsideRef(host string) (string, *Brand) {
	var found string
	var brand *Brand
	for i := 0; i < len(host); i++ {
		if i > 0 && host[i-1] != '.' && host[i-1] != '-' {
			continue
		}
		dots := 0
		for j := i + 1; j <= len(host); j++ {
			if j < len(host) && host[j] != '.' && host[j] != '-' {
				continue
			}
			if j < len(host) && host[j] == '.' {
				dots++
			}
			d := host[i:j]
			if len(d) > len(found) && len(d) >= 6 && strings.Contains(d, ".") && !infrastructureName(d) {
				if b := m.official[d]; b != nil {
					found, brand = d, b
				}
			}
			if dots > 3 {
				break
			}
		}
	}
	return found, brand
}

// TestOfficialInsideMatchesReference compares officialInside with the
// byte-walking version on hosts built of official domains' labels, other
// words and runs of dots and hyphens (doubled, leading, trailing), more
// than 32 boundaries in some.
func TestOfficialInsideMatchesReference(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(18, 20))
	m := New(Builtin)
	// domains of four and five labels, whose ends the count of dots
	// decides
	for _, d := range []string{"login.one.two.four", "a1.b2.c3.d4.e5", "sign-in.one.two"} {
		m.official[d] = m.names[0].brand
	}
	var pieces []string
	for d := range m.official {
		pieces = append(pieces, d)
		pieces = append(pieces, strings.Split(d, ".")...)
	}
	pieces = append(pieces, "", "free", "nitro", "login", "cdn", "com", "net", "ru", "x")
	seps := []string{".", "-", ".", "..", "-.", ".-"}
	found := 0
	for range race.Cases(100000) {
		var b strings.Builder
		n := 1 + r.IntN(8)
		if r.IntN(50) == 0 {
			n = 40
		}
		for i := range n {
			if i > 0 || r.IntN(10) == 0 {
				b.WriteString(seps[r.IntN(len(seps))])
			}
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		if r.IntN(10) == 0 {
			b.WriteString(seps[r.IntN(len(seps))])
		}
		host := b.String()
		gotD, gotB := m.officialInside(host)
		wantD, wantB := m.officialInsideRef(host)
		if gotD != wantD || gotB != wantB {
			t.Fatalf("officialInside(%q) = %q, the reference says %q", host, gotD, wantD)
		}
		if gotB != nil {
			found++
		}
	}
	if found < race.Cases(100000)/20 {
		t.Fatalf("only %d hosts held an official domain: too few to compare", found)
	}
}

// BenchmarkWithin is within on a long name inside a word with typos, as
// matchWord asks it.
func BenchmarkWithin(b *testing.B) {
	for range b.N {
		within("freesteamcomunnitygift", "steamcommunity", 2)
	}
}

// TestFuzzyIndexOffersScrambledNames holds the index's second pass
// (fuzzyFirst by length, reachesFirst) to trying every name on long
// names scrambled to 0.7 to 1.4 times their length: a run of letters
// dropped or written twice, letters swapped, the first kept. The names'
// own typos (TestMatchKeysChangeNothing) stay within a few letters of the
// name's length.
func TestFuzzyIndexOffersScrambledNames(t *testing.T) {
	t.Parallel()
	m := New(Builtin)
	ref := New(Builtin)
	ref.scanAll = true
	for i := range ref.keys {
		ref.keys[i] = nameKey{word: math.MaxInt32, coll: math.MaxInt32}
	}
	r := rand.New(rand.NewPCG(18, 21))
	far := 0 // matches further from the name's length than a typo goes
	for _, n := range m.names {
		if len(n.coll) < 12 {
			continue
		}
		for range race.Cases(400) {
			b := []byte(n.word)
			target := len(b) * (7 + r.IntN(8)) / 10
			// a run of letters dropped, or one written twice, keeps most
			// of the name's letter pairs
			if d := len(b) - target; d > 0 {
				i := 1 + r.IntN(len(b)-d)
				b = append(b[:i:i], b[i+d:]...)
			} else if d < 0 {
				i := 1 + r.IntN(len(b)+d)
				b = append(b[:i-d:i-d], b[i:]...)
			}
			for range r.IntN(3) {
				if i := 1 + r.IntN(len(b)-1); i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			}
			host := string(b) + ".com"
			got, gok := m.Match(host, host, "com")
			want, wok := ref.Match(host, host, "com")
			if got != want || gok != wok {
				t.Fatalf("Match(%q) = %+v, %v; trying every name: %+v, %v", host, got, gok, want, wok)
			}
			if gok && got.name == n.word && abs(len(collapse(Skeleton(string(b))))-len(n.coll)) > tolerance(len(n.coll)) {
				far++
			}
		}
	}
	if far < race.Cases(20) {
		t.Fatalf("only %d scrambled names matched further from the name's length than a typo: too few to compare", far)
	}
}

// visualFoldRef is visualFold as it was before speed18, writing each
// byte back.
func visualFoldRef(b []byte) []byte {
	w := 0
	for r := 0; r < len(b); r++ {
		if r+1 < len(b) {
			switch {
			case b[r] == 'r' && b[r+1] == 'n':
				b[w] = 'm'
				w++
				r++
				continue
			case b[r] == 'v' && b[r+1] == 'v':
				b[w] = 'w'
				w++
				r++
				continue
			case b[r] == 'c' && b[r+1] == 'l':
				b[w] = 'd'
				w++
				r++
				continue
			}
		}
		b[w] = b[r]
		w++
	}
	return b[:w]
}

// TestVisualFoldMatchesReference compares visualFold with the version
// that wrote every byte back, on random strings of the letters its pairs
// are made of (runs such as rnn, vvv, clrn among them).
func TestVisualFoldMatchesReference(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(18, 22))
	folded := 0
	for range race.Cases(100000) {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = "rnvcla"[r.IntN(6)]
		}
		want := string(visualFoldRef([]byte(string(b))))
		got := string(visualFold(b))
		if got != want {
			t.Fatalf("visualFold(%q) = %q, the reference says %q", b, got, want)
		}
		if len(got) < len(b) {
			folded++
		}
	}
	if folded < race.Cases(100000)/4 {
		t.Fatalf("only %d strings were folded: too few to compare", folded)
	}
}

// diceRef is dice as it was before speed18: each pair of a looked for
// among the unused pairs of b.
func diceRef(a, b string) float64 {
	if len(a) < 2 || len(b) < 2 || len(a) > 65 || len(b) > 65 {
		return 0
	}
	var used [64]bool
	common := 0
	for i := 0; i+1 < len(a); i++ {
		for j := 0; j+1 < len(b); j++ {
			if !used[j] && a[i] == b[j] && a[i+1] == b[j+1] {
				used[j] = true
				common++
				break
			}
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b)-2)
}

// TestDiceMatchesReference compares dice with the pair-by-pair version,
// to the bit, on random words of a few letters (so that pairs repeat)
// from 0 to 70 bytes long, bytes above ASCII among them, and on the
// built-in names against their scrambles.
func TestDiceMatchesReference(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(18, 24))
	check := func(a, b string) {
		t.Helper()
		if got, want := dice(a, b), diceRef(a, b); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("dice(%q, %q) = %v, pair by pair %v", a, b, got, want)
		}
	}
	some := 0
	for range race.Cases(200000) {
		a, b := withinWord(r, 70), withinWord(r, 70)
		if r.IntN(2) == 0 {
			a, b = withinWord(r, 14), withinWord(r, 14)
		}
		if diceRef(a, b) > 0 {
			some++
		}
		check(a, b)
	}
	m := New(Builtin)
	for i := range m.names {
		n := m.names[i].coll
		for range race.Cases(20) {
			w := n
			for range r.IntN(5) {
				w = edit(r, w)
			}
			check(w, n)
		}
	}
	if some < race.Cases(200000)/4 {
		t.Fatalf("only %d random pairs of words had a letter pair in common: too few to compare", some)
	}
}
