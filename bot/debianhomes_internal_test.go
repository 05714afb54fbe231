package bot

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// TestDebianHomesList checks the committed list of Debian's homepage
// domains (internal/gen/debianhomes), which CI does not regenerate: it
// is sorted and of the size the generator wrote, every entry is a
// registrable domain on an ICANN ending, and none is a site where anyone
// publishes that the classifier knows of — a code host or registry, a
// hosting platform, a free web host, a file drop or host, a paste or
// user-content site, a shortener, a tunnel, a dynamic DNS name or a
// tenant service — whose name says nothing of a project's own.
func TestDebianHomesList(t *testing.T) {
	src, err := os.ReadFile("debianhomes.go")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range regexp.MustCompile(`(?m)^\t"([^"]+)",$`).FindAllStringSubmatch(string(src), -1) {
		names = append(names, m[1])
	}
	if len(names) != len(debianHomes) || len(names) < 3000 {
		t.Fatalf("%d names in the file, %d in the set", len(names), len(debianHomes))
	}
	if !slices.IsSorted(names) {
		t.Error("debianhomes.go is not sorted")
	}
	anyones := []map[string]bool{codeHosts, repoHosts, fileHosts, fileDrops, userContent, contactHosts, shorteners,
		tenantServices, tunnelServices, freeSiteHosts, dynamicDNS, pasteSites, publishingSites, projectHosts, lookupSites,
		bucketPathHosts, ipfsGateways, storageSuffixes}
	for _, d := range names {
		l, ok := linkx.Parse("https://" + d + "/")
		if !ok || l.Domain != d || !l.ICANN || l.IP.IsValid() {
			t.Errorf("%s is not a registrable domain on an ICANN ending", d)
		}
		if model.HostingPlatform(d) {
			t.Errorf("%s is a hosting platform", d)
		}
		for _, set := range anyones {
			for h := range set {
				if h == d || strings.HasSuffix(h, "."+d) {
					t.Errorf("%s is or holds %s, where anyone publishes", d, h)
				}
			}
		}
	}
}
