package bot_test

import "testing"

// TestCitedInProse (cite30): a page of an older site linked over plain
// HTTP and cited in a paragraph of technical prose that names it, whose
// lure words are only mild ones prose uses in their own sense (a patch,
// support, a package, a free thing, a download), is read as a message
// that talks plainly of it reads it: as its HTTPS twin
// (citedPageReading). The first three are flagged on 67ac993. The same
// pages beside words that speak to the reader, name a brand or
// paperwork, in a short line, in prose that does not name the page, in
// a kit's folder, with a query or written disguised are read as before.
func TestCitedInProse(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"This patch adds new iterators to the slot module to support tokens, using the C coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html", false},
		{"apd implements much of the decimal specification from the General Decimal Arithmetic (http://speleoloft.com/decimal/) description, a free package with support for the standard functions.", false},
		{"The package is using the Elastic Tabstops algorithm described at http://tabworks.org/elastictabstops/index.html.", false},
		{"You can download the patch with support for the C coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html", true},
		{"This official PayPal patch adds new iterators to support tokens, using the C coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html", true},
		{"free coroutines patch with support http://www.quillfeather.org.uk/~simon/coroutines.html", true},
		{"This patch adds new iterators to the slot module to support tokens, using the C trick as described in: http://www.quillfeather.org.uk/~simon/tricks2.html", true},
		{"This patch adds new iterators to the slot module to support tokens, using the C coroutine trick as described in: http://www.quillfeather.org.uk/wp-content/coroutines.html", true},
		{"This patch adds new iterators to the slot module to support tokens, using the C coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html?id=3", true},
		{"This patch adds new iterators to the slot module to support tokens, using the C coroutine trick as described in: hxxp://www.quillfeather[.]org[.]uk/~simon/coroutines.html", true},
		{"This patch adds the signed invoice to the slot module to support tokens, using the C coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html", true},
		{"This free patch adds nitro support to the slot module, using the C coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html", true},
		{"Claim the free crypto airdrop patch and support the coroutine trick as described in: http://www.quillfeather.org.uk/~simon/coroutines.html", true},
	})
}
