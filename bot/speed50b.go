package bot

import (
	"math"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// hostedSite is model.Site for the readings that look at the site only
// when the link is on a hosting platform (hosted && …): Site takes and
// returns a copy of the link, made here only for such a link.
func hostedSite(l *linkx.Link) (linkx.Link, bool) {
	if !model.Hosted(l) {
		return linkx.Link{}, false
	}
	return model.Site(*l)
}

// siteHosted is siteOf's second result, with no copy of the link.
func siteHosted(l *linkx.Link) bool {
	if strings.Contains(l.Host, ".pages.") {
		if _, ok := forgePages(l); ok {
			return true
		}
	}
	return model.Hosted(l)
}

// releaseHostShortest and releaseHostLongest bound the lengths of
// releaseHosts' labels: releaseLabel passes over any other at once.
var releaseHostShortest, releaseHostLongest = lengthBounds(releaseHosts)

// lengthBounds returns the shortest and longest key of set.
func lengthBounds(set map[string]bool) (shortest, longest int) {
	shortest = math.MaxInt
	for k := range set {
		shortest, longest = min(shortest, len(k)), max(longest, len(k))
	}
	return shortest, longest
}
