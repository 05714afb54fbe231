package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Labels of plain words stacked in front of an unknown name. The link
// model reads a host's subdomain (its letters, its words, how many labels
// and how long), and it learned from the benign lists, where hosts with
// subdomains are mostly real sites' servers, that each label reads a
// little more like a real site: it reads us.docs.turtledetailing.com 1.67
// logits under docs.turtledetailing.com and 3.97 under the bare name, and
// "verify your account here https://us.docs.<a phishing name>/login"
// passed where the bare name's link was deleted. Anyone who owns a name
// may stack any words in front of it, so labels of plain words (ASCII
// letters only, www aside) in front of an unknown name are read no lower
// than the name alone or with one of those labels in front, whichever
// reads lowest (subLabelLogits): us.docs.NAME as the lower of NAME,
// us.NAME and docs.NAME; in front of a tenant of a hosting platform,
// the tenant's host is the name (us.docs.NAME.github.io). One label
// keeps the model's reading: a real site's docs., wiki. or git. server
// is what the benign lists hold (read with the bare name's logit,
// deb-home20t went from 75 to 96 flagged, en-tech12t from 6 to 10). Labels
// with a digit, a hyphen or a letter not in ASCII (generated and kit
// names' shapes, s3-eu-west, xn--) and a host on a tenant service
// (login.paypal.okta.com, whose tenant is a label) are read as before.

// subLabelLogits returns the lowest reading of a host's registrable name
// (its site's, for a tenant of a hosting platform: model.Site) alone and
// with each one of its subdomain's labels in front, and false when the
// host has fewer than two labels of plain words in front of its name.
func (c *Classifier) subLabelLogits(l *linkx.Link) (host, expert float32, hasExpert, ok bool) {
	site, hosted := model.Site(*l)
	if !hosted && tenantServices[site.Domain] {
		return 0, 0, false, false
	}
	sub := strings.TrimPrefix(site.Subdomain(), "www.")
	if strings.IndexByte(sub, '.') < 0 || !plainLabels(sub) {
		return 0, 0, false, false // one label or none
	}
	first := true
	read := func(name string) bool {
		h, e, has, ok := c.hostNameLogits(name, true)
		if !ok {
			return false
		}
		if first {
			host, expert, hasExpert, first = h, e, has, false
		} else {
			// an expert's reading counts where every form has one
			host, expert, hasExpert = min(host, h), min(expert, e), hasExpert && has
		}
		return true
	}
	if !read(site.Domain) {
		return 0, 0, false, false
	}
	for n := 0; sub != "" && n < 4; n++ {
		label, rest, _ := strings.Cut(sub, ".")
		if label != "www" {
			read(label + "." + site.Domain)
		}
		sub = rest
	}
	return host, expert, hasExpert, true
}

// plainLabels reports whether every dot-separated label of sub is made of
// ASCII letters only.
func plainLabels(sub string) bool {
	n := 0
	for i := 0; i < len(sub); i++ {
		switch b := sub[i]; {
		case b == '.':
			if n == 0 {
				return false
			}
			n = 0
		case b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z':
			n++
		default:
			return false
		}
	}
	return n > 0
}
