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
// above it, and that README.md names it.
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
		name := key[strings.LastIndex(key, ".")+1:]
		if !strings.Contains(string(readme), name) {
			t.Errorf("%s: README.md does not name it", key)
		}
	}
}
