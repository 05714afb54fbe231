// Command confusables writes bot/brand/tr39.go: the whole Unicode TR39
// confusables table (confusables.txt) as a sorted Go table that package
// brand searches without building anything at start.
//
// The table comes from github.com/mtibben/confusables, which carries
// confusables.txt of Unicode 13.0 compiled into Go: the Go module proxy is
// the one place this project's machines can fetch it from, and package bot
// may import nothing outside the standard library and golang.org/x, so the
// data is copied out here rather than imported there. Every code point that
// has no canonical decomposition is passed through that package's TR39
// skeleton; where the skeleton differs from the code point, the code point
// is confusable and its prototype is recorded. Code points that decompose
// (é, ư) are decomposed at run time and their parts looked up.
//
//	go run ./internal/gen/confusables > bot/brand/tr39.go
package main
