package store

import (
	"math/rand/v2"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestSightListAsMap holds an account's list of sightings to the map it
// replaced: random sets (deletions among them), drops and prunes by time
// leave the same sightings under the same keys.
func TestSightListAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 9))
	acct := bot.AccountKey{Platform: bot.Telegram, User: "u1"}
	var l sightList
	m := map[sightKey]*bot.Sighting{}
	for i := range 5000 {
		k := sightKey{acct: acct, time: uint64(r.IntN(40)), hash: uint64(r.IntN(3))}
		switch op := r.IntN(10); {
		case op < 5:
			s := &bot.Sighting{Message: bot.MessageRef{ID: string(rune('a' + i%26))}}
			l.set(k, s)
			m[k] = s
		case op < 7:
			l.set(k, nil) // a deletion, in a layer
			m[k] = nil
		case op < 9:
			l.drop(k)
			delete(m, k)
		default:
			cut := uint64(r.IntN(12))
			l = l.before(cut)
			for k := range m {
				if k.time < cut {
					delete(m, k)
				}
			}
		}
		if len(l) != len(m) {
			t.Fatalf("step %d: %d in the list, %d in the map", i, len(l), len(m))
		}
		for _, e := range l {
			if s, ok := m[e.key]; !ok || s != e.s {
				t.Fatalf("step %d: the list has %+v -> %p, the map %p (%v)", i, e.key, e.s, s, ok)
			}
		}
	}
}
