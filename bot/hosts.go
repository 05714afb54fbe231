package bot

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"golang.org/x/net/publicsuffix"
)

// hostInfo is what the classifier concludes about a host name alone. It
// depends on nothing but the host, so it is cached.
type hostInfo struct {
	brands *brand.Matcher // the brands it was judged against
	// host is the name the cache keeps it under (hostCache.lookup): two
	// names of one hash are told apart by it
	host     string
	trusted  bool         // official, reputable or not on the public internet
	official *brand.Brand // the brand that owns the domain, if any
	// userContent: an official host where anyone can publish a page
	// (sites.google.com, telegra.ph): its path is judged, not its name.
	userContent bool
	// projectName: no label of the host holds a lure's or a scheme's
	// word but a project's, nor an ask's stem (projectHostName,
	// askingName): read by projectSiteReading for each link (speed46)
	projectName bool
	// contact: a userContent host of channels, groups and accounts
	// (t.me/NAME, zalo.me/NAME) whose names their makers choose; read
	// for the words of a scheme or a lure only, as brands run channels
	// of their own there (t.me/binance_vietnam).
	contact bool
	reasons []Reason          // findings about the name
	words   []string          // lure words the registrable label is built from
	signals model.LinkSignals // what the combiner reads about the name
	// context is a word of a language that only edit distance reads as
	// a brand, on an ending the brand does not use (discard.com): it
	// counts only beside the brand's context in the link's path
	// (discard.com/nitro). Its reason, ready; Code is empty when none.
	context      Reason
	contextBrand *brand.Brand
	// nameWord: the registrable label is an ordinary word that holds a
	// brand's name (brand.Match.OrdinaryWord: discordant, discordia),
	// read as a premium name is when a link is judged
	nameWord bool
	// coincident: the name's look is a short brand's (contextBrand) by
	// coincidence (brand.Match.Coincident; classify_fp50.go)
	coincident bool
	hostLogit  float32 // the link model's bias plus what the host name adds (model.Model.HostLogits)
	// expertLogit is the highest of the link model's experts' logits of
	// the host name, when hasExpert (model.Model.ExpertLogit).
	expertLogit float32
	hasExpert   bool
	// apart is the link model's reading of the name with a brand's
	// letters taken out and brandShareFloor added for them, when
	// hasApart: a live link is read no lower (brandApart;
	// classify_brandmask48.go)
	apart    float32
	hasApart bool
	// pattern holds the explanations last worked out for links of the
	// host, one a slot chosen by the link (patternSlot): a host's links
	// with several paths, each sprayed or reposted, are each explained
	// once, not again whenever another of them was explained in between.
	pattern [4]atomic.Pointer[patternMemo]
	// sigs holds the signals of links of the host judged in full, kept
	// as pattern is (Classifier.linkSignals)
	sigs [4]atomic.Pointer[signalsMemo]
	// hostPart is what the explanation of a flagged link reads of the
	// host's features (explainPatterns), kept once a link of the host
	// was explained
	hostPart atomic.Pointer[model.HostPart]
	// taken is the popular program whose name the site takes without
	// being its maker's (takenProduct), if any
	taken *product
	// read is how the name is read when a link is judged, where that
	// differs from signals (readName); nil for most hosts
	read *nameRead
	// selfServe is the brand a host on a self-serve tenant service is
	// named after (selfServeBrand), nil for most hosts: weighed beside
	// a lure (judgeSelfServe)
	selfServe *selfServe
	// hostedTool is the service a site of a hosting platform is named
	// after where no brand is read in its name (hostedToolOf), nil for
	// most hosts: weighed by its signs (judgeHostedTool)
	hostedTool *hostedTool
	// facts are readings of the name the message readings ask of every
	// suspect link (speed50b.go)
	facts hostFacts
}

// analyse judges a host name against the brands of bm.
func (c *Classifier) analyse(bm *brand.Matcher, l *linkx.Link) *hostInfo {
	info, _ := c.analyseKeep(bm, l, false)
	return info
}

// analyseKeep is analyse, and when keep is set, it returns the link
// model's features of the host name it worked out (from featuresPool,
// for the caller to put back), nil when it worked none out.
func (c *Classifier) analyseKeep(bm *brand.Matcher, l *linkx.Link, keep bool) (*hostInfo, *model.Features) {
	return c.analyseAs(bm, l, keep, !c.training)
}

// fileHostInfo returns info, the analysis of a link's host, or, for a
// host trusted only through reputableAtRuntime (or projectSuffixes), the
// analysis of it as before the site was trusted: the host of a file fd
// at the end of a link. An editor's extension package (.vsix, as
// open-vsx.org serves its extensions) is the registry's own format and
// keeps the site's trust.
func (c *Classifier) fileHostInfo(info *hostInfo, bm *brand.Matcher, l *linkx.Link, fd filetype.Finding) *hostInfo {
	if !info.trusted || fd.Ext == "vsix" || !reputableAtRuntime[l.Domain] && !reputableAtRuntime[l.Suffix] && !projectSuffixes[l.Suffix] {
		return info
	}
	untrusted, _ := c.analyseAs(bm, l, false, false)
	return untrusted
}

// note adds a finding about the name, its English detail rendered from
// its text.
func (info *hostInfo) note(r Reason) {
	r.Detail = r.text.render(&english)
	info.reasons = append(info.reasons, r)
}

