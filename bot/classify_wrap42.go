package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// A plain-HTTP link written behind a redirector (wrap42). Google's
// /url?q=, Facebook's l.php?u=, VK's away.php?to=, Outlook's Safe Links
// and YouTube's redirect carry the link that was shared: a chat pastes
// them as they came out of a search result, a mail or a feed. Unwrap
// judges the link where it leads but keeps Raw, the text as written,
// and the readings that judge a plain-HTTP link as its HTTPS twin
// (httpBuildTwin, httpInstallTwin) read the scheme from Raw: behind a
// wrapper the twin was never read, so the official build allowed
// written out was deleted behind Google's /url?q=.

// plainHTTPWritten reports a link whose scheme was written http:// (in
// any case: Http://), as a twin reading asks: a link written out whose
// Raw starts so, or one behind a wrapper that carries a whole link
// (not a proxy that carries only a host and path, whose scheme no one
// wrote, nor a site's own parameter, QueryURL). The wrapped link's
// destination is read again in httpTwinRaw.
func plainHTTPWritten(l *linkx.Link) bool {
	if l.Via == linkx.NoWrapper {
		return len(l.Raw) >= len("http://") && strings.EqualFold(l.Raw[:len("http://")], "http://")
	}
	return l.Scheme == "http" && l.Via != linkx.QueryURL && !l.Via.Proxy()
}

// httpTwinRaw returns the text an HTTPS twin of a plain-HTTP link is
// kept under: the link as written with https for http, or, behind a
// wrapper, its destination so (the host's memo keeps the twin's signals
// under the destination's HTTPS form, never under the wrapper's text
// that the link's own judgement keeps its signals under). It reports
// false for a link plainHTTPWritten does not report and for a wrapped
// link whose destination, read again from Raw, is not written http://.
// A wrapped link's destination is read only here, for a link every
// other condition of a twin has passed.
func httpTwinRaw(l *linkx.Link) (string, bool) {
	if !plainHTTPWritten(l) {
		return "", false
	}
	if l.Via == linkx.NoWrapper {
		return "https" + l.Raw[len("http"):], true
	}
	w, ok := linkx.Parse(l.Raw)
	if !ok {
		return "", false
	}
	dest, _, ok := linkx.Destination(&w)
	if !ok || len(dest) < len("http://") || !strings.EqualFold(dest[:len("http://")], "http://") {
		return "", false
	}
	return "https" + dest[len("http"):], true
}

// httpsTwin returns a plain-HTTP link's HTTPS twin, kept under
// httpTwinRaw's text, for a reading (httpBuildTwin, httpInstallTwin)
// whose every other condition has passed; nil where httpTwinRaw reports
// false. It allocates the twin.
func httpsTwin(l *linkx.Link) *linkx.Link {
	raw, ok := httpTwinRaw(l)
	if !ok {
		return nil
	}
	tw := new(linkx.Link)
	*tw = *l
	tw.Scheme = "https"
	tw.Raw = raw
	return tw
}
