package bot

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// What a host's name cannot say. The link model and the name's words
// read a host name as its owner chose it; some names were not chosen
// that way, and reading them so makes false alarms in tech chat:
//
//   - a premium name: one English word on .com, .net or .org
//     (launchpad.net, wallet.com). Every such name was registered long
//     ago and is dear to buy; a scam names itself with words joined to
//     a brand or a lure (wallet-connect.app, launchpadfinance.com). In
//     the training lists 36 of 211,944 phishing domains are premium
//     names (most compromised sites, named by their links) and 1,214 of
//     65,758 popular benign ones. What the model and the lure words make
//     of the word does not count; a brand or a look-alike in it still
//     does (discord.net), and so do the path (a compromised site's kit)
//     and the message. Only the bare name or www is read so: a word's
//     site may lend its subdomains to anyone (someone.tripod.com).
//
//   - a name a platform generates: a tunnel's (3f2a-81-204-11-9
//     .ngrok-free.app, four random words under trycloudflare.com) or a
//     preview deployment's around the project's own name
//     (shop-git-fix-login-acme.vercel.app, deploy-preview-482--docs
//     .netlify.app, api-pr-45.onrender.com). The generated part is the
//     platform's, not the owner's: the model reads the owner's part
//     alone (the project's name; none for a tunnel), and the words of
//     a branch (fix-login) are not the owner's name either.
//
// Both are applied when a link is judged (nameReading), not to what the
// combiner is fitted on (Classifier.LinkSignals), and only in a message
// that is no lure (knowledge.stopsReadings): a scam that cannot afford a name
// of its own points to a bought or compromised premium name, a tunnel or
// a bucket, and says what it wants there.

//go:generate sh -c "grep -x '[a-z]\\{4,14\\}' /usr/share/dict/american-english-large | LC_ALL=C sort -u | gzip -9n > premiumwords.gz"

// premiumWordsGz is Debian's american-english-large word list (package
// wamerican-large 2020.12.07), its words of 4 to 14 lower-case letters,
// sorted, one a line, gzipped: the go:generate line above remakes it.
//
//go:embed premiumwords.gz
var premiumWordsGz []byte

var premiumWords struct {
	once sync.Once
	text string // the words, one a line
	// start holds where each word starts in text, and after the last
	// where a word after it would start (len(text), or one more when
	// text does not end with a newline): word i ends a byte before
	// word i+1 starts
	start []uint32
}

