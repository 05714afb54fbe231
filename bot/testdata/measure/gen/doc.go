// Package gen holds what the measurement-set generators of
// bot/testdata/measure (debian20, npm21, src22, brand23, doc24)
// share, so that their sets are built the same way: one Markdown
// paragraph reader and one README paragraph renderer, one
// package.json URL reader, one test of whether a line reads as
// English prose, one line shape for capping template repeats, one
// split of sites into the tuning (t) and held-out (h) halves, and the
// file reading and writing around them.
//
// It lives under testdata so that go build, go vet and go test of ./...
// skip it; the generators import it by path
// (github.com/immunebot/immune/bot/testdata/measure/gen), and
// `go vet ./bot/testdata/measure/...` checks it.
package gen
