// Package race tells tests whether the race detector is on, so that long
// comparison tests that run in one goroutine — where the detector has
// nothing to find and only makes each case about ten times slower — can
// try fewer random cases under it (Cases) and all of them in a plain go
// test.
package race
