package brand

import (
	"math/bits"
	"strings"
)

// Kind is how a host imitates a brand.
type Kind int

// The ways a host can imitate a brand, strongest first.
const (
	None Kind = iota
	// DomainInHost: the brand's whole domain stands inside another host:
	// discord.com.free-nitro.ru, steamcommunity.com-trade.ru.
	DomainInHost
	// Homoglyph: the host is written with look-alike characters of another
	// script, or with letters carrying diacritics: ԁiscord.com.
	Homoglyph
	// Lookalike: the registrable domain is spelled like the brand's name:
	// dlscord.com, steancommunity.com, gooogle-account.com.
	Lookalike
	// NameInDomain: the brand's name is a word of somebody else's
	// registrable domain: discord-gift.com, vietcombank-xacthuc.com.
	NameInDomain
	// NameInSubdomain: the brand's name is a word of a subdomain of somebody
	// else's domain: paypal.secure-host.example.
	NameInSubdomain
)

var kindNames = [...]string{"none", "domain_in_host", "homoglyph", "lookalike", "name_in_domain", "name_in_subdomain"}

// String names the kind.
func (k Kind) String() string { return kindNames[k] }

// Match says which brand a host imitates and how.
type Match struct {
	Kind     Kind
	Brand    *Brand
	Imitates string // the official domain imitated
	Word     string // the part of the host that imitates
	// Plausible: the word that imitates is also a word or a name in the
	// language of its domain, so that its likeness to the brand is weak
	// evidence alone: a word of a dictionary (discard), two English words
	// that swap the brand's second word for another (safepay for
	// safepal), or Vietnamese syllables under .vn (vietnet.vn is Việt Nét
	// before it is a misspelling of Vietjet). One letter from the brand's
	// own domain (discard.gg, discore.gg) is not plausible.
	Plausible bool
	// Dictionary: the word is a word of a language that only edit
	// distance reads as the brand (discard for discord). Such a word is
	// the brand only where the brand's name is wanted: on a top-level
	// domain the brand uses (OwnTLD: discard.gg) or a cheap one.
	Dictionary bool
	// OwnTLD: the domain's public suffix is one the brand's own domains
	// end in, other than com, net and org (discord.gg, viettel.vn).
	OwnTLD bool
	// Service: the brand's name stands in the registrable domain with
	// nothing beside it but what a service offers (NameInDomain only):
	// usps-tracking, bidv-online, app-discord. It is how an impostor names
	// a page; another company's name adds its own words (discordbotlist,
	// youtube-mp3).
	Service bool
	// Coincident: a Lookalike of a short name (four letters or fewer)
	// that is the whole registrable label, reached only through a
	// letter pair read as one letter and another change (clhi for dhl;
	// fp50.go): a coincidence of a tiny name's look, to be read beside
	// the brand's context, its name or a cheap ending only. Run time
	// only (NewRuntime).
	Coincident bool

	name  string // the brand's name that matched
	whole bool   // the name matches only whole (Brand.Words)
	// own: plausible because the word reads as words of its own
	// (ownWords), not because it is one of a dictionary's
	own bool
}

// Matcher answers brand questions about hosts. It is immutable once built
// and safe for concurrent use.
type Matcher struct {
	official map[string]*Brand // registrable domain, or brand top-level domain
	country  map[string]*Brand // names of AnyCountry brands
	// runtime: built by NewRuntime; AnyCountry does not reach an ending
	// sold as generic (soldAsGeneric) but at genericCountrySites
	runtime bool
	names   []name
	// keys holds, for each of names, what decides whether a word can
	// match it at all, packed so that passing over every name for each
	// word of a host reads a few kilobytes rather than all of names
	keys  []nameKey
	index nameIndex
	// scanAll: look at every name for each word, not at what index
	// offers (the reference the index is tested against)
	scanAll bool
	short   map[string]*name // names of four letters or fewer, by skeleton
	// words are words of a language: read as the brand only when written
	// like it, never by edit distance (telegraf is German, not telegram)
	words map[string]bool
	// memo keeps matchWord's answers for recent words (nil: none kept)
	memo *wordMemo
	// labels are the labels of the brands' own domains by their ending,
	// which DomainTypo reads misspelt
	labels map[string][]domainLabel
	// context are the brands' own words DisguisedWord looks for
	context []contextWord
	// near are the names NearTypo reads, by their first letter
	near *[128][]nearName
	// wordNear are the long whole names WordTypo reads (NewRuntime only)
	wordNear *[128][]nearName
	// scramble are the long names Scrambled reads
	scramble []scrambleName
	// exact are the names by their spelling, for NamedWord and ToolWord
	// (slug47.go)
	exact map[string]exactName
}

