package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
)

// exitUsage is the exit code of a command-line or configuration mistake.
const exitUsage = 2

// errUsage marks an error the user can fix by changing how immune is run.
var errUsage = errors.New("usage")

const usage = `immune defends group chats from phishing links, lookalike domains,
disguised files and hijacked accounts.

Usage:
  immune run [-config FILE] [-new-store]
                                      run the live bot (Telegram and/or Discord)
  immune scan [-config FILE] [-db FILE] [-batch N] [-new-store]
                                      judge JSON lines of messages from stdin
  immune check [-config FILE] [-lang en|vi] TEXT
                                      judge one message and explain it
  immune backup [-config FILE] [-db FILE] OUT
                                      write a consistent copy of the store to OUT
  immune migrate [-config FILE] -from SRC -to DST
                                      copy a store: a bbolt file <-> "postgres"
  immune demo                         watch a scripted attack on a simulated group
  immune version                      print the version

-config is optional everywhere: without it the documented defaults apply
(config.example.toml lists them; the store is immune.db in the current
directory). Tokens come from the environment: IMMUNE_TELEGRAM_TOKEN,
IMMUNE_DISCORD_TOKEN, and the PostgreSQL URL ([store] driver = "postgres")
from IMMUNE_STORE_URL. Run "immune COMMAND -h" (or "immune help COMMAND")
for a command's flags.
`

// commands are the subcommands run knows.
var commands = []string{"run", "scan", "check", "backup", "migrate", "demo", "version", "help"}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run runs one subcommand and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "run":
		err = runBot(ctx, rest, stderr)
	case "scan":
		err = runScan(ctx, rest, stdin, stdout, stderr)
	case "check":
		err = runCheck(ctx, rest, stdin, stdout, stderr)
	case "backup":
		err = runBackup(ctx, rest, stdout, stderr)
	case "migrate":
		err = runMigrate(ctx, rest, stdout, stderr)
	case "demo":
		err = runDemo(ctx, rest, stdout, stderr)
	case "version", "-version", "--version":
		err = runVersion(rest, stdout, stderr)
	case "-h", "-help", "--help", "help":
		if cmd == "help" && len(rest) > 0 {
			// "immune help scan": what "immune scan -h" says
			return run(ctx, []string{rest[0], "-h"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return 0
	default:
		if i := slices.IndexFunc(args, func(a string) bool { return slices.Contains(commands, a) }); i > 0 && strings.HasPrefix(cmd, "-") {
			// "immune -config x.toml run": flags are the command's
			fixed := append(append([]string{args[i]}, args[:i]...), args[i+1:]...)
			fmt.Fprintf(stderr, "immune: the command comes first, then its flags: immune %s\n", strings.Join(fixed, " "))
			return exitUsage
		}
		fmt.Fprintf(stderr, "immune: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		fmt.Fprintf(stderr, "immune: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "immune: %v\n", err)
		return 1
	}
}

// usageError marks err as the user's to fix, so that run exits with
// exitUsage.
func usageError(err error) error { return usageErr{err} }

type usageErr struct{ err error }

// Error returns the message of the wrapped error.
func (u usageErr) Error() string { return u.err.Error() }

// Unwrap returns the wrapped error and errUsage.
func (u usageErr) Unwrap() []error { return []error{u.err, errUsage} }

// parseFlags parses fs's flags wherever they stand among args and returns
// the other arguments in order, so that "immune check TEXT -lang vi" and
// "immune backup OUT -db FILE" read their flags as the person who typed
// them means (the flag package alone stops at the first argument and
// would take "-lang vi" for part of the text). An argument that starts
// with a dash but names none of fs's flags stays an argument (a message's
// "-50%"), except a misspelt flag written before any argument ("-lnag"),
// and every argument after "--" is one. A flag the command does
// not have, or a bad value, is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		// arguments before the first flag-shaped one are arguments, even
		// when they start with a dash ("-50% off"): the flag package
		// would take one first for an unknown flag
		i := 0
		for i < len(args) && args[i] != "--" && !namesFlag(fs, args[i]) && !flagShaped(args[i]) {
			i++
		}
		rest, args = append(rest, args[:i]...), args[i:]
		if len(args) == 0 {
			return rest, nil
		}
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError(err) // the flag package has shown the usage
		}
		if n := len(args) - fs.NArg(); n > 0 && args[n-1] == "--" {
			return append(rest, fs.Args()...), nil
		}
		args = fs.Args()
		i = 0
		for i < len(args) && !namesFlag(fs, args[i]) {
			if args[i] == "--" {
				return append(append(rest, args[:i]...), args[i+1:]...), nil
			}
			i++
		}
		rest = append(rest, args[:i]...)
		if i == len(args) {
			return rest, nil
		}
		args = args[i:]
	}
}

// namesFlag reports whether arg is one of fs's flags ("-lang", "--lang",
// "-lang=vi") or a request for help.
func namesFlag(fs *flag.FlagSet, arg string) bool {
	name, ok := strings.CutPrefix(arg, "-")
	if !ok {
		return false
	}
	name = strings.TrimPrefix(name, "-")
	name, _, _ = strings.Cut(name, "=")
	return name == "h" || name == "help" || name != "" && fs.Lookup(name) != nil
}

// flagShaped reports whether arg is written as a flag is, a dash or two
// and a letter, without a space ("-lnag", "--db=x"), whether or not the
// command has it; "-50%", "-" and "- note" are not.
func flagShaped(arg string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if name == arg || name == "" || strings.ContainsAny(arg, " \t") {
		return false
	}
	c := name[0]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// noArgs refuses the arguments of a command that takes none but its
// flags; a config file given without -config is named as the mistake it
// is, since running on the defaults instead would ignore it.
func noArgs(cmd string, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if strings.HasSuffix(args[0], ".toml") {
		return usageError(fmt.Errorf("%s takes no arguments; unexpected %q: give a config file as -config %s", cmd, args[0], args[0]))
	}
	return usageError(fmt.Errorf("%s takes no arguments besides its flags; unexpected %q", cmd, args[0]))
}
