package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A site's front for a device or an app in front of a name. Sites serve
// their phone and app fronts under a label that says only that
// (m.facebook.com, mobile.twitter.com, app.slack.com, amp., touch.,
// wap.), and anyone who owns a name may write one in front of it. A link
// to such a front is judged as the link to the host behind it
// (readFront: m.NAME as NAME, m.docs.NAME as docs.NAME, m.NAME.weebly.com
// as NAME.weebly.com), in both directions: the link model read a
// subdomain as a little more like a real server (a scam's m.NAME read
// 1.6 logits under NAME, and about a seventh of the blind sets' flagged
// scams were let through when their first link was written so, sub39),
// and the reliefs that read a name as written (a project's own download,
// a blog, a name that only starts like a brand's) held for NAME and not
// for m.NAME (rev39a). The label that is a hosting platform's tenant's
// own name is not a front (app.github.io is the tenant "app"). A label
// that says what phishing asks for (login., secure., account.: askLabel)
// says nothing for the name either, but a real site's sign-in server is
// one of its own (login.microsoft.com): the link model alone reads it so
// (frontLabelLogits: login.NAME at least as NAME).

// frontLabel reports a label that names a site's front for a device or
// an app and says nothing of the site: www, m, mobile, mob, app, amp,
// touch, wap, mbasic, in lower case as a host is. web is left out: an
// organisation's web server is often web.NAME, and with web. read as a
// front one held-out documentation line more was warned, a web. host
// whose bare name the model warns (BENCHMARKS.md, sub39).
func frontLabel(label string) bool {
	switch label {
	case "www", "m", "mobile", "mob", "app", "amp", "touch", "wap", "mbasic":
		return true
	}
	return false
}

// askLabel reports a label that says what a phishing page asks for
// (login, signin, secure, verify, account, accounts, auth): in front of
// a name it says nothing for the name, and a kit's host is written so
// (login.NAME), as a real site's sign-in server is (login.microsoft.com:
// a brand's and a reputable site's are trusted before the model reads
// them).
func askLabel(label string) bool {
	switch label {
	case "login", "signin", "secure", "verify", "account", "accounts", "auth":
		return true
	}
	return false
}

// dropFrontLabels returns sub, a host's subdomain, without the front
// labels it begins with (m.docs → docs, m.app → "") and whether it began
// with one.
func dropFrontLabels(sub string) (string, bool) {
	return dropLabels(sub, frontLabel)
}

// deviceFront is a front's label but www.
func deviceFront(label string) bool { return label != "www" && frontLabel(label) }

// dropLabels returns sub without the labels it begins with for which is
// reports true, and whether it began with one.
func dropLabels(sub string, is func(string) bool) (string, bool) {
	dropped := false
	for sub != "" {
		label, rest, _ := strings.Cut(sub, ".")
		if !is(label) {
			break
		}
		sub, dropped = rest, true
	}
	return sub, dropped
}

// frontOrAsk reports a front's label or one of what phishing asks for.
func frontOrAsk(label string) bool { return frontLabel(label) || askLabel(label) }

// frontLabelLogits returns the link model's reading of a host with the
// front labels and the labels of what phishing asks for (askLabel) it
// begins with dropped (the host's site's name, for a tenant of a hosting
// platform: model.Site), and false when the host begins with none but
// www. (which the model reads as nothing). A front alone is read away
// before (readFront); what is left here is a sign-in label
// (login.NAME, m.login.NAME, login.m.NAME) and a front host read as
// written (one an operator's list names).
func (c *Classifier) frontLabelLogits(l *linkx.Link) (host, expert float32, hasExpert, ok bool) {
	site, _ := model.Site(*l)
	sub := site.Subdomain()
	if sub == "" || sub == "www" || strings.HasPrefix(sub, "www.") && !frontAfterWWW(sub[4:]) {
		return 0, 0, false, false
	}
	rest, dropped := dropLabels(sub, frontOrAsk)
	if !dropped {
		return 0, 0, false, false
	}
	name := site.Domain
	if rest != "" {
		name = rest + "." + name
	}
	return c.hostNameLogits(name, true)
}

