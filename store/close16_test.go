package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkCloseDuringRebuild is how long Close takes on a store of
// 1,000,000 offender records (bigCrashedStore) whose indexes Open began
// to rebuild in the background after an unclean stop: at-open closes it
// as soon as Open returns (the rebuild reading the records), sorting once
// it has read the last record (and sorts the keys of the index by chat),
// writing once it writes its second batch of keys (scopeBatch) of that
// index. close_ms is Close alone, max-close-ms the longest of the
// rounds. Each round opens a fresh copy of the file; the copy, the check
// Open runs after an unclean stop and the wait for the writes are not
// timed.
func BenchmarkCloseDuringRebuild(b *testing.B) {
	dir := b.TempDir()
	crashed, _ := bigCrashedStore(b, dir)
	for _, bc := range []struct {
		name    string
		read    int // the keys read when Close is called; -1: none
		written int // the batch of keys whose write Close waits for; -1: none
	}{
		{"at-open", -1, -1},
		{"sorting", 1_000_000, -1},
		{"writing", -1, scopeBatch},
	} {
		b.Run(bc.name, func(b *testing.B) {
			writing := make(chan struct{}, 1)
			testHookScopeRead = func(_ context.Context, _ string, read int) {
				if read == bc.read {
					writing <- struct{}{}
				}
			}
			testHookScopeBatch = func(_ context.Context, _ string, written int) error {
				if written == bc.written {
					writing <- struct{}{}
				}
				return nil
			}
			defer func() { testHookScopeRead, testHookScopeBatch = nil, nil }()
			var closing, longest time.Duration
			for b.Loop() {
				b.StopTimer()
				path := filepath.Join(dir, "open.db")
				copyStoreFile(b, crashed, path)
				runtime.GC()
				db, err := Open(path, Options{OffenderRetention: -1})
				if err != nil {
					b.Fatal(err)
				}
				if bc.read >= 0 || bc.written >= 0 {
					<-writing
				}
				b.StartTimer()
				start := time.Now()
				if err := db.Close(); err != nil {
					b.Fatal(err)
				}
				took := time.Since(start)
				closing += took
				longest = max(longest, took)
			}
			b.ReportMetric(float64(closing.Milliseconds())/float64(b.N), "close_ms")
			b.ReportMetric(float64(longest.Milliseconds()), "max-close-ms")
		})
	}
}

// TestCloseStopsTheRebuild: Close stops a rebuild of the indexes in the
// background between two reads of records (reading) or two writes of keys
// (writing), where it waited for the rebuild to end (seconds on a big
// store: BenchmarkCloseDuringRebuild); the rebuild does nothing more,
// IndexBuild says Close stopped it (ErrClosed), the log says so at info
// level, not as a failure, and the indexes are marked to be built: the
// next Open (which need not check the store again: this one did) builds
// both whole, every record kept, and the one after builds nothing.
func TestCloseStopsTheRebuild(t *testing.T) {
	for _, phase := range []string{"reading", "writing"} {
		t.Run(phase, func(t *testing.T) {
			crashed := crashedStore(t, 60)
			defer func(c, b int) { scopeReadChunk, scopeBatch = c, b }(scopeReadChunk, scopeBatch)
			scopeReadChunk, scopeBatch = 10, 10
			held := make(chan struct{})
			var stopped bool
			var after []string // what the rebuild did once held
			hold := func(ctx context.Context, hold bool, what string) {
				switch {
				case hold:
					close(held)
					select {
					case <-ctx.Done():
						stopped = true
					case <-time.After(10 * time.Second):
					}
				case stopped || ctx.Err() != nil:
					after = append(after, what)
				}
			}
			testHookScopeRead = func(ctx context.Context, p string, read int) {
				if p == crashed {
					hold(ctx, phase == "reading" && read == 30, fmt.Sprint("read from ", read))
				}
			}
			testHookScopeBatch = func(ctx context.Context, p string, written int) error {
				if p == crashed {
					hold(ctx, phase == "writing" && written == 20, fmt.Sprint("wrote from ", written))
				}
				return nil
			}
			defer func() { testHookScopeRead, testHookScopeBatch = nil, nil }()
			var logged bytes.Buffer
			log := slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelInfo}))
			db, err := Open(crashed, Options{OffenderRetention: -1, Log: log})
			must(t, err)
			select {
			case <-held:
			case <-db.buildDone:
				t.Fatal("the rebuild ended without the hook")
			}
			before, err := db.ListOffenders(ctx, 0)
			must(t, err)
			must(t, db.Close())
			testHookScopeRead, testHookScopeBatch = nil, nil
			if !stopped {
				t.Error("Close waited for the rebuild instead of stopping it")
			}
			if len(after) > 0 {
				t.Errorf("the rebuild went on after Close: %q", after)
			}
			if err := db.IndexBuild(ctx); !errors.Is(err, ErrClosed) {
				t.Errorf("IndexBuild after Close stopped the rebuild = %v, want ErrClosed", err)
			}
			if s := logged.String(); !strings.Contains(s, "level=INFO") || !strings.Contains(s, "stopped by closing the store") || strings.Contains(s, "level=ERROR") {
				t.Errorf("log:\n%s", s)
			}

			db, err = Open(crashed, Options{OffenderRetention: -1})
			must(t, err)
			if _, checked := db.Checked(); checked {
				t.Error("a store whose rebuild Close stopped was checked again at the next Open")
			}
			builtIndex(t, db)
			if got, want := scopeKeys(t, db), indexOfRecords(t, db); !slices.Equal(got, want) || len(want) < 60 {
				t.Errorf("the index by chat = %q, want %q", got, want)
			}
			if got, want := nameKeys(t, db), namesOfRecords(t, db); !slices.Equal(got, want) {
				t.Errorf("the index by name = %q, want %q", got, want)
			}
			now, err := db.ListOffenders(ctx, 0)
			must(t, err)
			if !reflect.DeepEqual(now, before) {
				t.Errorf("the records after the rebuild Close stopped:\n%v\nwant\n%v", now, before)
			}
			must(t, db.Close())
			must(t, openBuilt(t, crashed, false).Close())
		})
	}
}

// TestRebuildFailingAsCloseStopsItIsLogged: a rebuild whose write fails
// (a full disk) while Close is stopping it is logged as failed, at error
// level, by the time Close returns.
func TestRebuildFailingAsCloseStopsItIsLogged(t *testing.T) {
	crashed := crashedStore(t, 30)
	defer func(b int) { scopeBatch = b }(scopeBatch)
	scopeBatch = 10
	held := make(chan struct{})
	testHookScopeBatch = func(ctx context.Context, p string, written int) error {
		if p == crashed && written == 10 {
			close(held)
			select {
			case <-ctx.Done():
			case <-time.After(10 * time.Second): // Close did not stop it
			}
			return errors.New("disk full")
		}
		return nil
	}
	defer func() { testHookScopeBatch = nil }()
	var logged bytes.Buffer
	db, err := Open(crashed, Options{OffenderRetention: -1, Log: slog.New(slog.NewTextHandler(&logged, nil))})
	must(t, err)
	<-held
	must(t, db.Close())
	if s := logged.String(); !strings.Contains(s, "level=ERROR") || !strings.Contains(s, "disk full") {
		t.Errorf("log by the time Close returned:\n%s", s)
	}
	if err := db.IndexBuild(ctx); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("IndexBuild = %v, want the disk's error", err)
	}
}
