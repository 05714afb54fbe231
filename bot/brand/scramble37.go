package brand

import "strings"

// Long names scrambled (disc37). Steam's community name is the longest
// name the Discord and Steam scams imitate, and their kits write it with
// its letters shuffled, doubled and swapped past any edit distance and
// past Match's letter pairs (dice): straemcummonity, stemacommurinty,
// steaecommutiny, streamconmutiy. What stays is the name's first letter,
// its length and its letters as a bag. Scrambled reads that.

// ScrambleMin is the fewest letters a brand's name needs to be read by
// Scrambled: a short name's letters are a bag many words share.
const ScrambleMin = 12

// scrambleMost is the most letters the bag of a scrambled word may differ
// from the name's by, counted both ways (a letter added and one dropped
// are two): superawesome is four from steampowered, and two words of a
// language run together (smartcommunity) are left for that.
const scrambleMost = 4

// scrambleName is a name Scrambled compares with, and its letters as a
// bag.
type scrambleName struct {
	n   *name
	bag [26]int8
}

// scrambleNames returns the names Scrambled reads: Brand.Names (not
// Brand.Words) of ScrambleMin letters or more, lower-case letters alone.
func scrambleNames(names []name) []scrambleName {
	var out []scrambleName
	for i := range names {
		n := &names[i]
		if n.whole || len(n.word) < ScrambleMin || !allLetters(n.word) {
			continue
		}
		s := scrambleName{n: n}
		for j := 0; j < len(n.word); j++ {
			s.bag[n.word[j]-'a']++
		}
		out = append(out, s)
	}
	return out
}

// Scrambled reports a word (a registrable label, or one of its
// hyphen-separated words; lower-case ASCII) that is a long brand name
// (scrambleNames) with its letters scrambled: it starts with the name's
// first letter, is one letter shorter to three longer, and its letters as
// a bag differ from the name's by scrambleMost or fewer (stemacommurinty,
// straemcummonity for steamcommunity). Not a word holding the name itself
// (Match reads those), nor a word of a language (isWord, the dictionary of
// look-alikes) or two such words run together (speedroute), nor the
// name's last word kept whole after a stranger's front
// (shemalecommunity, smartcommunity: strangerFront), nor the name's
// front kept whole before a stranger's word (deutscheshop, kienlongland:
// strangerBack). The caller asks about a host that is neither official
// nor matched.
func (m *Matcher) Scrambled(word string, isWord func(string) bool) (Match, bool) {
	if len(word) < ScrambleMin-1 || len(word) > 32 || !allLetters(word) {
		return Match{}, false
	}
	for i := range m.scramble {
		s := &m.scramble[i]
		n := s.n
		if word[0] != n.word[0] || len(word) < len(n.word)-1 || len(word) > len(n.word)+3 {
			continue
		}
		bag := s.bag
		for j := 0; j < len(word); j++ {
			bag[word[j]-'a']--
		}
		diff := 0
		for _, d := range bag {
			diff += int(max(d, -d))
		}
		if diff > scrambleMost || strings.Contains(word, n.word) || strangerFront(word, n.word, isWord) || strangerBack(word, n.word, isWord) {
			continue
		}
		if m.words[word] || isWord != nil && (isWord(word) || twoWords(word, isWord)) {
			return Match{}, false
		}
		return Match{Kind: Lookalike, Brand: n.brand, Imitates: n.imitates, Word: word, name: n.word}, true
	}
	return Match{}, false
}

// strangerFront reports whether word ends in the name's last word, a word
// of a language of six letters or more kept whole (community), after a
// front that is no misspelling of the name's own (steam): someone's
// community (shemalecommunity), not the name scrambled.
func strangerFront(word, name string, isWord func(string) bool) bool {
	if isWord == nil {
		return false
	}
	for k := len(name) - 6; k > 0; k-- {
		tail := name[k:]
		if !strings.HasSuffix(word, tail) || !isWord(tail) {
			continue
		}
		return !OneEdit(word[:len(word)-len(tail)], name[:k])
	}
	return false
}

// strangerBack reports whether word starts with the name's front, half
// the name or more, kept whole, and goes on with a word of a language
// (isWord) that is no misspelling of the name's own rest (OneEdit):
// someone's shop or land named with the name's first word (deutscheshop,
// deutschestop for deutschepost; kienlongland for kienlongbank), not the
// name scrambled. The rest of a scrambled name is no word
// (stremacummonity), or one edit off the name's (steamcomunity).
func strangerBack(word, name string, isWord func(string) bool) bool {
	if isWord == nil {
		return false
	}
	for k := len(name) / 2; k < len(name) && k < len(word); k++ {
		if !strings.HasPrefix(word, name[:k]) {
			return false
		}
		if rest := word[k:]; isWord(rest) && !OneEdit(rest, name[k:]) {
			return true
		}
	}
	return false
}
