package linkx

import (
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"
)

// Link is one link found in a message, normalised.
type Link struct {
	Raw      string // the link as written, after undoing any disguise
	Scheme   string // lower-case scheme; empty for a bare domain
	UserInfo string // whatever stood before '@' in the authority
	// Host is the host in lower-case ASCII (punycode for IDNs) without a
	// trailing dot; an IPv4 address in any notation is written dotted-decimal.
	Host string
	// Unicode is Host as a reader sees it, with punycode labels decoded.
	Unicode string
	Port    string
	Path    string // path, without query and fragment
	Query   string
	// Domain is the registrable domain (eTLD+1) in ASCII; empty for IP
	// addresses, single-label hosts and hosts that are a public suffix.
	Domain string
	Suffix string     // the public suffix of Host
	IP     netip.Addr // valid when Host is an IP address
	// ICANN reports whether Suffix is an ICANN-managed suffix (not a private
	// suffix such as github.io, nor an unknown top-level domain).
	ICANN bool

	Bare      bool // written without a scheme
	Disguised bool // written defanged or broken up (hxxp, [.], ［.］, (dot), spaced or full-width dots)
	Hidden    bool // invisible or direction-changing characters were inside
	Carried   bool // came from outside the text (entity, masked link, button)
	// Defanged reports a link whose every disguise is a defang written
	// as security analysts quote indicators, so that they cannot be
	// clicked: hxxp, [.], [:], [://] or [dot], with no spaces beside
	// them (not "(dot)", "{.}", "h**p", " [.] ", a spaced or full-width
	// dot, a dot inside full-width or other lookalike brackets ("［.］",
	// "〔.〕"), nor an invisible character).
	Defanged bool
	// DotDisguised reports a link read only because its host's last dot
	// was written disguised ("[.]", "(.)", "[dot]", " . ", a wide dot): a
	// name under an ending that is more often a file's (wallet-scan[.]app),
	// or a host after a scheme that is none ("meow://", "h__ps://",
	// "[https]://"), which written plainly are a file's name or a path's
	// segment.
	DotDisguised bool
	// NumericIP reports an IPv4 address written otherwise than as four
	// decimal numbers without leading zeros: one number (3232235777),
	// hexadecimal (0xC0A80101), octal (0300.0250.1.1) or fewer parts
	// (127.1). Browsers and curl go to the address; no one writes it so
	// but to hide it.
	NumericIP bool
	// Via names the redirector or proxy the link was written through
	// when Unwrap replaced it by its destination; NoWrapper otherwise.
	Via     Wrapper
	Visible string

	start, end int // where Raw stands in the (refanged) text
	// frag is what follows '#' in the destination of a link Unwrap
	// replaced or AppendCarried added (Fragment)
	frag string
}

// Span returns where the link stands in the text Extract read, after the
// disguises are undone (the text Refang returns): that text[start:end] is
// Raw. A link that was not found in a text (Parse) has the span 0, 0.
func (l *Link) Span() (start, end int) { return l.start, l.end }

// Label returns the registrable domain without its public suffix
// ("dlscord" for www.dlscord.com), or the host when there is no domain.
func (l *Link) Label() string {
	if l.Domain == "" {
		return l.Host
	}
	if len(l.Domain) > len(l.Suffix)+1 {
		return l.Domain[:len(l.Domain)-len(l.Suffix)-1]
	}
	return l.Domain
}

// Subdomain returns the part of Host before the registrable domain, without
// the joining dot ("www" for www.example.com).
func (l *Link) Subdomain() string {
	if l.Domain == "" || len(l.Host) <= len(l.Domain)+1 {
		return ""
	}
	return l.Host[:len(l.Host)-len(l.Domain)-1]
}

