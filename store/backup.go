package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup commits the buffered writes, then writes a consistent copy of the
// whole file to w from one read transaction, while other goroutines go on
// reading and writing. It returns the number of bytes written. The copy is a
// bbolt file that Open accepts.
func (db *DB) Backup(w io.Writer) (int64, error) {
	if err := db.Commit(context.Background()); err != nil {
		return 0, fmt.Errorf("backup: %w", err)
	}
	var n int64
	err := db.view("a backup", func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	if err != nil {
		return n, fmt.Errorf("backup: %w", boltErr(err))
	}
	return n, nil
}

// BackupFile writes a Backup to path: to a temporary file in the same
// directory first, synced, then renamed over path, so that path holds either
// its old content or a whole copy. It refuses to overwrite the store itself.
func (db *DB) BackupFile(path string) (err error) {
	if sameFile(path, db.path) {
		return fmt.Errorf("backup to %s: that is the store itself", path)
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(tmp)
		}
	}()
	if _, err = db.Backup(f); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	// Make the rename itself durable.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// sameFile reports whether a and b name the same file, or the same path if
// they do not exist.
func sameFile(a, b string) bool {
	ai, aerr := os.Stat(a)
	bi, berr := os.Stat(b)
	if aerr == nil && berr == nil {
		return os.SameFile(ai, bi)
	}
	aa, aerr := filepath.Abs(a)
	ba, berr := filepath.Abs(b)
	return aerr == nil && berr == nil && aa == ba
}
