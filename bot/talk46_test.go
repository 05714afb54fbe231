package bot_test

import "testing"

// TestTrickWordsBesideALivePage (talk46): a homoglyph link written live
// with a scheme that carries more than the homograph — a sign-in or
// wallet path, its homoglyph name above another's registrable domain, a
// cheap ending — is judged even when the message names the trick ("that's
// a Cyrillic і", "punycode btw"); sec34's relief left each of the first
// nine allowed on main 4589fd9 while the same link bare was deleted.
// Talk showing the homograph bare, defanged, in backticks or quotes, or
// with a scheme and nothing more, stays unjudged.
func TestTrickWordsBesideALivePage(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://gіthub.com-auth.site/login (that's a Cyrillic і)", true},
		{"homograph lol https://pаypal.com-secure.top/signin", true},
		{"https://bіnance.com/wallet-connect the Cyrillic і is just the IDN", true},
		{"https://xn--pple-43d.com/login punycode btw", true},
		{"IDN: https://dіscord.com/login", true},
		{"https://gіthub.com.auth-check.xyz/ Cyrillic і in github", true},
		{"the Cyrillic letters are just the IDN https://ԁiscord.gift/claim", true},
		{"Greek omicron https://gοogle.com/signin", true},
		{"mixed script https://mіcrosoft.com/verify", true},

		{"the Cyrillic а in аpple.com fooled me", false},
		{"Chrome shows xn--80ak6aa92e.com for аррӏе.com since the 2017 fix", false},
		{"defanged for the writeup: hxxps://gіthub[.]com-auth[.]site/login, Cyrillic і in the first label", false},
		{"in the talk I paste `https://gіthub.com-auth.site/login` to show the homoglyph in the subdomain", false},
		{"quoted from the report: \"https://micrоsoft.com-login.xyz/auth\" (Cyrillic о) was the landing page", false},
		{"the homograph demo page is just https://аpple.com with a Cyrillic а, nothing behind it", false},
		{"the real site is github.com, the homoglyph gіthub.com has a Cyrillic і", false},
	})
}