// File returns the last segment of the path, percent-decoded, or "" when the
// path ends in a slash.
func (l *Link) File() string {
	p := l.Path
	// the last segment and whether it holds a '%', in one pass from the
	// end: most are a few bytes, shorter than a search for the '%' costs
	i, escaped := len(p), false
	for i > 0 && p[i-1] != '/' {
		i--
		if p[i] == '%' {
			escaped = true
		}
	}
	seg := p[i:]
	if escaped {
		if d, ok := unescape(seg); ok {
			seg = d
		}
	}
	return seg
}

// Target returns host and path, the part of a link that says where it goes;
// two links with the same target lead to the same page.
func (l *Link) Target() string {
	p := strings.TrimRight(l.Path, "/")
	return l.Host + p
}

// Parse reads one link as written in a message, with or without a scheme,
// and normalises it. It reports false when there is no usable host. Links
// repeat in chat, so recent answers are cached.
func Parse(raw string) (Link, bool) {
	var l Link
	ok := parseTo(raw, &l)
	return l, ok
}

// parseTo is Parse writing the link into l, whole: the links a text is
// read for are copied once from the cache into their place, not through
// Parse's result and their reader's.
func parseTo(raw string, l *Link) bool {
	if parsed.get(raw, l) {
		return true
	}
	var ok bool
	if len(raw) > maxCachedLink {
		*l, ok = parse(raw)
		return ok
	}
	// The cached link's strings are slices of its text: parsed from a
	// copy, they keep the copy alive, not the whole message raw was cut
	// from (up to linkShards*linkShardMax messages otherwise).
	kept := strings.Clone(raw)
	*l, ok = parse(kept)
	if ok {
		parsed.put(kept, *l)
	}
	return ok
}

func parse(raw string) (Link, bool) {
	l := Link{Raw: raw}
	rest := raw
	if i := strings.Index(rest, "://"); i > 0 && isScheme(rest[:i]) {
		l.Scheme = strings.ToLower(rest[:i])
		rest = rest[i+3:]
	} else if i := strings.IndexByte(rest, ':'); i > 0 && strings.HasPrefix(rest[i:], ":\\\\") {
		l.Scheme = strings.ToLower(rest[:i])
		rest = rest[i+3:]
	} else {
		l.Bare = true
	}
	// Browsers read a backslash in the authority as a slash.
	end := authorityEnd(rest)
	if end < 0 {
		end = len(rest)
	}
	auth, tail := rest[:end], rest[end:]
	if at := strings.LastIndexByte(auth, '@'); at >= 0 {
		l.UserInfo, auth = auth[:at], auth[at+1:]
	}
	host := auth
	if strings.HasPrefix(host, "[") {
		if j := strings.IndexByte(host, ']'); j > 0 {
			if a, err := netip.ParseAddr(host[1:j]); err == nil {
				// A zone names an interface of the reader's machine; it is
				// no part of where a link leads.
				l.IP = a.Unmap().WithZone("")
			}
			if p, ok := strings.CutPrefix(host[j+1:], ":"); ok {
				l.Port = p
			}
			host = host[1:j]
		}
	} else if j := strings.LastIndexByte(host, ':'); j >= 0 {
		if allDigits(host[j+1:]) {
			l.Port = host[j+1:]
			host = host[:j]
		}
	}
	if strings.IndexByte(host, '%') >= 0 {
		if d, ok := unescape(host); ok {
			host = d
		}
	}
	host = strings.TrimRight(host, ".")
	if host == "" {
		return l, false
	}
	if q := queryStart(tail); q >= 0 {
		l.Path = strings.ReplaceAll(tail[:q], "\\", "/")
		if tail[q] == '?' {
			l.Query = tail[q+1:]
			if h := strings.IndexByte(l.Query, '#'); h >= 0 {
				l.Query = l.Query[:h]
			}
		}
	} else {
		l.Path = strings.ReplaceAll(tail, "\\", "/")
	}
	if !l.IP.IsValid() {
		if a, ok := parseIPv4(host); ok {
			l.IP = a
			l.NumericIP = host != a.String()
		}
	}
	if l.IP.IsValid() {
		l.Host = l.IP.String()
		l.Unicode = l.Host
		return l, true
	}
	if !normaliseHost(&l, host) {
		return l, false
	}
	return l, true
}

