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

// TestHelpCommandAndFlagsFirst: "immune help scan" says what "immune scan
// -h" says (it printed the general usage), and flags written before the
// command are answered with the command line in its order (it was
// "unknown command \"-config\"").
func TestHelpCommandAndFlagsFirst(t *testing.T) {
	t.Parallel()
	code, out, errs := immune(t, "", "help", "scan")
	_, _, want := immune(t, "", "scan", "-h")
	if code != 0 || !strings.HasPrefix(out+errs, "Usage: immune scan") || out+errs != want {
		t.Errorf("help scan: exit %d\n%s%s", code, out, errs)
	}
	if code, _, errs := immune(t, "", "help", "frobnicate"); code != exitUsage || !strings.Contains(errs, `unknown command "frobnicate"`) {
		t.Errorf("help frobnicate: exit %d\n%s", code, errs)
	}
	code, _, errs = immune(t, "", "-config", "immune.toml", "run")
	if code != exitUsage || !strings.Contains(errs, "immune: the command comes first, then its flags: immune run -config immune.toml\n") {
		t.Errorf("flags before the command: exit %d\n%s", code, errs)
	}
}
