package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// bloggerTwin returns a link to a blog on one of Blogger's country
// endings (NAME.blogspot.fr, NAME.blogspot.com.au, www.NAME.blogspot.de)
// written on blogspot.com, with its scheme, path and query: Blogger
// serves every blog under each country ending as the same blog it serves
// on blogspot.com, but the public suffix list and the link model know
// only blogspot.com as the platform (a private suffix; model.Site). On a
// country ending the blog's name was read as the name of a site of its
// own under blogspot.fr and the platform's name as its registered name:
// http://ludovicrousseau.blogspot.fr/ scored 5.3 and was deleted where
// its blogspot.com twin passes, and the name's lure words went unread
// (its label was "blogspot"). judgeLink judges the twin, at run time
// only: the model and the combiner were fitted on the links as written.
// Nil for any other link, without allocating.
func (c *Classifier) bloggerTwin(l *linkx.Link) *linkx.Link {
	if c.training || !l.ICANN || l.UserInfo != "" || !strings.Contains(l.Host, ".blogspot.") {
		return nil
	}
	name := bloggerName(l)
	if name == "" || strings.IndexByte(name, '.') >= 0 {
		return nil
	}
	s := name + ".blogspot.com"
	if l.Port != "" {
		s += ":" + l.Port
	}
	s += l.Path
	if l.Query != "" {
		s += "?" + l.Query
	}
	if l.Scheme != "" {
		s = l.Scheme + "://" + s
	}
	tw, ok := linkx.Parse(s)
	if !ok || tw.Domain != name+".blogspot.com" {
		return nil
	}
	tw.Bare, tw.Disguised, tw.Defanged, tw.Hidden, tw.Carried, tw.Visible = l.Bare, l.Disguised, l.Defanged, l.Hidden, l.Carried, l.Visible
	return &tw
}
