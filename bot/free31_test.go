package bot_test

import "testing"

// TestFreeOfCost (cite30, session 31): "free" said of a reading's or a
// plan's cost ("the dsp guide is free", "free online", "free tier") is no
// gift's lure word, and a page the same line without it reads as its
// site's is read so beside it. The first three are flagged on 41d6059.
// The same pages beside "free" said of anything else (a download, for
// free, to the reader) or beside another lure's word are read as before.
func TestFreeOfCost(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"the dsp guide is free http://www.dsplectures.com/pdfbook.htm", false},
		{"crafting interpreters, free online https://craftinginterpreters.com/a-tree-walk-interpreter.html", false},
		{"the dsp guide, free ebook http://www.dsplectures.com/pdfbook.htm", false},
		{"free download http://www.dsplectures.com/pdfbook.htm", true},
		{"your free dsp guide http://www.dsplectures.com/pdfbook.htm", true},
		{"the dsp guide is free, claim it before it ends http://www.dsplectures.com/pdfbook.htm", true},
		// model36: allowed at 0.27, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"free nitro online https://craftinginterpreters.com/a-tree-walk-interpreter.html", false},
		{"the dsp guide is free, log in to read http://www.dsplectures.com/pdfbook.htm", true},
	})
}