// analyseAs is analyseKeep, the sites of reputableAtRuntime trusted when
// runtime is set.
func (c *Classifier) analyseAs(bm *brand.Matcher, l *linkx.Link, keep, runtime bool) (*hostInfo, *model.Features) {
	info := &hostInfo{brands: bm, projectName: projectHostName(l.Host) && !askingName(l.Host)}
	trusts := func(d string) bool { return c.reputable(d) && (runtime || !reputableAtRuntime[d]) }
	var kept *model.Features
	done := func(fs *model.Features) {
		if keep {
			kept = fs
		} else {
			featuresPool.Put(fs)
		}
	}
	if l.IP.IsValid() {
		fs := scratchFeatures()
		model.HostFeatures(l, fs)
		info.hostLogit, info.expertLogit, info.hasExpert = c.link.HostLogits(l, fs)
		done(fs)
		info.signals[model.SigRawIP] = 1
		return info, kept
	}
	if l.Domain == "" {
		if runtime && ipfsGateways[l.Host] {
			// an IPFS gateway that is a public suffix of its own
			// (cloudflare-ipfs.com) serves anyone's upload: its path
			// is judged, as a user-content host's is (lurePage)
			info.userContent = true
			return info, nil
		}
		// localhost, an intranet name, or a bare public suffix
		info.trusted = true
		return info, nil
	}
	site, hosted := model.Site(*l)
	forge := false
	if p, ok := forgePages(l); ok {
		site, hosted, forge = p, true, true
	}
	if b := bm.Official(l.Domain, l.Suffix); b != nil {
		info.official = b
		if userContent[l.Host] || userContent[l.Domain] || runtime && publishingSite(l) && !publishingSiteOwnHost(l) {
			// a brand's own site where anyone publishes a page
			// (streamlabs.com/NAME/tip; creator47) is read as
			// publishingSites are
			info.userContent = true
			return info, nil
		}
		if contactHosts[l.Host] {
			info.userContent, info.contact = true, true
			return info, nil
		}
		info.trusted = true
		return info, nil
	}
	if runtime && publishingSite(l) {
		// a site trusted at run time where anyone publishes a page:
		// its path is judged, not its name (classify_rev44d.go); its
		// own documentation, blog and help hosts are its own
		// (classify_ownpage45.go)
		if publishingSiteOwnHost(l) {
			info.trusted = true
			return info, nil
		}
		info.userContent = true
		return info, nil
	}
	// A site on a hosting platform is reputable only by its own name
	// (discordpy.readthedocs.io), never by the platform's; the hosts
	// under a project's own suffix are its (projectSuffixes), but for
	// their GitLab Pages hosts (runtimePagesHost).
	// A brand's own organisation's pages (brandPages) are the brand's:
	// trusted at run time, as its domains are.
	if runtime && c.projectSuffix(l.Suffix) && !runtimePagesHost(l) || hosted && (trusts(site.Domain) || runtime && brandPages[site.Domain]) || !hosted && (trusts(l.Domain) && !runtimePagesHost(l) || trusts(l.Suffix) || reputableSuffixes[l.Suffix] || institutional(l.Suffix) || infrastructure[l.Domain]) {
		info.trusted = true
		return info, nil
	}
	// The domain as registered: under a private suffix (map.fastly.net,
	// blob.core.windows.net) it is the suffix's operator's.
	registered := l.Domain
	if !l.ICANN {
		registered = icannDomain(l.Host)
		if infrastructure[registered] {
			info.trusted = true
			return info, nil
		}
	}
	shown := linkx.Defang(l.Unicode)
	if ipLoggers[l.Domain] || ipLoggers[l.Host] {
		info.reasons = append(info.reasons, Reason{Code: CodeIPLogger, Weight: wIPLogger, Subject: shown,
			text: say2("ip_logger", shown)})
		return info, nil
	}
	fs := scratchFeatures()
	model.HostFeatures(l, fs)
	info.hostLogit, info.expertLogit, info.hasExpert = c.link.HostLogits(l, fs)
	if runtime {
		// words in front of an unknown name say nothing for it
		// (classify_sublabels.go)
		if h, e, has, ok := c.subLabelLogits(l); ok {
			info.hostLogit = max(info.hostLogit, h)
			if has {
				info.expertLogit, info.hasExpert = max(info.expertLogit, e), true
			}
		}
		// nor does a site's front for a device or an app (m., app.) in
		// front of a name (classify_frontlabel.go)
		if h, e, has, ok := c.frontLabelLogits(l); ok {
			info.hostLogit = max(info.hostLogit, h)
			if has {
				info.expertLogit, info.hasExpert = max(info.expertLogit, e), true
			}
		}
	}
	labelWords := fs.LabelWords() // the lure words of the name, found for its features (info.words)
	done(fs)
	sig := &info.signals
	if shorteners[l.Domain] || shorteners[l.Host] {
		sig[model.SigShortener] = 1
		info.reasons = append(info.reasons, c.fittedName(model.SigShortener, 1, Reason{Code: CodeShortener, Subject: shown,
			text: say2("shortener", shown)}))
		return info, kept
	}
	homoglyph := false
	var m brand.Match
	var ok bool
	if c.training || abusedTLD(l.Suffix) >= 0.2 {
		m, ok = bm.Match(site.Host, site.Unicode, site.Suffix)
	} else {
		// a look-alike that says something else in words of its own
		// (core-js, magiclen) is plausible, as a word of a language
		// is (m.Dictionary), but on a cheap ending: read so when a
		// link is judged, not in what the model and combiner were
		// fitted on
		m, ok = bm.MatchWords(site.Host, site.Unicode, site.Suffix, englishWord)
	}
	if ok && runtime && (brandPages[site.Domain] || hosted && c.blogTopicRead(bm, l, &site, m, info)) {
		// a brand's own organisation's pages (facebook.github.io/react):
		// the name is GitHub's to give once, and the brand holds it;
		// or named as the brand names its blogs on its own blog
		// platform (googleonlinesecurity.blogspot.com), read as its
		// topic's name is (blogTopicRead)
		ok = false
	}
	if ok && runtime && besideOnly(&m, l, &site, hosted) {
		// a brand whose name is also a word or a project's, read only
		// beside a notice's words, or software anyone runs under a
		// host named after it (brand.Brand.Beside, .SelfHosted;
		// classify_infra45.go)
		ok = false
	}
	if ok && m.Dictionary && !m.OwnTLD && !hosted && abusedTLD(l.Suffix) < 0.2 {
		// a word of a language (discard) stands for the brand only on
		// the brand's own top-level domain (discard.gg), a cheap one,
		// or beside the brand's context in the path (signals)
		ok = false
		info.contextBrand = m.Brand
		info.context = c.fittedName(model.SigLookalike, plausibleLookalike, Reason{Code: CodeLookalike, Subject: shown, Imitates: m.Imitates,
			text: say2("lookalike_plausible", shown, m.Imitates, m.Brand.Name, m.Word)})
	}
	if ok && runtime && !hosted && !m.OwnTLD && abusedTLD(l.Suffix) < 0.2 && m.OrdinaryWord(site.Label(), englishWord) {
		// the name inside an ordinary word that is the whole label
		// (discordant, discordia, twitchiest): no claim to the brand,
		// as a word one edit from it is none, but beside the brand's
		// context in the path (discordant.com/nitro; word36)
		ok = false
		info.nameWord = true
		info.contextBrand = m.Brand
		info.context = c.fittedName(model.SigLookalike, plausibleLookalike, Reason{Code: CodeBrandInDomain, Subject: shown, Imitates: m.Imitates,
			text: say2("name_in_word", shown, m.Brand.Name, m.Word)})
	}
	if ok && runtime && m.Coincident && !hosted && abusedTLD(l.Suffix) < 0.2 {
		// a tiny name whose look is a short brand's by coincidence
		// (clhi.ca; classify_fp50.go): the brand's only beside its
		// context in the path or its name in the message
		ok = false
		info.coincident = true
		info.contextBrand = m.Brand
		info.context = c.fittedName(model.SigLookalike, 1, Reason{Code: CodeLookalike, Subject: shown, Imitates: m.Imitates,
			text: say2("lookalike", shown, m.Imitates, m.Brand.Name)})
	}
	var inWord *brand.Brand
	if ok && runtime && !m.OwnTLD && (hosted || abusedTLD(l.Suffix) < 0.2) && brandInWord(&m, site.Label()) {
		// the name only part of an ordinary word, alone or beside
		// ordinary words, on a site anyone makes too (paypalette,
		// coinbasement, amazonite-gems; classify_fp50.go): read as a
		// word's name when a link is judged (inWordRead)
		inWord = m.Brand
	}
	if ok && runtime && m.Kind == brand.NameInDomain && !m.Service && !hosted && localOnlyEnding(site.Suffix) && !impostorBeside(site.Label(), m.Brand.Name) {
		// a brand's name on an ending only a local company may register
		// (rakuten-sonpo.co.jp, shopeekredit.co.id): a subsidiary's or a
		// partner's, not an impostor's; but the name beside only what a
		// service offers (paypal-login, apple-id, microsoft-support) is
		// how an impostor names a page (classify_reg34.go)
		ok = false
	}
	if !ok && runtime && !hosted && l.ICANN {
		// a brand's own domain misspelt under its own ending, where its
		// label is a word the brand's names leave out: phantomm.app,
		// stargatte.finance (classify_typo34.go)
		m, ok = bm.DomainTypo(site.Label(), site.Suffix, englishWord)
	}
	near := false
	if !ok && runtime && !hosted && l.ICANN {
		// the brand's name misspelt as Match does not read it: letter
		// by letter, k for c, a plural s (disclrd, diskords; disc36)
		m, ok = byWords(bm, site.Label(), (*brand.Matcher).NearTypo)
		near = ok
	}
	if !ok && runtime && !hosted && l.ICANN {
		// a long name read only whole, of a brand protected at run
		// time, misspelt by a letter (cloudfalre, hetznre; infra45)
		m, ok = byWords(bm, site.Label(), (*brand.Matcher).WordTypo)
		near = ok
	}
	scrambled := false
	if !ok && runtime && !hosted && l.ICANN {
		// a long brand name with its letters scrambled past any edit
		// distance (straemcummonity; disc37)
		m, ok = byWords(bm, site.Label(), (*brand.Matcher).Scrambled)
		near, scrambled = ok, ok
	}
	if runtime && hosted {
		// a service's or a webmail's sign-in on a site anyone makes,
		// weighed by its signs (judgeHostedTool)
		var named *brand.Match
		if ok {
			named = &m
		} else if h := undigitedSite(&site); h != "" {
			// the name with a number run onto it (notion59-recover)
			if d, dok := bm.MatchWords(h, h, site.Suffix, englishWord); dok && d.Kind == brand.NameInDomain {
				named = &d
			}
		}
		info.hostedTool = hostedToolOf(l, &site, named)
	}
	if ok && runtime && hosted && m.Brand.Tool {
		// a developer's project named after the service it builds on
		// (supabase-auth-example.vercel.app; brand.Brand.Tool), but
		// for its signs of a sign-in (judgeHostedTool)
		ok = false
	}
	var word *brand.Brand
	if ok && m.Dictionary && !m.OwnTLD && hosted && m.Kind == brand.Lookalike && abusedTLD(l.Suffix) < 0.2 {
		word = m.Brand // read at judgement as on a name of its own (nameRead.word)
	}
	if ok {
		r := Reason{Subject: shown, Imitates: m.Imitates}
		lureSub, strangeSub := false, false
		// a travel platform's name read only whole, written by its look
		// (expediia, klóok; trip49), is one too
		typo, split := runtime && !hosted && (m.Typo(englishWord) || m.TravelLook(englishWord) || m.BillLook(englishWord) || m.AutoLook(englishWord)), runtime && !hosted && m.SplitName(site.Label())
		if split && abusedTLD(site.Suffix) < 0.2 && m.OwnLabel(site.Label()) {
			// the brand's own label, hyphens and all, under an
			// ordinary ending (native-instruments.de of
			// native-instruments.com): its own spelling, as its
			// name run together is there; on a cheap one it is cut
			// (rev47e)
			split = false
		}
		var s model.LinkSignal
		strength := float32(1)
		switch m.Kind {
		case brand.DomainInHost:
			s, r.Code = model.SigDomainInHost, CodeBrandInDomain
			r.text = say2("domain_in_host", shown, m.Imitates, linkx.Defang(l.Domain))
		case brand.Homoglyph:
			homoglyph = true
			s, r.Code = model.SigHomoglyph, CodeHomoglyph
			r.text = say2("homoglyph", shown, m.Imitates, m.Brand.Name)
		case brand.Lookalike:
			s, r.Code = model.SigLookalike, CodeLookalike
			r.text = say2("lookalike", shown, m.Imitates, m.Brand.Name)
			if m.Plausible {
				// also an ordinary word or name: it needs other
				// evidence (the model, the ending, lure words)
				strength = plausibleLookalike
				r.text = say2("lookalike_plausible", shown, m.Imitates, m.Brand.Name, m.Word)
			}
		case brand.NameInDomain:
			s, r.Code = model.SigBrandName, CodeBrandInDomain
			r.text = say2("name_in_domain", shown, m.Brand.Name, m.Imitates)
			if registered != l.Domain && bm.Official(registered, "") == m.Brand {
				// the brand's name on the brand's own hosting platform:
				// plausible, so weaker
				s = model.SigBrandSub
			} else if m.Service || runtime && !hosted && m.AccountName(site.Label(), site.Suffix) {
				// the name and nothing but a service's words
				// (usps-tracking), or an account's (okta-sso,
				// stripe-payouts; brand.AccountName): a signal of
				// its own
				s = model.SigBrandService
				r.text = say2("name_in_domain_service", shown, m.Brand.Name, m.Imitates)
			}
		case brand.NameInSubdomain:
			s, r.Code = model.SigBrandSub, CodeBrandInDomain
			r.text = say2("name_in_subdomain", shown, m.Brand.Name, linkx.Defang(site.Domain))
			if how := subMisspelt(&m); runtime && !hosted && how != "" && !tenantServices[site.Domain] {
				// the name misspelt, or run together with more, in
				// front of a stranger's name (discordd.x.com; disc36)
				strangeSub = true
				r.text = say2("sub_misspelt", shown, m.Brand.Name, linkx.Defang(site.Domain), how)
			}
			if !hosted && tenantServices[site.Domain] {
				// a company's host on a tenant service
				// (binance.zendesk.com): the brand's own as often
				// as not, said as a note, not as an accusation the
				// verdict beside it may contradict
				r.text = say2("name_in_tenant", shown, m.Brand.Name, linkx.Defang(site.Domain))
			}
			if !hosted {
				var regWords []string
				if !tenantServices[site.Domain] {
					// a service's own name is no stranger's lure
					// words (discord.service-now.com)
					regWords = labelWords.NameWords(site.Label())
					// and a name made only of what phishing asks for
					// (kycverify, id-locked), which the model's words
					// may not find
					regWords = append(regWords, askName(site.Label())...)
					// or only of a notice's words (youtube.channel-
					// termination.info; rev47b)
					if w := brand.NoticeLabel(site.Label()); w != "" {
						regWords = append(regWords, w)
					}
				}
				if words := subdomainLure(site, regWords); len(words) > 0 {
					lureSub = true
					r.text = say2("name_in_subdomain_lure", shown, m.Brand.Name, linkx.Defang(site.Domain), strings.Join(words, ", "))
				}
			}
		}
		sig[s] = strength
		if runtime && !hosted && l.ICANN && s == model.SigBrandName {
			// the brand's letters do not vouch for a stranger's name
			// (classify_brandmask48.go)
			info.apart, info.hasApart = c.brandApartLogit(&site, &m)
		}
		if hosted && m.Kind != brand.DomainInHost {
			sig[model.SigHostingBrand] = 1
			r.text = say2("hosting_brand", shown, m.Brand.Name, site.Suffix)
		}
		switch {
		case m.Kind == brand.DomainInHost && !hosted:
			// the fitted signal stays in the link stage, and the
			// finding is weighed by hand besides (wBrandDomainFront)
			r.Weight = wBrandDomainFront
			info.note(r)
		case near:
			// the brand's name misspelt letter by letter (disc36)
			r.Weight = wNearTypo
			r.text = say2("typosquat_letters", shown, m.Imitates, m.Brand.Name, m.Word)
			if scrambled {
				r.Weight = wScrambled
				r.text = say2("typosquat_scrambled", shown, m.Imitates, m.Brand.Name, m.Word)
			}
			info.note(r)
		case typo:
			// the brand's name or domain misspelt by one letter: weighed
			// by hand besides the fitted signal, as the link model may
			// read a new name it never saw as ordinary (opensae.io)
			r.Weight = typoWeight(m.Brand)
			r.text = say2("typosquat", shown, m.Imitates, m.Brand.Name, m.Word)
			info.note(r)
		case split:
			// the brand's name cut by a hyphen and nothing else
			// (tele-gram.org): the same, though the name is the
			// brand's own service's as often as run together
			r.Weight = typoWeight(m.Brand)
			r.text = say2("typosquat_split", shown, m.Imitates, m.Brand.Name)
			info.note(r)
		case runtime && !hosted && m.Kind == brand.NameInDomain && bm.SoldCountryName(site.Label(), site.Suffix) == m.Brand:
			// an AnyCountry brand's name, whole, on an ending sold
			// to anyone (amazon.cc, dhl.tk): the brand's own site in
			// the trainer's view (brand.New), so the fitted signal
			// never learnt it; weighed by hand as a name written
			// in front of a stranger's domain is (cc44)
			r.Weight = wBrandDomainFront
			info.note(r)
		case runtime && !hosted && l.ICANN && m.Kind == brand.NameInDomain && brandNotice(&m, l, &site, &r):
			// a brand's name beside what its notices are about
			// (hetzner-billing, cloudflare-abuse-team,
			// console-aws-amazon; classify_infra45.go), or with
			// words of its own beside them (hsbc-security-check,
			// youtube-channel-termination; classify_brandword47.go)
			info.note(r)
		case lureSub:
			// a brand's name in a stranger's subdomain beside lure
			// words (binance-kyc.client-review.net,
			// ledger-live.app.device-support.com): weighed by hand
			// (wBrandSubLure), as the fitted brand_subdomain signal
			// reads it as weakly as a company's tenant host
			// (binance.zendesk.com)
			r.Weight = wBrandSubLure
			info.note(r)
		case strangeSub && !lureSub:
			// weighed by hand as a brand's name beside lure words is
			// (wBrandSubLure), for the same reason
			r.Weight = wBrandSubLure
			info.note(r)
		case forge:
			// a forge's Pages site named after a brand
			// (metamask-verify.pages.gitlab.gnome.org): the link
			// model reads the forge's trusted name and no hosting
			// platform in it, so the finding keeps a hand weight,
			// as a page on a brand's user-content host does
			r.Weight = wUserContentBrand
			info.note(r)
		default:
			info.reasons = append(info.reasons, c.fittedName(s, strength, r))
		}
	}
	if !ok && runtime && !hosted && l.ICANN && !spared(l) {
		// a brand's common abbreviation beside a notice's words
		// (yt-copyright-desk, ig-appeal-form, igappeal;
		// classify_brandword47.go)
		if b, signs := abbrevNotice(bm, site.Label()); b != nil {
			w, _ := noticeWeight(signs, site.Suffix)
			info.note(Reason{Code: CodeBrandInDomain, Subject: shown, Imitates: b.Domains[0], Weight: w,
				text: say2("brand_notice", shown, b.Name, b.Domains[0])})
		} else if b, signs := bm.RunName(site.Label(), site.Suffix); b != nil {
			// a brand matched only whole run together with a
			// notice's words (barclaysnewdevice, natwestnewpayee;
			// brand/beside49.go, rev49c)
			w, _ := noticeWeight(signs, site.Suffix)
			info.note(Reason{Code: CodeBrandInDomain, Subject: shown, Imitates: b.Domains[0], Weight: w,
				text: say2("brand_notice", shown, b.Name, b.Domains[0])})
		}
	}
	if sig[model.SigDomainInHost] == 0 {
		// Any name and a top-level domain at the start of another
		// domain: bank.vn-abc.life, shop.com-sale.top, or in front of
		// it: login.chase.com.secure-id.top.
		if sub := site.Subdomain(); sub != "" {
			label := site.Label()
			front := ""
			last := sub[strings.LastIndexByte(sub, '.')+1:]
			if first, _, ok := strings.Cut(label, "-"); ok && spoofedTLDs[first] {
				if !serverOf(last, first, false) {
					front = last + "." + first
				} else if runtime && hostRoles[last] {
					// read as its site's name: the model reads
					// ftp. as an old mirror's, and ftp.net-x.top
					// lower than net-x.top
					if t, ok := linkx.Parse("https://" + sub[:len(sub)-len(last)] + site.Domain + "/"); ok {
						c.readNameAs(info, &t)
					}
				}
			} else if i := strings.LastIndexByte(sub, '.'); i > 0 && spoofedTLDs[sub[i+1:]] {
				if name := sub[strings.LastIndexByte(sub[:i], '.')+1 : i]; !serverOf(name, sub[i+1:], true) || bm.Named(name, 6) != nil {
					// a brand's name is no department's
					// (vcb.info.x.top shows vcb.info)
					front = name + "." + sub[i+1:]
				}
			} else if ps, icann := publicsuffix.PublicSuffix(sub); icann && strings.IndexByte(ps, '.') > 0 && len(ps) < len(sub) {
				// a whole ending of two labels or more
				// (auth-rakuten-card.co.jp.ofskfp.cn): no host of
				// one's own needs it inside
				rest := sub[:len(sub)-len(ps)-1]
				front = rest[strings.LastIndexByte(rest, '.')+1:] + "." + ps
			} else if spoofedTLDs[label] && last != "www" {
				// the registered name is itself an ending
				// (mbbank-sinhtrac.vn.com): what stands before it
				// reads as a domain of its own
				front = last + "." + label
			}
			if front != "" {
				if len(front) >= 5 {
					sig[model.SigDomainInHost] = 1
					info.reasons = append(info.reasons, c.fittedName(model.SigDomainInHost, 1, Reason{Code: CodeBrandInDomain,
						Subject: shown, text: say2("domain_in_host", shown, front, linkx.Defang(site.Domain))}))
				}
			}
		}
	}
	if !homoglyph {
		for _, label := range strings.Split(l.Unicode, ".") {
			if brand.MixedScript(label) {
				sig[model.SigMixedScript] = 1
				info.reasons = append(info.reasons, c.fittedName(model.SigMixedScript, 1, Reason{Code: CodeMixedScript, Subject: shown,
					text: say2("mixed_script", shown)}))
				break
			}
		}
	}
	if runtime && !homoglyph {
		// a brand's own word written with a digit or l for i: nltro,
		// glft (disc36)
		if form, w, b := disguisedWord(bm, site); b != nil {
			info.note(Reason{Code: CodeLookalike, Subject: shown, Imitates: b.Domains[0], Weight: wDisguisedWord,
				text: say2("disguised_word", shown, b.Name, w, form)})
		}
	}
	judgeGovName(info, l, shown)
	info.taken = takenProduct(l)
	if w, tld := abusedTLDOf(l.Suffix); w > 0 {
		sig[model.SigAbusedTLD] = float32(w)
		info.reasons = append(info.reasons, c.fittedName(model.SigAbusedTLD, float32(w), Reason{Code: CodeSuspiciousTLD, Subject: shown,
			text: say2("suspicious_tld", tld)}))
	}
	info.read = c.readName(l, info)
	if word != nil {
		info.read = &nameRead{word: word}
	}
	if ok {
		if service, tenant := brandTenant(l, site, hosted, m); tenant {
			info.read = c.tenantRead(info, service)
		} else if inWord != nil {
			info.read = &nameRead{hostLogit: min(info.hostLogit, 0), inWord: inWord}
		}
	}
	info.selfServe = selfServeBrand(bm, l, site, hosted, m, ok)
	info.words = labelWords.NameWords(site.Label())
	if len(info.words) > 0 {
		nameWordSignals(sig, info.words)
		r := Reason{Code: CodeDomainWords, Subject: shown, fitted: true,
			Weight: shownWeight(c.comb.Link[model.SigDomainWords]*float64(sig[model.SigDomainWords]) + c.comb.Link[model.SigSchemeWords]*float64(sig[model.SigSchemeWords])),
			text:   say2("domain_words", shown, strings.Join(info.words, ", "))}
		if forge && len(info.words) >= 2 && asksAny(info.words) && sig[model.SigHostingBrand] == 0 {
			// a forge's Pages site built from two lure words or more,
			// one of them of what a phishing page asks for (askWords:
			// claim-airdrop.pages.gitlab.gnome.org), which the link
			// model reads as the forge's own: weighed by hand, as a
			// brand's name there is
			r.fitted, r.Weight = false, wUserContentBrand
		}
		info.note(r)
	}
	if coin, word, ok := dropName(site.Label()); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wDropName, text: say2("drop_name", shown, coin, word)}
		info.note(r)
	}
	if name, ok := skinName(site.Label(), site.Domain); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wSkinName, text: say2("skin_name", shown, name)}
		info.note(r)
	}
	if form, w := misspeltLure(site.Label()); form != "" {
		// a lure's word misspelt by a letter (giveawey, premeum; disc37)
		info.note(Reason{Code: CodeDomainWords, Subject: shown, Weight: wMisspeltLure, text: say2("lure_misspelt", shown, w, form)})
	}
	if short, w, ok := statName(site.Label()); ok {
		// Discord's name cut short joined to what a statistics site
		// shows (dsstatistics, disratings; disc37)
		info.note(Reason{Code: CodeDomainWords, Subject: shown, Weight: wStatName, text: say2("stat_name", shown, short, w)})
	}
	if game, offer, ok := gameName(site.Label()); ok {
		// a game's name joined to a giveaway's or a gamble's word
		// (rust-raffles, valorant-promotion; disc37)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wGameName, text: say2("game_name", shown, game, offer)}
		info.note(r)
	} else if kind, w, ok := playName(site.Label(), site.Suffix == "gg"); ok && runtime && !hosted && l.ICANN {
		// a game's free money, a cheat or a mod host's notice
		// (robux-daily-gen, undetected-aimbot, nexusmods-signin;
		// play46)
		info.note(Reason{Code: CodeDomainWords, Subject: shown, Weight: wPlayName, text: say2("play_name_"+kind, shown, w)})
	} else if h, ok := playTypo(site.Label()); ok && runtime && !hosted && l.ICANN {
		// a mod host's name a letter off (nexusmod, curseforqe; play46)
		info.note(Reason{Code: CodeLookalike, Subject: shown, Weight: wPlayName, text: say2("play_name_typo", shown, h)})
	}
	if program, act, ok := programName(site.Label()); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wProgramName, text: say2("program_name", shown, program, act)}
		info.note(r)
	}
	if name, offer, ok := botName(site.Label(), site.Domain); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wBotName, text: say2("bot_name", shown, name, offer)}
		info.note(r)
	}
	if guard, ok := guardName(site.Label(), site.Suffix); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wGuardName, text: say2("guard_name", shown, guard)}
		info.note(r)
	}
	if word, ok := campaignName(site.Label(), site.Suffix); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wCampaignName, text: say2("campaign_name", shown, word)}
		info.note(r)
	}
	if subject, demand, ok := noticeName(site.Label()); ok && runtime && !hosted && l.ICANN {
		// a name made for a notice: what it is about and what it asks
		// (ezpass-toll-payment.com; scam44)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wNoticeName, text: say2("notice_name", shown, subject, demand)}
		info.note(r)
	} else if subject, demand, ok := creatorName(site.Label(), site.Suffix); ok && runtime && !hosted && l.ICANN {
		// a name made for a creator's notice or offer
		// (channel-strike-appeal.live, payout-hold.boats; lure47)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wCreatorName, text: say2("creator_name", shown, subject, demand)}
		info.note(r)
	} else if subject, demand, ok := workName(site.Label(), site.Suffix); ok && runtime && !hosted && l.ICANN {
		// a name made for a work notice (offer-acceptance-portal.com,
		// payslip-viewer.online; work48)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wWorkName, text: say2("work_name", shown, subject, demand)}
		info.note(r)
	} else if subject, demand, ok := tripName(site.Label(), site.Suffix); ok && runtime && !hosted && l.ICANN {
		// a name made for a travel notice (etias-travel-permit.online,
		// hochieu-cap-nhanh.online; trip49)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wTripName, text: say2("trip_name", shown, subject, demand)}
		info.note(r)
	} else if subject, demand, ok := careName(site.Label(), site.Suffix); ok && runtime && !hosted && l.ICANN {
		// a name made for a patient's, an insured's or a donor's
		// notice (lab-report-ready.online, typhoon-relief-donate.org,
		// ketqua-xetnghiem-online.top; care50)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wCareName, text: say2("care_name", shown, subject, demand)}
		info.note(r)
	} else if runtime && !hosted && l.ICANN {
		if subject, demand, ok := shopName(site.Label(), site.Suffix); ok {
			// a name made for a buyer's, a seller's or a parcel's
			// notice (safe-deal-escrow.com, kho-hang-haiquan.site;
			// shop49)
			r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wShopName, text: say2("shop_name", shown, subject, demand)}
			info.note(r)
		} else if subject, demand, ok := billName(site.Label(), site.Suffix); ok {
			// a name made for a utility's or a carrier's notice
			// (power-shutoff-notice.top, chuanhoa-thuebao.site;
			// bill50)
			r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wBillName, text: say2("bill_name", shown, subject, demand)}
			info.note(r)
		} else if subject, demand, ok := autoName(site.Label(), site.Suffix); ok {
			// a name made for a car's, a driver's or a pet's notice
			// (vin-report-instant.xyz, puppy-shipping-crate.online,
			// taixe-thuong-tet.top; auto51)
			r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wAutoName, text: say2("auto_name", shown, subject, demand)}
			info.note(r)
		} else if subject, demand, ok := homeName(site.Label(), site.Suffix); ok {
			// a name made for a renter's, a buyer's or an owner's
			// notice (closing-wire-confirm.com,
			// thuenha-datcoc-nhanh.site; home51)
			r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wHomeName, text: say2("home_name", shown, subject, demand)}
			info.note(r)
		} else if subject, demand, ok := familyName(site.Label(), site.Suffix); ok {
			// a name made for a dater's, a couple's or a parent's
			// notice (private-video-leak.top, hi-mum-new-phone.top,
			// hocphi-phuhuynh-online.site; family51)
			r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wFamilyName, text: say2("family_name", shown, subject, demand)}
			info.note(r)
		}
	}
	if runtime && !hosted && l.ICANN {
		// a name made for a student's notice or dressed as a
		// school's (registrar-hold-verify.com, hcmus-edu.vn; study49)
		judgeStudyName(info, &site, shown)
	}
	if gear, offer, ok := gearShopName(site.Label(), site.Suffix); ok && runtime && !hosted && l.ICANN && !spared(l) {
		// a kind of gear and a sale's words: a hobbyist's fake shop
		// (filament-clearance.shop; maker46)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wGearShopName, text: say2("gear_shop_name", shown, gear, offer)}
		info.note(r)
	}
	if first, second, w := bizName(site.Label(), site.Suffix); w > 0 && runtime && !hosted && l.ICANN && info.official == nil {
		// a name made for a scam's business with no brand: an
		// investment, a task, a loan, a shop closing down, a
		// generator, a prize, a grant (steady-yield-capital.com,
		// order-task-earn.vip; bizword48)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: w, text: say2("biz_name", shown, first, second)}
		info.note(r)
	}
	if subject, action, ok := viActionName(viLabel(&site), bm); ok && runtime && !hosted && l.ICANN && info.official == nil && !vnEnding(site.Suffix) {
		// a brand's or a paper's name hyphenated with a Vietnamese
		// word of what a scam's page asks (vietcombank-baove.net,
		// cccd-dongbo.com; vi45)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wViActionName, text: say2("vi_action_name", shown, subject, action)}
		info.note(r)
	}
	if publisher, event, ok := viEventName(viLabel(&site)); ok && runtime && !hosted && l.ICANN && info.official == nil && !vnEnding(site.Suffix) {
		// a publisher's name hyphenated with a game event's word on a
		// stranger's name (garena-event.com; not under .vn, where a
		// name is registered with papers and agencies name real
		// events so, vng-event-hcm.vn: vi46)
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wViEventName, text: say2("vi_event_name", shown, publisher, event)}
		info.note(r)
	}
	if address, ok := addressName(site.Label(), site.Suffix); ok && !hosted && l.ICANN {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wAddressName, text: say2("address_name", shown, address)}
		info.note(r)
	}
	if call, ok := callName(site.Label(), site.Suffix); ok {
		r := Reason{Code: CodeDomainWords, Subject: shown, Weight: wCallName, text: say2("call_name", shown, call)}
		info.note(r)
	}
	if ending, ok := offerEnding(l.Suffix); ok {
		r := Reason{Code: CodeSuspiciousTLD, Subject: shown, Weight: wOfferEnding, text: say2("offer_ending", shown, ending)}
		info.note(r)
	}
	if word, ok := scrambledDiscord(site.Label()); ok {
		r := Reason{Code: CodeLookalike, Subject: shown, Imitates: "discord.com", Weight: wScrambledDiscord,
			text: say2("scrambled_discord", shown, word)}
		info.note(r)
	}
	return info, kept
}

