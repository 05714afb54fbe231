package bot_test

import "testing"

// TestWalletConnectNetworkOwnSite (wc45): walletconnect.network is the
// WalletConnect Network's own site (its docs, the WCT token's pages), held
// by the WalletConnect brand beside walletconnect.com and reown.com; a
// stranger's name built on it is still WalletConnect's look-alike.
func TestWalletConnectNetworkOwnSite(t *testing.T) {
	checkFlagged(t, []flagCase{
		{"if you haven't seen walletconnect docs yet: <https://docs.walletconnect.network/>", false},
		{"https://walletconnect.network/", false},
		{"the staking docs https://docs.walletconnect.network/wct-token/staking", false},
		{"https://walletconnect-network.xyz/", true},
		{"claim your WCT airdrop https://walletconnect-network.com/claim", true},
		{"https://walletconnect.network.claim-wct.top/", true},
		{"connect your wallet https://walletconnectnetwork.app/sync", true},
	})
}