// nameKey is what matchWord looks at first in a name: its byteSets and
// lengths.
type nameKey struct {
	wordBytes, collBytes byteSet
	word, coll           int32 // lengths of the name and its collapsed skeleton
	// first is the first byte of the collapsed skeleton (0 for none),
	// inside the most bytes of it a word starting otherwise may lack
	// (maybeInside)
	first  byte
	inside int32
}

// maybeExact reports whether a word with these byteSets can match the
// name in the first pass of matchWord: each of its cases needs every byte
// of the name in the word, or the same collapsed skeleton.
func (k *nameKey) maybeExact(wordBytes, collBytes byteSet) bool {
	return k.wordBytes.within(wordBytes) || k.collBytes == collBytes
}

// maybeFuzzy reports whether a word whose collapsed skeleton has these
// bytes can match the name in the second pass of matchWord: a name of
// four letters or fewer is not looked at there, and every case but the
// letter pairs of names of 12 or more needs the word within tolerance
// (at most 2 below 12) of the name, so no more bytes missing.
func (k *nameKey) maybeFuzzy(collBytes byteSet) bool {
	return k.word > 4 && (k.coll >= 12 || k.collBytes.missing(collBytes) <= 2)
}

// maybeInside reports whether a word whose collapsed skeleton (coll,
// not empty) has these bytes can match the name in the second pass of
// matchWord, when its first byte is not the name's: every case there but
// a look-alike of the name inside the word, or one within tolerance-1
// edits of part of it, needs the same first letter (the same skeleton,
// typos, scrambled long names), and those two need at most tolerance-1 of
// the name's bytes missing (none below nine letters). Long names with
// another first letter were each looked at in full (about 2,000
// instructions a new host).
func (k *nameKey) maybeInside(coll string, collBytes byteSet) bool {
	return k.first == coll[0] || k.first == 0 || int32(k.collBytes.missing(collBytes)) <= k.inside
}

type name struct {
	word  string // the name, lower-case ASCII
	whole bool   // matches only as a whole word (Brand.Words)
	skel  string // its skeleton
	coll  string // its skeleton with repeats collapsed
	// wordBytes and collBytes are the byteSets of word and coll: a word
	// lacking a byte of the name cannot hold it, and one lacking d of the
	// name's bytes is at least d edits from it.
	wordBytes, collBytes byteSet
	// core and tail are the collapsed skeletons of the name's own part
	// and of the generic word it ends in (vietcom, bank), or empty.
	core, tail string
	// anchored: the core is three letters or fewer, so the name stands
	// for itself only at the start of a word (abbank is not in
	// arabbank, ncbbank not in pncbank)
	anchored bool
	brand    *Brand
	imitates string
	domains  []string // the brand's domains whose first label is word
	// trade: the brand's Trade, for a name read whole or a short one
	// (tradeTail); nil otherwise
	trade map[string]bool
}

// New builds a matcher for the brands.
func New(brands []Brand) *Matcher {
	m := &Matcher{official: make(map[string]*Brand), country: make(map[string]*Brand), short: make(map[string]*name),
		words: dictionary, memo: &wordMemo{m: make(map[wordKey][]wordCall)}}
	for i := range brands {
		b := &brands[i]
		if b.AnyCountry {
			for _, n := range b.Spellings() {
				m.country[n] = b
			}
		}
		for _, d := range b.Domains {
			if _, dup := m.official[d]; !dup {
				m.official[d] = b
			}
		}
	}
	for i := range brands {
		b := &brands[i]
		for k, w := range b.Spellings() {
			n := name{word: w, whole: k >= len(b.Names), skel: Skeleton(w), brand: b, imitates: b.Domains[0]}
			n.coll = collapse(n.skel)
			n.wordBytes, n.collBytes = bytesOf(n.word), bytesOf(n.coll)
			if len(b.Trade) > 0 && (n.whole || len(w) < 6) {
				n.trade = make(map[string]bool, len(b.Trade))
				for _, t := range b.Trade {
					n.trade[t] = true
				}
			}
			if core, tail := splitCompound(w); core != "" {
				n.core, n.tail = collapse(Skeleton(core)), collapse(Skeleton(tail))
				n.anchored = len(core) <= 3
			}
			for _, d := range b.Domains {
				if first, _, ok := strings.Cut(d, "."); ok && first == w {
					if n.domains == nil {
						n.imitates = d
					}
					n.domains = append(n.domains, d)
				}
			}
			m.names = append(m.names, n)
		}
	}
	m.keys = make([]nameKey, len(m.names))
	for i := range m.names {
		n := &m.names[i]
		if len(n.word) <= 4 {
			m.short[n.coll] = n
		}
		m.keys[i] = nameKey{wordBytes: n.wordBytes, collBytes: n.collBytes, word: int32(len(n.word)), coll: int32(len(n.coll)),
			inside: int32(tolerance(len(n.coll)) - 1)}
		if n.coll != "" {
			m.keys[i].first = n.coll[0]
		}
	}
	m.index = newNameIndex(m.names)
	m.labels = domainLabels(brands)
	m.context = contextWords(brands)
	m.near = nearNames(m.names)
	m.scramble = scrambleNames(m.names)
	m.exact = exactNames(m.names)
	return m
}