// plausibleLookalike is how much a look-alike counts whose word is also
// an ordinary word or name (brand.Match.Plausible): half, so that the
// likeness alone does not flag and with the link model's doubt, a cheap
// ending or lure words it does.
const plausibleLookalike = 0.5

// abusedTLDOf returns how abused a public suffix or its top-level domain
// is (abusedTLDs) and which of the two is listed.
func abusedTLDOf(suffix string) (float64, string) {
	if w, ok := abusedTLDs[suffix]; ok {
		return w, suffix
	}
	tld := suffix[strings.LastIndexByte(suffix, '.')+1:]
	return abusedTLDs[tld], tld
}

// abusedTLD returns how abused a public suffix or its top-level domain is.
func abusedTLD(suffix string) float64 {
	w, _ := abusedTLDOf(suffix)
	return w
}

// spoofedTLDs are the top-level domains a host name fakes the end of a
// domain with (paypal.com-secure.top, bank.vn-abc.life). Two-letter country
// codes are left out: they begin ordinary words too (us-east, my-app).
var spoofedTLDs = setOf("com", "net", "org", "gov", "edu", "info", "vn")

// wordTLDs are the spoofedTLDs that are words of their own, which
// projects and companies begin their names with (info-zip.org,
// net-snmp.org, org-mode.org, edu-apps.org), as com, gov and vn are
// not.
var wordTLDs = setOf("info", "net", "org", "edu")

