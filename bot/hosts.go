package bot

import (
	"fmt"
	"hash/maphash"
	"strings"
	"sync"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"golang.org/x/net/publicsuffix"
)

// hostInfo is what the classifier concludes about a host name alone. It
// depends on nothing but the host, so it is cached.
type hostInfo struct {
	brands   *brand.Matcher // the brands it was judged against
	trusted  bool           // official, reputable or not on the public internet
	official *brand.Brand   // the brand that owns the domain, if any
	reasons  []Reason       // findings about the name
	words    []string       // lure words the registrable label is built from
}

// analyse judges a host name against the brands of bm.
func (c *Classifier) analyse(bm *brand.Matcher, l *linkx.Link) *hostInfo {
	info := &hostInfo{brands: bm}
	if l.IP.IsValid() {
		return info
	}
	if l.Domain == "" {
		// localhost, an intranet name, or a bare public suffix
		info.trusted = true
		return info
	}
	if b := bm.Official(l.Domain, l.Suffix); b != nil {
		info.trusted, info.official = true, b
		return info
	}
	if reputable[l.Domain] || reputable[l.Suffix] || reputableSuffixes[l.Suffix] || infrastructure[l.Domain] {
		info.trusted = true
		return info
	}
	// The domain as registered: under a private suffix (map.fastly.net,
	// blob.core.windows.net) it is the suffix's operator's.
	registered := l.Domain
	if !l.ICANN {
		registered = icannDomain(l.Host)
		if infrastructure[registered] {
			info.trusted = true
			return info
		}
	}
	shown := linkx.Defang(l.Unicode)
	if ipLoggers[l.Domain] || ipLoggers[l.Host] {
		info.reasons = append(info.reasons, Reason{Code: CodeIPLogger, Weight: wIPLogger, Subject: shown,
			Detail: fmt.Sprintf("%s is an IP logger: it records the address of everyone who clicks", shown)})
		return info
	}
	if shorteners[l.Domain] || shorteners[l.Host] {
		info.reasons = append(info.reasons, Reason{Code: CodeShortener, Weight: wShortener, Subject: shown,
			Detail: fmt.Sprintf("%s is a link shortener: where the link really goes is hidden", shown)})
		return info
	}
	homoglyph := false
	if m, ok := bm.Match(l.Host, l.Unicode, l.Suffix); ok {
		r := Reason{Subject: shown, Imitates: m.Imitates}
		switch m.Kind {
		case brand.DomainInHost:
			r.Code, r.Weight = CodeBrandInDomain, wDomainInHost
			r.Detail = fmt.Sprintf("%s only starts like %s; it belongs to %s", shown, m.Imitates, linkx.Defang(l.Domain))
		case brand.Homoglyph:
			homoglyph = true
			r.Code, r.Weight = CodeHomoglyph, wHomoglyph
			r.Detail = fmt.Sprintf("%s imitates %s (%s) with look-alike characters", shown, m.Imitates, m.Brand.Name)
		case brand.Lookalike:
			r.Code, r.Weight = CodeLookalike, wLookalike
			r.Detail = fmt.Sprintf("%s imitates %s (%s)", shown, m.Imitates, m.Brand.Name)
		case brand.NameInDomain:
			r.Code, r.Weight = CodeBrandInDomain, wNameInDomain
			r.Detail = fmt.Sprintf("%s uses the name %s but is not %s", shown, m.Brand.Name, m.Imitates)
			if registered != l.Domain && bm.Official(registered, "") == m.Brand {
				// the brand's name on the brand's own hosting platform:
				// plausible, so weaker
				r.Weight = wNameInSubdomain
			}
		case brand.NameInSubdomain:
			r.Code, r.Weight = CodeBrandInDomain, wNameInSubdomain
			r.Detail = fmt.Sprintf("%s puts the name %s in front of %s, which %s does not own", shown, m.Brand.Name, linkx.Defang(l.Domain), m.Brand.Name)
		}
		info.reasons = append(info.reasons, r)
	}
	if !homoglyph {
		for _, label := range strings.Split(l.Unicode, ".") {
			if brand.MixedScript(label) {
				info.reasons = append(info.reasons, Reason{Code: CodeMixedScript, Weight: wMixedScript, Subject: shown,
					Detail: fmt.Sprintf("%s mixes letters of different alphabets in one name, a trick to imitate another site", shown)})
				break
			}
		}
	}
	tld := l.Suffix
	w, ok := abusedTLDs[tld]
	if !ok {
		tld = tld[strings.LastIndexByte(tld, '.')+1:]
		w, ok = abusedTLDs[tld]
	}
	if ok && w > 0 {
		info.reasons = append(info.reasons, Reason{Code: CodeSuspiciousTLD, Weight: w, Subject: shown,
			Detail: fmt.Sprintf(".%s names are cheap or free and widely used for scams", tld)})
	}
	info.words = lureWords(l.Label())
	if n := len(info.words); n > 0 {
		w := 0.3
		switch {
		case n >= 3:
			w = 0.5
		case n == 2:
			w = 0.4
		}
		info.reasons = append(info.reasons, Reason{Code: CodeDomainWords, Weight: w, Subject: shown,
			Detail: fmt.Sprintf("%s is built from words phishing sites use: %s", shown, strings.Join(info.words, ", "))})
	}
	return info
}

