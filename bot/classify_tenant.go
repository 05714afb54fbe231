package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// A brand's own instance on a tenant service. A company that uses a help
// desk, a sign-in provider, a survey tool or a docs platform gets a host
// of its own there, named by its admin after the company: binance.ladesk.com,
// paypal.onelogin.com, microsoft.qualtrics.com, metamask.gitbook.io. The
// link model reads the brand's name and the service's (onelogin, ladesk,
// qualtrics: letters it learned from kits) as an impostor's, and the brand
// read on a site anyone can make warns or deletes: 11 of en-tech18t's 35
// false alarms were such hosts.
//
// An impostor on the same services names its host after the brand and
// what the page asks for or offers (metamask-docs-support.gitbook.io,
// paypal-login.qualtrics.com, ledger-wallet-docs.gitbook.io): the name
// alone is seldom free, as the brand took it or the service keeps it,
// and a trial tenant gets a generated name (qtrial2019q2az1.qualtrics.com).
// Of the training lists' phishing URLs, domains and shared hosts, 16
// hosts are on a tenant service and none has a brand's name in its
// tenant; of the 57 hosts named after a brand on hosting platforms in
// the attack sets (en-phish*, en-scam*, vi-smishing*, malware-urls*),
// none is the name alone.
//
// So a host on a tenant service (tenantServices) whose one tenant label
// is a protected brand's name, whole (brandTenant), is read as the
// brand's instance when a link of it is judged in a message that is no
// lure (nameReading): the name as the brand's name in a subdomain, which
// the combiner reads as weakly as a company's tenant host, the model's
// reading of the host bound by its reading of the service's own name, the
// service's words not the tenant's. The path is read as before
// (metamask.gitbook.io/restore-wallet-seed), and in a lure's message
// ("verify your PayPal account at paypal.onelogin.com") the name is read
// in full. Any other word in the tenant's label, a look-alike of the
// brand or a label before the tenant's (login.paypal.okta.com) and the
// host is read as before.

// assignedTenants are the tenant services (of tenantServices) that give a
// company's host to the company under contract: a company's ServiceNow
// instance, its Okta or SecureAuth organisation, its Workday careers
// site, its Zoom vanity name, a Qualtrics brand (a trial gets a generated
// name, qtrial2019q2az1.qualtrics.com), a publisher's Syncaccess portal.
// The others let anyone sign up and name a space or a trial
// (COMPANY.gitbook.io, .zendesk.com, .freshdesk.com, .ladesk.com,
// .atlassian.net, .statuspage.io, .readme.io, .auth0.com, .slack.com,
// .onelogin.com): the brand's name alone there is as free as on a site
// builder, and GitBook spaces named after wallets are what issue #9 asks
// to catch (rev18: metamask.gitbook.io, trezor.gitbook.io/login and
// binance.ladesk.com/login were allowed by brandTenant).
var assignedTenants = setOf("service-now.com", "okta.com", "oktapreview.com", "okta-emea.com", "secureauth.com",
	"syncaccess.net", "myworkdayjobs.com", "qualtrics.com", "zoom.us")

// brandTenant reports whether a host is a tenant service's host whose one
// tenant label is the brand's name the match found, whole, and returns the
// service's domain.
func brandTenant(l *linkx.Link, site linkx.Link, hosted bool, m brand.Match) (string, bool) {
	if m.Brand == nil || m.Kind != brand.NameInDomain && m.Kind != brand.NameInSubdomain {
		return "", false
	}
	service := site.Domain
	if hosted {
		service = site.Suffix
	}
	if !assignedTenants[service] || len(l.Host) <= len(service)+1 || l.Host[len(l.Host)-len(service)-1] != '.' {
		return "", false
	}
	label := l.Host[:len(l.Host)-len(service)-1]
	if label != m.Word || !slices.Contains(m.Brand.Names, label) && !slices.Contains(m.Brand.Words, label) {
		return "", false
	}
	return service, true
}

// tenantRead returns the nameRead of a brand's instance on a tenant
// service: the host read by the model no higher than the service's own
// name is.
func (c *Classifier) tenantRead(info *hostInfo, service string) *nameRead {
	h, ok := c.hostNameLogit(service)
	if !ok {
		return nil
	}
	return &nameRead{hostLogit: min(info.hostLogit, h), tenant: true}
}

// hostNameLogit returns how the link model reads a host name alone, at
// a site's root: the model's host logit, or its expert's where that is
// higher, as a name's reading is capped by another's (tenantRead: a
// tenant service's own name; the bucket owner's name in readName).
// ok is false for a name that is no host.
func (c *Classifier) hostNameLogit(host string) (logit float32, ok bool) {
	h, e, has, ok := c.hostNameLogits(host, false)
	if has {
		h = max(h, e)
	}
	return h, ok
}

