package bot

import (
	"bufio"
	"errors"
	"fmt"
	"net/netip"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// ListSet is an immutable snapshot of every allow and block list: the global
// ones (feeds from config) and those of each chat (admin commands).
type ListSet struct {
	scopes map[string]*listTable // "" is global
}

type listTable struct {
	allowDomains, blockDomains map[string]bool
	allowURLs, blockURLs       map[string]bool
	entries                    []ListEntry
}

// NewListSet builds a snapshot from entries.
func NewListSet(entries []ListEntry) *ListSet {
	s := &ListSet{scopes: make(map[string]*listTable)}
	for _, e := range entries {
		s.add(e)
	}
	return s
}

func (s *ListSet) add(e ListEntry) {
	t := s.scopes[e.Scope]
	if t == nil {
		t = &listTable{allowDomains: map[string]bool{}, blockDomains: map[string]bool{}, allowURLs: map[string]bool{}, blockURLs: map[string]bool{}}
		s.scopes[e.Scope] = t
	}
	isURL := strings.Contains(e.Value, "/")
	switch {
	case e.Kind == AllowList && isURL:
		t.allowURLs[e.Value] = true
	case e.Kind == AllowList:
		t.allowDomains[e.Value] = true
	case isURL:
		t.blockURLs[e.Value] = true
	default:
		t.blockDomains[e.Value] = true
	}
	t.entries = append(t.entries, e)
}

// With returns a copy of s with e added (replacing an entry of the same
// scope, kind and value).
func (s *ListSet) With(e ListEntry) *ListSet {
	n := s.Without(e.Scope, e.Kind, e.Value)
	n.add(e)
	return n
}

// Without returns a copy of s without the entry.
func (s *ListSet) Without(scope string, kind ListKind, value string) *ListSet {
	n := &ListSet{scopes: make(map[string]*listTable, len(s.scopes))}
	for k, t := range s.scopes {
		if k != scope {
			n.scopes[k] = t
			continue
		}
		for _, x := range t.entries {
			if x.Kind != kind || x.Value != value {
				n.add(x)
			}
		}
	}
	return n
}

// Entries returns the entries of one scope.
func (s *ListSet) Entries(scope string) []ListEntry {
	if t := s.scopes[scope]; t != nil {
		return t.entries
	}
	return nil
}

// Len returns the number of entries of one scope.
func (s *ListSet) Len(scope string) int { return len(s.Entries(scope)) }

// Lookup says whether a link is allowed or blocked in a chat scope: the
// chat's own lists first, then the global ones; within one scope an allow
// entry wins over a block entry. It returns the kind and the entry matched.
func (s *ListSet) Lookup(scope string, l *linkx.Link) (ListKind, string, bool) {
	if len(s.scopes) == 0 {
		return "", "", false
	}
	return s.lookup(s.scopes[scope], l)
}

// chatTable returns the lists of a chat scope, nil when it has none. Its
// key is written on the stack: asking costs no allocation.
func (s *ListSet) chatTable(k ChatKey) *listTable {
	if len(s.scopes) == 0 {
		return nil
	}
	var buf [128]byte
	if n := len(k.Platform) + 1 + len(k.Chat); n > len(buf) {
		return s.scopes[k.String()]
	}
	b := append(append(append(buf[:0], k.Platform...), ':'), k.Chat...)
	return s.scopes[string(b)]
}

// lookup is Lookup with the chat scope's lists (nil for none) found.
func (s *ListSet) lookup(chat *listTable, l *linkx.Link) (ListKind, string, bool) {
	if l.Host == "" || len(s.scopes) == 0 {
		return "", "", false
	}
	global := s.scopes[""]
	var key string // written only if a scope lists URLs
	for i, t := range [2]*listTable{chat, global} {
		if t == nil || i == 1 && t == chat {
			continue
		}
		if key == "" && len(t.allowURLs)+len(t.blockURLs) > 0 {
			key = urlKey(l)
		}
		if t.allowURLs[key] {
			return AllowList, key, true
		}
		if d, ok := matchDomain(t.allowDomains, l.Host); ok {
			return AllowList, d, true
		}
		if t.blockURLs[key] {
			return BlockList, key, true
		}
		if d, ok := matchDomain(t.blockDomains, l.Host); ok {
			return BlockList, d, true
		}
	}
	return "", "", false
}

// matchDomain finds host or one of its parent domains in set.
func matchDomain(set map[string]bool, host string) (string, bool) {
	if len(set) == 0 {
		return "", false
	}
	for h := host; ; {
		if set[h] {
			return h, true
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			return "", false
		}
		h = h[i+1:]
	}
}

// urlKey is how a URL is written on a list: host and path without a
// trailing slash, and the query if any; the scheme does not matter.
func urlKey(l *linkx.Link) string {
	k := l.Host + strings.TrimRight(l.Path, "/")
	if l.Query != "" {
		k += "?" + l.Query
	}
	return k
}

// ErrNotDomain is returned for a list value that is neither a domain nor a URL.
var ErrNotDomain = errors.New("not a domain or URL")

// ErrPublicSuffix is returned for a list value that is a public suffix
// alone (top, com.vn, co.uk), shared by every site registered under it; it is
// an ErrNotDomain.
var ErrPublicSuffix = fmt.Errorf("%w: a public suffix shared by every site under it", ErrNotDomain)

// ParseListValue reads a domain ("example.com", "*.example.com", ".example.com") or URL
// for a list and returns it in the form lists keep.
func ParseListValue(s string) (string, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "*.")
	s = strings.TrimPrefix(s, ".") // ".evil.example": the domain and its subdomains, as "*."
	if s == "" || s[0] == '.' || strings.ContainsAny(s, " \t") {
		return "", fmt.Errorf("%q: %w", s, ErrNotDomain)
	}
	clean, _ := linkx.Refang(s)
	l, ok := linkx.Parse(clean)
	if !ok || l.Host == "" {
		return "", fmt.Errorf("%q: %w", s, ErrNotDomain)
	}
	// a link through a big site's redirector or proxy is listed where
	// it leads, as messages' links are judged (wrap39)
	linkx.Unwrap(&l)
	if !l.IP.IsValid() && !strings.Contains(l.Host, ".") {
		if linkx.IsTLD(l.Host) {
			// top, xyz: a top-level domain alone is a public suffix too
			return "", fmt.Errorf("%q: %w: write the site, example.%s", s, ErrPublicSuffix, l.Host)
		}
		return "", fmt.Errorf("%q: %w (a domain has a dot: example.com)", s, ErrNotDomain)
	}
	if !l.IP.IsValid() && !linkx.IsTLD(l.Host[strings.LastIndexByte(l.Host, '.')+1:]) {
		return "", fmt.Errorf("%q: %w (unknown top-level domain)", s, ErrNotDomain)
	}
	if !l.IP.IsValid() && l.ICANN && l.Suffix == l.Host {
		// com.vn, co.uk: every site registered under it, not one owner's
		return "", fmt.Errorf("%q: %w: write the site, example.%s", s, ErrPublicSuffix, l.Host)
	}
	if l.Path != "" && l.Path != "/" || l.Query != "" {
		// a URL is matched as messages' links are read: without the
		// sharer's tracking (query38); with only that after its host
		// it is the host's front page, as "https://example.net/" is
		linkx.DropTrackers(&l)
		return urlKey(&l), nil
	}
	return l.Host, nil
}

