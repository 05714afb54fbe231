package model

import (
	"strings"
	"sync/atomic"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// Bits is the number of bits of a feature index: the weight table holds
// 1<<Bits weights.
const Bits = 20

const mask = 1<<Bits - 1

// Family groups features by what a person would call them, so that a score
// can be explained.
type Family uint8

// The feature families.
const (
	Spelling  Family = iota // character n-grams of the names
	Words                   // whole words of the names
	TLD                     // the public suffix
	Hosting                 // the free-hosting or shared parent a site sits on
	Shape                   // length, hyphens, digits, randomness of the name
	PathWords               // words of the path and query
	File                    // the file extension at the end of the path
	PathShape               // depth, length, escapes and oddities of the path
	NumFamilies
)

// Feature is one hashed feature of a link.
type Feature struct {
	Index  uint32
	Family Family
	Value  float32
	Text   string // the word or suffix, for Words, TLD, Hosting, PathWords and File; empty otherwise
}

// MaxFeatures bounds the features of one part of a link.
const MaxFeatures = 192

// Features holds the features of one part of a link, without allocating.
type Features struct {
	N    int
	List [MaxFeatures]Feature
	// words are the lure and scheme words the features of a host name
	// found in its registrable label (concepts), for LabelWords
	words LabelWords
}

// LabelWords are the lure and scheme words found in a registrable label
// (NameWords), kept from its features so that they are not looked for
// again.
type LabelWords struct {
	label string
	found wordList
}

// LabelWords returns the words HostFeatures last found in a registrable
// label, for NameWords.
func (fs *Features) LabelWords() LabelWords { return fs.words }

// NameWords returns NameWords(label): the words kept when they were
// found in the same label, else looked for.
func (w *LabelWords) NameWords(label string) []string {
	if w.label != label || label == "" {
		return NameWords(label)
	}
	return append([]string(nil), w.found.w[:w.found.n]...)
}

func (fs *Features) add(h uint32, fam Family, v float32, text string) {
	if fs.N == MaxFeatures {
		return
	}
	fs.List[fs.N] = Feature{Index: h & mask, Family: fam, Value: v, Text: text}
	fs.N++
}

// FNV-1a, 32 bits.
const (
	offset32 = 2166136261
	prime32  = 16777619
)

func hashStart(ns byte) uint32 { return (offset32 ^ uint32(ns)) * prime32 }

func hashBytes(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * prime32
	}
	return h
}

func hashLower(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * prime32
	}
	return h
}

func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * prime32 }

// Parts of a host name the features are read from.
type hostParts struct {
	label   string // the registrable label: "discord-gift" for a.discord-gift.ru; an IDN's in Latin letters folded (vietnet for xn--vitnt-…)
	idn     bool   // the registrable label is an IDN (xn--…)
	sub     string // the subdomain, without www: "a"
	suffix  string // the public suffix: "ru", "github.io"
	private bool   // the suffix is a hosting platform (github.io, godaddysites.com)
}

func partsOf(l *linkx.Link, hosted bool) hostParts {
	p := hostParts{suffix: l.Suffix, private: hosted}
	if l.Domain == "" {
		p.label = l.Host
		return p
	}
	p.label = l.Label()
	if folded, ok := foldIDN(l, p.label); ok {
		// read as its reader spells it, not as punycode, whose
		// letters and digits look like a random name's
		p.label, p.idn = folded, true
	}
	p.sub = l.Subdomain()
	if p.sub == "www" {
		p.sub = ""
	} else if rest, ok := strings.CutPrefix(p.sub, "www."); ok {
		p.sub = rest
	}
	if hosted {
		p.label, p.sub = ownName(p.suffix, p.label, p.sub)
	}
	return p
}

// HostFeatures appends the features of a link's host name to fs. A link
// with an IP address for a host has only the feature that says so.
func HostFeatures(l *linkx.Link, fs *Features) {
	if l.IP.IsValid() {
		fs.add(hashBytes(hashStart('Z'), "ip"), Shape, 1, "")
		return
	}
	site, hosted := Site(*l)
	p := partsOf(&site, hosted)
	nameFeatures(fs, p)
}

