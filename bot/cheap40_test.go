package bot_test

import "testing"

// TestPlainNamePageOverHTTP: a small site's page over plain HTTP on a
// cheap ending, its name plain and its page the root or an English word,
// with nothing but the link model and the ending speaking of it, is read
// as its HTTPS twin (plainNameReading, cheap40); the same link with a
// lure's word or a brand in its path, a page that is no word, a query,
// a script, a name with a digit, a hyphen or a brand, or in a message
// that lures, keeps the scheme's weight.
func TestPlainNamePageOverHTTP(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"thread about it http://joelchrono.xyz/blog", false},
		{"http://technotim.live/posts", false},
		{"previous discussion was about http://owncast.online/docs", false},
		{"http://petersouter.xyz/blog", false},
		{"http://justinhileman.info/blog", false},
		{"thread about it https://joelchrono.xyz/blog", false},

		{"thread about it http://joelchrono.xyz/login", true},
		{"thread about it http://joelchrono.xyz/paypal", true},
		{"thread about it http://joelchrono.xyz/mail/", true},
		{"thread about it http://joelchrono.xyz/document", true},
		{"thread about it http://joelchrono.xyz/invoice", true},
		{"thread about it http://joelchrono.xyz/ltc", true},
		{"thread about it http://joelchrono.xyz/blog?id=3f9a", true},
		{"thread about it http://joelchrono.xyz/blog/post.php", true},
		{"thread about it http://joelchrono2.xyz/blog", true},
		{"thread about it http://joel-chrono.xyz/blog", true},
		{"thread about it http://joelchronopaypal.xyz/blog", true},
		{"your account is locked, verify it at http://joelchrono.xyz/blog", true},
	})
}
