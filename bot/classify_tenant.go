package bot

import (
	"slices"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
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
	s, ok := linkx.Parse("https://" + service + "/")
	if !ok {
		return nil
	}
	fs := scratchFeatures()
	model.HostFeatures(&s, fs)
	h, e, has := c.link.HostLogits(&s, fs)
	featuresPool.Put(fs)
	if has {
		h = max(h, e)
	}
	return &nameRead{hostLogit: min(info.hostLogit, h), tenant: true}
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
