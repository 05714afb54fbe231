package bot

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
	"github.com/immunebot/immune/internal/race"
)

// speed50bLinks returns n links to read (fewer under -race), their hosts
// built at random from labels of hosting platforms, buckets, release
// hosts, forges' pages and ordinary names, with and without a path.
func speed50bLinks(t *testing.T, n int) []linkx.Link {
	t.Helper()
	var links []linkx.Link
	labels := []string{"www", "shop", "my-site", "a1b2c3", "download", "downloads", "dl", "dl2", "dl123", "get", "release",
		"releases7", "pkgs", "dist", "dist01", "files", "s3", "s3-eu-west-1", "s3.us-east-2", "storage", "blob.core", "nyc3",
		"pages", "x.pages", "login", "secure", "metamask-verify", "r2", "f002", "cdn", "1", "wallet", "app", "ipfs", "gateway"}
	suffixes := []string{"com", "net", "org", "dev", "io", "vn", "co.uk", "gov.vn", "amazonaws.com", "googleapis.com",
		"storage.googleapis.com", "digitaloceanspaces.com", "nyc3.digitaloceanspaces.com", "backblazeb2.com",
		"blob.core.windows.net", "windows.net", "core.windows.net", "r2.dev", "github.io", "pages.dev", "weebly.com",
		"wixsite.com", "blogspot.com", "vercel.app", "web.app", "netlify.app", "s3.amazonaws.com", "cloudapp.net",
		"gitlab.gnome.org", "pages.debian.net", "freedesktop.org", "sites.google.com", "workers.dev", "ngrok-free.app",
		"godaddysites.com", "duckdns.org", "example", "s.com", "2.com", "s.net", "2.dev", "azure.com", "akamaihd.net"}
	paths := []string{"", "/", "/file/bucket/x.zip", "/bucket/index.html", "/a/b/c", "/releases/download/v1/app.exe"}
	r := rand.New(rand.NewPCG(50, 2))
	n = race.Cases(n)
	for range n {
		var sb strings.Builder
		sb.WriteString("https://")
		for range r.IntN(3) {
			sb.WriteString(labels[r.IntN(len(labels))])
			sb.WriteByte('.')
		}
		if r.IntN(4) > 0 {
			sb.WriteString(labels[r.IntN(len(labels))])
			sb.WriteByte('.')
		}
		sb.WriteString(suffixes[r.IntN(len(suffixes))])
		sb.WriteString(paths[r.IntN(len(paths))])
		if l, ok := linkx.Parse(sb.String()); ok {
			links = append(links, l)
		}
	}
	if len(links) < n/2 {
		t.Fatalf("only %d links", len(links))
	}
	return links
}

// TestSpeed50bHosted: model.Hosted, hostedSite and siteHosted answer as
// model.Site and siteOf do, on hosts built of
// platforms', buckets' and forges' names (thousands of them hosted).
func TestSpeed50bHosted(t *testing.T) {
	hosted := 0
	for _, l := range speed50bLinks(t, 200_000) {
		site, want := model.Site(l)
		if got := model.Hosted(&l); got != want {
			t.Fatalf("model.Hosted(%s) = %v, Site says %v", l.Raw, got, want)
		}
		if s, got := hostedSite(&l); got != want || got && s != site {
			t.Fatalf("hostedSite(%s) = %+v, %v; Site says %+v, %v", l.Raw, s, got, site, want)
		}
		if _, want := siteOf(&l); siteHosted(&l) != want {
			t.Fatalf("siteHosted(%s) = %v, siteOf says %v", l.Raw, !want, want)
		}
		if want {
			hosted++
		}
	}
	if hosted < 1000 {
		t.Fatalf("only %d links hosted: the test reads too few", hosted)
	}
}

// bucketHostBefore is bucketHost as it was before speed50b: the six
// endings compared in turn.
func bucketHostBefore(h string) bool {
	return strings.HasSuffix(h, ".amazonaws.com") || strings.HasSuffix(h, ".googleapis.com") ||
		strings.HasSuffix(h, ".digitaloceanspaces.com") || strings.HasSuffix(h, ".backblazeb2.com") ||
		strings.HasSuffix(h, ".windows.net") || strings.HasSuffix(h, ".r2.dev")
}

