package bot

import (
	"fmt"
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// The global lists (threat feeds, operators' list files) can hold millions
// of entries, so they are kept apart from the per-chat ListSet in a compact
// form: each entry is a 64-bit hash of its normalised domain or URL, kept in
// a sorted array with a bucket index. A million domains take about 10 MB
// and load in a fraction of a second; a lookup hashes each parent domain of
// a host and allocates nothing.
//
// Hashes are keyed with seeds chosen at random when the process starts, so
// nobody can craft a host that collides with a listed one; by chance, a
// link is mistaken for a listed one with a probability of about
// (entries × parent domains) / 2⁶⁴, under 10⁻¹² for a million entries.

var (
	domainSeed = maphash.MakeSeed() // domain entries: "evil.example"
	urlSeed    = maphash.MakeSeed() // URL entries: "evil.example/login?x=1"
)

// hashURL hashes a URL entry the way urlKey writes it (host, path without
// trailing slashes, "?" and the query if any), without building the string.
func hashURL(host, path, query string) uint64 {
	var h maphash.Hash
	h.SetSeed(urlSeed)
	h.WriteString(host)
	h.WriteString(strings.TrimRight(path, "/"))
	if query != "" {
		h.WriteByte('?')
		h.WriteString(query)
	}
	return h.Sum64()
}

// FeedList is one source of global entries (a remote feed or a list file),
// hashed and sorted, ready to be merged into a FeedSet. It is immutable.
type FeedList struct {
	name    string
	keys    [2][]uint64 // by kindIndex: sorted, without repeats
	names   []string    // protected names (MetaMask's fuzzylist)
	skipped int
}

// Name returns the name reasons give for the list's entries ("listed by
// NAME"); empty for an operator's own list file.
func (l *FeedList) Name() string { return l.name }

// Len returns how many entries the list holds: blocked and allowed domains
// and URLs, and protected names.
func (l *FeedList) Len() int { return len(l.keys[0]) + len(l.keys[1]) + len(l.names) }

// Blocked returns how many domains and URLs the list blocks.
func (l *FeedList) Blocked() int { return len(l.keys[kindIndex(BlockList)]) }

// Allowed returns how many domains and URLs the list allows.
func (l *FeedList) Allowed() int { return len(l.keys[kindIndex(AllowList)]) }

// Names returns the protected names the list carries: domains whose
// lookalikes are to be flagged (MetaMask's fuzzylist).
func (l *FeedList) Names() []string { return l.names }

// Skipped returns how many values were not domains or URLs.
func (l *FeedList) Skipped() int { return l.skipped }

func kindIndex(k ListKind) int {
	if k == AllowList {
		return 1
	}
	return 0
}

// FeedListBuilder collects the entries of one source. It is not safe for
// concurrent use.
type FeedListBuilder struct {
	name     string
	keys     [2][]uint64
	names    []string
	skipped  int
	line     int // of the values being added, for their problems
	problems []error
}

// NewFeedListBuilder starts a list whose entries reasons attribute to name
// (empty for an operator's own file).
func NewFeedListBuilder(name string) *FeedListBuilder {
	return &FeedListBuilder{name: name}
}

// maxProblems is how many bad values a builder remembers to report.
const maxProblems = 5

// Add adds a domain ("evil.example", "*.evil.example", a hosts-file name)
// or a URL; a URL without a path counts as its host. A value that is
// neither is counted as skipped and returned as an error.
func (b *FeedListBuilder) Add(kind ListKind, value string) error {
	if fastDomain(value) {
		b.keys[kindIndex(kind)] = append(b.keys[kindIndex(kind)], maphash.String(domainSeed, value))
		return nil
	}
	v, err := ParseListValue(value)
	if err != nil {
		return b.skip(err)
	}
	if strings.IndexByte(v, '/') >= 0 || strings.IndexByte(v, '?') >= 0 {
		b.keys[kindIndex(kind)] = append(b.keys[kindIndex(kind)], maphash.String(urlSeed, v))
	} else {
		b.keys[kindIndex(kind)] = append(b.keys[kindIndex(kind)], maphash.String(domainSeed, v))
	}
	return nil
}

// AddBytes is Add for a value in a byte slice (a line of a feed being
// read); most values are hashed without a copy.
func (b *FeedListBuilder) AddBytes(kind ListKind, value []byte) error {
	if fastDomain(value) {
		b.keys[kindIndex(kind)] = append(b.keys[kindIndex(kind)], maphash.Bytes(domainSeed, value))
		return nil
	}
	return b.Add(kind, string(value))
}

// AddURL adds a URL that matches only itself, even without a path
// (URL-level feeds such as URLhaus list single files on hosts that serve
// everyone: a listed github.com URL never blocks github.com).
func (b *FeedListBuilder) AddURL(kind ListKind, value string) error {
	value = strings.TrimSpace(value)
	l, ok := linkx.Parse(value)
	if !ok || l.Host == "" || !l.IP.IsValid() && !strings.Contains(l.Host, ".") {
		return b.skip(fmt.Errorf("%q: %w", value, ErrNotURL))
	}
	linkx.Unwrap(&l)       // matched where it leads, as messages' links are (wrap39)
	linkx.DropTrackers(&l) // matched as messages' links are read (query38)
	b.keys[kindIndex(kind)] = append(b.keys[kindIndex(kind)], hashURL(l.Host, l.Path, l.Query))
	return nil
}

// ErrNotURL is returned for a URL-level feed value that is not a URL.
var ErrNotURL = fmt.Errorf("not a URL")

// AddName adds a protected name: a domain whose lookalikes are flagged as
// imitations of it. A value that is not a domain is skipped and returned
// as an error.
func (b *FeedListBuilder) AddName(domain string) error {
	v, err := ParseListValue(domain)
	if err != nil || strings.ContainsAny(v, "/?") {
		return b.skip(fmt.Errorf("protected name %q: %w", domain, ErrNotDomain))
	}
	b.names = append(b.names, v)
	return nil
}

// Skip counts a value the reader of a feed could not make sense of (an
// overlong line, a broken CSV row) among the skipped ones.
func (b *FeedListBuilder) Skip(why error) { b.skip(why) }

// SetLine tells the builder which line of its source the values added
// next come from, so that a skipped one is reported with it; 0 reports
// none.
func (b *FeedListBuilder) SetLine(n int) { b.line = n }

func (b *FeedListBuilder) skip(err error) error {
	b.skipped++
	if b.line > 0 {
		err = fmt.Errorf("line %d: %w", b.line, err)
	}
	if len(b.problems) < maxProblems {
		b.problems = append(b.problems, err)
	}
	return err
}

// Problems returns the first few values that were skipped, with why.
func (b *FeedListBuilder) Problems() []error { return b.problems }

// Len returns how many values have been added so far, repeats included.
func (b *FeedListBuilder) Len() int { return len(b.keys[0]) + len(b.keys[1]) + len(b.names) }

// Build sorts the entries and returns the list. The builder must not be
// used afterwards.
func (b *FeedListBuilder) Build() *FeedList {
	l := &FeedList{name: b.name, skipped: b.skipped}
	for i := range b.keys {
		k := b.keys[i]
		slices.Sort(k)
		k = slices.Compact(k)
		if cap(k) > len(k)+len(k)/8 {
			k = slices.Clone(k) // hold no more than the entries: they may be many
		}
		l.keys[i] = slices.Clip(k)
	}
	slices.Sort(b.names)
	l.names = slices.Compact(b.names)
	*b = FeedListBuilder{}
	return l
}

// fastDomain reports a value that is already a domain as lists keep it:
// lower-case ASCII letters, digits, '-' and '_' in dot-separated labels
// ending in a known top-level domain. Most feed lines are, and they skip
// the full parse.
func fastDomain[T string | []byte](s T) bool {
	if len(s) < 3 || len(s) > 253 || s[0] == '.' || s[0] == '-' || s[len(s)-1] == '.' {
		return false
	}
	dot := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_':
		case c == '.':
			if i == dot+1 {
				return false // ".." or a leading dot
			}
			dot = i
		default:
			return false
		}
	}
	if dot < 0 {
		return false
	}
	tld := s[dot+1:]
	if tld[0] >= '0' && tld[0] <= '9' {
		return false // an IP address in some notation: the full parse writes it canonically
	}
	return linkx.IsTLD(string(tld))
}

