package bot

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// The weights of the signals: how strongly each alone points at a threat.
// Independent signals combine as 1 - Π(1-w) (see Combine); a message is
// warned about at DefaultThresholds.Warn and deleted at .Delete.
const (
	wBlocklisted     = 0.99
	wDomainInHost    = 0.88
	wHomoglyph       = 0.9
	wLookalike       = 0.82
	wNameInDomain    = 0.55
	wNameInSubdomain = 0.35
	wMixedScript     = 0.6
	wUserinfo        = 0.6
	wUserinfoDomain  = 0.9
	wMasked          = 0.7
	wMaskedBrand     = 0.88
	wRawIP           = 0.45
	wIPLogger        = 0.85
	wShortener       = 0.25
	wDisguised       = 0.35
	wHidden          = 0.7
	wDoubleExt       = 0.95
	wRTL             = 0.95
	wNewMember       = 0.35 // joined within NewMemberWindow
	wRecentMember    = 0.15 // joined within a day
	wMassMention     = 0.35
	wEditAddedLink   = 0.3
	wFirstLink       = 0.1  // an established member's first link: counts for a little
	wLureEcho        = 0.55 // the domain is built from the words of the lure beside it
	wTooMany         = 0.5  // more links or files than are judged: what was not read is not vouched for
)

// The most links and files of one message that are judged, so that the work
// per message stays bounded whatever it carries. No chat platform lets one
// message carry more (a Telegram text of 4,096 characters holds at most
// about 800 links; a Discord message at most 10 files); past them the
// verdict says how much was left unread (CodeTooManyLinks).
const (
	MaxLinks       = 1000
	MaxAttachments = 100
)

// fileWeight is how dangerous a file of each kind is, as an attachment or at
// the end of a link's path.
var fileWeight = map[filetype.Kind]float64{
	filetype.Page:       0.35,
	filetype.Android:    0.55,
	filetype.DiskImage:  0.65,
	filetype.MacroDoc:   0.7,
	filetype.Shortcut:   0.85,
	filetype.Script:     0.82,
	filetype.Installer:  0.82,
	filetype.Executable: 0.85,
}

// softScripts are script extensions developers share as source code: a
// lesser weight, so that they warn rather than delete.
var softScripts = map[string]float64{"js": 0.6, "jar": 0.6, "reg": 0.6}

var fileWhat = map[filetype.Kind]string{
	filetype.Archive:    "an archive",
	filetype.Page:       "a web page carried as a file (a common way to deliver a fake login form)",
	filetype.Android:    "an Android app installed from outside the store",
	filetype.DiskImage:  "a disk image, a common wrapper for malware",
	filetype.MacroDoc:   "a document that can run macros",
	filetype.Shortcut:   "a shortcut that runs something else",
	filetype.Script:     "a script that runs on the computer",
	filetype.Installer:  "an installer",
	filetype.Executable: "a Windows program",
}

// ClassifierConfig configures a Classifier.
type ClassifierConfig struct {
	Brands     []brand.Brand // protected brands; nil means brand.Builtin
	Thresholds Thresholds    // zero means DefaultThresholds
	// NewMemberWindow is how recently a member must have joined for a link
	// of theirs to count as a newcomer's. Zero means 10 minutes.
	NewMemberWindow time.Duration
}

// Classifier judges one message on its own, without memory: the links and
// files in it and the words around them. It is safe for concurrent use; the
// lists can be swapped while it runs.
type Classifier struct {
	brands     atomic.Pointer[brand.Matcher]
	thresholds Thresholds
	newMember  time.Duration
	lists      atomic.Pointer[ListSet]
	feeds      atomic.Pointer[FeedSet]
	hosts      hostCache
}

// NewClassifier builds a classifier.
func NewClassifier(cfg ClassifierConfig) *Classifier {
	if cfg.Brands == nil {
		cfg.Brands = brand.Builtin
	}
	if cfg.Thresholds == (Thresholds{}) {
		cfg.Thresholds = DefaultThresholds
	}
	if cfg.NewMemberWindow == 0 {
		cfg.NewMemberWindow = 10 * time.Minute
	}
	c := &Classifier{thresholds: cfg.Thresholds, newMember: cfg.NewMemberWindow}
	c.brands.Store(brand.New(cfg.Brands))
	c.lists.Store(NewListSet(nil))
	c.hosts.init()
	return c
}

// SetLists replaces the allow and block lists.
func (c *Classifier) SetLists(s *ListSet) { c.lists.Store(s) }