// Official returns the brand that owns a registrable domain, or owns its
// public suffix (a brand top-level domain such as .google, or a private
// suffix such as googleapis.com), or nil.
func (m *Matcher) Official(domain, suffix string) *Brand {
	if b := m.official[domain]; b != nil {
		return b
	}
	if suffix == "" {
		return nil
	}
	if b := m.official[suffix]; b != nil {
		return b
	}
	// the label before "."+suffix, without making that string
	if n := len(domain) - len(suffix) - 1; n >= 0 && domain[n] == '.' && domain[n+1:] == suffix && countryCode(suffix) {
		if m.runtime && soldAsGeneric[suffix] && !genericCountrySites[domain] {
			return nil
		}
		return m.country[domain[:n]]
	}
	return nil
}

// NewRuntime is New for a running bot, not for the trainer's view
// (TrainingView, which reads New, so that the weights rebuild as they
// were): a brand that owns its name under every country's ending
// (AnyCountry) does not own it under a country's ending sold to anyone as
// a generic one or given away (soldAsGeneric: amazon.cc, dhl.tk,
// google.io are anyone's), but at the brand's real sites there
// (genericCountrySites: google.tk, google.ws) and its Domains (rakuten.tv).
func NewRuntime(brands []Brand) *Matcher {
	m := New(brands)
	m.runtime = true
	m.index.runtime = true
	m.wordNear = wordNearNames(m.names)
	return m
}

// SoldCountryName reports whether label.suffix is an AnyCountry brand's
// name, whole, under an ending sold as generic (soldAsGeneric) that is not
// the brand's (amazon.cc, dhl.tk, hsbc.co): the brand's own site under
// New, an impostor's under NewRuntime. It returns the brand.
func (m *Matcher) SoldCountryName(label, suffix string) *Brand {
	if !soldAsGeneric[suffix] || genericCountrySites[label+"."+suffix] || m.official[label+"."+suffix] != nil {
		return nil
	}
	return m.country[label]
}

// soldAsGeneric are countries' endings sold to anyone as generic ones
// (io, co, ai, me, tv, cc, ly, la, nu, fm) or given away (Freenom's tk,
// ml, ga, cf, gq): a brand's name under them is no more the brand's own
// than under com, and phishing pages take them (amazon.cc/login).
var soldAsGeneric = map[string]bool{"io": true, "co": true, "ai": true, "cc": true, "me": true, "tv": true,
	"ly": true, "gg": true, "sh": true, "ws": true, "to": true, "fm": true, "la": true, "nu": true,
	"ac": true, "ag": true, "so": true, "im": true, "tk": true, "ml": true, "ga": true, "cf": true, "gq": true}

// genericCountrySites are the real sites of AnyCountry brands under the
// endings of soldAsGeneric: Google's local search sites for small
// countries and territories (Google's supported_domains list; the
// training benign-domains list holds all but google.ac), and two makers'
// engineering sites (airbnb.io, americanexpress.io; the trainer's
// benign-hosts list and en-tech16t hold them). A brand's name there not
// in this list nor its Domains reads as anyone's at run time.
var genericCountrySites = map[string]bool{
	"google.ac": true, "google.cf": true, "google.co": true, "google.fm": true, "google.ga": true,
	"google.gg": true, "google.im": true, "google.la": true, "google.me": true, "google.ml": true,
	"google.nu": true, "google.sh": true, "google.so": true, "google.tk": true, "google.to": true,
	"google.ws": true, "airbnb.io": true, "americanexpress.io": true,
}

// countryCode reports a country-code suffix: "de", "co.id", "com.br".
func countryCode(suffix string) bool {
	i := strings.LastIndexByte(suffix, '.')
	cc := suffix[i+1:]
	if len(cc) != 2 {
		return false
	}
	if i < 0 {
		return true
	}
	switch suffix[:i] {
	case "co", "com", "ne", "or", "org", "net":
		return true
	}
	return false
}

// Match reports how a host that is not official imitates a brand, if it
// does. host is lower-case ASCII, unicode the same host as a reader sees
// it, suffix its public suffix.
func (m *Matcher) Match(host, unicode, suffix string) (Match, bool) {
	return m.match(host, unicode, suffix, nil)
}

// MatchWords is Match, with a look-alike that only edit distance finds
// read as plausible (Match.Plausible) where the word says something else
// in words of a language (isWord: a word of four letters or more) or
// technical tokens: core-js is no misspelling of correos, nor magiclen of
// magiceden (ownWords). On the brand's own top-level domain such a word
// is not plausible.
func (m *Matcher) MatchWords(host, unicode, suffix string, isWord func(string) bool) (Match, bool) {
	return m.match(host, unicode, suffix, isWord)
}

