package bot

import "strings"

// splitSlash appends to dst the pieces of s between its slashes, as
// strings.Split(s, "/") returns them ("" gives one empty piece), and
// returns dst: a caller passes a buffer on its stack, so that a path's
// segments cost no allocation (speed46).
func splitSlash(dst []string, s string) []string {
	for {
		i := strings.IndexByte(s, '/')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

// indexToolSet holds indexTools, and indexToolShortest and
// indexToolLongest their lengths' bounds (namesIndexTool).
var (
	indexToolSet                        = setOf(indexTools...)
	indexToolShortest, indexToolLongest = func() (int, int) {
		lo, hi := len(indexTools[0]), 0
		for _, t := range indexTools {
			lo, hi = min(lo, len(t)), max(hi, len(t))
		}
		return lo, hi
	}()
)

// namesIndexTool reports whether s holds one of indexTools as a word of
// its own in any case, as lastWordFold finds it: a run of word bytes
// (isWordByte) that is the tool. installCommand's cheap look before it
// looks for each tool in turn (speed46).
func namesIndexTool(s string) bool {
	var buf [16]byte
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if n := j - i; n >= indexToolShortest && n <= min(indexToolLongest, len(buf)) {
			for k := range n {
				buf[k] = lowerASCII(s[i+k])
			}
			if indexToolSet[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}