// nameFeatures appends the features of a host name's parts.
func nameFeatures(fs *Features, p hostParts) {
	ngrams(fs, 'L', p.label, 3, 5)
	words(fs, 'W', p.label, 8)
	concepts(fs, p.label)
	if p.sub != "" {
		ngrams(fs, 'S', p.sub, 3, 4)
		words(fs, 'X', p.sub, 8)
	}
	if p.suffix != "" {
		if p.private {
			fs.add(hashBytes(hashStart('P'), p.suffix), Hosting, 1, p.suffix)
			parentTLD := p.suffix[strings.LastIndexByte(p.suffix, '.')+1:]
			fs.add(hashBytes(hashStart('T'), parentTLD), TLD, 0.5, parentTLD)
		} else {
			fs.add(hashBytes(hashStart('T'), p.suffix), TLD, 1, p.suffix)
			if i := strings.LastIndexByte(p.suffix, '.'); i >= 0 {
				fs.add(hashBytes(hashStart('t'), p.suffix[i+1:]), TLD, 1, p.suffix[i+1:])
			}
		}
	}
	shape(fs, p)
	if digitShape.Load() {
		order(fs, p)
		foldedGrams(fs, p.label)
	}
}

// digitShape switches on the digit-shape features of host names (order,
// foldedGrams). They are off: a model trained with them (cmd/train
// -digitshape) raised the Vietnamese scam domains of the test split the
// whole classifier flags from 31.9 to 35.4 %, but deleted a Vietnamese
// news site with a number in its name (coin68.com) and let three
// smishing names near the warn point fall under it (BENCHMARKS.md,
// model16). A decoded model that has them (Model.DigitShape) switches
// them on.
var digitShape atomic.Bool

// SetDigitShape switches the digit-shape features of host names on or
// off for every model; the trainer's -digitshape switches them on.
// HostFeatures of one name differ with the switch: a model must be read
// with the switch it was trained with.
func SetDigitShape(on bool) { digitShape.Store(on) }

// DigitShape reports whether the digit-shape features are on.
func DigitShape() bool { return digitShape.Load() }

// plainPages switches on the feature of a plain-HTTP page (PlainPage),
// written beside the scheme's own. The trainer (cmd/train -plainpages)
// does not learn its weight: it sets it so that plain HTTP on such a page
// weighs, over HTTPS, what the real links it reads (the harvest) say
// against the phishing URLs, not what the trainer's written links say,
// which are all HTTPS (BENCHMARKS.md, model17). The trainer switches it
// on once it has set the weight, to measure the model as a whole; the
// bot leaves it off and adds the feature itself where it reads a
// plain-HTTP document posted bare (AddPlainPage).
var plainPages atomic.Bool

// plainPageHash is the index hash of the plain-HTTP page feature.
var plainPageHash = hashBytes(hashStart('H'), "plain http page")

// SetPlainPages switches the plain-HTTP page feature on or off for every
// model. PathFeatures of a plain-HTTP page differ with the switch: a
// model must be read with the switch it was made with.
func SetPlainPages(on bool) { plainPages.Store(on) }

// PlainPages reports whether the plain-HTTP page feature is on.
func PlainPages() bool { return plainPages.Load() }

// AddPlainPage appends the plain-HTTP page feature to fs, the path
// features PathFeatures wrote of l, when l is a plain-HTTP page of an
// older site (PlainPage) and the switch has not written it already. The
// bot asks for it only where the scheme is all that speaks against a
// document posted bare; elsewhere plain HTTP weighs as the model learned.
func AddPlainPage(l *linkx.Link, fs *Features) {
	if l.Scheme == "http" && !plainPages.Load() && PlainPage(l) {
		fs.add(plainPageHash, PathShape, 1, "")
	}
}

// PlainPageIndex is the weight index of the plain-HTTP page feature.
func PlainPageIndex() uint32 { return plainPageHash & (1<<Bits - 1) }

