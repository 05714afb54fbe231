package brand

import "testing"

// testWords stands in for a language's word list.
var testWords = setOfWords("core", "magic", "token", "bucket", "pocket", "radium", "tremor", "steam", "stream", "power",
	"community", "wallet", "wallets", "connect", "micro", "micros", "soft", "stark", "start", "disc", "disco", "test", "parcel")

func TestMatchWordsReadsOwnWords(t *testing.T) {
	m := New(Protected())
	isWord := func(w string) bool { return testWords[w] }
	for _, c := range []struct {
		host, suffix string
		plausible    bool // under MatchWords; every host is a non-plausible look-alike under Match
	}{
		// words of their own where they differ from the name
		{"core-js.io", "io", true},       // core and js, not correos
		{"core-css.org", "org", true},    // core and css
		{"magiclen.org", "org", true},    // magic kept, eden written len
		{"test-wallet.com", "com", true}, // test and wallet, not trustwallet
		{"microspot.ch", "ch", true},     // micro kept, soft written spot
		// an impostor's misspellings keep their reading
		{"corre0s.com", "com", false},         // letters for letters
		{"steam-communiti.ru", "ru", false},   // not a word
		{"stream-community.ru", "ru", false},  // a typo of the brand's own part
		{"wallets-connect.app", "app", false}, // the name's two words, a letter from each
		{"start-net.org", "org", false},       // Starknet's stark and net
		{"magicedan.xyz", "xyz", false},       // one edit
		{"microsf.gq", "gq", false},           // cut short
		{"micronsofte.com", "com", false},     // padded
		{"walconnect.site", "site", false},    // cut short
		{"seancommunity.com", "com", false},   // a letter or two of a long part
		{"discocl.xyz", "xyz", false},         // cl for d
		{"magicpen.io", "io", false},          // on the brand's own ending
		{"radium.io", "io", false},            // a word alone is the dictionary's to read
	} {
		x, ok := m.Match(c.host, c.host, c.suffix)
		if !ok || x.Kind != Lookalike || x.Plausible {
			t.Errorf("Match(%s) = %+v, %v; want a look-alike, not plausible", c.host, x, ok)
			continue
		}
		x, ok = m.MatchWords(c.host, c.host, c.suffix, isWord)
		if !ok || x.Kind != Lookalike || x.Plausible != c.plausible {
			t.Errorf("MatchWords(%s) = %+v, %v; want plausible %v", c.host, x, ok, c.plausible)
		}
	}
}