// hostRoles are the labels that name a server's role on a site of its
// own (www.info-zip.org, ftp.info-zip.org), not a domain.
var hostRoles = setOf("www", "ftp")

// serverOf reports whether a label (name) before a top-level domain's
// word (word: at the start of the next label, or a label of its own
// when own is set) names a server or a department of the site rather
// than a domain the host fakes: a server's role before a name starting
// with one of wordTLDs (www.info-zip.org, www.net-snmp.org), or a name
// of three letters or fewer, neither a top-level domain's word nor a
// server's role, before info as a label of its own, a department's word
// too (informatics: pp.info.uni-karlsruhe.de, a university's chair).
// Such a host reads as its site's name does; a brand's name before info
// is no department's (the caller asks brand.Matcher.Named: dhl.info.x.top
// shows dhl.info; rev22: 2,100 of 4,500 phishing probes with a short
// name there lost a level, a brand's as often as any). A server's role before
// such a label (www.org.dexpad.site, ftp.info.x.top) serves no site: it
// shows a domain (www.org), and a short name before a name starting
// info- is what the host fakes (vcb.info-xacthuc.com shows "vcb.info"
// as bank.vn-abc.life shows "bank.vn"); rev22: of training phishing
// domains so reshaped, 913 of 6,000 and 1,328 of 3,000 lost a level
// when read as a server's or a department's. Short names before net,
// org and edu are domains people know (php.net, gnu.org,
// uwm.edu.healthyemirates.ae fakes a university's), and com, gov and vn
// begin no project's name: there, and before a longer name
// (paypal.info-secure.top, drupal8.info.cu.ma), the two are still read
// as a domain.
func serverOf(name, word string, own bool) bool {
	if own {
		return word == "info" && len(name) <= 3 && !spoofedTLDs[name] && !hostRoles[name]
	}
	return wordTLDs[word] && hostRoles[name]
}

