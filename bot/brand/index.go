package brand

import "slices"

// nameIndex says, for a word of a host, which names matchWord need look
// at: a superset of those it could match, as a set of indexes into
// Matcher.names, so that a new host no longer costs a pass over every name
// for each of its words (about 50,000 instructions a new host on the chat
// mix). matchWord looks at the names of the set in the order of names, as
// it looked at every name, so the first of equal readings still wins.
type nameIndex struct {
	words int // uint64s in a set
	// runtime: a short name followed by a notice's words is offered
	// too (NewRuntime; rev47b)
	runtime bool

	// the first pass: the word itself, its collapsed skeleton, a name of
	// six letters or more inside it (by the word's length), a short name
	// run together with a service word (by the name)
	byWord, byColl map[string]nameSet
	exactLen       []nameSet // [L]: names not whole, of 6..L letters
	// exactPairs: names not whole of 6 letters or more, by their first
	// two letters (pairIndex): a word holding the name holds them
	exactPairs []nameSet
	shortNames map[string]nameSet
	// shortPairs holds the first two letters (pairIndex) of each name of
	// shortNames, a bit each: most words start with none of them
	shortPairs [1 << 12 / 64]uint64
	// shortTiny: a name of shortNames is a single letter
	shortTiny bool
	// tradeNames: the names with words of their brand's trade (name.trade),
	// by the name; tradeLens: their lengths, each once
	tradeNames map[string]nameSet
	tradeLens  []int

	// the second pass: names of five letters or more by the first byte of
	// their collapsed skeleton (the same skeleton, typos, scrambled long
	// names all keep it) and the length of the word's ([b][L], L capped at
	// the last, an empty set: reachesFirst), and by its length (a name
	// inside a longer word, with or without typos: shorter than the word's)
	fuzzyFirst [256][]nameSet
	fuzzyLen   []nameSet // [L]: names of five letters or more whose skeleton is 6..L-1 long
	// fuzzyPairs: the same names of fuzzyLen, by each pair of letters of
	// their skeleton: a skeleton of six letters or more inside a word's,
	// or one of eight or more within two edits of part of it (each edit
	// breaks at most two of its seven pairs or more), leaves a pair
	fuzzyPairs []nameSet
	fuzzyAll   nameSet // every name of five letters or more whose skeleton is empty

	// Named: every name by its first two letters (pairIndex), which a
	// word that is the name or holds it holds too; namedShort: the names
	// of fewer than two letters
	namedPairs []nameSet
	namedShort nameSet

	// all: every name, the set of Matcher.scanAll
	all nameSet
}

// nameSet is a set of indexes into Matcher.names, a bit each.
type nameSet []uint64

// setBuf is the length of the stack buffers the matcher's candidate sets
// are built in (newSet): 2,048 names. A matcher of more names makes its
// sets on the heap (speed46: with session 46's run-time brands the
// matcher holds more than 512 names, and looking a word up allocated;
// session 49's travel, study and shop platforms took it past 1,024).
const setBuf = 32

func (s nameSet) add(i int) { s[i>>6] |= 1 << (i & 63) }

// or adds the members of t, which is nil or as long as s.
func (s nameSet) or(t nameSet) {
	for i := range t {
		s[i] |= t[i]
	}
}

func newNameIndex(names []name) nameIndex {
	x := nameIndex{words: (len(names) + 63) / 64, byWord: make(map[string]nameSet), byColl: make(map[string]nameSet),
		shortNames: make(map[string]nameSet), tradeNames: make(map[string]nameSet)}
	set := func() nameSet { return make(nameSet, x.words) }
	in := func(m map[string]nameSet, key string, i int) {
		if m[key] == nil {
			m[key] = set()
		}
		m[key].add(i)
	}
	longest := 0
	for i := range names {
		longest = max(longest, len(names[i].word), len(names[i].coll))
	}
	x.exactLen = make([]nameSet, longest+2)
	// past the last length a name's reachesFirst holds for
	firstLen := 14*longest/10 + 5
	x.fuzzyLen = make([]nameSet, longest+2)
	for l := range x.exactLen {
		x.exactLen[l], x.fuzzyLen[l] = set(), set()
	}
	x.fuzzyAll, x.all = set(), set()
	x.exactPairs, x.fuzzyPairs, x.namedPairs = make([]nameSet, 1<<12), make([]nameSet, 1<<12), make([]nameSet, 1<<12)
	x.namedShort = set()
	inPair := func(sets []nameSet, a, b byte, i int) {
		p := pairIndex(a, b)
		if sets[p] == nil {
			sets[p] = set()
		}
		sets[p].add(i)
	}
	for i := range names {
		n := &names[i]
		x.all.add(i)
		in(x.byWord, n.word, i)
		if len(n.word) < 2 {
			x.namedShort.add(i)
		} else {
			inPair(x.namedPairs, n.word[0], n.word[1], i)
		}
		if !n.whole && len(n.word) < 6 {
			in(x.shortNames, n.word, i)
			if len(n.word) < 2 {
				x.shortTiny = true
			} else {
				p := pairIndex(n.word[0], n.word[1])
				x.shortPairs[p>>6] |= 1 << (p & 63)
			}
		}
		if n.trade != nil {
			in(x.tradeNames, n.word, i)
			if !slices.Contains(x.tradeLens, len(n.word)) {
				x.tradeLens = append(x.tradeLens, len(n.word))
			}
		}
		if !n.whole && len(n.word) >= 6 {
			for l := len(n.word); l < len(x.exactLen); l++ {
				x.exactLen[l].add(i)
			}
			inPair(x.exactPairs, n.word[0], n.word[1], i)
		}
		if len(n.word) <= 4 {
			continue
		}
		in(x.byColl, n.coll, i)
		if n.coll == "" {
			x.fuzzyAll.add(i)
			continue
		}
		first := &x.fuzzyFirst[n.coll[0]]
		if *first == nil {
			*first = make([]nameSet, firstLen)
			for l := range *first {
				(*first)[l] = set()
			}
		}
		for l := range firstLen {
			if reachesFirst(len(n.coll), l) {
				(*first)[l].add(i)
			}
		}
		if len(n.coll) >= 6 {
			for l := len(n.coll) + 1; l < len(x.fuzzyLen); l++ {
				x.fuzzyLen[l].add(i)
			}
			for j := 0; j+1 < len(n.coll); j++ {
				inPair(x.fuzzyPairs, n.coll[j], n.coll[j+1], i)
			}
		}
	}
	return x
}