// LoadListFile reads a block or allow list: one domain or URL a line, '#'
// starting a comment; hosts-file lines ("0.0.0.0 example.com") are read too.
// Lines that are neither are returned as problems (with file and line) and
// skipped; err is set only when the file cannot be read.
func LoadListFile(path string, kind ListKind) (entries []ListEntry, problems []error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("read list: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		v := fields[len(fields)-1]
		if len(fields) == 2 {
			if _, err := netip.ParseAddr(fields[0]); err != nil {
				problems = append(problems, fmt.Errorf("%s:%d: %q: want one domain or URL a line", path, n, line))
				continue
			}
		} else if len(fields) > 2 {
			problems = append(problems, fmt.Errorf("%s:%d: %q: want one domain or URL a line", path, n, line))
			continue
		}
		val, err := ParseListValue(v)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s:%d: %w", path, n, err))
			continue
		}
		entries = append(entries, ListEntry{Kind: kind, Value: val, AddedBy: "feed:" + path})
	}
	if err := sc.Err(); err != nil {
		return entries, problems, fmt.Errorf("read list %s: %w", path, err)
	}
	return entries, problems, nil
}

// dnsLengths reports whether the host of a list value (ParseListValue's
// form) keeps to the lengths DNS allows: labels of at most 63 bytes, 253
// in all. A label in another script than ASCII is measured as its ASCII
// form would be only by the registry, so it is let through.
func dnsLengths(value string) bool {
	host := value
	if i := strings.IndexAny(host, "/?"); i >= 0 {
		host = host[:i]
	}
	if len(host) > 253 {
		return strings.ContainsFunc(host, func(r rune) bool { return r >= utf8.RuneSelf })
	}
	for label := range strings.SplitSeq(host, ".") {
		if len(label) > 63 && !strings.ContainsFunc(label, func(r rune) bool { return r >= utf8.RuneSelf }) {
			return false
		}
	}
	return true
}

