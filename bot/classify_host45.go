package bot

import (
	"slices"
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A service's sign-in on a site of a hosting platform (host45). A
// service developers build on (brand.Brand.Tool: Okta, Stripe, AWS,
// Cloudflare, Supabase) is no brand's name on a site anyone makes on
// vercel.app, pages.dev or github.io: developers name their demos after
// what they build on (supabase-auth-example.vercel.app,
// cloudflare-workers-starter.pages.dev), and analyseAs reads no brand
// there. An impostor names the same kind of site after the service and
// what it takes (cloudflare-signin.pages.dev, okta-verify.webflow.io,
// aws-console-signin.vercel.app/verify/): the brand's name beside a
// sign-in's, a key's, a bill's or an account's word (hostedAskWords),
// in the site's name or its path, or beside a message that asks for a
// sign-in or a check, is read as the brand's impostor. One such sign
// warns (wHostedAsk), two delete (wHostedAsks); a look-alike of the
// name counts as a sign. A site named as a project (a demo, a sample, a
// starter, a framework's name, a clone: hostedProjectWords) is a
// developer's unless a message that lures strongly and two signs of
// its own stand beside it (rev45c), and so is a site named after the
// service alone in a message that talks as a developer does (devTalk).
//
// A webmail's sign-in (webmail, owa, roundcube, mailbox) on such a site
// is read the same way with the mail service for its brand: no one's
// mailbox is served from weebly.com (webmail-quota-upgrade.weebly.com).

const (
	wHostedAsk  = 0.6
	wHostedAsks = 0.85
)

// hostedTool is a site of a hosting platform named after a service
// (hostInfo.hostedTool): a Tool brand's, or a webmail's.
type hostedTool struct {
	brand     *brand.Brand // nil for a webmail's
	platform  string       // the platform's domain: vercel.app
	words     []string     // the name's asking words (hostedAskWords)
	lookalike bool         // the brand's name misspelt or in look-alike characters
	project   bool         // a label holds a project's word (hostedProjectWords, sampleWords)
}

// hostedAskWords are the words of what a service's impostor takes that
// it names a site with: a sign-in, a check, keys, a bill, an account's
// rescue, a help desk. A shop's words (payment, checkout), a console's
// (admin, dashboard, console) and a design's tokens name developers'
// projects as often and are left out.
var hostedAskWords = setOf("signin", "login", "logon", "signon", "sso", "mfa", "2fa", "otp", "auth", "authenticate",
	"authentication", "verify", "verification", "validate", "validation", "account", "accounts", "recover", "recovery",
	"restore", "unlock", "reset", "password", "passwords", "keys", "apikey", "apikeys", "credentials", "billing",
	"invoice", "invoices", "secure", "support", "helpdesk", "wallet", "portal", "suspended", "reactivate", "confirm",
	"quota", "upgrade", "expired")

// hostedMailWords are the words a webmail's sign-in is named by.
var hostedMailWords = setOf("webmail", "owa", "roundcube", "zimbra", "mailbox", "cpanel")

// hostedProjectWords name a developer's project: a sample's words
// (sampleWords), what it is (a clone, a bot, a plugin, a lab) and the
// framework or language it is written in.
var hostedProjectWords = setOf("lab", "labs", "course", "guide", "guides", "notes", "docs", "blog", "portfolio",
	"template", "templates", "clone", "hackathon", "sdk", "widget", "plugin", "bot", "react", "vue", "next", "nextjs",
	"svelte", "sveltekit", "angular", "nuxt", "remix", "astro", "node", "nodejs", "express", "flask", "django", "rails",
	"laravel", "spring", "python", "golang", "rust", "js", "ts", "ui", "kit", "test", "poc", "sandbox", "cli",
	"webhook", "webhooks", "integration")

// hostedToolOf returns the service a site of a hosting platform (l's
// site, as model.Site reads it) is named after: m, a Tool brand's match of
// its name, or a webmail's word; nil for a site named after the
// service's name alone or after neither. A site named as a project
// (hostedProjectWords, sampleWords) is kept with hostedTool.project set:
// judgeHostedTool reads it only beside a strong lure (rev45c).
func hostedToolOf(l, site *linkx.Link, m *brand.Match) *hostedTool {
	if m != nil && site.Label() == m.Word {
		// the service's name alone: its own organisation's pages
		// (okta.github.io/okta-auth-js), or a name taken first
		return nil
	}
	// every label in front of the platform's name: an account's
	// workers are named in front of it (cloudflare-login.jdoe.workers.dev)
	front := strings.TrimSuffix(l.Host, "."+site.Suffix)
	var words []string
	mail, project := false, false
	for w := range strings.FieldsFuncSeq(front, func(r rune) bool { return r == '-' || r == '.' }) {
		w = strings.TrimRight(w, "0123456789")
		if hostedProjectWords[w] || sampleWords[w] {
			project = true
			continue
		}
		if hostedMailWords[w] {
			mail = true
		}
		if hostedAskWords[w] {
			words = append(words, w)
			continue
		}
		if m != nil && w == m.Word {
			continue
		}
		for _, p := range model.NameWords(w) {
			if hostedAskWords[p] {
				words = append(words, p)
			}
		}
	}
	switch {
	case m != nil && m.Brand != nil && m.Kind != brand.DomainInHost:
		return &hostedTool{brand: m.Brand, platform: site.Suffix, words: words, project: project,
			lookalike: m.Kind == brand.Lookalike && !m.Plausible || m.Kind == brand.Homoglyph}
	case mail:
		return &hostedTool{platform: site.Suffix, words: words, project: project}
	}
	return nil
}

// hostedPathAsks returns the asking words (hostedAskWords) of a link's
// path, run-together ones split as a name's are; none for an app's
// endpoint, a path under /api/ or one with a callback in it
// (/auth/callback, /api/auth/signin: where a developer's sign-in
// returns to, which no one is sent to sign in at).
func hostedPathAsks(path string) []string {
	if hostedEndpoint(path) {
		return nil
	}
	var out []string
	forPathWords(path, func(w string) bool {
		if hostedAskWords[w] {
			out = append(out, w)
		} else {
			for _, p := range model.NameWords(w) {
				if hostedAskWords[p] {
					out = append(out, p)
					break
				}
			}
		}
		return len(out) < 3
	})
	return out
}

// judgeHostedTool weighs a site of a hosting platform named after a
// service (hostInfo.hostedTool) by its signs: asking words in its name,
// in its path, a message that asks (knowledge.tenantLure) and a
// look-alike of the name; a webmail's word counts as one. It reports
// whether it found any.
func judgeHostedTool(rs *reasons, l *linkx.Link, info *hostInfo, k *knowledge, shown string) bool {
	t := info.hostedTool
	if t == nil || info.trusted {
		return false
	}
	// a notice of the reader's own expiry ("your session expired, sign
	// in again") lures though its words are a developer's too (rev45c)
	lures := k.tenantLure() > 0 || yourExpiry(k)
	// a developer talking of the sign-in they built (okta-sso.vercel.app
	// "the callback 500s"): a sign-in's word alone in its name is theirs
	// (rev45c) or naming it a sample, a test, a side project, or
	// linking to its app's endpoint (/auth/callback); a webmail's
	// client the same
	dev := !lures && (onlySignIn(t.words) || t.brand == nil && len(t.words) == 0) &&
		(devTalk(k) || tokenTalk(k) || projectTalk(k) || hostedEndpoint(l.Path))
	signs := 0
	var said []string
	if len(t.words) > 0 {
		signs++
		said = append(said, t.words...)
	}
	if t.brand == nil {
		signs++ // a webmail's name on a site anyone makes
	}
	if t.lookalike {
		signs++
	}
	if p := hostedPathAsks(l.Path); len(p) > 0 {
		signs++
		said = append(said, p...)
	}
	if lures {
		signs++
	}
	if signs == 0 || dev && signs < 2 {
		return false
	}
	w := wHostedAsk
	switch {
	case t.project:
		// a project's site (okta-sso-guide.gitbook.io) is a
		// developer's, but beside a message that lures strongly and
		// a sign of its own in its name or path it warns (rev45c)
		if signs < 3 || k.tenantLure() < wTenantLure && !yourExpiry(k) {
			return false
		}
	case signs >= 2:
		w = wHostedAsks
	}
	name := "webmail"
	if t.brand != nil {
		name = t.brand.Name
	}
	if len(said) == 0 {
		rs.add(handRule(CodeBrandInDomain, w, shown, say2("hosted_tool_lure", shown, name, linkx.Defang(t.platform))))
		return true
	}
	rs.add(handRule(CodeBrandInDomain, w, shown+l.Path, say2("hosted_tool", shown+l.Path, name, linkx.Defang(t.platform),
		strings.Join(said, ", "))))
	return true
}

// expiryWords are the words of a notice that something of the reader's
// ran out or was stopped.
var expiryWords = setOf("expired", "expire", "expires", "expiring", "expiry", "suspended", "locked", "disabled",
	"deactivated", "terminated")

// tokenWords are the words a developer explains a sign-in's expiry
// with: its token, its settings, its status code.
var tokenWords = setOf("jwt", "token", "tokens", "refresh", "maxage", "ttl", "default", "middleware", "401", "403")

// yourExpiry reports a message, its links aside, that tells the reader
// something of theirs expired or was stopped: "your" and an expiry's
// word (expiryWords), and no developer's word but "session" (devWords,
// tokenWords: "your session expires after 15 min by default, set
// maxAge in the config" is a developer's). A developer talks of "the
// session" or "my session"; an impostor's notice of "your session"
// (rev45c).
func yourExpiry(k *knowledge) bool {
	if strings.IndexByte(k.text, '`') >= 0 {
		return false
	}
	your, exp := false, false
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if devWords[w] && w != "session" || tokenWords[w] {
			return false
		}
		your = your || w == "your"
		exp = exp || expiryWords[w]
	}
	return your && exp
}

