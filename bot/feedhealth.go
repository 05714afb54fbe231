package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/immunebot/immune/bot/brand"
)

// FeedHealth is the state of one global list, a remote feed or an
// operator's list file, for status, metrics and health checks.
type FeedHealth struct {
	Name string // the feed's name, or the list file's path
	File bool   // an operator's list file, not a remote feed
	// Entries is how many entries the list in use holds.
	Entries int
	// Refresh is how often a remote feed is downloaded; zero for a file.
	Refresh time.Duration
	// LastSuccess is when the list in use was downloaded (or read) and
	// accepted; zero if it never was.
	LastSuccess time.Time
	// LastAttempt is when it was last downloaded or read, whatever came of it.
	LastAttempt time.Time
	// LastError is why the last attempt failed; empty when it succeeded.
	LastError string
	// Errors counts the failed attempts since the start.
	Errors uint64
}

// StaleAfter is how many refresh intervals a remote feed may go without a
// successful download before it counts as degraded.
const StaleAfter = 3

// Degraded reports a remote feed whose list in use is older than
// StaleAfter refresh intervals, or that never loaded; and a list file that
// could not be read.
func (h *FeedHealth) Degraded(now time.Time) bool {
	if h.File {
		return h.LastError != "" || h.LastSuccess.IsZero()
	}
	return h.LastSuccess.IsZero() || now.Sub(h.LastSuccess) > StaleAfter*h.Refresh
}

// FeedReporter tells how the global lists are doing. The feeds package
// implements it; the engine shows it in status.
type FeedReporter interface {
	// FeedHealth returns the state of every feed and list file, in the
	// order of the configuration.
	FeedHealth() []FeedHealth
}

// feedState is what the engine knows of the global lists.
type feedState struct {
	mu       sync.Mutex // held while lists or brands are swapped
	reporter FeedReporter
	brands   []brand.Brand // the configuration's brands, beside the built-in ones
	names    []string      // the protected names of the feeds in use
}

// SetFeeds swaps in the global lists of feeds and list files. Messages
// being judged finish with the lists they started with. The feeds'
// protected names (MetaMask's fuzzylist) join the brands.
func (e *Engine) SetFeeds(s *FeedSet) {
	e.feedState.mu.Lock()
	defer e.feedState.mu.Unlock()
	if names := s.Names(); !slices.Equal(names, e.feedState.names) {
		e.feedState.names = names
		e.classifier.SetBrands(e.allBrands())
	}
	e.classifier.SetFeeds(s)
}

// SetBrands replaces the brands protected beside the built-in ones (the
// configuration's [[brands]]), for a reload without a restart.
func (e *Engine) SetBrands(extra []brand.Brand) {
	e.feedState.mu.Lock()
	defer e.feedState.mu.Unlock()
	e.feedState.brands = extra
	e.classifier.SetBrands(e.allBrands())
}

// SetFeedReporter makes status tell how the feeds are doing.
func (e *Engine) SetFeedReporter(r FeedReporter) {
	e.feedState.mu.Lock()
	defer e.feedState.mu.Unlock()
	e.feedState.reporter = r
}

// FeedHealth returns the state of every feed and list file; nil without a
// reporter.
func (e *Engine) FeedHealth() []FeedHealth {
	e.feedState.mu.Lock()
	r := e.feedState.reporter
	e.feedState.mu.Unlock()
	if r == nil {
		return nil
	}
	return r.FeedHealth()
}

// allBrands is the built-in brands, the configuration's and the feeds'
// protected names. The caller holds feedState.mu.
func (e *Engine) allBrands() []brand.Brand {
	all := withBuiltinBrands(e.feedState.brands)
	return append(all, namedBrands(e.feedState.names, all)...)
}

// namedBrands turns a feed's protected domains into brands, skipping names
// some brand already protects.
func namedBrands(domains []string, have []brand.Brand) []brand.Brand {
	taken := map[string]bool{}
	for _, b := range have {
		for _, n := range b.Names {
			taken[n] = true
		}
		for _, d := range b.Domains {
			taken[d] = true
		}
	}
	var out []brand.Brand
	for _, d := range domains {
		label, _, _ := strings.Cut(d, ".")
		label = strings.ReplaceAll(label, "-", "")
		if len(label) < 5 || taken[label] || taken[d] || !isLowerAlnum(label) {
			continue // short names match too much; ones with other runes cannot be names
		}
		taken[label] = true
		out = append(out, brand.Brand{Name: d, Domains: []string{d}, Names: []string{label}})
	}
	return out
}

func isLowerAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// globalEntries counts the entries of the global lists.
func (e *Engine) globalEntries() int {
	return e.classifier.Lists().Len("") + e.classifier.Feeds().Len()
}

// maxFeedLines is how many feeds status lists one by one.
const maxFeedLines = 8

// feedLines writes the state of each feed for status. Admins see where
// the operator's list files are and why a load failed; anyone else sees
// the files by number and no errors (they may name the operator's files,
// hosts or a feed's URL with its key).
func (e *Engine) feedLines(l Lang, now time.Time, admin bool) string {
	hs := e.FeedHealth()
	if len(hs) == 0 {
		return ""
	}
	if now.IsZero() {
		now = time.Now()
	}
	var b strings.Builder
	files := 0
	for i := range hs {
		if i == maxFeedLines {
			b.WriteString("\n")
			b.WriteString(say(l, "feeds-more", len(hs)-maxFeedLines))
			break
		}
		h := &hs[i]
		name := h.Name
		if h.File {
			files++
			if !admin {
				name = strconv.Itoa(files)
			}
			name = say(l, "feed-file", name)
		}
		b.WriteString("\n• ")
		switch {
		case h.LastSuccess.IsZero():
			b.WriteString(say(l, "feed-never", name))
		case h.Degraded(now):
			b.WriteString(say(l, "feed-stale", name, count(l, h.Entries), ago(l, now.Sub(h.LastSuccess))))
		default:
			b.WriteString(say(l, "feed-ok", name, count(l, h.Entries), ago(l, now.Sub(h.LastSuccess))))
		}
		if h.LastError != "" && admin {
			b.WriteString(say(l, "feed-error", h.LastError))
		}
	}
	return b.String()
}

// count writes a number with thousands separators: 24,310 in English,
// 24.310 in Vietnamese.
func count(l Lang, n int) string {
	s := strconv.Itoa(n)
	sep := ","
	if l == Vietnamese {
		sep = "."
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	return b.String()
}

// ago writes how long ago something was, roughly, for people.
func ago(l Lang, d time.Duration) string {
	type unit struct {
		d        time.Duration
		one, few string
	}
	units := []unit{{24 * time.Hour, "day", "days"}, {time.Hour, "hour", "hours"}, {time.Minute, "minute", "minutes"}}
	vi := map[string]string{"day": "ngày", "hour": "giờ", "minute": "phút"}
	if d < time.Minute {
		return say(l, "just-now")
	}
	for _, u := range units {
		if d >= u.d {
			n := int(d / u.d)
			if l == Vietnamese {
				return fmt.Sprintf("%d %s trước", n, vi[u.one])
			}
			if n == 1 {
				return "1 " + u.one + " ago"
			}
			return fmt.Sprintf("%d %s ago", n, u.few)
		}
	}
	return say(l, "just-now")
}