// brandPages are the GitHub Pages sites of protected brands' own GitHub
// organisations, where the brands publish their open-source projects'
// documentation (facebook.github.io/react, paypal.github.io/glamorous,
// discord.github.io/discord-api-docs). GitHub serves an account's pages
// at ACCOUNT.github.io and gives an account's name once: these names
// are held by the brands themselves, so a link there is no impostor's,
// and the sites are trusted as the brands' domains are (devbrand23:
// until then only their names were not read as the brand's, and the
// link model's reading of paypal.github.io deleted PayPal's own
// PayPal-node-SDK page). Mostly the bare name: paypal-login.github.io is
// anyone's; an organisation a brand named otherwise is listed by its
// whole name (bybit-exchange.github.io, Bybit's API docs). Other hosts
// named as a brand writes its name on GitHub Pages, or by the brand's
// name and a library's word (discordrb.github.io), are read as any
// site named after the brand: the forge gives a name to whoever asks
// first (rev23, and the coordinator's review of the session's
// developer-project reading). A brand's own
// blogs on the blog platform it runs are read by their names (ownBlog:
// googleprojectzero.blogspot.com), not listed. Trusted at run time only,
// as reputableAtRuntime is (what the combiner is fitted on stays as it
// was). A brand whose name on GitHub is a stranger's (a person's account
// named steam) is not listed.
var brandPages = setOf("facebook.github.io", "paypal.github.io", "discord.github.io", "coinbase.github.io",
	"google.github.io", "microsoft.github.io", "apple.github.io", "aws.github.io", "amzn.github.io", "netflix.github.io",
	"twitter.github.io", "linkedin.github.io", "instagram.github.io", "whatsapp.github.io", "dropbox.github.io",
	"spotify.github.io", "shopify.github.io", "stripe.github.io", "cloudflare.github.io", "adobe.github.io",
	"mozilla.github.io", "yahoo.github.io", "uber.github.io", "airbnb.github.io", "binance.github.io",
	"metamask.github.io", "trezor.github.io", "samsung.github.io", "tiktok.github.io", "github.github.io",
	"docusign.github.io", "bybit-exchange.github.io")