// englishWord reports whether w is a word of premiumWordsGz.
func englishWord(w string) bool {
	if len(w) < 4 || len(w) > 14 {
		return false
	}
	pw := &premiumWords
	pw.once.Do(func() {
		r, err := gzip.NewReader(bytes.NewReader(premiumWordsGz))
		if err != nil {
			panic("premiumwords.gz: " + err.Error())
		}
		b, err := io.ReadAll(r)
		if err != nil {
			panic("premiumwords.gz: " + err.Error())
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			b = append(b, '\n')
		}
		pw.text = string(b)
		pw.start = make([]uint32, 0, bytes.Count(b, []byte{'\n'})+1)
		for i := 0; i < len(b); {
			pw.start = append(pw.start, uint32(i))
			i += bytes.IndexByte(b[i:], '\n') + 1
		}
		pw.start = append(pw.start, uint32(len(b)))
	})
	// the first word not before w, by halves (sort.Search's way)
	lo, hi := 0, len(pw.start)-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if pw.text[pw.start[mid]:pw.start[mid+1]-1] < w {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo < len(pw.start)-1 && pw.text[pw.start[lo]:pw.start[lo+1]-1] == w
}

// premiumEndings are the endings on which every English word was
// registered long ago.
var premiumEndings = setOf("com", "net", "org")

// premiumName reports a registrable domain that is one English word on
// .com, .net or .org (launchpad.net, wallet.com), at a name of its own
// (not a site on a hosting platform), bare or at www.
func premiumName(l *linkx.Link, hosted bool) bool {
	label := premiumShape(l, hosted)
	return label != "" && englishWord(label)
}

// premiumShape returns the registrable label of a domain shaped as a
// premium name may be, lower-case letters alone on .com, .net or .org
// with no subdomain but www, or "" for any other.
func premiumShape(l *linkx.Link, hosted bool) string {
	if hosted || !l.ICANN || !premiumEndings[l.Suffix] || l.IP.IsValid() {
		return ""
	}
	if rest, _ := dropFrontLabels(l.Subdomain()); rest != "" {
		// a word's site may lend its subdomains to anyone
		// (someone.tripod.com) or be a compromised host's parent
		// (paypal-service.abolished.com): the name is read in full;
		// its own fronts (www., m., app.) are the site's
		// (classify_frontlabel.go)
		return ""
	}
	label := strings.TrimSuffix(l.Domain, "."+l.Suffix)
	for i := 0; i < len(label); i++ {
		if label[i] < 'a' || label[i] > 'z' {
			return ""
		}
	}
	return label
}

// premiumLure reports a premium name that is itself a lure's or a
// scheme's word (wallet, airdrop, reward) with such a word in its path
// too (wallet.com/connect, airdrop.com/claim): the link alone says what
// a drainer's message says, so the name, bought for it, is read in full
// with no lure needed beside it. A word's site with a lure word in its
// path alone (launchpad.net/+login) or a lure-word name with a plain
// path (wallet.com/about) is still read as a word.
func premiumLure(l *linkx.Link) bool {
	return len(model.NameWords(strings.TrimSuffix(l.Domain, "."+l.Suffix))) > 0 && len(pathLureWords(l)) > 0
}

// generatedName returns, for a host whose name a tunnel or preview
// platform generated in whole or in part, the name its owner chose on
// the platform (owner; "" for a tunnel, whose whole name is generated)
// and the rest of what the owner chose in it (chosen: a branch's or a
// team's name, whose lure words still count, though the model does not
// read them), and true; false for any other host. Only names the
// platform makes are read so: a name its user picks (a paid tunnel's
// custom name, localtunnel's requested one) is read in full.
func generatedName(l *linkx.Link) (owner, chosen string, ok bool) {
	if !model.Hosted(l) {
		return "", "", false
	}
	site, _ := model.Site(*l)
	label := site.Label()
	if strings.Count(l.Host, ".") != strings.Count(site.Domain, ".") {
		// a label before the site's: pages.dev's deployments
		// (a1b2c3d4.acme-web.pages.dev) and branches
		// (fix-login.acme-web.pages.dev)
		if site.Suffix == "pages.dev" {
			sub := l.Host[:len(l.Host)-len(site.Domain)-1]
			if rest, _ := dropFrontLabels(sub); rest == "" {
				// a branch named as a front (m., app.) is the
				// site's front: read as the site is
				// (classify_frontlabel.go)
				return "", "", false
			}
			if len(sub) == 8 && allHex(sub) {
				sub = ""
			}
			return label, sub, true
		}
		return "", "", false
	}
	switch site.Suffix {
	case "ngrok-free.app", "ngrok-free.dev":
		// 3f2a-81-204-11-9 (four hex digits and the address) or a
		// free static name of random words, which no user picks
		if tunnelAddress(label) || randomWords(label, 3) {
			return "", "", true
		}
	case "ngrok.app", "ngrok.io", "ngrok.dev":
		if tunnelAddress(label) {
			return "", "", true
		}
	case "trycloudflare.com":
		// quick tunnels get random words: oriented-pine-travelers-pottery
		if randomWords(label, 3) {
			return "", "", true
		}
	case "r2.dev", "cloudfront.net":
		// a bucket's public address (pub-<32 hex digits>.r2.dev) or a
		// distribution's (d1a2b3c4d5e6f7.cloudfront.net)
		if generatedBucket(l) {
			return "", "", true
		}
	case "app.github.dev":
		// a codespace's forwarded port: fuzzy-space-waffle-4jq5r7x-3000
		return "", "", true
	case "vercel.app":
		// PROJECT-git-BRANCH-SCOPE and PROJECT-HASH-SCOPE
		if i := strings.Index(label, "-git-"); i > 0 {
			return label[:i], label[i+5:], true
		}
		parts := strings.Split(label, "-")
		for i := 1; i < len(parts); i++ {
			if len(parts[i]) == 9 && hashLike(parts[i]) {
				return strings.Join(parts[:i], "-"), strings.Join(parts[i+1:], "-"), true
			}
		}
	case "netlify.app":
		// deploy-preview-N--SITE, HASH--SITE, BRANCH--SITE
		if pre, owner, ok := strings.Cut(label, "--"); ok && owner != "" {
			if n, ok := strings.CutPrefix(pre, "deploy-preview-"); ok && allDigits(n) || len(pre) == 24 && allHex(pre) {
				pre = ""
			}
			return owner, pre, true
		}
		// a site nobody named: Netlify names it ADJECTIVE-NOUN-HEX
		// (splendid-malasada-3f2a1c), its path read in full, and a
		// link with a lure's or a sign-in's word in its path
		// (/signin.html) read as before, in full (netlifyGenerated,
		// nameRead.siteLure; host32)
		if netlifyGenerated(label) {
			return "", "", true
		}
	case "web.app", "firebaseapp.com":
		// Firebase Hosting's preview channels: SITE--CHANNEL-HASH, the
		// hash eight lower-case letters and digits
		// (chatvui-2024--pr12-verify-email-a1b2c3d4.web.app)
		if owner, rest, ok := strings.Cut(label, "--"); ok && owner != "" {
			if i := strings.LastIndexByte(rest, '-'); i > 0 && len(rest)-i-1 == 8 && isLowerAlnum(rest[i+1:]) {
				return owner, rest[:i], true
			}
		}
	case "onrender.com":
		// SERVICE-pr-N
		if i := strings.LastIndex(label, "-pr-"); i > 0 && allDigits(label[i+4:]) {
			return label[:i], "", true
		}
	}
	return "", "", false
}

// chosenLure reports whether the part of a generated name its owner
// chose (a preview's branch or team: docs-git-claim-airdrop-user
// .vercel.app, verify-wallet-login--docs.netlify.app) holds a lure's
// phrase of two words or mild words of two kinds: the name is then read
// in full, as one the owner chose. A branch's ordinary words (fix-login,
// feature-auth, main) are one kind at most.
func chosenLure(chosen string) bool {
	if chosen == "" {
		return false
	}
	found := lure.Find(strings.ReplaceAll(chosen, "-", " "))
	kinds := 0
	for _, h := range found {
		if h.Weight == 0 {
			continue
		}
		if h.Weight >= lure.Strong && strings.Contains(h.Phrase, " ") {
			return true
		}
		kinds++
	}
	return kinds >= 2
}

// generatedBucket reports a storage bucket's or a delivery network's
// address its platform generated: pub-<32 hex digits>.r2.dev,
// d<13 letters or digits>.cloudfront.net. No owner names a bucket there
// after what it holds.
func generatedBucket(l *linkx.Link) bool {
	label, suffix, ok := strings.Cut(l.Host, ".")
	if !ok {
		return false
	}
	switch suffix {
	case "r2.dev":
		hex, ok := strings.CutPrefix(label, "pub-")
		return ok && len(hex) == 32 && allHex(hex)
	case "cloudfront.net":
		return len(label) == 14 && label[0] == 'd' && hashLike(label[1:]) || len(label) == 14 && label[0] == 'd' && allDigits(label[1:])
	}
	return false
}

// tunnelAddress reports a tunnel's label of four to twelve hex digits
// and an IPv4 or IPv6 address written with hyphens: 3f2a-81-204-11-9,
// ab12-2001-db8-1.
func tunnelAddress(label string) bool {
	parts := strings.Split(label, "-")
	if len(parts) < 3 || len(parts[0]) < 4 || len(parts[0]) > 12 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 12 || !allHex(p) {
			return false
		}
	}
	return true
}