// siteEntry reads a list value (ParseListValue's form) whose host begins
// with www. as the site's own entry, as the classifier reads a link's
// www. (readWWW): www.evil.example as evil.example, which an entry
// covers with every name under it (login.evil.example), and
// https://www.evil.example/claim as evil.example/claim. An admin who
// lists www.NAME means the site; listed as written, NAME and its other
// names went on as before. read reports that www. was read away. Kept
// as written is what readWWW keeps so (www. as a tenant's name on a
// platform's ending, www.github.io; www.com-NAME.com; a user-content or
// file-drop host named with its www.), www. in front of a hosting
// platform or a tenant service (www.weebly.com, www.okta.com), whose
// bare name would take in every tenant's site, and www. in front of a
// name where anyone publishes (othersPublish: google.com holds
// sites.google.com, t.me every channel, bit.ly every code; short holds
// the operator's shorteners).
func siteEntry(v string, short map[string]bool) (entry string, read bool) {
	end := strings.IndexAny(v, "/?")
	if end < 0 {
		end = len(v)
	}
	host := v[:end]
	site := wwwReadAway(host)
	if site == host || model.HostingPlatform(site) || tenantServices[site] || othersPublish(site, short) {
		return v, false
	}
	return site + v[end:], true
}

// wwwReadAway returns host (lower case, as ParseListValue writes it) as
// the classifier reads a link's host that no list names (readWWW):
// www.NAME as NAME, and host itself where www. is kept (www.github.io,
// www.co.uk, www.com-NAME.com, a user-content or file-drop host).
func wwwReadAway(host string) string {
	if !strings.HasPrefix(host, "www.") {
		return host
	}
	l, ok := linkx.Parse("https://" + host + "/")
	if !ok || l.Host != host {
		return host
	}
	readWWW(&l, &knowledge{lists: &ListSet{}})
	return l.Host
}

// othersPublish reports a site under whose name anyone publishes: a
// shortener (a built-in one or one of short), or a name that is, or
// holds, a user-content, contact or file-drop host (google.com holds
// sites.google.com and docs.google.com; telegra.ph, t.me). An entry for
// it would take in every stranger's page there.
func othersPublish(site string, short map[string]bool) bool {
	if shorteners[site] || short[site] {
		return true
	}
	for _, hosts := range [...]map[string]bool{userContent, contactHosts, fileDrops} {
		if hosts[site] {
			return true
		}
		for h := range hosts {
			if strings.HasSuffix(h, "."+site) {
				return true
			}
		}
	}
	return false
}