// userContent are official hosts where anyone can publish a page or a
// form under the brand's name: links there are judged by their path.
var userContent = setOf("sites.google.com", "docs.google.com", "drive.google.com", "forms.gle", "script.google.com",
	"storage.googleapis.com", "firebasestorage.googleapis.com", "telegra.ph", "graph.org", "forms.office.com",
	"onedrive.live.com", "1drv.ms", "sway.office.com", "sway.cloud.microsoft", "web.facebook.com", "business.facebook.com")

// contactHosts are the official hosts of messengers' channels, groups and
// accounts: a task scam's or a betting site's channel is named after its
// scheme there (t.me/nhiemvu_hoahong), which is read as on userContent
// hosts; a link with no such words stays trusted.
var contactHosts = setOf("t.me", "telegram.me", "telegram.dog", "zalo.me", "wa.me", "m.me")

// infrastructure are content-delivery and traffic-steering domains whose
// customers name subdomains after their own hosts
// (www.linkedin.com.cdn.cloudflare.net): trusted as they stand.
var infrastructure = setOf("fastly.net", "cloudflare.net", "akadns.net", "akamaiedge.net", "akamai.net", "edgekey.net",
	"edgesuite.net", "msedge.net", "spo-msedge.net", "b-msedge.net", "s-msedge.net", "l-msedge.net", "trafficmanager.net", "llnwd.net", "footprint.net", "cdn77.org",
	"edgecastcdn.net", "akamaized.net", "akamaihd.net", "azurefd.net", "fastly-edge.com")

