package brand

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// TestMatchKeysChangeNothing: passing over the names the index offers
// (nameIndex) by their packed keys (nameKey) matches every host as trying
// every name does: the names, their
// typos, look-alike letters, names inside longer words and run together
// with service words, dictionary words and random words, as registrable
// labels and as subdomains, under several endings.
func TestMatchKeysChangeNothing(t *testing.T) {
	m := New(Builtin)
	ref := New(Builtin)
	ref.scanAll = true
	for i := range ref.keys {
		// a key every word passes: wordBytes within any set, a name and
		// skeleton long enough for anything
		ref.keys[i] = nameKey{word: math.MaxInt32, coll: math.MaxInt32}
	}
	r := rand.New(rand.NewPCG(12, 4))
	rnd := func(n int) string { return randomWord(r, n) }
	letters := hostLetters
	// typo makes one to three random edits of w.
	typo := func(w string) string {
		b := []byte(w)
		for range 1 + r.IntN(3) {
			if len(b) < 2 {
				break
			}
			i := r.IntN(len(b))
			switch r.IntN(5) {
			case 0:
				b = append(b[:i:i], b[i+1:]...)
			case 1:
				b[i] = letters[r.IntN(26)]
			case 2:
				b = append(b[:i:i], append([]byte{letters[r.IntN(36)]}, b[i:]...)...)
			case 3:
				if i+1 < len(b) {
					b[i], b[i+1] = b[i+1], b[i]
				}
			default:
				b = append(b[:i+1:i+1], b[i:]...)
			}
		}
		return string(b)
	}
	look := strings.NewReplacer("o", "0", "i", "l", "l", "1", "e", "3", "m", "rn", "a", "4")
	cyrillic := strings.NewReplacer("a", "а", "o", "о", "e", "е", "i", "і", "c", "с", "p", "р")
	service := []string{"login", "verify", "support", "app", "bank", "gift", "nitro", "trade", "airdrop", "online"}
	var words []string
	for _, n := range m.names {
		w := n.word
		words = append(words, w, typo(w), typo(w), typo(w), look.Replace(w), cyrillic.Replace(w), cyrillic.Replace(typo(w)), w+w[len(w)-1:], w[1:], w[:len(w)-1],
			w+service[r.IntN(len(service))], service[r.IntN(len(service))]+w, w+"-"+service[r.IntN(len(service))],
			rnd(3)+w+rnd(2), typo(w)+rnd(4), w+m.names[r.IntN(len(m.names))].word, w+"2024", "my"+typo(w)+"123")
		if len(n.coll) >= 10 {
			// scrambled past edit distance: only the letter pairs tell
			for range 100 {
				words = append(words, typo(typo(w)), typo(typo(typo(w))), w[:1]+typo(typo(typo(typo(w[1:])))))
			}
		}
	}
	dict := 0
	for w := range dictionary {
		if dict++; dict > 3000 {
			break
		}
		words = append(words, w)
	}
	for range race.Cases(20000) {
		words = append(words, rnd(3+r.IntN(16)))
	}
	suffixes := []string{"com", "vn", "gg", "top", "com.vn", "io"}
	hits := 0
	for i, w := range words {
		if race.Enabled && i%4 != 1 {
			continue // a quarter of the names' words under the race detector
		}
		sfx := suffixes[i%len(suffixes)]
		for _, host := range []string{w + "." + sfx, w + ".example." + sfx, "www." + w + "-" + rnd(3) + "." + sfx} {
			got, gok := m.Match(host, host, sfx)
			want, wok := ref.Match(host, host, sfx)
			if got != want || gok != wok {
				t.Fatalf("Match(%q) = %+v, %v; trying every name: %+v, %v", host, got, gok, want, wok)
			}
			if gok {
				hits++
			}
		}
	}
	if hits < race.Cases(3*len(m.names)) {
		t.Errorf("only %d hosts matched a brand", hits)
	}
	t.Logf("%d hosts, %d matched", 3*len(words), hits)
}
