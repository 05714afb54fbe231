package bot

import (
	"fmt"
	"strconv"
	"strings"
)

// sprintf is fmt.Sprintf(f, args...) for string arguments, with the
// verbs the texts of details use (%s, %q, %[n]s, %[n]q, %%) filled in
// directly: fmt's general path (the arguments boxed as interfaces,
// reflection on each) cost about 5,000 instructions a flagged link's
// explanation. Anything else in f (flags, widths, other verbs, an
// argument missing or left over) is left to fmt.Sprintf, so the result is
// always fmt's.
func sprintf(f string, args ...string) string {
	if s, ok := appendStrings(make([]byte, 0, len(f)+16*len(args)), f, args); ok {
		return string(s)
	}
	a := make([]any, len(args))
	for i, s := range args {
		a[i] = s
	}
	return fmt.Sprintf(f, a...)
}

// appendSprintf appends sprintf(f, args...) to b.
func appendSprintf(b []byte, f string, args ...string) []byte {
	start := len(b)
	if s, ok := appendStrings(b, f, args); ok {
		return s
	}
	return append(b[:start], sprintf(f, args...)...)
}

// appendStrings appends f with args filled in as fmt would, and reports
// false for a format it does not do the way fmt does.
func appendStrings(b []byte, f string, args []string) ([]byte, bool) {
	argNum, reordered := 0, false
	for i := 0; i < len(f); {
		j := strings.IndexByte(f[i:], '%')
		if j < 0 {
			b = append(b, f[i:]...)
			break
		}
		b = append(b, f[i:i+j]...)
		i += j + 1
		if i >= len(f) {
			return b, false // a lone % at the end
		}
		if f[i] == '%' {
			b = append(b, '%')
			i++
			continue
		}
		if f[i] == '[' {
			k := i + 1
			n := 0
			for k < len(f) && f[k] >= '0' && f[k] <= '9' && n < 1000 {
				n = n*10 + int(f[k]-'0')
				k++
			}
			if k == i+1 || k >= len(f) || f[k] != ']' || n < 1 || n > len(args) {
				return b, false
			}
			argNum, reordered = n-1, true
			i = k + 1
			if i >= len(f) {
				return b, false
			}
		}
		if argNum >= len(args) {
			return b, false // fmt writes %!s(MISSING)
		}
		switch f[i] {
		case 's':
			b = append(b, args[argNum]...)
		case 'q':
			b = strconv.AppendQuote(b, args[argNum])
		default:
			return b, false
		}
		argNum++
		i++
	}
	if !reordered && argNum < len(args) {
		return b, false // fmt writes %!(EXTRA …)
	}
	return b, true
}