// icannDomain returns the registrable domain of host under its ICANN
// suffix, ignoring private suffixes: fastly.net for apple.map.fastly.net.
func icannDomain(host string) string {
	labels := strings.Split(host, ".")
	for i := 1; i < len(labels); i++ {
		s := strings.Join(labels[i:], ".")
		if ps, icann := publicsuffix.PublicSuffix(s); icann && ps == s {
			return strings.Join(labels[i-1:], ".")
		}
	}
	return host
}

// reputableSuffixes are public suffixes only institutions can register
// under, beside the countries' own that institutional finds by their
// shape (gov.vn, ac.uk, edu.au).
var reputableSuffixes = setOf("gov", "edu", "mil", "int", "org.vn")

// institutional reports a country's suffix for its government, military
// or universities (gov.tr, go.jp, ac.kr, edu.vn, gob.mx): only
// institutions register under them.
func institutional(suffix string) bool {
	second, cc, ok := strings.Cut(suffix, ".")
	if !ok || len(cc) != 2 || strings.IndexByte(cc, '.') >= 0 {
		return false
	}
	switch second {
	case "gov", "go", "gob", "gouv", "govt", "mil", "edu", "ac":
		return true
	}
	return false
}

// hostCache keeps hostInfo per host. It is sharded to keep lock contention
// low and bounded: a full shard is emptied and refilled.
type hostCache struct {
	seed   maphash.Seed
	shards [16]hostShard
}

