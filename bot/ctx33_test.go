package bot_test

import "testing"

// TestCtx33TechTalk: a small site's page the link model alone reads
// towards phishing passes where the message talks of it with technical
// substance (code, versions, technical words and the page's own path
// words: techTalkReading); the same link posted bare, beside a short or
// tech-flavoured remark an attacker writes, beside one path word alone,
// or in a substantive line that speaks to its reader, names a brand,
// speaks of money or accounts, carries a lure's word or pings everyone
// is read as before.
func TestCtx33TechTalk(t *testing.T) {
	const (
		tdd    = "https://bitfieldconsulting.com/golang/tdd-go"
		bitter = "http://www.incompleteideas.net/IncIdeas/BitterLesson.html"
		guide  = "Bitfield's guide to TDD in golang: write the failing test first, then table tests and subtests, the -run and -v flags, benchmarks and fuzzing in Go 1.22"
	)
	checkFlagged(t, []flagCase{
		// technical substance about the page: allowed
		{guide + " " + tdd, false},
		{"Sutton's essay on the bitter lesson: general methods that scale with compute beat hand-built features, from chess engines to neural speech models; the GPU era of training proved it " + bitter, false},

		// the same links as an attacker posts them: flagged
		{tdd, true},
		{"golang " + tdd, true},
		{"docs for the API are at " + tdd, true},
		{"fixed the build, see " + tdd, true},
		{"new version 2.4.1 of the CLI is out " + tdd, true},
		{"Fixed in v2.3.1. The crash in `parse_config()` was a null pointer in the YAML parser, patched build here: " + tdd, true},
		{"the bitter lesson, read it every year " + bitter, true},

		// substance beside what a lure says: flagged
		{"Bitfield's guide to TDD in golang: write your failing test first, then table tests and subtests, the -run and -v flags, benchmarks and fuzzing in Go 1.22 " + tdd, true},
		{guide + ", used at PayPal " + tdd, true},
		{guide + ", login with the account " + tdd, true},
		{guide + ", for the crypto wallet " + tdd, true},
		{guide + ", download it now " + tdd, true},
		{"@everyone " + guide + " " + tdd, true},
	})
}
