package bot_test

import "testing"

// TestIPFSSubdomainLurePage: a page named for what phishing asks on an
// IPFS upload served under its content id's own name
// (<cid>.ipfs.dweb.link/login.html, <cid>.ipfs.4everland.io/metamask.html)
// is read as the same page at /ipfs/<cid>/ is, whatever words sit
// beside it: before, such a page was flagged only when posted bare (a
// hosted brand's page, a sign-in at a site's root) and allowed after
// "check this out:", "lol" or "(nice!)", and on a gateway whose name is
// no hosting platform's the content id was read away as a made-up label.
// An upload's root, its metadata and its images beside the same words
// stay allowed.
func TestIPFSSubdomainLurePage(t *testing.T) {
	t.Parallel()
	const cid = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
	const kcid = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	checkFlagged(t, []flagCase{
		{"check this out: https://" + cid + ".ipfs.dweb.link/metamask.html", true},
		{"https://" + cid + ".ipfs.w3s.link/dhl.html (nice!)", true},
		{"https://" + cid + ".ipfs.nftstorage.link/verify.html lol", true},
		{"check this out https://" + kcid + ".ipfs.dweb.link/restore.html", true},
		{"https://" + cid + ".ipfs.4everland.io/login.html", true},
		{"check this out: https://" + cid + ".ipfs.4everland.io/webmail.html", true},
		{"https://" + kcid + ".ipfs.cf-ipfs.com/metamask.html (nice!)", true},
		{"https://" + cid + ".ipfs.cf-ipfs.com/wallet", true},
		{"check this out: https://ipfs.io/ipfs/" + cid + "/login.html", true}, // the path form, as before

		{"check this out: https://" + cid + ".ipfs.dweb.link/", false},
		{"here's the nft metadata https://" + cid + ".ipfs.w3s.link/metadata.json", false},
		{"logo https://" + cid + ".ipfs.dweb.link/discord.png", false},
		{"the app build https://" + cid + ".ipfs.4everland.io/", false},
		{"our docs are pinned at https://" + cid + ".ipfs.dweb.link/docs/getting-started.html", false},
	})
}
