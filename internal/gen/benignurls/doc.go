// Command benignurls writes cmd/train/benign-urls.txt: real benign links
// with paths, read from text on this machine that nobody on the project
// wrote — the Go module cache's sources and documents, /usr/share/doc
// (packages' copyright files, changelogs and READMEs, gzipped or not),
// and the system's Python, Perl, Node, JavaScript and C header trees (their comments link
// RFCs, specifications, blogs, issue trackers and people's own sites).
// The trainer teaches the link model these links (-longtail) so that it
// sees small and older sites' pages as benign too, not only popular
// sites' roots: without them an unknown site with a path read as a kit.
//
// Only the tuning side of the measure sets' splits is kept, so that
// the held-out halves stay honest: a link's host (lower-cased, "www."
// dropped) must have a SHA-256 whose first hex digit is 0-9 (the tech
// sets' rule), and neither the host nor the host with its first folder
// may be held out by bot/testdata/measure/gen's rule (gen.Held). Tests
// and test data are skipped (they name made-up hosts), as are addresses,
// bare roots, the example domains and this project's own hosts; at most
// perHost links of one host are kept (the first in sorted order), so no
// busy site fills the list. The trainer leaves out the phishing lists'
// hosts when it reads the file.
//
//	go run ./internal/gen/benignurls > cmd/train/benign-urls.txt
package main