// bucketNameBefore is bucketName as it was before speed50b, without the
// bucketHost gate.
func bucketNameBefore(l *linkx.Link) string {
	h := l.Host
	first, rest, _ := strings.Cut(h, ".")
	pathBucket := func(p string) string {
		name, _, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/")
		if !ok {
			return ""
		}
		return strings.ToLower(name)
	}
	switch {
	case h == "storage.googleapis.com" || h == "s3.amazonaws.com" ||
		(strings.HasPrefix(h, "s3.") || strings.HasPrefix(h, "s3-")) && strings.HasSuffix(h, ".amazonaws.com") && strings.Count(h, ".") <= 3 ||
		strings.HasSuffix(h, ".digitaloceanspaces.com") && strings.Count(h, ".") == 2:
		return pathBucket(l.Path)
	case strings.HasSuffix(h, ".backblazeb2.com") && strings.HasPrefix(l.Path, "/file/"):
		return pathBucket(strings.TrimPrefix(l.Path, "/file"))
	case rest == "blob.core.windows.net" || rest == "r2.dev" || rest == "storage.googleapis.com" ||
		strings.HasSuffix(rest, ".digitaloceanspaces.com") && strings.Count(rest, ".") == 2 ||
		strings.HasSuffix(rest, ".amazonaws.com") && (strings.HasPrefix(rest, "s3.") || strings.HasPrefix(rest, "s3-")):
		return first
	}
	return ""
}

// releaseLabelBefore is releaseLabel as it was before speed50b.
func releaseLabelBefore(first string) bool {
	name := strings.TrimRight(first, "0123456789")
	return releaseHosts[name] && len(first)-len(name) <= 2
}