// tokenTalk reports a message, its links aside, that explains a
// sign-in's token or settings (tokenWords).
func tokenTalk(k *knowledge) bool {
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if tokenWords[w] {
			return true
		}
	}
	return false
}

// hostedEndpoint reports an app's endpoint: a path under /api/ or one
// with a callback in it.
func hostedEndpoint(path string) bool {
	lp := strings.ToLower(path)
	return strings.HasPrefix(lp, "/api/") || strings.Contains(lp, "callback")
}

// projectTalkWords are the words a message names a developer's project
// by: a sample's (sampleWords), a test's, a side project's.
var projectTalkWords = setOf("test", "testing", "project", "quickstart", "poc", "sandbox", "template", "clone", "sdk")

// projectTalk reports a message, its links aside, that names what it
// links to as a project, a sample or a test (sampleWords,
// projectTalkWords): "the aws cognito hosted ui sample", "sign in with
// slack button test" (rev45c).
func projectTalk(k *knowledge) bool {
	for w := range strings.FieldsFuncSeq(string(k.folded()), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if sampleWords[w] || projectTalkWords[w] {
			return true
		}
	}
	return false
}

// onlySignIn reports words that are all a sign-in's (signInWords, sso),
// at least one.
func onlySignIn(words []string) bool {
	for _, w := range words {
		if !signInWords[w] && w != "sso" {
			return false
		}
	}
	return len(words) > 0
}

