package brand

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
)

var builtin = New(Builtin)

// parse reads a host the way the classifier does before asking the matcher.
func parse(t *testing.T, host string) linkx.Link {
	t.Helper()
	l, ok := linkx.Parse("https://" + host + "/")
	if !ok {
		t.Fatalf("linkx.Parse(%q) failed", host)
	}
	return l
}

func brandName(b *Brand) string {
	if b == nil {
		return "<nil>"
	}
	return b.Name
}

func TestOfficial(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		host string
		want string // brand name, "<nil>" for none
	}{
		{"main domain", "discord.com", "Discord"},
		{"subdomain of a second domain", "cdn.discordapp.com", "Discord"},
		{"invite domain", "discord.gg", "Discord"},
		{"Google accounts", "accounts.google.com", "Google"},
		{"Vietnamese bank portal", "portal.vietcombank.com.vn", "Vietcombank"},
		{"Telegram short domain", "t.me", "Telegram"},
		{"Steam short domain", "s.team", "Steam"},
		{"listed country domain", "mail.yahoo.co.jp", "Yahoo"},
		{"private suffix owned by a brand", "x.googleapis.com", "Google"},
		{"brand top-level domain", "blog.google", "Google"},
		{"AnyCountry: co.id", "google.co.id", "Google"},
		{"AnyCountry: com.br", "google.com.br", "Google"},
		{"AnyCountry: ca", "www.google.ca", "Google"},
		{"AnyCountry: org.vn", "google.org.vn", "Google"},
		{"AnyCountry: Amazon com.mx", "amazon.com.mx", "Amazon"},
		{"AnyCountry by a name that is also a word", "garena.ph", "Garena"},
		{"AnyCountry, not a country", "google.xyz", "<nil>"},
		{"AnyCountry, not a commercial second level", "google.gov.vn", "<nil>"},
		{"not AnyCountry", "discord.co.id", "<nil>"},
		{"not AnyCountry either", "paypal.de", "<nil>"},
		{"brand domain inside another", "discord.com.free-nitro.ru", "<nil>"},
		{"name with more", "googleevil.com", "<nil>"},
		{"unrelated", "example.com", "<nil>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l := parse(t, tc.host)
			if got := brandName(builtin.Official(l.Domain, l.Suffix)); got != tc.want {
				t.Errorf("Official(%q, %q) = %s, want %s", l.Domain, l.Suffix, got, tc.want)
			}
		})
	}
	if b := builtin.Official("", ""); b != nil {
		t.Errorf("Official(\"\", \"\") = %s, want nil", b.Name)
	}
}

type matchCase struct {
	name     string
	host     string
	kind     Kind
	brand    string
	imitates string
	word     string
}