// frontAfterWWW reports whether sub, a subdomain after its www., begins
// with another front label or an askLabel (www.m.NAME, www.login.NAME).
func frontAfterWWW(sub string) bool {
	label, _, _ := strings.Cut(sub, ".")
	return label != "www" && frontOrAsk(label)
}

// readFront reads a link to a site's front for a device or an app as
// the link to the host behind it, the link otherwise as written
// (m.t.me/+CODE as t.me/+CODE, m.docs.google.com/forms/… as
// docs.google.com/forms/…, m.tightvnc.com/download/….msi as
// tightvnc.com/download/….msi): the site's front serves what the site
// serves, so m.NAME is judged as NAME in both directions, by the
// findings that name a site's hosts without a front (userContent,
// contactHosts, fileDrops, invites, forms) and by the reliefs that read
// a name as written (a reputable or popular site's, a small project's
// download, a blog's) as much as by the link model. Raw keeps the link
// as written. A leading www. is read away first (readWWW: www.NAME as
// NAME, www.m.NAME as NAME); a www. after a front is the name's own
// (m.www.com-NAME.com is www.com-NAME.com, a host's role read before a
// word's ending). Read as written are: a
// label a hosting platform gives its tenant (m.weebly.com, the tenant
// "m") or a tenant service its customer (app.syncaccess.net), but on a
// brand's or a reputable site's own domain (app.slack.com, Slack's); a
// host that is itself where anyone publishes
// (userContent, contactHosts, fileDrops); and a host an operator's list
// or a feed names as written (a block entry for m.facebook.com or a URL
// under it). A made-up first label (randomLabel: x7k2p., 3fa9c1e2.; not
// an IPFS upload's content id in front of .ipfs.: cidHost) is
// read away as a front is (a7f3k.NAME as NAME, a7f3k.docs.NAME as
// docs.NAME; classify_randlabel.go); behind a front (m.a7f3k.NAME) it is
// the name's own. Another label
// in front of a name that is no front, or one that
// says what phishing asks for (login.), is read as written, and the link
// model reads it no lower than the name (frontLabelLogits).
func (c *Classifier) readFront(l *linkx.Link, k *knowledge) {
	readWWW(l, k)
	if l.Domain == "" || len(l.Host) <= len(l.Domain)+1 {
		return
	}
	first, after, _ := strings.Cut(l.Host, ".")
	// a content id in front of .ipfs. (bafy….ipfs.4everland.io) is the
	// upload's own name, not a made-up label (cidHost)
	random := !frontLabel(first) && randomLabel(first) && !cidHost(l)
	if !frontLabel(first) && !random {
		return
	}
	if first == "www" {
		// www.m.NAME, not www.NAME
		if second, _, _ := strings.Cut(after, "."); second == "www" || !frontLabel(second) {
			return
		}
	}
	// the name behind the front: the registrable domain, or the
	// tenant's site on a hosting platform or a tenant service
	name := l.Domain
	if site, hosted := hostedSite(l); hosted {
		name = site.Domain
	} else if tenantServices[l.Domain] && !c.reputable(l.Domain) && k.brands.Official(l.Domain, l.Suffix) == nil {
		sub := l.Subdomain()
		name = l.Host[strings.LastIndexByte(sub, '.')+1:]
	}
	if len(l.Host) <= len(name)+1 {
		return
	}
	pre := l.Host[:len(l.Host)-len(name)-1]
	// a www. after the front is the name's own (m.www.com-NAME.com
	// as www.com-NAME.com: a host's role read before a word's ending,
	// brand22)
	rest, dropped := dropLabels(strings.TrimPrefix(pre, "www."), deviceFront)
	if random {
		// the made-up label only: what follows is the name's own
		// (a7f3k.docs.NAME as docs.NAME)
		rest, dropped = strings.TrimPrefix(strings.TrimPrefix(pre, first), "."), true
	}
	if !dropped {
		return
	}
	if namedAsWritten(l, k) {
		return
	}
	cut := len(pre) - len(rest)
	if rest == "" {
		cut++ // and its dot
	}
	l.Host = l.Host[cut:]
	if len(l.Unicode) >= cut {
		l.Unicode = l.Unicode[cut:]
	}
}

