package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// blogPostReading returns a link's signals with a dated post on a blog
// platform read as its blog's homepage is (blog22). The link model learned
// blog platforms from the phishing lists alone: the training lists hold
// 528 blogspot and wordpress.com URLs, most of them kits' homepages named
// for a bank or a login, 39 of them dated posts (epayment-alert.html and
// paypal.html, but colourful-life-of-aij.html and whiplash.html too), and
// no benign blog post, so a post's date and slug added 0.7–1.5 to the
// logit (5 for some over plain HTTP), and a blog whose homepage passes
// had its posts warned or deleted
// (https://karelzak.blogspot.com/2018/11/lsblk-merge.html warned at 0.54,
// http://ludovicrousseau.blogspot.fr/2015/12/remove-andor-customize-pcsc-reader-names.html
// deleted at 0.97). Blogger serves a blog under blogspot.<any country
// ending> (blogspot.fr, blogspot.com.es) as the same blog on blogspot.com,
// which the model reads as a hosting platform; a country ending it reads
// as a name of its own (5.3 for the homepage). So a blog post
// (blogPost: Blogger's /YYYY/MM/slug.html, WordPress.com's
// /YYYY/MM/DD/slug/, no query but Blogger's mobile switch) whose slug
// holds no lure (blogSlugLures: no lure language, no word a phishing name
// is built from, no scheme's, dropper's, paperwork's, kit's or bait's
// word, no brand, no token, no host written in) is read as its blog's
// homepage on the platform's main ending: its name is all there is to
// judge. A blog named as a kit names its site keeps its name's score; a
// slug with a lure, a brand or a download's words, a query, a kit's path,
// a brand read in the name, a message that lures hard (the caller asks
// knowledge.stopsReadings) keep today's reading.
func (c *Classifier) blogPostReading(l *linkx.Link, info *hostInfo, sig model.LinkSignals, k *knowledge) model.LinkSignals {
	if c.training || sig[model.SigModel] <= 0 || readsBrand(&sig) || sig[model.SigShortener] > 0 || l.UserInfo != "" || l.Port != "" || l.IP.IsValid() {
		return sig
	}
	home, slug, ok := blogPost(l)
	if !ok || blogSlugLures(slug) || kitPath(l.Path) || pathBrand(l, info, k.brands) != nil {
		return sig
	}
	hl, ok := linkx.Parse("https://" + home + "/")
	if !ok {
		return sig
	}
	hinfo := info
	if hl.Host != l.Host {
		var hf *model.Features
		hinfo, hf = c.hosts.getFeatures(c, k.brands, &hl)
		if hf != nil {
			featuresPool.Put(hf)
		}
		if hinfo.trusted || hinfo.userContent {
			return sig
		}
		if r := hinfo.signals; readsBrand(&r) {
			return sig
		}
		// the same blog's name, read on the main ending: what its
		// words say counts as on the homepage (a country's ending
		// reads the name as a subdomain of its own, without them:
		// update-information-pp0.blogspot.co.za read 0.75 where its
		// blogspot.com homepage deletes at 0.83; rev22)
		for s := range model.NumLinkSignals {
			if s != model.SigModel {
				sig[s] = max(sig[s], hinfo.signals[s])
			}
		}
	}
	pf := scratchFeatures()
	model.PathFeatures(&hl, pf)
	logit := c.linkLogit(hinfo, pf)
	featuresPool.Put(pf)
	sig[model.SigModel] = min(sig[model.SigModel], model.ClampModel(float64(logit)))
	return sig
}

// blogPost reports a link to a dated post on a blog platform, with the
// blog's homepage host (on blogspot.com for Blogger's country endings)
// and the post's slug: Blogger's /YYYY/MM/slug.html on
// NAME.blogspot.<ending>, WordPress.com's /YYYY/MM/DD/slug/ on
// NAME.wordpress.com. No query, but Blogger's mobile switch (m=0, m=1);
// a slug of lower-case letters, digits, hyphens and underscores.
func blogPost(l *linkx.Link) (home, slug string, ok bool) {
	if l.Query != "" && l.Query != "m=1" && l.Query != "m=0" {
		return "", "", false
	}
	name := bloggerName(l)
	if name == "" && l.Domain == "wordpress.com" {
		name = strings.TrimPrefix(l.Subdomain(), "www.")
	}
	if name == "" || name == "www" || strings.IndexByte(name, '.') >= 0 {
		return "", "", false
	}
	segs := strings.Split(strings.TrimPrefix(l.Path, "/"), "/")
	switch {
	case l.Domain != "wordpress.com" && len(segs) == 3 && year(segs[0]) && month(segs[1]) && strings.HasSuffix(segs[2], ".html"):
		home, slug = name+".blogspot.com", strings.TrimSuffix(segs[2], ".html")
	case l.Domain == "wordpress.com" && l.Query == "" && (len(segs) == 4 || len(segs) == 5 && segs[4] == "") &&
		year(segs[0]) && month(segs[1]) && day(segs[2]):
		home, slug = name+".wordpress.com", segs[3]
	default:
		return "", "", false
	}
	if len(slug) < 3 || slug[0] == '-' || slug[0] == '_' {
		return "", "", false
	}
	for i := 0; i < len(slug); i++ {
		switch c := slug[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '-', c == '_':
		default:
			return "", "", false
		}
	}
	return home, slug, true
}

