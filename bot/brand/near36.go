package brand

// Misspellings Match leaves unread (disc36). Match compares a word with a
// brand's name over its visual skeleton, collapsed, within one edit for a
// name of eight letters or fewer; two kinds of the Discord and Steam
// scams' names fall outside that:
//
//   - the skeleton reads a real "cl" as d, so that disclrd (discord with
//     its o written l, one letter) is two edits from it (dlsdrd), and k
//     for c with a plural s (diskords) or a plural s and a letter changed
//     (diseords) are two edits too;
//   - a brand's own word written with digits or l for i, which no word
//     of a language is: nltro for Discord's nitro, glft and g1ft for
//     gift, promotlons.
//
// NearTypo reads the first on a registrable label (Match.SubMisspelt
// reads a subdomain's), DisguisedWord the second; both are asked only
// once Match found nothing. Two edits of a name of six to eight letters (racblox,
// discorol) were left: on the popular domains they read as many other
// names (openstax, netfilmes, moviefone, telerama) as scams.

// letterFold maps a word to the letters it is read as, letter by letter:
// digits and i as their look-alike letters (asciiFold: 0 o, 1 l, i l), k
// as c (the same sound, one key apart). Unlike Skeleton it reads no pair
// of letters as one (cl as d, rn as m), so a word keeps its length.
func letterFold(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		b[i] = foldLetter(s[i])
	}
	return string(b)
}

// foldLetter is letterFold of one byte.
func foldLetter(c byte) byte {
	if c < 128 {
		c = asciiFold[c]
	}
	if c == 'k' {
		c = 'c'
	}
	return c
}

// NearMin is the fewest letters (collapsed: google is five) a name needs
// to be read by NearTypo, as by Match's edit distance.
const NearMin = 6

// nearName is a name NearTypo compares with, and its letterFold.
type nearName struct {
	fold string
	n    *name
}

// nearNames returns the names NearTypo reads, by the first letter of
// their letterFold: Brand.Names (not Brand.Words, which are ordinary
// words too) of NearMin letters or more collapsed, that are no compound
// of a generic tail (akbank is no acbbank: compoundMatch reads those).
func nearNames(names []name) *[128][]nearName {
	var out [128][]nearName
	for i := range names {
		n := &names[i]
		f := letterFold(n.word)
		if n.whole || n.core != "" || len(collapse(f)) < NearMin || f[0] >= 128 {
			continue
		}
		out[f[0]] = append(out[f[0]], nearName{fold: f, n: n})
	}
	return &out
}

// NearTypo reports a word (a registrable label, or one of its
// hyphen-separated words; lower-case ASCII) that is a brand's name
// (nearNames) misspelt by one letter read letter by letter
// (letterFold: disclrd), after a plural s is dropped (diskords,
// diseords), keeping the name's first letter; not the name itself, nor a
// word of a language (isWord, the dictionary of look-alikes) or two such
// words run together. The caller asks about a host that is neither
// official nor matched.
func (m *Matcher) NearTypo(word string, isWord func(string) bool) (Match, bool) {
	if len(word) < NearMin || len(word) > 24 || word[0] >= 128 {
		return Match{}, false
	}
	// the word's letterFold, on the stack: most hosts asked about are
	// nobody's misspelling, and are told so by the names of their first
	// letter alone
	var buf [24]byte
	f := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		f[i] = foldLetter(word[i])
	}
	if len(f) > NearMin && f[len(f)-1] == 's' {
		f = f[:len(f)-1] // a plural: diskords
	}
	for _, nn := range m.near[f[0]] {
		if nn.n.word == word || !oneEdit(f, nn.fold) {
			continue
		}
		if !allLower(word) || m.words[word] || isWord != nil && (isWord(word) || twoWords(word, isWord)) {
			break
		}
		return Match{Kind: Lookalike, Brand: nn.n.brand, Imitates: nn.n.imitates, Word: word, name: nn.n.word}, true
	}
	return Match{}, false
}

