package bot

import (
	"hash/maphash"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/internal/race"
)

// selfHostedRouteBefore is selfHostedRoute as it was before its length
// gate (speed51c): the reference it must agree with.
func selfHostedRouteBefore(l *linkx.Link) *selfHostedApp {
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

// TestSpeed51cSelfHostedRoute: selfHostedRoute, which passes over a path
// of no route's length, answers as the loop over every route did, for
// every route's path, their pieces and lengthenings, with the routes'
// fragments, queries and other paths.
func TestSpeed51cSelfHostedRoute(t *testing.T) {
	var paths []string
	for _, app := range selfHostedApps {
		for _, p := range app.paths {
			paths = append(paths, p, p+"/", p+"x", strings.ToUpper(p), p[:len(p)/2], p+strings.Repeat("a", 64))
		}
	}
	paths = append(paths, "", "/", "/a", "/login", "/auth", "/web/index.htm", "/ui/signin/", strings.Repeat("/x", 40))
	tails := []string{"", "#!/login.html", "#/login.html", "#!/auth", "#/auth", "#/login", "#/login?x=1", "?a=b",
		"?client_id=https://HOST/&redirect_uri=https://HOST/auth", "?client_id=https://other.example/", "#x"}
	hosts := []string{"ha.duckdns.org", "nas.example.com", "203.0.113.7", "jellyfin.home.ts.net"}
	r := rand.New(rand.NewPCG(51, 0xc))
	n := race.Cases(20_000)
	routes := 0
	for range n {
		host := hosts[r.IntN(len(hosts))]
		tail := strings.ReplaceAll(tails[r.IntN(len(tails))], "HOST", host)
		l, ok := linkx.Parse("https://" + host + paths[r.IntN(len(paths))] + tail)
		if !ok {
			continue
		}
		got, want := selfHostedRoute(&l), selfHostedRouteBefore(&l)
		if got != want {
			t.Fatalf("selfHostedRoute(%s) = %v, the loop says %v", l.Raw, got, want)
		}
		if got != nil {
			routes++
		}
	}
	if routes < n/50 {
		t.Fatalf("%d routes of %d: the test reads too few", routes, n)
	}
}

// TestSpeed51cHostKinds: the host kinds speed51c added (a release host,
// a chat's file drop, a bucket's host, a site on a hosting platform or
// a forge's pages), read through the analysis judgeLink looked up,
// answer as releaseHost, chatDrop, bucketHost and siteHosted do, for
// hosts of those kinds and others, with and without subdomains,
// hyphenated onto another ending, under another name, and addresses;
// each host read through the cache by one link and asked of another.
func TestSpeed51cHostKinds(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	bm := c.brands.Load()
	names := []string{"cdn.discordapp.com", "media.discordapp.net", "cdn.discord.com", "discord.com", "discordapp.com",
		"storage.googleapis.com", "s3.amazonaws.com", "s3.us-east-1.amazonaws.com", "acme.s3.amazonaws.com",
		"nyc3.digitaloceanspaces.com", "files.nyc3.digitaloceanspaces.com", "f002.backblazeb2.com",
		"acct.blob.core.windows.net", "pub-abc.r2.dev", "bucket.storage.googleapis.com",
		"metamask-verify.pages.gitlab.gnome.org", "wallet.pages.debian.net", "x.sites.pages.cloud.gov",
		"docs.pages.com", "www.pages.example.org", "acme.github.io", "demo-app.vercel.app", "shop.pages.dev",
		"my-site.netlify.app", "web.app", "example.org", "github.com", "google.com", "gitlab.com", "codeberg.org",
		"sourceforge.net", "npmjs.com", "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link",
		"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.w3s.link", "qm.ipfs.io", "x.ipfs.example.com"}
	for name := range releaseHosts {
		names = append(names, name+".example.com", name+"2.acme.io", name+"123.acme.io", name+".github.io")
	}
	slices.Sort(names)
	subs := []string{"", "", "www.", "dl.", "download.", "a1.", "get."}
	paths := []string{"", "/", "/a", "/file/abc/x.zip", "/bucket/setup.zip", "/releases/x", "/d/a1B2c3", "/index.html",
		"/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/", "/owner/repo", "/u/Xy12ab"}
	r := rand.New(rand.NewPCG(51, 0xd))
	n := race.Cases(30_000)
	if testing.Short() {
		n /= 10
	}
	var release, drop, bucket, hosted, cids, codes int
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
		k.seen.add(first.Host, c.hosts.get(c, bm, &first))
		kinds := k.hostKinds(&second)
		rh, cd, bh, sh := releaseHost(&second), chatDrop(second.Host), bucketHost(second.Host), siteHosted(&second)
		if kinds&kindReleaseHost != 0 != rh || kinds&kindChatDrop != 0 != cd || kinds&kindBucketHost != 0 != bh || kinds&kindSiteHosted != 0 != sh {
			t.Fatalf("knowledge.hostKinds(%s) = %010b; releaseHost %v, chatDrop %v, bucketHost %v, siteHosted %v", second.Raw, kinds, rh, cd, bh, sh)
		}
		cid, code := cidHost(&second), codeHosts[second.Domain]
		if kinds&kindCIDHost != 0 != cid || kinds&kindCodeHost != 0 != code {
			t.Fatalf("knowledge.hostKinds(%s) = %010b; cidHost %v, codeHosts %v", second.Raw, kinds, cid, code)
		}
		if got, want := tokenLinkOn(&second, kinds&kindPasteSite != 0), tokenLink(&second); got != want {
			t.Fatalf("tokenLinkOn(%s) with its kinds = %v, tokenLink says %v", second.Raw, got, want)
		}
		if got, want := ipfsRoot(&second, kinds&kindCIDHost != 0), ipfsRootBefore(&second); got != want {
			t.Fatalf("ipfsRoot(%s) with its kinds = %v, reading cidHost says %v", second.Raw, got, want)
		}
		cids, codes = cids+b2i(cid), codes+b2i(code)
		if got := k.siteHosted(&second); got != sh {
			t.Fatalf("knowledge.siteHosted(%s) = %v, siteHosted says %v", second.Raw, got, sh)
		}
		release, drop, bucket, hosted = release+b2i(rh), drop+b2i(cd), bucket+b2i(bh), hosted+b2i(sh)
	}
	if release < n/20 || drop < n/200 || bucket < n/20 || hosted < n/20 || cids < n/300 || codes < n/100 {
		t.Fatalf("%d release hosts, %d chat drops, %d buckets, %d hosted, %d content ids, %d code hosts of %d: the test reads too few",
			release, drop, bucket, hosted, cids, codes, n)
	}
}

