package brand

import (
	"strings"
	"sync"
)

// wordMemo keeps what matchWord concluded about the words of recent
// hosts. A host never seen before is most often made of words seen in
// other hosts (login, secure, verify, a brand's name, a kit's words
// around a new number), and comparing a word with the brands' names
// costs a few thousand instructions where a lookup costs about a
// hundred. What matchWord concludes depends on nothing but the word,
// whether it is in the registrable label, whether that label is written
// in other letters, and the matcher, which does not change: the calls it
// made to consider are kept and made again, in the same order.
type wordMemo struct {
	mu sync.RWMutex
	m  map[wordKey][]wordCall
}

// wordMemoMax is the most words a memo keeps; a full memo is emptied.
const wordMemoMax = 1 << 14

// wordKey is what matchWord's answer depends on besides the matcher.
type wordKey struct {
	word            string
	inReg, nonASCII bool
}

// wordCall is one call matchWord made: consider(kind, name, word, dict).
type wordCall struct {
	name *name // one of the matcher's names
	kind Kind
	dict bool
}

// matchWordMemo is matchWord, answered from the memo for a word whose
// answer is kept there. A word with a number in it, whose parts
// matchWord tries in turn (verify482, paypal2024), is not kept: such
// words seldom come back, and kept they would push out those that do.
func (m *Matcher) matchWordMemo(word string, inReg, nonASCII bool, consider func(Kind, *name, string, bool), try func(string)) {
	if m.memo == nil || m.scanAll || len(word) < 3 {
		m.matchWord(word, inReg, nonASCII, consider, try)
		return
	}
	key := wordKey{word: word, inReg: inReg, nonASCII: nonASCII}
	m.memo.mu.RLock()
	calls, ok := m.memo.m[key]
	m.memo.mu.RUnlock()
	if ok {
		for i := range calls {
			c := &calls[i]
			consider(c.kind, c.name, word, c.dict)
		}
		return
	}
	keep := true
	m.matchWord(word, inReg, nonASCII, func(k Kind, n *name, w string, dict bool) {
		if w != word {
			keep = false // not a call the memo can make again
		}
		calls = append(calls, wordCall{name: n, kind: k, dict: dict})
		consider(k, n, w, dict)
	}, func(p string) {
		keep = false
		try(p)
	})
	if !keep {
		return
	}
	key.word = strings.Clone(word) // not a slice of the host
	m.memo.mu.Lock()
	if len(m.memo.m) >= wordMemoMax {
		clear(m.memo.m)
	}
	m.memo.m[key] = calls
	m.memo.mu.Unlock()
}