// Lists returns the current allow and block lists.
func (c *Classifier) Lists() *ListSet { return c.lists.Load() }

// SetFeeds replaces the global lists of feeds and list files. Messages
// being judged finish with the set they started with.
func (c *Classifier) SetFeeds(s *FeedSet) { c.feeds.Store(s) }

// Feeds returns the global lists of feeds and list files; nil when none
// were set.
func (c *Classifier) Feeds() *FeedSet { return c.feeds.Load() }

// SetBrands replaces the protected brands (nil means brand.Builtin).
// What was concluded about hosts under the old brands is forgotten.
func (c *Classifier) SetBrands(brands []brand.Brand) {
	if brands == nil {
		brands = brand.Builtin
	}
	c.brands.Store(brand.New(brands))
}

// Thresholds returns the score cut-offs in use.
func (c *Classifier) Thresholds() Thresholds { return c.thresholds }

// Hints carry what the engine knows about a message beyond the message.
type Hints struct {
	// EditAddedLink: this edit carries a link its earlier version did not.
	EditAddedLink bool
}

// Judgement is the classifier's finding about one message.
type Judgement struct {
	Verdict Verdict
	// Links are the links found, in and beside the text.
	Links []linkx.Link
	// Suspect lists the indexes of Links that are not allow-listed, official
	// or reputable: the ones that count for fan-out.
	Suspect []int
	// Risky reports a suspect link or an attachment that is not plainly
	// harmless.
	Risky bool
	// TextKey identifies the words around the links of a risky message
	// (folded, links left out), when there are enough of them: the same
	// text carrying rotating links has the same key. Empty otherwise.
	TextKey string
}

// Classify judges a message.
func (c *Classifier) Classify(m *Message, h Hints) Judgement {
	var j Judgement
	if len(m.Attachments) == 0 && len(m.Links) == 0 && !mayHoldLink(m.Text) {
		return j
	}
	var more bool
	j.Links, more = linkx.ExtractMax(m.Text, nil, MaxLinks)
	for _, ref := range m.Links {
		if len(j.Links) >= MaxLinks {
			more = true
			break
		}
		l, ok := linkx.Parse(ref.URL)
		if !ok {
			continue
		}
		l.Carried, l.Visible = true, ref.Text
		j.Links = append(j.Links, l)
	}
	if len(j.Links) == 0 && len(m.Attachments) == 0 {
		j.Links = nil
		return j
	}
	var rs reasons
	k := knowledge{lists: c.lists.Load(), feeds: c.feeds.Load(), brands: c.brands.Load()}
	scope := m.Scope().String()
	for i := range j.Links {
		if c.judgeLink(&rs, &j.Links[i], &k, scope) {
			j.Suspect = append(j.Suspect, i)
		}
	}
	j.Risky = len(j.Suspect) > 0
	for _, a := range JudgedFiles(m.Attachments) {
		if c.judgeFile(&rs, a) {
			j.Risky = true
		}
	}
	if more || len(m.Attachments) > MaxAttachments {
		rs.add(tooMany(more, len(m.Attachments)))
		j.Risky = true
	}
	if j.Risky {
		c.judgeContext(&rs, m, h, &j)
	}
	j.Verdict = Combine(rs.list, c.thresholds)
	return j
}

// JudgedFiles returns the attachments of a message that are judged: the first
// MaxAttachments.
func JudgedFiles(files []Attachment) []Attachment {
	return files[:min(len(files), MaxAttachments)]
}

// tooMany states what was left unjudged of a message that carries more
// than MaxLinks links (more) or MaxAttachments files.
func tooMany(more bool, files int) Reason {
	var what []string
	if more {
		what = append(what, fmt.Sprintf("more than %d links; only the first %d were checked", MaxLinks, MaxLinks))
	}
	if files > MaxAttachments {
		what = append(what, fmt.Sprintf("%d files; only the first %d were checked", files, MaxAttachments))
	}
	return Reason{Code: CodeTooManyLinks, Weight: wTooMany,
		Detail: "the message carries " + strings.Join(what, ", and ")}
}

// mayHoldLink is the cheap test that lets plain chat through without work:
// a link needs a dot (or a full-width one), "://" or the word "dot".
func mayHoldLink(s string) bool {
	if strings.IndexByte(s, '.') >= 0 || strings.Contains(s, "://") {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case 0xEF, 0xE3, 0xE2: // U+FF0E, U+3002, U+FF61, U+2024, U+FE52
			return true
		case 'd', 'D':
			if i+2 < len(s) && s[i+1]|0x20 == 'o' && s[i+2]|0x20 == 't' {
				return true
			}
		}
	}
	return false
}

