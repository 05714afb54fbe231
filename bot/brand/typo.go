package brand

import "strings"

// genericTails are words a brand's name may end in that say what the
// brand is rather than which one: the name's own part (core) comes
// before. A misspelling of such a name keeps both parts recognisable:
// acbbank read as akbank names another bank, steamcommunity read as
// synocommunity another community, canadapost read as canadagoose
// another company.
var genericTails = [...]string{"community", "exchange", "digibank", "powered", "express", "wallet", "games", "group", "money",
	"airlines", "bank", "post", "live", "land", "mail", "swap", "pay", "app", "bot", "com", "van", "air", "io"}

// splitCompound returns the core and the generic tail of a name, or "" and
// "" when it has none.
func splitCompound(name string) (core, tail string) {
	for _, t := range genericTails {
		if c, ok := strings.CutSuffix(name, t); ok && len(c) >= 2 {
			return c, t
		}
	}
	return "", ""
}

// coreTolerance is how many edits the own part of a compound name
// survives: none for three letters or fewer (acb, tp: any change names
// another brand), one for four, two beyond.
func coreTolerance(n int) int {
	switch {
	case n <= 3:
		return 0
	case n == 4:
		return 1
	}
	return 2
}

// tailTolerance is how many edits the generic tail of a compound name
// survives: one, two for long ones; none for a short tail inside a
// longer word, where one edit finds it almost anywhere (cryptocowboys
// is not cryptocom).
func tailTolerance(n int, inside bool) int {
	switch {
	case inside && n <= 3:
		return 0
	case n > 8:
		return 2
	}
	return 1
}

// compoundMatch reports whether a word (a collapsed skeleton) reads as the
// compound name core+tail (collapsed skeletons too), each part within its
// own tolerance (coreTolerance, tailTolerance): the word is split
// somewhere into a part ending like the core and one starting like the
// tail. With inside set the word may hold more before the core and after
// the tail.
func compoundMatch(word, core, tail string, inside bool) bool {
	tc, tt := coreTolerance(len(core)), tailTolerance(len(tail), inside)
	if !inside && (tail == "com" || tail == "lo") && distance(word, core, tc) <= tc {
		// a name made of a domain (blockchain.com, blur.io) written
		// without its ending: blockchaln (tails are skeletons: io is lo)
		return true
	}
	for i := 1; i < len(word); i++ {
		var dc, dt int
		if inside {
			dc = suffixDistance(word[:i], core, tc)
			if dc > tc {
				continue
			}
			dt = prefixDistance(word[i:], tail, tt)
		} else {
			dc = distance(word[:i], core, tc)
			if dc > tc {
				continue
			}
			dt = distance(word[i:], tail, tt)
		}
		if dt <= tt {
			return true
		}
	}
	return false
}

// prefixDistance is the least edit distance between pattern and a prefix
// of text, or a number above k.
func prefixDistance(text, pattern string, k int) int {
	best := k + 1
	for j := max(0, len(pattern)-k); j <= min(len(text), len(pattern)+k); j++ {
		best = min(best, distance(text[:j], pattern, k))
	}
	return best
}

// suffixDistance is the least edit distance between pattern and a suffix
// of text, or a number above k.
func suffixDistance(text, pattern string, k int) int {
	best := k + 1
	for j := max(0, len(pattern)-k); j <= min(len(text), len(pattern)+k); j++ {
		best = min(best, distance(text[len(text)-j:], pattern, k))
	}
	return best
}

// numberParts splits a word at its runs of three digits or more (a
// number, not letters written as digits like g00gle) and returns the
// parts of three characters or more around them (none for a bare
// number), or nil when it has no such run.
func numberParts(s string) []string {
	var parts []string
	split, start := false, 0
	for i := 0; i < len(s); {
		if !isDigitByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j-i >= 3 {
			if i-start >= 3 {
				parts = append(parts, s[start:i])
			}
			split, start = true, j
		}
		i = j
	}
	if !split {
		return nil
	}
	if len(s)-start >= 3 {
		parts = append(parts, s[start:])
	}
	if parts == nil {
		return []string{} // a number and nothing else: nothing to compare
	}
	return parts
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// doubledRuns counts the places where a letter is repeated: one in mommo
// and tikiiii, two in moomoo.
func doubledRuns(s string) int {
	n := 0
	for i := 1; i < len(s); i++ {
		if s[i] == s[i-1] && (i < 2 || s[i-1] != s[i-2]) {
			n++
		}
	}
	return n
}
