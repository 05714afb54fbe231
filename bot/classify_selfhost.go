package bot

import (
	"net/url"
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A self-hosted application's own sign-in page. People who run a home
// server share the address of its web application (Home Assistant,
// Immich, Jellyfin) on a name of their own or a dynamic DNS name
// (ha.duckdns.org:8123, photos.mydomain.xyz, jelly.bitsandbytes.site),
// and the page a visitor lands on first is the application's sign-in
// route. The link model reads such a link as a kit's: a cheap ending, a
// random-looking name and auth or login in the path. What tells them
// apart is the route, which each application writes the same way
// (Home Assistant's /auth/authorize with its own address as the client,
// Immich's /auth/login, Jellyfin's /web/index.html#!/login.html), and
// the message, which names the application. A kit's sign-in page is
// named after the brand it imitates or after what it asks for and sits
// in the kit's folders (/owa/auth/login.php?client_id=<an address>,
// /wp-content/…/auth/login/). Routes kits share (/login, /login.html,
// /signin, /auth, /user/login, /admin/login.php: 337 of the lists'
// phishing URLs have one of them as their whole path) are not read,
// whatever application uses them.
//
// What it gives up: of the training lists' 90,273 phishing URLs none
// loses a level bare or in four framings (361,092 messages), nor the
// 1,183 whose path one of these routes could be, each beside every
// application's name twice (47,320), nor those defanged five ways
// (16,920). Written onto 3,000 of the test split's phishing domains in
// five of these routes beside the application's name (15,000: an
// attacker who writes as a home server's owner), 1,801 lose a level,
// 829 of them Immich's; onto 3,000 popular domains so, 193 are flagged
// before and 56 after.

// selfHostedMax is the link model's logit a self-hosted application's
// sign-in page is read at most at (selfHostedReading): the bound a
// sample app's link is read under (sampleAppMax).
const selfHostedMax = sampleAppMax

// selfHostedNameMax is the link model's logit of a host's name alone
// (hostInfo.hostLogit, and its experts') from which selfHostedReading
// reads no link of it: what the reading forgives is the route's words
// and the name's ending, not a name that reads as a kit's by itself.
// The bound a named page's static twin is read under (namedPageMax).
const selfHostedNameMax = namedPageMax

// selfHostedApp is a self-hosted web application: the names its users
// call it by, and its sign-in route.
type selfHostedApp struct {
	// names are the words the application is called by in chat or in a
	// host's labels (folded, lower case; two words a space apart)
	names []string
	// paths are the sign-in route's whole paths; fragments, when set,
	// the route's fragment (a single-page application's route), one of
	// which must follow the path
	paths, fragments []string
	// ownClient: the route is an OAuth authorization whose client is the
	// application's own address (Home Assistant's frontend names itself
	// as client_id and as redirect_uri)
	ownClient bool
}

// selfHostedApps are the self-hosted applications whose sign-in route
// selfHostedReading reads, from each project's documentation and its
// web client's routes.
var selfHostedApps = []selfHostedApp{
	{names: []string{"home assistant", "homeassistant", "hass", "ha"}, paths: []string{"/auth/authorize"}, ownClient: true},
	{names: []string{"immich"}, paths: []string{"/auth/login"}},
	{names: []string{"jellyfin", "emby"}, paths: []string{"/web/index.html", "/web/", "/web"}, fragments: []string{"!/login.html", "/login.html"}},
	{names: []string{"portainer"}, paths: []string{"/"}, fragments: []string{"!/auth", "/auth"}},
	{names: []string{"vaultwarden"}, paths: []string{"/"}, fragments: []string{"/login"}},
	{names: []string{"navidrome"}, paths: []string{"/app/"}, fragments: []string{"/login"}},
	{names: []string{"audiobookshelf"}, paths: []string{"/audiobookshelf/login"}},
	{names: []string{"photoprism"}, paths: []string{"/library/login"}},
	{names: []string{"truenas"}, paths: []string{"/ui/sessions/signin", "/ui/signin"}},
	{names: []string{"authentik"}, paths: []string{"/if/flow/default-authentication-flow/"}},
}

// homeNames are the dynamic DNS and tunnel services a home server is
// reached at by a name of the service's (ha.duckdns.org,
// nas.tail1234.ts.net): the hosting platforms a self-hosted
// application's sign-in page is read on. A site builder's or an app
// host's site (vercel.app, web.app) runs no one's home server.
var homeNames = setOf("duckdns.org", "ddns.net", "hopto.org", "zapto.org", "servehttp.com", "sytes.net", "no-ip.org",
	"ts.net", "trycloudflare.com", "ngrok-free.app", "ngrok.app", "ngrok.io")

// selfHostedReading returns a link's signals with a self-hosted
// application's sign-in page read as an ordinary site: its route
// (selfHostedRoute) is the whole link, the message or the host's
// labels name the application, and the host is a name of its own or a
// home server's dynamic DNS or tunnel name (homeNames) with no brand,
// no shortener, no word of what phishing asks for beyond a sign-in
// (asksBeyondSignIn) and no other domain's ending (domainLabel:
// cloud.s3it.uzh.ch.libe.ga) in any label, and a name that alone reads
// under selfHostedNameMax; the link is written out or carried
// behind a plain word (behindWord), not behind text showing another
// address, and not defanged (an analyst's indicator) or
// hidden. Its caller asks knowledge.stopsReadings. Then the
// model's reading is bound (selfHostedMax) and the name's lure words and
// its ending do not count. Run time only: the trainer fits the combiner
// on the model's readings as they are.
func (c *Classifier) selfHostedReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	app := selfHostedRoute(l)
	if app == nil || c.training || info.hostLogit >= selfHostedNameMax || info.hasExpert && info.expertLogit >= selfHostedNameMax || l.Carried && !behindWord(l, k.brands) || l.Disguised || l.Hidden || l.UserInfo != "" || l.IP.IsValid() || l.Domain == "" || readsBrand(&sig) || sig[model.SigShortener] > 0 {
		return sig
	}
	if site, hosted := hostedSite(l); hosted && !homeNames[site.Suffix] && !homeNames[l.Domain] {
		return sig
	}
	sub := strings.TrimSuffix(l.Host, "."+l.Suffix)
	for label := range strings.SplitSeq(sub, ".") {
		if asksBeyondSignIn(label) || domainLabel(label) {
			return sig
		}
	}
	if !namesApp(app, sub, k) {
		return sig
	}
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(selfHostedMax))
	sig[model.SigDomainWords], sig[model.SigSchemeWords], sig[model.SigAbusedTLD] = 0, 0, 0
	return sig
}