// reasons collects findings, one per code: the strongest wins.
type reasons struct{ list []Reason }

func (rs *reasons) add(r Reason) {
	for i := range rs.list {
		if rs.list[i].Code == r.Code {
			if r.Weight > rs.list[i].Weight {
				rs.list[i] = r
			}
			return
		}
	}
	rs.list = append(rs.list, r)
}

// knowledge is what one message is judged against, loaded once so that a
// list or brand change mid-message is not half seen.
type knowledge struct {
	lists  *ListSet
	feeds  *FeedSet
	brands *brand.Matcher
}

// judgeLink adds the findings about one link and reports whether the link
// is suspect (not allow-listed, official or reputable).
func (c *Classifier) judgeLink(rs *reasons, l *linkx.Link, k *knowledge, scope string) bool {
	// The defanged host is written only for a finding: most links have none.
	var shownCache string
	shown := func() string {
		if shownCache == "" {
			shownCache = linkx.Defang(l.Unicode)
		}
		return shownCache
	}
	if kind, entry, ok := k.lists.Lookup(scope, l); ok {
		if kind == AllowList {
			return false
		}
		rs.add(Reason{Code: CodeBlocklisted, Weight: wBlocklisted, Subject: shown(),
			Detail: fmt.Sprintf("%s is on the block list (%s)", shown(), linkx.Defang(entry))})
		return true
	}
	if hit, ok := k.feeds.Lookup(l); ok && !c.feedMistake(hit, l, k.brands) {
		if hit.Kind == AllowList {
			return false
		}
		entry := hit.Domain
		if entry == "" {
			entry = urlKey(l)
		}
		r := Reason{Code: CodeBlocklisted, Weight: wBlocklisted, Subject: shown(), Source: hit.Source,
			Detail: fmt.Sprintf("%s is on the block list (%s)", shown(), linkx.Defang(entry))}
		if hit.Source != "" {
			r.Detail = fmt.Sprintf("%s is listed by %s (%s)", shown(), hit.Source, linkx.Defang(entry))
		}
		rs.add(r)
		return true
	}
	if l.IP.IsValid() {
		if !publicIP(l) {
			return false
		}
		rs.add(Reason{Code: CodeRawIP, Weight: wRawIP, Subject: shown(),
			Detail: fmt.Sprintf("the link goes to a bare IP address (%s), not a named site", shown())})
	}
	info := c.hosts.get(c, k.brands, l)
	suspect := !info.trusted
	if l.UserInfo != "" && (l.Scheme == "http" || l.Scheme == "https") {
		c.judgeUserinfo(rs, l, shown())
		suspect = true
	}
	if l.Carried && l.Visible != "" {
		if c.judgeMasked(rs, l, shown(), info, k.brands) {
			suspect = true
		}
	}
	if f := l.File(); f != "" {
		if fd := filetype.Check(f, ""); fd.Dangerous() {
			w := weightOf(fd)
			if info.trusted {
				w = min(w, 0.55) // a download from an official site: say so, don't delete
			}
			rs.add(Reason{Code: CodeDangerousFile, Weight: w, Subject: f, File: fd.Kind.String(),
				Detail: fmt.Sprintf("the link downloads %s, %s", f, fileWhat[fd.Kind])})
			suspect = true
		}
	}
	if info.trusted {
		return suspect
	}
	if l.Hidden {
		rs.add(Reason{Code: CodeHiddenChars, Weight: wHidden, Subject: shown(),
			Detail: fmt.Sprintf("invisible characters are hidden inside the link to %s", shown())})
	} else if l.Disguised {
		rs.add(Reason{Code: CodeDisguised, Weight: wDisguised, Subject: shown(),
			Detail: fmt.Sprintf("the link to %s is written broken up (hxxp, [.], (dot), spaced dots) to slip past filters", shown())})
	}
	for _, r := range info.reasons {
		rs.add(r)
	}
	return true
}

