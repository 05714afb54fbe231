package bot

import (
	"github.com/immunebot/immune/bot/linkx"
)

// A build named after its site is not its maker's own when anyone could
// have named the site (own43): a tenant's site on a free host, a site
// builder or a deploy platform (sumatrapdfreader.epizy.com,
// kovrazet.rf.gd, kovrazet.wordpress.com), a tunnel's name
// (kovrazet.loca.lt) or a dynamic DNS name. plainSite asks for a site of
// its own, so these are not plain sites: ownBuild, projectRelease,
// plainDownload and the other readings of a maker's download that ask
// plainSite refuse them. Storage buckets are read as buckets
// (plainBucket, bucketArchive), not here.

// anyonesSite reports a link's host that anyone can name and publish on:
// a site of a hosting platform (model.Site, whose list holds free web
// hosts, site builders, deploy platforms and tunnels; a storage bucket's
// suffix aside: storageSuffixes), a name under a tunnel service
// (tunnelServices) or a free host the model's list lacks (freeSiteHosts),
// or a dynamic DNS name (onDynamicDNS).
func anyonesSite(l *linkx.Link) bool {
	if site, hosted := hostedSite(l); hosted && !storageSuffixes[site.Suffix] {
		return true
	}
	if l.Host == l.Domain {
		return onDynamicDNS(l)
	}
	return tunnelServices[l.Domain] || freeSiteHosts[l.Domain] || onDynamicDNS(l)
}

// freeSiteHosts are free web hosts that give anyone a site of their own
// as a subdomain and that the link model's list of hosting platforms
// (model.HostingPlatform) lacks; they are read here at run time only, so
// that the trained model's features stay as they were fitted. A
// retraining may move them into that list.
var freeSiteHosts = setOf("neocities.org", "koyeb.app")
