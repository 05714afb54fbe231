package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// wLurePage is a page named for what a scam asks on a host that proves
// nothing about its owner (lurePage): it warns alone, and deletes beside
// a suspect name or a lure's words.
const wLurePage = 0.6

// lurePage returns the words of a link's path when the path is a page
// named for what a scam asks, on a host that proves nothing about its
// owner, and nil otherwise; premium says which of the two kinds it is:
//
//   - on a shared parent (a site or bucket on a hosting, delivery or
//     storage platform: d….cloudfront.net, pub-….r2.dev, x.web.app,
//     bucket.s3.amazonaws.com, storage.googleapis.com/bucket/), a page
//     file (.html, .php, .aspx …) whose path holds credential words
//     alone, two or more of them (/login/verify.html,
//     /secure/account/signin.php): a phishing kit is uploaded as files
//     named for what they ask. An app's routes have no file ending
//     (/login, /api/auth/callback), and a document or a blog post about
//     signing in names its topic with other words
//     (/guides/auth/login.html, /2024/09/how-passkeys-replace-passwords.html);
//   - on a premium name that is itself a word of what phishing names ask
//     for (premiumLure, domainWordName), a path of lure words alone (reward.com/claim,
//     airdrop.com/claim): the link says what a drainer's message says,
//     and a word's site with an ordinary path (reward.com/about) does
//     not.
func lurePage(l *linkx.Link, info *hostInfo, k *knowledge) (words []string, premium bool) {
	if l.IP.IsValid() || l.Domain == "" && !ipfsGateways[l.Host] || len(l.Path) < 2 {
		return nil, false
	}
	if info.read != nil && info.read.premium {
		if !premiumLure(l) || !domainWordName(l) {
			return nil, false
		}
		words, ok := pathWordsOnly(l.Path, lureWord)
		if !ok || len(words) == 0 {
			return nil, false
		}
		return words, true
	}
	// a session id after a semicolon (;jsessionid=…) and letters written
	// percent-encoded (/%6cogin/) are what the server reads past: the
	// page is the same (rev15)
	path := lurePath(l.Path)
	ipfs := ipfsPath(path) && (ipfsGateways[l.Host] || cidPath(path))
	if k.hostKinds(l)&kindCIDHost != 0 { // cidHost(l)
		// <cid>.ipfs.<gateway>/login.html: the same upload served under
		// its content id's own name; read as /ipfs/<cid>/login.html is
		path, ipfs = "/ipfs/"+l.Host[:strings.IndexByte(l.Host, '.')]+path, true
	}
	routed := false // a path with no page file's ending, as an app's route
	if !ipfs && (!pageFile(path) || datedPost(path)) {
		if datedPost(path) {
			return nil, false
		}
		routed = true
	}
	if l.ICANN && !info.userContent && !ipfs {
		if hosted := k.siteHosted(l); !hosted {
			return nil, false
		}
	}
	switch {
	case ipfs:
		// /ipfs/<cid>/: anyone's upload, named by its content
		path = path[1+strings.IndexByte(path[1:], '/')+1:]
		if i := strings.IndexByte(path[1:], '/'); i >= 0 {
			path = path[i+1:]
		} else {
			return nil, false
		}
	case bucketPathHosts[l.Host]:
		// the first folder is the bucket's name, its owner's choice
		if i := strings.IndexByte(path[1:], '/'); i >= 0 {
			path = path[i+1:]
		}
	}
	if ipfs {
		// an upload's page needs no file ending (/ipfs/<cid>/wallet):
		// one credential word or a brand's name, and nothing else
		words, ok := pathWordsOnly(path, func(w string) bool {
			return credentialWords.has(w) || info.brands != nil && info.brands.Named(w, 5) != nil
		})
		if !ok || len(words) == 0 {
			return nil, false
		}
		return words, false
	}
	// a tunnel's generated name (3f2a-81-204-11-9.ngrok-free.app) is
	// somebody's own machine, not a site: a brand's name in its path
	// beside a credential word (/coinbase/login) is a lure page too
	owner, _, generated := generatedName(l)
	tunnel := generated && owner == "" && !generatedBucket(l)
	brandWord := func(w string) bool { return tunnel && info.brands != nil && info.brands.Named(w, 5) != nil }
	words, ok := pathWordsOnly(path, func(w string) bool { return credentialWords.has(w) || brandWord(w) })
	// the brand's name first, as a kit's folder (/coinbase/login); after
	// a sign-in word it is the provider a developer's app signs its
	// users in with (passport's /auth/github, django-allauth's
	// /accounts/google/login/, ASP.NET's /signin-google) (rev16)
	branded := len(words) > 0 && brandWord(words[0]) && slices.ContainsFunc(words, credentialWords.has)
	if !ok || len(words) < 2 || routed && !slices.ContainsFunc(words, walletWords.has) && !branded {
		// an app's routes have no file ending (/auth/login,
		// /account/recovery); a route of a wallet's or a drainer's
		// words alone (/wallet/connect, /restore/wallet, /claim/airdrop)
		// is what a drainer's upload is named
		return nil, false
	}
	return words, false
}

