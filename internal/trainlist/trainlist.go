package trainlist

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
)

// Read reads the gzipped list at path and calls fn with each item, in
// order, and the number of the "# --- block:" line above it (-1 before
// the first): blank lines and '#' lines are skipped, items trimmed.
func Read(path string, fn func(item string, block int)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	block := -1
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if strings.HasPrefix(line, "# --- block:") {
				block++
			}
			continue
		}
		fn(line, block)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
