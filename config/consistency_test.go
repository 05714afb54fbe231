package config_test

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/immunebot/immune/config"
)

// configKeys lists every key of the configuration file, as "table.key"
// ("expand.user_agent", "feeds.remote.url", "brands.name"), from the toml
// tags of config.Config.
func configKeys(t reflect.Type, prefix string) []string {
	var keys []string
	for i := range t.NumField() {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		ft := f.Type
		if ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.Struct {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && ft.PkgPath() != "time" {
			keys = append(keys, configKeys(ft, prefix+tag+".")...)
			continue
		}
		keys = append(keys, prefix+tag)
	}
	return keys
}

var (
	tableLine = regexp.MustCompile(`^#?\s*\[\[?([a-z_.]+)\]\]?\s*$`)
	keyLine   = regexp.MustCompile(`^#?\s*([a-z_]+)\s*=`)
)

// TestEveryKeyDocumented checks that every key the code reads appears in
// config.example.toml (set, or commented out) with a comment beside or
// above it, and that README.md's table of keys names it on its table's
// row (a word found anywhere in the README proved nothing: "name", "url"
// and "path" are in it whatever the table says), naming no key the code
// does not read.
func TestEveryKeyDocumented(t *testing.T) {
	t.Parallel()
	example, err := os.ReadFile("../config.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	inTable := readmeKeys(t, string(readme))
	lines := strings.Split(string(example), "\n")
	found := map[string]bool{}
	commented := map[string]bool{}
	table := ""
	for i, line := range lines {
		if m := tableLine.FindStringSubmatch(line); m != nil {
			table = m[1]
			continue
		}
		m := keyLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		key := m[1]
		if table != "" {
			key = table + "." + key
		}
		found[key] = true
		// a comment after the value, or a comment line above the run of
		// keys this one belongs to
		if strings.Contains(line[len(m[0]):], " # ") {
			commented[key] = true
			continue
		}
		for j := i - 1; j >= 0; j-- {
			prev := strings.TrimSpace(lines[j])
			if prev == "" || tableLine.MatchString(prev) {
				break
			}
			if strings.HasPrefix(prev, "#") && !keyLine.MatchString(prev) {
				commented[key] = true
				break
			}
		}
	}
	for _, key := range configKeys(reflect.TypeOf(config.Config{}), "") {
		if !found[key] {
			t.Errorf("%s: not in config.example.toml", key)
			continue
		}
		if !commented[key] {
			t.Errorf("%s: no comment in config.example.toml", key)
		}
		if !inTable[key] {
			t.Errorf("%s: not in README.md's table of keys", key)
		}
	}
}

var (
	tableRow = regexp.MustCompile(`^\| (` + "`" + `\[.*?) \| (.*) \|$`)
	quoted   = regexp.MustCompile("`" + `\[*([a-z_.]+)\]*` + "`")
)

// readmeKeys returns the keys README.md's table of keys names, as
// "table.key": a name on a row is a key of the row's table, or of one of
// them ("| `[feeds]`, `[[feeds.remote]]` | `files`, ..., `url` |" names
// feeds.files and feeds.remote.url). A name that is a key of none of the
// row's tables is reported.
func readmeKeys(t *testing.T, readme string) map[string]bool {
	all := map[string]bool{}
	for _, key := range configKeys(reflect.TypeOf(config.Config{}), "") {
		all[key] = true
	}
	keys := map[string]bool{}
	rows := 0
	for _, line := range strings.Split(readme, "\n") {
		m := tableRow.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		rows++
		tables := quoted.FindAllStringSubmatch(m[1], -1)
		for _, name := range quoted.FindAllStringSubmatch(m[2], -1) {
			known := false
			for _, table := range tables {
				if key := table[1] + "." + name[1]; all[key] {
					keys[key], known = true, true
				}
			}
			if !known {
				t.Errorf("README.md's table of keys names %s on the row of %s, which has no such key", name[1], m[1])
			}
		}
	}
	if rows == 0 {
		t.Fatal("README.md has no table of keys (rows \"| `[table]` | `key`, ... |\")")
	}
	return keys
}