func TestMatch(t *testing.T) {
	t.Parallel()
	tests := []matchCase{
		// DomainInHost
		{"domain then dot", "discord.com.free-nitro.ru", DomainInHost, "Discord", "discord.com", "discord.com"},
		{"domain then hyphen", "steamcommunity.com-trade.ru", DomainInHost, "Steam", "steamcommunity.com", "steamcommunity.com"},
		{"www and domain", "www.yahoo.com.mail-secure.top", DomainInHost, "Yahoo", "yahoo.com", "yahoo.com"},
		{"subdomain before", "nitro.discord.com.free.ru", DomainInHost, "Discord", "discord.com", "discord.com"},
		{"second domain of the brand", "yahoo.co.jp.evil.com", DomainInHost, "Yahoo", "yahoo.co.jp", "yahoo.co.jp"},
		{"brand's gift domain", "discord.gift.ru", DomainInHost, "Discord", "discord.gift", "discord.gift"},
		{"official domain without the name", "login.microsoftonline.com.evil.ru", DomainInHost, "Microsoft", "microsoftonline.com", "microsoftonline.com"},
		{"official domain before a hyphen", "googleusercontent.com-files.ru", DomainInHost, "Google", "googleusercontent.com", "googleusercontent.com"},
		{"PayPal", "www.paypal.com.secure-login.info", DomainInHost, "PayPal", "paypal.com", "paypal.com"},
		{"MetaMask", "metamask.io.claim.xyz", DomainInHost, "MetaMask", "metamask.io", "metamask.io"},
		// Homoglyph
		{"Cyrillic d", "ԁiscord.com", Homoglyph, "Discord", "discord.com", "ԁiscord"},
		{"Cyrillic d, as punycode", "xn--iscord-vug.com", Homoglyph, "Discord", "discord.com", "ԁiscord"},
		{"Cyrillic a", "pаypal.com", Homoglyph, "PayPal", "paypal.com", "pаypal"},
		{"all Cyrillic but l", "раураl.com", Homoglyph, "PayPal", "paypal.com", "раураl"},
		{"Greek omicrons", "gοοgle.com", Homoglyph, "Google", "google.com", "gοοgle"},
		{"diacritic", "dìscord.com", Homoglyph, "Discord", "discord.com", "dìscord"},
		{"Armenian o", "օpensea.io", Homoglyph, "OpenSea", "opensea.io", "օpensea"},
		// Lookalike
		{"l for i", "dlscord.com", Lookalike, "Discord", "discord.com", "dlscord"},
		{"transposed letters", "discrod.com", Lookalike, "Discord", "discord.com", "discrod"},
		{"a letter dropped", "discrd.com", Lookalike, "Discord", "discord.com", "discrd"},
		{"n for m", "steancommunity.com", Lookalike, "Steam", "steamcommunity.com", "steancommunity"},
		{"l for i in a long name", "steamcommunlty.com", Lookalike, "Steam", "steamcommunity.com", "steamcommunlty"},
		{"tripled o", "gooogle-account.com", Lookalike, "Google", "google.com", "gooogle"},
		{"doubled m", "telegramm-login.org", Lookalike, "Telegram", "telegram.org", "telegramm"},
		{"rn for m", "rnicrosoft.com", Lookalike, "Microsoft", "microsoft.com", "rnicrosoft"},
		{"1 for l", "paypa1.com", Lookalike, "PayPal", "paypal.com", "paypa1"},
		{"zeros", "faceb00k.com", Lookalike, "Facebook", "facebook.com", "faceb00k"},
		{"rn for m in telegram", "telegrarn.org", Lookalike, "Telegram", "telegram.org", "telegrarn"},
		{"capital I for l", "teIegram.org", Lookalike, "Telegram", "telegram.org", "teiegram"},
		{"s for c", "binanse.com", Lookalike, "Binance", "binance.com", "binanse"},
		{"Vietnamese bank, l for i", "vletcombank.com", Lookalike, "Vietcombank", "vietcombank.com.vn", "vletcombank"},
		{"Vietnamese bank, doubled n", "vietcombannk.com", Lookalike, "Vietcombank", "vietcombank.com.vn", "vietcombannk"},
		{"short name by skeleton", "m0m0.vn", Lookalike, "MoMo", "momo.vn", "m0m0"},
		{"short name, 1 for i", "b1dv.com", Lookalike, "BIDV", "bidv.com.vn", "b1dv"},
		{"short name, one letter repeated", "tikiii.com", Lookalike, "Tiki", "tiki.vn", "tikiii"},
		{"both parts of a compound name misspelt", "stenncommmunity.com", Lookalike, "Steam", "steamcommunity.com", "stenncommmunity"},
		{"a domain-made name without its ending", "blockchaln.top", Lookalike, "Blockchain.com", "blockchain.com", "blockchaln"},
		{"a compound name's tail misspelt", "dicsordap.top", Lookalike, "Discord", "discordapp.com", "dicsordap"},
		{"a short core and its tail misspelt", "vingrup.com", Lookalike, "Vingroup", "vingroup.net", "vingrup"},
		{"a short core with a look-alike letter", "vlngroup.com", Lookalike, "Vingroup", "vingroup.net", "vlngroup"},
		// NameInDomain
		{"name and a word", "discord-gift.com", NameInDomain, "Discord", "discord.com", "discord"},
		{"Vietnamese bank and a word", "vietcombank-xacthuc.com", NameInDomain, "Vietcombank", "vietcombank.com.vn", "vietcombank"},
		{"name inside a word", "freediscordnitro.com", NameInDomain, "Discord", "discord.com", "freediscordnitro"},
		{"short name run together with a service", "evnonline.org", NameInDomain, "EVN", "evn.com.vn", "evnonline"},
		{"short name and verify", "mee6verify.org", NameInDomain, "MEE6", "mee6.xyz", "mee6verify"},
		{"short name and tracking", "uspstracking.com", NameInDomain, "USPS", "usps.com", "uspstracking"},
		{"short name and bank", "bidvbank.com", NameInDomain, "BIDV", "bidv.com.vn", "bidvbank"},
		{"name split by a hyphen", "dis-cord.com", NameInDomain, "Discord", "discord.com", "discord"},
		{"name under another suffix", "discordapp.ru", NameInDomain, "Discord", "discord.com", "discordapp"},
		{"short name as a word", "bidv-online.com", NameInDomain, "BIDV", "bidv.com.vn", "bidv"},
		{"short name alone", "momo.com", NameInDomain, "MoMo", "momo.vn", "momo"},
		{"short name and a number", "tiki789.com", NameInDomain, "Tiki", "tiki.vn", "tiki"},
		{"a wallet's name and a word", "tonkeeper-airdrop.app", NameInDomain, "Tonkeeper", "tonkeeper.com", "tonkeeper"},
		{"a lottery's name and a word", "vietlott-trungthuong.com", NameInDomain, "Vietlott", "vietlott.vn", "vietlott"},
		{"a courier's name and a word", "evri-redelivery.com", NameInDomain, "Evri", "evri.com", "evri"},
		{"a Vietnamese bank's name and a word", "abbank-xacthuc.com", NameInDomain, "ABBank", "abbank.vn", "abbank"},
		{"whole-word name as a word", "icloud-verify.com", NameInDomain, "Apple", "icloud.com", "icloud"},
		{"whole-word outlook", "outlook-login.com", NameInDomain, "Microsoft", "outlook.com", "outlook"},
		{"Steam with hyphen", "steam-community.ru", NameInDomain, "Steam", "steamcommunity.com", "steam"},
		// NameInSubdomain
		{"name as subdomain", "paypal.secure-host.example.com", NameInSubdomain, "PayPal", "paypal.com", "paypal"},
		{"name as first label", "discord.evil.com", NameInSubdomain, "Discord", "discord.com", "discord"},
		{"bank as a deeper label", "login.vietcombank.evil.vn", NameInSubdomain, "Vietcombank", "vietcombank.com.vn", "vietcombank"},
		{"name inside a subdomain word", "discordbot.example.com", NameInSubdomain, "Discord", "discord.com", "discordbot"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l := parse(t, tc.host)
			if b := builtin.Official(l.Domain, l.Suffix); b != nil {
				t.Fatalf("%s is official for %s", tc.host, b.Name)
			}
			m, ok := builtin.Match(l.Host, l.Unicode, l.Suffix)
			if !ok {
				t.Fatalf("Match(%q) found nothing, want %s of %s", tc.host, tc.kind, tc.brand)
			}
			if m.Kind != tc.kind || brandName(m.Brand) != tc.brand || m.Imitates != tc.imitates || m.Word != tc.word {
				t.Errorf("Match(%q) = %s %s imitates %q word %q; want %s %s imitates %q word %q",
					tc.host, m.Kind, brandName(m.Brand), m.Imitates, m.Word, tc.kind, tc.brand, tc.imitates, tc.word)
			}
		})
	}
}

