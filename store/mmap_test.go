package store_test

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
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
