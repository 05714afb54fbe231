package bot_test

import "testing"

// TestPlainHTTPTalkKitPaths: a plain-HTTP link whose path names what a
// phishing kit serves (PayPal's /cgi-bin/webscr, a webmail's login:
// /mailbox/, /zimbra/, /owa/; a kit's form handler: next.php) is not read
// as its HTTPS twin because a neutral remark stands beside it (rev15):
// each was flagged posted bare and passed with the remark after e08947b.
// An old project's plain-HTTP page beside the same remark still passes.
func TestPlainHTTPTalkKitPaths(t *testing.T) {
	t.Parallel()
	const say = "hmm what is this, got it from a friend "
	checkFlagged(t, []flagCase{
		{say + "http://fergusonelectric.net/cgi-bin/webscr/", true},
		{say + "http://oakridgecabins.com/next.php", true},
		{say + "http://oakridgecabins.com/mailbox/", true},
		{say + "http://oakridgecabins.com/zimbra/", true},
		{say + "http://oakridgecabins.com/ionos/", true},
		// tech chat's old pages beside a remark, as TestPlainHTTPInTalk
		{"the colors are explained at http://www.brendangregg.com/flamegraphs.html if you wonder", false},
		{"the qdisc chapter http://www.lartc.org/howto/lartc.qdisc.classful.html is still right", false},
	})
}