// selfHostedRoute returns the application whose sign-in route a link
// is (its whole path, and its fragment where the route is in one), or
// nil. An OAuth route (ownClient) must name the link's own host as its
// client or its redirect, and nothing else; any other route has no
// query (a kit's sign-in page carries its victim's address in one:
// /auth/login.php?client_id=<an address>).
func selfHostedRoute(l *linkx.Link) *selfHostedApp {
	if !mayBeSelfHostedRoute(l) {
		return nil // most paths: no route's length (speed51c.go)
	}
	for i := range selfHostedApps {
		app := &selfHostedApps[i]
		if !slices.Contains(app.paths, l.Path) {
			continue
		}
		if app.fragments != nil && !routeFragment(app.fragments, l.Fragment()) {
			continue
		}
		if app.ownClient && !ownClient(l) || !app.ownClient && l.Query != "" {
			continue
		}
		return app
	}
	return nil
}

// routeFragment reports a link written with one of fragments as its
// fragment (#!/login.html), or with it and a query of its own after it.
func routeFragment(fragments []string, frag string) bool {
	frag, _, _ = strings.Cut(frag, "?")
	return slices.Contains(fragments, frag)
}

// ownClient reports an OAuth authorization link whose client_id and
// redirect_uri, those it has and one at least, are addresses on the
// link's own host.
func ownClient(l *linkx.Link) bool {
	q, err := url.ParseQuery(l.Query)
	if err != nil {
		return false
	}
	seen := false
	for _, key := range [...]string{"client_id", "redirect_uri"} {
		vs, ok := q[key]
		if !ok {
			continue
		}
		if len(vs) != 1 {
			return false
		}
		u, err := url.Parse(vs[0])
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || !strings.EqualFold(u.Hostname(), l.Host) {
			return false
		}
		seen = true
	}
	return seen
}