// PlainPage reports whether a link with a path, whatever its scheme, is
// a page of the kind older sites serve over plain HTTP: a named host
// under .com, .net, .org, .edu, .gov, .mil, .int, .info or a country's
// two-letter ending (bar the free or cheap ones: .tk, .ml, .ga, .cf, .gq,
// .ws, .cc, .su, .pw), whose path does not end in a document's, an
// archive's, a disk image's or a program's file. Not a raw address, not
// a newer ending (.top, .xyz, .click), not a file: there plain HTTP is a
// kit's or a dropper's, and no real link the trainer reads is so.
func PlainPage(l *linkx.Link) bool {
	if l.IP.IsValid() || l.Host == "" || !HasPath(l) {
		return false
	}
	switch strings.ToLower(extOf(l.Path)) {
	case "pdf", "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "rtf", "odt", "ods",
		"zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "cab", "iso", "img", "dmg", "vhd",
		"exe", "msi", "scr", "com", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "ps1", "hta", "jar", "apk", "lnk":
		return false
	}
	h := strings.TrimSuffix(l.Host, ".")
	tld := strings.ToLower(h[strings.LastIndexByte(h, '.')+1:])
	switch tld {
	case "tk", "ml", "ga", "cf", "gq", "ws", "cc", "su", "pw":
		return false
	case "com", "net", "org", "edu", "gov", "mil", "int", "info":
		return true
	}
	return len(tld) == 2
}

// foldedGrams adds, for a label with digits, the 3- to 5-grams of the
// label with every digit written as 0 (tiki666 is tiki000, vnsh6822 is
// vnsh0000): a brand or a word beside a number is read whatever the
// number, which the label's own n-grams learn number by number, and
// the letters of a name with a number are read apart from the same
// letters without one. Each start's grams are one hash extended (the
// gram's length is not hashed: grams of two lengths are two strings),
// and a label without digits has none, so that most names pay nothing.
func foldedGrams(fs *Features, label string) {
	if len(label) > 48 {
		label = label[:48]
	}
	var buf [50]byte
	buf[0] = '^'
	digits := false
	for i := 0; i < len(label); i++ {
		c := label[i]
		if isDigit(c) {
			c, digits = '0', true
		}
		buf[i+1] = c
	}
	if !digits {
		return
	}
	n := len(label) + 2
	buf[n-1] = '$'
	start := hashStart('F')
	for i := 0; i+3 <= n; i++ {
		h := hashByte(hashByte(start, buf[i]), buf[i+1])
		for k := i + 2; k < i+5 && k < n; k++ {
			h = hashByte(h, buf[k])
			fs.add(h, Spelling, 1, "")
		}
	}
}

// order adds the order of a registrable label's letters, digits and
// hyphens: its runs as a pattern (tiki666 is letters then digits), with
// their lengths bucketed, alone and with the suffix, and the shape of
// its last run of digits as its reader sees it (666 and 6868 repeat,
// 2023 is a year, 5817 is random) with where it stands. The buckets of
// shape count digits and hyphens but not where they are.
func order(fs *Features, p hostParts) {
	label := p.label
	if len(label) > 48 {
		label = label[:48]
	}
	pat := hashStart('O')    // the runs' kinds
	patLen := hashStart('o') // the runs' kinds and bucketed lengths
	runs := 0
	var lastDigits string // the last run of digits
	lastAt := 0           // where it starts
	for i := 0; i < len(label); {
		kind := byteKinds[label[i]]
		j := i + 1
		for j < len(label) && byteKinds[label[j]] == kind {
			j++
		}
		if runs < 6 {
			pat = hashByte(pat, kind)
			patLen = hashByte(hashByte(patLen, kind), runBuckets[min(j-i, len(runBuckets)-1)])
		}
		runs++
		if kind == '0' {
			lastDigits, lastAt = label[i:j], i
		}
		i = j
	}
	if runs > 6 {
		pat, patLen = hashByte(pat, '+'), hashByte(patLen, '+')
	}
	fs.add(pat, Shape, 1, "")
	fs.add(patLen, Shape, 1, "")
	if p.suffix != "" {
		fs.add(hashBytes(hashByte(pat, '.'), p.suffix), Shape, 1, "")
	}
	if len(lastDigits) < 2 {
		return
	}
	// the digits' pattern: each digit as the order in which it first
	// appears (6868 is abab, 2233 is aabb), with where the run stands
	where := byte('m')
	switch {
	case lastAt == 0 && len(lastDigits) == len(label):
		where = 'w'
	case lastAt+len(lastDigits) == len(label):
		where = 'e'
	case lastAt == 0:
		where = 's'
	}
	h := hashByte(hashStart('D'), where)
	var seen [10]byte
	next := byte('a')
	lucky := 0
	for k := 0; k < len(lastDigits) && k < 8; k++ {
		d := lastDigits[k] - '0'
		if seen[d] == 0 {
			seen[d] = next
			next++
		}
		h = hashByte(h, seen[d])
		switch d {
		case 6, 8, 9:
			lucky++
		}
	}
	if len(lastDigits) > 8 {
		h = hashByte(h, '+')
	}
	fs.add(h, Shape, 1, "")
	fs.add(hashByte(hashByte(hashStart('D'), 'k'), byte(bucketOf(4*lucky/min(len(lastDigits), 8), 1, 2, 3, 4))), Shape, 1, "")
}

