package bot_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestRev34bLocalOnlyImpostors (rev34b): reg34 let a brand's name go on
// an ending only a local company may register; a brand's name beside a
// service's, an account's or a lure's word (paypal-login, secure-binance)
// is an impostor's shape on any ending, and Korea's co.kr, ne.kr, or.kr,
// re.kr (the 2024-03 phishing lists hold hundreds of names made up there)
// and Japan's ne.jp and gr.jp (a resident registers those as a person)
// are no such endings. Of these 1,540 generated names 482 were not
// deleted on main fb4bdcd (allowed or warned); each is deleted here, as
// before reg34. The subsidiaries' and namesakes' names (a brand's name beside a
// word of its own business) stay allowed on the endings that check
// papers.
func TestRev34bLocalOnlyImpostors(t *testing.T) {
	t.Parallel()
	brands := []string{"paypal", "amazon", "microsoft", "binance", "netflix", "apple", "facebook", "coinbase", "metamask", "steam"}
	endings := []string{"co.jp", "or.jp", "ne.jp", "gr.jp", "co.kr", "ne.kr", "re.kr", "or.kr", "co.id", "or.id", "co.th"}
	words := []string{"login", "support", "secure", "verify", "account", "auth", "wallet"}
	var scams []levelCase
	for _, b := range brands {
		for _, e := range endings {
			for _, w := range words {
				scams = append(scams, levelCase{fmt.Sprintf("https://%s-%s.%s/", b, w, e), bot.Delete},
					levelCase{fmt.Sprintf("https://%s-%s.%s/", w, b, e), bot.Delete})
			}
		}
	}
	checkLevels(t, false, scams)
	checkLevels(t, false, []levelCase{
		{"https://www.rakuten-sonpo.co.jp/", bot.Allow},
		{"https://www.docomo-cycle.co.jp/", bot.Allow},
		{"https://www.sagawa-mov.co.jp/", bot.Allow},
		{"https://shopeekredit.co.id/", bot.Allow},
		{"https://www.nttdocomo-fresh.co.jp/", bot.Allow},
	})
}

// TestRev34bProjectPagesHandedOver (rev34b): js34 notes a .js link whose
// path ends in a project's name in a folder of pages about things; a
// dropper named with an ordinary word (handbook.js, summons.js,
// runtime.js) in such a folder of a compromised site passed for one. A
// message that hands the link over as a file or a document to open, or
// around it a lure's or a notice's words, is no talk of a project's page:
// the file is read as a download (81 of these 120 lines were allowed on
// main fb4bdcd). Project pages
// of other sites' shapes in talk stay noted.
func TestRev34bProjectPagesHandedOver(t *testing.T) {
	t.Parallel()
	names := []string{"handbook", "summons", "runtime", "main", "index", "audio", "agent", "assistant", "start", "utils",
		"court", "fine", "parking", "benefits", "print", "hr-policy", "open", "player", "reader", "helper"}
	hosts := []string{"kellerplumbing.com", "smithdental.net", "greenvalleyfarm.org", "acme-widgets.co.uk", "bistro-roma.it", "tuinwinkel.nl"}
	folders := []string{"projects", "posts", "package", "jobs", "tags", "learn", "community", "t", "news", "explore"}
	around := []string{"Please review the attached document %s", "HR: new policy, open %s", "Voicemail received, listen: %s",
		"here's the file you asked for %s", "your invoice viewer: %s", "Open this to view your payment receipt %s"}
	var flagged []string
	for i, n := range names {
		for j, a := range around {
			u := fmt.Sprintf("https://%s/%s/%s.js", hosts[(i+j)%len(hosts)], folders[(i*3+j)%len(folders)], n)
			flagged = append(flagged, fmt.Sprintf(a, u))
		}
	}
	projects := []string{"next.js", "three.js", "chart.js", "d3.js", "vue.js", "leaflet.js", "lodash.js", "gsap.js", "anime.js",
		"alpine.js", "tone.js", "paper.js"}
	shapes := []string{"https://bundlephobia.com/package/%s", "https://stackoverflow.com/questions/tagged/%s",
		"https://dev.to/t/%s", "https://medium.com/tag/%s", "https://www.npmjs.com/package/%s",
		"https://www.jsdelivr.com/package/npm/%s", "https://github.com/topics/%s", "https://cdnjs.com/libraries/%s",
		"https://snyk.io/advisor/npm-package/%s", "https://www.freecodecamp.org/news/tag/%s/"}
	talk := []string{"%s", "check %s", "compare them here %s", "any thoughts on %s", "bundle size: %s", "I learned it from %s"}
	var allowed []string
	for i, s := range shapes {
		for j, p := range projects {
			allowed = append(allowed, fmt.Sprintf(talk[(i+j)%len(talk)], fmt.Sprintf(s, p)))
		}
	}
	if len(flagged) != 120 || len(allowed) != 120 || strings.Contains(allowed[0], "%") {
		t.Fatalf("%d flagged, %d allowed", len(flagged), len(allowed))
	}
	checkFirstLinks(t, allowed, flagged)
}
