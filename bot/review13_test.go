package bot_test

import "testing"

// TestCredentialsThatImitateABrand: rev13's review of det13's
// credentials-in-a-link loosening. Text before the @ written a letter or
// a digit off a brand (zal0, micros0ft, paypa1, g00gle), or a brand split
// by a hyphen (pay-pal), passes for the brand as its own name does:
// the loosening let it through as a placeholder, since the brand's name
// is not among its words. A word of the lure's lexicon inside a longer
// one (xacthuctaikhoan) is a lure's word as in a domain name. Credentials
// as tools and documentation write them stay no finding.
func TestCredentialsThatImitateABrand(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"https://zal0@cleanhost-example.com/khieunai", true},
		{"https://micros0ft@cleanhost-example.com/review", true},
		{"https://paypa1-resolution@cleanhost-example.com/", true},
		{"https://g00gle@cleanhost-example.com/", true},
		{"https://c0inbase@cleanhost-example.com/cancel", true},
		{"https://vietcombamk@cleanhost-example.com/", true},
		{"https://pay-pal@cleanhost-example.com/", true},
		{"https://xacthuctaikhoan@cleanhost-example.com/", true},

		{"set the proxy to http://joe:password@proxy.example.com:3128 and retry", false},
		{"pip install --index-url https://0123456789abcdef@pypi.company.com/simple mypkg", false},
		{"deb https://apt:debian@example.org/debian bookworm main", false},
		{"git clone https://user@example.com/repo.git, then set the credential helper", false},
		{"git clone https://johndoe@bitbucket.org/team/repo.git", false},
		{"curl http://root:toor@10.0.0.5:8080/status", false},
		{"the router page is http://admin:admin@192.168.1.1/", false},
		{"commits go to https://committer@git.example.org/org2/project2.git", false},
	})
}