func (m *Matcher) match(host, unicode, suffix string, isWord func(string) bool) (Match, bool) {
	best := Match{}
	viet := vietnameseSuffix(suffix)
	label := "" // the label being read
	consider := func(k Kind, n *name, word string, dict bool) {
		plausible, own := dict, false
		switch {
		case k == Homoglyph && viet:
			// under .vn, a name written in Vietnamese letters is
			// written in the language's own letters: a look-alike
			// at most, and a plausible one (việtnét.vn is Việt Nét,
			// not Vietjet's forgery)
			if folded, ok := vietFold(word); ok && vietnameseName(folded) {
				k, plausible = Lookalike, true
			}
		case k == Lookalike:
			plausible = dict || compounds[word] || viet && vietPlausible(word, n)
			if !plausible && isWord != nil && ownWords(n, word, label, isWord) {
				plausible, own = true, true
			}
		}
		// a reading that is not plausibly another word wins over one
		// that is, whatever its kind
		if best.Kind == None || !plausible && best.Plausible || plausible == best.Plausible && k < best.Kind {
			best = Match{Kind: k, Brand: n.brand, Imitates: n.imitates, Word: word, Plausible: plausible, Dictionary: dict, name: n.word, whole: n.whole, own: own}
		}
	}
	// The labels before the public suffix, in Unicode: the registrable
	// label last.
	uhost := unicode
	if usfx := suffixLabels(uhost, suffix); usfx > 0 {
		uhost = uhost[:usfx]
	}
	asciiRest := host // the host without "."+suffix, without making that string
	if n := len(host) - len(suffix) - 1; n >= 0 && host[n] == '.' && host[n+1:] == suffix {
		asciiRest = host[:n]
	}
	// each label in turn, the registrable one last, without a slice of
	// them (strings.Split allocated one a host)
	for rest, last := strings.TrimSuffix(uhost, "."), false; !last; {
		label = rest
		if dot := strings.IndexByte(rest, '.'); dot >= 0 {
			label, rest = rest[:dot], rest[dot+1:]
		} else {
			last = true
		}
		inReg := last
		nonASCII := !isASCII(label)
		// each word of a label once: the parts of a word split at a
		// number are often its hyphen-separated words already
		var tried [8]string
		nTried := 0
		var try func(string)
		try = func(word string) {
			for _, t := range tried[:nTried] {
				if t == word {
					return
				}
			}
			if nTried < len(tried) {
				tried[nTried] = word
				nTried++
			}
			m.matchWordMemo(word, inReg, nonASCII, consider, try)
		}
		// the words of the label, as splitWords gives them, without the
		// slice it allocates
		if !strings.ContainsAny(label, "-_") {
			try(label)
		} else {
			for w := label; ; {
				i := strings.IndexAny(w, "-_")
				if i < 0 {
					if w != "" {
						try(w)
					}
					break
				}
				if i > 0 {
					try(w[:i])
				}
				w = w[i+1:]
			}
		}
		if inReg && strings.Contains(label, "-") {
			// a name split by hyphens: dis-cord, steam-community
			try(strings.ReplaceAll(label, "-", ""))
		}
	}
	// A brand's whole official domain inside this host, at label
	// boundaries: discord.com.free-nitro.ru, steamcommunity.com-trade.ru,
	// login.microsoftonline.com.evil.ru.
	if d, b := m.officialInside(asciiRest); b != nil && best.Kind != Homoglyph {
		best = Match{Kind: DomainInHost, Brand: b, Imitates: d, Word: d}
	}
	if best.Kind == None {
		return best, false
	}
	if m.runtime && best.Kind == Lookalike && best.Word == label && len(best.name) <= 4 && coincidentShort(best.Word, best.name) {
		// a tiny name whose skeleton is a short brand's by coincidence
		// (clhi.ca is no dhl; fp50.go)
		best.Coincident = true
	}
	best.OwnTLD = ownTLD(best.Brand, suffix)
	if best.Kind == NameInDomain {
		best.Service = serviceName(asciiRest[strings.LastIndexByte(asciiRest, '.')+1:], best.Word, best.name)
	}
	if best.Plausible && best.OwnTLD && !viet && (best.Dictionary || compounds[best.Word] || best.own) {
		// a word one edit from the brand's name on the brand's own
		// ending is one edit from the brand's domain: discard.gg,
		// discore.gg
		best.Plausible = false
	}
	return best, true
}

// ownTLD reports whether one of the brand's domains ends in the public
// suffix, other than the generic com, net and org.
func ownTLD(b *Brand, suffix string) bool {
	switch suffix {
	case "", "com", "net", "org":
		return false
	}
	for _, d := range b.Domains {
		if len(d) > len(suffix) && d[len(d)-len(suffix)-1] == '.' && strings.HasSuffix(d, suffix) {
			return true
		}
	}
	return false
}