// oneEdit reports whether a is b or one edit from it: a letter changed,
// added, dropped, or swapped with the next.
func oneEdit(a []byte, b string) bool {
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		if i >= len(a)-1 {
			return true
		}
		if string(a[i+1:]) == b[i+1:] {
			return true // changed
		}
		return a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == b[i+2:] // swapped
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return string(a[i+1:]) == b[i:] // added
	case -1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return string(a[i:]) == b[i+1:] // dropped
	}
	return false
}

// OneEdit reports whether a is b or one edit from it: a letter changed,
// added, dropped, or swapped with the next (oneEdit, for strings).
func OneEdit(a, b string) bool { return oneEdit([]byte(a), b) }

// twoWords reports a word that is two words of a language (four letters
// or more each) run together: nothing the brand's name imitates.
func twoWords(w string, isWord func(string) bool) bool {
	for k := 4; k <= len(w)-4; k++ {
		if isWord(w[:k]) && isWord(w[k:]) {
			return true
		}
	}
	return false
}

// DisguisedWord finds a brand's own word (Brand.Context of four letters
// or more: Discord's nitro, gift, invite, promotions; Steam's trade)
// written inside a label with a digit or an l for an i (nltro, glft,
// g1ft, promotlons) and returns it as written (form), the word and the
// brand, or "", "", nil. Nobody writes a word so but to pass a
// filter that looks for it: a word of a language is written with its own
// letters. A label with digits elsewhere is a machine's random name
// (s3 buckets' 7rad3 is no trade). label is lower-case ASCII.
func (m *Matcher) DisguisedWord(label string) (form, word string, b *Brand) {
	if len(label) < 4 {
		return "", "", nil
	}
	for _, c := range m.context {
		for i := 0; i+len(c.word) <= len(label); i++ {
			s := label[i : i+len(c.word)]
			if s != c.word && foldsTo(s, c.fold) && disguised(s, c.word) && !hasDigit(label[:i]) && !hasDigit(label[i+len(c.word):]) {
				return s, c.word, c.brand
			}
		}
	}
	return "", "", nil
}

// foldsTo reports whether s's letterFold is fold, without making it.
func foldsTo(s, fold string) bool {
	for i := 0; i < len(s); i++ {
		if foldLetter(s[i]) != fold[i] {
			return false
		}
	}
	return true
}

// disguised reports whether s is w (of the same length, the same letter
// fold) with at least one letter written as a digit or as l for i, and no
// other difference.
func disguised(s, w string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != w[i] && !(isDigitByte(s[i]) || s[i] == 'l' && w[i] == 'i') {
			return false
		}
	}
	return true
}

// contextWord is a brand's own word DisguisedWord looks for, with its
// letter fold.
type contextWord struct {
	word, fold string
	brand      *Brand
}

// contextWords returns the brands' Context words of four letters or more.
func contextWords(brands []Brand) []contextWord {
	var out []contextWord
	seen := make(map[string]bool)
	for i := range brands {
		for _, w := range brands[i].Context {
			if len(w) < 4 || seen[w] || !allLower(w) {
				continue
			}
			seen[w] = true
			out = append(out, contextWord{word: w, fold: letterFold(w), brand: &brands[i]})
		}
	}
	return out
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}

// SubMisspelt reports a brand's name (Brand.Names, six letters or more)
// in a subdomain (NameInSubdomain) written in letters otherwise than the
// brand writes it: misspelt (discordd, dlscord, steamcomunity) or run
// together with more (steamcommunityuk). A company's or a project's own
// host named for its Discord server writes the name as it is
// (discord.example.org); a word with digits is a machine's name (api3 is
// no apple), and a name beside a delivery network's word (tiktokcdn,
// microsoftedge) the network's (infrastructureName).
func (m *Match) SubMisspelt() bool {
	if m.Kind != NameInSubdomain || m.whole || len(m.name) < 6 || m.Word == m.name || hasDigit(m.Word) {
		return false
	}
	return !infrastructureName(m.Word)
}
