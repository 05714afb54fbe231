package brand

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/immunebot/immune/internal/race"
)

// TestWordMemoIsMatchWord holds Match with the memo of words to Match
// without it, on 100,000 hosts (a quarter under -race) whose words recur in other hosts: in the
// registrable label and in subdomains, in labels written in other
// letters, with numbers inside them (whose parts matchWord tries, not kept), and
// under Vietnamese endings; each host twice, the second time from the
// memo. It fails when the memo's key leaves out inReg or nonASCII, or
// when a word's calls are made again out of order.
func TestWordMemoIsMatchWord(t *testing.T) {
	memo, plain := New(Builtin), New(Builtin)
	plain.memo = nil
	r := rand.New(rand.NewPCG(16, 9))
	var pieces []string
	for _, n := range memo.names {
		pieces = append(pieces, n.word)
	}
	pieces = append(pieces, "login", "verify", "secure", "app", "www", "account", "check", "xacthuc", "gift",
		"pаypal", "disc0rd", "ѕteam", "dlscord", "paypa1", "steamcommunlty", "vietcombank", "vletcombank", "việtnét", "telegraf", "discard")
	seps := []string{"-", "_", ".", "", "-"}
	suffixes := []string{"com", "vn", "com.vn", "top", "gg", "xyz"}
	hosts := make([]string, 0, race.Cases(50000))
	for range race.Cases(50000) {
		var b strings.Builder
		for n := 1 + r.IntN(4); n > 0; n-- {
			switch r.IntN(6) {
			case 0:
				b.WriteString(randomWord(r, 3+r.IntN(7)))
			case 1:
				b.WriteString(pieces[r.IntN(len(pieces))])
				b.WriteString(strings.Repeat("7", r.IntN(5)))
			default:
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
			if n > 1 {
				b.WriteString(seps[r.IntN(len(seps))])
			}
		}
		hosts = append(hosts, b.String()+"."+suffixes[r.IntN(len(suffixes))])
	}
	hits := 0
	for pass := range 2 {
		for _, host := range hosts {
			sfx := host[strings.LastIndexByte(host, '.')+1:]
			if strings.HasSuffix(host, ".com.vn") {
				sfx = "com.vn"
			}
			ascii := strings.NewReplacer("а", "a", "ѕ", "s", "ệ", "e", "é", "e").Replace(host)
			got, gok := memo.Match(ascii, host, sfx)
			want, wok := plain.Match(ascii, host, sfx)
			if got != want || gok != wok {
				t.Fatalf("pass %d: Match(%q, %q, %q) = %+v, %v with the memo; %+v, %v without", pass, ascii, host, sfx, got, gok, want, wok)
			}
			if gok && pass == 1 {
				hits++
			}
		}
	}
	if hits < race.Cases(20000) {
		t.Fatalf("only %d of %d hosts matched a brand", hits, len(hosts))
	}
	if n := len(memo.memo.m); n < race.Cases(1000) {
		t.Fatalf("the memo keeps %d words", n)
	}
}