func TestMatchNegatives(t *testing.T) {
	t.Parallel()
	hosts := []struct{ name, host string }{
		{"finance is not binance", "finance.com"},
		{"discover is not discord", "discover.com"},
		{"stream is not steam", "stream-online.com"},
		{"mystream", "mystream.com"},
		{"steamy", "steamy.com"},
		{"steamboat", "steamboat.com"},
		{"pineapple is not apple", "pineapple.com"},
		{"pineapple in Vietnam", "pineapple.vn"},
		{"snapple", "snapple.com"},
		{"appleseed", "appleseed.com"},
		{"huaweicloud is not icloud", "myhuaweicloud.com"},
		{"mycloud", "mycloud.com"},
		{"outlookindia is not outlook", "outlookindia.com"},
		{"telegraph is not telegram", "telegraph.co.uk"},
		{"gitlab", "gitlab.com"},
		{"stackoverflow", "stackoverflow.com"},
		{"wikipedia", "wikipedia.org"},
		{"golang", "golang.org"},
		{"reddit", "reddit.com"},
		{"medium", "medium.com"},
		{"techcrunch", "techcrunch.com"},
		{"techcom is not techcombank", "techcom.com"},
		{"shopper is not shopee", "shopper.com"},
		{"zalora is not zalo", "zalora.com"},
		{"gamestop", "gamestop.com"},
		{"dataflow", "dataflow.com"},
		{"short name inside a word", "bidvest.com"},
		{"short name inside another word", "tikitaka.com"},
		{"short name one edit away", "bidw-online.com"},
		{"name split across labels", "pay.pal.com"},
		{"example", "example.com"},
		// another name of the same kind as a compound brand name: the
		// brand's own part changed, or its generic word swapped
		{"another bank than acbbank", "okbank.com"},
		{"another bank than tpbank", "tgbank.com"},
		{"another group than vingroup: its short core changed", "vi9group.com"},
		{"another bank than lpbank or vibbank", "ixbank.com"},
		{"another community than steamcommunity", "linuxcommunity.org"},
		{"another company than canadapost", "canadapark.com"},
		{"another company than trustwallet", "trustwalk.com"},
		{"another company than epicgames", "edgegames.com"},
		{"a crypto word, not cryptocom", "cryptocowork.net"},
		{"a blockchain word, not blockchaincom", "blockchart.com"},
		{"two letters doubled make another word", "mommoo.com"},
		{"a number, not letters", "blue2024.com"},
		{"a word of a language, not trezor", "trevor-photos.com"},
		{"a German word, not telegram", "telegraf-monitoring.de"},
		{"a short name run together with a word, not a service", "upset-stories.com"},
		{"a short name inside another word", "bidvalue.com"},
	}
	for _, tc := range hosts {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			l := parse(t, tc.host)
			// a word of a language is reported as such, for the caller
			// to weigh by its ending (TestMatchDictionaryWords)
			if m, ok := builtin.Match(l.Host, l.Unicode, l.Suffix); ok && !m.Dictionary {
				t.Errorf("Match(%q) = %s of %s (word %q), want none", tc.host, m.Kind, brandName(m.Brand), m.Word)
			}
		})
	}
}

