package bot_test

import "testing"

// TestProjectSiteTalk (crypto32): a project's own site that a developer
// names as they talk of it, with no lure, is read as the general link
// model reads its name, without the crypto expert and without what a
// project's word (protocol, web3, token, mainnet) adds on its own
// (projectSiteReading). Each of the first four is flagged posted bare.
// The same sites posted bare, beside a lure, @everyone, a brand that is
// not the site's own or a verifying word, with a drainer's word in the
// name or the path, a page below the root, a query, a kit's folder or session id, plain HTTP,
// on a hosting platform or a cheap ending, or written disguised are read
// as before.
func TestProjectSiteTalk(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		// developers' talk: allowed
		{"ethernodes client share by version https://ethernodes.org/", false},
		{"the stratum v2 spec on the stratum protocol site https://stratumprotocol.org/", false},
		{"the ark protocol docs https://ark-protocol.org/", false},
		{"the kestrel protocol spec https://kestrelprotocol.org/", false},
		// the drainer's and the spray's twins: flagged
		{"https://ethernodes.org/", true},
		{"https://ark-protocol.org/", true},
		{"https://kestrelprotocol.org/", true},
		{"claim your ethernodes airdrop https://ethernodes.org/", true},
		{"@everyone ethernodes client share by version https://ethernodes.org/", true},
		{"connect your wallet on the ark protocol site https://ark-protocol.org/", true},
		{"the metamask docs for the ark protocol https://ark-protocol.org/", true},
		{"the ark protocol verify page https://ark-protocol.org/", true},
		{"the kestrel protocol docs https://kestrelprotocolsync.org/", true},
		{"the kestrel protocol docs https://kestrelprotocol-rewards.org/", true},
		{"kestrel protocol docs https://kestrel-mainnet-validator.org/", true},
		{"uniswap protocol docs https://uniswap-protocol.org/", true},
		{"the ark protocol docs https://ark-protocol.org/wallet/connect", true},
		{"the ark protocol docs https://ark-protocol.org/?ref=claim", true},
		{"the ark protocol docs https://ark-protocol.org/wp-admin/index.php", true},
		{"the ark protocol docs https://ark-protocol.org/a1b2c3d4e5f6a7b8c9d0/", true},
		{"the ark protocol docs http://ark-protocol.org/", true},
		{"ranger protocol docs https://rangerprotocol.org/docs/", true},
		{"the ark protocol docs https://ark-protocol.gitbook.io/", true},
		{"the ark protocol docs https://ark-protocol.xyz/", true},
		{"the ark protocol docs hxxps://ark-protocol[.]org/", true},
	})
}