func (c *Classifier) judgeUserinfo(rs *reasons, l *linkx.Link, shown string) {
	user := l.UserInfo
	if i := strings.IndexByte(user, ':'); i >= 0 {
		user = user[:i]
	}
	r := Reason{Code: CodeUserinfo, Weight: wUserinfo, Subject: shown,
		Detail: fmt.Sprintf("the link hides its real destination %s behind text with an @", shown)}
	if u, ok := linkx.Parse(user); ok && u.Domain != "" {
		r.Weight = wUserinfoDomain
		r.Imitates = u.Domain
		r.Detail = fmt.Sprintf("the link shows %s but goes to %s (everything before the @ is ignored)", u.Domain, shown)
	}
	rs.add(r)
}

// judgeMasked compares the text a carried link shows with where it goes.
func (c *Classifier) judgeMasked(rs *reasons, l *linkx.Link, shown string, info *hostInfo, brands *brand.Matcher) bool {
	v, ok := linkx.ExtractOne(l.Visible)
	if !ok || v.Host == "" {
		return false
	}
	same := v.Domain != "" && v.Domain == l.Domain || v.Domain == "" && v.Host == l.Host
	if same {
		return false
	}
	vb := brands.Official(v.Domain, v.Suffix)
	if vb != nil && vb == info.official {
		return false // discord.com shown, discord.gg target
	}
	r := Reason{Code: CodeMaskedLink, Weight: wMasked, Subject: shown,
		Detail: fmt.Sprintf("the link text shows %s but it goes to %s", linkx.Defang(v.Unicode), shown)}
	if vb != nil {
		r.Weight = wMaskedBrand
		r.Imitates = v.Domain
	}
	rs.add(r)
	return true
}

// judgeFile adds the findings about one attachment and reports whether it
// is risky enough for lure words beside it to count.
func (c *Classifier) judgeFile(rs *reasons, a Attachment) bool {
	f := filetype.Check(a.Name, a.MIME)
	name := strings.Map(visibleRune, a.Name)
	switch {
	case f.RTL:
		rs.add(Reason{Code: CodeRTLOverride, Weight: wRTL, Subject: name, File: f.Kind.String(), Decoy: f.DecoyKind,
			Detail: fmt.Sprintf("the file name %q uses a right-to-left override to hide that it is %s (.%s)", name, fileWhat[f.Kind], f.Ext)})
	case f.Decoy != "":
		rs.add(Reason{Code: CodeDoubleExtension, Weight: wDoubleExt, Subject: name, File: f.Kind.String(), Decoy: f.DecoyKind,
			Detail: fmt.Sprintf("%s is %s disguised as a %s", name, fileWhat[f.Kind], f.DecoyKind)})
	case f.MIMEMismatch:
		rs.add(Reason{Code: CodeDoubleExtension, Weight: wDoubleExt, Subject: name, File: f.Kind.String(), Decoy: f.DecoyKind,
			Detail: fmt.Sprintf("%s is sent as %s but named like something else", name, fileWhat[f.Kind])})
	}
	if f.Kind >= filetype.Page {
		rs.add(Reason{Code: CodeDangerousFile, Weight: weightOf(f), Subject: name, File: f.Kind.String(),
			Detail: fmt.Sprintf("%s is %s", name, fileWhat[f.Kind])})
	}
	return f.Kind != filetype.Harmless || f.Dangerous()
}

func weightOf(f filetype.Finding) float64 {
	if w, ok := softScripts[f.Ext]; ok && f.Kind == filetype.Script {
		return w
	}
	return fileWeight[f.Kind]
}

// visibleRune drops direction controls from a name before it is shown.
func visibleRune(r rune) rune {
	if r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069' || r == '\u200E' || r == '\u200F' {
		return -1
	}
	return r
}