// namesApp reports the message's words (its links aside) or the host's
// labels (sub: the host without its public suffix) naming the
// application as a word of their own; a name that is also a
// common word (labelOnlyNames) only as a host's label.
func namesApp(app *selfHostedApp, sub string, k *knowledge) bool {
	folded := k.folded()
	for _, n := range app.names {
		if !labelOnlyNames[n] && containsWords(folded, n) { // labelOnlyNames: classify_rev29.go
			return true
		}
		if strings.IndexByte(n, ' ') < 0 {
			for label := range strings.FieldsFuncSeq(sub, func(r rune) bool { return r == '.' || r == '-' }) {
				if label == n {
					return true
				}
			}
		}
	}
	return false
}

// firebaseReserved are the hosting platforms whose every site serves
// Firebase's own pages under /__/: web.app and firebaseapp.com.
var firebaseReserved = setOf("web.app", "firebaseapp.com")

// platformPageReading returns a link's signals with a page that Firebase
// Hosting serves itself on every site read as an ordinary site's: its
// sign-in handler and e-mail action pages (/__/auth/handler,
// /__/auth/action, /__/auth/iframe) are Firebase's code under a path no
// site may put its own files in, so what the page does is not the
// site's to choose. Developers paste them when they set up a sign-in
// provider ("add it to the oauth client"). The site must hold no brand
// and no word of what phishing asks for beyond a sign-in
// (asksBeyondSignIn), its name alone must read under selfHostedNameMax,
// and the link must be written out, not defanged or hidden. Its caller
// asks knowledge.stopsReadings. Run time only, as selfHostedReading.
//
// What it gives up: of the training lists' 449 phishing URLs on these
// platforms none is under /__/. The /__/auth/ pages written onto the
// lists' 1,887 phishing sites there, bare and in two framings (16,983
// messages), lose 1,054 a level, each a page Firebase serves, not the
// kit's.
func (c *Classifier) platformPageReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals) model.LinkSignals {
	if !strings.HasPrefix(l.Path, "/__/auth/") || c.training || info.hostLogit >= selfHostedNameMax || info.hasExpert && info.expertLogit >= selfHostedNameMax || l.Carried || l.Disguised || l.Hidden || l.UserInfo != "" || l.Port != "" {
		return sig
	}
	site, hosted := model.Site(*l)
	if !hosted || !firebaseReserved[site.Suffix] || l.Host != site.Domain || readsBrand(&sig) || asksBeyondSignIn(site.Label()) {
		return sig
	}
	switch strings.TrimPrefix(l.Path, "/__/auth/") {
	case "handler", "action", "iframe":
		sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(selfHostedMax))
		sig[model.SigDomainWords], sig[model.SigSchemeWords], sig[model.SigAbusedTLD] = 0, 0, 0
	}
	return sig
}

// domainLabel reports a label of a host's subdomain that is a domain's
// ending, as a kit writes another site's address into its own host
// (cloud.s3it.uzh.ch.libe.ga, www.bristol.ac.uk.liba.gq): a country's
// two letters or com, net, org, edu, gov.
func domainLabel(label string) bool {
	switch label {
	case "com", "net", "org", "edu", "gov":
		return true
	}
	return len(label) == 2 && linkx.IsTLD(label)
}
