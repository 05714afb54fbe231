package main

import (
	"bytes"
	"os"
	"testing"
)

// TestGeneratedFileIsCurrent checks that bot/mirrorsites.go is what the
// generator writes from the mirror lists installed here; it is skipped
// where python-apt-common is not installed.
func TestGeneratedFileIsCurrent(t *testing.T) {
	const dir = "/usr/share/python-apt/templates"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("python-apt-common is not installed:", err)
	}
	got, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../../bot/mirrorsites.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("bot/mirrorsites.go is not what the generator writes: go run ./internal/gen/mirrorsites > bot/mirrorsites.go")
	}
}
