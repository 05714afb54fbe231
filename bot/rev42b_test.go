package bot_test

import "testing"

// TestQuietPlainPageGate (rev42b): the quiet plain-HTTP page reading
// (quietPlainPage, http42) reads a link as its HTTPS twin only where
// nothing but its scheme speaks against it. Each link below is an
// invented kit's page of a shape http42 let through bare on 77d535d
// (flagged on 980e787 before it): a login's, an account's, a parcel's or
// a prize's word in another language or missing from the lure lists,
// written in the path (giris.php, /suivi/, /site/winner.php), escaped
// (gir%69s.php) or run into the host's name (kargotakip,
// onlinebankingalert); a brand the brand lists lack (/lloyds/); a kit's
// one-word page as a folder or a script (/portal/, activate.php,
// loading.php); a punycode host, a free host's tenant and a short name
// drawn at random; a query naming a host, a brand, a service, a lure or
// a kit's step. A longer vowelless name (a tool's: ps2pdf) and a file
// named in a query (f=main.py) are still read as their twins.
func TestQuietPlainPageGate(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.hollowayhq.com/giris.php", true},
		{"http://www.hollowayhq.com/anmelden.php", true},
		{"http://www.hollowayhq.com/suivi/index.php?id=3", true},
		{"http://www.hollowayhq.com/gir%69s.php", true},
		{"http://www.hollowayhq.com/portal/view.php?id=3", true},
		{"http://www.pinewoodtrail.com/activate.php", true},
		{"http://www.pinewoodtrail.com/loading.php", true},
		{"http://www.pinewoodtrail.com/site/winner.php?id=3", true},
		{"http://www.pinewoodtrail.com/lloyds/view.php?id=3", true},
		{"http://onlinebankingalert.com/home.php", true},
		{"http://SECURELOGONLINE.com/home.php", true},
		{"http://giris-hesap.com/index.php", true},
		{"http://xn--e1awd7f.com/home", true},
		{"http://mybank-online.weebly.com/home", true},
		{"http://qzv8k.net/home.php", true},
		// a run of five digits in the host (http42's digitsRun: no
		// other case pins it)
		{"http://shop12345.com/libzdb", true},
		// a query naming its victim's company or address, a brand, a
		// service, a lure or a kit's step (readableQuery)
		{"http://www.hollowayhq.com/unix/view.php?to=acme.com", true},
		{"http://www.hollowayhq.com/portscout.php?e=john.doe.acme.com", true},
		{"http://www.hollowayhq.com/unix/view.php?a=paypal", true},
		{"http://www.hollowayhq.com/unix/view.php?a=office365", true},
		{"http://www.hollowayhq.com/unix/view.php?p=giris", true},
		{"http://www.hollowayhq.com/unix/view.php?id=3+bank", true},
		{"http://www.hollowayhq.com/unix/view.php?step=2", true},
		{"http://www.ps2pdf.com/convert.php", false},
		{"http://www.pinewoodtrail.com/unix/view.php?id=3&f=main.py", false},
		{"http://www.pinewoodtrail.com/unix/portscout.php?id=3", false},
	})
}
