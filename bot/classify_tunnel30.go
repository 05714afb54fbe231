package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// A brand's sign-in served through a tunnel. A tunnel service (ngrok,
// Cloudflare's quick tunnels, localtunnel, serveo) puts a program
// running on somebody's own machine on the web under a name of the
// service's: a developer's dev server, a webhook, a demo for a friend.
// A kit run the same way needs no host, no domain and no account, and
// it names its route for what it takes: a brand's name and a sign-in,
// a verification or a wallet's words, in either order
// (/coinbase/login, /login/coinbase, /signin/metamask, /verify/binance).
// lurePage reads the brand first on a name the service generated; the
// model reads the rest low (the tunnel's name says nothing, and the
// path's words are what an app's routes are named too), and the
// en-phish17t lines with the sign-in first, or on a name the tunnel's
// user picked (abc123, plain-tiger-42), were allowed.
//
// A brand's name after a sign-in's word is also the route a developer's
// app signs its users in by (passport's /auth/github, Flask-Dance's
// /login/github): such a link is read so only where the brand is no
// service other apps sign in with (signInProviders) and the message
// does not talk as a developer does (devTalk: a deploy, an error, a
// callback, code in backticks). A brand's own sign-in page is on its
// own site, never on a tunnel to somebody's laptop.
//
// A site of a hosting platform is read the same way: a project's name
// of its own (todo-list.web.app, acme-app.vercel.app) with another
// service's sign-in in its path (/login/kraken, /revolut/verify) is a
// kit uploaded under a name that tells nothing; of 3,024 probe lines
// (21 brands × 6 such paths × 8 platforms × 3 framings), 1,491 were
// allowed. A site named after the brand itself
// (netflix-clone.vercel.app/netflix/login) is its name's to judge, and a
// shop's payment route names the brand it takes payment by
// (/payment/paypal): the path must ask for a sign-in, a check or a
// wallet's secret (routeAsks).

// tunnelServices are the tunnel services whose every host is one label
// in front of the service's name, for anyone's machine.
var tunnelServices = setOf("ngrok-free.app", "ngrok-free.dev", "ngrok.app", "ngrok.io", "ngrok.dev", "trycloudflare.com",
	"loca.lt", "serveo.net", "serveousercontent.com", "lhr.life", "pinggy.link")

// brandSignInPage returns the brand a link's path is named for when
// the link is a page on a tunnel service's host (tunnelServices) or on
// a site of a hosting platform (siteOf; not a tenant service's, whose
// brand-named hosts are brandTenant's and selfServeBrand's, nor a site
// named after the brand itself) whose path holds one brand's name and
// what phishing asks for (routeAsks), and nothing else but words of
// credentialWords, a page's fillers and ids; with the brand after the
// asking word, only for a brand other apps do not sign in with and in
// a message that does not talk as a developer does; with a brand other
// apps sign in with first on a hosting platform's site, only in a page
// file. tunnel says which of the two hosts it is.
func brandSignInPage(l *linkx.Link, info *hostInfo, k *knowledge) (b *brand.Brand, tunnel bool) {
	if info.brands == nil || len(l.Path) < 4 || l.IP.IsValid() || l.Query != "" || info.official != nil || info.trusted {
		return nil, false
	}
	label := ""
	if _, service, ok := strings.Cut(l.Host, "."); ok && tunnelServices[service] {
		tunnel = true
	} else if !k.siteHosted(l) {
		return nil, false // most hosts: siteOf's copies of the link are made for a hosted site only
	} else if site, _ := siteOf(l); !tenantServices[site.Suffix] {
		label = site.Label()
	} else {
		return nil, false
	}
	first, named, asks := "", "", false
	words, ok := pathWordsOnly(lurePath(l.Path), func(w string) bool {
		if credentialWords.has(w) {
			asks = asks || routeAsks(w)
		} else if nb := info.brands.Named(w, 5); nb != nil && (b == nil || b == nb) {
			b, named = nb, w
		} else {
			return false
		}
		if first == "" {
			first = w
		}
		return true
	})
	if !ok || b == nil || !asks || len(words) < 2 || label != "" && strings.Contains(label, named) {
		return nil, false
	}
	switch path := lurePath(l.Path); {
	case credentialWords.has(first) && (signInProviders[named] || devTalk(k)):
		return nil, false // the provider an app signs in with (/auth/github)
	case !tunnel && signInProviders[named] && !pageFile(path):
		// a deployed app's route to the provider's sign-in, the
		// provider's name first (a bot's dashboard's /discord/login);
		// a kit's upload is a page file (/facebook-login.htm). On a
		// tunnel the brand first is a kit's folder, as lurePage reads
		// it on a name the tunnel made (rev16)
		return nil, false
	}
	return b, tunnel
}

