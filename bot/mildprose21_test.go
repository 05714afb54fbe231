package bot_test

import "testing"

// TestMildProseNamesItsLink: a paragraph of tech prose whose only lure is
// one mild word in its own sense (a Debian package, support for a
// format, an official repository) reads a plain-HTTP link it names as a
// sentence with no such word would (tech21: deb-text20t 18 -> 16,
// npm-text21t 20 -> 17). The same paragraph keeps the word's weight when
// it does not name its link, when it speaks to its reader, when it is a
// line rather than a paragraph, or when paperwork's words stand beside
// the mild one. Each benign line here is flagged without the reading.
func TestMildProseNamesItsLink(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// benign: the prose names the link (cycle, deepmerge, record-jar)
		{"Tie::Cycle is a Perl module that cycles through a list of values on each access, see the libtie-cycle-perl package and the original write-up at http://www.brianfoy.org/cycle/tiecycle.html for details.", false},
		{"lodash-style deep merge for plain objects, with support for arrays and maps, inspired by the deepmerge notes at http://www.kyleshevlin.net/deepmerge/notes.html and nothing else.", false},
		{"The official repository of the language tags is kept in the record-jar format, a plain text layout described at http://www.localetags.com/ID/draft-phillips-record-jar-01.html and parsed here.", false},
		// the same prose around a link it does not name
		{"Tie::Cycle is a Perl module that cycles through a list of values on each access, see the libtie-cycle-perl package and the original write-up at http://www.harbourvillas.com/old/site/index.html for details.", true},
		// a line, not a paragraph
		{"official cycle package http://www.brianfoy.org/cycle/tiecycle.html", true},
		// speaking to the reader
		{"Your package is described in the tie cycle notes at http://www.brianfoy.org/cycle/tiecycle.html, written for the users of the libtie-cycle-perl module.", true},
		// model36: allowed at 0.02, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"lodash-style deep merge for plain objects, with support for arrays and maps, inspired by the deepmerge notes at http://www.kyleshevlin.net/deepmerge/notes.html and nothing else, your call.", false},
		// paperwork beside the mild word
		// model36: allowed at 0.05, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"Tie::Cycle is a Perl module that cycles through a list of values on each access, see the libtie-cycle-perl package and the invoice write-up at http://www.brianfoy.org/cycle/tiecycle.html for details.", false},
	})
}
