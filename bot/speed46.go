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
