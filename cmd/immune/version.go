package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// version is the release, set at build time with
// -ldflags "-X main.version=v1.2.3"; without it the module version or the
// VCS revision the binary was built from stands in.
var version = ""

// buildInfo describes the running binary.
type buildInfo struct {
	Version  string // release, module version, or "devel"
	Go       string // the Go release it was built with
	Revision string // VCS revision, if known
	Modified bool   // built from a tree with uncommitted changes
}

// readBuildInfo returns what the binary knows about its build.
func readBuildInfo() buildInfo {
	b := buildInfo{Version: version, Go: runtime.Version()}
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Revision = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
		if b.Version == "" && info.Main.Version != "" && info.Main.Version != "(devel)" {
			b.Version = info.Main.Version
		}
	}
	if b.Version == "" {
		b.Version = "devel"
		if b.Revision != "" {
			b.Version += "-" + short(b.Revision)
		}
	}
	return b
}

func short(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}

// String is the line `immune version` prints.
func (b buildInfo) String() string {
	s := "immune " + b.Version + " (" + b.Go
	if b.Revision != "" {
		s += ", revision " + short(b.Revision)
		if b.Modified {
			s += " with local changes"
		}
	}
	return s + ")"
}

func runVersion(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: immune version\n\nPrints the version of immune and the Go release it was built with.\n")
	}
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError(fmt.Errorf("version takes no arguments; unexpected %q", rest[0]))
	}
	_, err = fmt.Fprintln(stdout, readBuildInfo())
	return err
}
