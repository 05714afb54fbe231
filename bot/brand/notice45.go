package brand

import "strings"

// A brand's name in a stranger's registrable name beside a notice's
// words (infra45). The impostors of the services that servers and
// software run on name their pages after the brand and what its notice
// is about: a sign-in, a key, a bill, a renewal, an abuse report or a
// suspension (hetzner-billing, openai-api-key, cloudflare-abuse-team,
// okta-suspension-appeal, github-license-key), or after one of its
// own hosts flattened with hyphens under another ending
// (login-microsoftonline-com, console-aws-amazon, portal-azure,
// dash-cloudflare, my-vultr-com). The link model never saw most of these
// brands' names and reads the rest of such a name as ordinary words.

// noticeTrouble are the words of an account's trouble, a credential or
// a notice that an impostor sets beside a brand's name; with the
// account words (accountWords) at least one of them must stand beside
// the name for NoticeName to read it.
var noticeTrouble = map[string]bool{
	"login": true, "signin": true, "logon": true, "auth": true, "verify": true, "verification": true,
	"validate": true, "confirm": true, "password": true, "passwd": true, "credential": true, "credentials": true,
	"2fa": true, "otp": true, "token": true, "tokens": true, "key": true, "keys": true, "apikey": true,
	"license": true, "licence": true, "activation": true, "activate": true, "renewal": true, "renewals": true,
	"renew": true, "expiry": true, "expired": true, "expire": true, "expiring": true, "expires": true,
	"suspension": true, "suspended": true, "suspend": true, "locked": true, "lock": true, "blocked": true,
	"unlock": true, "restore": true, "reactivate": true, "reactivation": true, "abuse": true,
	"violation": true, "violations": true, "dmca": true, "copyright": true, "termination": true,
	"terminated": true, "disabled": true, "deactivation": true, "deactivated": true, "update": true,
	"updates": true, "upgrade": true, "security": true, "alert": true, "alerts": true, "warning": true,
	"notice": true, "notification": true, "billing": true, "invoice": true, "invoices": true,
	"payment": true, "payments": true, "refund": true, "subscription": true, "quota": true, "storage": true,
	"limit": true, "claim": true, "payout": true, "payouts": true, "appeal": true, "appeals": true,
	"recovery": true, "reset": true, "unusual": true, "compliance": true, "review": true, "overdue": true,
	"unpaid": true, "plus": true, "premium": true,
	// what a fake of the service's app offers (chatgpt-free,
	// claude-desktop-download, deepseek-r1-download): the service's own
	// builds are on its own domains
	"download": true, "downloads": true, "desktop": true, "free": true, "crack": true, "cracked": true,
	"keygen": true, "setup": true, "installer": true, "unlimited": true, "giveaway": true, "airdrop": true,
	// the same in the French and Spanish a European host writes in
	"renouvellement": true, "facture": true, "impayee": true, "paiement": true, "suspendu": true,
	"factura": true, "pago": true, "suspendida": true, "renovacion": true,
}

// noticeFiller are the words beside a brand's name that say nothing of
// their own: a team's, a desk's, a page's and the endings of hosts,
// written as a label (login-microsoftonline-com).
var noticeFiller = map[string]bool{
	"team": true, "desk": true, "center": true, "centre": true, "official": true, "hq": true, "dept": true,
	"department": true, "notice": true, "com": true, "net": true, "org": true, "io": true, "co": true,
	"dev": true, "ai": true, "cloud": true, "hub": true, "api": true, "id": true, "my": true, "panel": true,
	"manager": true, "manage": true, "dash": true, "platform": true, "webmail": true, "mail": true,
	"customer": true, "client": true, "user": true, "users": true, "member": true, "members": true,
	// what the notice is about: a server, a domain, a certificate, a
	// mailbox, a device, a gateway
	"server": true, "servers": true, "vps": true, "hosting": true, "domain": true, "domains": true, "dns": true,
	"ssl": true, "cert": true, "certificate": true, "email": true, "mailbox": true, "pass": true, "push": true,
	"device": true, "devices": true, "vpn": true, "remote": true, "gateway": true, "nas": true, "cdn": true,
	"registry": true, "enroll": true, "enrollment": true, "ui": true,
}

// noticeHosts are the first labels of a service's own sign-in and
// console hosts (login.microsoftonline.com, console.aws.amazon.com,
// portal.azure.com, dash.cloudflare.com, app.netlify.com, my.vultr.com):
// in front of a brand's name and nothing but the labels of its own
// domains, they are that host flattened.
var noticeHosts = map[string]bool{
	"login": true, "signin": true, "auth": true, "id": true, "account": true, "accounts": true,
	"console": true, "portal": true, "dash": true, "dashboard": true, "app": true, "my": true, "admin": true,
	"manage": true, "manager": true, "panel": true, "cloud": true, "hub": true, "platform": true,
	"secure": true, "sso": true, "webmail": true, "billing": true,
}