// authorityEnd is strings.IndexAny(s, "/?#\\"): where the authority of
// a URL after its scheme ends. A byte loop, as the bytes looked for are
// ASCII (strings.IndexAny builds its set of them on every call).
func authorityEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '/', '?', '#', '\\':
			return i
		}
	}
	return -1
}

// queryStart is strings.IndexAny(s, "?#"), by a byte loop as authorityEnd.
func queryStart(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '?' || c == '#' {
			return i
		}
	}
	return -1
}

// normaliseHost fills Host, Unicode, Domain, Suffix and ICANN from a raw
// host name, and reports whether it is one.
func normaliseHost(l *Link, host string) bool {
	n, ok := names.get(host)
	if !ok {
		if len(host) > 253 {
			// longer than any host name: not kept
			var m hostName
			normaliseName(&m, host)
			n = &m
		} else {
			host = strings.Clone(host) // not a slice of the message
			n = new(hostName)
			normaliseName(n, host)
			names.put(host, n)
		}
	}
	if n.ok {
		l.Host, l.Unicode, l.Suffix, l.ICANN, l.Domain = n.host, n.unicode, n.suffix, n.icann, n.domain
	}
	return n.ok
}

// normaliseName normalises a raw host name into n: lower-case ASCII,
// as a reader sees it, its public suffix and registrable domain.
func normaliseName(n *hostName, host string) {
	ascii := true
	for i := 0; i < len(host); i++ {
		if host[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	unicodeName := "" // the name as a reader sees it, when known without decoding
	if ascii {
		host = strings.ToLower(host)
	} else if keptIDN(host) {
		// what idna.Lookup leaves as it is (keptIDN): encoded alone
		a, err := idna.Punycode.ToASCII(host)
		if err != nil {
			return
		}
		unicodeName = host
		host = strings.TrimRight(a, ".")
	} else {
		a, err := idna.Lookup.ToASCII(host)
		if err != nil {
			// Not a valid IDN (mixed directions, disallowed runes): encode
			// it anyway so that it can still be judged.
			a, err = idna.Punycode.ToASCII(strings.ToLower(host))
			if err != nil {
				return
			}
		}
		host = strings.TrimRight(a, ".")
	}
	if host == "" || strings.Contains(host, "..") || !validHostChars(host) {
		return
	}
	n.ok = true
	n.host = host
	n.unicode = host
	if unicodeName != "" {
		n.unicode = unicodeName
	} else if strings.Contains(host, "xn--") {
		if u, err := idna.Punycode.ToUnicode(host); err == nil {
			n.unicode = u
		}
	}
	n.suffix, n.icann = publicsuffix.PublicSuffix(host)
	if d, ok := domainOf(host, n.suffix); ok {
		n.domain = d
	}
}

// domainOf returns the registrable domain of host under its public
// suffix, as publicsuffix.EffectiveTLDPlusOne(host) does, without
// looking the suffix up a second time, and false where it returns an
// error.
func domainOf(host, suffix string) (string, bool) {
	if strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") || strings.Contains(host, "..") || len(host) <= len(suffix) {
		return "", false
	}
	i := len(host) - len(suffix) - 1
	if host[i] != '.' {
		return "", false
	}
	return host[1+strings.LastIndexByte(host[:i], '.'):], true
}

// validHostChars reports whether an ASCII host holds only the characters a
// host name can (letters, digits, '-', '_', '.').
func validHostChars(h string) bool {
	for i := 0; i < len(h); i++ {
		c := h[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_') {
			return false
		}
	}
	return true
}

func isScheme(s string) bool {
	if s == "" || len(s) > 16 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z' || i > 0 && (s[i] >= '0' && s[i] <= '9' || s[i] == '+' || s[i] == '-' || s[i] == '.')) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseIPv4 reads an IPv4 address the way inet_aton and browsers do: one to
// four parts, each decimal, hex (0x) or octal (leading 0), the last part
// filling the remaining bytes. "3232235777", "0xC0A80101" and
// "0300.0250.1.1" are all 192.168.1.1.
func parseIPv4(s string) (netip.Addr, bool) {
	if s == "" || len(s) > 64 {
		return netip.Addr{}, false
	}
	var parts [4]uint64
	n := 0
	for {
		dot := strings.IndexByte(s, '.')
		p := s
		if dot >= 0 {
			p = s[:dot]
		}
		if n == 4 || p == "" {
			return netip.Addr{}, false
		}
		v, ok := parseIPPart(p)
		if !ok {
			return netip.Addr{}, false
		}
		parts[n] = v
		n++
		if dot < 0 {
			break
		}
		s = s[dot+1:]
		if s == "" { // trailing dot was trimmed by the caller; be safe
			break
		}
	}
	var v uint64
	for i := 0; i < n-1; i++ {
		if parts[i] > 255 {
			return netip.Addr{}, false
		}
		v |= parts[i] << (8 * (3 - i))
	}
	last := parts[n-1]
	if last >= 1<<(8*(5-n)) {
		return netip.Addr{}, false
	}
	v |= last
	return netip.AddrFrom4([4]byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}), true
}

func parseIPPart(p string) (uint64, bool) {
	base := 10
	switch {
	case len(p) > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'):
		base, p = 16, p[2:]
	case len(p) > 1 && p[0] == '0':
		base, p = 8, p[1:]
	}
	// most hosts are names, not numbers: a part that is no number in its
	// base is turned down before ParseUint, whose error is allocated
	// (about 700 instructions a new link)
	if p == "" {
		return 0, false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= '0' && c <= '7':
		case c <= '9' && c >= '8' && base != 8:
		case base == 16 && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'):
		default:
			return 0, false
		}
	}
	v, err := strconv.ParseUint(p, base, 32)
	return v, err == nil
}

