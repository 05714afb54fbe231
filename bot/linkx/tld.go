package linkx

import (
	"sync"

	"golang.org/x/net/publicsuffix"
)

// tlds answers "is this label an ICANN top-level domain?" without
// allocating. publicsuffix.PublicSuffix allocates on every call (it tries the
// input as an IP address first), which a scan of plain chat cannot afford, so
// all two- and three-letter answers are computed once and longer labels are
// cached as they are met.
var tlds = newTLDSet()

const maxTLDCache = 8192

type tldSet struct {
	short map[string]bool // every ICANN TLD of two or three letters

	mu   sync.RWMutex
	long map[string]bool // answers for longer labels, positive and negative
}

func newTLDSet() *tldSet {
	s := &tldSet{short: make(map[string]bool, 512), long: make(map[string]bool, 256)}
	var b [3]byte
	for x := byte('a'); x <= 'z'; x++ {
		b[0] = x
		for y := byte('a'); y <= 'z'; y++ {
			b[1] = y
			if icann(string(b[:2])) {
				s.short[string(b[:2])] = true
			}
			for z := byte('a'); z <= 'z'; z++ {
				b[2] = z
				if icann(string(b[:3])) {
					s.short[string(b[:3])] = true
				}
			}
		}
	}
	return s
}

func icann(label string) bool {
	_, ok := publicsuffix.PublicSuffix(label)
	return ok
}

// has reports whether the lower-case label is an ICANN TLD.
func (s *tldSet) has(label []byte) bool {
	if len(label) < 2 {
		return false
	}
	if len(label) <= 3 {
		return s.short[string(label)]
	}
	s.mu.RLock()
	v, ok := s.long[string(label)]
	s.mu.RUnlock()
	if ok {
		return v
	}
	v = icann(string(label))
	s.mu.Lock()
	if len(s.long) < maxTLDCache {
		s.long[string(label)] = v
	}
	s.mu.Unlock()
	return v
}

// IsTLD reports whether label (any case) is an ICANN top-level domain.
func IsTLD(label string) bool {
	var buf [64]byte
	if len(label) > len(buf) {
		return false
	}
	n := copy(buf[:], label)
	for i := 0; i < n; i++ {
		c := buf[i]
		switch {
		case c >= 'A' && c <= 'Z':
			buf[i] = c + 'a' - 'A'
		case c >= 'a' && c <= 'z':
		case c == '-' || c >= '0' && c <= '9':
			// IDN TLDs in punycode: xn--...
		default:
			return false
		}
	}
	return tlds.has(buf[:n])
}
