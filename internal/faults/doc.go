// Package faults holds the points at which a test of another package
// makes a part of immune fail when nothing real can make it fail on cue:
// a full disk in the middle of the store's background rebuild of its
// indexes, at the moment a scan ends. Nothing sets them outside tests.
package faults
