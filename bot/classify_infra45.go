package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// A brand's name beside what its notices are about (infra45). Phishing
// aimed at the people who run servers and build software names the
// services they sign in to beside a sign-in, a key, a bill, a renewal,
// an abuse report or a suspension (hetzner-billing.net,
// cloudflare-abuse-team.net, okta-suspension-appeal.net,
// github-license-key.net), or flattens one of the service's own hosts
// with hyphens under another ending (console-aws-amazon.top,
// login-microsoftonline-com.xyz, portal-azure.cfd). The link model
// reads the rest of such a name as ordinary words and, for the brands
// protected at run time, never saw the name: these scored 0.1-0.4.
const (
	// wBrandNotice: a protected brand's name in a stranger's
	// registrable name beside a notice's words (brand.Match.NoticeName)
	// warns alone
	wBrandNotice = 0.6
	// wBrandNoticeStrong: the same with a second sign (two words of a
	// notice, a host flattened with its ending, a cheap ending) deletes
	// alone
	wBrandNoticeStrong = 0.8
)

// brandNotice reports whether the match m (a NameInDomain match of the
// site's registrable name) reads as the brand's name beside what its
// notices are about (brand.Match.NoticeName), or beside words of its own
// and a notice's, an account action's or a payment's word
// (brand.Match.WordsName: hsbc-security-check, youtube-channel-termination;
// brandword47), and if so sets r's weight (noticeWeight) and text. A link
// defanged as analysts quote indicators (spared:
// microsoft-pass-expire[.]net) is left to the fitted reading, as a
// notice's name is (quotedNotice): security talk names such sites to
// warn of them.
func brandNotice(m *brand.Match, l, site *linkx.Link, r *Reason) bool {
	if spared(l) {
		return false
	}
	signs := 0
	if strong, ok := m.NoticeName(site.Label(), site.Suffix); ok {
		signs = 2
		if strong {
			signs = 3
		}
	} else {
		signs = m.WordsName(site.Label(), site.Suffix, englishWord)
		if signs == 0 {
			// an impostor's words the notice lists do not know
			// (slack-token-rotate, evri-trackparcel; beside49)
			signs = m.BesideName(site.Label(), site.Suffix)
		}
	}
	w, ok := noticeWeight(signs, site.Suffix)
	if !ok {
		return false
	}
	r.Weight = w
	r.text = say2("brand_notice", r.Subject, m.Brand.Name, m.Imitates)
	return true
}

// besideOnly reports whether a brand's match is to be dropped at run
// time: a Beside brand's name read any way but whole in a stranger's
// registrable name beside a notice's words (brand.Match.NoticeName:
// openai-billing-update, not openai-whisper or chatgpt-next-web), or a
// SelfHosted brand's name as a whole label of a subdomain
// (gitlab.gnome.org, grafana.example.net: an instance of the software),
// or a public office's name in a link quoted defanged (brand.GovOffice),
// or in a third party's name about the office, a carrier, a utility or
// a care organisation (brand.Match.ThirdParty).
func besideOnly(m *brand.Match, l, site *linkx.Link, hosted bool) bool {
	b := m.Brand
	if spared(l) && (brand.GovOffice(b) || brand.AutoBrand(b) || brand.HomeCompany(b)) {
		// a public office's fake quoted defanged: security talk
		// names the toll and tax texts' sites so (sunpass-toll-
		// notice[.]com; gov50), and a parking app's, a car
		// marketplace's or a driver platform's (parkmobile-pay[.]com;
		// auto51), and a housing company's: a realtors' newsletter
		// names the rental and tour-request fakes so
		// (zillow-tour-requests[.]com; home51)
		return true
	}
	if !b.Beside && m.ThirdParty(site.Label()) {
		// a third party's site about a public office: a lawyer's,
		// an advocate's, a guide's (centrelink-advocates,
		// servicensw-opening-hours; rev50b); about a carrier, a
		// utility or a care organisation: a review, a forum, a
		// lawyer's (tmobile-review, kaiserpermanente-lawyers;
		// rev50c)
		return true
	}
	if b.Beside {
		// nor by its look (azuree.fr, inode.at: a word or a name
		// beside the brand's), but a travel platform's long name
		// written by its look (bookíng, emiratess; trip49)
		if hosted || m.Kind != brand.NameInDomain && !m.TravelLook(englishWord) && !m.BillLook(englishWord) && !m.AutoLook(englishWord) || spared(l) {
			// nor in a link quoted defanged: security talk names
			// the fakes of an app so (chatgpt-desktop-app[.]com)
			return true
		}
		if m.CareLook(englishWord) || m.HomeLook(englishWord) {
			// a care organisation's or a housing company's
			// word-like name written by its look (kaisér,
			// longchâu; care50; batdongsán; home51)
			return false
		}
		_, ok := m.NoticeName(site.Label(), site.Suffix)
		return !ok && m.BesideName(site.Label(), site.Suffix) == 0
	}
	if b.SelfHosted && m.Kind == brand.NameInSubdomain {
		for label := range strings.SplitSeq(l.Subdomain(), ".") {
			for _, w := range b.Words {
				if label == w {
					return true
				}
			}
		}
	}
	return false
}
