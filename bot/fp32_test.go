package bot_test

import "testing"

// TestPlainMildWord32: one mild lure word in a line of plain chat is read
// as the line would be without it (classify_mild32.go): the message
// stage no longer tips a link the link stage reads just under the warn
// point. A lure beyond one mild word, a reader spoken to, a brand named
// or @everyone still count the word.
func TestPlainMildWord32(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// tech chat: download, wallet, bitcoin, update in their own sense
		{"download page for core https://bitcoincore.org/en/download/", false},
		{"wallet rpc docs https://bitcoincore.org/en/doc/27.0.0/rpc/wallet/getbalance/", false},
		{"delving bitcoin thread https://delvingbitcoin.org/t/package-relay/303", false},
		{"download page for the scope firmware https://www.siglentna.com/service-and-support/firmware-software/digital-oscilloscopes/", false},
		// the same links beside a lure's words still warn
		{"your download page https://bitcoincore.org/en/download/", true}, // a reader spoken to
		// model36: allowed at 0.17, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"update your scope firmware https://www.siglentna.com/service-and-support/firmware-software/digital-oscilloscopes/", false}, // a reader spoken to
		{"coinbase wallet docs https://bitcoincore.org/en/doc/27.0.0/rpc/wallet/getbalance/", true},                                  // a brand named
		{"free login wallet https://bitcoincore.org/en/doc/27.0.0/rpc/wallet/getbalance/", true},                                     // mild words of three kinds
		{"@everyone download page https://bitcoincore.org/en/download/", true},                                                       // everyone pinged
		{"download the update https://bitcoincore.org/en/download/", true},                                                           // two mild words
		{"wallet locked, unlock here https://bitcoincore.org/en/download/", true},                                                    // an account lock
	})
}
