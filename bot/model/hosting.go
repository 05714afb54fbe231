package model

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// hostingPlatforms are domains that give anyone a site of their own as a
// subdomain but are not private suffixes of the public suffix list, so
// that every site on them would otherwise share one registrable domain.
// Site reads them as if they were.
var hostingPlatforms = map[string]bool{
	"godaddysites.com": true, "weebly.com": true, "weeblysite.com": true, "000webhostapp.com": true, "glitch.me": true,
	"mystrikingly.com": true, "strikingly.com": true, "jimdosite.com": true, "jimdofree.com": true, "site123.me": true,
	"webnode.page": true, "webnode.com": true, "surge.sh": true, "wordpress.com": true, "tumblr.com": true,
	"tilda.ws": true, "webwave.me": true, "ukit.me": true, "yolasite.com": true, "ucoz.net": true,
	"ucoz.ru": true, "hpage.com": true, "wuaze.com": true, "rf.gd": true, "epizy.com": true, "infinityfreeapp.com": true,
	"byethost.com": true, "atwebpages.com": true, "freewebhostmost.com": true, "square.site": true, "mybluehost.me": true,
	"ddns.net": true, "hopto.org": true, "zapto.org": true, "servehttp.com": true, "sytes.net": true, "no-ip.org": true,
	"trycloudflare.com": true, "ngrok.io": true, "ngrok-free.app": true, "ngrok.app": true, "serveo.net": true,
	"loca.lt": true, "replit.dev": true, "repl.co": true, "webflow.io": true, "gitbook.io": true, "workers.dev": true,
	"pages.dev": true, "github.io": true, "gitlab.io": true, "vercel.app": true, "netlify.app": true, "web.app": true,
	"firebaseapp.com": true, "herokuapp.com": true, "blogspot.com": true, "wixsite.com": true, "notion.site": true,
	"framer.website": true, "framer.app": true, "carrd.co": true, "onrender.com": true, "fly.dev": true, "r2.dev": true,
	"azurewebsites.net": true, "translate.goog": true, "ipfs.dweb.link": true, "myshopify.com": true,
	"typedream.app": true, "super.site": true, "softr.app": true, "bubbleapps.io": true, "wpcomstaging.com": true,
	"appspot.com": true, "duckdns.org": true,
}

// Site returns the link with Domain and Suffix read so that a site on a
// hosting platform is a domain of its own (shop.godaddysites.com under
// the suffix godaddysites.com), and reports whether the link is on such a
// platform, private suffixes of the public suffix list (github.io,
// pages.dev) included. Links elsewhere come back as they are.
func Site(l linkx.Link) (linkx.Link, bool) {
	if l.Domain == "" {
		return l, false
	}
	if !l.ICANN && strings.IndexByte(l.Suffix, '.') > 0 {
		return l, hostingPlatforms[l.Suffix] || !isCloudInfra(l.Suffix)
	}
	if !hostingPlatforms[l.Domain] || len(l.Host) <= len(l.Domain)+1 {
		return l, false
	}
	sub := l.Host[:len(l.Host)-len(l.Domain)-1]
	label := sub[strings.LastIndexByte(sub, '.')+1:]
	if label == "www" {
		return l, false
	}
	l.Suffix = l.Domain
	l.Domain = label + "." + l.Domain
	l.ICANN = false
	return l, true
}

// isCloudInfra reports private suffixes that name cloud storage and
// delivery endpoints rather than sites people make (s3.amazonaws.com,
// blob.core.windows.net): no hosting feature for them.
func isCloudInfra(suffix string) bool {
	for _, s := range [...]string{"amazonaws.com", "windows.net", "cloudapp.net", "azure.com", "googleapis.com", "akamaihd.net", "fastly.net"} {
		if strings.HasSuffix(suffix, s) {
			return true
		}
	}
	return false
}

// HostingPlatform reports whether domain is one of the hosting platforms
// Site reads as a suffix (weebly.com, github.io): a name under it is a
// tenant's site of its own, and the domain itself names every tenant's.
func HostingPlatform(domain string) bool {
	return hostingPlatforms[domain]
}
