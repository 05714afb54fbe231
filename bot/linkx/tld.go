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
	// short marks every ICANN TLD of two or three letters, a bit at
	// shortIndex: read with no hash (speed51a: a map of them was asked
	// for every dot's ending and every host's).
	short [(26*26 + 26*26*26 + 63) / 64]uint64

	mu   sync.RWMutex
	long map[string]bool // answers for longer labels, positive and negative
}

func newTLDSet() *tldSet {
	s := &tldSet{long: make(map[string]bool, 256)}
	var b [3]byte
	for x := byte('a'); x <= 'z'; x++ {
		b[0] = x
		for y := byte('a'); y <= 'z'; y++ {
			b[1] = y
			if icann(string(b[:2])) {
				k, _ := shortIndex(string(b[:2]))
				s.short[k/64] |= 1 << (k % 64)
			}
			for z := byte('a'); z <= 'z'; z++ {
				b[2] = z
				if icann(string(b[:3])) {
					k, _ := shortIndex(string(b[:3]))
					s.short[k/64] |= 1 << (k % 64)
				}
			}
		}
	}
	return s
}

// shortIndex numbers a label of two or three ASCII letters, in either
// case (the two-letter ones first), and reports whether label is one.
func shortIndex[T string | []byte](label T) (int, bool) {
	k := 0
	for i := 0; i < len(label); i++ {
		c := label[i] | 0x20 // lower case: only a letter's byte is in a-z after
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k*26 + int(c-'a')
	}
	if len(label) == 3 {
		k += 26 * 26
	}
	return k, true
}

// hasShort reports whether label, of two or three bytes, is an ICANN TLD
// (any case).
func (s *tldSet) hasShort(label string) bool {
	k, ok := shortIndex(label)
	return ok && s.short[k/64]&(1<<(k%64)) != 0
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
		k, ok := shortIndex(label)
		return ok && s.short[k/64]&(1<<(k%64)) != 0
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
	if len(label) <= 3 {
		// most endings asked: two or three letters, read in place
		return len(label) >= 2 && tlds.hasShort(label)
	}
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
