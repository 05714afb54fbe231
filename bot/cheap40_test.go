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

// TestPlainNameOnANamedEnding: a plain name of its own on an ending
// people name their own sites on (namedEndings: .online, .xyz, .info),
// at its root or a word, of which only the link model and the ending
// speak, is read without the ending's weight (plainNameReading); the
// same name on an ending that is mostly abuse (.top, .icu, .tk), with a
// digit or a hyphen, a lure's word in the path, a subdomain, or in a
// message with a lure's word (a mild one too: rev32a's "download
// https://winrar.online/get"), keeps it.
func TestPlainNameOnANamedEnding(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://wassermann.online/", false},
		{"https://destroybarbarian.xyz/", false},
		{"https://www.bitcoinbook.info/", false},
		{"old but gold http://owncast.online/quickstart", false},

		{"https://wassermann.top/", true},
		{"https://wassermann.icu/", true},
		{"https://wassermann.tk/", true},
		{"https://wassermann2.online/", true},
		{"https://wasser-mann.online/", true},
		{"https://wassermann.online/login", true},
		{"https://secure.wassermann.online/", true},
		{"your wallet is locked, verify it at https://wassermann.online/", true},
		{"download https://wassermann.online/", true},
	})
}

// TestPlainNameWithAScamStem: a run-together name built on a stem of
// what a scam site asks for or holds out (refund, unlock, login,
// recovery, gift, bank, credit, skins, steam, drops, the Vietnamese
// nhận tiền), which the name lexicon counts only as a whole
// word, is no plain name's (plainNamePage): its ending keeps its weight
// (rev40b; on cheap40 each was allowed posted bare by an old member).
func TestPlainNameWithAScamStem(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"nhantien.online", true},
		{"interacrefund.xyz", true},
		{"myspotrecovery.xyz", true},
		{"giftgratis.online", true},
		{"morganbank.online", true},
		{"vietcredit.click", true},
		{"realskins.xyz", true},
		{"steamsafe.fun", true},
		{"winxdrops.fun", true},

		{"https://wassermann.online/", false},
		{"https://destroybarbarian.xyz/", false},
	})
}

// TestPlainNameBesideMoney: a sum of money ($500, 500$, €20) or the
// Vietnamese word for money (tiền: "chuyển khoản nhận tiền") in the
// message is a scam's offer though no lure's word is there: the ending of
// a plain name beside it keeps its weight (rev40b; on cheap40 each was
// allowed). A price or a count with no sign is no such offer.
func TestPlainNameBesideMoney(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"$500 for everyone https://wassermann.online/", true},
		{"get 500$ https://wassermann.online/", true},
		{"€20 each https://wassermann.online/", true},
		{"20€ each https://wassermann.online/", true},
		{"chuyển khoản nhận tiền https://wassermann.online/", true},

		{"500 stars on github https://wassermann.online/", false},
		{"v2 is out https://wassermann.online/", false},
	})
}

// TestPlainNameKitPage: a plain name's page named for what a kit does —
// a toll or parcel to pay, a withdrawal, an invite, a registration, the
// Vietnamese nhận quà, xác minh, tặng (gift) — is no word page to the
// cheap40 reading, over plain HTTP or HTTPS (rev40b; on cheap40 each
// lost its flag).
func TestPlainNameKitPage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://wassermann.xyz/invite", true},
		{"http://wassermann.xyz/track", true},
		{"http://wassermann.xyz/toll", true},
		{"http://wassermann.xyz/register", true},
		{"http://wassermann.xyz/withdraw", true},
		{"http://wassermann.xyz/tang", true},
		{"https://wassermann.online/qua", true},
		{"https://wassermann.online/xac-minh", true},
		{"http://wassermann.xyz/nhan-qua", true},

		{"http://wassermann.xyz/blog", false},
		{"https://wassermann.online/deep-sea", false},
	})
}

// TestPlainNameOnAnUnprovenEnding: an ending with next to none of the
// popular benign names in the training lists (.support, .rest, .quest,
// .fit: fewer than 5 each) is no ending people name their own sites on,
// whatever its ratio's +1 says: a plain name there keeps the ending's
// weight (rev40b; on cheap40 each lost its flag posted bare).
func TestPlainNameOnAnUnprovenEnding(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"disputecomplaint.support", true},
		{"collab.fit", true},

		{"https://wassermann.online/", false},
	})
}