// matchWord compares one word of a host with every brand name. A brand
// name written out exactly explains the word: fuzzy matches are looked for
// only when there is none. A word holding a number has its parts between
// numbers compared instead, through try.
func (m *Matcher) matchWord(word string, inReg, nonASCII bool, consider func(Kind, *name, string, bool), try func(string)) {
	if len(word) < 3 {
		return
	}
	named := func(n *name) {
		if inReg {
			consider(NameInDomain, n, word, false)
		} else {
			consider(NameInSubdomain, n, word, false)
		}
	}
	skel := Skeleton(word)
	coll := collapse(skel)
	wordBytes, collBytes := bytesOf(word), bytesOf(coll)
	var buf, tmp [setBuf]uint64
	cand := m.index.all
	if !m.scanAll {
		cand = m.index.exactCandidates(buf[:0], tmp[:0], word, coll)
	}
	exact := false
	for w := range cand {
		for b := cand[w]; b != 0; b &= b - 1 {
			i := w<<6 + bits.TrailingZeros64(b)
			if !m.keys[i].maybeExact(wordBytes, collBytes) {
				continue
			}
			n := &m.names[i]
			switch {
			case word == n.word:
				named(n)
			case len(n.word) > 4 && coll == n.coll && isASCII(word):
				// the name with a letter doubled or swapped for a look-alike:
				// telegramm, g00gle
				if inReg {
					consider(Lookalike, n, word, false)
				} else {
					consider(NameInSubdomain, n, word, false)
				}
			case !n.whole && len(n.word) >= 6 && n.wordBytes.within(wordBytes) && strings.Contains(word, n.word) &&
				(!n.anchored || strings.HasPrefix(word, n.word)):
				named(n)
			case !n.whole && len(n.word) < 6 && len(word) > len(n.word) && strings.HasPrefix(word, n.word) && serviceWords[word[len(n.word):]]:
				// a short name run together with what a service offers:
				// evnonline, uspstracking, mee6verify
				named(n)
			case m.runtime && !n.whole && len(n.word) < 6 && len(word) > len(n.word)+3 && runTogether(word, n.word) && noticeTail(word[len(n.word):]):
				// a short name run together with a notice's words:
				// hsbcsecuritycheck, chasefraudalert (rev47b; run
				// time only, so the trainer's view is as it was)
				named(n)
			case n.trade != nil && runTogether(word, n.word) && n.tradeTail(word[len(n.word):]):
				// a name run together with words of its brand's trade:
				// nortonsetup, mcafeeactivate, mullvadvpn
				named(n)
			default:
				continue
			}
			exact = true
		}
	}
	if exact {
		return
	}
	if parts := numberParts(word); parts != nil {
		// a number is no misspelling of letters: blue1000 is not blurio,
		// tiki111 is tiki and a number
		for _, p := range parts {
			try(p)
		}
		return
	}
	if n, ok := m.short[coll]; ok && doubledRuns(word) <= 1 && len(word) >= len(n.word) {
		// a short name with one letter doubled or more: m0m0, mommo,
		// tikiiii; two letters doubled make another word (moomoo), and
		// one missing another (ave is not aave)
		switch {
		case nonASCII:
			consider(Homoglyph, n, word, false)
		case inReg:
			consider(Lookalike, n, word, false)
		}
	}
	// known: a word of a language, read as a name by no edit distance;
	// looked up only when a name comes that close
	known, looked := false, false
	if !m.scanAll {
		cand = m.index.fuzzyCandidates(buf[:0], tmp[:0], coll)
	} else {
		cand = m.index.all
	}
	for w := range cand {
		for b := cand[w]; b != 0; b &= b - 1 {
			i := w<<6 + bits.TrailingZeros64(b)
			if k := &m.keys[i]; !k.maybeFuzzy(collBytes) || coll != "" && !k.maybeInside(coll, collBytes) {
				continue
			}
			n := &m.names[i]
			if len(n.word) <= 4 {
				continue
			}
			// lookalike says how a word that looks like the name imitates it.
			lookalike := func() {
				switch {
				case nonASCII:
					consider(Homoglyph, n, word, false)
				case inReg:
					consider(Lookalike, n, word, false)
				}
			}
			if n.whole {
				if coll == n.coll {
					lookalike()
				}
				continue
			}
			if coll == n.coll {
				// same look, different letters
				if !nonASCII && !inReg {
					consider(NameInSubdomain, n, word, false)
				}
				lookalike()
				continue
			}
			missing := n.collBytes.missing(collBytes) // at least this many edits apart
			if len(n.coll) >= 6 && len(coll) > len(n.coll) && missing == 0 && strings.Contains(coll, n.coll) &&
				(!n.anchored || strings.HasPrefix(coll, n.coll)) {
				// a look-alike of the name inside a longer word: dlscordgift
				lookalike()
				continue
			}
			if !inReg || len(n.coll) < 6 {
				continue
			}
			if !looked {
				known, looked = m.words[word], true
			}
			k := tolerance(len(n.coll))
			if abs(len(coll)-len(n.coll)) <= k {
				// Typos keep the first letter; requiring it keeps dictionary
				// words (finance, binance) apart.
				if coll[0] == n.coll[0] && missing <= k && collBytes.missing(n.collBytes) <= k && distance(coll, n.coll, k) <= k &&
					(n.core == "" || compoundMatch(coll, n.core, n.tail, false)) {
					if nonASCII {
						consider(Homoglyph, n, word, known)
					} else {
						consider(Lookalike, n, word, known)
					}
					continue
				}
			}
			if known {
				continue
			}
			if len(n.coll) >= 8 && len(coll) > len(n.coll)+k && missing <= k-1 && within(coll, n.coll, k-1) &&
				(n.core == "" || compoundMatch(coll, n.core, n.tail, true) && (!n.anchored || within(coll[:min(len(coll), len(n.coll)+k)], n.coll, k-1))) {
				consider(Lookalike, n, word, false)
				continue
			}
			// Long names scrambled past any edit distance keep most of their
			// letter pairs: stearncoumumuinity, steanconmmnuntiy.
			if len(n.coll) >= 12 && coll[0] == n.coll[0] && 10*len(coll) >= 7*len(n.coll) && 10*len(coll) <= 14*len(n.coll) &&
				dice(coll, n.coll) >= 0.55 &&
				(n.core == "" || within(coll, n.core, coreTolerance(len(n.core))) && (len(n.tail) > 4 || within(coll, n.tail, 0)) &&
					scrambledTail(coll, n.core, n.tail)) {
				consider(Lookalike, n, word, false)
			}
		}
	}
}