// hostShard keeps its analyses by the host's hash, the one that chose
// the shard: a 64-bit key is hashed and compared in a few instructions
// where a string key's map hashes the name again and compares its bytes
// at every probe. An analysis found under a hash is its host's only when
// its host field is the name asked for (two names of one hash, most
// unlikely, take the slot in turn).
type hostShard struct {
	mu sync.RWMutex
	m  map[uint64]*hostInfo
}

const hostShardMax = 4096

func (h *hostCache) init() {
	h.seed = maphash.MakeSeed()
	for i := range h.shards {
		h.shards[i].m = make(map[uint64]*hostInfo)
	}
}

// get returns what is known of a host under the brands of bm; an answer
// reached under other brands (before a reload) is worked out again.
func (h *hostCache) get(c *Classifier, bm *brand.Matcher, l *linkx.Link) *hostInfo {
	info, _ := h.lookup(c, bm, l, false)
	return info
}

// getFeatures is get, and when this call worked out what is known of
// the host, the link model's features of its name (model.HostFeatures)
// too, or nil: from featuresPool, for the caller to put back. A flagged
// link's explanation reads them again (explainPatterns).
func (h *hostCache) getFeatures(c *Classifier, bm *brand.Matcher, l *linkx.Link) (*hostInfo, *model.Features) {
	return h.lookup(c, bm, l, true)
}

func (h *hostCache) lookup(c *Classifier, bm *brand.Matcher, l *linkx.Link, keep bool) (*hostInfo, *model.Features) {
	sum := maphash.String(h.seed, l.Host)
	s := &h.shards[sum%uint64(len(h.shards))]
	s.mu.RLock()
	info := s.m[sum]
	s.mu.RUnlock()
	if info != nil && info.brands == bm && info.host == l.Host {
		return info, nil
	}
	info, fs := c.analyseKeep(bm, l, keep)
	info.readFacts(l)
	info.host = strings.Clone(l.Host) // not a slice of the message the link was read from
	s.mu.Lock()
	if len(s.m) >= hostShardMax {
		clear(s.m)
	}
	s.m[sum] = info
	s.mu.Unlock()
	return info, fs
}
