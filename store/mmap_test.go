//go:build linux

package store_test

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/immunebot/immune/store"
)

// TestFileMappedOnceAtOpen: the store's file is mapped at 1 GiB from the
// start on 64-bit Linux, and stays in that one map while it grows past
// several of the sizes (32 KiB, doubling) at which bbolt would map it
// again; the file itself grows only as data is written.
func TestFileMappedOnceAtOpen(t *testing.T) {
	if runtime.GOOS != "linux" || strconv.IntSize < 64 {
		t.Skip("the map size is checked through /proc/self/maps on 64-bit Linux")
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err == nil && lim.Cur != math.MaxUint64 {
		t.Skipf("the address space is limited (ulimit -v, %d bytes): Open may map the file at its size (TestOpenUnderAddressSpaceLimit)", lim.Cur)
	}
	db, path := openTemp(t, store.Options{})
	if got := mapsOf(t, path); len(got) != 1 || got[0] != 1<<30 {
		t.Fatalf("after Open, %s is mapped as %v bytes, want one map of %d", path, got, 1<<30)
	}
	at := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	for i := range 20000 {
		must(t, db.PutOffender(ctx, fullOffender(fmt.Sprintf("u%d", i), at.Add(time.Duration(i)*time.Second))))
		if i%2000 == 1999 {
			mustCommit(t, db)
		}
	}
	fi, err := os.Stat(path)
	must(t, err)
	if fi.Size() < 4<<20 || fi.Size() >= 1<<30 {
		t.Fatalf("the file is %d bytes, want it grown past 4 MiB by its data and no more", fi.Size())
	}
	if got := mapsOf(t, path); len(got) != 1 || got[0] != 1<<30 {
		t.Fatalf("with the file at %d bytes, it is mapped as %v bytes, want one map of %d", fi.Size(), got, 1<<30)
	}
}

// mapsOf returns the sizes of this process's memory maps of the file.
func mapsOf(t *testing.T, path string) []int64 {
	t.Helper()
	f, err := os.Open("/proc/self/maps")
	must(t, err)
	defer f.Close()
	var sizes []int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[5] != path {
			continue
		}
		from, to, _ := strings.Cut(fields[0], "-")
		a, err1 := strconv.ParseUint(from, 16, 64)
		b, err2 := strconv.ParseUint(to, 16, 64)
		if err1 != nil || err2 != nil {
			t.Fatalf("reading /proc/self/maps: %q", sc.Text())
		}
		sizes = append(sizes, int64(b-a))
	}
	must(t, sc.Err())
	return sizes
}

// limitedEnv names the store file a child process of
// TestOpenUnderAddressSpaceLimit opens under its limit.
const limitedEnv = "IMMUNE_STORE_TEST_LIMITED_AS"

// TestOpenUnderAddressSpaceLimit: in a process whose address space is
// limited (ulimit -v on a small server) with room for the file but not for
// a 1 GiB map, Open maps the file at its size, as bbolt does by default,
// instead of failing with "cannot allocate memory", and the store reads
// and commits as ever. The limit is set in a child process (this test
// binary run again), so that it cannot reach the other tests.
func TestOpenUnderAddressSpaceLimit(t *testing.T) {
	if runtime.GOOS != "linux" || strconv.IntSize < 64 {
		t.Skip("the address-space limit and the maps are Linux's")
	}
	if path := os.Getenv(limitedEnv); path != "" {
		openLimited(t, path)
		return
	}
	at := time.Date(2026, 10, 1, 12, 0, 0, 0, time.UTC)
	db, path := openTemp(t, store.Options{})
	must(t, db.PutOffender(ctx, fullOffender("u1", at)))
	mustCommit(t, db)
	must(t, db.Close())
	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenUnderAddressSpaceLimit$", "-test.count=1", "-test.v")
	cmd.Env = append(os.Environ(), limitedEnv+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestOpenUnderAddressSpaceLimit") {
		t.Fatalf("with the address space limited to 256 MiB beyond what the process has: %v\n%s", err, out)
	}
}

// openLimited limits the address space of this (child) process to 256 MiB
// beyond what it has mapped, then opens the store at path, reads the
// record the parent wrote and commits another.
func openLimited(t *testing.T, path string) {
	var vm uint64
	status, err := os.ReadFile("/proc/self/status")
	must(t, err)
	for line := range strings.Lines(string(status)) {
		if v, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			must(t, err)
			vm = kb << 10
		}
	}
	if vm == 0 {
		t.Fatalf("no VmSize in /proc/self/status:\n%s", status)
	}
	var lim syscall.Rlimit
	must(t, syscall.Getrlimit(syscall.RLIMIT_AS, &lim))
	lim.Cur = min(lim.Cur, vm+256<<20)
	must(t, syscall.Setrlimit(syscall.RLIMIT_AS, &lim))
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatalf("Open with the address space limited to %d MiB: %v", lim.Cur>>20, err)
	}
	defer db.Close()
	if got := mapsOf(t, path); len(got) != 1 || got[0] >= 1<<30 {
		t.Errorf("under the limit, %s is mapped as %v bytes, want one map smaller than 1 GiB", path, got)
	}
	off, err := db.Offender(ctx, fullOffender("u1", time.Time{}).Account)
	must(t, err)
	if off.Name != fullOffender("u1", time.Time{}).Name {
		t.Errorf("the record read back is %+v", off)
	}
	must(t, db.PutOffender(ctx, fullOffender("u2", time.Date(2026, 10, 1, 13, 0, 0, 0, time.UTC))))
	mustCommit(t, db)
	must(t, db.Close())
}