// byteKinds is the kind of each byte of a name for order: a digit
// ('0'), a hyphen or underscore ('-'), else a letter ('a').
var byteKinds = func() (k [256]byte) {
	for c := range k {
		switch {
		case isDigit(byte(c)):
			k[c] = '0'
		case c == '-' || c == '_':
			k[c] = '-'
		default:
			k[c] = 'a'
		}
	}
	return k
}()

// runBuckets buckets the length of a run for order: 1, 2, 3, 4-5,
// 6-8, 9 or more.
var runBuckets = [...]byte{0, 0, 1, 2, 3, 3, 4, 4, 4, 5}

// foldIDN returns the registrable label of a host whose label is an IDN
// (xn--…) written in Latin letters with marks as its reader spells it
// without them: việtnét is vietnet, discórd is discord. A label in another
// script is not folded. Read as punycode (xn--vitnt-xxa9e), a Vietnamese
// name's letters, digits and hyphens looked like a random name's: the
// link model warned on 4.4 % of 300,000 two-syllable Vietnamese names
// under .vn, and on 0.01 % folded, with the validation split's figures as
// before or better.
func foldIDN(l *linkx.Link, label string) (string, bool) {
	if !strings.HasPrefix(label, "xn--") {
		return "", false
	}
	// the same label of the host as its reader sees it
	u := l.Unicode
	for n := strings.Count(l.Domain, "."); n > 0; n-- {
		i := strings.LastIndexByte(u, '.')
		if i < 0 {
			return "", false
		}
		u = u[:i]
	}
	u = u[strings.LastIndexByte(u, '.')+1:]
	var buf [64]byte
	b := buf[:0]
	for _, r := range u {
		switch c := lure.Base(r); {
		case c != 0:
			b = append(b, c)
		case r == '-':
			b = append(b, '-')
		case r >= 0x300 && r < 0x370: // a combining mark
		default:
			return "", false
		}
	}
	return string(b), len(b) > 0 && len(b) < len(buf)
}

// shape adds the structural features of a host name, each bucketed.
func shape(fs *Features, p hostParts) {
	label := p.label
	n := countName(label)
	hyphens, digits, letters, vowels, runs, maxRun, switches := n.hyphens, n.digits, n.letters, n.vowels, n.runs, n.maxRun, n.switches
	counts := &n.counts
	z := func(kind byte, bucket int) {
		fs.add(hashByte(hashByte(hashStart('Z'), kind), byte(bucket)), Shape, 1, "")
	}
	z('l', bucketOf(len(label), 4, 6, 8, 10, 12, 15, 20, 25, 32))
	z('h', min(hyphens, 4))
	z('d', bucketOf(digits, 1, 2, 4, 6))
	// the shape of a name together with its ending: digits and hyphens
	// mean one thing on .com and another on .vip or .top
	if p.suffix != "" {
		hz := hashBytes(hashStart('z'), p.suffix) // the same start for the three
		zt := func(kind byte, bucket int) {
			fs.add(hashByte(hashByte(hz, kind), byte(bucket)), Shape, 1, "")
		}
		zt('d', bucketOf(digits, 1, 3, 5))
		zt('h', min(hyphens, 2))
		zt('l', bucketOf(len(label), 6, 10, 16))
	}
	z('s', min(switches, 4))
	z('c', min(maxRun, 6))
	z('r', min(runs, 3))
	if letters > 0 {
		z('v', 10*vowels/letters)
	}
	z('e', entropyBucket(counts, len(label)))
	dots := 0
	if p.sub != "" {
		dots = strings.Count(p.sub, ".") + 1
	}
	z('n', min(dots, 4))
	z('u', bucketOf(len(p.sub), 1, 6, 12, 20, 32))
	if p.idn || strings.HasPrefix(label, "xn--") || strings.Contains(p.sub, "xn--") {
		z('x', 1)
	}
	// The registrable label starts with a top-level domain and a hyphen
	// under a subdomain: paypal.com-secure.top, bank.vn-abc.life.
	if first, _, ok := strings.Cut(label, "-"); ok && p.sub != "" && linkx.IsTLD(first) {
		z('t', 1)
	}
}

