// Package pgtest gives tests a real PostgreSQL server: a throwaway one that
// it starts with initdb and pg_ctl in a temporary directory, listening on a
// Unix socket only, or the one named by IMMUNE_TEST_POSTGRES_URL. Each test
// gets a database of its own.
//
// A package whose tests use it runs them through Main, which stops the
// throwaway server when they end:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
//
// When no server can be had (the programs are not installed and no URL is
// given), URL skips the test, and Main says so on stderr, so that nobody
// mistakes the skip for a pass; with IMMUNE_TEST_POSTGRES=require (as CI
// sets) it fails the test instead.
package pgtest
