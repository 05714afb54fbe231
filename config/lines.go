package config

import (
	"fmt"
	"reflect"
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

// knownKeys are the keys a config file may set, dotted ("policy.mode",
// "feeds.remote.name"), and its tables ("policy", "feeds.remote").
var knownKeys = keysOf(reflect.TypeFor[Config](), "")

func keysOf(t reflect.Type, prefix string) []string {
	var keys []string
	for f := range t.Fields() {
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if tag == "" || tag == "-" {
			continue
		}
		ft := f.Type
		if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
			ft = ft.Elem()
		}
		keys = append(keys, prefix+tag)
		if ft.Kind() == reflect.Struct && ft.PkgPath() != "time" {
			keys = append(keys, keysOf(ft, prefix+tag+".")...)
		}
	}
	return keys
}

// suggestKey returns the key an unknown one was most likely meant to be:
// one a letter or two away ("strike_to_restrict"), or the same name in
// another table ("policy.chats" for fanout.chats); "" when none stands
// out.
func suggestKey(key string) string {
	key = strings.ToLower(key)
	name := key[strings.LastIndexByte(key, '.')+1:]
	best, bestD, tie := "", 3, false
	var sameName []string
	for _, k := range knownKeys {
		if k[strings.LastIndexByte(k, '.')+1:] == name {
			sameName = append(sameName, k)
		}
		d := editDistance(key, k)
		if d*4 > len(key) {
			continue // too far for so short a key
		}
		switch {
		case d < bestD:
			best, bestD, tie = k, d, false
		case d == bestD:
			tie = true
		}
	}
	if best != "" && !tie {
		return best
	}
	if len(sameName) == 1 {
		return sameName[0]
	}
	return ""
}

// editDistance is the edit distance of a and b in bytes, a swap of two
// neighbours counting as one edit ("polciy" is one from "policy").
func editDistance(a, b string) int {
	pp, prev, cur := make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(b)]
}
