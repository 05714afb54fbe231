package bot_test

import "testing"

// TestPlainHTTPInTalk: a plain-HTTP link to an old project's page, in a
// message that talks of it in words of its own with no lure's, notice's
// or paperwork's word among them, is read as its HTTPS twin (det15):
// single pages at a site's root (/flamegraphs.html, /view.php) and single
// lower-case words (/ply) count as documents there. The same link posted
// bare, or beside a lure's or a document lure's words, a path that names
// paperwork or a brand, a token of mixed case at the root, or Vietnamese
// written without its marks, is read as before.
func TestPlainHTTPInTalk(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// tech chat, flagged before
		{"the colors are explained at http://www.brendangregg.com/flamegraphs.html if you wonder", false},
		{"ancient x docs http://www.xfree86.org/4.4.0/RELNOTES5.html#42 mention it", false},
		{"cpuid leaves are listed in http://www.sandpile.org/x86/cpuid.htm too", false},
		{"the thread where they argued about it http://www.mail-archive.com/bug-tar@gnu.org/msg04355.html", false},
		{"the table of tests http://www.realtimerendering.com/intersections.html is handy", false},
		{"the architecture overview http://wayland.freedesktop.org/architecture.html is short", false},
		{"lex and yacc in python: http://www.dabeaz.com/ply by the same author", false},
		{"the qdisc chapter http://www.lartc.org/howto/lartc.qdisc.classful.html is still right", false},
		// a page whose HTTPS twin the model does not read as unremarkable
		// (plainHTTPTalkMax) but passes: a content page (contentPage) is
		// read as its twin at any score (http22)
		{"the snes timing bible http://problemkaputt.de/fullsnes.htm has every register", false},
		// the same links bare: no words beside them, read with the model's
		// plain-page feature (plain18), not as their HTTPS twins: both
		// allowed since model20's model learned Debian's homepages' host
		// names (brendangregg.com warned before, 0.49 now)
		{"http://www.brendangregg.com/flamegraphs.html", false},
		{"http://www.realtimerendering.com/intersections.html", false},
		// a document lure's words, or a lure's, beside a page of the same shape
		{"your invoice is at http://www.brendangregg.com/flamegraphs.html", true},
		// read as before, 0.54 by the link model alone (the words weigh
		// nothing at the message stage): allowed since alone35; 0.17
		// since model36, under the line (TestModelAloneTwins holds its
		// score)
		{"Please review the attached document http://www.lartc.org/howto/lartc.qdisc.classful.html", false},
		{"verify here http://www.realtimerendering.com/intersections.html", true},
		// paperwork in the path beside neutral words
		// model36: allowed at 0.04, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"have a look http://www.acme-plumbing.net/fax/incoming/fax_2291.html", false},
		{"check this out http://www.pinetree-consulting.com/hr/payslips/november.html", true},
		// a token of mixed case at the root, as a kit or shortener makes one
		{"look at this http://www.detailswire.net/J8CPSm4PzQ", true},
		// Vietnamese written without its marks
		{"anh xem giup em cai nay nhe http://www.harborview-hotel.com/assets/docs/DHL_Invoice.html", true},
	})
}