func TestMatchCustomBrand(t *testing.T) {
	t.Parallel()
	m := New([]Brand{{Name: "Acme Bank", Domains: []string{"acme-bank.vn", "acmebank.com.vn"}, Names: []string{"acmebank"}}})
	tests := []struct {
		host     string
		kind     Kind
		imitates string
	}{
		{"acmebank-login.com", NameInDomain, "acmebank.com.vn"},
		{"acrnebank.com", Lookalike, "acmebank.com.vn"},
		{"acmebank.com.vn.evil.ru", DomainInHost, "acmebank.com.vn"},
	}
	for _, tc := range tests {
		l := parse(t, tc.host)
		got, ok := m.Match(l.Host, l.Unicode, l.Suffix)
		if !ok || got.Kind != tc.kind || got.Imitates != tc.imitates || got.Brand.Name != "Acme Bank" {
			t.Errorf("Match(%q) = %+v, %v; want %s imitating %s", tc.host, got, ok, tc.kind, tc.imitates)
		}
	}
	if b := m.Official("acme-bank.vn", "vn"); b == nil || b.Name != "Acme Bank" {
		t.Errorf("Official(acme-bank.vn) = %v", b)
	}
	l := parse(t, "discord-gift.com")
	if got, ok := m.Match(l.Host, l.Unicode, l.Suffix); ok {
		t.Errorf("a matcher without Discord matched %q: %+v", l.Host, got)
	}
}