// routeAsks reports a credential word (credentialWords) that asks for
// a sign-in, a check or a wallet's secret; a shop's or a site's own
// words (payment, billing, account, connect, update, secure) name
// the routes of any app that takes a brand's payment (/payment/paypal,
// /checkout/momo) and ask for nothing alone.
func routeAsks(w string) bool {
	switch w {
	case "payment", "billing", "account", "accounts", "connect", "update", "secure", "security", "sign":
		return false
	}
	return true
}

// signInProviders are the services other apps sign their users in
// with ("Sign in with Google"), by the word a route names them with
// (passport's /auth/github, Flask-Dance's /login/google,
// django-allauth's /accounts/facebook/login/): after a sign-in's word
// their name is a developer's route wherever it runs.
var signInProviders = setOf("google", "github", "gitlab", "bitbucket", "facebook", "twitter", "microsoft", "azure",
	"apple", "discord", "linkedin", "slack", "twitch", "spotify", "reddit", "steam", "amazon", "yahoo", "dropbox",
	"okta", "auth0", "zalo", "line", "kakao", "naver", "telegram", "yandex", "vk", "zoom", "atlassian", "salesforce",
	"notion", "figma", "strava", "patreon", "tiktok", "instagram", "shopify", "stripe", "hubspot", "keycloak")

// An upload's root on IPFS. An IPFS gateway serves anyone's upload at
// /ipfs/<content id>/ (or at <content id>.ipfs.<gateway>), and a page
// put there cannot be taken down by a host: drainers and fake claims
// publish there and post the upload's root alone, or with a word of
// what it takes ("the claim page is on ipfs so it cant be taken
// down"). lurePage reads a page named in the upload (/ipfs/<cid>/wallet);
// the root says nothing of itself, so the message is read: a message
// that lures hard, or one that does not talk as a developer does
// (devTalk) with a word of what phishing asks for that talk of a help
// desk, a wallet or a content id has not (askWords less tenantTalk and
// checkWords: claim, airdrop, restore, reward). An upload talked of in other words (IPFS's
// docs, an NFT's metadata, "the gateway https://ipfs.io/ipfs/…") and
// one posted bare are read as before: a bare upload's root is what a
// member shares of an NFT or a pinned site as well (read so, a line of
// en-tech18h was flagged).

// ipfsUploadRoot reports a link to an IPFS upload's root, by path on a
// gateway or any host (cidPath), or by a gateway's subdomain
// (bafy….ipfs.dweb.link), beside a word of what phishing asks for or in
// a message that lures hard.
func ipfsUploadRoot(l *linkx.Link, k *knowledge) bool {
	if l.Query != "" || l.IP.IsValid() || !ipfsRoot(l, k.hostKinds(l)&kindCIDHost != 0) {
		return false
	}
	if k.luresHard() {
		return true
	}
	if devTalk(k) {
		return false // a dapp's build, pinned and talked of
	}
	for w := range strings.FieldsSeq(string(k.folded())) {
		if askWords[w] && !tenantTalk[w] && !checkWords[w] {
			return true
		}
	}
	return false
}

// checkWords are the words of what phishing asks for that talk of
// content on IPFS uses of its own: a content id is verified and
// validated against what it holds.
var checkWords = setOf("verify", "verification", "validate", "validation", "authenticate")

// ipfsRoot reports a link to an IPFS upload's content id and nothing
// past it but a slash or an index page; cid is cidHost(l).
func ipfsRoot(l *linkx.Link, cid bool) bool {
	rest := ""
	if cid {
		rest = l.Path
	} else {
		path := lurePath(l.Path)
		if !cidPath(path) {
			return false
		}
		rest = path[len("/ipfs/"):]
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			rest = rest[i:]
		} else {
			rest = ""
		}
	}
	switch rest {
	case "", "/", "/index.html", "/index.htm":
		return true
	}
	return false
}