// hostNameLogits returns the link model's host logit of a host name at a
// site's root and its expert's, if one reads it, before any run-time
// reading; ok is false for a name that is no host, and, with registrable
// set, for one under no registrable domain (a private suffix's own name:
// hostNameLogit reads those, a tenant service's).
func (c *Classifier) hostNameLogits(host string, registrable bool) (h, e float32, has, ok bool) {
	l, ok := linkx.Parse("https://" + host + "/")
	if !ok || registrable && l.Domain == "" {
		return 0, 0, false, false
	}
	fs := scratchFeatures()
	model.HostFeatures(&l, fs)
	h, e, has = c.link.HostLogits(&l, fs)
	featuresPool.Put(fs)
	return h, e, has, true
}

// tenantSignals returns a link's signals with its host read as a brand's
// instance on a tenant service (tenantRead): the brand's name as a
// subdomain's, no name read on a site anyone can make, the service's name
// no lure words.
func tenantSignals(sig model.LinkSignals) model.LinkSignals {
	sig[model.SigBrandName], sig[model.SigHostingBrand], sig[model.SigBrandService] = 0, 0, 0
	sig[model.SigBrandSub] = 1
	sig[model.SigDomainWords], sig[model.SigSchemeWords] = 0, 0
	return sig
}

// A brand's name as the tenant of a self-serve service beside a lure.
// A help desk, a docs space or a work tool anyone can sign up to and
// name (COMPANY.zendesk.com, .freshdesk.com, .gitbook.io, .atlassian.net,
// .auth0.com, .ladesk.com: tenantServices less assignedTenants) gives
// the brand's name to whoever asks first. A brand's own support really
// is there (MetaMask's help desk was metamask.zendesk.com), so the name
// alone is no finding, and the fitted brand_subdomain signal reads it as
// weakly as any company's tenant host. Beside a message that lures
// (claim your reward, a new airdrop, verify, restore your wallet,
// urgent account words: tenantLure) or a path that asks for what
// phishing asks for (/restore-wallet, /claim: pathAsks), it is what a
// kit on a free help desk looks like, and it is weighed by hand:
// wTenantLure beside a lure's message (deletes), wTenantPath for the
// path alone or one word of what phishing asks for in the message
// (warns). A brand is named by the tenant's label when the
// brand matcher reads its name there, or when the label is the first
// label of a brand's official domain (phantom.gitbook.io: Phantom's
// phantom.app, a word the matcher reads as a brand only in
// phantomwallet).
const (
	wTenantLure = 0.85
	wTenantPath = 0.6
)

// selfServe is a host on a self-serve tenant service whose tenant is
// named after a brand.
type selfServe struct {
	brand   *brand.Brand
	service string // the service's domain: zendesk.com, gitbook.io
}

// selfServeBrand returns the brand a host on a self-serve tenant service
// is named after, or nil. m is the brand matcher's reading of the host
// when matched.
func selfServeBrand(bm *brand.Matcher, l *linkx.Link, site linkx.Link, hosted bool, m brand.Match, matched bool) *selfServe {
	service := site.Domain
	if hosted {
		service = site.Suffix
	}
	if !tenantServices[service] || assignedTenants[service] || len(l.Host) <= len(service)+1 || l.Host[len(l.Host)-len(service)-1] != '.' {
		return nil
	}
	tenant := l.Host[:len(l.Host)-len(service)-1]
	label := tenant[strings.LastIndexByte(tenant, '.')+1:]
	if matched && m.Brand != nil && m.Kind != brand.DomainInHost && !(m.Kind == brand.Lookalike && m.Plausible) {
		return &selfServe{brand: m.Brand, service: service}
	}
	if len(label) < 4 {
		return nil
	}
	for _, tld := range brandLabelEndings {
		if b := bm.Official(label+"."+tld, ""); b != nil {
			return &selfServe{brand: b, service: service}
		}
	}
	return nil
}

// brandLabelEndings are the endings a brand's official domain is looked
// up under by its first label (selfServeBrand).
var brandLabelEndings = [...]string{"com", "io", "app", "org", "net"}

// tenantTalk are words of askWords that talk of a help desk or a wallet
// without luring: how to log in, the wallet's docs, a refund, billing.
var tenantTalk = setOf("wallet", "login", "signin", "logon", "auth", "billing", "refund", "appeal", "webmail", "dapp", "dapps",
	"confirm")