// FeedSet is every global list merged into one immutable index: the threat
// feeds and the operator's block and allow files. Lookups are safe for
// concurrent use and allocate nothing.
type FeedSet struct {
	lists []*FeedList
	table [2]feedTable // by kindIndex
	names []string
}

// feedTable is a sorted array of hashed entries with a bucket index: the
// top bits of a hash pick a bucket, a short run of the array.
type feedTable struct {
	keys  []uint64
	src   []uint16 // the list each key comes from; nil when all come from lists[0]
	index []uint32 // bucket b holds keys[index[b]:index[b+1]]
	shift uint8
}

// maxFeedLists bounds how many lists a FeedSet merges.
const maxFeedLists = 1 << 16

// NewFeedSet merges lists. An entry on several lists is attributed to the
// first of them.
func NewFeedSet(lists ...*FeedList) *FeedSet {
	s := &FeedSet{}
	for _, l := range lists {
		if l != nil && len(s.lists) < maxFeedLists {
			s.lists = append(s.lists, l)
		}
	}
	for k := range s.table {
		s.table[k] = mergeTable(s.lists, k)
	}
	var names []string
	for _, l := range s.lists {
		names = append(names, l.names...)
	}
	slices.Sort(names)
	s.names = slices.Compact(names)
	return s
}