// infrastructure are content-delivery and traffic-steering domains whose
// customers name subdomains after their own hosts
// (www.linkedin.com.cdn.cloudflare.net): trusted as they stand.
var infrastructure = setOf("fastly.net", "cloudflare.net", "akadns.net", "akamaiedge.net", "akamai.net", "edgekey.net",
	"edgesuite.net", "msedge.net", "spo-msedge.net", "b-msedge.net", "s-msedge.net", "l-msedge.net", "trafficmanager.net", "llnwd.net", "footprint.net", "cdn77.org",
	"edgecastcdn.net", "akamaized.net", "akamaihd.net", "azurefd.net")

// icannDomain returns the registrable domain of host under its ICANN
// suffix, ignoring private suffixes: fastly.net for apple.map.fastly.net.
func icannDomain(host string) string {
	labels := strings.Split(host, ".")
	for i := 1; i < len(labels); i++ {
		s := strings.Join(labels[i:], ".")
		if ps, icann := publicsuffix.PublicSuffix(s); icann && ps == s {
			return strings.Join(labels[i-1:], ".")
		}
	}
	return host
}

// reputableSuffixes are public suffixes only institutions can register under.
var reputableSuffixes = setOf("gov", "edu", "mil", "int", "gov.vn", "edu.vn", "ac.vn", "org.vn", "gov.uk", "ac.uk", "edu.au", "gov.au")

// lureWords returns the domain words the label is built from.
func lureWords(label string) []string {
	var found []string
	addWord := func(w string) {
		for _, f := range found {
			if f == w || strings.Contains(f, w) {
				return
			}
		}
		found = append(found, w)
	}
	for _, part := range strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' }) {
		if _, ok := domainWords[part]; ok {
			addWord(part)
		}
	}
	joined := strings.ReplaceAll(label, "-", "")
	skel := brand.Skeleton(joined) // nltro-gifts is nitro-gifts
	for w, inside := range domainWords {
		if inside && len(joined) > len(w) && (strings.Contains(joined, w) || strings.Contains(skel, wordSkeletons[w])) {
			addWord(w)
		}
	}
	return found
}

// wordSkeletons are the skeletons of the domain words.
var wordSkeletons = func() map[string]string {
	m := make(map[string]string, len(domainWords))
	for w := range domainWords {
		m[w] = brand.Skeleton(w)
	}
	return m
}()

// hostCache keeps hostInfo per host. It is sharded to keep lock contention
// low and bounded: a full shard is emptied and refilled.
type hostCache struct {
	seed   maphash.Seed
	shards [16]hostShard
}

type hostShard struct {
	mu sync.RWMutex
	m  map[string]*hostInfo
}

const hostShardMax = 4096

func (h *hostCache) init() {
	h.seed = maphash.MakeSeed()
	for i := range h.shards {
		h.shards[i].m = make(map[string]*hostInfo)
	}
}

// get returns what is known of a host under the brands of bm; an answer
// reached under other brands (before a reload) is worked out again.
func (h *hostCache) get(c *Classifier, bm *brand.Matcher, l *linkx.Link) *hostInfo {
	s := &h.shards[maphash.String(h.seed, l.Host)%uint64(len(h.shards))]
	s.mu.RLock()
	info := s.m[l.Host]
	s.mu.RUnlock()
	if info != nil && info.brands == bm {
		return info
	}
	info = c.analyse(bm, l)
	s.mu.Lock()
	if len(s.m) >= hostShardMax {
		clear(s.m)
	}
	s.m[l.Host] = info
	s.mu.Unlock()
	return info
}