// randomWords reports a label of at least n words of letters joined by
// hyphens, as tunnel services generate them.
func randomWords(label string, n int) bool {
	parts := strings.Split(label, "-")
	if len(parts) < n || len(parts) > 6 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if p[i] < 'a' || p[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// hashLike reports a deployment's hash: lower-case letters and digits,
// with at least one digit and one letter.
func hashLike(s string) bool {
	digit, letter := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'z':
			letter = true
		default:
			return false
		}
	}
	return digit && letter
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// nameRead is what the classifier reads of a host's name when it judges
// one of its links, where that differs from what the combiner is fitted
// on (hostInfo.read): nil for most hosts.
type nameRead struct {
	// hostLogit replaces hostInfo.hostLogit, and the experts' reading is
	// dropped
	hostLogit float32
	// capped: the path's reading may not warn alone either (a generated
	// name's); a premium name's path is read in full, as a compromised
	// site's kit is found by it
	capped bool
	// premium: the name is one English word on .com/.net/.org
	// (premiumName)
	premium bool
	// portal: the name is an id a provider generated (generatedTenant),
	// read so on the provider's sign-in portal's path alone (portalPath)
	portal bool
	// words are the lure and scheme words of the owner's part of the
	// name, which replace the signals of hostInfo.words
	words []string
	// word is the brand a site on a hosting platform is named like by a
	// word of a language (telegraf.js.org: German, Dutch and Danish for
	// telegraph, and a Telegram bot library's name; Telegram's
	// look-alike only by edit distance). As on a name of its own
	// (hostInfo.contextBrand), the word stands for the brand only
	// beside the brand's context in the path (telegraf.js.org/nitro),
	// or beside a lure's word there (telegraf.github.io/verify, /login:
	// a library's docs have no sign-in page, a Telegram look-alike's
	// page has one); the model's reading of the name is kept.
	word *brand.Brand
	// inWord is the brand whose name only begins an ordinary word of a
	// site anyone makes (classify_fp50.go): its context or a lure's
	// word in the path, or its name in the message, reads the link in
	// full
	inWord *brand.Brand
	// siteLure: a link with a lure's word in its path (pathLureWords) is
	// read in full: a static site's name nobody chose says nothing, and
	// its page named for a sign-in or a wallet is a kit's
	// (netlifyGenerated)
	siteLure bool
	// tenant: the host is a brand's own instance on a tenant service
	// (brandTenant: binance.ladesk.com); hostLogit is bound by the
	// service's own name's
	tenant bool
}

// readName works out a host's nameRead, or nil when the name is read as
// the combiner reads it. It is called once a host (analyse).
func (c *Classifier) readName(l *linkx.Link, info *hostInfo) *nameRead {
	site, hosted := model.Site(*l)
	if service, ok := generatedTenant(l); ok && !c.training {
		// read no higher than the service's own name, experts dropped
		h, ok := c.hostNameLogit(service)
		if !ok {
			return nil
		}
		return &nameRead{hostLogit: min(info.hostLogit, h), portal: true}
	}
	switch {
	case premiumName(l, hosted), info.nameWord && premiumShape(l, hosted) != "":
		// one English word, or a brand's name inside an ordinary word
		// that is the whole label (discordia.com; word36)
		return &nameRead{hostLogit: min(info.hostLogit, 0), premium: true}
	case hosted:
		owner, chosen, ok := generatedName(l)
		if !ok || chosenLure(chosen) {
			return nil
		}
		// a bucket's path is read in full, as a premium name's: a bucket
		// serves pages too (pub-….r2.dev/office365/login.html); so is a
		// static site's on a name Netlify generated (a kit dropped there
		// is found by its path: …-3f2a1c.netlify.app/signin.html); so is a
		// Firebase preview channel's, which serves its site's own files
		// and is read as the site is (chatvui--pr12-a1b2c3d4.web.app/login
		// as chatvui.web.app/login)
		netlify := site.Suffix == "netlify.app" && netlifyGenerated(site.Label())
		r := &nameRead{hostLogit: min(info.hostLogit, 0), capped: !generatedBucket(l) && !firebaseReserved[site.Suffix] && !netlify, words: model.NameWords(chosen), siteLure: netlify}
		if owner != "" {
			h, ok := c.hostNameLogit(owner + "." + site.Suffix)
			if !ok {
				return nil
			}
			r.hostLogit = min(info.hostLogit, h)
			if firebaseReserved[site.Suffix] {
				// a preview channel serves its site's own files: read
				// as the site's name is, its expert's reading too
				r.hostLogit = h
			}
			r.words = append(model.NameWords(owner), r.words...)
		}
		return r
	}
	return nil
}

// nameReading returns a link's signals with its host's name read as
// readName says (the signals unchanged when it says nothing), and
// whether the name's own findings (domain words) no longer count.
func (c *Classifier) nameReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals) (model.LinkSignals, bool) {
	r := info.read
	if r != nil && r.word != nil {
		if brandContext(l.Path, r.word, info.brands) || len(pathLureWords(l)) > 0 {
			return sig, false
		}
		sig[model.SigLookalike], sig[model.SigHostingBrand] = 0, 0
		return sig, true
	}
	if r != nil && r.inWord != nil {
		if !inWordRead(l, info, &sig) {
			return sig, false
		}
	} else if r != nil && r.siteLure && (len(pathLureWords(l)) > 0 || innerPage(l)) {

		// rev32a: a page inside a site nobody named (/office365/,
		// /pay, /sso, /index.html) is a kit's as often as a demo's:
		// only the front of it is read as generated
		return sig, false
	}
	if r != nil && r.portal && !portalPath(l) {
		// the generated id's other pages (/login, /mail, /auth): an
		// organisation's mail, documents or an identity provider it
		// configured are anyone's to set up, and read in full (rev19)
		return sig, false
	}
	if r != nil && r.tenant {
		sig = tenantSignals(sig)
	} else if r == nil || readsBrand(&sig) || r.premium && premiumLure(l) {
		// a name read as a brand's (discard.com/nitro, discord.net) is
		// read in full: premium or not, it is there to pass for one
		return sig, false
	}
	pf := scratchFeatures()
	model.PathFeatures(l, pf)
	path := c.link.Logit(pf)
	featuresPool.Put(pf)
	// on a generated name the path alone may not take the link past
	// the point a release's link is read at (releaseLookMax): its words
	// need the owner's name, a lure or another finding beside them
	read := float64(r.hostLogit + path)
	if r.capped {
		read = min(read, (releaseLookMax-c.comb.LinkBias)/c.comb.Link[model.SigModel])
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(read))
	nameWordSignals(&sig, r.words)
	return sig, true
}