// scrambledTail reports whether a word that starts with a compound name's
// core (collapsed skeletons all three) keeps enough after it to be the
// name scrambled: half the tail's letters at least, or a service's word or
// a generic tail (phantomapp, the brand's phantom.app run together). The
// core and a short ending of another kind are another name: phantomjs is
// no phantomwallet.
func scrambledTail(coll, core, tail string) bool {
	rest, ok := strings.CutPrefix(coll, core)
	return !ok || 2*len(rest) >= len(tail) || endingWords[rest]
}

// endingWords are serviceWords and genericTails as collapsed skeletons.
var endingWords = func() map[string]bool {
	m := make(map[string]bool)
	for w := range serviceWords {
		m[collapse(Skeleton(w))] = true
	}
	for _, w := range genericTails {
		m[collapse(Skeleton(w))] = true
	}
	return m
}()

// serviceWords are what a short brand name (five letters or fewer) is run
// together with in the name of a page that poses as its service: the name
// alone is too short to be looked for inside other words.
var serviceWords = map[string]bool{"online": true, "login": true, "signin": true, "auth": true, "verify": true,
	"secure": true, "account": true, "support": true, "help": true, "portal": true, "app": true, "vn": true,
	"bank": true, "ebank": true, "pay": true, "wallet": true, "track": true, "tracking": true, "delivery": true,
	"parcel": true, "service": true, "services": true, "card": true, "web": true, "mobile": true,
	// a courier's (dhl-express-track, usps-redelivery): smishing names
	// a parcel's service as often as an account's
	"express": true, "shipping": true, "shipment": true, "package": true, "redelivery": true, "reschedule": true}

// runTogether reports whether word is name run together with more
// letters after it (spotifyroyalty, nortonsetup, hsbcsecuritycheck): the
// one reading of a brand's name joined to other words that the matcher's
// trade (tradeTail), rev47b's notice (noticeTail) and creator47's
// platform's notice (nameApart, creatorJoined) share. What the letters
// after it must be differs, and each of them says: words of the brand's
// trade alone, any number of them (tradeTail); a notice's words with a
// notice's word or two of a payment or a desk among them, at most five
// words of up to 16 letters, 40 in all (noticeTail); one word of a creator's
// platform's notice (creatorJoined).
func runTogether(word, name string) bool {
	return len(word) > len(name) && strings.HasPrefix(word, name)
}

// tradeTail reports whether rest is made of words of the name's brand's
// trade (Brand.Trade) alone, run together: setup, comsetup,
// antivirusfree.
func (n *name) tradeTail(rest string) bool {
	if rest == "" {
		return true
	}
	for i := len(rest); i >= 2; i-- {
		if w := rest[:i]; n.trade[w] && n.tradeTail(rest[i:]) {
			return true
		}
	}
	return false
}

