package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A lookup of a site. Review, comparison, traffic and scanning sites end
// their links with the site they are about, after a word that says so:
// trustpilot.com/review/www.paypal.com, sitejabber.com/reviews/coinbase.com,
// similarweb.com/website/github.com, virustotal.com/gui/domain/X,
// urlscan.io/domain/X, who.is/whois/X. The link model reads that site's
// name as a path's words (www, com, paypal, login) and a kit's layout:
// trustpilot.com/review/www.paypal.com was deleted at 0.96, and 4 of
// en-tech18t's false alarms were such lookups. A kit puts a brand's
// domain in its path too, but among its folders (/www.paypal.com/signin/)
// and after no lookup's word: of the training lists' 90,273 phishing URLs
// one ends in a lookup's word and a site (venture.com/domains/reset.com, a
// domain's sale page).
//
// So a link whose path ends in a lookup's word (lookupWords) and a host
// name on a top-level domain, on a host whose name the model reads near
// even odds at most (lookupHostMax) and no brand is read in, is read by
// the model without the site it names, in a message that is no lure. A
// brand or a look-alike in the host (paypal-verify.com/review/…), a name
// the model reads as a kit's (secure-update-center.com/domain/…) or a
// lure's message and the link is read in full.

// lookupHostMax is the link model's logit of a host's name (with its
// experts') up to which a lookup's link is read without the site it
// names: near even odds, where review and scanning sites' names are read
// (trustpilot.com -0.04, virustotal.com 0.29).
const lookupHostMax = 1

// lookupReading returns a link's signals with a lookup of a site
// (lookedUpSite) read by the link model without the site it names.
func (c *Classifier) lookupReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals) model.LinkSignals {
	at, ok := lookedUpSite(l.Path)
	if !ok || !lookupSites[l.Domain] || readsBrand(&sig) || info.userContent || sig[model.SigShortener] > 0 ||
		info.hostLogit > lookupHostMax || info.hasExpert && info.expertLogit > lookupHostMax {
		return sig
	}
	page := *l
	page.Path = l.Path[:at]
	pf := scratchFeatures()
	model.PathFeatures(&page, pf)
	read := c.linkLogit(info, pf)
	featuresPool.Put(pf)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(read)))
	return sig
}

// lookupSites are the review, traffic and scanning sites whose links
// lookupReading reads (registrable domains). Only such a site makes the
// shape a lookup: anyone can write /review/www.paypal.com or
// /domain/login.paypal.com on a host of his own or a compromised one
// (rev18: gardenclub.com/review/www.paypal.com and
// mynewsite.xyz/review/www.paypal.com, deleted before, were allowed, in a
// lure's message too).
var lookupSites = setOf("trustpilot.com", "sitejabber.com", "similarweb.com", "virustotal.com", "urlscan.io", "who.is",
	"whois.com", "scamadviser.com", "urlvoid.com", "semrush.com", "ahrefs.com", "builtwith.com", "hybrid-analysis.com",
	"talosintelligence.com", "securitytrails.com", "shodan.io", "censys.io", "scamdoc.com", "trustedsite.com")

// lookupWords are the words a lookup's link puts before the site it is
// about.
var lookupWords = setOf("review", "reviews", "website", "websites", "site", "sites", "domain", "domains", "url", "host",
	"hosts", "whois", "lookup", "company")

// lookedUpSite returns where in a path the site a lookup names begins
// (/review/www.paypal.com: 8), and whether the path ends in a lookup's
// word and a host name on a top-level domain, with a slash after it or
// none.
func lookedUpSite(path string) (int, bool) {
	p := strings.TrimSuffix(path, "/")
	slash := strings.LastIndexByte(p, '/')
	if slash <= 0 {
		return 0, false
	}
	name := strings.ToLower(p[slash+1:])
	before := p[:slash]
	word := strings.ToLower(before[strings.LastIndexByte(before, '/')+1:])
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || !lookupWords[word] || !hostLabels(name) || !linkx.IsTLD(name[dot+1:]) {
		return 0, false
	}
	return slash + 1, true
}
