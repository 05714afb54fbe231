package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestHelpNamesEveryFlag: immune --help shows, on each command's line,
// every flag the command takes ("immune COMMAND -h" lists them), so that
// no flag is found only by asking the command.
func TestHelpNamesEveryFlag(t *testing.T) {
	t.Parallel()
	code, help, _ := immune(t, "", "--help")
	if code != 0 {
		t.Fatalf("--help: exit %d", code)
	}
	// a command's entry runs from "  immune CMD" to the next "  immune "
	entry := func(cmd string) string {
		_, rest, ok := strings.Cut(help, "  immune "+cmd+" ")
		if !ok {
			_, rest, ok = strings.Cut(help, "  immune "+cmd+"\n")
		}
		if !ok {
			t.Fatalf("--help has no line for %s:\n%s", cmd, help)
		}
		if i := strings.Index(rest, "  immune "); i >= 0 {
			rest = rest[:i]
		}
		return rest
	}
	flagName := regexp.MustCompile(`(?m)^  (-[a-z-]+)`)
	for _, cmd := range []string{"run", "scan", "check", "backup", "migrate"} {
		_, _, errs := immune(t, "", cmd, "-h")
		flags := flagName.FindAllStringSubmatch(errs, -1)
		if len(flags) == 0 {
			t.Fatalf("%s -h lists no flags:\n%s", cmd, errs)
		}
		line := entry(cmd)
		for _, f := range flags {
			if !strings.Contains(line, "["+f[1]+" ") && !strings.Contains(line, "["+f[1]+"]") && !strings.Contains(line, " "+f[1]+" ") {
				t.Errorf("immune --help does not name %s %s: %q", cmd, f[1], line)
			}
		}
	}
}