// serviceName reports whether a registrable label holds the brand's name
// as a word of its own and otherwise only service words: usps-tracking,
// app-discord. Run together (amazonpay, dhlparcel, zalopay) they are as
// often the brand's own services' names.
func serviceName(label, word, name string) bool {
	if word != name {
		return false
	}
	others := 0
	// the words of splitWords(label), without the slice it makes
	for rest := label; rest != ""; {
		w := rest
		if i := strings.IndexAny(rest, "-_"); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		switch {
		case w == "":
		case w == word:
		case serviceWords[w]:
			others++
		default:
			return false
		}
	}
	return others > 0
}

// byteSet is a set of the bytes of a string, folded into 64 bits: each
// bit stands for the bytes b with b%64 == bit. Two bytes may share a bit,
// so a set says surely which bytes a string lacks, never which it holds.
type byteSet uint64

func bytesOf(s string) byteSet {
	var m byteSet
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] & 63)
	}
	return m
}

// within reports whether every byte of s may be in t: false when s surely
// holds a byte t lacks.
func (s byteSet) within(t byteSet) bool { return s&^t == 0 }

// missing counts bytes of s that t surely lacks: a lower bound of the
// edits that turn the string of s into that of t, or into any substring of
// it (each is a different byte, and an edit brings in at most one).
func (s byteSet) missing(t byteSet) int { return bits.OnesCount64(uint64(s &^ t)) }

