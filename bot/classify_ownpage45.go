package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// A page anyone publishes lives at a path of the host (sites.google.com/
// view/NAME, telegra.ph/NAME, thirdweb.com/CHAIN/ADDRESS, dev.to/NAME/…),
// and the words beside such a link count (judgeUserContent, hostInfo.
// userContent): a lure beside it warns on its own. The host's own front
// page (sites.google.com/, thirdweb.com/) and a publishing site's own
// documentation, blog and help hosts (portal.thirdweb.com,
// docs.zora.co) hold nothing a member published: they are the site's,
// and a lure word beside them ("the connect wallet component in
// thirdweb's SDK docs https://portal.thirdweb.com/ is decent") is talk
// of the site, as beside any reputable site's page (fp45).

// siteOwnLabels are the labels a site names its own documentation, blog,
// help and status hosts with.
var siteOwnLabels = setOf("docs", "doc", "portal", "developers", "developer", "blog", "support", "help", "status",
	"learn", "academy", "guides", "faq", "about", "careers", "press")

// memberSubdomains are the publishing sites that give a member a host of
// their own under the site's name: a hackathon's (NAME.devfolio.co), an
// organizer's (NAME.challonge.com) or a game's (NAME.mod.io), whose
// name its member chooses; a label of siteOwnLabels there (help., blog.)
// may be a member's, not the site's own (rev45a).
var memberSubdomains = setOf("devfolio.co", "challonge.com", "mod.io")

// publishingSiteOwnHost reports a publishing site's own documentation,
// blog or help host (portal.thirdweb.com, docs.zora.co,
// blog.manifold.xyz): one label of siteOwnLabels before the site's
// registered name, on a site that gives its members no host of their
// own (memberSubdomains).
func publishingSiteOwnHost(l *linkx.Link) bool {
	if !publishingSite(l) || memberSubdomains[l.Domain] {
		return false
	}
	label, ok := strings.CutSuffix(l.Host, "."+l.Domain)
	return ok && siteOwnLabels[label]
}

// userContentFrontPage reports the front page of a host where anyone
// publishes (sites.google.com/, telegra.ph/, thirdweb.com/): no path, no
// query, and the host as listed, not a name under it.
func userContentFrontPage(l *linkx.Link, info *hostInfo) bool {
	if !info.userContent || info.contact || l.Query != "" || l.Path != "" && l.Path != "/" {
		return false
	}
	return l.Host == l.Domain || userContent[l.Host] || ipfsGateways[l.Host]
}
