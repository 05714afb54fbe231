package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// siteOf is model.Site, and a self-hosted forge's GitLab Pages host
// (forgePages) read as a site on a hosting platform too: its owner's
// name, the label before "pages", is the site's name.
func siteOf(l *linkx.Link) (linkx.Link, bool) {
	if p, ok := forgePages(l); ok {
		return p, true
	}
	return model.Site(*l)
}

// forgePages returns, for a GitLab Pages host of a self-hosted forge
// (metamask-verify.pages.gitlab.gnome.org, wallet.pages.debian.net,
// ledger-recovery.pages.freedesktop.org), the site anyone with an account
// on the forge publishes there: its name is the label before "pages",
// its platform (Suffix) the host from "pages" on. gitlab.io and
// pages.dev hosts are already sites of their platforms (model.Site);
// a "pages" label under an ending only institutions register under
// (x.sites.pages.cloud.gov) or as a registrable name of its own
// (docs.pages.com) is no forge's.
func forgePages(l *linkx.Link) (linkx.Link, bool) {
	if !strings.Contains(l.Host, ".pages.") {
		// most hosts: strings.Contains is vectorised where
		// strings.LastIndex hashes its way back from the end
		return *l, false
	}
	i := strings.LastIndex(l.Host, ".pages.")
	if i <= 0 || l.Domain == "" || l.IP.IsValid() {
		return *l, false
	}
	rest := l.Host[i+1:] // pages.gitlab.gnome.org
	if len(rest) < len(l.Domain) || rest == l.Domain && l.ICANN || rest == l.Suffix ||
		reputableSuffixes[l.Suffix] || institutional(l.Suffix) {
		return *l, false
	}
	name := l.Host[:i]
	name = name[strings.LastIndexByte(name, '.')+1:]
	if name == "" || name == "www" {
		return *l, false
	}
	site := *l
	site.Domain = l.Host[i-len(name):]
	site.Suffix = rest
	site.ICANN = false
	return site, true
}

// askWords are the words of a name that say what a phishing or drainer
// page asks for (sign in, verify, unlock, restore, claim, connect a
// wallet) or offers (a gift, a reward): a team's, a project's or a
// service's words (team, security, support, help, service, center) are
// not among them, as sites of one's own are named with those.
var askWords = setOf("login", "signin", "logon", "verify", "verification", "validate", "validation", "unlock", "recover",
	"recovery", "restore", "claim", "claims", "airdrop", "wallet", "seed", "seedphrase", "mnemonic", "kyc", "reward",
	"rewards", "bonus", "gift", "gifts", "giveaway", "nitro", "promo", "rectify", "rectification", "distribution",
	"dapp", "dapps", "reactivate", "suspended", "auth", "authenticate", "confirm", "unstake", "revoke", "whitelist",
	"eligible", "eligibility", "allocation", "refund", "appeal", "billing", "webmail", "xacthuc", "xacminh", "mokhoa",
	"dangnhap", "nhanqua", "nhanthuong", "trungthuong")

// asksAny reports whether any of the words is one of askWords.
func asksAny(words []string) bool {
	for _, w := range words {
		if askWords[w] {
			return true
		}
	}
	return false
}

// tenantServices are services that give each customer company a host of
// its own under the service's domain, named by the company's admin:
// help desks (COMPANY.zendesk.com, COMPANY.ladesk.com), sign-in
// providers (COMPANY.okta.com, COMPANY.onelogin.com,
// COMPANY.secureauth.com), surveys (COMPANY.qualtrics.com), docs and
// status pages (COMPANY.gitbook.io, COMPANY.statuspage.io), work tools
// (COMPANY.atlassian.net, COMPANY.service-now.com) and subscriber portals
// (COMPANY.syncaccess.net). Two things follow:
//   - the service's own name is no stranger's lure words
//     (subdomainLure's regWords): service-now holds "service",
//     secureauth "auth" and syncaccess "sync" (askName), and a brand's
//     name in front of one is the brand's instance (discord.service-now.com);
//   - a host whose tenant is a protected brand's name, whole and alone
//     (metamask.gitbook.io, paypal.onelogin.com), is read as the brand's
//     own instance (brandTenant), not as a site named after it.
//
// Words of what phishing asks for in the tenant's own label
// (paypal-login.service-now.com) still count, and a tenant named after a
// brand with any other word (metamask-docs-support.gitbook.io) is read as
// before. Site builders and app hosts (github.io, webflow.io, vercel.app,
// blogspot.com) are not listed: their names are anyone's to take, for a
// person or a project as much as a company (ledger.github.io is a
// ledger-cli's), and a brand's own there is listed by name (brandPages).
var tenantServices = setOf("service-now.com", "zendesk.com", "freshdesk.com", "freshservice.com", "ladesk.com",
	"helpscoutdocs.com", "kayako.com", "gitbook.io", "readme.io", "document360.io", "statuspage.io", "atlassian.net",
	"okta.com", "oktapreview.com", "okta-emea.com", "onelogin.com", "secureauth.com", "auth0.com", "qualtrics.com",
	"syncaccess.net", "pagerduty.com", "sentry.io", "grafana.net", "myworkdayjobs.com", "bamboohr.com", "slack.com",
	"zoom.us", "uservoice.com")

// subdomainLure returns the words of what phishing asks for
// (askWords) in the subdomain of a host that is not a hosting
// platform's site (binance-kyc.client-review.net: kyc), and the lure
// words of its registrable name, regWords (device-support: support).
func subdomainLure(site linkx.Link, regWords []string) []string {
	var out []string
	add := func(w string) {
		if !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for label := range strings.SplitSeq(site.Subdomain(), ".") {
		for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if askWords[w] {
				add(w)
			}
		}
		for _, w := range model.NameWords(label) {
			if askWords[w] {
				add(w)
			}
		}
	}
	for _, w := range regWords {
		add(w)
	}
	return out
}
