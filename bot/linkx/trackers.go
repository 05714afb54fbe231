package linkx

import "strings"

// trackerParams are query parameters that whoever shares or advertises a
// link adds to count the click, and that say nothing of the site or the
// page: ad click ids, mailing and marketing tools' ids, share tokens.
// Names are lower case; every utm_* parameter is one too (trackerParam).
// Generic short names that mean something on many sites (ref, source,
// s, t, id) are not here: they are dropped per host (hostTrackers) or
// by their value (feature, si).
var trackerParams = map[string]bool{
	// ad networks' click ids
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "ysclid": true, "twclid": true, "ttclid": true,
	"li_fat_id": true, "epik": true, "srsltid": true, "_gl": true,
	// mailing and marketing tools
	"mc_cid": true, "mc_eid": true, "_hsenc": true, "_hsmi": true, "__hssc": true, "__hstc": true,
	"__hsfp": true, "hsctatracking": true, "mkt_tok": true, "vero_id": true, "vero_conv": true,
	"oly_anon_id": true, "oly_enc_id": true, "_openstat": true, "wickedid": true, "rb_clickid": true,
	// share tokens and embeds' referrers
	"igshid": true, "igsh": true, "ref_src": true, "ref_url": true, "share_id": true, "spm": true,
}

// hostTrackers are generic parameter names that are a share's tracking
// only on the hosts named: x.com's ?s=20&t=… says which app shared the
// post and a token for the sharer.
var hostTrackers = map[string]map[string]bool{
	"x.com":       {"s": true, "t": true},
	"twitter.com": {"s": true, "t": true},
}

// shareFeatures are values of YouTube's feature parameter that say how a
// link was shared ("feature=share", "feature=youtu.be"), not what it shows.
var shareFeatures = map[string]bool{"share": true, "shared": true, "youtu.be": true}

// trackerParam reports whether key=value, a parameter of a link to host
// (a registrable domain or host), is only a share's or an ad's tracking.
func trackerParam(key, value, domain string) bool {
	k := strings.ToLower(key)
	switch {
	case strings.HasPrefix(k, "utm_"), trackerParams[k]:
		return true
	case k == "si":
		// YouTube's and Spotify's share token: a random word of letters,
		// digits, - and _ (?si=Xk3Lm9PqR2sT8vWz); a word of the site's
		// own (?si=en, ?si=login) is not one.
		return shareToken(value)
	case k == "feature":
		return shareFeatures[strings.ToLower(value)]
	}
	return hostTrackers[domain][k]
}

// shareToken reports whether v looks like a random share token: 8 to 40
// letters, digits, '-' or '_', with both a digit or upper-case letter
// and a lower-case letter (no word, no number).
func shareToken(v string) bool {
	if len(v) < 8 || len(v) > 40 {
		return false
	}
	lower, other := false, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			other = true
		case c == '-' || c == '_':
		default:
			return false
		}
	}
	return lower && other
}

// DropTrackers removes from l.Query the parameters that whoever shares a
// link adds to track the click and that say nothing of where it leads
// (utm_*, fbclid, gclid, a share token …; trackerParam), so that a link
// is judged the same with them as without. The other parameters keep
// their order. Raw keeps the link as written, for showing it. It reports
// whether any parameter was removed.
func DropTrackers(l *Link) bool {
	q := l.Query
	if q == "" {
		return false
	}
	domain := l.Domain
	if domain == "" {
		domain = l.Host
	}
	if strings.IndexByte(q, '=') < 0 || !hasTracker(q, domain) {
		// most queries hold none: judged as written, with no copy made
		return false
	}
	var b strings.Builder
	b.Grow(len(q))
	for part := range strings.SplitSeq(q, "&") {
		if key, value, _ := strings.Cut(part, "="); key != "" && trackerParam(key, value, domain) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(part)
	}
	l.Query = b.String()
	return true
}

// hasTracker reports whether a query holds a tracker parameter.
func hasTracker(q, domain string) bool {
	for part := range strings.SplitSeq(q, "&") {
		if key, value, _ := strings.Cut(part, "="); key != "" && trackerParam(key, value, domain) {
			return true
		}
	}
	return false
}
