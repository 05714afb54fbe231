package brand

import (
	"fmt"
	"sync"
	"testing"
)

// TestWordMemoSharedByGoroutines (rev16): the bot classifies messages of
// many chats at once with one matcher, so its memo of words is read and
// written by many goroutines together, and emptied when full while others
// read it. Each goroutine's answers must be those of a matcher without a
// memo; under -race, a memo read or written outside its lock fails.
// (Passed under -race on speed16 5adc491, 73 s with TestWordMemoIsMatchWord
// on a loaded machine; for bot/brand once speed16's wordMemo lands.)
func TestWordMemoSharedByGoroutines(t *testing.T) {
	shared, plain := New(Builtin), New(Builtin)
	plain.memo = nil
	words := []string{"paypal", "login", "secure", "verify", "steam", "dlscord", "metamask", "wallet", "binance", "support", "coinbase", "app", "pаypal"}
	var hosts []string
	for i, a := range words {
		for j, b := range words {
			hosts = append(hosts, fmt.Sprintf("%s-%s.%s-x%d.com", a, b, words[(i+j)%len(words)], i*len(words)+j))
			hosts = append(hosts, fmt.Sprintf("%s.%s-%s.top", a, b, words[(i*j)%len(words)]))
		}
	}
	want := make([]Match, len(hosts))
	for i, h := range hosts {
		want[i], _ = plain.Match(h, h, h[len(h)-3:])
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 20 {
				for k := range hosts {
					i := (k + g*31 + round*7) % len(hosts)
					h := hosts[i]
					if got, _ := shared.Match(h, h, h[len(h)-3:]); got != want[i] {
						t.Errorf("goroutine %d: Match(%q) = %+v, want %+v", g, h, got, want[i])
						return
					}
				}
				if g == 0 && round%5 == 4 {
					shared.memo.mu.Lock()
					clear(shared.memo.m) // as a full memo is emptied
					shared.memo.mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
}