// nameCounts are the measures of a registrable label that shape and a
// booster's dense features read.
type nameCounts struct {
	hyphens, digits, letters, vowels int
	runs, maxRun                     int // runs of three consonants or more (a digit or hyphen does not end one), the longest
	digitRun                         int // the longest run of digits
	switches                         int // letters and digits meeting
	counts                           [38]uint8
}

func countName(label string) nameCounts {
	var n nameCounts
	run, digitRun := 0, 0
	var prevDigit, prevLetter bool
	for i := 0; i < len(label); i++ {
		c := label[i]
		isDigit := c >= '0' && c <= '9'
		isLetter := c >= 'a' && c <= 'z'
		switch {
		case c == '-':
			n.hyphens++
		case isDigit:
			n.digits++
			n.counts[26+int(c-'0')]++
		case isLetter:
			n.letters++
			n.counts[c-'a']++
			switch c {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				n.vowels++
				run = 0
			default:
				run++
				n.maxRun = max(n.maxRun, run)
				if run == 3 {
					n.runs++
				}
			}
		default:
			n.counts[36]++
		}
		if isDigit {
			digitRun++
			n.digitRun = max(n.digitRun, digitRun)
		} else {
			digitRun = 0
		}
		if isDigit && prevLetter || isLetter && prevDigit {
			n.switches++
		}
		prevDigit, prevLetter = isDigit, isLetter
	}
	return n
}

func bucketOf(n int, bounds ...int) int {
	for i, b := range bounds {
		if n < b {
			return i
		}
	}
	return len(bounds)
}

// entropyBucket buckets the Shannon entropy of a name's characters, in
// quarter bits, with a log table good enough for buckets.
func entropyBucket(counts *[38]uint8, n int) int {
	if n == 0 {
		return 0
	}
	var h float64
	for _, c := range counts {
		if c == 0 {
			continue
		}
		p := float64(c) / float64(n)
		var l float64
		if n < len(log2Table) && int(c) <= n {
			l = log2Table[n][c]
		} else {
			l = log2(p)
		}
		h -= p * l
	}
	return min(int(h*4), 20)
}

// log2Table holds log2(c/n) for 0 < c <= n <= 64, as log2 works it
// out: the series took about 2,000 instructions a new host name.
var log2Table = func() *[65][65]float64 {
	var t [65][65]float64
	for n := 1; n < len(t); n++ {
		for c := 1; c <= n; c++ {
			t[n][c] = log2(float64(c) / float64(n))
		}
	}
	return &t
}()

// log2 for 0 < x <= 1, to three digits: enough for a bucket.
func log2(x float64) float64 {
	e := 0.0
	for x < 0.5 {
		x *= 2
		e--
	}
	// x in [0.5, 1): log2(x) = log2(1+t)/... by series around 1
	t := (x - 1) / (x + 1)
	t2 := t * t
	ln := 2 * t * (1 + t2/3 + t2*t2/5 + t2*t2*t2/7)
	return e + ln*1.4426950408889634
}

// ngrams adds the character n-grams of s, from lo to hi characters, with
// ^ and $ marking its ends. s is lower-case ASCII; longer names are read to
// their first 48 characters.
func ngrams(fs *Features, ns byte, s string, lo, hi int) {
	if len(s) > 48 {
		s = s[:48]
	}
	var buf [50]byte
	buf[0] = '^'
	copy(buf[1:], s)
	buf[len(s)+1] = '$'
	grams(fs, ns, buf[:len(s)+2], lo, hi)
}

