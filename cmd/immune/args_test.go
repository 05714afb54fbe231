package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestFlagsAfterArguments holds that a flag written after a command's
// arguments is read as the flag it is (as a person types "immune check
// TEXT -lang vi"), and that a command taking no arguments refuses one
// instead of running with the defaults: "immune run immune.toml" ran the
// bot on the defaults with its config ignored.
func TestFlagsAfterArguments(t *testing.T) {
	t.Parallel()
	dir, db := scannedStore(t)
	cfg := filepath.Join(dir, "immune.toml")
	if err := os.WriteFile(cfg, []byte("[policy]\nmode = \"warn\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	t.Run("check text then -lang", func(t *testing.T) {
		t.Parallel()
		code, out, errs := immune(t, "", "check", "free nitro https://dlscord.com/gift", "-lang", "vi")
		if code != 0 || !strings.Contains(out, "giả mạo discord.com") || strings.Contains(out, "lang") {
			t.Fatalf("exit %d: %s %s", code, out, errs)
		}
	})
	t.Run("check words that start with a dash stay text", func(t *testing.T) {
		t.Parallel()
		code, out, errs := immune(t, "", "check", "sale", "-50%", "https://dlscord.com/gift", "-lang=vi")
		if code != 0 || !strings.Contains(out, "giả mạo discord.com") {
			t.Fatalf("exit %d: %s %s", code, out, errs)
		}
	})
	t.Run("check a message that starts with a dash", func(t *testing.T) {
		t.Parallel()
		// "-50% ..." names no flag and is no flag's shape: the message
		code, out, errs := immune(t, "", "check", "-50% giảm giá https://dlscord.com/gift", "-lang", "vi")
		if code != 0 || !strings.Contains(out, "giả mạo discord.com") {
			t.Fatalf("exit %d: %s %s", code, out, errs)
		}
		// a misspelt flag first is still refused
		if code, _, errs := immune(t, "", "check", "-lnag", "vi", "hello"); code != 2 || !strings.Contains(errs, "-lnag") {
			t.Fatalf("check -lnag: exit %d: %s", code, errs)
		}
	})
	t.Run("check after --", func(t *testing.T) {
		t.Parallel()
		// everything after -- is the message, even a word like a flag
		code, out, errs := immune(t, "", "check", "--", "-lang", "vi")
		if code != 0 || !strings.Contains(out, "Looks safe") {
			t.Fatalf("exit %d: %s %s", code, out, errs)
		}
	})
	t.Run("backup OUT then -db", func(t *testing.T) {
		t.Parallel()
		out := filepath.Join(t.TempDir(), "copy.db")
		if code, _, errs := immune(t, "", "backup", out, "-db", db); code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		requireStrikes(t, out, 1)
	})
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"run with a bare config file", []string{"run", cfg}, "-config " + cfg},
		{"run with a stray argument", []string{"run", "-config", cfg, "now"}, `unexpected "now"`},
		{"demo with an argument", []string{"demo", "fast"}, `unexpected "fast"`},
		{"scan argument before a flag", []string{"scan", "in.jsonl", "-db", db}, `unexpected argument "in.jsonl"`},
		{"migrate argument before a flag", []string{"migrate", "x", "-from", db, "-to", "postgres"}, `unexpected "x"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			code, out, errs := immune(t, "", c.args...)
			if code != exitUsage || !strings.Contains(errs, c.want) || out != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want %d and %q", code, out, errs, exitUsage, c.want)
			}
		})
	}
}

// TestBackupMistakesSayWhatIsWrong holds that backup's errors say the
// trouble once and in words: "backup to x: backup to x: ..." was said
// twice, and a directory given as OUT was "rename ...: file exists".
func TestBackupMistakesSayWhatIsWrong(t *testing.T) {
	t.Parallel()
	dir, db := scannedStore(t)
	for _, c := range []struct {
		name, out, want string
		code            int
	}{
		{"the store itself", db, "backup to " + db + ": that is the store itself", 1},
		{"a directory", dir, dir + " is a directory: give the backup a file name, such as " + filepath.Join(dir, "immune-backup.db"), exitUsage},
		{"a missing directory", filepath.Join(dir, "no", "such.db"), "no such file or directory", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			code, _, errs := immune(t, "", "backup", "-db", db, c.out)
			if code != c.code || !strings.Contains(errs, c.want) || strings.Count(errs, "backup to") > 1 {
				t.Errorf("exit %d: %q; want %d and %q, said once", code, errs, c.code, c.want)
			}
		})
	}
}

// TestCheckSpeaksTheConfigsLanguage holds that check explains in the
// config's [policy] lang unless -lang says otherwise: an operator whose
// bot speaks Vietnamese got English from "immune check -config".
func TestCheckSpeaksTheConfigsLanguage(t *testing.T) {
	t.Parallel()
	cfg := filepath.Join(t.TempDir(), "immune.toml")
	if err := os.WriteFile(cfg, []byte("[policy]\nlang = \"vi\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := immune(t, "", "check", "-config", cfg, "https://dlscord.com/gift")
	if code != 0 || !strings.Contains(out, "giả mạo discord.com") {
		t.Errorf("check with a Vietnamese config: exit %d: %s %s", code, out, errs)
	}
	code, out, errs = immune(t, "", "check", "-config", cfg, "-lang", "en", "https://dlscord.com/gift")
	if code != 0 || !strings.Contains(out, "imitates discord.com") {
		t.Errorf("check -lang en with a Vietnamese config: exit %d: %s %s", code, out, errs)
	}
}

// TestScanDashIsStdin holds that "immune scan -" reads stdin, as the
// conventional name for it, instead of refusing "-" as an argument.
func TestScanDashIsStdin(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	code, out, errs := immune(t, line("a", "g1", "u", at, "https://dlscord.com/x"), "scan", "-")
	if code != 0 || !strings.Contains(out, `"id":"a","verdict":"delete"`) {
		t.Fatalf("scan -: exit %d: %s %s", code, out, errs)
	}
}

// TestCheckDashReadsStdin holds that "immune check -" judges the message
// on stdin, for a text too long or too full of quotes for the shell: it
// judged the text "-".
func TestCheckDashReadsStdin(t *testing.T) {
	t.Parallel()
	code, out, errs := immune(t, "it's \"free\" nitro\nhttps://dlscord.com/gift\n", "check", "-lang", "vi", "-")
	if code != 0 || !strings.Contains(out, "giả mạo discord.com") {
		t.Fatalf("check -: exit %d: %s %s", code, out, errs)
	}
	if code, _, errs := immune(t, " \n", "check", "-"); code != exitUsage || !strings.Contains(errs, "check needs a message") {
		t.Errorf("check - with nothing on stdin: exit %d: %s", code, errs)
	}
}
