package bot

import (
	"math"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// hostedSite is model.Site for the readings that look at the site only
// when the link is on a hosting platform (hosted && …): Site takes and
// returns a copy of the link, made here only for such a link.
func hostedSite(l *linkx.Link) (linkx.Link, bool) {
	if !model.Hosted(l) {
		return linkx.Link{}, false
	}
	return model.Site(*l)
}

// siteHosted is siteOf's second result, with no copy of the link.
func siteHosted(l *linkx.Link) bool {
	if strings.Contains(l.Host, ".pages.") {
		if _, ok := forgePages(l); ok {
			return true
		}
	}
	return model.Hosted(l)
}

// releaseHostShortest and releaseHostLongest bound the lengths of
// releaseHosts' labels: releaseLabel passes over any other at once.
var releaseHostShortest, releaseHostLongest = lengthBounds(releaseHosts)

// lengthBounds returns the shortest and longest key of set.
func lengthBounds(set map[string]bool) (shortest, longest int) {
	shortest = math.MaxInt
	for k := range set {
		shortest, longest = min(shortest, len(k)), max(longest, len(k))
	}
	return shortest, longest
}

// hostFacts are readings of a host's name alone that the message
// readings ask of every suspect link (crackSite, strangerIndex), worked
// out once with the host's analysis (hostCache.lookup) where they were
// worked out again at every link of every message. read is false when
// they were not: for a trusted host, whose links are seldom suspect,
// and for an analysis not kept in the cache; each reading then works
// its answer out as before.
type hostFacts struct {
	read bool
	// crackName and crackWord are crackSite's answer
	crackName, crackWord string
	// indexNamed and indexCheap are strangerIndex's answer, for a name
	// (an address's depends on how it was written: linkx.Link.NumericIP)
	indexNamed, indexCheap bool
	// kinds are the sets the host's domain is in (hostKindsOf), for a
	// name, trusted or not (speed50c.go); 0 when not read
	kinds hostKinds
}

// readFacts works out info.facts for the host of l, info's. The names
// are copies: a link's host is a slice of the message it was read from,
// which the cache would otherwise keep.
func (info *hostInfo) readFacts(l *linkx.Link) {
	if l.IP.IsValid() {
		return
	}
	info.facts.kinds = hostKindsOf(l) // trusted or not (speed50c.go)
	if info.trusted {
		return
	}
	name, word := crackSite(l)
	named, cheap := strangerIndex(l)
	info.facts.read = true
	info.facts.crackName, info.facts.crackWord = strings.Clone(name), strings.Clone(word)
	info.facts.indexNamed, info.facts.indexCheap = named, cheap
}

// maxSeenHosts is how many of a message's links' hosts knowledge keeps
// the analyses of (seenHosts); the links after them are read as before.
const maxSeenHosts = 8

// seenHosts are the analyses judgeLink looked up for a message's links,
// by host, for the message's other readings of the same links: a
// lookup of the cache is a hash, two atomic operations and a map's
// probe.
type seenHosts struct {
	n    int
	host [maxSeenHosts]string
	info [maxSeenHosts]*hostInfo
}

// add remembers info as the analysis of host.
func (s *seenHosts) add(host string, info *hostInfo) {
	if s.n < len(s.host) {
		s.host[s.n], s.info[s.n] = host, info
		s.n++
	}
}

// of returns the analysis remembered for host, or nil.
func (s *seenHosts) of(host string) *hostInfo {
	for i := range s.n {
		if s.host[i] == host {
			return s.info[i]
		}
	}
	return nil
}

// crackSite is crackSite(l), read from the analysis of l's host when
// judgeLink looked it up for the message.
func (k *knowledge) crackSite(l *linkx.Link) (string, string) {
	if info := k.seen.of(l.Host); info != nil && info.facts.read {
		return info.facts.crackName, info.facts.crackWord
	}
	return crackSite(l)
}

// strangerIndex is strangerIndex(l), read from the analysis of l's host
// when judgeLink looked it up for the message.
func (k *knowledge) strangerIndex(l *linkx.Link) (named, cheap bool) {
	if !l.IP.IsValid() {
		if info := k.seen.of(l.Host); info != nil && info.facts.read {
			return info.facts.indexNamed, info.facts.indexCheap
		}
	}
	return strangerIndex(l)
}

// host is c.hosts.get(c, bm, l): the analysis judgeLink looked up for
// the message, when it did under bm, or the cache's.
func (k *knowledge) host(c *Classifier, bm *brand.Matcher, l *linkx.Link) *hostInfo {
	if info := k.seen.of(l.Host); info != nil && info.brands == bm {
		return info
	}
	return c.hosts.get(c, bm, l)
}

// endsDotCom reports whether strings.ToLower(s) ends in ".com", without
// the copy: its last four bytes are ".com" in any case. No other rune
// lower-cases to one of those bytes (of those beyond ASCII only U+0130
// and U+212A lower-case into it, to i and k), and a byte that is no
// rune's lower-cases to U+FFFD.
func endsDotCom(s string) bool {
	n := len(s)
	return n >= 4 && s[n-4] == '.' && s[n-3]|0x20 == 'c' && s[n-2]|0x20 == 'o' && s[n-1]|0x20 == 'm'
}

// maxSeenFiles is how many of a message's links knowledge keeps the
// file names and findings of (seenFiles); the links after them are read
// as before.
const maxSeenFiles = 4

// seenFiles are the file names at the end of the message's first links
// (linkFile) and what is read of them, each worked out at the first
// reading that asks: judgeLink, the download and impostor readings and
// the pickles' read the same names of the same links.
type seenFiles struct {
	read      [maxSeenFiles]uint8 // fileName, fileFinding, fileDelivered: what is read
	name      [maxSeenFiles]string
	finding   [maxSeenFiles]filetype.Finding
	delivered [maxSeenFiles]bool
}

// What seenFiles has read of a link.
const (
	fileName      = 1 << iota // linkFile(l)
	fileFinding               // filetype.Check(linkFile(l), "")
	fileDelivered             // deliveredFile(linkFile(l))
)

// linkAt returns l's index among the message's links when it is one of
// the first maxSeenFiles of them (not a twin judgeLink made of one), or
// -1.
func (k *knowledge) linkAt(l *linkx.Link) int {
	for i := range min(len(k.links), maxSeenFiles) {
		if &k.links[i] == l {
			return i
		}
	}
	return -1
}

// linkFile is linkFile(l), read once for each of the message's first
// links.
func (k *knowledge) linkFile(l *linkx.Link) string {
	i := k.linkAt(l)
	if i < 0 {
		return linkFile(l)
	}
	s := &k.files
	if s.read[i]&fileName == 0 {
		s.name[i], s.read[i] = linkFile(l), s.read[i]|fileName
	}
	return s.name[i]
}

// fileFinding is filetype.Check(linkFile(l), ""), with linkFile(l).
func (k *knowledge) fileFinding(l *linkx.Link) (string, filetype.Finding) {
	i := k.linkAt(l)
	if i < 0 {
		f := linkFile(l)
		return f, filetype.Check(f, "")
	}
	f, s := k.linkFile(l), &k.files
	if s.read[i]&fileFinding == 0 {
		s.finding[i], s.read[i] = filetype.Check(f, ""), s.read[i]|fileFinding
	}
	return f, s.finding[i]
}

// fileDelivered is deliveredFile(linkFile(l)), with linkFile(l).
func (k *knowledge) fileDelivered(l *linkx.Link) (string, bool) {
	i := k.linkAt(l)
	if i < 0 {
		f := linkFile(l)
		return f, deliveredFile(f)
	}
	s := &k.files
	if s.read[i]&fileDelivered == 0 {
		f, fd := k.fileFinding(l) // deliveredFile's first look (speed51c)
		s.delivered[i], s.read[i] = deliveredFinding(f, fd), s.read[i]|fileDelivered
	}
	return s.name[i], s.delivered[i]
}
