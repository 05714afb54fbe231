package bot

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"github.com/immunebot/immune/internal/race"
)

// TestSpeed50cHostKinds: a message's readings of a link's host's sets
// through the analysis judgeLink looked up (knowledge.hostKinds, from
// hostFacts) answer as fileHosts[l.Domain] and pasteSites[l.Domain] do,
// and shareLinkKnown with the stored bit as shareLink, knowledge.hosted
// as model.Hosted, for hosts built
// of file hosts', paste sites', share services' and ordinary names, with
// hosting platforms' sites, with and without subdomains, on their endings and others, trusted or not,
// and addresses; each host read through the cache by one link and asked
// of another link of it.
func TestSpeed50cHostKinds(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	bm := c.brands.Load()
	var names []string
	names = append(names, fileHostList...)
	for p := range pasteSites {
		names = append(names, p)
	}
	names = append(names, "drive.google.com", "docs.google.com", "onedrive.live.com", "1drv.ms", "sendgb.com", "we.tl",
		"wetransfer.com", "dropbox.com", "dl.dropboxusercontent.com", "github.com", "gist.github.com", "google.com",
		"mega-nz.xyz", "pastebin-login.top", "example.org", "discord.com", "cdn.discordapp.com",
		"acme.github.io", "github.io", "demo-app.vercel.app", "shop.pages.dev", "my-site.netlify.app", "blog.blogspot.com",
		"web.app", "login-x.web.app", "a.b.herokuapp.com", "www.example.com")
	slices.Sort(names)
	subs := []string{"", "", "www.", "dl.", "files.", "a1.", "raw."}
	paths := []string{"", "/", "/a", "/file/abc", "/s/xyz/setup.zip", "/downloads/x", "/uc?id=1", "/raw/abc"}
	r := rand.New(rand.NewPCG(50, 0xc))
	n := race.Cases(30_000)
	if testing.Short() {
		n /= 10
	}
	stored, files, pastes, shares, hosted := 0, 0, 0, 0, 0
	for range n {
		host := subs[r.IntN(len(subs))] + names[r.IntN(len(names))]
		switch r.IntN(10) {
		case 0:
			host = strings.Replace(host, ".", "-", 1) + ".xyz"
		case 1:
			host = "203.0.113." + strconv.Itoa(r.IntN(256))
		case 2:
			host += ".evil.top"
		}
		first, ok := linkx.Parse("https://" + host + paths[r.IntN(len(paths))])
		if !ok {
			continue
		}
		second, ok := linkx.Parse("https://" + host + paths[r.IntN(len(paths))])
		if !ok {
			continue
		}
		var k knowledge
		info := c.hosts.get(c, bm, &first)
		k.seen.add(first.Host, info)
		if info.facts.kinds != 0 {
			stored++
		}
		kinds := k.hostKinds(&second)
		file, paste := fileHosts[second.Domain], pasteSites[second.Domain]
		if kinds&kindFileHost != 0 != file || kinds&kindPasteSite != 0 != paste || kinds&kindRead == 0 {
			t.Fatalf("knowledge.hostKinds(%s) = %03b, fileHosts %v, pasteSites %v", second.Raw, kinds, file, paste)
		}
		h := model.Hosted(&second)
		if got := k.hosted(&second); got != h {
			t.Fatalf("knowledge.hosted(%s) = %v, model.Hosted says %v", second.Raw, got, h)
		}
		if h {
			hosted++
		}
		share := shareLink(&second)
		if got := shareLinkKnown(&second, kinds&kindFileHost != 0); got != share {
			t.Fatalf("shareLinkKnown(%s) = %v, shareLink says %v", second.Raw, got, share)
		}
		if file {
			files++
		}
		if paste {
			pastes++
		}
		if share {
			shares++
		}
	}
	if stored < n/2 || files < n/10 || pastes < n/40 || shares < n/20 || hosted < n/40 {
		t.Fatalf("%d stored, %d file hosts, %d paste sites, %d shares, %d hosted of %d: the test reads too few", stored, files, pastes, shares, hosted, n)
	}
}
