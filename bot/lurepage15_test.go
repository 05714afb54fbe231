package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestLurePageEvasions: lure_page's known evasions (rev15): a kit's page
// with an ending lurePage did not know (.phtml, .cfm), a session id after
// a semicolon (;jsessionid=), a letter of the path percent-encoded
// (/%6cogin/), and an IPFS gateway's path (/ipfs/<cid>/…, each gateway a
// shared parent as a bucket is). Each but dweb.link's (a private suffix,
// read so already) passed or only warned before; the
// same site's pages named otherwise stay unflagged.
func TestLurePageEvasions(t *testing.T) {
	t.Parallel()
	const cid = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	checkFlagged(t, []flagCase{
		{"https://d3a8x9f1kq2b.cloudfront.net/login/verify.phtml", true},
		{"https://d3a8x9f1kq2b.cloudfront.net/login/verify.cfm", true},
		{"https://dweb.link/ipfs/" + cid + "/login/verify.html", true},
		{"https://ipfs.io/ipfs/" + cid + "/wallet/connect.html", true},
		// the same hosts' other pages
		{"https://d3a8x9f1kq2b.cloudfront.net/guides/auth/login.cfm", false},
		{"https://ipfs.io/ipfs/" + cid + "/docs/index.html", false},
		{"https://ipfs.io/ipfs/" + cid, false},
	})
}

// TestLurePageEncodedAndSession: a session id after a semicolon or a
// percent-encoded letter does not hide a kit's page from lure_page: each
// is flagged at least as the plain path is (rev15: 0.76 and 0.52 before,
// warned; each deleted as the plain path was until model36, which warns
// about the plain path at 0.73 and deletes the session id's .jsp at 0.89).
func TestLurePageEncodedAndSession(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	plain := judgeText(c, bot.Telegram, "https://d3a8x9f1kq2b.cloudfront.net/login/verify.html").Verdict
	if plain.Level == bot.Allow || !plain.Has(bot.CodeLurePage) {
		t.Fatalf("the plain path: %s (%.2f) %v, want flagged with lure_page", plain.Level, plain.Score, plain.Reasons)
	}
	for _, text := range []string{
		"https://d3a8x9f1kq2b.cloudfront.net/login/verify.jsp;jsessionid=8A7F6E5D4C3B2A19",
		"https://d3a8x9f1kq2b.cloudfront.net/%6cogin/verify.html",
		"https://d3a8x9f1kq2b.cloudfront.net/login/%76erify.html",
	} {
		v := judgeText(c, bot.Telegram, text).Verdict
		if v.Level < plain.Level || !v.Has(bot.CodeLurePage) {
			t.Errorf("%q: %s (%.2f) %v, want lure_page and at least %s as the plain path", text, v.Level, v.Score, v.Reasons, plain.Level)
		}
	}
}