// TestSpeed50bBuckets: bucketHost, bucketName and releaseHost answer as
// before their gates (the code before, above), on built hosts of which hundreds are buckets and release hosts;
// and bucketHost on every ending and its last bytes alone.
func TestSpeed50bBuckets(t *testing.T) {
	buckets, named, releases := 0, 0, 0
	for _, l := range speed50bLinks(t, 200_000) {
		if got, want := bucketHost(l.Host), bucketHostBefore(l.Host); got != want {
			t.Fatalf("bucketHost(%q) = %v, want %v", l.Host, got, want)
		} else if want {
			buckets++
		}
		if got, want := bucketName(&l), bucketNameBefore(&l); got != want {
			t.Fatalf("bucketName(%s) = %q, want %q", l.Raw, got, want)
		} else if want != "" {
			named++
		}
		first, _, _ := strings.Cut(l.Subdomain(), ".")
		if got, want := releaseLabel(first), releaseLabelBefore(first); got != want {
			t.Fatalf("releaseLabel(%q) = %v, want %v", first, got, want)
		} else if want {
			releases++
		}
	}
	if buckets < 1000 || named < 300 || releases < 300 {
		t.Fatalf("%d bucket hosts, %d named buckets, %d release hosts: the test reads too few", buckets, named, releases)
	}
	for _, h := range []string{"", "s", ".com", "s.com", "2.com", "s.net", "2.dev", ".r2.dev", "r2.dev", "x.r2.dev", ".windows.net",
		"amazonaws.com", ".amazonaws.com", "googleapis.com", "a.googleapis.com", "xbackblazeb2.com", "a.backblazeb2.com"} {
		if got, want := bucketHost(h), bucketHostBefore(h); got != want {
			t.Fatalf("bucketHost(%q) = %v, want %v", h, got, want)
		}
	}
	for _, w := range []string{"", "d", "dl", "dl1", "dl12", "dl123", "get", "get9", "downloads", "downloads12", "downloads123",
		"1", "12", "123", "release0", "releases99", "dist", "pkgs1", "download", "cdn"} {
		if got, want := releaseLabel(w), releaseLabelBefore(w); got != want {
			t.Fatalf("releaseLabel(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestSpeed50bPatternSlot: a link's memo slot is within the host's slots
// and the same at every call.
func TestSpeed50bPatternSlot(t *testing.T) {
	seen := [len(hostInfo{}.pattern)]int{}
	for _, l := range speed50bLinks(t, 10_000) {
		s := patternSlot(l.Raw)
		if s < 0 || s >= len(seen) || patternSlot(l.Raw) != s {
			t.Fatalf("patternSlot(%q) = %d", l.Raw, s)
		}
		seen[s]++
	}
	for s, n := range seen {
		if n == 0 {
			t.Fatalf("no link in slot %d of %v", s, seen)
		}
	}
}

// TestSpeed50bHostFacts: a message's readings of a link's host through
// the analysis judgeLink looked up (knowledge.crackSite,
// knowledge.strangerIndex, from hostFacts) answer as crackSite and
// strangerIndex read the link itself do, for hosts built of programs'
// names, crack's, download's and index words, hyphens and digits, on
// cheap and ordinary endings, in addresses and under hosting platforms
// (thousands of them crack sites and strangers' indexes), each read
// through the cache by one link and asked of another with its host.
func TestSpeed50bHostFacts(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	bm := c.brands.Load()
	var products []string
	for p := range productSites {
		products = append(products, p)
	}
	slices.Sort(products)
	words := []string{"crack", "cracked", "keygen", "download", "free", "full", "pro", "premium", "2025", "pypi", "npm",
		"registry", "wheels", "mirror", "hf", "models", "vst", "plugins", "fontbundle", "tools", "secure", "app"}
	endings := []string{"com", "net", "xyz", "top", "site", "co.uk", "github.io", "vercel.app", "ru", "vn"}
	r := rand.New(rand.NewPCG(50, 3))
	n := race.Cases(30_000)
	if testing.Short() {
		n /= 10
	}
	cracks, indexes := 0, 0
	for range n {
		var sb strings.Builder
		sb.WriteString("https://")
		if r.IntN(3) == 0 {
			sb.WriteString("www.")
		}
		for w := range 1 + r.IntN(3) {
			if w > 0 && r.IntN(3) > 0 {
				sb.WriteByte('-')
			}
			if r.IntN(2) == 0 {
				sb.WriteString(products[r.IntN(len(products))])
			} else {
				sb.WriteString(words[r.IntN(len(words))])
			}
		}
		sb.WriteByte('.')
		sb.WriteString(endings[r.IntN(len(endings))])
		if r.IntN(20) == 0 {
			sb.Reset()
			sb.WriteString("http://203.0.113." + strconv.Itoa(r.IntN(256)))
		}
		first, ok := linkx.Parse(sb.String() + "/a")
		if !ok {
			continue
		}
		second, _ := linkx.Parse(sb.String() + "/setup.exe?x=1")
		var k knowledge
		k.seen.add(first.Host, c.hosts.get(c, bm, &first))
		name, word := crackSite(&second)
		if gotName, gotWord := k.crackSite(&second); gotName != name || gotWord != word {
			t.Fatalf("knowledge.crackSite(%s) = %q, %q, crackSite says %q, %q", second.Raw, gotName, gotWord, name, word)
		}
		named, cheap := strangerIndex(&second)
		if gotNamed, gotCheap := k.strangerIndex(&second); gotNamed != named || gotCheap != cheap {
			t.Fatalf("knowledge.strangerIndex(%s) = %v, %v, strangerIndex says %v, %v", second.Raw, gotNamed, gotCheap, named, cheap)
		}
		if name != "" {
			cracks++
		}
		if named {
			indexes++
		}
	}
	if cracks < n/40 || indexes < n/40 {
		t.Fatalf("%d crack sites, %d strangers' indexes of %d: the test reads too few", cracks, indexes, n)
	}
}

// TestSpeed50bSeenHosts: knowledge keeps the analyses of its first
// maxSeenHosts hosts, by host, and no more.
func TestSpeed50bSeenHosts(t *testing.T) {
	var s seenHosts
	infos := make([]*hostInfo, maxSeenHosts+2)
	for i := range infos {
		infos[i] = &hostInfo{}
		s.add("h"+strconv.Itoa(i)+".example", infos[i])
	}
	for i, want := range infos {
		if i >= maxSeenHosts {
			want = nil
		}
		if got := s.of("h" + strconv.Itoa(i) + ".example"); got != want {
			t.Errorf("of(h%d) = %p, want %p", i, got, want)
		}
	}
	if s.of("other.example") != nil {
		t.Error("an unseen host has an analysis")
	}
}

// TestSpeed50bKnowledgeHost: knowledge.host answers with the analysis
// judgeLink looked up for the message when it was made under the brands
// asked for, and with the cache's under other brands (after a reload).
func TestSpeed50bKnowledgeHost(t *testing.T) {
	c := NewClassifier(ClassifierConfig{})
	bm := c.brands.Load()
	l, _ := linkx.Parse("https://paypal-secure-login.example.xyz/verify")
	info := c.hosts.get(c, bm, &l)
	k := knowledge{brands: bm}
	k.seen.add(l.Host, info)
	if got := k.host(c, bm, &l); got != info {
		t.Fatalf("host = %p, want the seen analysis %p", got, info)
	}
	other := c.matcher(brand.Builtin)
	got := k.host(c, other, &l)
	if got == info || got.brands != other {
		t.Fatalf("host under other brands = %p (brands %p), want the cache's under %p", got, got.brands, other)
	}
	m, _ := linkx.Parse("https://unseen.example.org/")
	if got := k.host(c, bm, &m); got != c.hosts.get(c, bm, &m) {
		t.Fatal("an unseen host's analysis is not the cache's")
	}
}

// TestSpeed50bEndsDotCom: endsDotCom(s) is strings.HasSuffix(strings.ToLower(s),
// ".com") on names of those letters in both cases, the runes that
// lower-case into ASCII (İ, K), bytes that are no rune's and others
// (thousands ending so).
func TestSpeed50bEndsDotCom(t *testing.T) {
	pieces := []string{".", "c", "C", "o", "O", "m", "M", "com", "COM", ".com", ".Com", "İ", "K", "ı", "\xff", "\xc3",
		"a", "-", "@", "é", "ℂ", "ⓜ", "ｍ", "\u0307", "x.co", "m."}
	ends := 0
	forPiecedTexts(50, 300_000, 6, pieces, func(_ *rand.Rand, s string) {
		want := strings.HasSuffix(strings.ToLower(s), ".com")
		if got := endsDotCom(s); got != want {
			t.Fatalf("endsDotCom(%q) = %v, want %v", s, got, want)
		}
		if want {
			ends++
		}
	})
	if ends < 1000 {
		t.Fatalf("only %d names end in .com", ends)
	}
}

// TestSpeed50bSeenFiles: knowledge.linkFile, fileFinding and
// fileDelivered answer as linkFile, filetype.Check and deliveredFile do,
// asked in any order and again, for a message's links (more of them than
// it keeps) and for a link that is not one of them (a twin), on paths
// ending in programs, archives, compressed builds, pages, queries naming
// a file and nothing (thousands of them delivered).
func TestSpeed50bSeenFiles(t *testing.T) {
	files := []string{"", "/", "/setup.exe", "/a/b/tool.tar.xz", "/x.img.zst", "/index.html", "/dl.php?file=app.msi",
		"/download", "/v/photo.jpg.scr", "/pkg/app.apk", "/%E2%80%AEgpj.exe", "/readme", "/arm7", "/f/model.pkl",
		"/d/Invoice.PDF.js", "/file", "/mips", "/x.tar"}
	hosts := []string{"example.com", "mediafire.com", "sourceforge.net", "github.com", "dl.example.org"}
	r := rand.New(rand.NewPCG(50, 5))
	delivered := 0
	for range race.Cases(20_000) {
		var k knowledge
		for range 1 + r.IntN(maxSeenFiles+2) {
			l, ok := linkx.Parse("https://" + hosts[r.IntN(len(hosts))] + files[r.IntN(len(files))])
			if ok {
				k.links = append(k.links, l)
			}
		}
		twin := linkx.Link{}
		if len(k.links) > 0 {
			twin = k.links[0]
		}
		for range 3 * (len(k.links) + 1) {
			l := &twin
			if n := r.IntN(len(k.links) + 1); n < len(k.links) {
				l = &k.links[n]
			}
			f := linkFile(l)
			switch r.IntN(3) {
			case 0:
				if got := k.linkFile(l); got != f {
					t.Fatalf("linkFile(%s) = %q, want %q", l.Raw, got, f)
				}
			case 1:
				if got, fd := k.fileFinding(l); got != f || fd != filetype.Check(f, "") {
					t.Fatalf("fileFinding(%s) = %q, %+v, want %q, %+v", l.Raw, got, fd, f, filetype.Check(f, ""))
				}
			case 2:
				got, d := k.fileDelivered(l)
				if got != f || d != deliveredFile(f) {
					t.Fatalf("fileDelivered(%s) = %q, %v, want %q, %v", l.Raw, got, d, f, deliveredFile(f))
				}
				if d {
					delivered++
				}
			}
		}
	}
	if delivered < 1000 {
		t.Fatalf("only %d files delivered: the test reads too few", delivered)
	}
}