// bloggerName returns the blog's name of a host on Blogger
// (NAME.blogspot.com, www.NAME.blogspot.fr, NAME.blogspot.com.es), or "":
// blogspot.com is a private suffix of the public suffix list, the
// country endings are not. Only the endings Blogger serves count
// (bloggerEndings): blogspot under any other ending is whoever registered
// it (NAME.blogspot.top, .xyz, .icu), and was read as Blogger's
// (rev22: 1,000 training phishing names on 20 such endings lost 400
// levels to blogPostReading, and 1,450 more judged as blogspot.com).
func bloggerName(l *linkx.Link) string {
	host := strings.TrimPrefix(l.Host, "www.")
	i := strings.Index(host, ".blogspot.")
	if i <= 0 {
		return ""
	}
	rest := host[i+len(".blogspot."):]
	if !bloggerEndings[rest] || l.ICANN && l.Domain != "blogspot."+l.Suffix || !l.ICANN && l.Suffix != "blogspot."+rest || l.ICANN && rest != l.Suffix {
		return ""
	}
	return host[:i]
}

// bloggerEndings are the endings Blogger serves its blogs under
// (blogspot.com and its country endings), as Google listed them in the
// public suffix list's private section (Debian's publicsuffix,
// /usr/share/publicsuffix/public_suffix_list.dat, holds the 74 entries).
var bloggerEndings = setOf("com", "ae", "al", "am", "ba", "be", "bg", "bj", "ca", "cf", "ch", "cl",
	"co.at", "co.id", "co.il", "co.ke", "co.nz", "co.uk", "co.za", "com.ar", "com.au", "com.br", "com.by",
	"com.co", "com.cy", "com.ee", "com.eg", "com.es", "com.mt", "com.ng", "com.tr", "com.uy", "cv", "cz",
	"de", "dk", "fi", "fr", "gr", "hk", "hr", "hu", "ie", "in", "is", "it", "jp", "kr", "li", "lt", "lu",
	"md", "mk", "mr", "mx", "my", "nl", "no", "pe", "pt", "qa", "re", "ro", "rs", "ru", "se", "sg", "si",
	"sk", "sn", "td", "tw", "ug", "vn")

// year, month and day report a post's date folders as blog platforms
// write them: 1990–2099, 01–12, 01–31.
func year(s string) bool {
	return len(s) == 4 && (s[:2] == "19" && s[2] >= '9' || s[:2] == "20") && digitsOnly(s)
}

func month(s string) bool { return len(s) == 2 && digitsOnly(s) && s >= "01" && s <= "12" }

func day(s string) bool { return len(s) == 2 && digitsOnly(s) && s >= "01" && s <= "31" }

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// slugProseWords are words phishing names are built from (model's
// domain words) that a post's title uses as prose (pip-team-midyear-report,
// how-to-help-a-new-contributor): alone in a slug they are no lure; two
// of them, or one beside any other lure word, are.
var slugProseWords = setOf("team", "help", "center", "event", "events", "case", "cases", "form", "forms",
	"apply", "exam", "beta", "official", "service", "trade", "offer", "drop", "skin", "skins", "knife",
	"academy", "staff", "tester", "testers", "update", "support", "security")

// blogSlugLures reports a post's slug that names a lure: the lure
// language (lure.Find over its words), a word phishing names are built
// from or a scheme's (model.DomainWord, model.SchemeWord, also inside a
// longer word: model.NameWords), but for one prose word alone
// (slugProseWords); a dropper's, bait's, paperwork's or document lure's
// word (dropperWords, codeDropperAny, paperworkWords, docLurePageWords); a
// download word; a token (tokenSegment) or a host written in
// (httpwwwgirlsvideosonlineinfo…).
func blogSlugLures(slug string) bool {
	if tokenSegment(slug) || strings.HasPrefix(slug, "http") || strings.HasPrefix(slug, "www") {
		return true
	}
	text := strings.NewReplacer("-", " ", "_", " ").Replace(slug)
	found := lure.Find(text)
	for _, h := range found {
		if h.Weight > 0 {
			return true
		}
	}
	prose, lures := 0, false
	for _, w := range strings.Fields(text) {
		switch {
		case slugProseWords[w] || slugTechTrouble[w]:
			prose++
		case model.DomainWord(w) || model.SchemeWord(w) || dropperWords[w] || codeDropperAny[w] || paperworkWords[w] ||
			docLurePageWords[w] || troubleWords[w] || downloadSuffix(w) || downloadPrefix(w) || releaseBait[w] ||
			len(model.NameWords(w)) > 0 || holdsLureWord(w):
			lures = true
		}
	}
	return lures || prose >= 2
}

// slugTechTrouble are the words of an account's trouble (troubleWords)
// that a post about software uses as prose (git-reset-explained,
// firmware-update-howto, rate-limit): counted as slugProseWords.
var slugTechTrouble = setOf("update", "upgrade", "setup", "firmware", "sync", "resync", "reset", "limit", "lock", "quota", "copyright")

// holdsLureWord reports a slug word that holds a paperwork's or a
// dropper's word of six letters or more inside it (epayment, myinvoice,
// paypalreceipt): a slug is a title run together as often as hyphenated.
func holdsLureWord(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, set := range [...]map[string]bool{paperworkWords, dropperWords} {
		for x := range set {
			if len(x) >= 6 && strings.Contains(w, x) {
				return true
			}
		}
	}
	return false
}