// readWWW reads a link whose host begins with www. as the link to the
// host behind it (www.cdn.discordapp.com/attachments/…/Setup.exe as
// cdn.discordapp.com/…, www.forms.gle/CODE as forms.gle/CODE,
// www.NAME.vercel.app as NAME.vercel.app, www.NAME as NAME): anyone may write www. in front
// of a name, and a site answers for it what it answers for the name, or
// nothing. The link model reads www. as nothing, but the findings that
// name hosts (userContent, fileDrops, forms, invites) and the reliefs
// that read a host as written (a reputable site's download) read
// www.cdn.discordapp.com as a host of its own, so an upload on a file
// drop passed as the site's own program, and a hosting platform's
// tenant with www. in front as the platform's server. Read as written
// are: www. before a single label (www.localhost: a loopback name,
// lanEndings) or an ICANN ending (www.co.uk); www. as a tenant's name
// on a platform's ending (www.github.io, www.vercel.app, the bucket
// www.s3.amazonaws.com: a private public suffix, whose tenant is not
// the platform); a www. before a label
// that is a top-level domain's word or begins with one and a hyphen
// (www.org.NAME.eu, www.com-NAME.com: made to be read as www.org and
// www.com, brand22; www.info-zip.org, a server's role, is read so as
// well: serverOf); a host that is itself where
// anyone publishes (userContent, contactHosts, fileDrops name it with
// its www.); and a host an operator's list or a feed names as written.
func readWWW(l *linkx.Link, k *knowledge) {
	const www = "www."
	if !strings.HasPrefix(l.Host, www) || l.IP.IsValid() || strings.IndexByte(l.Host[len(www):], '.') < 0 {
		return
	}
	if l.Domain == l.Host && !l.ICANN {
		// www is a tenant's name on a platform's ending
		// (www.github.io, www.pages.dev, the bucket
		// www.s3.amazonaws.com): a party of its own
		return
	}
	rest := l.Host[len(www):]
	t := linkx.Link{Host: rest, Unicode: strings.TrimPrefix(l.Unicode, www), Domain: l.Domain, Suffix: l.Suffix, ICANN: l.ICANN}
	if l.Domain == "" || len(rest) < len(l.Domain) {
		// www. was the registrable name's first label under an
		// ICANN ending, or the host has no registrable name: the
		// name behind it is read afresh
		p, ok := linkx.Parse("https://" + rest + "/")
		if !ok || p.Domain == "" && p.ICANN {
			return
		}
		t = linkx.Link{Host: p.Host, Unicode: p.Unicode, Domain: p.Domain, Suffix: p.Suffix, ICANN: p.ICANN}
	}
	next, _, _ := strings.Cut(t.Host, ".")
	if word, _, _ := strings.Cut(next, "-"); spoofedTLDs[word] {
		return
	}
	if namedAsWritten(l, k) {
		return
	}
	l.Host, l.Unicode, l.Domain, l.Suffix, l.ICANN = t.Host, t.Unicode, t.Domain, t.Suffix, t.ICANN
}

// namedAsWritten reports a host that is a party of its own as written: a
// user-content, contact or file-drop host, or one the chat's lists or
// the feeds name. readFront and readWWW leave its labels as they are.
func namedAsWritten(l *linkx.Link, k *knowledge) bool {
	if userContent[l.Host] || contactHosts[l.Host] || fileDrops[l.Host] {
		return true
	}
	if _, _, listed := k.lists.lookup(k.chatLists, l); listed {
		return true
	}
	_, listed := k.feeds.Lookup(l)
	return listed
}
