package bot_test

import "testing"

// TestRecordPageReading (crypto29): a project's page of record (a post
// filed under its date, a release's page under its version) on a site
// whose name the link model's crypto expert alone reads near the warn
// point is read as the link model reads the whole link, no more than one
// logit under the expert, when posted bare or talked of plainly
// (recordPageReading). The second and fourth are warned on 0692917 (the
// first and third at 0.47, warned through immune scan). A page of
// no record's shape, a path with a kit's or lure's word in any segment,
// a disguised link, a lure beside it, and a name the expert reads above
// its mixed band are read as before.
func TestRecordPageReading(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"https://bitcoincore.org/en/releases/28.0/", false},
		{"https://bitcoinops.org/en/newsletters/2024/11/08/", false},
		{"https://bitcoincore.org/en/2024/07/03/disclose-timestamp-overflow/", false},
		{"bitcoin core 28.0 release notes https://bitcoincore.org/en/releases/28.0/", false},
		// read as before, 0.53 by the link model alone: allowed since
		// alone35 (TestModelAloneTwins holds their scores)
		{"https://bitcoinops.org/en/topics/taproot/", false},
		{"https://bitcoinops.org/en/newsletters/2024/11/08/wallet-connect", false},
		{"hxxps://bitcoincore[.]org/en/releases/28.0/", true},
		{"claim your airdrop https://bitcoincore.org/en/releases/28.0/", true},
		{"connect your wallet here https://bitcoinops.org/en/newsletters/2024/11/08/", true},
		{"https://etherdrops-node.com/en/releases/28.0/", true},
		{"https://coinnexa-chain.com/en/newsletters/2024/11/08/", true},
	})
}