// mergeTable merges the lists' keys of one kind, first list first.
func mergeTable(lists []*FeedList, kind int) feedTable {
	var t feedTable
	n, with := 0, 0
	for i, l := range lists {
		if len(l.keys[kind]) > 0 {
			n += len(l.keys[kind])
			with = i
		}
	}
	switch {
	case n == 0:
	case n == len(lists[with].keys[kind]):
		// one list holds them all: share its array
		t.keys = lists[with].keys[kind]
		if with != 0 {
			t.src = make([]uint16, len(t.keys))
			for i := range t.src {
				t.src[i] = uint16(with)
			}
		}
	default:
		t.keys = make([]uint64, 0, n)
		t.src = make([]uint16, 0, n)
		pos := make([]int, len(lists))
		for {
			best := -1
			var min uint64
			for i, l := range lists {
				if p := pos[i]; p < len(l.keys[kind]) && (best < 0 || l.keys[kind][p] < min) {
					best, min = i, l.keys[kind][p]
				}
			}
			if best < 0 {
				break
			}
			t.keys = append(t.keys, min)
			t.src = append(t.src, uint16(best))
			for i, l := range lists {
				if p := pos[i]; p < len(l.keys[kind]) && l.keys[kind][p] == min {
					pos[i]++
				}
			}
		}
		t.keys = slices.Clip(t.keys)
		t.src = slices.Clip(t.src)
	}
	t.buildIndex()
	return t
}

// buildIndex makes about one bucket for every two keys.
func (t *feedTable) buildIndex() {
	b := 0
	if n := len(t.keys); n > 4 {
		b = bits.Len(uint(n)) - 2
	}
	t.shift = uint8(64 - b)
	t.index = make([]uint32, (1<<b)+1)
	j := 0
	for bucket := 0; bucket <= 1<<b; bucket++ {
		for j < len(t.keys) && t.keys[j]>>(64-b) < uint64(bucket) {
			j++
		}
		t.index[bucket] = uint32(j)
	}
	t.index[1<<b] = uint32(len(t.keys))
}

