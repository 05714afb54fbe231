package brand

import "strings"

// TyposquatMin is the fewest letters a name needs for one edit of it to
// read as a typosquat: below six, one edit of a name is as often another
// word or another company's name (keplr: kepler, rabby: rabbi).
const TyposquatMin = 6

// Typo reports whether a look-alike is a clear typosquat: its word is the
// brand's name, of TyposquatMin letters or more, with a single edit (a
// letter doubled, dropped, swapped with the next, changed, or written as
// a digit: binnance, opensae, metamsk, disc0rd) and no more, itself of
// TyposquatMin letters or more (a five-letter name is somebody's as
// often as a six-letter name's dropped letter), and not
// plausibly a word or name of its own (Match.Plausible). A name that is
// also an ordinary word (Brand.Words: icloud, outlook) is one only on
// the brand's own ending: elsewhere its look-alikes are as often
// another's name (lcloud). isWord tells a word of the language (four
// letters or more): a letter changed that writes the name's part as a
// word reads as that word (mobizone's zone, not mobifone's fone).
func (m *Match) Typo(isWord func(string) bool) bool {
	if m.Kind != Lookalike || m.Plausible || m.Dictionary || len(m.name) < TyposquatMin || len(m.Word) < TyposquatMin || m.whole && !m.OwnTLD ||
		m.Word == m.name || distance(m.Word, m.name, 1) != 1 {
		return false
	}
	// a letter doubled or written as a digit writes no word of its own
	return isWord == nil || collapse(Skeleton(m.Word)) == collapse(Skeleton(m.name)) || !wordAcrossEdit(m.Word, m.name, isWord)
}

// wordAcrossEdit reports whether word, name with one letter changed,
// is the name's own start or end (three letters or more) and a word of
// four letters or more (isWord) in place of the rest, the changed letter
// in it: mobi and zone for mobifone's fone; or the name's own end with a
// technical token written at its start (rev34: dev and tools, devtools
// for dextools). A letter changed is how a
// name of its own differs from the brand's as often as a typo is; a
// letter dropped, added or swapped with the next is the typist's, and a
// word found across it by chance (scrod in discrod) says nothing.
func wordAcrossEdit(word, name string, isWord func(string) bool) bool {
	if len(word) != len(name) {
		return false
	}
	i := 0
	for i < len(word) && word[i] == name[i] {
		i++
	}
	if i == len(word) || word[i+1:] != name[i+1:] {
		return false // not a single letter changed
	}
	for k := 3; k <= len(word)-4; k++ {
		if k <= i && isWord(word[k:]) || k > i && (isWord(word[:k]) || techToken(word[:k])) {
			return true
		}
	}
	return false
}

// domainLabel is a label a brand's own domain is named by under one of
// its endings (phantom under app, stargate under finance) or the
// brand's name there (jupiter under ag, beside jup.ag).
type domainLabel struct {
	word, coll string // the label, and its collapsed skeleton
	brand      *Brand
	imitates   string // the brand's domain under that ending
}

// domainLabels returns the labels of the brands' own domains, by their
// public suffix: the first label of each domain of TyposquatMin letters
// or more under an ending other than com, net and org and a country's
// own, with the brand's name written as one word beside it (Jupiter's
// jupiter beside jup.ag).
func domainLabels(brands []Brand) map[string][]domainLabel {
	out := make(map[string][]domainLabel)
	for i := range brands {
		b := &brands[i]
		for _, d := range b.Domains {
			label, suffix, ok := strings.Cut(d, ".")
			if !ok || strings.Contains(suffix, ".") || !typoSuffix(suffix) {
				continue
			}
			add := func(w string) {
				if len(w) < TyposquatMin || !allLower(w) {
					return
				}
				for _, l := range out[suffix] {
					if l.word == w {
						return
					}
				}
				out[suffix] = append(out[suffix], domainLabel{word: w, coll: collapse(Skeleton(w)), brand: b, imitates: d})
			}
			add(label)
			add(strings.ToLower(strings.NewReplacer(" ", "", ".", "", "-", "").Replace(b.Name)))
		}
	}
	return out
}

// typoSuffix reports an ending whose names a brand's domain under it
// stands out among: not the generic com, net and org, and not a
// country's own (vn, de, co.uk), under which one edit of a brand's name
// is as often a local business's name; the ccTLDs sold as generic
// endings (io, ag, me, gg, fi, co, ai, so, to) are kept.
func typoSuffix(suffix string) bool {
	switch suffix {
	case "com", "net", "org", "edu", "gov", "int", "mil":
		return false
	case "io", "ag", "me", "gg", "fi", "co", "ai", "so", "to", "tv", "cc", "ws", "im", "fm", "sh", "id":
		return true
	}
	return len(suffix) > 2
}

func allLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return s != ""
}

// DomainTypo reports a registrable domain that is one of the brands' own
// domains with its first label misspelt by one edit, under the same
// ending (domainLabels): phantomm.app for phantom.app, stargatte.finance
// for stargate.finance, jupiterr.ag beside jup.ag. It reads the domains
// Match does not, as their labels are ordinary words the brand's names
// leave out (phantom, stargate), only where the ending says the brand.
// label is the registrable label (lower-case ASCII), suffix its public
// suffix; a label that isWord says is a word of a language (phantoms,
// meteor) or of the dictionary of look-alikes is somebody's own. The
// typo keeps the first letter. The domain is not official (the caller
// asks first).
func (m *Matcher) DomainTypo(label, suffix string, isWord func(string) bool) (Match, bool) {
	labels := m.labels[suffix]
	if len(labels) == 0 || len(label) < TyposquatMin-1 || !allLower(label) || m.words[label] || isWord != nil && isWord(label) {
		return Match{}, false
	}
	coll := collapse(Skeleton(label))
	for i := range labels {
		l := &labels[i]
		if label == l.word && l.imitates == label+"."+suffix || coll == "" || coll[0] != l.coll[0] {
			continue
		}
		if isWord != nil && wordAcrossEdit(label, l.word, isWord) {
			continue // a word of its own in place of the name's part (devtools: dev and tools)
		}
		if coll == l.coll || distance(coll, l.coll, 1) <= 1 && distance(label, l.word, 1) <= 1 {
			return Match{Kind: Lookalike, Brand: l.brand, Imitates: l.imitates, Word: label, OwnTLD: true, name: l.word}, true
		}
	}
	return Match{}, false
}

// SplitName reports a brand's name of TyposquatMin letters or more in a
// registrable label that is the name cut by hyphens and nothing else:
// dis-cord, tele-gram, open-sea (label is the registrable label). A
// compound name cut where its generic word begins is the brand's name
// as people write it (deutsche-post, trust-wallet), not a typosquat.
func (m *Match) SplitName(label string) bool {
	if m.Kind != NameInDomain || len(m.name) < TyposquatMin || m.Word != m.name || !strings.Contains(label, "-") ||
		strings.ReplaceAll(label, "-", "") != m.name {
		return false
	}
	core, tail := splitCompound(m.name)
	return core == "" || label != core+"-"+tail
}

// OwnLabel reports whether label is a label of one of the matched
// brand's domains: native-instruments of native-instruments.com, which
// under another ending (native-instruments.de) is the brand's own
// spelling, not its name cut by a hyphen (SplitName; rev47e).
func (m *Match) OwnLabel(label string) bool {
	return m.Brand != nil && ownLabel(m.Brand, label)
}