// nameWordSignals sets the signals of a name's lure and scheme words: a
// lure word counts a third (up to three), a scheme word half (up to two).
func nameWordSignals(sig *model.LinkSignals, words []string) {
	var lure, scheme int
	for _, w := range words {
		if model.SchemeWord(w) {
			scheme++
		} else {
			lure++
		}
	}
	sig[model.SigDomainWords] = float32(min(lure, 3)) / 3
	sig[model.SigSchemeWords] = float32(min(scheme, 2)) / 2
}

// readsBrand reports signals that read a link's name as a brand's.
func readsBrand(sig *model.LinkSignals) bool {
	return sig[model.SigLookalike] > 0 || sig[model.SigHomoglyph] > 0 || sig[model.SigMixedScript] > 0 || sig[model.SigBrandName] > 0 ||
		sig[model.SigBrandSub] > 0 || sig[model.SigDomainInHost] > 0 || sig[model.SigHostingBrand] > 0 || sig[model.SigBrandService] > 0
}

// ownWords reports whether a finding about a host's name still counts
// once its name is read as readName says: the domain words of a name
// not chosen as a scam chooses one do not.
func ownWords(r *Reason, read *nameRead) bool {
	switch {
	case read == nil:
		return true
	case read.word != nil:
		return r.Code != CodeLookalike
	case read.inWord != nil:
		return r.Code != CodeLookalike && r.Code != CodeBrandInDomain && r.Code != CodeDomainWords
	}
	return r.Code != CodeDomainWords || len(read.words) > 0
}