// hashOf is the hash the host cache keeps host under.
func hashOf(c *Classifier, host string) uint64 { return maphash.String(c.hosts.seed, host) }

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestSpeed51cHostCacheNames: the host cache keeps its analyses by the
// host's hash, and an analysis found under a host's hash that was made
// for another name (two names of one hash) is not given for it: the
// host is analysed anew and takes the slot.
func TestSpeed51cHostCacheNames(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	bm := c.brands.Load()
	a, _ := linkx.Parse("https://paypal-login-verify.top/x")
	b, _ := linkx.Parse("https://example.org/x")
	ia := c.hosts.get(c, bm, &a)
	if ia.host != a.Host || c.hosts.get(c, bm, &a) != ia {
		t.Fatalf("host %q: cached as %q, or not found again", a.Host, ia.host)
	}
	// put a's analysis in b's slot, as a name of b's hash would be
	sum := hashOf(c, b.Host)
	s := &c.hosts.shards[sum%uint64(len(c.hosts.shards))]
	s.mu.Lock()
	s.m[sum] = ia
	s.mu.Unlock()
	ib := c.hosts.get(c, bm, &b)
	if ib == ia || ib.host != b.Host {
		t.Fatalf("host %q given the analysis of %q", b.Host, ib.host)
	}
	if want := c.analyse(bm, &b); ib.trusted != want.trusted || len(ib.reasons) != len(want.reasons) || len(ia.reasons) == len(want.reasons) {
		t.Fatalf("host %q: %d reasons, trusted %v; want %d, %v (and not %q's %d)", b.Host, len(ib.reasons), ib.trusted,
			len(want.reasons), want.trusted, a.Host, len(ia.reasons))
	}
	if c.hosts.get(c, bm, &b) != ib {
		t.Fatalf("host %q: its new analysis did not take the slot", b.Host)
	}
}

