package bot

// A random-looking label in front of an unknown name. A phishing kit on
// a name with wildcard DNS is served under a label made up for each
// mailing (x7k2p.NAME.top, a1b2c3d4.NAME.com), and the link model read
// any label in front of a name as a little more like a real site's
// server (docs., wiki., git.: what the benign lists' hosts with a
// subdomain are): a7f3k. in front of a tuning scam's host let 121 of 776
// through (sub39). Reading every label as the bare name costs the tech
// sets (sub22), but real sites almost never name a server so (11 of
// 7,685 benign hosts with a subdomain in the tuning sets and the
// trainer's benign links, 8 of them a Pages preview's hash in front of
// its project; 257 of 15,657 training phishing hosts): a link whose
// host begins with such a label (randomLabel) is judged as the link to
// the host behind it (readFront, as a site's front is: x7k2p.NAME as
// NAME, x7k2p.docs.NAME as docs.NAME, 3f2a1c9e.PROJECT.pages.dev as
// PROJECT.pages.dev), in both directions:
// a scam's name is flagged as hard, a small site's installer is allowed
// as without it. Never past the name: a hosting platform's tenant
// (a7f3k.netlify.app) and a tenant service's customer
// (a1b2c3d4.zendesk.com) are the name; hosts that are user content
// themselves and hosts a list or a feed names are read as written.

// randomLabel reports whether label, a host's label in lower case, looks
// made up rather than named: letters and digits only (no hyphen, no
// xn--), at least four long, and either letters and digits alternating
// at least three times (a7f3k, x9q2, a1b2c3d4), hex of at least six with
// both a digit and a letter and two alternations or eight long
// (3fa9c1e2, 9c1e2a), or eight or more letters with no vowel (y counts
// as one: a keyboard run, sdfgdsfg). A word with a number (api2, cdn77,
// ipv6, arm64, web01, node12, v2ray, i18n, l10n) alternates at most
// twice and is read as named; a project's name with no vowel (xmlrpc,
// fstrcmp, csvjdbc, htmlwml) is shorter than eight.
func randomLabel(label string) bool {
	if len(label) < 4 || len(label) > 63 {
		return false
	}
	letters, digits, turns, vowels := 0, 0, 0, 0
	hex := true
	prevDigit := false
	for i := 0; i < len(label); i++ {
		b := label[i]
		var digit bool
		switch {
		case b >= '0' && b <= '9':
			digit = true
			digits++
		case b >= 'a' && b <= 'z':
			letters++
			if b > 'f' {
				hex = false
			}
			switch b {
			case 'a', 'e', 'i', 'o', 'u', 'y':
				vowels++
			}
		default:
			return false
		}
		if i > 0 && digit != prevDigit {
			turns++
		}
		prevDigit = digit
	}
	switch {
	case letters > 0 && digits > 0 && turns >= 3:
		return true
	case hex && letters > 0 && digits > 0 && len(label) >= 6 && (turns >= 2 || len(label) >= 8):
		return true
	case digits == 0 && vowels == 0 && len(label) >= 8:
		return true
	}
	return false
}