// nameFinding reports whether the i-th finding about a host's name
// counts once the name is read as nameReading read it (reread).
func (info *hostInfo) nameFinding(i int, reread bool) bool {
	return !reread || ownWords(&info.reasons[i], info.read)
}

// luresHard reports whether the message's words, its links aside, are a
// lure's beyond one mild word: a lure's phrase ("connect your wallet",
// "verify your account"), mild words of two kinds ("login" and "wallet"),
// an official notice's words, or a mild word beside a brand's name
// ("Verify your Coinbase account", "Telegram security: confirm …").
// A name readName reads leniently is read in full in such a message: a
// bought or compromised premium name, a tunnel, a preview or a bucket is
// where a scam that cannot afford a name of its own points. One mild word
// alone is tech chat's ("the login branch", "the admin page").
func (k *knowledge) luresHard() bool {
	if k.hard != 0 {
		return k.hard > 0
	}
	k.hard = -1
	folded, found, notices := k.folded(), k.found(), k.notices()
	var sum float64
	for _, h := range found {
		sum += h.Weight
	}
	switch {
	case notices.Any() || sum > lure.Mild || mentionsEveryone(k.text) || found[lure.AccountLock].Weight > 0 || found[lure.Prize].Weight > 0:
		k.hard = 1
	case sum > 0 && k.brands != nil:
		for w := range strings.FieldsSeq(string(folded)) {
			if k.brands.Named(w, math.MaxInt) != nil {
				k.hard = 1
				break
			}
		}
	}
	return k.hard > 0
}