// reachesFirst reports whether a word whose collapsed skeleton is l long
// can match a name (of five letters or more) whose skeleton is n long in
// a case of matchWord's second pass that needs the name's first letter:
// the same skeleton (n == l), a typo (within the name's tolerance of its
// length, names of six or more) or a long name scrambled (12 or more, the
// word 0.7 to 1.4 times as long). Every other case of that pass (a name
// inside the word, or within edits of part of it) needs a name shorter
// than the word and a pair of its letters there: fuzzyLen and
// fuzzyPairs offer it. Offering the names that fail this only made
// matchWord look at each and pass over it (about 60 names a word).
func reachesFirst(n, l int) bool {
	return l == n || n >= 6 && abs(l-n) <= tolerance(n) || n >= 12 && 10*l >= 7*n && 10*l <= 14*n
}

// pairIndex is where a pair of letters is in exactPairs and fuzzyPairs:
// bytes are folded as byteSet folds them.
func pairIndex(a, b byte) int { return int(a&63)<<6 | int(b&63) }

// orPairs adds to s the members of of that are in pairs under a pair of
// letters of word.
func (x *nameIndex) orPairs(s, tmp nameSet, pairs []nameSet, word string, of nameSet) {
	t := x.newSet(tmp)
	for j := 0; j+1 < len(word); j++ {
		t.or(pairs[pairIndex(word[j], word[j+1])])
	}
	for i := range s {
		s[i] |= t[i] & of[i]
	}
}

// newSet returns an empty set in buf if it is long enough.
func (x *nameIndex) newSet(buf nameSet) nameSet {
	if cap(buf) >= x.words {
		s := buf[:x.words]
		clear(s)
		return s
	}
	return make(nameSet, x.words)
}

// exactCandidates returns the names the first pass of matchWord could
// match word (whose collapsed skeleton is coll) with: the name itself, the
// same skeleton, a name of six letters or more in it, a short name
// followed by a service word, a name with words of its trade (the name
// begins the word).
func (x *nameIndex) exactCandidates(buf, tmp nameSet, word, coll string) nameSet {
	s := x.newSet(buf)
	s.or(x.byWord[word])
	s.or(x.byColl[coll])
	x.orPairs(s, tmp, x.exactPairs, word, x.exactLen[min(len(word), len(x.exactLen)-1)])
	for _, l := range x.tradeLens {
		if l < len(word) {
			s.or(x.tradeNames[word[:l]])
		}
	}
	if p := pairIndex(word[0], word[1]); !x.shortTiny && x.shortPairs[p>>6]&(1<<(p&63)) == 0 {
		return s // no short name begins the word
	}
	for p := 1; p <= 5 && p < len(word); p++ {
		if serviceWords[word[p:]] {
			s.or(x.shortNames[word[:p]])
		} else if names, ok := x.shortNames[word[:p]]; ok && x.runtime && len(word) > p+3 && noticeTail(word[p:]) {
			s.or(names)
		}
	}
	return s
}

// fuzzyCandidates returns the names the second pass of matchWord could
// match a word whose collapsed skeleton is coll with.
func (x *nameIndex) fuzzyCandidates(buf, tmp nameSet, coll string) nameSet {
	s := x.newSet(buf)
	s.or(x.fuzzyAll)
	if coll != "" {
		if first := x.fuzzyFirst[coll[0]]; first != nil {
			s.or(first[min(len(coll), len(first)-1)])
		}
	}
	x.orPairs(s, tmp, x.fuzzyPairs, coll, x.fuzzyLen[min(len(coll), len(x.fuzzyLen)-1)])
	return s
}

// namedCandidates returns the names Named could find word to be or to
// hold: those whose first two letters stand somewhere in it. Named looked
// at each of the 234 built-in names for each word of a path (about 1,800
// instructions a word).
func (x *nameIndex) namedCandidates(buf nameSet, word string) nameSet {
	s := x.newSet(buf)
	s.or(x.namedShort)
	for j := 0; j+1 < len(word); j++ {
		s.or(x.namedPairs[pairIndex(word[j], word[j+1])])
	}
	return s
}
