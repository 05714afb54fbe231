package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// An import path in a link's path. Package documentation, report and
// mirror sites name the package a page is about by its import path, a
// code forge's host followed by the project's owner and name:
// godoc.org/github.com/kr/logfmt, go.pkgdoc.org/github.com/jacobsa/crypto/siv,
// goreportcard.com/report/github.com/x/y. The link model reads the
// forge's name as a path's words (github, com) and a kit's layout, the
// way a kit puts a brand's domain among its folders
// (/www.paypal.com/signin/): 17 of deb-text20t's 37 false alarms were
// godoc.org's and go.pkgdoc.org's pages, warned or deleted at 0.67-0.92.
// Of the training lists' 90,286 phishing URLs none has a forge's host as
// a folder of its path (one is a page on gitlab.com itself).
//
// So a link whose path is an import path (importPathAt: a forge's host
// as its first segment, or after one lower-case word, then the owner and
// project a forge's links hold, written as names are, no query) is read
// by the link model without the forge's host, on a host the model reads
// as benign (importHostMax) and reads no brand in, with no brand or lure
// word in the path and no kit's folder among the project's segments
// (kitFolder), in a message that is no lure. The
// host's name is read as it is: a kit's name or a brand's look-alike
// before /github.com/… is read in full.

// importHostMax is the link model's logit of a host's name (with its
// experts') up to which an import path's link is read without the
// forge's host: a name the model reads as benign at odds of e to 1 or
// better (godoc.org -1.56). Probes of the training lists' phishing hosts
// and URLs with /github.com/ put in their paths lose a level in 179 of
// 16,000 at -1 (827 at 0, 1,913 at lookupHostMax), and none falls below
// where the same link without the forge's host stands.
const importHostMax = -1

// forgeHosts are the code forges and import-path hosts a package's
// import path begins with, and how many segments after the host's name
// a project takes (owner/name at a forge, a name at gopkg.in).
var forgeHosts = map[string]int{
	"github.com": 2, "gitlab.com": 2, "bitbucket.org": 2, "codeberg.org": 2, "gitee.com": 2, "git.sr.ht": 2,
	"launchpad.net": 1, "gopkg.in": 1, "golang.org": 2, "google.golang.org": 1, "go.googlesource.com": 1,
	"code.google.com": 2,
}

// importPathAt returns where in a path the import path's forge host
// begins and where it ends (/github.com/kr/logfmt: 1, 11), and whether
// the path is such a path: a forge's host as the first segment, or as
// the second after a lower-case word (lowerWord: /report/github.com/…), followed by
// at least the segments a project takes there, each a name (letters,
// digits, dot, hyphen, underscore; no host name of its own, no kit's
// folder), a tilde only before an owner's name at git.sr.ht.
func importPathAt(path string) (int, int, bool) {
	if len(path) < 2 || path[0] != '/' {
		return 0, 0, false
	}
	start := 1
	seg, rest, _ := strings.Cut(path[1:], "/")
	need, ok := forgeHosts[strings.ToLower(seg)]
	if !ok {
		if !lowerWord(seg) {
			return 0, 0, false
		}
		start += len(seg) + 1
		seg, rest, _ = strings.Cut(rest, "/")
		if need, ok = forgeHosts[strings.ToLower(seg)]; !ok {
			return 0, 0, false
		}
	}
	end := start + len(seg)
	sourceHut := strings.EqualFold(seg, "git.sr.ht")
	n := 0
	for s := range strings.SplitSeq(rest, "/") {
		if s == "" {
			continue
		}
		if !projectName(s) || kitFolder(s) {
			return 0, 0, false
		}
		if strings.IndexByte(s, '~') >= 0 && !(sourceHut && n == 0 && s[0] == '~') {
			return 0, 0, false // a user's folder (/~filxscum/), not a project
		}
		n++
	}
	return start, end, n >= need
}

// kitFolder reports a segment no forge's project is named by but a kit
// unpacked on a compromised site is (rev20): a site software's own
// folder (cmsFolders: /github.com/wp-admin/network/x,
// /gitlab.com/sites/default/files/x), or a token, a hash's sixteen hex
// digits or more (/github.com/bns/d41d8cd98f00b204e9800998ecf8427e) or
// eight digits and more in one segment. Probes of the training lists'
// phishing URLs with a forge's host put before their folders read 25 of
// 7,000 a level lower than on 7707885; 10 of them by such a folder.
func kitFolder(s string) bool {
	if cmsFolders[strings.ToLower(s)] {
		return true
	}
	digits, hex := 0, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F':
		default:
			hex = false
		}
	}
	return digits >= 8 || hex && digits > 0 && len(s) >= 16
}

// cmsFolders are the folders of a site's software that no forge's
// project or owner is named by: WordPress's, Drupal's sites, Joomla's
// administrator, a web server's cgi-bin and document roots. The wider
// siteFolders (lib, cache, admin, templates) name Go packages and
// owners too (github.com/lib/pq).
var cmsFolders = setOf("wp-content", "wp-includes", "wp-admin", "wordpress", "joomla", "sites", "administrator",
	"cgi-bin", "cgi-admin", "public_html", "htdocs")

// projectName reports a segment of an import path as a forge names an
// owner, a project or a package: up to 100 letters, digits, hyphens,
// underscores and tildes (git.sr.ht/~sircmpwn) with a letter among
// them, and a dot only before the ending of a language's or a package's
// name (chart.js, yaml.v3). A page (home.php, index.html), a number
// (/2019/0328/) or a host name (/github.com/x/www.paypal.com) is a
// site's own path or a kit's folder, not a project.
func projectName(s string) bool {
	if len(s) > 100 {
		return false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letter = true
		case c >= '0' && c <= '9' || c == '-' || c == '_' || c == '~' || c == '.':
		default:
			return false
		}
	}
	if !letter {
		return false
	}
	if dot := strings.IndexByte(s, '.'); dot >= 0 {
		if dot == 0 || strings.Count(s, ".") > 1 {
			return false
		}
		ext := strings.ToLower(s[dot+1:])
		switch ext {
		case "js", "go", "py", "rs", "jl", "ts", "el", "nvim", "vim", "net", "io":
			return true
		}
		return len(ext) >= 2 && ext[0] == 'v' && allDigits(ext[1:]) // gopkg.in/yaml.v3
	}
	return true
}

// importPathReading returns a link's signals with an import path in its
// path (importPathAt) read by the link model without the forge's host.
func (c *Classifier) importPathReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if l.Query != "" || readsBrand(&sig) || info.userContent || sig[model.SigShortener] > 0 ||
		info.hostLogit > importHostMax || info.hasExpert && info.expertLogit > importHostMax {
		return sig
	}
	start, end, ok := importPathAt(l.Path)
	if !ok {
		return sig
	}
	page := *l
	page.Path = l.Path[:start] + strings.TrimPrefix(l.Path[end:], "/")
	if len(pathLureWords(&page)) > 0 || pathBrand(&page, info, k.brands) != nil {
		return sig // the forge's own name is no brand in the path; another is
	}
	pf := scratchFeatures()
	model.PathFeatures(&page, pf)
	read := c.linkLogit(info, pf)
	featuresPool.Put(pf)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(read)))
	return sig
}