func TestKindString(t *testing.T) {
	t.Parallel()
	want := map[Kind]string{
		None: "none", DomainInHost: "domain_in_host", Homoglyph: "homoglyph", Lookalike: "lookalike",
		NameInDomain: "name_in_domain", NameInSubdomain: "name_in_subdomain",
	}
	for k, s := range want {
		if k.String() != s {
			t.Errorf("Kind(%d).String() = %q, want %q", k, k.String(), s)
		}
	}
}

func TestDistance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		a, b string
		k    int
		want int
	}{
		{"equal", "discord", "discord", 1, 0},
		{"substitution", "discord", "dlscord", 1, 1},
		{"insertion", "discord", "discordd", 1, 1},
		{"deletion", "discord", "discrd", 1, 1},
		{"transposition", "discord", "discrod", 1, 1},
		{"optimal string alignment, not Damerau", "ca", "abc", 3, 3},
		{"kitten", "kitten", "sitting", 3, 3},
		{"empty a", "", "abc", 3, 3},
		{"empty b", "abc", "", 3, 3},
		{"both empty", "", "", 0, 0},
		{"two edits within k", "steamcommunity", "steancommunlty", 2, 2},
		{"early exit above k", "aaaaaaaaaa", "bbbbbbbbbb", 2, 3},
		{"early exit at k 0", "abc", "xbc", 0, 1},
		{"too long", strings.Repeat("a", 65), strings.Repeat("a", 65), 1, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := distance(tc.a, tc.b, tc.k); got != tc.want {
				t.Errorf("distance(%q, %q, %d) = %d, want %d", tc.a, tc.b, tc.k, got, tc.want)
			}
		})
	}
}

func TestWithin(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		text, pattern string
		k             int
		want          bool
	}{
		{"exact inside", "freediscordnitro", "discord", 0, true},
		{"one edit inside", "freedlscordnitro", "discord", 1, true},
		{"one edit inside, k 0", "freedlscordnitro", "discord", 0, false},
		{"transposition costs two", "freediscrodnitro", "discord", 1, false},
		{"transposition within two", "freediscrodnitro", "discord", 2, true},
		{"at the start", "discordgift", "discord", 0, true},
		{"at the end", "giftdiscord", "discord", 0, true},
		{"too far", "freediscovernitro", "discord", 1, false},
		{"shorter text", "disc", "discord", 2, false},
		{"shorter text, k covers it", "disc", "discord", 3, true},
		{"empty text", "", "discord", 2, false},
		{"pattern too long", strings.Repeat("a", 70), strings.Repeat("a", 65), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := within(tc.text, tc.pattern, tc.k); got != tc.want {
				t.Errorf("within(%q, %q, %d) = %v, want %v", tc.text, tc.pattern, tc.k, got, tc.want)
			}
		})
	}
}