// judgeContext adds what the words and the sender say, for a message that
// carries something risky.
func (c *Classifier) judgeContext(rs *reasons, m *Message, h Hints, j *Judgement) {
	var stack [512]byte
	folded := lure.Fold(withoutLinks(m.Text, j.Links), stack[:0])
	if len(folded) >= 12 {
		h := fnv.New64a()
		h.Write(folded)
		j.TextKey = strconv.FormatUint(h.Sum64(), 36)
	}
	found := lure.FindFolded(folded)
	keep := 1.0
	var what []string
	for cat, hit := range found {
		if hit.Weight == 0 {
			continue
		}
		keep *= 1 - hit.Weight
		if hit.Weight >= lure.Strong {
			what = append(what, fmt.Sprintf("%s (%q)", lureNames[cat], hit.Phrase))
		}
	}
	if w := min(1-keep, lure.Cap); w > 0 && len(what) > 0 {
		rs.add(Reason{Code: CodeLure, Weight: w, Detail: "lure words: " + strings.Join(what, ", ")})
	} else if w > 0 {
		rs.add(Reason{Code: CodeLure, Weight: min(w, 0.3), Detail: "suspicious words beside it"})
	}
	if found.Any() {
		c.judgeEcho(rs, folded, j)
	}
	if !m.MemberSince.IsZero() && !m.Time.IsZero() {
		age := m.Time.Sub(m.MemberSince)
		switch {
		case age >= 0 && age < c.newMember:
			rs.add(Reason{Code: CodeNewMember, Weight: wNewMember,
				Detail: fmt.Sprintf("the sender joined %s before posting this", roundAge(age))})
		case age >= 0 && age < time.Hour:
			rs.add(Reason{Code: CodeNewMember, Weight: (wNewMember + wRecentMember) / 2,
				Detail: fmt.Sprintf("the sender joined %s before posting this", roundAge(age))})
		case age >= 0 && age < 24*time.Hour:
			rs.add(Reason{Code: CodeNewMember, Weight: wRecentMember,
				Detail: fmt.Sprintf("the sender joined %s before posting this", roundAge(age))})
		}
	}
	if strings.Contains(m.Text, "@everyone") || strings.Contains(m.Text, "@here") {
		rs.add(Reason{Code: CodeMassMention, Weight: wMassMention, Detail: "the message pings everyone (@everyone / @here) with a link or file"})
	}
	if h.EditAddedLink {
		rs.add(Reason{Code: CodeEditAddedLink, Weight: wEditAddedLink, Detail: "a link was added by editing the message after it was posted"})
	}
}

// withoutLinks returns text, with its disguises undone, with the links in
// it blanked out, so that the words of a URL are not read as the words of
// the message. It cuts each link where Extract found it, in one pass: the
// cost is linear in the text whatever the number of links.
func withoutLinks(text string, links []linkx.Link) string {
	clean, _ := linkx.Refang(text)
	var b strings.Builder
	at := 0
	for i := range links {
		l := &links[i]
		start, end := l.Span()
		if l.Carried || start < at || end > len(clean) || clean[start:end] != l.Raw {
			continue
		}
		if at == 0 {
			b.Grow(len(clean))
		}
		b.WriteString(clean[at:start])
		b.WriteByte(' ')
		at = end
	}
	if at == 0 {
		return clean
	}
	b.WriteString(clean[at:])
	return b.String()
}

var lureNames = [lure.NumCategories]string{
	lure.AccountLock: "account-lock urgency",
	lure.Login:       "a login or verify request",
	lure.Prize:       "a prize",
	lure.Gift:        "a free gift",
	lure.Crypto:      "a crypto or wallet lure",
	lure.Staff:       "staff impersonation",
	lure.Photo:       "\"is this you in this photo?\"",
	lure.Install:     "an invitation to install or run something",
}

// judgeEcho finds suspect domains built from the lure's own words
// ("trúng thưởng" beside trungthuong-sh.com): the page was made for the lure.
func (c *Classifier) judgeEcho(rs *reasons, folded []byte, j *Judgement) {
	joined := make([]byte, 0, len(folded))
	for _, b := range folded {
		if b != ' ' {
			joined = append(joined, b)
		}
	}
	// The words come from a fixed vocabulary: each is looked for once, so
	// that the cost is bounded by the text times the vocabulary, whatever
	// the number of links.
	var tried []string
	for _, i := range j.Suspect {
		l := &j.Links[i]
		for _, w := range c.hosts.get(c, c.brands.Load(), l).words {
			if len(w) < 4 || slices.Contains(tried, w) {
				continue
			}
			tried = append(tried, w)
			if bytes.Contains(joined, []byte(w)) {
				shown := linkx.Defang(l.Unicode)
				rs.add(Reason{Code: CodeDomainWords, Weight: wLureEcho, Subject: shown,
					Detail: fmt.Sprintf("%s is named after the lure in the message (%q)", shown, w)})
				return
			}
		}
	}
}

func roundAge(d time.Duration) string {
	switch {
	case d < time.Minute:
		return "seconds"
	case d < 2*time.Minute:
		return "a minute"
	case d < time.Hour:
		return fmt.Sprintf("%d minutes", int(d.Minutes()))
	case d < 2*time.Hour:
		return "an hour"
	}
	return fmt.Sprintf("%d hours", int(d.Hours()))
}

func publicIP(l *linkx.Link) bool {
	a := l.IP
	return !(a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsUnspecified() || a.IsMulticast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast())
}
