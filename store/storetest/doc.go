// Package storetest is the behaviour every implementation of bot.Store must
// have, as one table of tests that each backend runs against its own real
// store: store/ on a bbolt file, store/postgres on a PostgreSQL server. A
// behaviour test belongs here, not in a backend's package, so that neither
// backend can drift from the other; tests of one backend's internals (bbolt's
// file format and buffering, PostgreSQL's migrations) stay with it.
//
// A backend's test calls Run with a Backend that opens its stores:
//
//	func TestBehaviour(t *testing.T) {
//		storetest.Run(t, storetest.Backend{Open: ..., Reopen: ...})
//	}
//
// Every test here reads what it wrote three ways where that applies: before
// Commit (a buffering store must show its buffered writes), after Commit,
// and after the store is closed and opened again.
package storetest
