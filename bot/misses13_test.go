package bot_test

import "testing"

// TestPremiumNameThatLures: a premium name (one English word on .com,
// .net or .org) is read as a word's site, not by the model's doubt of
// its name; but one that is itself a lure's or scheme's word with such a
// word in its path says alone what a drainer's message says, and is read
// in full even bare or beside a neutral word (det12t's review left
// wallet.com/connect and airdrop.com/claim passing that way).
func TestPremiumNameThatLures(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"https://wallet.com/connect", true},
		{"wallet.com/connect", true},
		{"new drop: https://airdrop.com/claim", true},
		{"https://airdrop.com/claim", true},

		{"the PPA is at https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa", false},
		{"https://wallet.com/about is just a parked page", false},
		{"the hardware wallet guide https://www.ledger.com/academy/crypto/what-is-a-hardware-wallet", false},
		{"bridge docs: https://bridge.com/docs/getting-started", false},
	})
}