// find returns the list a hashed entry comes from.
func (t *feedTable) find(h uint64) (int, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	b := h >> t.shift
	if t.shift == 64 {
		b = 0
	}
	for i := t.index[b]; i < t.index[b+1]; i++ {
		switch k := t.keys[i]; {
		case k == h:
			if t.src == nil {
				return 0, true
			}
			return int(t.src[i]), true
		case k > h:
			return 0, false
		}
	}
	return 0, false
}

// Len returns how many entries the set holds: blocked and allowed domains
// and URLs, and protected names, each counted once.
func (s *FeedSet) Len() int {
	if s == nil {
		return 0
	}
	return len(s.table[0].keys) + len(s.table[1].keys) + len(s.names)
}

// Lists returns the lists merged into the set.
func (s *FeedSet) Lists() []*FeedList {
	if s == nil {
		return nil
	}
	return s.lists
}

// Names returns the protected names of every list (domains whose
// lookalikes are flagged), sorted.
func (s *FeedSet) Names() []string {
	if s == nil {
		return nil
	}
	return s.names
}

// FeedHit is what a FeedSet says about a link.
type FeedHit struct {
	Kind ListKind
	// Source is the name of the list that holds the entry; empty for an
	// operator's own list file.
	Source string
	// Domain is the listed domain that matched: the link's host or one of
	// its parent domains. Empty for a URL entry.
	Domain string
}

// Lookup finds the most specific entry for a link: an entry for the URL
// (host, path and query) first, then one for the host, then for each parent
// domain down to the registrable domain. At the same level an allow entry
// wins. Lookup allocates nothing.
func (s *FeedSet) Lookup(l *linkx.Link) (FeedHit, bool) {
	if s == nil || l.Host == "" || len(s.table[0].keys)+len(s.table[1].keys) == 0 {
		return FeedHit{}, false
	}
	if hit, ok := s.probe(hashURL(l.Host, l.Path, l.Query), ""); ok {
		return hit, true
	}
	stop := len(l.Domain)
	if stop == 0 || l.IP.IsValid() {
		stop = len(l.Host) // no parents: an IP address, or a host without a registrable domain
	}
	for d := l.Host; len(d) >= stop; {
		if hit, ok := s.probe(maphash.String(domainSeed, d), d); ok {
			return hit, true
		}
		i := strings.IndexByte(d, '.')
		if i < 0 {
			break
		}
		d = d[i+1:]
	}
	return FeedHit{}, false
}

// probe looks a hash up as an allow entry, then as a block entry.
func (s *FeedSet) probe(h uint64, domain string) (FeedHit, bool) {
	for _, kind := range [2]ListKind{AllowList, BlockList} {
		if src, ok := s.table[kindIndex(kind)].find(h); ok {
			return FeedHit{Kind: kind, Source: s.lists[src].name, Domain: domain}, true
		}
	}
	return FeedHit{}, false
}

// feedMistake reports a remote feed's entry that blocks the whole of a
// protected brand's or a reputable site's domain, or a subdomain of one
// (discord.com, docs.google.com, github.com): a feed's mistake that would
// delete every link there. Such an entry is ignored; URL-level entries
// there (a single file on github.com) count, and so do the operator's own
// list files and entries for a GitLab Pages host of a site trusted at
// runtime (runtimePagesHost).
func (c *Classifier) feedMistake(hit FeedHit, l *linkx.Link, brands *brand.Matcher) bool {
	if hit.Kind != BlockList || hit.Domain == "" || hit.Source == "" || l.Domain == "" {
		return false
	}
	if runtimePagesHost(l) {
		return false // a page anyone publishes on a site trusted at runtime (rev15)
	}
	return brands.Official(l.Domain, l.Suffix) != nil || reputable[l.Domain] || reputable[l.Suffix] || infrastructure[l.Domain]
}
