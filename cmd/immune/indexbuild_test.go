package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/immunebot/immune/internal/faults"
	"github.com/immunebot/immune/store"
)

// TestShortScanLogsAFailedRebuild: a scan of one line on a store the last
// run did not close, whose rebuild of the indexes in the background fails
// (a full disk, the fault hook) just as the scan writes its verdict, logs
// the failure before the process exits. rev15's log came from a goroutine
// waiting for the rebuild, racing Close and the exit: a scan that ended
// first never said why the next start checks the whole store again. The
// scan runs in a process of its own (this test's binary, which exits as
// main does once run returns), so that the race is the one a user meets.
func TestShortScanLogsAFailedRebuild(t *testing.T) {
	if path := os.Getenv(scanChildEnv); path != "" {
		scanChild(path)
		return
	}
	_, db := scannedStore(t)
	crashed := crashedCopy(t, db)
	t0 := time.Date(2026, 10, 2, 12, 0, 0, 0, time.UTC)
	cmd := exec.Command(os.Args[0], "-test.run=^TestShortScanLogsAFailedRebuild$")
	cmd.Env = append(os.Environ(), scanChildEnv+"="+crashed)
	cmd.Stdin = strings.NewReader(line("b", "g2", "v", t0, "hello"))
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("scan: %v: %s", err, errb.String())
	}
	if !strings.Contains(out.String(), `"id":"b"`) {
		t.Errorf("scan wrote no verdict: %s", out.String())
	}
	logged := errb.String()
	if !strings.Contains(logged, "level=ERROR") || !strings.Contains(logged, "could not be rebuilt") || !strings.Contains(logged, "disk full") {
		t.Errorf("the failed rebuild was not logged by the end of the scan:\n%s", logged)
	}
}

// scanChildEnv names, in TestShortScanLogsAFailedRebuild's process of its
// own, the store it scans.
const scanChildEnv = "IMMUNE_TEST_SCAN_CHILD"

// scanChild is TestShortScanLogsAFailedRebuild's process: immune scan
// -db path of stdin, the rebuild of the store's indexes failing once the
// scan has written its first verdict; it exits with the scan's code.
func scanChild(path string) {
	out := &firstWrite{w: os.Stdout, wrote: make(chan struct{})}
	faults.SetIndexBuild(func(p string) error {
		if p != path {
			return nil
		}
		select {
		case <-out.wrote: // the scan has judged its line
		case <-time.After(time.Minute):
		}
		return errors.New("disk full")
	})
	os.Exit(run(context.Background(), []string{"scan", "-db", path}, os.Stdin, out, os.Stderr))
}

// crashedCopy is a copy of the store at path as a killed process leaves
// it: taken while the store is open, it holds its open mark.
func crashedCopy(t *testing.T, path string) string {
	t.Helper()
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(t.TempDir(), "crashed.db")
	if err := os.WriteFile(crashed, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return crashed
}

// firstWrite writes to w, and closes wrote at its first write.
type firstWrite struct {
	w     io.Writer
	once  sync.Once
	wrote chan struct{}
}

func (w *firstWrite) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	w.once.Do(func() { close(w.wrote) })
	return n, err
}