// unescape decodes %XX escapes; it reports false on a malformed escape.
func unescape(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		if i+2 >= len(s) {
			return s, false
		}
		h, ok1 := unhex(s[i+1])
		lo, ok2 := unhex(s[i+2])
		if !ok1 || !ok2 {
			return s, false
		}
		b.WriteByte(h<<4 | lo)
		i += 2
	}
	return b.String(), true
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// Defang writes a host or URL so that no chat client turns it into a link:
// every dot of the host becomes "[.]" and a scheme "http" becomes "hxxp".
func Defang(s string) string {
	if s == "" {
		return s
	}
	scheme, rest := "", s
	if i := strings.Index(rest, "://"); i > 0 {
		scheme, rest = rest[:i+3], rest[i+3:]
	}
	end := len(rest) // the host ends at the first of / ? #
	for i := 0; i < len(rest); i++ {
		if c := rest[i]; c == '/' || c == '?' || c == '#' {
			end = i
			break
		}
	}
	host := rest[:end]
	dots := strings.Count(host, ".")
	// written into a buffer of the result's length: each dot of the
	// host as [.], and a scheme that starts with http (in any case) with
	// hxxp, of the same length
	var b strings.Builder
	b.Grow(len(s) + 2*dots)
	if len(scheme) >= 7 && scheme[0]|0x20 == 'h' && scheme[1]|0x20 == 't' && scheme[2]|0x20 == 't' && scheme[3]|0x20 == 'p' {
		b.WriteString("hxxp")
		b.WriteString(scheme[4:])
	} else {
		b.WriteString(scheme)
	}
	for ; dots > 0; dots-- {
		i := strings.IndexByte(host, '.')
		b.WriteString(host[:i])
		b.WriteString("[.]")
		host = host[i+1:]
	}
	b.WriteString(host)
	b.WriteString(rest[end:])
	return b.String()
}