func TestTolerance(t *testing.T) {
	t.Parallel()
	for n, want := range map[int]int{5: 1, 6: 1, 8: 1, 9: 2, 11: 2, 12: 3, 20: 3} {
		if got := tolerance(n); got != want {
			t.Errorf("tolerance(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestNumberParts(t *testing.T) {
	t.Parallel()
	for s, want := range map[string][]string{
		"tiki111":    {"tiki"},
		"blue1000":   {"blue"},
		"abc123de12": {"abc", "de12"},
		"g00gle":     nil,
		"vn88shop":   nil,
		"123":        {},
		"shop789vip": {"shop", "vip"},
	} {
		got := numberParts(s)
		if len(got) != len(want) || (want == nil) != (got == nil) {
			t.Errorf("numberParts(%q) = %q, want %q", s, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("numberParts(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestDictionaryCurrent: every word of dictionary.go is one the brands'
// edit distances still misread. A word that is not (a brand's name changed
// or was dropped) says the file was written for other brands: write it
// again with go run ./internal/gen/dictionary. (Words a new brand's name
// makes misread cannot be found without the word lists.)
func TestDictionaryCurrent(t *testing.T) {
	t.Parallel()
	words := make([]string, 0, len(dictionary))
	for w := range dictionary {
		words = append(words, w)
	}
	kept := make(map[string]bool, len(words))
	for _, w := range LookalikeWords(words) {
		kept[w] = true
	}
	for _, w := range words {
		if !kept[w] {
			t.Errorf("%q in dictionary.go is no look-alike of a brand now: go run ./internal/gen/dictionary > bot/brand/dictionary.go", w)
		}
	}
	names := make([]string, 0, len(compounds))
	for w := range compounds {
		names = append(names, w)
	}
	if got := LookalikeWords(names); len(got) != len(names) {
		t.Errorf("%d of the %d compounds in dictionary.go are look-alikes of a brand now: go run ./internal/gen/dictionary > bot/brand/dictionary.go", len(got), len(names))
	}
	// the words are read as themselves, not as the brand
	if m, ok := builtin.Match("telegraf.com", "telegraf.com", "com"); ok && m.Kind == Lookalike && !m.Dictionary {
		t.Errorf("telegraf.com read as a look-alike of %s", m.Brand.Name)
	}
}

// TestMatchPlausibleNames: a look-alike whose word is also a name in its
// domain's language (two or three Vietnamese syllables under .vn) or a word
// of a dictionary is reported as plausible, so that the classifier asks for
// other evidence; a misspelling that is no such name is not.
func TestMatchPlausibleNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		host            string
		brand           string
		plausible, dict bool
		ownTLD          bool
	}{
		{"vietnet.vn", "Vietjet", true, false, false},        // Việt Nét
		{"viettai.vn", "Viettel", true, false, true},         // Việt Tài, on Viettel's own ending
		{"vinhphong.vn", "VNPT", true, false, true},          // Vinh Phong
		{"vietmi.com.vn", "Viettel", true, false, true},      // Việt Mì
		{"việtnét.vn", "Vietjet", true, false, false},        // written in Vietnamese letters
		{"vinagroup.vn", "Vingroup", true, false, false},     // Vina Group
		{"vinhgroup.com.vn", "Vingroup", true, false, false}, // Vinh Group
		{"vinagroup.com", "Vingroup", false, false, false},   // not under .vn
		{"vinngroup.vn", "Vingroup", false, false, false},    // a letter doubled
		{"viettai.com", "Viettel", false, false, false},      // not under .vn: a misspelling
		{"vietjat.vn", "Vietjet", false, false, false},       // jat is no Vietnamese syllable
		{"dlscord.com", "Discord", false, false, false},      // no word
		{"discard.com", "Discord", true, true, false},        // a word, on nobody's ending
		{"discard.gg", "Discord", false, true, true},         // a word one edit from discord.gg
		{"telegraf-monitoring.de", "Telegram", true, true, false},
		// the brand's first word kept, its second swapped for another
		{"safepay.com", "SafePal", true, false, false},
		{"bitbet.com", "Bitget", true, false, false},
		{"discore.gg", "Discord", false, false, true},   // one letter from discord.gg
		{"digcord.com", "Discord", false, false, false}, // the first word changed: a misspelling
	}
	for _, tc := range tests {
		l := parse(t, tc.host)
		m, ok := builtin.Match(l.Host, l.Unicode, l.Suffix)
		if !ok || m.Kind != Lookalike || m.Brand.Name != tc.brand {
			t.Errorf("Match(%q) = %v %s of %s, want a look-alike of %s", tc.host, ok, m.Kind, brandName(m.Brand), tc.brand)
			continue
		}
		if m.Plausible != tc.plausible || m.Dictionary != tc.dict || m.OwnTLD != tc.ownTLD {
			t.Errorf("Match(%q): plausible %v, dictionary %v, own TLD %v; want %v, %v, %v", tc.host,
				m.Plausible, m.Dictionary, m.OwnTLD, tc.plausible, tc.dict, tc.ownTLD)
		}
	}
}

// TestMatchPrefersAnImplausibleReading: a plausible look-alike does not
// hide another reading of the host that is no ordinary word.
func TestMatchPrefersAnImplausibleReading(t *testing.T) {
	t.Parallel()
	// a mark on a name that is no Vietnamese name is still a trick
	d := parse(t, "dìscord.vn")
	if m, ok := builtin.Match(d.Host, d.Unicode, d.Suffix); !ok || m.Kind != Homoglyph {
		t.Errorf("Match(dìscord.vn) = %s, want a homoglyph", m.Kind)
	}
	l := parse(t, "vietnet-vietcombank.vn")
	m, ok := builtin.Match(l.Host, l.Unicode, l.Suffix)
	if !ok || m.Plausible || m.Brand.Name != "Vietcombank" {
		t.Errorf("Match(vietnet-vietcombank.vn) = %s of %s (plausible %v), want Vietcombank's name", m.Kind, brandName(m.Brand), m.Plausible)
	}
}

func TestVietnameseNames(t *testing.T) {
	t.Parallel()
	for _, w := range []string{"vietnet", "thuedien", "vinhphong", "nguyenvan", "quocanh", "giaphat", "khuyenmai", "nghiemtuc", "thuongmai", "quynhhoa"} {
		if !vietnameseName(w) {
			t.Errorf("vietnameseName(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"viettel", "vietjet", "vingroup", "vinagroup", "vietlott", "kiet", "gerald", "ngetai", "cimbank", "viet", "telegram"} {
		if vietnameseName(w) {
			t.Errorf("vietnameseName(%q) = true, want false", w)
		}
	}
}

// TestMatchServiceNames: a brand's name beside nothing but a service's
// words is how an impostor names its page; beside words of another
// company's, or run together with the service, it is not said to be.
func TestMatchServiceNames(t *testing.T) {
	t.Parallel()
	tests := []struct {
		host    string
		service bool
	}{
		{"usps-tracking.com", true},
		{"bidv-online.com", true},
		{"app-discord.com", true},
		{"secure-login-paypal.com", true},
		// a courier's service words: a parcel's smishing
		{"dhl-express-track.shop", true},
		{"fedex-shipment.com", true},
		{"usps-package-redelivery.com", true},
		{"discord-bot-list.com", false},
		{"youtube-mp3.org", false},
		{"amazonpay.in", false}, // run together: Amazon's own service, as often
		{"evnonline.org", false},
		{"discord-gift.com", false},
	}
	for _, tc := range tests {
		l := parse(t, tc.host)
		m, ok := builtin.Match(l.Host, l.Unicode, l.Suffix)
		if !ok || m.Kind != NameInDomain || m.Service != tc.service {
			t.Errorf("Match(%q) = %v %s, service %v; want the brand's name, service %v", tc.host, ok, m.Kind, m.Service, tc.service)
		}
	}
}

// TestVietFold: Vietnamese letters lose their marks; a letter of another
// script or a byte that is no UTF-8 makes the word no Vietnamese one.
func TestVietFold(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		word, want string
		ok         bool
	}{
		{"việtnét", "vietnet", true},
		{"đàlạt", "dalat", true},
		{"thươngmại", "thuongmai", true},
		{"dìscord", "discord", true},
		{"pаypal", "", false}, // a Cyrillic а
		{"vi\xffet", "", false},
	} {
		if got, ok := vietFold(tc.word); got != tc.want || ok != tc.ok {
			t.Errorf("vietFold(%q) = %q %v, want %q %v", tc.word, got, ok, tc.want, tc.ok)
		}
	}
}