// NoticeName reports whether the registrable label holds the brand's name
// matched (m, a NameInDomain match of the whole name, or of one of the
// brand's own labels holding it: microsoftonline) as a word of its own
// beside nothing but the labels of the brand's own domains, service
// words, account words, the words of a notice (noticeTrouble) and fillers
// (noticeFiller), with either a word of an account or a notice beside it
// or the name after a host's first label (noticeHosts) and nothing else
// but the brand's own labels: its own host flattened (portal-azure,
// console-aws-amazon, login-microsoftonline-com). strong: a second sign
// in the name itself: two distinct words of an account or a notice, or
// a host flattened with its ending (login-microsoftonline-com). A name on
// the ending of a country one of the brand's domains ends in is left out,
// as AccountName leaves it.
func (m *Match) NoticeName(label, suffix string) (strong, ok bool) {
	apartFirst, apartLast := -1, -1
	// a shop notice's Vietnamese words written apart (don-hang,
	// hoan-tien) read as one (shop49)
	label = shopJoinApart(m.Brand, label)
	if m.Kind == NameInDomain && m.Word != m.name && !ownLabel(m.Brand, m.Word) {
		// the name written apart (native-instruments-license) or
		// a creator's platform's run together with a notice's word
		// (distrokidpayout; creator47)
		apartFirst, apartLast = nameApart(m.Brand, label, m.name)
		if apartFirst < 0 {
			return false, false
		}
	}
	if m.Kind != NameInDomain || countryOwn(m.Brand, suffix) || len(label) > 63 {
		return false, false
	}
	var seen [4]string
	notices, parts, named, own := 0, 0, false, 0
	hostFirst, ending := false, false
	product := "" // a creator's platform's product's word (creator47)
	acts := false // a word that acts on an account (workActs; rev48e)
	// booked: a travelBooked word beside a word-like travel name, an act
	// only with the brand's own ending flattened (booking-com-guest;
	// rev49a)
	booked := false
	prev := ""
	for i, w := range strings.Split(label, "-") {
		w = strings.TrimRight(w, "0123456789")
		parts++
		before := prev
		prev = w
		switch {
		case w == "":
			return false, false
		case i >= apartFirst && i <= apartLast:
			// the name written apart, or run together with a
			// notice's word (nameApart)
			named = true
			if i > apartFirst {
				parts--
			} else if apartFirst == apartLast && notices < len(seen) {
				parts++
				seen[notices] = w[len(m.name):]
				booked = booked || travelBookedOnly(m.Brand, seen[notices])
				acts = acts || !workNotice[seen[notices]] && !travelNotice[seen[notices]] || (workActs[seen[notices]] || travelActs[seen[notices]]) && !travelBookedOnly(m.Brand, seen[notices])
				notices++
			}
			continue
		case w == m.Word || w == m.name || strings.Contains(w, m.name) && ownLabel(m.Brand, w):
			// the name, or one of the brand's own labels holding it
			// (microsoftonline)
			named = true
			continue
		case named && len(m.Brand.Words) > 1 && contains(m.Brand.Words, w) && travelBrands[m.Brand.Name]:
			// another of a travel platform's own words after its name:
			// its miles programme's (delta-skymiles-expire,
			// united-mileageplus-claim; rev49a)
			parts--
			continue
		case named && (before == m.Word || before == m.name) && ownJoined(m.Brand, before, w):
			// the rest of one of the brand's own labels written
			// apart from its name (epic-games-login, riot-games-
			// appeal, rockstar-games-support; rev46d)
			parts--
			continue
		case i == 0 && noticeHosts[w]:
			hostFirst = true
		}
		if ownLabel(m.Brand, w) {
			own++
			if w == "com" || w == "net" || w == "org" || w == "io" || w == "ai" || w == "dev" {
				ending = true
			}
			continue
		}
		switch {
		case travelRefuses(m.Brand, w):
			// a travel platform's reviews, guides, trackers or
			// fans (uber-driver-review, delta-flight-tracker; trip49)
			return false, false
		case makerRefuses(m.Brand, w):
			// a craft site's free sheets (free-printables; maker46)
			return false, false
		case billRefuses(m.Brand, w):
			// a carrier's or a utility's comparison, coverage map,
			// forum or tracker (verizon-coverage-map; bill50)
			return false, false
		case autoRefuses(m.Brand, w):
			// a dealer's, a forum's, an owners' club's or a map's
			// name about a car's, a driver's or a pet's platform
			// (tesla-owners-club, chargepoint-api; auto51)
			return false, false
		case careRefuses(m.Brand, w):
			// an agent's, a lawyer's, a volunteers' or a news
			// site's name about a care organisation
			// (aetna-agent-portal, cvs-settlement-claim; care50)
			return false, false
		case homeRefuses(m.Brand, w):
			// a scraper's, a calculator's, a review's or a
			// franchise office's name about a housing company
			// (zillow-scraper, remax-downtown-office; home51)
			return false, false
		case familyRefuses(m.Brand, w):
			// a clone's, a fan's, a vendor's or a guide's name
			// about a family service (tinder-clone-script,
			// roblox-codes-wiki; family51)
			return false, false
		case studyRefuses(m.Brand, w):
			// a prep school's, a teacher's or a guide's name
			// (coursera-exam-practice, moodle-plugin-grades; study49)
			return false, false
		case (creatorSoft[w] || w == "free" && creatorFreebie[before]) && creatorOwn(m.Brand):
			// a creator's platform's review or free templates site
			// (waves-plugins-review, canva-templates-free; rev47e)
		case workCommon(m.Brand, m.name, w):
			// an ordinary compound of a work platform's word-like
			// name (remote-desktop, vanguard-security; rev48e)
		case noticeTrouble[w] || accountWords[w]:
			acts = true
			if notices < len(seen) && !contains(seen[:notices], w) {
				seen[notices] = w
				notices++
			}
		case serviceWords[w] || noticeFiller[w]:
		default:
			// a maker's shop's or a mobile developer's
			// platform's own words (maker46), or a creator's
			// platform's (creator47)
			k := makerKind(m.Brand, w)
			if k == 0 {
				k = creatorKind(m.Brand, w)
			}
			if k == 0 {
				// a work platform's (work48)
				k = workKind(m.Brand, w)
			}
			if k == 0 {
				// a travel platform's (trip49)
				k = travelKind(m.Brand, w)
			}
			if k == 0 {
				// a study platform's (study49)
				k = studyKind(m.Brand, w)
			}
			if k == 0 {
				// a shop's, a marketplace's or a
				// courier's (shop49)
				k = shopKind(m.Brand, w, suffix)
			}
			if k == 0 {
				// a public office's: a tax office's, a
				// toll operator's, a licence office's
				// (gov50)
				k = govKind(m.Brand, w)
			}
			if k == 0 {
				// a carrier's or a utility's (bill50)
				k = billKind(m.Brand, w)
			}
			if k == 0 {
				// a care organisation's: a hospital's, a
				// lab's, a pharmacy's, an insurer's or a
				// charity's (care50)
				k = careKind(m.Brand, w, suffix)
			}
			if k == 0 {
				// a car's, a driver's or a pet's platform's
				// (auto51)
				k = autoKind(m.Brand, w)
			}
			if k == 0 {
				// a housing company's: a listing portal's, a
				// property manager's, a mortgage servicer's, a
				// title firm's, a mover's or an alarm
				// company's (home51)
				k = homeKind(m.Brand, w, suffix)
			}
			if k == 0 {
				// a dating app's, a wedding service's, a
				// school's or a kids' game's (family51)
				k = familyKind(m.Brand, w, suffix)
			}
			switch k {
			case 'n':
				booked = booked || travelBookedOnly(m.Brand, w)
				acts = acts || (workActs[w] || travelActs[w] || govActs[w]) && !travelBookedOnly(m.Brand, w) || billActing(m.Brand, w) || autoActing(m.Brand, w) || familyActs[w] && familyBrands[m.Brand.Name]
				if notices < len(seen) && !contains(seen[:notices], w) {
					seen[notices] = w
					notices++
				}
			case 'f':
			default:
				if creatorBrands[m.Brand.Name] && product == "" {
					// one word of a creator's platform's
					// own, a product's (arturia-pigments-
					// keygen; creatorProduct)
					product = w
					continue
				}
				return false, false
			}
		}
	}
	if !named || parts < 2 || product != "" && !creatorProduct(seen[:notices]) || creatorWeakOnly(m.Brand, seen[:notices], parts) {
		return false, false
	}
	acts = acts || booked && ending
	host := hostFirst && parts-1-own <= 1
	if notices == 0 && !host || !acts && notices < 2 && !host && (workBeside(m.Brand, m.name) || travelBrands[m.Brand.Name] || govWeak(m.Brand) || billBeside(m.Brand) || autoBeside(m.Brand) || familyWeak(m.Brand)) {
		return false, false
	}
	return notices >= 2 || host && ending, true
}

// ownLabel reports whether w is a label of one of the brand's domains
// (amazon of aws.amazon.com, microsoftonline of microsoftonline.com) or
// its ending (com).
func ownLabel(b *Brand, w string) bool {
	for _, d := range b.Domains {
		for l := range strings.SplitSeq(d, ".") {
			if l == w {
				return true
			}
		}
	}
	return false
}

// ownJoined reports whether a+b is a label of one of the brand's domains
// (epic and games of epicgames.com).
func ownJoined(b *Brand, a, w string) bool {
	for _, d := range b.Domains {
		for l := range strings.SplitSeq(d, ".") {
			if len(l) == len(a)+len(w) && strings.HasPrefix(l, a) && strings.HasSuffix(l, w) {
				return true
			}
		}
	}
	return false
}

// contains reports whether ws holds w.
func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
