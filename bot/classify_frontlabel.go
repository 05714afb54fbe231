package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// A site's front for a device or an app in front of a name. Sites serve
// their phone and app fronts under a label that says only that
// (m.facebook.com, mobile.twitter.com, app.slack.com, amp., touch.,
// wap.), and anyone who owns a name may write one in front of it. The link model reads a subdomain's letters and how many labels
// a host has, and it learned from the benign lists, where hosts with a
// subdomain are mostly real sites' servers, that one reads a little more
// like a real site: a scam's m.NAME read 1.6 logits under NAME (the
// median of the tuning sets' scam links that fell a level), and about a
// seventh of the blind sets' flagged scams were let through when their
// first link was written so. The model reads www. as nothing already;
// the other front labels are read no lower than the name without them
// (frontLabelLogits): m.NAME at least as NAME, m.docs.NAME at least as
// docs.NAME. A label in front of a tenant of a hosting platform is read
// so too (m.NAME.weebly.com as NAME.weebly.com); the label that is a
// tenant's own name is not a front (app.github.io is the tenant "app").
// A label that says what phishing asks for (login., secure., account.:
// askLabel) says nothing for the name either, and the link model reads it
// so too (login.NAME at least as NAME).

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
// www. (which the model reads as nothing).
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

// readFront reads a link to a front for a device or an app of a brand's
// or a reputable site's own domain as the link to the host behind it
// (m.t.me/+CODE as t.me/+CODE, m.docs.google.com/forms/… as
// docs.google.com/forms/…, mobile.twitter.com as twitter.com): the site's
// front serves what the site serves, and the findings that read where a
// site lets anyone publish (userContent, contactHosts, fileDrops,
// invites, forms) name its hosts without one. Raw keeps the link as
// written. A leading www., a host that is itself one of those
// (web.facebook.com) and a host an operator's list or a feed names as
// written (a block entry for m.facebook.com or a URL under it) are read
// as written; so is every other name, whose front the link model reads
// no lower than the name (frontLabelLogits).
func (c *Classifier) readFront(l *linkx.Link, k *knowledge) {
	if l.Domain == "" || len(l.Host) <= len(l.Domain)+1 {
		return
	}
	if first, _, _ := strings.Cut(l.Host, "."); first == "www" || !frontLabel(first) {
		return
	}
	if !c.reputable(l.Domain) && k.brands.Official(l.Domain, l.Suffix) == nil {
		return
	}
	if userContent[l.Host] || contactHosts[l.Host] || fileDrops[l.Host] {
		return
	}
	if _, _, listed := k.lists.lookup(k.chatLists, l); listed {
		return
	}
	if _, listed := k.feeds.Lookup(l); listed {
		return
	}
	rest, _ := dropFrontLabels(l.Subdomain())
	cut := len(l.Host) - len(l.Domain)
	if rest != "" {
		cut -= len(rest) + 1
	}
	l.Host = l.Host[cut:]
	if len(l.Unicode) >= cut {
		l.Unicode = l.Unicode[cut:]
	}
}