// TestSpeed51cDisguiseGate: disguiseRule finds nothing in a finding that
// is not Disguised, which judgeLink asks first, for the names of every
// kind filetype knows, with decoys, direction controls and MIME types.
func TestSpeed51cDisguiseGate(t *testing.T) {
	names := []string{"setup.exe", "photo.jpg.exe", "invoice.pdf.scr", "readme.txt", "a.zip", "x.iso", "song.mp3",
		"report\u202Excod.scr", "page.html", "install.sh", "app.apk", "x.tar.gz", "doc.docm", "www.mp3.com", "file",
		"a.b.c", "movie.mp4.lnk", ".exe", "x.", "bill.pdf"}
	mimes := []string{"", "application/x-msdownload", "image/jpeg", "application/pdf", "text/plain"}
	seen := 0
	for _, n := range names {
		for _, m := range mimes {
			fd := filetype.Check(n, m)
			_, ok := disguiseRule(fd, n)
			if ok != fd.Disguised() {
				t.Fatalf("disguiseRule(%q, %q) = %v, Disguised says %v", n, m, ok, fd.Disguised())
			}
			if ok {
				seen++
			}
		}
	}
	if seen < 5 {
		t.Fatalf("%d disguises: the test reads too few", seen)
	}
}

// ipfsRootBefore is ipfsRoot reading cidHost itself, as it did before
// the host's kinds held it (speed51c).
func ipfsRootBefore(l *linkx.Link) bool { return ipfsRoot(l, cidHost(l)) }

// TestSpeed51cDeliveredFinding: deliveredFinding, given filetype.Check's
// finding of a name, answers as deliveredFile, which checks the name
// itself, for names of every kind, compressed once, twice and three
// times, in any case; and knowledge.fileDelivered, which takes the
// finding from knowledge.fileFinding, as deliveredFile of linkFile.
func TestSpeed51cDeliveredFinding(t *testing.T) {
	stems := []string{"setup", "debian-12", "tools", "readme", "x", ""}
	exts := []string{".exe", ".img", ".iso", ".tar", ".txt", ".sh", ".zip", ".pdf", ".deb", ".html", ".apk", ""}
	packs := []string{"", ".xz", ".zst", ".bz2", ".lz4", ".tar", ".gz", ".XZ", ".Tar"}
	seen, delivered := 0, 0
	for _, st := range stems {
		for _, e := range exts {
			for _, p1 := range packs {
				for _, p2 := range packs {
					f := st + e + p1 + p2
					want := deliveredFileBefore(f)
					if got := deliveredFinding(f, filetype.Check(f, "")); got != want {
						t.Fatalf("deliveredFinding(%q) = %v, deliveredFile said %v", f, got, want)
					}
					if got := deliveredFile(f); got != want {
						t.Fatalf("deliveredFile(%q) = %v, before %v", f, got, want)
					}
					l, ok := linkx.Parse("https://files.example.com/d/" + f)
					if !ok {
						continue
					}
					k := knowledge{links: []linkx.Link{l}}
					name, got := k.fileDelivered(&k.links[0])
					if wantName := linkFile(&l); name != wantName || got != deliveredFileBefore(wantName) {
						t.Fatalf("knowledge.fileDelivered(%s) = %q, %v; want %q, %v", l.Raw, name, got, wantName, deliveredFileBefore(wantName))
					}
					seen++
					delivered += b2i(got)
				}
			}
		}
	}
	if seen < 1000 || delivered < seen/4 {
		t.Fatalf("%d delivered of %d: the test reads too few", delivered, seen)
	}
}

// deliveredFileBefore is deliveredFile as it was, checking each name it
// unwraps itself: the reference deliveredFinding must agree with.
func deliveredFileBefore(f string) bool {
	for range 2 {
		fd := filetype.Check(f, "")
		if fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.Linux {
			return true
		}
		i := strings.LastIndexByte(f, '.')
		if i < 0 {
			return false
		}
		switch strings.ToLower(f[i+1:]) {
		case "xz", "zst", "bz2", "lz4", "tar":
			f = f[:i]
			if strings.HasSuffix(strings.ToLower(f), ".tar") {
				return true
			}
		default:
			return false
		}
	}
	return false
}