// tenantLure returns how the message's words, its links aside, lure as a
// kit on a self-serve tenant does: wTenantLure for an official notice's
// words, an account's trouble (any word of it: urgent, locked), a strong
// phrase of a login, a prize, a gift, a coin or an authority, or two
// words of what phishing asks for (askWords: claim, airdrop, verify,
// restore, seed) that a help desk's talk has not (tenantTalk), or one
// and "wallet" (restore wallet); wTenantPath for one such word alone ("I filed a claim at …", "how do I verify my
// email on …"); 0 for none. A brand's name, "support" or "help" beside
// the link is not a lure.
func (k *knowledge) tenantLure() float64 {
	if k.notices().Any() {
		return wTenantLure
	}
	found := k.found()
	if found[lure.AccountLock].Weight > 0 {
		return wTenantLure
	}
	for _, c := range [...]lure.Category{lure.Login, lure.Prize, lure.Gift, lure.Crypto, lure.Authority} {
		if found[c].Weight >= lure.Strong {
			return wTenantLure
		}
	}
	first, wallet := "", false
	for w := range strings.FieldsSeq(string(k.folded())) {
		switch {
		case w == "wallet":
			wallet = true
		case askWords[w] && !tenantTalk[w]:
			if first != "" && w != first {
				return wTenantLure
			}
			first = w
		}
	}
	switch {
	case first != "" && wallet:
		return wTenantLure // restore wallet, verify wallet
	case first != "":
		return wTenantPath
	}
	return 0
}

// pathAsks returns the words of what phishing asks for (askWords, less
// tenantTalk's but "wallet", which a path names with what is done to
// it) in a link's path: restore, wallet in /hc/en-us/articles/restore-wallet.
// Words run together are split as a name's are (model.NameWords).
func pathAsks(l *linkx.Link) []string {
	var out []string
	add := func(w string) {
		if askWords[w] && (!tenantTalk[w] || w == "wallet") && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	forPathWords(l.Path, func(w string) bool {
		add(w)
		for _, p := range model.NameWords(w) {
			add(p)
		}
		return len(out) < 3
	})
	if len(out) == 1 && out[0] == "wallet" {
		return nil // the wallet's docs (/wallet/overview)
	}
	return out
}

// judgeSelfServe weighs a link to a host on a self-serve tenant service
// named after a brand (hostInfo.selfServe) beside a lure's message or
// with a path that asks, and reports whether it did.
func judgeSelfServe(rs *reasons, l *linkx.Link, info *hostInfo, k *knowledge, shown string) bool {
	t := info.selfServe
	if t == nil || info.trusted {
		return false
	}
	words := pathAsks(l)
	switch w := k.tenantLure(); {
	case w > 0:
		rs.add(handRule(CodeBrandInDomain, w, shown, say2("tenant_lure", shown, t.brand.Name, linkx.Defang(t.service))))
	case len(words) > 0:
		rs.add(handRule(CodeBrandInDomain, wTenantPath, shown+l.Path, say2("tenant_path", shown+l.Path, t.brand.Name, linkx.Defang(t.service),
			strings.Join(words, ", "))))
	default:
		return false
	}
	return true
}

// A tenant id a provider generates. AWS IAM Identity Center gives each
// organisation's access portal a host named by a directory id it
// generates, d- and ten hex digits (d-90671abcde.awsapps.com/start), until
// the organisation picks an alias. The link model reads the digits and
// the hyphen of such an id as a kit's throwaway name (host logit 3.25,
// warned with /start), but no one chooses the id: the provider assigns
// it, and the page behind it is the provider's own sign-in. Only a
// provider's documented shape is read so; a name anyone picks on the
// same service (d-login-verify.awsapps.com) is read as before.

// generatedTenants are the services whose tenants' generated ids are
// read as the service's own name, each with the id's shape.
var generatedTenants = map[string]func(label string) bool{
	"awsapps.com": awsDirectoryID,
}

// awsDirectoryID reports an AWS directory id: d- and ten lower-case hex
// digits.
func awsDirectoryID(label string) bool {
	if len(label) != 12 || label[:2] != "d-" {
		return false
	}
	for i := 2; i < len(label); i++ {
		if c := label[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// generatedTenant returns the service a host's one label in front of it
// is an id the service generated (generatedTenants), if it is. The
// services are on the public suffix list (awsapps.com), so the id is the
// registrable name's label.
func generatedTenant(l *linkx.Link) (string, bool) {
	label, service, ok := strings.Cut(l.Host, ".")
	if !ok || l.IP.IsValid() || l.Suffix != service {
		return "", false
	}
	id, ok := generatedTenants[service]
	return service, ok && id(label)
}

// portalPath reports a link to a generated tenant's access portal
// itself: the site's root or AWS's /start page (/start/#/ and the apps
// it lists, as the portal links them). An organisation on the same
// host may run mail (/mail), documents (/workdocs) or sign in through an
// identity provider it configured (/login, /auth): pages whose reading
// the provider's name does not vouch for (rev19).
func portalPath(l *linkx.Link) bool {
	return l.Query == "" && (l.Path == "" || l.Path == "/" || l.Path == "/start" || strings.HasPrefix(l.Path, "/start/"))
}