// A stranger's name made of what phishing asks for. A brand's name in
// the subdomain of a stranger's domain warns beside the words of what
// phishing asks for (subdomainLure); a kit often puts those words in the
// name it registers, run together or hyphenated, and the brand alone in
// front of it: binance.kycverify.net, apple.id-locked.com,
// ledgerlive.app.setup-device.com. askName reads such a name: every part
// of it must be a word of askNameWords, and one at least a word of what
// phishing asks for or of an account's trouble (askWords, troubleWords),
// and it must be two words at least: one word is a name bought whole
// (sync.com, login.gov).
// A name with any other word (a company's, a product's: onelogin,
// b2clogin, auth0) is not read, so that a company's tenant host on a
// service (paypal.onelogin.com) stays what it was. Of the 65,758 popular
// benign domains of the training lists 8 are such names (wallethub.com,
// syncaccess.net), of the 211,944 phishing domains 1,914.

// troubleWords are the words of an account's or a device's trouble that a
// lure asks its reader to fix: locked, on hold, limited, a violation, a
// password reset or expiry, a full mailbox, a firmware setup.
var troubleWords = setOf("locked", "lock", "limited", "limit", "restricted", "restrict", "frozen", "hold", "onhold", "violation",
	"violations", "suspend", "suspension", "disabled", "blocked", "unblock", "reset", "password", "passcode", "update", "upgrade",
	"setup", "firmware", "sync", "resync", "withdraw", "withdrawal", "copyright", "otp", "expire", "expired", "expiry",
	"expiration", "quota")

// fillerWords are the other words such a name is made of: what the kit
// says its page is (a portal, a form, a review, a help desk) and what it
// is about (an account, a device, an order, a trade).
var fillerWords = setOf("account", "accounts", "id", "center", "centre", "portal", "form", "forms", "page", "pages", "review", "reviews",
	"check", "checker", "secure", "security", "support", "help", "helpdesk", "desk", "online", "service", "services", "live", "app",
	"apps", "web", "info", "access", "case", "cases", "team", "mail", "mailbox", "user", "users", "device", "devices", "order",
	"orders", "trade", "nft", "nfts", "token", "tokens", "node", "client", "customer", "official", "status", "notice", "alert",
	"alerts", "payment", "payments", "pay", "card", "my", "esign", "document", "documents", "doc", "docs", "file", "files", "share",
	"view", "event", "events", "connect", "fix", "repair", "hub", "robux", "center", "verified", "confirmation", "on")

// askNameWords holds every word askName reads, and the longest's length.
var askNameWords, askNameLongest = func() (map[string]bool, int) {
	m := make(map[string]bool)
	longest := 0
	for _, set := range []map[string]bool{askWords, troubleWords, fillerWords} {
		for w := range set {
			if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
				m[w] = true
				longest = max(longest, len(w))
			}
		}
	}
	return m, longest
}()

