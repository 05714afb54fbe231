package feeds

import (
	"archive/zip"
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// The last good copy of a feed is kept in the cache directory as two files:
// NAME.feed, the body exactly as downloaded, and NAME.json, what is known
// about it (meta). Both are written to a temporary file, synced and renamed
// into place, so a crash leaves either the old copy or the new one; the
// body is renamed first, and the meta names the body's digest, so a crash
// between the two renames is noticed and the copy fetched again in full.

// meta is what is kept about a feed's last good copy.
type meta struct {
	URL          string    `json:"url"`
	Format       Format    `json:"format"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"` // when this body was downloaded
	Checked      time.Time `json:"checked"` // when the server last confirmed it (a 200 or a 304)
	Entries      int       `json:"entries"`
	SHA256       string    `json:"sha256"`
	Size         int64     `json:"size"`
}

// cache is a feed cache directory.
type cache struct{ dir string }

func (c cache) bodyPath(name string) string { return filepath.Join(c.dir, name+".feed") }
func (c cache) metaPath(name string) string { return filepath.Join(c.dir, name+".json") }

// readMeta returns the meta of a feed's copy; os.ErrNotExist if there is none.
func (c cache) readMeta(name string) (meta, error) {
	var m meta
	b, err := os.ReadFile(c.metaPath(name))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s: %w", c.metaPath(name), err)
	}
	return m, nil
}

// writeMeta replaces a feed's meta atomically.
func (c cache) writeMeta(name string, m meta) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(c.metaPath(name), func(w io.Writer) error {
		_, err := w.Write(append(b, '\n'))
		return err
	})
}

// keep moves a downloaded body (a temporary file in the cache directory)
// into place and writes its meta.
func (c cache) keep(name, tmp string, m meta) error {
	if err := syncFile(tmp); err != nil {
		return err
	}
	if err := os.Rename(tmp, c.bodyPath(name)); err != nil {
		return fmt.Errorf("keep %s: %w", name, err)
	}
	if err := syncDir(c.dir); err != nil {
		return err
	}
	return c.writeMeta(name, m)
}

// forget removes a feed's copy.
func (c cache) forget(name string) {
	os.Remove(c.metaPath(name))
	os.Remove(c.bodyPath(name))
}

// writeAtomic writes a file through a temporary file beside it, synced
// and renamed into place.
func writeAtomic(path string, write func(io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// openBody opens a downloaded body for parsing. A body that is a zip
// archive (URLhaus's full dump) is read from its first file; one that is
// gzip-compressed without saying so is decompressed.
func openBody(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	var magic [4]byte
	n, _ := io.ReadFull(f, magic[:])
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	switch {
	case n == 4 && string(magic[:]) == "PK\x03\x04":
		st, err := f.Stat()
		if err != nil {
			f.Close()
			return nil, err
		}
		zr, err := zip.NewReader(f, st.Size())
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%w: zip: %v", ErrMalformed, err)
		}
		for _, zf := range zr.File {
			if zf.FileInfo().IsDir() {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("%w: zip: %v", ErrMalformed, err)
			}
			return readClosers{rc, f}, nil
		}
		f.Close()
		return nil, fmt.Errorf("%w: an empty zip archive", ErrMalformed)
	case n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		zr, err := gzip.NewReader(bufio.NewReader(f))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%w: gzip: %v", ErrMalformed, err)
		}
		return readClosers{zr, f}, nil
	}
	return f, nil
}

// readClosers reads from the first and closes all.
type readClosers struct {
	io.ReadCloser
	under io.Closer
}

// Close closes the reader and the file under it.
func (r readClosers) Close() error {
	return errors.Join(r.ReadCloser.Close(), r.under.Close())
}