// pathGrams adds the character 4-grams of the first 40 characters of a
// path after its leading slash, lower-cased, with ^ and $ at its ends (the
// 40th character stands for the end of a longer path): the spelling of a kit's
// folders and pages (/wp-includes/…/webscr, /secure-update/signin.php)
// that its words alone miss. On the validation split they raised the
// phishing URLs the whole classifier flags from 71.7 to 77.5 % with no
// more benign URLs or domains flagged.
func pathGrams(fs *Features, path string) {
	var buf [42]byte
	buf[0] = '^'
	n := 1
	for k := 1; k < len(path) && n < 41; k++ {
		c := path[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	buf[n] = '$'
	grams(fs, 'R', buf[:n+1], 4, 4)
}

// grams adds the character n-grams of b, from lo to hi characters: all
// of one length, in order, then the next length, as fs.add would one at
// a time. Each length's grams are written straight into the room left in
// fs, and the grams of three, four and five characters (what host names
// and paths use) are hashed without a loop over their bytes.
func grams(fs *Features, ns byte, b []byte, lo, hi int) {
	for n := lo; n <= hi; n++ {
		m := len(b) - n + 1 // the grams of n characters
		if room := MaxFeatures - fs.N; m > room {
			m = room // fs.add drops what does not fit
		}
		if m <= 0 {
			continue
		}
		start := hashByte(hashStart(ns), byte(n)) // every gram's hash starts with its namespace and length
		list := fs.List[fs.N : fs.N+m]
		switch n {
		case 3:
			for i := range list {
				g := b[i : i+3]
				list[i] = spelling(hashByte(hashByte(hashByte(start, g[0]), g[1]), g[2]))
			}
		case 4:
			for i := range list {
				g := b[i : i+4]
				list[i] = spelling(hashByte(hashByte(hashByte(hashByte(start, g[0]), g[1]), g[2]), g[3]))
			}
		case 5:
			for i := range list {
				g := b[i : i+5]
				list[i] = spelling(hashByte(hashByte(hashByte(hashByte(hashByte(start, g[0]), g[1]), g[2]), g[3]), g[4]))
			}
		default:
			for i := range list {
				h := start
				for _, c := range b[i : i+n] {
					h = hashByte(h, c)
				}
				list[i] = spelling(h)
			}
		}
		fs.N += m
	}
}

// spelling is the feature of a gram of hash h, as fs.add writes it.
func spelling(h uint32) Feature { return Feature{Index: h & mask, Family: Spelling, Value: 1} }

// words adds the words of a name: split at dots, hyphens and where
// letters meet digits; the digits themselves count only as "a number".
func words(fs *Features, ns byte, s string, limit int) {
	n := 0
	for i := 0; i < len(s) && n < limit; {
		j := i
		digit := isDigit(s[i])
		for j < len(s) && s[j] != '-' && s[j] != '.' && s[j] != '_' && isDigit(s[j]) == digit {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := s[i:j]
		i = j
		switch {
		case digit:
			fs.add(hashBytes(hashStart(ns), "#"), Words, 1, "")
		case len(w) >= 2:
			fs.add(hashBytes(hashStart(ns), w), Words, 1, w)
		}
		n++
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// concepts adds the concepts the name's words belong to: a lure
// (account, verify, gift) and a scheme (airdrop, migrate, taixiu,
// vaytien), each once and again for two words or more. A concept's
// weight is learned from every word of it the training names hold, so
// that a name built from a word of it never seen there is still read by
// it.
func concepts(fs *Features, label string) {
	var lure, scheme int
	var found wordList
	names.find(label, &found)
	fs.words = LabelWords{label: label, found: found} // the words are the label's alone, whatever fs held before
	for _, w := range found.w[:found.n] {
		concept, n := "lure", &lure
		if SchemeWord(w) {
			concept, n = "scheme", &scheme
		}
		*n++
		if *n <= 2 {
			fs.add(hashByte(hashBytes(hashStart('K'), concept), byte(*n)), Words, 1, w)
		}
	}
}

// HasPath reports whether a link has a path or query worth reading: more
// than the site's front page.
func HasPath(l *linkx.Link) bool {
	return len(l.Path) > 1 || l.Query != ""
}

// PathFeatures appends the features of a link's scheme, port, path and
// query to fs. A link to a site's front page has none.
func PathFeatures(l *linkx.Link, fs *Features) {
	if !HasPath(l) {
		return
	}
	if l.Scheme != "" {
		fs.add(hashBytes(hashStart('H'), l.Scheme), PathShape, 1, "")
		if l.Scheme == "http" && plainPages.Load() && PlainPage(l) {
			fs.add(plainPageHash, PathShape, 1, "")
		}
	}
	if l.Port != "" {
		fs.add(hashBytes(hashStart('Y'), "port"), PathShape, 1, "")
	}
	path := l.Path
	depth := strings.Count(path, "/")
	y := func(kind byte, bucket int) {
		fs.add(hashByte(hashByte(hashStart('Y'), kind), byte(bucket)), PathShape, 1, "")
	}
	y('d', min(depth, 8))
	y('l', bucketOf(len(path), 2, 8, 16, 32, 64, 128))
	y('q', bucketOf(len(l.Query), 1, 16, 64, 200))
	if strings.Contains(path, "//") {
		y('/', 1)
	}
	if strings.IndexByte(path, '~') >= 0 {
		y('~', 1)
	}
	if strings.IndexByte(path, '@') >= 0 || strings.IndexByte(l.Query, '@') >= 0 || strings.Contains(l.Query, "%40") {
		y('@', 1)
	}
	if n := strings.Count(path, "%"); n > 0 {
		y('%', bucketOf(n, 2, 6))
	}
	// words of the path, the last segment's extension and the query keys
	n := 0
	hexRun := 0
	for i := 0; i < len(path) && n < 24; {
		j := i
		for j < len(path) && isWordByte(path[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		w := path[i:j]
		i = j
		if allHex(w) && len(w) >= 16 {
			hexRun++
			continue
		}
		if len(w) >= 2 && len(w) <= 24 {
			digits := 0
			for k := 0; k < len(w); k++ {
				if isDigit(w[k]) {
					digits++
				}
			}
			if digits*2 > len(w) {
				fs.add(hashBytes(hashStart('U'), "#"), PathWords, 1, "")
			} else {
				fs.add(hashLower(hashStart('U'), w), PathWords, 1, w)
			}
		} else if len(w) > 24 {
			y('w', 1) // a long token: a session id, base64
		}
		n++
	}
	if hexRun > 0 {
		y('x', min(hexRun, 2))
	}
	pathConcepts(fs, path)
	pathGrams(fs, path)
	if ext := extOf(path); ext != "" {
		fs.add(hashLower(hashStart('E'), ext), File, 1, ext)
	} else if strings.HasSuffix(path, "/") {
		y('e', 1)
	}
	q := l.Query
	for k := 0; k < 8 && q != ""; k++ {
		var pair string
		pair, q, _ = strings.Cut(q, "&")
		key, _, _ := strings.Cut(pair, "=")
		if len(key) >= 1 && len(key) <= 24 {
			fs.add(hashLower(hashStart('Q'), key), PathWords, 1, "")
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func allHex(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// extOf returns the lower-case-insensitive extension of the path's last
// segment ("php", "exe"), or "" when it has none or it is too long to be one.
func extOf(path string) string {
	seg := path[strings.LastIndexByte(path, '/')+1:]
	dot := strings.LastIndexByte(seg, '.')
	if dot <= 0 || len(seg)-dot-1 > 10 || dot == len(seg)-1 {
		return ""
	}
	ext := seg[dot+1:]
	for i := 0; i < len(ext); i++ {
		if !isWordByte(ext[i]) {
			return ""
		}
	}
	return ext
}

// brandWords are the names of the built-in brands of five letters or
// more, as whole words: a path that names a brand on somebody else's
// site (/www.paypal.com/signin, /onedrive/, /yahoo111/) is the
// mark of a kit on a compromised host.
var brandWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, b := range brand.Builtin {
		for _, w := range b.Spellings() {
			if len(w) >= 5 {
				m[w] = true
			}
		}
	}
	return m
}()

// pathConcepts adds the concepts of a path's first segments: a brand's
// name as a word of it, a domain name written in it (www.x.com, x.com.br),
// and the lure and scheme words of the names lexicon, each once.
func pathConcepts(fs *Features, path string) {
	var buf [32]byte
	var brandSeen, domainSeen bool
	var lure, scheme int
	segs := 0
	for i := 0; i < len(path) && segs < 6; {
		c := path[i]
		if c == '/' {
			segs++
			// a segment that is a domain name: www.bank.com, bank.com.br-update
			seg := path[i+1:]
			if k := strings.IndexByte(seg, '/'); k >= 0 {
				seg = seg[:k]
			}
			if !domainSeen && pathDomain(seg) {
				domainSeen = true
				fs.add(hashBytes(hashStart('V'), "domain"), PathWords, 1, "")
			}
			i++
			continue
		}
		if !isLetter(c) {
			i++
			continue
		}
		j := i
		n := 0
		for j < len(path) && isLetter(path[j]) {
			if n < len(buf) {
				buf[n] = path[j] | 0x20
				n++
			}
			j++
		}
		long := j-i > len(buf)
		i = j
		if n < 4 || long {
			continue
		}
		w := buf[:n]
		if !brandSeen && brandWords[string(w)] {
			brandSeen = true
			fs.add(hashBytes(hashStart('V'), "brand"), PathWords, 1, "")
			continue
		}
		if _, ok := names.words[string(w)]; ok {
			concept, k := "lure", &lure
			if _, ok := schemeWords[string(w)]; ok {
				concept, k = "scheme", &scheme
			}
			*k++
			if *k <= 2 {
				fs.add(hashByte(hashBytes(hashStart('V'), concept), byte(*k)), PathWords, 1, "")
			}
		}
	}
}

// pathTLDs are the endings of the domain names kits write into their
// paths: the generic ones and those of the countries whose banks they
// imitate most.
var pathTLDs = map[string]bool{"com": true, "net": true, "org": true, "info": true, "biz": true, "co": true, "gov": true,
	"edu": true, "io": true, "br": true, "uk": true, "vn": true, "de": true, "fr": true, "ru": true, "jp": true, "cn": true,
	"in": true, "au": true, "ca": true, "mx": true, "es": true, "it": true}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// pathDomain reports a path segment that names a host: it starts with
// www. or holds a dot followed by a top-level domain and then a dot, a
// hyphen or its end (bank.com, bank.com.br-atualize).
func pathDomain(seg string) bool {
	if len(seg) > 4 && (seg[:4] == "www." || seg[:4] == "WWW.") {
		return true
	}
	for i := 0; i < len(seg); i++ {
		if seg[i] != '.' || i == 0 {
			continue
		}
		j := i + 1
		for j < len(seg) && isLetter(seg[j]) {
			j++
		}
		if j-i-1 < 2 || j < len(seg) && seg[j] != '.' && seg[j] != '-' {
			continue
		}
		if j-i-1 <= 4 {
			var t [4]byte
			for k := i + 1; k < j; k++ {
				t[k-i-1] = seg[k] | 0x20
			}
			if pathTLDs[string(t[:j-i-1])] {
				return true
			}
		}
	}
	return false
}

// pathBuckets are the weight indexes of the measures PathFeatures writes
// one of for every link with a path: the scheme (http, https), the
// depth, the path's length and the query's length, each bucketed.
var pathBuckets = func() map[uint32]bool {
	m := map[uint32]bool{}
	for _, s := range []string{"http", "https"} {
		m[hashBytes(hashStart('H'), s)&mask] = true
	}
	y := func(kind byte, bucket int) { m[hashByte(hashByte(hashStart('Y'), kind), byte(bucket))&mask] = true }
	for d := 0; d < pathDepths; d++ {
		y('d', d)
	}
	for b := 0; b <= 6; b++ {
		y('l', b)
	}
	for b := 0; b <= 4; b++ {
		y('q', b)
	}
	return m
}()

// PathBucket reports whether the weight index i is one of the bucketed
// measures every link with a path has one of (its scheme, depth, length,
// query length): together they carry what having a path weighs, not
// what a mark of it does.
func PathBucket(i uint32) bool { return pathBuckets[i] }
