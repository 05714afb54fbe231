package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestDocumentedExamplesRun runs every "$ immune ..." example of README.md
// and docs/ (an "echo '...' | immune scan" too) and holds that it prints
// what the document shows, scores and the learned model's own words aside
// (a retrained model moves them), while a reason that came or went, or
// another verdict, changes what a reader is told.
func TestDocumentedExamplesRun(t *testing.T) {
	t.Parallel()
	example := regexp.MustCompile("(?m)^\\$ (?:echo '([^']*)' \\| )?immune (.*)\n((?:[^`].*\n)*)```")
	number := regexp.MustCompile(`\d+\.\d+`)
	model := regexp.MustCompile(`(phishing_pattern: |"code":"phishing_pattern","detail":")[^"\n]*`)
	mask := func(s string) string { return model.ReplaceAllString(number.ReplaceAllString(s, "N"), "$1…") }
	found := 0
	for _, doc := range []string{"../../README.md", "../../docs/scan.md", "../../docs/telegram.md", "../../docs/discord.md"} {
		text, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range example.FindAllStringSubmatch(string(text), -1) {
			found++
			stdin, args, want := m[1], shellWords(t, m[2]), m[3]
			if stdin != "" {
				stdin += "\n"
			}
			code, out, errs := immune(t, stdin, args...)
			if code != 0 {
				t.Errorf("%s: immune %s: exit %d: %s", doc, m[2], code, errs)
				continue
			}
			if mask(out) != mask(want) {
				t.Errorf("%s: immune %s prints\n%s\nwhere the document shows\n%s", doc, m[2], out, want)
			}
		}
	}
	if found < 3 {
		t.Errorf("found %d examples, want the 3 of README.md and docs/scan.md", found)
	}
}

// shellWords splits a documented command line: words apart by spaces,
// double-quoted words whole.
func shellWords(t *testing.T, s string) []string {
	var words []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				t.Fatalf("unclosed quote in %q", s)
			}
			words = append(words, s[1:end+1])
			s = s[end+2:]
			continue
		}
		w, rest, _ := strings.Cut(s, " ")
		words = append(words, w)
		s = rest
	}
	return words
}

// TestReadmeSaysHowToGetTheCommand holds that README.md installs the
// immune command before it first runs it: a newcomer who ran the quick
// start's "go run ./cmd/immune demo" and then the usage's "immune check"
// met "command not found", with no word of go install anywhere.
func TestReadmeSaysHowToGetTheCommand(t *testing.T) {
	t.Parallel()
	text, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	install := regexp.MustCompile(`(?m)^go (install|build -o \S*immune) \./cmd/immune\b`).FindIndex(text)
	use := regexp.MustCompile(`(?m)^(\$ )?immune (run|scan|check|backup|migrate|demo|version)\b`).FindIndex(text)
	if use == nil {
		t.Fatal("README.md runs no immune command")
	}
	if install == nil || install[0] > use[0] {
		t.Errorf("README.md runs immune (offset %d) before it says how to install it (%v)", use[0], install)
	}
}

// TestDocsMakeTheConfigTheyRun holds that every document that runs
// "immune run -config immune.toml" first makes immune.toml: on a fresh
// clone there is none, and the docs' commands failed as written.
func TestDocsMakeTheConfigTheyRun(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{"../../README.md", "../../docs/telegram.md", "../../docs/discord.md"} {
		text, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		run := regexp.MustCompile(`(?m)^immune run -config immune\.toml`).FindIndex(text)
		if run == nil {
			continue
		}
		make := regexp.MustCompile(`(?m)^cp config\.example\.toml immune\.toml`).FindIndex(text)
		if make == nil || make[0] > run[0] {
			t.Errorf("%s runs immune run -config immune.toml before it makes immune.toml", doc)
		}
	}
}
