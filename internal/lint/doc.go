// Package lint holds the project's own checks of its source, run as tests
// with the rest: every package has a doc.go with the package's overview,
// and every exported name a doc comment that starts with the name.
package lint
