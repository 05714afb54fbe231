package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestIndexBuildReportsFailure: IndexBuild returns why the background
// rebuild of the indexes failed (a full disk), so that the bot can tell an
// admin; nil for a rebuild that succeeds and for a store that built none
// (rev15: a failed rebuild was only kept in an unexported field).
func TestIndexBuildReportsFailure(t *testing.T) {
	crashed := crashedStore(t, 30)
	defer failBuildOf(crashed)()
	db, err := Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	err = db.IndexBuild(context.Background())
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("IndexBuild after a failed rebuild = %v, want the disk's error", err)
	}
	must(t, db.Close())

	testHookScopeBatch = nil
	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	if err := db.IndexBuild(context.Background()); err != nil {
		t.Errorf("IndexBuild after a rebuild that succeeded = %v", err)
	}
	must(t, db.Close())

	db, err = Open(crashed, Options{OffenderRetention: -1})
	must(t, err)
	defer db.Close()
	if db.buildDone != nil {
		t.Fatal("a store closed cleanly rebuilt its indexes")
	}
	if err := db.IndexBuild(context.Background()); err != nil {
		t.Errorf("IndexBuild with no rebuild = %v", err)
	}
}

// failBuildOf makes the rebuild of the store at path fail, with "disk
// full", at its third write of keys (scopeBatch 10); the returned func
// undoes it.
func failBuildOf(path string) func() {
	batch := scopeBatch
	scopeBatch = 10
	testHookScopeBatch = func(_ context.Context, p string, written int) error {
		if p == path && written == 20 {
			return errors.New("disk full")
		}
		return nil
	}
	return func() { scopeBatch, testHookScopeBatch = batch, nil }
}
