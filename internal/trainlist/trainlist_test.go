package trainlist

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestRead checks comments, blank lines and blocks, and that a file that
// is not gzip is an error naming it.
func TestRead(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("# header\n# Count: 3\nbefore.example\n# --- block: one\n a.example \n\nb.example\n# --- block: two\nc.example\n"))
	zw.Close()
	path := filepath.Join(dir, "list.txt.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	var blocks []int
	if err := Read(path, func(item string, block int) {
		got = append(got, item)
		blocks = append(blocks, block)
	}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"before.example", "a.example", "b.example", "c.example"}; !reflect.DeepEqual(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
	if want := []int{-1, 0, 0, 1}; !reflect.DeepEqual(blocks, want) {
		t.Errorf("blocks %v, want %v", blocks, want)
	}
	plain := filepath.Join(dir, "plain.txt.gz")
	if err := os.WriteFile(plain, []byte("not gzip\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Read(plain, func(string, int) {}); err == nil || !bytes.Contains([]byte(err.Error()), []byte("plain.txt.gz")) {
		t.Errorf("plain file: error %v, want one naming the file", err)
	}
}