// A bucket's page. A storage bucket (bucketName: NAME.s3.amazonaws.com,
// storage.googleapis.com/NAME/, NAME.blob.core.windows.net) or a
// bucket's website (NAME.s3-website-REGION.amazonaws.com,
// NAME.z13.web.core.windows.net) serves any page its owner uploads, under
// a cloud's own name that a mail filter and a reader trust: an invoice's,
// a bill's or a sign-in's page named so in its bucket or path
// (invoice-view.s3.amazonaws.com/view/invoice.html,
// storage.googleapis.com/login-portal-2026/index.html) is a phishing
// page anyone can put there. A vendor's documents in a bucket are PDFs
// and archives, not pages named for a bill or a sign-in.

// bucketAskWords are the words a bucket's phishing page is named by: a
// bill, a payment's advice, a sign-in, a mailbox, a shared document's
// service.
var bucketAskWords = setOf("invoice", "invoices", "billing", "bill", "remittance", "payment", "payments", "statement",
	"payroll", "login", "logon", "signin", "portal", "verify", "verification", "webmail", "mailbox", "owa", "account",
	"secure", "sso", "auth", "password", "docusign", "sharepoint", "onedrive", "office365", "o365", "m365", "outlook",
	"voicemail")

// bucketReportWords name a bucket's or a folder's generated reports: a
// test run's, a coverage's, a component library's, a cost export's
// (acme-auth-service.s3.amazonaws.com/coverage/index.html,
// acme-billing-reports.s3.amazonaws.com/cur/…/index.html). A bucket's
// page among them is a team's own, its bill's or sign-in's word the
// name of what is reported on, unless the message beside it lures
// (rev45c).
var bucketReportWords = setOf("coverage", "reports", "storybook", "finops", "cur", "analytics", "metrics", "allure",
	"lighthouse", "benchmarks", "playwright", "cypress", "pytest", "jacoco", "junit", "jest", "lcov")

