package bot

import "strings"

// cutHyphen returns the part of s before its first hyphen and the rest
// after it, as strings.Cut(s, "-") returns them (s and "" when it holds
// none), without Cut's general search (speed47).
func cutHyphen(s string) (before, after string) {
	if i := strings.IndexByte(s, '-'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// The kinds of a word of a site's name crackSite reads: one of
// crackWordsSite (a crack's) or else of creatorSiteWords (a download's,
// a licence's).
const (
	siteWordCrack   = 1
	siteWordCreator = 2
)

// siteWords holds crackWordsSite's and creatorSiteWords' words with their
// kind, and siteWordShortest and siteWordLongest their lengths' bounds,
// so that crackSite looks a label's word up once, and not at all when
// its length is none of theirs; joinedShortest is the shortest word
// joinedCrack can read (a joinedSiteWords' word and three bytes more)
// (speed47).
var (
	siteWords                         = map[string]uint8{}
	siteWordShortest, siteWordLongest = 64, 0
	joinedShortest                    = 64
)

// joinedFirst and joinedLast hold, for each byte, the joinedSiteWords (a
// bit each, by index) that begin or end with it: joinedCrack compares a
// word's ends only with those its first or last byte allows (speed47).
var joinedFirst, joinedLast [256]uint32

func init() {
	if len(joinedSiteWords) > 32 {
		panic("joinedSiteWords: more words than joinedFirst's bits")
	}
	for w := range creatorSiteWords {
		siteWords[w] = siteWordCreator
	}
	for w := range crackWordsSite {
		siteWords[w] = siteWordCrack // a crack's word first, as crackSite read them
	}
	for w := range siteWords {
		siteWordShortest, siteWordLongest = min(siteWordShortest, len(w)), max(siteWordLongest, len(w))
	}
	for _, p := range siteWordPairs {
		pairFirstShortest, pairFirstLongest = min(pairFirstShortest, len(p[0])), max(pairFirstLongest, len(p[0]))
		if siteWords[p[2]] == 0 {
			panic("siteWordPairs: " + p[2] + " is neither crackWordsSite's nor creatorSiteWords'")
		}
	}
	for i, k := range joinedSiteWords {
		joinedFirst[k[0]] |= 1 << i
		joinedLast[k[len(k)-1]] |= 1 << i
		joinedShortest = min(joinedShortest, len(k)+3) // joinedCrack passes over a word of len(k)+2 or fewer
	}
}

// siteWordAt returns a label's hyphenated word w as siteWord reads it
// beside the word after it (the first of rest, the label after w's
// hyphen), with its kind (siteWordCrack, siteWordCreator); or "", 0. The
// word after is cut only when w begins one of siteWordPairs, and w is
// looked up once (speed47).
func siteWordAt(w, rest string) (string, uint8) {
	for _, p := range siteWordPairs[:pairFirsts(len(w))] {
		if w == p[0] {
			if next, _ := cutHyphen(rest); next == p[1] {
				return p[2], siteWords[p[2]]
			}
		}
	}
	if kind := siteWordKind(w); kind != 0 {
		return w, kind
	}
	return "", 0
}

// pairFirstShortest and pairFirstLongest bound the lengths of
// siteWordPairs' first words (speed47).
var pairFirstShortest, pairFirstLongest = 64, 0

// pairFirsts returns how many of siteWordPairs a word of n bytes may
// begin: all of them when n is one of their first words' lengths, else
// none.
func pairFirsts(n int) int {
	if n < pairFirstShortest || n > pairFirstLongest {
		return 0
	}
	return len(siteWordPairs)
}

// trimDigitsFast is trimDigits by a byte loop, without TrimRight's
// cutset (speed47).
func trimDigitsFast(w string) string {
	n := len(w)
	for n > 0 && w[n-1] >= '0' && w[n-1] <= '9' {
		n--
	}
	return w[:n]
}

// siteWordKind returns w's kind (siteWordCrack, siteWordCreator), or 0
// when it is neither crackWordsSite's nor creatorSiteWords' (speed47).
func siteWordKind(w string) uint8 {
	if len(w) < siteWordShortest || len(w) > siteWordLongest {
		return 0
	}
	return siteWords[w]
}

// A creatorWordSet holds one bit for each of creatorTriggers' words
// (creatorTrigger.bit).
type creatorWordSet [2]uint64

// A creatorTrigger is a trigger word's entry in creatorTriggers: the
// schemes whose topics hold it and its own bit in a creatorWordSet.
type creatorTrigger struct {
	schemes uint16
	bit     uint8
}

// creatorTopicWords holds, for each topic of each of creatorSchemes (by
// the same indexes), the trigger words it holds (creatorTriggers): a
// message that holds the topic holds them all as words (speed47).
var creatorTopicWords [len(creatorSchemes)][]creatorWordSet

// firstTopic returns the first of topics folded holds as words, as
// firstPhrase does, looking only for those whose trigger words (need, by
// topic) are all among those folded holds (have, creatorTriggered): a
// topic held as words is held word by word, so the others are none
// (speed47).
func firstTopic(folded []byte, topics []string, need []creatorWordSet, have *creatorWordSet) string {
	for i, p := range topics {
		if n := &need[i]; n[0]&have[0] == n[0] && n[1]&have[1] == n[1] && containsWords(folded, p) {
			return p
		}
	}
	return ""
}

// mayBeProduct reports whether siteProduct can read b as a program's
// name or a plugin's word: b, or b without its trailing digits, is one
// of creatorKindWords or of productSites' names. Looked up as
// string(b), which does not copy it, so that crackSite makes a string of
// two words joined only when they may be a name (speed47).
func mayBeProduct(b []byte) bool {
	if _, ok := productSites[string(b)]; ok || creatorKindWords[string(b)] {
		return true
	}
	n := len(b)
	for n > 0 && b[n-1] >= '0' && b[n-1] <= '9' {
		n--
	}
	if n == len(b) {
		return false
	}
	_, ok := productSites[string(b[:n])]
	return ok || creatorKindWords[string(b[:n])]
}
