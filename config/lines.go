package config

import (
	"fmt"
	"regexp"
	"strings"
)

// keyLines maps a dotted key ("policy.mode") to the line it stands on.
type keyLines map[string]int

// indexKeys finds the line of every key of a TOML file. It reads only
// table headers and "key =" lines, which is all an error message needs.
// Keys are indexed in lower case, with no space around their dots: the
// decoder matches "[Policy]" and "policy . mode" to the same keys as
// "[policy]" and "policy.mode". A byte order mark at the start, which
// some editors write, is not part of the first line.
func indexKeys(text string) keyLines {
	k := keyLines{}
	table := ""
	arrays := map[string]int{}
	text = strings.TrimPrefix(text, "\ufeff")
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		line := strings.TrimSpace(raw)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[["):
			name := keyName(strings.Trim(stripComment(line), "[] "))
			if _, ok := k[name]; !ok {
				k[name] = n
			}
			// each element of an array of tables is "name[i]"
			table = fmt.Sprintf("%s[%d]", name, arrays[name])
			k[table] = n
			arrays[name]++
			continue
		case strings.HasPrefix(line, "["):
			table = keyName(strings.Trim(stripComment(line), "[] "))
			k[table] = n
			continue
		}
		key, _, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		key = keyName(key)
		full := key
		if table != "" {
			full = table + "." + key
		}
		if _, ok := k[full]; !ok {
			k[full] = n
		}
	}
	return k
}

// keyName is a key as the index holds it: lower case, unquoted, with no
// space around its dots.
func keyName(s string) string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.ToLower(strings.Trim(strings.TrimSpace(p), `"'`))
	}
	return strings.Join(parts, ".")
}

func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return s[:i]
	}
	return s
}

// line returns the line of a key, or of its nearest table, or 0.
func (k keyLines) line(key string) int {
	key = strings.ToLower(key)
	for {
		if n, ok := k[key]; ok {
			return n
		}
		i := strings.LastIndexAny(key, ".[")
		if i < 0 {
			return 0
		}
		key = key[:i]
	}
}

var elementIndex = regexp.MustCompile(`\[\d+\]`)

// undecoded returns the line of a key as the TOML decoder names it, without
// the element of an array of tables ("feeds.remote.refesh" for
// "feeds.remote[1].refesh"): the first line where it stands.
func (k keyLines) undecoded(key string) int {
	key = strings.ToLower(key)
	if n, ok := k[key]; ok {
		return n
	}
	first := 0
	for full, n := range k {
		if elementIndex.ReplaceAllString(full, "") == key && (first == 0 || n < first) {
			first = n
		}
	}
	if first != 0 {
		return first
	}
	return k.line(key)
}
