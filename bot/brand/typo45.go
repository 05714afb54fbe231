package brand

// One letter off a long name read only whole (infra45). NearTypo reads
// Brand.Names misspelt by a letter, not Brand.Words: most Words are
// ordinary words (outlook), and the dictionary of words that read as
// look-alikes is written for the built-in names alone. The long names
// of the services protected at run time (cloudflare, digitalocean,
// namecheap, hetzner, proxmox, bitwarden) are no words of a language,
// and their impostors misspell them as they misspell the built-in names
// (cloudfalre, digitalocaen, namechaep, hetznre, proxmoxx). WordNearMin
// is the fewest letters such a name needs.
const WordNearMin = 7

// wordNearNames returns the names WordTypo reads, by the first letter of
// their letterFold: Brand.Words of WordNearMin letters or more, of
// letters only, of a Tool brand (the services developers and admins sign
// in to) that is not read only beside a notice's words (Brand.Beside:
// chatgpt, terraform are in its projects' names). Other brands' long
// Words are names a company's is one letter from (laposte: lacoste;
// wetransfer: wmtransfer; interac: interakt).
func wordNearNames(names []name) *[128][]nearName {
	var out [128][]nearName
	for i := range names {
		n := &names[i]
		if !n.whole || !letters(n.word) || (!n.brand.Tool || n.brand.Beside || len(n.word) < WordNearMin) && !workNear(n) && !travelNear(n) && !shopNear(n) && !govNear(n) && !billNear(n) && !careNear(n) && !autoNear(n) && !homeNear(n) && !familyNear(n) {
			continue
		}
		f := letterFold(n.word)
		out[f[0]] = append(out[f[0]], nearName{fold: f, n: n})
	}
	return &out
}

// WordTypo reports a word (a registrable label, or one of its
// hyphen-separated words; lower-case ASCII) that is one of a run-time
// matcher's long whole names (wordNearNames) misspelt as a hand slips on
// the keys (slipped): two letters swapped, one doubled or one dropped
// (from a name of nine letters or more), keeping the name's first
// letter; not the name itself, another brand's name, a word of a
// language (isWord) or two such words run together. A matcher built by
// New reads none.
func (m *Matcher) WordTypo(word string, isWord func(string) bool) (Match, bool) {
	if !m.runtime || len(word) < WordNearMin-1 || len(word) > 24 || !letters(word) {
		return Match{}, false
	}
	var buf [24]byte
	f := buf[:len(word)]
	for i := 0; i < len(word); i++ {
		f[i] = foldLetter(word[i])
	}
	for _, nn := range m.wordNear[f[0]] {
		if nn.n.word == word || !slipped(f, nn.fold) && !travelSwapped(f, nn.n, nn.fold, isWord) && !billSwapped(f, nn.n, nn.fold, isWord) && !autoSwapped(f, nn.n, nn.fold, isWord) {
			continue
		}
		if m.words[word] || isWord != nil && (isWord(word) || twoWords(word, isWord)) {
			break
		}
		return Match{Kind: Lookalike, Brand: nn.n.brand, Imitates: nn.n.imitates, Word: word, name: nn.n.word}, true
	}
	return Match{}, false
}

// slipped reports whether a is b misspelt as a hand slips on the keys:
// two neighbouring letters swapped (cloudfalre), one doubled (proxmoxx)
// or one dropped from a long name (namechap). A letter changed for
// another is left: it reads other companies' names (forthnet is one
// letter from fortinet).
func slipped(a []byte, b string) bool {
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && string(a[i+2:]) == b[i+2:]
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return i > 0 && a[i] == a[i-1] && string(a[i+1:]) == b[i:]
	case -1:
		// a letter dropped from a name of nine letters or more: from a
		// shorter one it reads a company's name (airable.io is one
		// letter short of airtable)
		return len(b) >= 9 && oneEdit(a, b)
	}
	return false
}

// letters reports a word of lower-case ASCII letters alone.
func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