// bucketSite reports a host that is a bucket's website: an S3 website
// endpoint or an Azure storage account's static website.
func bucketSite(host string) bool {
	_, rest, _ := strings.Cut(host, ".")
	return strings.HasSuffix(rest, ".amazonaws.com") && strings.HasPrefix(rest, "s3-website") ||
		strings.HasSuffix(rest, ".web.core.windows.net") && strings.Count(rest, ".") == 4
}

// bucketHost is the cheap look before bucketPage reads a link: the
// endings of every host that bucketName or bucketSite can accept.
func bucketHost(h string) bool {
	// most hosts are told apart by their last five bytes, before the
	// six endings are compared (speed50b)
	if len(h) < 5 {
		return false
	}
	switch h[len(h)-5:] {
	case "s.com":
		return strings.HasSuffix(h, ".amazonaws.com") || strings.HasSuffix(h, ".googleapis.com") ||
			strings.HasSuffix(h, ".digitaloceanspaces.com")
	case "2.com":
		return strings.HasSuffix(h, ".backblazeb2.com")
	case "s.net":
		return strings.HasSuffix(h, ".windows.net")
	case "2.dev":
		return strings.HasSuffix(h, ".r2.dev")
	}
	return false
}

// bucketPage returns the asking words (bucketAskWords) of a page in a
// storage bucket or on a bucket's website, found in the bucket's name
// or the path, at most three, and whether the page is among a bucket's
// reports (bucketReportWords); nil for any other link.
func bucketPage(l *linkx.Link) (words []string, report bool) {
	if !bucketHost(l.Host) {
		return nil, false // neither a bucket (bucketName) nor a bucket's website (bucketSite): most links
	}
	site := bucketSite(l.Host)
	bucket := bucketName(l)
	if bucket == "" && !site {
		return nil, false
	}
	path := lurePath(l.Path)
	if !pageFile(path) && !(site && strings.LastIndexByte(path, '/') == len(path)-1) {
		return nil, false
	}
	if site {
		bucket, _, _ = strings.Cut(l.Host, ".")
	}
	var out []string
	add := func(w string) {
		report = report || bucketReportWords[w]
		if bucketAskWords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for w := range strings.FieldsFuncSeq(strings.ToLower(bucket), func(r rune) bool { return r == '-' || r == '.' || r == '_' }) {
		w = strings.TrimRight(w, "0123456789")
		add(w)
		for _, p := range model.NameWords(w) {
			add(p)
		}
		for a := range bucketAskWords {
			// a long word run together with others (invoicedocs,
			// loginportal): a bucket's name is one label
			if len(a) >= 6 && len(w) > len(a) && strings.Contains(w, a) {
				add(a)
			}
		}
	}
	forPathWords(path, func(w string) bool {
		add(w)
		for _, p := range model.NameWords(w) {
			add(p)
		}
		return len(out) < 3 || !report
	})
	return out, report
}

// judgeBucketPage weighs a bucket's page named for a bill or a sign-in
// (bucketPage): one word warns (wHostedAsk); two, or one beside a
// message that lures, delete (wHostedAsks). A page among a bucket's
// reports warns only beside a message that lures strongly. It reports
// whether it found one.
func judgeBucketPage(rs *reasons, l *linkx.Link, k *knowledge, shownLink func() string) bool {
	words, report := bucketPage(l)
	if len(words) == 0 || report && k.tenantLure() < wTenantLure {
		return false
	}
	shown := shownLink() // the link defanged only when it is named (speed46)
	w := wHostedAsk
	if !report && (len(words) >= 2 || k.tenantLure() > 0) {
		w = wHostedAsks
	}
	rs.add(handRule(CodeLurePage, w, shown+l.Path, say2("bucket_page", shown+l.Path, strings.Join(words, ", "))))
	return true
}

// undigitedSite returns a site's host (as model.Site reads it) with the
// digits at the end of each hyphen-separated word of its label taken
// off (notion59-recover.onrender.com: notion-recover.onrender.com), ""
// when none is, or the label is not plain ASCII or a word is nothing
// but digits.
func undigitedSite(site *linkx.Link) string {
	label := site.Label()
	if site.Unicode != site.Host || !strings.ContainsAny(label, "0123456789") {
		return ""
	}
	var b strings.Builder
	cut := false
	for i, w := range strings.Split(label, "-") {
		t := strings.TrimRight(w, "0123456789")
		if t == "" {
			return ""
		}
		cut = cut || t != w
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(t)
	}
	if !cut {
		return ""
	}
	return b.String() + "." + site.Suffix
}