// walletWords are the credential words of a wallet drainer's or a fake
// airdrop's page: a path of credential words with one of them is a
// lure page without a page file's ending too.
var walletWords = wordSet(setOf("wallet", "seed", "seedphrase", "mnemonic", "airdrop", "claim", "kyc"))

// lurePath returns a path as lurePage reads it: cut at a semicolon (a
// session id: /verify.jsp;jsessionid=…), and with letters and digits
// written percent-encoded (/%6cogin/) decoded.
func lurePath(path string) string {
	if i := strings.IndexByte(path, ';'); i >= 0 {
		path = path[:i]
	}
	if strings.IndexByte(path, '%') < 0 {
		return path
	}
	b := make([]byte, 0, len(path))
	for i := 0; i < len(path); i++ {
		if path[i] == '%' && i+2 < len(path) {
			if c, ok := unhex2(path[i+1], path[i+2]); ok && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				b = append(b, c)
				i += 2
				continue
			}
		}
		b = append(b, path[i])
	}
	return string(b)
}

// ipfsGateways are IPFS gateways that serve anyone's upload at
// /ipfs/<cid>/ (or a name's at /ipns/<name>/): a shared parent, as a
// storage bucket is.
var ipfsGateways = setOf("ipfs.io", "gateway.ipfs.io", "cloudflare-ipfs.com", "dweb.link", "gateway.pinata.cloud",
	"w3s.link", "nftstorage.link", "ipfs.fleek.co", "4everland.io")

