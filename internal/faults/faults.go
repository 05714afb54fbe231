package faults

import "sync/atomic"

// indexBuild is SetIndexBuild's hook.
var indexBuild atomic.Pointer[func(path string) error]

// SetIndexBuild makes IndexBuild call fn, until the returned func undoes
// it (nil: nothing).
func SetIndexBuild(fn func(path string) error) (undo func()) {
	var p *func(string) error
	if fn != nil {
		p = &fn
	}
	old := indexBuild.Swap(p)
	return func() { indexBuild.Store(old) }
}

// IndexBuild runs in the bbolt store's background rebuild of its indexes
// (store.DB.IndexBuild), before each read of records and each write of
// keys, with the store's path, and as the PostgreSQL store begins making
// the keys of names in the background (postgres.DB.IndexBuild), with
// postgres.DB.Name: an error ends the rebuild with it. Without a hook set
// it returns nil.
func IndexBuild(path string) error {
	if fn := indexBuild.Load(); fn != nil {
		return (*fn)(path)
	}
	return nil
}