// askName returns the words of what phishing asks for and of an account's
// trouble in a registrable label made only of askNameWords (kycverify:
// kyc, verify; id-locked: locked), or nil when any part of it is another
// word, none of its words asks for anything or it is a single word.
func askName(label string) []string {
	if len(label) > 40 {
		return nil
	}
	label = trimNumber(label)
	var out []string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		words, ok := splitAskName(part)
		if !ok {
			return nil
		}
		n += len(words)
		for _, w := range words {
			if (askWords[w] || troubleWords[w]) && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	if n < 2 {
		// one word is a name bought whole (sync.com, login.gov), not
		// made up for a kit
		return nil
	}
	return out
}

// splitAskName splits a run of letters into askNameWords, preferring at
// each point the split that leaves the fewest words, and reports whether
// it could.
func splitAskName(s string) ([]string, bool) {
	if s == "" {
		return nil, false
	}
	// best[i]: the fewest words s[:i] splits into (0 for none yet),
	// from[i]: where the last of them starts
	var bestBuf, fromBuf [41]int
	best, from := bestBuf[:len(s)+1], fromBuf[:len(s)+1]
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-askNameLongest-1); j < i; j++ {
			if (j == 0 || best[j] > 0) && askNameWord(s[j:i]) && (best[i] == 0 || best[j]+1 < best[i]) {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	if best[len(s)] == 0 {
		return nil, false
	}
	words := make([]string, best[len(s)])
	for i, k := len(s), len(words)-1; i > 0; i, k = from[i], k-1 {
		w := s[from[i]:i]
		if !askNameWords[w] {
			w = w[:len(w)-1] // a plural: the word itself
		}
		words[k] = w
	}
	return words, true
}

// askNameWord reports whether w is one of askNameWords or the plural of
// one made with an s (updates, appeals).
func askNameWord(w string) bool {
	return askNameWords[w] || len(w) > 3 && w[len(w)-1] == 's' && askNameWords[w[:len(w)-1]]
}

// trimNumber returns a label without the number of up to four digits a
// kit puts at its end, run on or hyphenated (kycverify24, jupdrop-2024),
// when letters are left.
func trimNumber(label string) string {
	s := strings.TrimRight(label, "0123456789")
	if s == label || len(label)-len(s) > 4 {
		return label
	}
	if s = strings.TrimSuffix(s, "-"); s == "" || strings.HasSuffix(s, "-") {
		return label
	}
	return s
}

// A coin's name run together with a drop or a claim. Airdrop kits name
// their claim pages after the coin whose drop they fake, joined to the
// word of what they offer: jupdrop.app, eigendrop.org, claim-pyth.net,
// zkdrop.finance. The model reads the coin's ticker as letters and
// "drop" as no lure word. coinTokens are coins and projects whose drops
// scams fake, by their tickers and names, leaving out those that are
// ordinary words (base, safe, near, link, mode, scroll, ape, ton), as
// raindrop, basedrop or safeclaim are names of anything.
var coinTokens = setOf("jup", "jupiter", "arb", "arbitrum", "strk", "stark", "starknet", "pepe", "bonk", "wif", "eigen",
	"eigenlayer", "blast", "sui", "aptos", "sei", "tia", "celestia", "pyth", "jto", "jito", "ena", "ethena", "ondo", "zro",
	"layerzero", "zk", "zks", "zksync", "manta", "dym", "dymension", "wld", "worldcoin", "tnsr", "kmno", "kamino", "mew", "bome",
	"popcat", "hmstr", "notcoin", "eth", "btc", "bnb", "sol", "usdt", "usdc", "xrp", "doge", "shib", "floki", "avax", "matic",
	"ldo", "crv", "dydx", "axs", "imx", "taiko", "linea", "zora", "celo", "osmo", "inj", "rndr", "trx", "optimism", "wormhole",
	"pengu", "parcl", "altlayer", "metis", "mnt", "apecoin", "uniswap", "blur", "bitcoin", "ethereum", "solana", "tether")

// dropWords are the words of what an airdrop kit offers.
var dropWords = []string{"airdrops", "airdrop", "drops", "drop", "claims", "claim", "giveaways", "giveaway"}

// dropName returns the coin and the word of a registrable label that is
// a coin's name and a drop word, run together or hyphenated, either way
// round (jupdrop, claim-pyth), and whether it is one.
func dropName(label string) (coin, word string, ok bool) {
	if len(label) > 24 {
		return "", "", false
	}
	label = trimNumber(label)
	for _, w := range dropWords {
		var rest string
		if r, found := strings.CutSuffix(label, w); found {
			rest = strings.TrimSuffix(r, "-")
		} else if r, found := strings.CutPrefix(label, w); found {
			rest = strings.TrimPrefix(r, "-")
		} else {
			continue
		}
		if coinTokens[rest] {
			return rest, w, true
		}
	}
	return "", "", false
}