// cidPath reports a path under /ipfs/ whose first folder is a content id
// (Qm… of 46 base58 letters, qm… when a link in capitals was read in
// lower case, or bafy…/bafk… in base32): the address an
// IPFS gateway serves an upload at, on any host (ipfs.eth.aragon.network).
func cidPath(path string) bool {
	rest, ok := strings.CutPrefix(path, "/ipfs/")
	if !ok {
		return false
	}
	cid, _, _ := strings.Cut(rest, "/")
	switch {
	case len(cid) == 46 && strings.HasPrefix(cid, "Qm"):
		return strings.IndexFunc(cid, func(r rune) bool {
			return !(r >= '1' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') || r == 'O' || r == 'I' || r == 'l'
		}) < 0
	case len(cid) == 46 && strings.HasPrefix(cid, "qm"):
		// one read in lower case from a link in capitals (readCaps)
		return strings.IndexFunc(cid, func(r rune) bool { return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z') }) < 0
	case len(cid) >= 50 && (strings.HasPrefix(cid, "bafy") || strings.HasPrefix(cid, "bafk")):
		return strings.IndexFunc(cid, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '2' && r <= '7') }) < 0
	}
	return false
}

// cidHost reports a host that is an IPFS gateway's name for one upload,
// its content id in front of ".ipfs." (bafy….ipfs.dweb.link,
// bafy….ipfs.w3s.link, bafy….ipfs.4everland.io): what it serves is the
// upload's, whoever runs the gateway.
func cidHost(l *linkx.Link) bool {
	cid, gateway, ok := strings.Cut(l.Host, ".")
	return ok && strings.HasPrefix(gateway, "ipfs.") && cidPath("/ipfs/"+cid)
}

// ipfsPath reports a path under /ipfs/ or /ipns/.
func ipfsPath(path string) bool {
	return strings.HasPrefix(path, "/ipfs/") || strings.HasPrefix(path, "/ipns/")
}

// domainWordName reports a name built from a word of what phishing names
// ask for (model.DomainWord: reward, wallet, airdrop), not only from a
// scheme's (launchpad, bridge: a word of crypto's and of everyday
// English alike).
func domainWordName(l *linkx.Link) bool {
	for _, w := range model.NameWords(strings.TrimSuffix(l.Domain, "."+l.Suffix)) {
		if model.DomainWord(w) {
			return true
		}
	}
	return false
}

// bucketPathHosts are storage hosts that name a bucket by the first
// folder of the path (storage.googleapis.com/BUCKET/…).
var bucketPathHosts = setOf("storage.googleapis.com", "firebasestorage.googleapis.com", "s3.amazonaws.com")

// lureWord reports a word of the lure or scheme vocabulary of names
// (model.DomainWord, model.SchemeWord) of four letters or more.
func lureWord(w string) bool {
	return len(w) >= 4 && (model.DomainWord(w) || model.SchemeWord(w))
}

// pathWordsOnly returns the distinct words of a path that word accepts,
// and false when the path holds any other word but pageFillers, numbers
// and hex ids.
func pathWordsOnly(path string, word func(string) bool) ([]string, bool) {
	var out []string
	ok := true
	forPathWords(path, func(w string) bool {
		switch {
		case word(w):
			for _, o := range out {
				if o == w {
					return true
				}
			}
			out = append(out, w)
		case pageFillers[w] || allDigits(w) || hexID(w):
		default:
			ok = false
		}
		return ok
	})
	return out, ok
}

// pageFile reports a path that ends in a page a server sends or runs
// (.html, .htm, .php, .asp, .aspx, .jsp, .shtml; .phtml, .xhtml, .jspx,
// ColdFusion's .cfm), or in a folder of one
// (…/index.html).
func pageFile(path string) bool {
	switch lastExt(path) {
	case "html", "htm", "php", "asp", "aspx", "jsp", "shtml", "phtml", "xhtml", "jspx", "cfm", "cfml":
		return true
	}
	return false
}

// lastExt returns the lower-cased extension of path's last segment, ""
// when it has none.
func lastExt(path string) string {
	seg := path[strings.LastIndexByte(path, '/')+1:]
	dot := strings.LastIndexByte(seg, '.')
	if dot < 0 {
		return ""
	}
	return strings.ToLower(seg[dot+1:])
}

// wordSet is a set of lower-case words.
type wordSet map[string]bool

func (s wordSet) has(w string) bool { return s[w] }

// credentialWords are what a sign-in, verification or wallet page is
// named with.
var credentialWords = wordSet(setOf("login", "logon", "signin", "sign", "verify", "verification", "validate",
	"validation", "confirm", "confirmation", "account", "accounts", "password", "passwd", "unlock", "recover",
	"recovery", "restore", "secure", "security", "auth", "authenticate", "authentication", "reactivate",
	"suspended", "webmail", "owa", "sso", "wallet", "connect", "seed", "seedphrase", "mnemonic", "claim", "airdrop",
	"kyc", "billing", "payment", "update", "xacthuc", "xacminh", "xacnhan", "dangnhap", "taikhoan", "mokhoa"))

// pageFillers are the words of a page's path that say nothing of it: a
// page file's ending, an index, a step, a language.
var pageFillers = setOf("html", "htm", "php", "asp", "aspx", "jsp", "shtml", "phtml", "xhtml", "jspx", "cfm", "cfml", "index", "default", "main", "home",
	"in", "on", "my", "your", "page", "step", "en", "us", "www")

// hexID reports a word of six hex digits or more, one of them a decimal
// digit: the random folder a phishing kit is unpacked into
// (/a8f3e2c1/login/verify.html), which says no more of the page than a
// number does (forPathWords already passes over one of more than 32).
func hexID(w string) bool {
	return len(w) >= 6 && allHex(w) && strings.ContainsAny(w, "0123456789")
}

// datedPost reports a path in a blog's dated folders, /YYYY/MM/ first
// (Blogger's /2024/03/security-update.html, Jekyll's
// /2024/03/12/account-security.html): a post's address, made of its
// date and its title, and a post titled "Security Update" or "Account
// Recovery" is named with credential words alone.
func datedPost(path string) bool {
	if len(path) < 9 || path[0] != '/' || path[5] != '/' || path[8] != '/' {
		return false
	}
	y, m := path[1:5], path[6:8]
	return allDigits(y) && (y[:2] == "19" || y[:2] == "20") && allDigits(m) && m >= "01" && m <= "12"
}

// lurePackage returns, for a link to a package's, an app's or a
// publisher's page on a registry where anyone publishes (Chocolatey's
// packages, snapcraft.io, Flathub's apps, deno.land/x, Launchpad's
// users and PPAs, npm, PyPI), the package's name when it is named after
// a brand (not in the brand's own scope: @metamask/…) with a word of a
// wallet's recovery or a drainer's lure beside it (packageLureWords:
// metamask-seed-recovery, ledger-live-wallet-restore), and that brand
// and those words. Such a name is what fake wallet helpers are
// published under; a library for a brand's API names its language or
// kind (binance-connector, python-telegram-bot). The registry's own
// pages and other packages are not read.
func lurePackage(l *linkx.Link, bm *brand.Matcher) (name string, b *brand.Brand, words []string) {
	name = packageName(l)
	if name == "" || bm == nil {
		return "", nil, nil
	}
	scope := ""
	if strings.HasPrefix(name, "@") {
		if s, _, ok := strings.Cut(name[1:], "/"); ok {
			scope = s
		}
	}
	parts := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	for _, w := range parts {
		if packageLureWords[w] && !slices.Contains(words, w) {
			words = append(words, w)
		}
		if b == nil {
			b = bm.Named(w, 5)
		}
	}
	if b == nil || len(words) == 0 {
		return "", nil, nil
	}
	if scope != "" && bm.Named(strings.ToLower(scope), 5) == b {
		return "", nil, nil // the brand's own scope (@metamask/…, @ledgerhq/…)
	}
	return name, b, words
}

// packageLureWords are the words of a fake wallet helper's name: a seed
// or a wallet recovered, restored or unlocked, a drainer guarded
// against, an airdrop claimed, an account verified.
var packageLureWords = setOf("seed", "seedphrase", "mnemonic", "recover", "recovery", "restore", "unlock", "drainer",
	"rectify", "claim", "airdrop", "kyc", "verify", "validate", "sync", "phrase")

// packageName returns the name of the package, app or publisher a
// registry's link shows (packagePaths), or "".
func packageName(l *linkx.Link) string {
	prefix, ok := packagePaths[strings.TrimPrefix(l.Host, "www.")]
	if !ok {
		return ""
	}
	rest, ok := strings.CutPrefix(l.Path, prefix)
	if !ok || rest == "" {
		return ""
	}
	seg, more, _ := strings.Cut(rest, "/")
	if strings.HasPrefix(seg, "@") {
		// an npm scope: @scope/name
		name, _, _ := strings.Cut(more, "/")
		if name == "" {
			return ""
		}
		return seg + "/" + name
	}
	if prefix == "/" && snapcraftPages[seg] {
		return ""
	}
	return seg
}

// packagePaths are the registries where anyone publishes, by host, and
// the path a package's, an app's or a publisher's page starts with.
var packagePaths = map[string]string{
	"community.chocolatey.org": "/packages/", "chocolatey.org": "/packages/", "snapcraft.io": "/",
	"flathub.org": "/apps/", "deno.land": "/x/", "launchpad.net": "/~", "npmjs.com": "/package/",
	"pypi.org": "/project/",
}

// snapcraftPages are snapcraft.io's own pages, beside its snaps' (/NAME).
var snapcraftPages = setOf("docs", "store", "about", "search", "publisher", "account", "login", "build", "blog", "iot",
	"first-snap", "snaps", "install", "tutorials", "static", "legal")