// dice is the Dice coefficient of the letter pairs of a and b: 1 for the
// same pairs, 0 for none in common. Each pair of a counts once against
// a pair of b: the pairs in common are, for each pair, the fewer of its
// counts in a and in b, found by merging the two sorted lists of pairs
// (comparing each pair of a with each of b took about 2,500 instructions
// a call).
func dice(a, b string) float64 {
	if len(a) < 2 || len(b) < 2 || len(a) > 65 || len(b) > 65 {
		return 0
	}
	var pa, pb [64]uint16
	na, nb := sortedPairs(&pa, a), sortedPairs(&pb, b)
	common := 0
	for i, j := 0, 0; i < na && j < nb; {
		switch {
		case pa[i] < pb[j]:
			i++
		case pa[i] > pb[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return 2 * float64(common) / float64(len(a)+len(b)-2)
}

// sortedPairs writes the letter pairs of s (2 to 65 bytes) into p in
// order, by insertion, and returns how many there are.
func sortedPairs(p *[64]uint16, s string) int {
	n := len(s) - 1
	for i := 0; i < n; i++ {
		v := uint16(s[i])<<8 | uint16(s[i+1])
		k := i
		for k > 0 && p[k-1] > v {
			p[k] = p[k-1]
			k--
		}
		p[k] = v
	}
	return n
}

// tolerance is how many edits a name of n letters (collapsed skeleton)
// survives and still reads as the name.
func tolerance(n int) int {
	switch {
	case n >= 12:
		return 3
	case n >= 9:
		return 2
	}
	return 1
}

// officialInside finds an official domain standing inside host (the host
// without its public suffix) from one label boundary ('.' or '-') to
// another, and returns the longest.
func (m *Matcher) officialInside(host string) (string, *Brand) {
	// the label boundaries ('.' and '-') of host, found once rather than
	// walked to from each start (about 1,500 instructions a new host)
	var stack [32]int32
	bounds := stack[:0]
	for i := 0; i < len(host); i++ {
		if c := host[i]; c == '.' || c == '-' {
			bounds = append(bounds, int32(i))
		}
	}
	var found string
	var brand *Brand
	// from each start (the host's, and just after each boundary) to each
	// end (a boundary after the start, or the host's end), until past a
	// fourth dot
	for s := -1; s < len(bounds); s++ {
		i, first := 0, 0 // the start, and the first boundary after it
		if s >= 0 {
			i, first = int(bounds[s])+1, s+1
		}
		if i >= len(host) {
			break
		}
		dots := 0
		for e := first; e <= len(bounds); e++ {
			j := len(host)
			if e < len(bounds) {
				j = int(bounds[e])
			}
			if j == i {
				continue // a boundary right at the start ends nothing
			}
			if j < len(host) && host[j] == '.' {
				dots++
			}
			d := host[i:j]
			if len(d) > len(found) && len(d) >= 6 && strings.IndexByte(d, '.') >= 0 && !infrastructureName(d) {
				if b := m.official[d]; b != nil {
					found, brand = d, b
				}
			}
			if dots > 3 {
				break
			}
		}
	}
	return found, brand
}

// infrastructureName reports an official domain that names delivery
// infrastructure (tiktokcdn.com, msedge.net): it turns up inside other
// providers' host names as a matter of course, and nobody logs in there.
func infrastructureName(d string) bool {
	label, _, _ := strings.Cut(d, ".")
	for _, w := range [...]string{"cdn", "edge", "static", "dns", "akam"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// containsDomain reports whether d stands in s at a label boundary and is
// followed by a dot or hyphen (or ends s).
func containsDomain(s, d string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], d)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(d)
		if (i == 0 || s[i-1] == '.' || s[i-1] == '-') && (j == len(s) || s[j] == '.' || s[j] == '-') {
			return true
		}
		off = i + 1
	}
}

// suffixLabels returns the offset in the Unicode host where its public
// suffix (counted in labels) begins, or -1.
func suffixLabels(uhost, suffix string) int {
	if suffix == "" {
		return -1
	}
	n := strings.Count(suffix, ".") + 1
	i := len(uhost)
	for ; n > 0; n-- {
		j := strings.LastIndexByte(uhost[:i], '.')
		if j < 0 {
			return -1
		}
		i = j
	}
	return i
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distance is the optimal-string-alignment edit distance of a and b
// (insertions, deletions, substitutions, adjacent transpositions), or a
// number above k once it must exceed k.
func distance(a, b string, k int) int {
	if len(a) > 64 || len(b) > 64 {
		return k + 1
	}
	var rows [3][65]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// within reports whether some substring of text is within k edits of
// pattern (Sellers' approximate string matching), with Myers'
// bit-parallel form of the same table: one word of 64 bits holds a column
// of it, so a column costs a dozen operations, not one cell each (the
// cell-by-cell table, withinRef in the tests, took about 3,700
// instructions a call on the chat stream). As there, an empty text holds
// nothing, and the empty substring ending after a character counts.
func within(text, pattern string, k int) bool {
	m := len(pattern)
	if m > 64 {
		return false
	}
	if m == 0 {
		return len(text) > 0 && k >= 0
	}
	if k < 0 {
		return false
	}
	// masks[slot[c]]: the positions of pattern that hold c (slot 0, no
	// position, for a byte pattern lacks)
	var slot [256]uint8
	var masks [65]uint64
	n := uint8(0)
	for i := 0; i < m; i++ {
		c := pattern[i]
		if slot[c] == 0 {
			n++
			slot[c] = n
		}
		masks[slot[c]] |= 1 << i
	}
	top := uint64(1) << (m - 1)
	pv, mv := ^uint64(0), uint64(0) // the column's steps up and down
	score := m                      // its last cell: pattern against the empty substring
	for j := 0; j < len(text); j++ {
		eq := masks[slot[text[j]]]
		xv := eq | mv
		xh := ((eq & pv) + pv) ^ pv | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&top != 0 {
			score++
		} else if mh&top != 0 {
			score--
		}
		// the first row is all zeros (a substring may start anywhere):
		// no step comes in at the bottom
		ph <<= 1
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
		if score <= k {
			return true
		}
	}
	return false
}

// Named returns the brand whose name a word is, or holds (names of inside
// letters or more inside a longer word: "metamaskrestore"), or nil. It is
// how the words of a path on somebody else's site are read.
func (m *Matcher) Named(word string, inside int) *Brand {
	if len(word) < 3 {
		return nil
	}
	wb := bytesOf(word)
	var buf [setBuf]uint64
	cand := m.index.all
	if !m.scanAll {
		cand = m.index.namedCandidates(buf[:0], word)
	}
	// the offered names in the order of names, so the first still wins
	for w := range cand {
		for b := cand[w]; b != 0; b &= b - 1 {
			n := &m.names[w<<6+bits.TrailingZeros64(b)]
			if len(n.word) > len(word) || !n.wordBytes.within(wb) {
				continue // neither the word nor inside it
			}
			if n.brand.Tool {
				continue // read only in a host's name (Brand.Tool)
			}
			if word == n.word || !n.whole && len(n.word) >= inside && strings.Contains(word, n.word) {
				return n.brand
			}
		}
	}
	return nil
}

// LookalikeWords returns the words of ws (lower-case ASCII) that only the
// edit distances of the built-in brands' matching read as look-alikes of
// a brand: written unlike the name yet within a few edits of it
// (telegraf, paywall). The generator of dictionary.go passes it the words
// of several languages' dictionaries: a word of a language is somebody's
// word, not a misspelling.
func LookalikeWords(ws []string) []string {
	plain, lenient := New(Builtin), New(Builtin)
	plain.words = nil
	lenient.words = make(map[string]bool, len(ws))
	for _, w := range ws {
		lenient.words[w] = true
	}
	var out []string
	for _, w := range ws {
		host := w + ".com"
		if m, ok := plain.Match(host, host, "com"); !ok || m.Kind != Lookalike {
			continue
		}
		if m, ok := lenient.Match(host, host, "com"); ok && m.Kind == Lookalike && !m.Dictionary {
			continue // the name written alike (telegramm): a look-alike still
		}
		out = append(out, w)
	}
	return out
}

// ServiceWord reports a word a brand's name is set beside in the name of
// a page that poses as its service (serviceWords: login, support,
// express, pay).
func ServiceWord(w string) bool { return serviceWords[w] }
