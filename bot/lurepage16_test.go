package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestIPFSUploadsAndRoutedLurePages: an upload on an IPFS gateway, on
// cloudflare-ipfs.com too (a public suffix of its own, which read as
// nobody's site), is a lure page when its path after the content id is a
// credential word or a brand's name with no file ending; on a shared
// parent, a path of credential words with a wallet's among them is one
// without a file ending. A bare upload, a document's path and an app's
// sign-in route are not flagged.
func TestIPFSUploadsAndRoutedLurePages(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"your metamask needs to be re-verified https://cloudflare-ipfs.com/ipfs/bafybeih4zk2ksqyp2oh5fn5w6r7v2vmpb6mj6z4n7tw2r3gndnqf6aa3ya/login", bot.Delete},
		{"https://cloudflare-ipfs.com/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/metamask/", bot.Warn},
		{"https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wallet", bot.Warn},
		{"https://gateway.pinata.cloud/ipfs/QmT5NvUtoM5nWFfrQdVrFtvGfKFmG7AHE8P34isapyhCxX/office365", bot.Warn},
		{"https://pub-4f2a8c1d9e3b4d7f9a2c8e1b5d6f7a3c.r2.dev/wallet/connect", bot.Warn},
		{"https://myproject-a1b2.web.app/restore/wallet", bot.Warn},
		{"https://cloudflare-ipfs.com/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/", bot.Allow},
		{"https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Vincent_van_Gogh.html", bot.Allow},
		{"https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/metadata/1.json", bot.Allow},
		{"https://cloudflare-ipfs.com/", bot.Allow},
		{"https://todo-app.vercel.app/auth/login", bot.Allow},
		{"https://acme-docs.netlify.app/account/recovery", bot.Allow},
	})
}

// TestRegistryPackageNamedAsAFakeWalletHelper: a package on a registry
// where anyone publishes (npm, PyPI, deno.land/x, Chocolatey, Snapcraft,
// Flathub, Launchpad), named after a brand with the words of a fake
// wallet helper (seed, recovery, restore, sync), is warned about though
// the registry is trusted; a brand's own scope, a library for a brand's
// API, a brand's name alone and the registry's own pages are not.
func TestRegistryPackageNamedAsAFakeWalletHelper(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://www.npmjs.com/package/metamask-seed-recovery", bot.Warn},
		{"https://pypi.org/project/binance-api-wallet-recover/", bot.Warn},
		{"https://deno.land/x/metamask_sync", bot.Warn},
		{"https://community.chocolatey.org/packages/ledger-live-restore", bot.Warn},
		{"https://snapcraft.io/trezor-recovery", bot.Warn},
		{"https://www.npmjs.com/package/@metamask/eth-sig-util", bot.Allow},
		{"https://www.npmjs.com/package/@metamask/key-tree", bot.Allow},
		{"https://www.npmjs.com/package/@ledgerhq/hw-app-eth", bot.Allow},
		{"https://pypi.org/project/binance-connector/", bot.Allow},
		{"https://pypi.org/project/python-binance/", bot.Allow},
		{"https://community.chocolatey.org/packages/metamask-desktop", bot.Allow},
		{"https://snapcraft.io/docs/snapcraft-overview", bot.Allow},
		{"https://www.npmjs.com/package/bip39", bot.Allow},
		{"https://launchpad.net/~deadsnakes/+archive/ubuntu/ppa", bot.Allow},
	})
}

// TestTunnelBrandRouteAndAnyIPFSGateway: a tunnel's generated host
// (somebody's own machine) with a brand's name beside a credential word
// in its path, and an upload at /ipfs/<content id>/ on a gateway no list
// names, are lure pages; a tunnel's app routes, a hosted app's sign-in
// route named after the service it signs in with, and a bare upload are
// not.
func TestTunnelBrandRouteAndAnyIPFSGateway(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://8a1f-81-204-11-9.ngrok-free.app/coinbase/login", bot.Warn},
		{"https://ipfs.eth.aragon.network/ipfs/bafybeifrng3nlavtzqyvszkmqgzk3zxf2jqcmjqy5hlkfnoggpgc2dz5qy/wallet", bot.Warn},
		{"https://ipfs.eth.aragon.network/ipfs/bafybeifrng3nlavtzqyvszkmqgzk3zxf2jqcmjqy5hlkfnoggpgc2dz5qy/", bot.Allow},
		{"https://8a1f-81-204-11-9.ngrok-free.app/api/discord/callback", bot.Allow},
		{"https://8a1f-81-204-11-9.ngrok-free.app/login", bot.Allow},
		{"https://myapp.vercel.app/discord/login", bot.Allow},
	})
}
