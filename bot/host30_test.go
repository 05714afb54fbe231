package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestTunnelBrandPage (host30): a page on a tunnel to somebody's own
// machine, or on a site of a hosting platform, whose path names a brand
// and a sign-in, a check or a wallet's words, in either order and on a
// name the tunnel made or its user picked, is a kit's page. A sign-in
// provider other apps use after a sign-in's word (/auth/github,
// /login/google), a brand after a sign-in's word in a developer's talk,
// a shop's payment route (/payment/paypal) and routes with no brand
// (/webhooks/stripe is no sign-in) are read as before.
func TestTunnelBrandPage(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://dev42.ngrok-free.app/login/kraken", bot.Warn},
		{"https://9c1d-77-21-140-3.ngrok-free.app/signin/trezor", bot.Warn},
		{"https://quiet-lake-77.trycloudflare.com/verify/revolut", bot.Warn},
		{"log in here, the old link is dead https://stone-river-hat.trycloudflare.com/login/coinbase", bot.Warn},
		{"https://brave-owl.loca.lt/account/kraken/verify", bot.Warn},
		{"https://todo-list.web.app/login/kraken", bot.Warn},
		{"https://acme-app.vercel.app/revolut/verify", bot.Warn},
		{"check this https://demo-site.onrender.com/signin/trezor", bot.Warn},

		{"https://9c1d-77-21-140-3.ngrok-free.app/auth/github", bot.Allow},
		{"try it https://9c1d-77-21-140-3.ngrok-free.app/login/google", bot.Allow},
		{"the callback still fails on my dev server https://dev42.ngrok-free.app/login/coinbase", bot.Allow},
		{"https://9c1d-77-21-140-3.ngrok-free.app/webhooks/stripe", bot.Allow},
		{"https://quiet-lake-77.trycloudflare.com/login", bot.Allow},
		{"https://todo-list.web.app/payment/momo", bot.Allow},
		{"my project https://acme-shop.vercel.app/login/google", bot.Allow},
		{"https://9c1d-77-21-140-3.ngrok-free.app/payment/paypal", bot.Allow},
		{"https://todo-list.web.app/discord/login", bot.Allow},
	})
}

// TestIPFSUploadRoot (host30): the root of an upload on IPFS, on a
// gateway by path or by subdomain, beside a claim's or a drainer's words
// is a lure page; the same root talked of as content (a content id
// verified, an NFT's metadata, a pinned build) or posted bare is read as
// before.
func TestIPFSUploadRoot(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"the claim page is hosted on ipfs now https://ipfs.io/ipfs/QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o/", bot.Warn},
		{"restore your tokens here https://bafybeihkoviema7g3gxyt6la7vd5ho32ictqbilu3wnlo3rs7ewhnp7lly.ipfs.dweb.link/", bot.Warn},

		{"you can verify the content hash https://ipfs.io/ipfs/QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o/", bot.Allow},
		{"the nft metadata is pinned at https://ipfs.io/ipfs/QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o/", bot.Allow},
		{"https://ipfs.io/ipfs/QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o/", bot.Allow},
	})
}
