package bot

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
	"github.com/immunebot/immune/bot/model"
)

// The weights of the findings that no labelled data covers: how strongly
// each alone points at a threat. They combine with the fitted score as
// independent evidence, 1 - (1-p)·Π(1-w); a message is warned about at
// DefaultThresholds.Warn and deleted at .Delete. The link model, the brand
// and name signals, lure words and the sender's context are weighed by the
// fitted combiner instead (package model, combine.json).
const (
	wBlocklisted    = 0.99
	wUserinfo       = 0.6
	wUserinfoDomain = 0.9
	wMasked         = 0.7
	wMaskedBrand    = 0.88
	wIPLogger       = 0.85
	// wBrandDomainFront: a protected brand's whole domain in front of a
	// stranger's (trezor.io.start-setup.com) warns alone, whatever the
	// model reads of the stranger's name: no site of the brand's is
	// named so, and content networks that are (paypal.com.edgekey.net)
	// are trusted before it is read.
	wBrandDomainFront = 0.6
	// wBrandSubLure: a brand's name in the subdomain of a stranger's
	// domain beside words of what phishing asks, in the subdomain or the
	// stranger's name (binance-kyc.client-review.net,
	// ledger-live.app.device-support.com), warns alone: a company's
	// tenant host on a service (binance.zendesk.com) has no such words.
	wBrandSubLure = 0.6
	// wDropName: a coin's name run together with a drop or a claim
	// (jupdrop.app, claim-pyth.net), as airdrop kits name their pages,
	// warns alone (dropName)
	wDropName = 0.6
	// wSkinName: an esports team's, a tournament organiser's or
	// Counter-Strike's name joined to a number or to a word of skins,
	// cases and prizes (navi22.com, fazegg.com, eslcsgo.com), as the
	// scams that steal Steam accounts name their sites, warns alone
	// (skinName)
	wSkinName = 0.6
	// wProgramName: a Discord programme's word joined to an act of
	// applying for it (join-hype.com, apply-mod-exams.com,
	// invitebughunter.com), as fake moderator, HypeSquad and bug hunter
	// forms are named, warns alone (programName)
	wProgramName = 0.6
	// wBotName: a Discord bot's or a game server's name joined to what
	// its fake dashboard or store offers (mee6premium.com,
	// dynocaptcha.io, hypixel-redeem.com), warns alone (botName)
	wBotName = 0.6
	// wScrambledDiscord: Discord's name with its letters moved about,
	// two edits away (dcisord.com, disocrdz.com, dicosrd.xyz), as nitro
	// and gift kits register it again and again, warns alone
	// (scrambledDiscord)
	wScrambledDiscord = 0.6
	// wGuardName: a server guard's word (captcha, anti-spam, anti-raid)
	// with what its check does (captcha-humans.com, spam-remover.net), or
	// a captcha alone on a new ending (captcha.tours), as fake captcha and
	// spam-check pages are named, warns alone (guardName)
	wGuardName = 0.6
	// wCampaignName: a project's name hyphenated with a word of an
	// airdrop campaign's stage (zircuit-points.com, ethena-season2.xyz,
	// renzo-restake.xyz), as drainers have named their claim pages since
	// 2024, warns alone (campaignName)
	wCampaignName = 0.6
	// wOfferEnding: any name on an ending that is itself the offer
	// (.claims, .gift, .gifts: hyperliquid.claims) warns alone
	// (offerEnding); a brand's own there is trusted before
	wOfferEnding = 0.6
	// wAddressName: a site's address with a hyphen for its dot
	// (www-kalyx.com, kalyx-io.com, app-kalyx.finance), as kits name
	// copies of a project's site, warns alone (addressName)
	wAddressName = 0.6
	// wCallName: a call to act joined to a project's name (join-kalyx.com,
	// enter-kalyx.org, launch-kalyx.net), as drainers name their pages,
	// warns alone (callName)
	wCallName     = 0.6
	wRawIPPort    = 0.6 // a public IP on an odd port with a path: how botnets serve their programs
	wDisguised    = 0.35
	wHidden       = 0.7
	wDoubleExt    = 0.95
	wRTL          = 0.95
	wArchiveLink  = 0.55 // a zip, rar or 7z at the end of a link to an unknown site
	wOfficialFile = 0.3  // a program from an official or reputable site: noted, not flagged
	wLinuxLink    = 0.6  // a shell script or device build at the end of a link to an unknown site
	// a shell script over TLS from a named site, as projects publish their
	// installers (curl -fsSL https://…/install.sh | sh): noted, not flagged
	// alone; botnets serve theirs over plain HTTP, mostly from addresses,
	// to devices without TLS. A noted finding stays under the warn line
	// beside a member's first link (wFirstLink, added by the engine:
	// 1 − 0.6 × 0.9 = 0.46); a newcomer or lure words still lift it over.
	wTLSScript = 0.4
	// a program, installer, disk image or archive named after a product
	// with its version, on a site's download host, over TLS, from a site
	// whose name says nothing (projectRelease): noted, not flagged alone
	wReleaseFile = 0.4
	// wMirrorFile is a program fake download pages imitate (VLC, GIMP,
	// AnyDesk) in a mirror's tree of it (mirrorTree): warned about
	// alone, as an archive from an unknown site is.
	wMirrorFile = wArchiveLink
	// a page anyone can publish on an official host, named after another
	// brand: warns alone, deletes with lure words or a suspect path
	wUserContentBrand = 0.6
	// Beside a file (no link to weigh), lure words and the sender's context
	// keep their hand weights.
	wNewMember     = 0.35 // joined within NewMemberWindow
	wRecentMember  = 0.15 // joined within a day
	wMassMention   = 0.35
	wEditAddedLink = 0.3
	wFirstLink     = 0.1 // an established member's first link: counts for a little
	wTooMany       = 0.5 // more links or files than are judged: what was not read is not vouched for
	// a shortened link in a message that speaks for a brand and asks to
	// unlock, verify or update an account: the brand would link its own
	// site; warns alone
	wShortBrand = 0.6
	// a link through more redirectors than linkx.Unwrap undoes (six; no
	// site nests more than four) hides where it leads on purpose
	wTooDeep = 0.85
	// a prize or a gift spoken of beside nothing but documents to read
	// on an office suite (a Google Sheet, Doc or Slides): a school's
	// prize list, a firm's bonus table; noted, not flagged alone, as
	// beside any ordinary link. A form, a site anyone publishes or a
	// file keeps the lure's own weight (they take data or run), and so
	// do a threat or a request for a login or a card beside a document
	// (a fake arrest warrant is a document).
	wLureDocument = 0.4
	// a prize or a gift spoken of beside nothing but forms: the form's
	// own finding (form_request) names the prize, so the words count
	// for little more, and a prize with a form and nothing else warns
	// (a form that also asks for a secret deletes)
	wLureForm = 0.3
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
	filetype.Linux:      0.45, // a dev's build.sh: alone it does not flag; at the end of a link it does (wLinuxLink)
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

// softLinkScripts: at the end of a link these are as often a library or
// a repository's name (next.js): alone they do not flag.
var softLinkScripts = map[string]float64{"js": 0.45, "jar": 0.45, "reg": 0.45}

// scriptDocument reports a script at the end of a link named as a
// document or a bill is (Document_Scan.js, Invoice_0923.js,
// scan_0411.js, Payment_Details.js): the name a script dropper is mailed
// and linked under, which no library or bundle has (htmx.min.js,
// main.3f2a1b.js, chart.umd.js).
func scriptDocument(file string) bool {
	words := fileWords(file)
	if len(words) == 0 {
		return false
	}
	if documentNames[words[0]] || scriptDocNames[words[0]] {
		return true
	}
	for _, w := range words {
		if codeDropperAny[w] {
			return true
		}
	}
	return false
}

// scriptDocNames are the first words of a scanned or shared paper's name.
var scriptDocNames = setOf("document", "documents", "doc", "docs", "scan", "scanned", "photo", "photos", "img", "image", "pic",
	"picture", "pdf", "fax", "attachment", "statement", "order", "purchase", "quote", "quotation", "contract", "shipping", "delivery")

// ClassifierConfig configures a Classifier.
type ClassifierConfig struct {
	Brands     []brand.Brand // protected brands; nil means brand.Protected() (brand.Builtin in the TrainingView)
	Thresholds Thresholds    // zero means DefaultThresholds
	// NewMemberWindow is how recently a member must have joined for a link
	// of theirs to count as a newcomer's. Zero means 10 minutes.
	NewMemberWindow time.Duration
	// LinkModel and Combiner replace the embedded models (model.Link,
	// model.Combination); nil means the embedded ones. The trainer sets
	// them while it fits.
	LinkModel *model.Model
	Combiner  *model.Combiner
	// TrainingView: the sites of reputableAtRuntime are not trusted,
	// as before they were added: the trainer (cmd/train) reads links
	// so, so that trusting a site there moves neither the link model
	// nor the combiner it fits.
	TrainingView bool
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
	short      atomic.Pointer[map[string]bool] // the operator's shorteners (SetShorteners)
	hosts      hostCache
	link       *model.Model
	comb       *model.Combiner
	// training: ClassifierConfig.TrainingView
	training bool
}

// NewClassifier builds a classifier.
func NewClassifier(cfg ClassifierConfig) *Classifier {
	if cfg.Brands == nil {
		cfg.Brands = defaultBrands(cfg.TrainingView)
	}
	if cfg.Thresholds == (Thresholds{}) {
		cfg.Thresholds = DefaultThresholds
	}
	if cfg.NewMemberWindow == 0 {
		cfg.NewMemberWindow = 10 * time.Minute
	}
	if cfg.LinkModel == nil {
		cfg.LinkModel = model.Link()
	}
	if cfg.Combiner == nil {
		cfg.Combiner = model.Combination()
	}
	c := &Classifier{thresholds: cfg.Thresholds, newMember: cfg.NewMemberWindow, link: cfg.LinkModel, comb: cfg.Combiner,
		training: cfg.TrainingView}
	c.brands.Store(c.matcher(cfg.Brands))
	c.lists.Store(NewListSet(nil))
	c.hosts.init()
	return c
}

// SetShorteners sets the operator's own shorteners, beside the built-in
// ones (ExpandConfig.Shorteners): a link through one is read as a link
// through bit.ly is, its code as written (readCaps). Each name is read as
// a list's domain is (ParseListValue: any case, a scheme or *. in
// front).
func (c *Classifier) SetShorteners(names []string) {
	set := shortenerSet(names)
	c.short.Store(&set)
}

// operatorShorteners returns the operator's shorteners (SetShorteners);
// nil when none were set.
func (c *Classifier) operatorShorteners() map[string]bool {
	if short := c.short.Load(); short != nil {
		return *short
	}
	return nil
}

// shortenerSet is the set of the hosts names write, each read as a
// list's domain (lower case, IDNs in punycode, without a scheme, *. or a
// trailing slash), and, for one written with www., the name behind it as
// well, which is what the classifier reads a link to it as (readWWW); a
// name that is no domain is kept in lower case.
func shortenerSet(names []string) map[string]bool {
	set := make(map[string]bool, len(names))
	for _, d := range names {
		if v, err := ParseListValue(d); err == nil && !strings.ContainsAny(v, "/?") {
			set[v] = true
			set[wwwReadAway(v)] = true
			continue
		}
		set[strings.ToLower(strings.TrimSpace(d))] = true
	}
	return set
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

// defaultBrands returns the brands a classifier protects when it is given
// none: the built-in ones and those added since the model was trained
// (brand.Runtime), or in the trainer's view the built-in ones alone.
func defaultBrands(training bool) []brand.Brand {
	if training {
		return brand.Builtin
	}
	return brand.Protected()
}

// SetBrands replaces the protected brands (nil means brand.Protected(), or
// brand.Builtin in the TrainingView). What was concluded about hosts under
// the old brands is forgotten.
func (c *Classifier) SetBrands(brands []brand.Brand) {
	if brands == nil {
		brands = defaultBrands(c.training)
	}
	c.brands.Store(c.matcher(brands))
}

// matcher builds the matcher of the brands: brand.NewRuntime, but
// brand.New in the TrainingView, whose reading the weights were trained
// on (cc44: amazon.cc is no brand's own at run time).
func (c *Classifier) matcher(brands []brand.Brand) *brand.Matcher {
	if c.training {
		return brand.New(brands)
	}
	return brand.NewRuntime(brands)
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

	// what the combiner read
	worst   float64
	weighed bool
	msg     model.MsgSignals
}

// CombinerInputs returns what the fitted combiner read about the message:
// the link logit of its worst link, whether any link was weighed, and the
// message signals. The trainer fits the combiner's message stage on them.
func (j *Judgement) CombinerInputs() (link float64, weighed bool, msg model.MsgSignals) {
	return j.worst, j.weighed, j.msg
}

// luredText reports whether text holds a lure's strong phrase (a free
// gift, a claim, a wallet to connect), not only a word suspicious in
// company ("a fake wallet. report it" is talk of one).
func luredText(text string) bool {
	for _, h := range lure.Find(text) {
		if h.Weight >= lure.Strong {
			return true
		}
	}
	return false
}

// Classify judges a message.
func (c *Classifier) Classify(m *Message, h Hints) Judgement {
	var j Judgement
	if len(m.Attachments) == 0 && len(m.Links) == 0 && !mayHoldLink(m.Text) {
		return j
	}
	var more, stop bool
	var clean string // the text with its disguises undone
	// stop: linkx.SentenceStop(m.Text), read in the same pass
	j.Links, more, clean, stop = linkx.ExtractCleanStop(m.Text, nil, MaxLinks)
	if stop && luredText(m.Text) {
		// "free nitro steam. gift": beside lure language a full stop
		// before a word that is also an ending is no sentence's end
		j.Links, more, clean = linkx.ExtractCleanStrict(m.Text, j.Links[:0], MaxLinks)
	}
	var undo, act string // a disguised link's calls to mend it and to act there
	if clean != m.Text {
		undo, act = disguiseCalls(m.Text)
		j.Links = keepDotDisguised(j.Links, undo, act)
	}
	written := len(j.Links) // the links read in the text
	for _, ref := range m.Links {
		if len(j.Links) >= MaxLinks {
			more = true
			break
		}
		l, ok := linkx.Parse(ref.URL)
		if !ok {
			// A target with spaces or invisible characters around it, or
			// written disguised, is still where a click goes: read the
			// link in it as in a text.
			if l, ok = linkx.ExtractOne(ref.URL); !ok {
				continue
			}
		}
		if shownAsItself(&l, ref.Text, j.Links[:written]) {
			continue
		}
		l.Carried, l.Visible = true, ref.Text
		j.Links = append(j.Links, l)
	}
	if len(j.Links) == 0 && len(m.Attachments) == 0 && (c.training || !uncOnly(clean)) {
		j.Links = nil
		return j
	}
	if !c.training {
		// a link is judged as if the sharer's tracking were not there
		// (utm_*, fbclid, a share token): Raw keeps it as written. The
		// trainer's view reads its lists' URLs as they are (128 of the
		// 90,286 phishing URLs hold such a parameter), which keeps the
		// combiner's weights as trained (query38). A link through a big
		// site's redirector or proxy is judged where it leads (wrap39).
		j.Links = whereLinksLead(j.Links)
	}
	var rs reasons
	// The knowledge (≈ 1.6 KB) is zeroed once where it lives and its
	// fields set one by one: a composite literal of it is built in a
	// temporary, zeroed there too, and copied whole (speed51b).
	var k knowledge
	k.lists, k.feeds, k.brands, k.short = c.lists.Load(), c.feeds.Load(), c.brands.Load(), c.operatorShorteners()
	k.text, k.links = clean, j.Links
	k.chatLists = k.lists.chatTable(m.Scope())
	if !c.training {
		for i := range j.Links {
			// a scheme's default port is read away, as a
			// browser does (classify_port41.go)
			readDefaultPort(&j.Links[i])
			// a site's front for a device or an app (m.t.me,
			// m.NAME) and a www. in front of any host are read
			// as the host behind it (classify_frontlabel.go)
			c.readFront(&j.Links[i], &k)
			// a path written all in capitals is read in
			// lower case (classify_caps40.go)
			readCaps(&j.Links[i], &k)
		}
	}
	worst := c.comb.NoLink
	judged := false
	// the defanged links are indicators quoted in security talk
	quoted := clean != m.Text && undo == "" && quotesIndicators(m.Text, &k) && !speaksForIndicator(m.Text)
	// the homographs are the trick shown in talk of it (sec34)
	shown := undo == "" && act == "" && homographIn(j.Links) && showsHomograph(m.Text, &k)
	for i := range j.Links {
		if quoted && spared(&j.Links[i]) || shown && shownHomograph(&j.Links[i]) && !carriesMore(&j.Links[i], clean) {
			continue
		}
		z, weighed, suspect := c.judgeLink(&rs, &j.Links[i], &k)
		if suspect {
			j.Suspect = append(j.Suspect, i)
		}
		if weighed {
			judged = true
			worst = max(worst, z)
		}
	}
	if undo != "" || act != "" {
		judgeDisguiseCalls(&rs, undo, act)
	}
	j.Risky = len(j.Suspect) > 0
	riskyFile := false
	for _, a := range JudgedFiles(m.Attachments) {
		if c.judgeFile(&rs, a) {
			riskyFile = true
		}
	}
	if more || len(m.Attachments) > MaxAttachments {
		rs.add(tooMany(more, len(m.Attachments)))
		riskyFile = true
	}
	j.Risky = j.Risky || riskyFile
	if !c.training && judgeUNC(&rs, clean) { // a Windows path to a share on the Internet (classify_unc48.go)
		j.Risky = true
	}
	var ms model.MsgSignals
	mass := len(j.Links) > 0 && mentionsEveryone(m.Text)
	if j.Risky || mass {
		c.judgeContext(&rs, m, clean, h, &j, &ms, worst, judged, &k)
	}
	c.judgeMessageLinks(&rs, clean, &j, &k)
	p := 0.0
	if judged || mass {
		p = model.Sigmoid(c.comb.MsgLogit(worst, &ms))
	}
	j.worst, j.weighed, j.msg = worst, judged, ms
	// The score is summed in the order combine sums it, the strongest
	// finding first.
	if rs.explain > 0 && c.thresholds.Level(1-(1-rs.score(p))*(1-wFirstLink)) != Allow {
		// explained when flagged, and when an established member's
		// first link (the engine's first_link, the least a sender's
		// finding adds) would flag it: a warning names what raised it
		c.explainPatterns(&rs)
	}
	rs.release()
	j.Verdict = combineSorted(p, rs.sorted(), c.thresholds)
	if ms == (model.MsgSignals{}) && onlyPatterns(j.Verdict.Reasons) {
		j.Verdict.modelAlone = true
		j.Verdict.Level = c.thresholds.levelOf(j.Verdict.Score, true)
	}
	if j.Verdict.Level != Allow {
		j.Verdict.Reasons = sayWrapped(j.Verdict.Reasons, j.Links, j.Suspect)
	}
	return j
}

// whereLinksLead reads the links as where a click on them leads: a link
// through a big site's redirector or proxy (Google's /url, Facebook's
// link shim, Outlook's Safe Links, Google Translate) is replaced by its
// destination, every link loses its sharer's tracking, and every other
// whole link that a link's query carries, at any depth of its wrapping
// (?url=, ?to=, ?next= …: an open redirect, a share button, a
// redirector's second destination) is added after the links, to be
// judged beside it (linkx.AppendCarried).
func whereLinksLead(links []linkx.Link) []linkx.Link {
	for i, n := 0, len(links); i < n; i++ {
		written := links[i]
		linkx.Unwrap(&links[i])
		linkx.DropTrackers(&links[i])
		from := len(links)
		links = linkx.AppendCarried(links, &written, MaxLinks)
		for k := from; k < len(links); k++ {
			linkx.DropTrackers(&links[k])
		}
	}
	return links
}

// sayWrapped adds to a flagged message's reasons where a suspect link
// written through a redirector or proxy leads: the findings name the
// destination, which the reader does not see in the link. The reason
// weighs nothing; the destination's findings carry the verdict.
func sayWrapped(reasons []Reason, links []linkx.Link, suspect []int) []Reason {
	for _, i := range suspect {
		if links[i].Via != linkx.NoWrapper {
			return append(reasons, wrappedReason(&links[i]))
		}
	}
	return reasons
}

// wrappedReason says where a link written through a redirector or proxy
// leads (CodeRedirect, weighing nothing).
func wrappedReason(l *linkx.Link) Reason {
	shown := linkx.Defang(l.Unicode)
	switch {
	case l.Via == linkx.QueryURL:
		return handRule(CodeRedirect, 0, shown, say2("carried", shown))
	case l.Via.Proxy():
		return handRule(CodeRedirect, 0, shown, say2("proxied", shown, l.Via.Service()))
	}
	return handRule(CodeRedirect, 0, shown, say2("wrapped", shown, l.Via.Service()))
}

// withDestinations is the verdict with, when it allows the message,
// where each of its links written through a redirector or proxy leads:
// an admin checking a link sees the page it opens (a flagged verdict
// says so already, sayWrapped).
func (j *Judgement) withDestinations() Verdict {
	v := j.Verdict
	if v.Level != Allow {
		return v
	}
	for i := range j.Links {
		if j.Links[i].Via != linkx.NoWrapper {
			v.Reasons = append(slices.Clip(v.Reasons), wrappedReason(&j.Links[i]))
		}
	}
	return v
}

// documentsOnly reports links that are all documents to read on an
// office suite: docs.google.com/spreadsheets, /document, /presentation.
func documentsOnly(links []linkx.Link, suspect []int) bool {
	for i := range links {
		if !documentLink(&links[i]) && !carrier(links, suspect, i) {
			return false
		}
	}
	return len(links) > 0
}

// formsOnly reports links that are all forms anyone can make (formLink).
func formsOnly(links []linkx.Link, suspect []int) bool {
	for i := range links {
		if !formLink(&links[i]) && !carrier(links, suspect, i) {
			return false
		}
	}
	return len(links) > 0
}

// carrier reports a link whose query carries a link judged beside it
// (linkx.AppendCarried): what it leads to is that link. A suspect link
// is a page of its own still: a file host's link that warns alone does
// not pass as a document by carrying one (?url=docs.google.com/…).
func carrier(links []linkx.Link, suspect []int, i int) bool {
	if slices.Contains(suspect, i) {
		return false
	}
	for k := i + 1; k < len(links); k++ {
		if links[k].Via == linkx.QueryURL && links[k].Raw == links[i].Raw {
			return true
		}
	}
	return false
}

// documentLink reports a document to read on an office suite: a Google
// Sheet, Doc or Slides (not a form, which takes data).
func documentLink(l *linkx.Link) bool {
	return l.Host == "docs.google.com" && (strings.HasPrefix(l.Path, "/spreadsheets/") || strings.HasPrefix(l.Path, "/document/") || strings.HasPrefix(l.Path, "/presentation/"))
}

// intranetName reports a name under an ending that local networks use
// and the internet has no top-level domain for (grafana.acme.lan,
// wiki.corp.internal, nas.local, Pi-hole's own pi.hole): only a local
// network resolves it, as it does a private address. The names reserved
// for examples and tests (.test, .example, .invalid), and any other
// ending that is no top-level domain, are left to the classifier: the
// trainer's benign links hold them (dummy.tld, password.faketld), and a
// name no network resolves harms no one either way.
func intranetName(l *linkx.Link) bool {
	return !l.ICANN && lanEndings[l.Suffix]
}

// libraryDocs reports a project on a documentation host (docsHosts)
// named after a brand with a programming word beside it
// (python-telegram-bot.readthedocs.io, paypal-python-sdk,
// whatsapp-api-client): the documentation of a library for the brand's
// API, which tech chat links all day. Its name holds no lure or scheme
// word (discord-gift, telegram-bot-verify), nothing else is found about
// it, and its path holds no lure word (…/verify-account-login.html):
// such a page is judged as any page named after the brand. The caller
// asks too that the message speak no lure's words (knowledge.speaksAny):
// "your wallet needs syncing, connect here" beside such a page is a scam
// on a page anyone can publish.
func libraryDocs(l *linkx.Link, info *hostInfo) bool {
	if info.trusted || len(info.words) > 0 || len(info.reasons) == 0 || l.Scheme != "https" {
		return false
	}
	if !model.Hosted(l) {
		return false // most links: Site's copy of the link is made only for a hosted site
	}
	site, _ := model.Site(*l)
	if !docsHosts[site.Suffix] {
		return false
	}
	for _, r := range info.reasons {
		if r.Code != CodeBrandInDomain && r.Code != CodeLookalike {
			return false
		}
	}
	code := false
	for _, w := range strings.FieldsFunc(site.Label(), func(r rune) bool { return r == '-' || r == '_' }) {
		if programmingWords[w] {
			code = true
			break
		}
	}
	return code && len(pathLureWords(l)) == 0
}

// docsHosts are hosting platforms that build and serve projects'
// documentation.
var docsHosts = setOf("readthedocs.io", "readthedocs-hosted.com")

// programmingWords name a library's language or kind in its project's
// name (python-telegram-bot, discord-api-types, paypal-sdk-go).
var programmingWords = setOf("python", "py", "js", "node", "nodejs", "go", "golang", "rs", "rust", "java", "kotlin", "swift", "php",
	"ruby", "rb", "dotnet", "net", "csharp", "cpp", "lua", "elixir", "dart", "bot", "bots", "api", "sdk", "lib", "library", "client",
	"wrapper", "cli", "async", "aio")

// lanEndings are the endings local networks name their hosts under:
// the conventions of routers and operating systems, and of the DNS
// servers homelabs run (Pi-hole answers pi.hole for its admin page),
// and localhost, whose every name is the machine's own loopback (RFC
// 6761: www.localhost:8080, app.localhost).
var lanEndings = setOf("localhost", "lan", "local", "localdomain", "internal", "intranet", "corp", "home", "private", "hole", "homelab")

// JudgedFiles returns the attachments of a message that are judged: the first
// MaxAttachments.
func JudgedFiles(files []Attachment) []Attachment {
	return files[:min(len(files), MaxAttachments)]
}

// tooMany states what was left unjudged of a message that carries more
// than MaxLinks links (more) or MaxAttachments files.
func tooMany(more bool, files int) Reason {
	links := "0"
	if more {
		links = strconv.Itoa(MaxLinks)
	}
	d := say2("too_many", links, strconv.Itoa(files), strconv.Itoa(MaxAttachments))
	return Reason{Code: CodeTooManyLinks, Weight: wTooMany, text: d, Detail: d.inEnglish()}
}

// knowledge is what one message is judged against, loaded once so that a
// list or brand change mid-message is not half seen.
type knowledge struct {
	lists     *ListSet
	chatLists *listTable // the lists of the message's chat scope, if any
	feeds     *FeedSet
	brands    *brand.Matcher
	text      string       // the message's text (clean), for rules that read its words
	links     []linkx.Link // the message's links, which those words are read without
	lured     int8         // whether text holds a lure's or a notice's words: 0 not yet read, 1 yes, -1 no
	bait      int8         // whether text holds bait around a download (baited): 0 not yet read, 1 yes, -1 no
	hard      int8         // whether text is a lure beyond one mild word (luresHard): 0 not yet read, 1 yes, -1 no
	plain     int8         // whether text talks plainly of something (talksPlainly): 0 not yet read, 1 yes, -1 no
	mild      int8         // whether text is prose with one mild lure word (mildProse): 0 not yet read, 1 yes, -1 no
	aside     int8         // whether text's only lure is one everyday mild word said aside (mildAside): 0 not yet read, 1 yes, 2 yes and alone (asideAlone), -1 no
	words     msgWords     // text folded without links, and its lures and notices, read once (folded, found, notices)
	seen      seenHosts    // the analyses of the links' hosts judgeLink looked up
	files     seenFiles    // the links' file names and findings, read once

	short map[string]bool // the operator's shorteners (Classifier.SetShorteners)
}

// msgWords is a message's text folded without its links
// (foldWithoutLinks) and what package lure finds in it, each worked out
// at the first rule that asks for it and kept for the message: the rules
// of one message (luresHard, speaksAny, judgeContext, judgeNotice, …)
// read the same words. The folded text is kept in stack, on the
// classifier's stack with the knowledge that holds it; a longer one in
// long. (No slice of stack is kept in the knowledge: that would move it
// to the heap.)
type msgWords struct {
	n                   int    // the folded text's length in stack
	long                []byte // the folded text, when longer than stack
	found               lure.Found
	notices             lure.NoticeFound
	foldRead, foundRead bool
	noticesRead         bool
	stack               [512]byte
}

// folded returns foldWithoutLinks(k.text, k.links): not to be written
// to (its capacity is its length, so that an append copies).
func (k *knowledge) folded() []byte {
	w := &k.words
	if !w.foldRead {
		w.foldRead = true
		if f := foldWithoutLinks(k.text, k.links, w.stack[:0]); cap(f) == len(w.stack) {
			w.n = len(f) // still in stack
		} else {
			w.long = append([]byte(nil), f...)
		}
	}
	if w.long != nil {
		return w.long[:len(w.long):len(w.long)]
	}
	return w.stack[:w.n:w.n]
}

// found returns lure.FindFolded(k.folded()); not to be written to.
func (k *knowledge) found() *lure.Found {
	w := &k.words
	if !w.foundRead {
		w.found, w.foundRead = lure.FindFolded(k.folded()), true
	}
	return &w.found
}

// notices returns lure.FindNotice(k.folded()); not to be written to.
func (k *knowledge) notices() *lure.NoticeFound {
	w := &k.words
	if !w.noticesRead {
		w.notices, w.noticesRead = lure.FindNotice(k.folded()), true
	}
	return &w.notices
}

// speaksAny reports whether the message holds any lure's or official
// notice's words, mild ones too ("wallet", "locked", "free nitro"), its
// links aside; read once, at the first link that asks.
func (k *knowledge) speaksAny() bool {
	if k.lured == 0 {
		k.lured = -1
		found, notices := k.found(), k.notices()
		if notices.Any() {
			k.lured = 1
		}
		for _, h := range found {
			if h.Weight > 0 {
				k.lured = 1
			}
		}
	}
	return k.lured > 0
}

func mentionsEveryone(s string) bool {
	return strings.IndexByte(s, '@') >= 0 && (strings.Contains(s, "@everyone") || strings.Contains(s, "@here"))
}

// mayHoldLink is the cheap test that lets plain chat through without work:
// a link needs a dot (or a full-width one), "://" or the word "dot".
func mayHoldLink(s string) bool {
	if strings.IndexByte(s, '.') >= 0 || strings.Contains(s, "://") {
		return true
	}
	for i := 0; i < len(s); {
		// eight bytes at a time over text with no d and no lead byte
		// of E2 or above, then the next eight byte by byte
		for i+8 <= len(s) && !mayHint8(load64(s, i)) {
			i += 8
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if !linkHint[s[i]] {
				continue
			}
			switch c := s[i]; c {
			case 0xEF, 0xE3, 0xE2: // U+FF0E, U+3002, U+FF61, U+2024, U+FE52
				return true
			case 'd', 'D':
				if i+2 < len(s) && s[i+1]|0x20 == 'o' && s[i+2]|0x20 == 't' {
					return true
				}
			}
		}
	}
	return false
}

// load64 reads s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// mayHint8 is false when none of the eight bytes of x is one linkHint
// marks: no d or D, and no byte of 0xE2 or above. It may be true for a
// word with none.
func mayHint8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	v := (x | 0x2020202020202020) ^ ('d' * ones) // a zero byte where d or D was
	d := (v - ones) &^ v & highs
	// 0xE2 and above: the high bit, and the low seven bits plus 0x1E
	// carry into the eighth
	e := (x&^highs + 0x1E*ones) & x & highs
	return d|e != 0
}

// linkHint marks the bytes mayHoldLink looks closer at.
var linkHint = [256]bool{0xEF: true, 0xE3: true, 0xE2: true, 'd': true, 'D': true}

// reasons collects findings, one per code: the strongest wins. It keeps
// the first few links whose model score may need explaining. The findings
// are gathered in place (a message has seldom more than six) and the
// verdict gets a slice of their exact number: one allocation a flagged
// message, not one for each doubling of a growing slice.
type reasons struct {
	buf     [6]Reason
	n       int
	spill   []Reason // all of them, once there are more than fit in buf
	pending [4]pendingPattern
	explain int
}

// items returns the findings so far; they may be changed in place.
func (rs *reasons) items() []Reason {
	if rs.spill != nil {
		return rs.spill
	}
	return rs.buf[:rs.n]
}

func (rs *reasons) add(r Reason) {
	list := rs.items()
	for i := range list {
		if list[i].Code == r.Code {
			if r.Weight > list[i].Weight {
				list[i] = r
			}
			return
		}
	}
	switch {
	case rs.spill != nil:
		rs.spill = append(rs.spill, r)
	case rs.n < len(rs.buf):
		rs.buf[rs.n] = r
		rs.n++
	default:
		rs.spill = append(append(make([]Reason, 0, 2*len(rs.buf)), rs.buf[:]...), r)
	}
}

// sorted returns the findings, the strongest first, in a slice of their
// own; nil when there are none. Findings of the same weight keep the order
// they came in, as combine's stable sort keeps them (combine finds them
// sorted). The findings are not moved: an order of indexes is sorted.
func (rs *reasons) sorted() []Reason {
	if rs.spill != nil {
		list := slices.Clone(rs.spill)
		slices.SortStableFunc(list, strongerFirst)
		return list
	}
	if rs.n == 0 {
		return nil
	}
	order := rs.order()
	list := make([]Reason, rs.n)
	for k, i := range order[:rs.n] {
		list[k] = rs.buf[i]
	}
	return list
}

// order returns the indexes of the findings in buf, the strongest first
// and those of the same weight in the order they came in (a stable sort
// by strongerFirst). The findings are not moved.
func (rs *reasons) order() [len(reasons{}.buf)]uint8 {
	var order [len(rs.buf)]uint8
	for i := range rs.n {
		// insertion sort: a later finding goes after those as strong
		k := i
		for k > 0 && cmp.Compare(rs.buf[order[k-1]].Weight, rs.buf[i].Weight) < 0 { // strongerFirst, without copying the two
			order[k] = order[k-1]
			k--
		}
		order[k] = uint8(i)
	}
	return order
}

// score is score(base, rs.sorted()) without the copy: the findings summed
// in the same order, so to the same bit.
func (rs *reasons) score(base float64) float64 {
	if rs.spill != nil {
		return score(base, rs.sorted())
	}
	keep := 1 - base
	order := rs.order()
	for _, i := range order[:rs.n] {
		keep = keepAfter(keep, &rs.buf[i])
	}
	return 1 - keep
}

// handRule makes a finding weighed by hand.
func handRule(code Code, w float64, subject string, d detail) Reason {
	return Reason{Code: code, Weight: w, Subject: subject, text: d, Detail: d.inEnglish()}
}

// fitted makes a finding the link stage of the combiner weighs: its
// weight only orders and explains.
func (c *Classifier) fitted(s model.LinkSignal, v float32, r Reason) Reason {
	r.fitted = true
	r.Weight = shownWeight(c.comb.Link[s] * float64(v))
	r.Detail = r.text.inEnglish()
	return r
}

// fittedName is fitted for a finding about a host's name, kept with its
// analysis (hostInfo): its English text is rendered without the cache
// of rendered texts, which a new host's name seldom meets again.
func (c *Classifier) fittedName(s model.LinkSignal, v float32, r Reason) Reason {
	r.fitted = true
	r.Weight = shownWeight(c.comb.Link[s] * float64(v))
	r.Detail = r.text.render(&english)
	return r
}

// fittedMsg makes a finding the message stage of the combiner weighs.
func (c *Classifier) fittedMsg(contribution float64, code Code, d detail) Reason {
	return Reason{Code: code, fitted: true, Weight: shownWeight(contribution), text: d, Detail: d.inEnglish()}
}

// shownWeight puts what a finding adds to the combiner's logit on the
// 0..1 scale of hand weights, so that reasons of both kinds sort together:
// a finding that alone takes a message from even odds to the warn point
// shows about 0.5.
func shownWeight(logit float64) float64 {
	if logit <= 0 {
		return 0
	}
	return 1 - math.Exp(-logit/2.5)
}

// judgeLink adds the findings about one link. It returns the combiner's
// link logit and whether the link was weighed (it is not official,
// reputable or allow-listed), and whether it is suspect (it counts for
// fan-out).
func (c *Classifier) judgeLink(rs *reasons, l *linkx.Link, k *knowledge) (z float64, weighed, suspect bool) {
	// The defanged host is written only for a finding: most links have none.
	var shownCache string
	shown := func() string {
		if shownCache == "" {
			shownCache = linkx.Defang(l.Unicode)
		}
		return shownCache
	}
	if linkx.TooDeep(l) {
		// judged as the big site it stopped at, it would pass as it
		rs.add(handRule(CodeShortener, wTooDeep, shown(), say2("too_deep", shown())))
		return 0, false, true
	}
	if kind, entry, ok := k.lists.lookup(k.chatLists, l); ok {
		if kind == AllowList {
			return 0, false, false
		}
		rs.add(handRule(CodeBlocklisted, wBlocklisted, shown(), say2("blocklisted", shown(), linkx.Defang(entry))))
		return 0, false, true
	}
	if hit, ok := k.feeds.Lookup(l); ok && !c.feedMistake(hit, l, k.brands) {
		if hit.Kind == AllowList {
			return 0, false, false
		}
		entry := hit.Domain
		if entry == "" {
			entry = urlKey(l)
		}
		r := handRule(CodeBlocklisted, wBlocklisted, shown(), say2("blocklisted", shown(), linkx.Defang(entry)))
		if hit.Source != "" {
			r = handRule(CodeBlocklisted, wBlocklisted, shown(), say2("listed_by", shown(), hit.Source, linkx.Defang(entry)))
		}
		r.Source = hit.Source
		rs.add(r)
		return 0, false, true
	}
	if l.IP.IsValid() && !publicIP(l) && !(l.NumericIP && !c.training) || intranetName(l) || c.privateName(l) {
		return 0, false, false // an address written as a number is read wherever it leads, at run time (classify_mal45.go)
	}
	if tw := c.bloggerTwin(l); tw != nil {
		l = tw // a blog on a Blogger country ending is judged as on blogspot.com
	}
	info, hf := c.hosts.getFeatures(c, k.brands, l)
	k.seen.add(l.Host, info) // for the message's readings of the link's host (speed50b.go)
	if tw := c.httpBuildTwin(l, info, k); tw != nil {
		l = tw // a build named after its site over plain HTTP is judged as its HTTPS twin (classify_dl42.go)
	} else if tw := c.httpInstallTwin(l, info, k); tw != nil {
		l = tw // a project's install one-liner or script over plain HTTP, as its HTTPS twin (classify_cmd42.go)
	}
	var pf *model.Features // the path's features, when linkSignals worked them out
	defer func() {
		if hf != nil {
			featuresPool.Put(hf) // not kept for an explanation
		}
		if pf != nil {
			featuresPool.Put(pf)
		}
	}()
	if libraryDocs(l, info) && !k.speaksAny() {
		return 0, false, false
	}
	// the front page of a host where anyone publishes is the host's
	// own, not a member's page (classify_ownpage45.go)
	suspect = !info.trusted && !userContentFrontPage(l, info)
	if l.UserInfo != "" && (l.Scheme == "http" || l.Scheme == "https") {
		c.judgeUserinfo(rs, l, shown(), k.brands)
		suspect = true
	}
	if l.Carried && l.Visible != "" {
		if c.judgeMasked(rs, l, shown(), info, k.brands) {
			suspect = true
		}
	}
	named, namedFd := "", filetype.Finding{} // a download judgeNamedFake reads, below
	// repoName asks codeHosts first: the host's kinds know it
	if f := k.linkFile(l); f != "" && !(k.hostKinds(l)&kindCodeHost != 0 && repoName(l)) && !siteInPath(f) {
		_, fd := k.fileFinding(l)
		if fd.Kind == filetype.Linux && tlsArchName(l, f, k.text) || c.codeReference(k, l, f, fd, info) || trustedPageScript(l, f, fd, info, k) {
			fd = filetype.Finding{}
		}
		if fd.Dangerous() || fd.Kind == filetype.Archive || fd.Kind == filetype.DiskImage {
			named, namedFd = f, fd
		}
		finfo, trustedFile := info, false
		// most files in a link's path are pages or no file at all
		// ("watch", "12345"): nothing below is said of them, and their
		// host need not be looked at again as a file's
		if fileSays(fd) {
			// a site trusted at runtime (reputableAtRuntime) is trusted for its
			// pages: forges, registries and extension sites there serve what
			// anyone with an account uploads, judged as before it was trusted
			// (rev15)
			finfo = c.fileHostInfo(info, k.brands, l, fd)
			// a file anyone uploaded to an official host vouches for
			// nothing: judged as the attachment it was; so is a file named
			// as droppers are in a storage bucket on a reputable host
			// (nyc3.digitaloceanspaces.com/share-files/Remittance_Advice.iso),
			// offered as a cheat or beside bait (bucketUpload); so is a
			// file attached to a GitHub comment named as droppers are
			// or beside bait (attachmentUpload)
			trustedFile = finfo.trusted && !fileDrops[l.Host] && !attachmentUpload(l, f, fd, k) && !bucketUpload(l, f, k) && !institutionalPlant(l, f, fd)
		}
		if fd.RTL {
			f = strings.Map(visibleRune, f) // shown without the control that reverses it
		}
		// most files are no disguise: disguiseRule, which takes the
		// finding and gives a Reason by value, is asked of the rest
		if fd.Disguised() {
			if r, ok := disguiseRule(fd, f); ok && (fd.RTL || !linkx.IsTLD(fd.Ext)) {
				// invoice.pdf.exe is made to deceive wherever it is hosted;
				// www.mp3.com at the end of a path is a site's name (an
				// archived or looked-up page), its .com a domain ending
				rs.add(r)
				suspect = true
			}
		}
		switch {
		case fd.Dangerous() || fd.Kind == filetype.Linux:
			w, freeJar, cheapJar, projectIn, stray, planted := weightOf(fd), false, false, "", false, false
			if fd.Kind == filetype.Linux {
				w = wLinuxLink
				// a script in anyone's file drop or on a dynamic DNS
				// name is no site's installer (bashupload.com/…/payload.sh,
				// x.crabdance.com/i.sh: files33)
				// nor is one in a site's page or upload folders
				// (strayScript: classify_mal35.go)
				if overTLS(l) && !l.IP.IsValid() && (fd.Ext == "sh" || fd.Ext == "bash") && !fileHosts[l.Domain] && !fileDrops[l.Host] && !onDynamicDNS(l) {
					if stray = strayScript(l); !stray {
						w = wTLSScript
					}
				}
			}
			extension := offStoreExtension(fd)
			if extension {
				w = wLinuxLink // warned: an extension off the stores (classify_mal35.go)
				if ownExtension(l, f) {
					w = wReleaseFile // noted: a maker's own, named after its site
				}
			}
			if soft, ok := softLinkScripts[fd.Ext]; ok && fd.Kind == filetype.Script && !scriptDocument(f) {
				w = soft
				if fd.Ext == "jar" && (layoutBuild(l, f) || modBuild(l, f, fd, k)) || fd.Ext == "js" && (libraryScript(l, f) || forgeLibrary(l, f)) {
					w = wReleaseFile // noted: a repository's build, a mod's, a page's library (classify_dl28.go, classify_modstore29.go)
				} else if folder, ok := projectPage(l, f, k.brands); ok && fd.Ext == "js" && !k.luresAroundFile() {
					w, projectIn = wReleaseFile, folder // noted: a page about a project named NAME.js (classify_js34.go)
				} else if freeSiteJar(l, fd) {
					w, freeJar = wLinuxLink, true // warned: a program from a free site (classify_files31.go)
				} else if cheapSiteJar(l, fd) {
					w, cheapJar = wLinuxLink, true // warned: a program from a cheap ending (classify_mal35.go)
				}
			}
			if fd.Kind == filetype.Script && c.installScript(l, f, fd, finfo, k.brands) {
				w = wTLSScript
			}
			if trustedFile || c.ownBuild(l, f, fd, finfo, k.brands) && !releaseBaited(k) || makerDownload(l, f, fd, finfo) {
				w = wOfficialFile // a download from an official site: say so, don't flag
			} else if c.projectRelease(l, f, fd, finfo, k.brands) && !releaseBaited(k) || (osImage(l, f, fd) || osTree(l, f, fd)) && c.plainSite(l, finfo, k.brands) || pastedScript(l, fd, k) {
				w = wReleaseFile
			} else if c.plainDownload(l, f, fd, finfo, k) {
				w = wReleaseFile
				if imitatedName(l, f) && !mirrorSite(l) {
					// a program fakes imitate, noted only for its
					// mirror's tree (mirrorTree), which anyone can
					// lay out under a mirror. of a site of their own:
					// warned about, not passed, but on a mirror
					// host of a site that mirrors Debian or Ubuntu
					// (mirrorSite)
					w = wMirrorFile
				}
			} else if c.homeRelease(l, f, fd, finfo, k, debianHomes) {
				w = wReleaseFile // a project's release on its homepage's site (classify_deb45.go)
			} else if c.vendorDownload(l, f, fd, finfo, k) || c.namedArchive(l, f, fd, finfo, k) {
				w = wReleaseFile // a download the message names (classify_named32.go)
			} else if ciArtifact(l, f, k) {
				w = wReleaseFile // a workflow's build (classify_files33.go)
			} else if !finfo.trusted && plantedProgram(l, f, fd) || institutionalPlant(l, f, fd) {
				// a program among a site's uploads (classify_fake36.go):
				// warned on an institution's site, trusted otherwise;
				// an unknown site's program keeps its weight
				planted = true
				if finfo.trusted {
					w = wLinuxLink
				} else {
					w = max(w, wLinuxLink)
				}
			}
			// a download that is only noted is named plainly: the long
			// words ("the kind botnets spread") would contradict the
			// verdict beside them
			kind := "kind:" + fd.Kind.String()
			if w == wOfficialFile || w == wTLSScript || w == wReleaseFile {
				kind = "what:" + fd.Kind.String()
			}
			d := say2("link_file", f, kind)
			if projectIn != "" && w == wReleaseFile {
				d = say2("project_page", f, projectIn+"/")
			}
			if extension && w == wLinuxLink {
				d = say2("off_store_extension", f, linkx.Defang(l.Host))
			}
			if cheapJar && w == wLinuxLink {
				_, tld := abusedTLDOf(l.Suffix)
				d = say2("cheap_site_jar", f, linkx.Defang(l.Host), tld)
			}
			if stray && w == wLinuxLink {
				d = strayScriptDetail(l, f)
			}
			if planted {
				d = say2("planted_program", f, linkx.Defang(l.Host), l.Path[:strings.LastIndexByte(l.Path, '/')+1])
			}
			if freeJar && w == wLinuxLink {
				site, _ := model.Site(*l)
				d = say2("free_site_jar", f, linkx.Defang(l.Host), site.Suffix)
			}
			rs.add(Reason{Code: CodeDangerousFile, Weight: w, Subject: f, File: fd.Kind.String(),
				text: d, Detail: d.inEnglish()})
			suspect = suspect || !trustedFile
		case fd.Kind == filetype.Archive && !trustedFile && windowsArchive[fd.Ext] && !(c.ownBuild(l, f, fd, finfo, k.brands) && !releaseBaited(k)) && !makerDownload(l, f, fd, finfo) && !(c.projectRelease(l, f, fd, finfo, k.brands) && !releaseBaited(k)) && !(c.plainDownload(l, f, fd, finfo, k) && (!imitatedName(l, f) || mirrorSite(l))) &&
			!c.bucketArchive(l, f, fd, finfo, k) && !c.linuxArchive(l, f, fd, finfo, k) && !c.homeRelease(l, f, fd, finfo, k, debianHomes) && !c.vendorDownload(l, f, fd, finfo, k) && !c.namedArchive(l, f, fd, finfo, k) && !ciArtifact(l, f, k):
			rs.add(Reason{Code: CodeDangerousFile, Weight: wArchiveLink, Subject: f, File: fd.Kind.String(),
				text: say2("link_archive", f), Detail: say2("link_archive", f).inEnglish()})
			suspect = true
		case !finfo.trusted && fd.Decoy == "" && mailedArchive(f) != "":
			// PO_88213.gz, RFQ_2024_11.xz: papers in a wrapper mail
			// filters open less often (classify_files33.go)
			d := say2("mailed_archive", f, mailedArchive(f))
			rs.add(Reason{Code: CodeDangerousFile, Weight: wArchiveLink, Subject: f, File: filetype.Archive.String(),
				text: d, Detail: d.inEnglish()})
			suspect = true
		}
	}
	if judgeBucketPage(rs, l, k, shown) {
		// a bucket's page named for a bill or a sign-in, under the
		// cloud's trusted name too (classify_host45.go)
		suspect = true
	}
	if !c.training && !spared(l) {
		// a platform's page, a form or a shortened link beside a task
		// job's, an investment group's or a payroll's lure (page48)
		if kind, name := platformPage(l, info); kind != platNone {
			if r, ok := platformLure(kind, name, l, info, k, shown); ok {
				rs.add(r)
				suspect = true
			}
		}
	}
	if info.trusted {
		if !c.training && !spared(l) {
			// words hidden in a file host's id or fragment
			// (we.tl/t-Xq8kP2vContract, mega.nz/…#plugin-bundle-cracked;
			// slug47)
			if addSlugName(rs, l, info, k.brands, false, shown) {
				suspect = true
			}
		}
		if name, b, words := lurePackage(l, k.brands); b != nil {
			// a registry where anyone publishes vouches for no
			// package's name (metamask-seed-recovery)
			rs.add(handRule(CodeLurePage, wLurePage, shown(), say2("lure_package", shown()+l.Path, name, b.Name, strings.Join(words, ", "))))
			suspect = true
		}
		return 0, false, suspect
	}
	if info.taken != nil {
		if f := linkFile(l); f != "" && judgeFakeDownload(rs, l, info.taken, f, filetype.Check(f, "")) {
			suspect = true
		}
	} else if named != "" && judgeNamedFake(rs, l, named, namedFd, k.brands) {
		suspect = true // a site one letter off its file's name, or named for a product passed for (classify_fake36.go)
	}
	if words, premium := lurePage(l, info, k); words != nil {
		key := "lure_page"
		if premium {
			key = "lure_page_premium"
		}
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2(key, shown()+l.Path, strings.Join(words, ", "))))
		suspect = true
	} else if b, tunnel := brandSignInPage(l, info, k); b != nil {
		key := "hosted_brand_sign_in"
		if tunnel {
			key = "tunnel_brand_page"
		}
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2(key, shown()+l.Path, b.Name)))
		suspect = true
	} else if ipfsUploadRoot(l, k) {
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2("ipfs_upload_root", shown()+l.Path)))
		suspect = true
	}
	if words := paperworkPage(l, k); words != nil {
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2("paperwork_page", shown()+l.Path, strings.Join(words, ", "))))
		suspect = true
	} else if b := tunnelBrandLogin(l, k); b != nil {
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2("tunnel_brand_login", shown()+l.Path, b.Name)))
		suspect = true
	} else if b := hostedBrandPage(l, info, k); b != nil {
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2("hosted_brand_page", shown()+l.Path, b.Name)))
		suspect = true
	}
	if folder, b := kitFolderPage(l, info, k); b != nil {
		rs.add(handRule(CodeLurePage, wKitFolder, shown(), say2("kit_folder_brand", shown()+l.Path, b.Name)))
		suspect = true
	} else if folder != "" {
		rs.add(handRule(CodeLurePage, wKitFolder, shown(), say2("kit_folder_mail", shown()+l.Path, folder)))
		suspect = true
	}
	if words := rootCredentialPage(l, info, k); words != nil {
		rs.add(handRule(CodeLurePage, wLurePage, shown(), say2("root_credential_page", shown()+l.Path, strings.Join(words, ", "))))
		suspect = true
	}
	if b := brandCodeHost(l, info, k); b != nil {
		rs.add(handRule(CodeBrandInDomain, wLurePage, shown(), say2("brand_code_host", shown(), b.Name)))
		suspect = true
	}
	if w := authorityName(l, k); w != "" {
		rs.add(handRule(CodeDomainWords, wLurePage, shown(), say2("authority_name", shown(), w)))
		suspect = true
	}
	if b := brandDomainSubdomain(l, info); b != nil {
		rs.add(handRule(CodeBrandInDomain, wLurePage, shown(), say2("brand_domain_subdomain", shown(), b.Name)))
		suspect = true
	}
	shortened := info.signals[model.SigShortener] > 0
	if !shortened && !c.training && !spared(l) {
		// words hidden in a form's, a file's or an upload's id
		// (forms.gle/YTmonetizationReview26; slug47)
		if addSlugName(rs, l, info, k.brands, false, shown) {
			suspect = true
		}
	}
	// The path of a page anyone can publish, or of a shortened link, is
	// read once for the finding and the signal.
	var page pageReading
	if info.userContent || info.signals[model.SigShortener] > 0 {
		page = readPage(l, info, k.brands)
	}
	if info.userContent && !c.judgeUserContent(rs, l, info, shown(), &page) {
		return 0, false, suspect && !info.contact // a channel's link with nothing to say of it does not count for fan-out
	}
	if info.signals[model.SigShortener] > 0 {
		c.judgeUserContent(rs, l, info, shown(), &page)
		judgeShortAddress(rs, l, shown())
		subject, action, named := viSlugName(l.Path, k.brands)
		if named && !c.training && !spared(l) {
			// a shortened link named for a brand or an office and
			// what a Vietnamese scam asks (is.gd/ghtkdon; vi45)
			rs.add(handRule(CodeShortener, wViSlugName, shown(), say2("short_vi_name", shown()+l.Path, subject, action)))
		}
		if _, w, ok := playSlugName(l.Path, k.brands); ok && !c.training && !spared(l) {
			// a shortened link named for a game's free money, a
			// cheat or a platform's account notice
			// (tinyurl.com/free-robux-now, rb.gy/steam-verify; play46)
			rs.add(handRule(CodeShortener, wPlayName, shown(), say2("short_play_name", shown()+l.Path, w)))
		} else if !named && !c.training && !spared(l) {
			// words run together, camelCased or beside digits in a
			// shortened link's name (bit.ly/ytStrikeAppeal; slug47)
			addSlugName(rs, l, info, k.brands, true, shown)
		}
	}
	if l.Hidden {
		rs.add(handRule(CodeHiddenChars, wHidden, shown(), say2("hidden_chars", shown())))
	} else if l.Disguised {
		rs.add(handRule(CodeDisguised, wDisguised, shown(), say2("disguised", shown())))
	}
	if l.NumericIP && !c.training {
		rs.add(numericIPRule(l, shown()))
	}
	var sig model.LinkSignals
	sig, pf = c.linkSignals(l, info, k.brands, &page)
	if info.coincident && namesBrand(k, info.contextBrand) {
		sig[model.SigLookalike] = 1 // classify_fp50.go
	}
	reread := false
	if info.read != nil && !k.stopsReadings() && !(info.read.siteLure && k.speaksAny()) && !(info.read.inWord != nil && namesBrand(k, info.read.inWord)) {
		// a name not chosen as a scam's is read so only in a message
		// that is not a lure: a bought or compromised premium name, a
		// tunnel or a bucket under "connect your wallet" is read in full;
		// a site Netlify named, under any lure's word at all ("đơn hàng",
		// "invoice": rev32a)
		sig, reread = c.nameReading(l, info, sig)
	}
	if l.Scheme == "http" && !k.stopsReadings() {
		sig = c.plainHTTPReading(l, info, sig, k)
	}
	// judgeSelfServe reads nothing but info.selfServe of most hosts: the
	// shown name (linkx.Defang, a string built) only where it speaks
	if info.selfServe != nil && judgeSelfServe(rs, l, info, k, shown()) {
		suspect = true
	}
	if info.hostedTool != nil && judgeHostedTool(rs, l, info, k, shown()) {
		suspect = true
	}
	// a community's site named after a brand, a project's pages named
	// after their subject: their names' findings no longer count
	// (classify_host32.go)
	community, project := false, false
	if !k.stopsReadings() {
		sig = sampleAppReading(l, sig, k)
		sig = c.selfHostedReading(l, info, sig, k)
		sig = c.platformPageReading(l, info, sig)
		sig = c.lookupReading(l, info, sig)
		sig = c.importPathReading(l, info, sig, k)
		sig = c.docPageReading(l, info, sig, k)
		sig = c.wellKnownReading(l, info, sig, k)
		sig = c.blogPostReading(l, info, sig, k)
		sig = c.indexPageReading(l, info, sig, k)
		sig = c.rootWordReading(l, info, sig, k)
		sig = c.contentPathReading(l, info, sig, k)
		sig = c.programPageReading(l, info, sig, k)
		sig = c.namedPageReading(l, info, sig, k)
		sig = c.recordPageReading(l, info, sig, k)
		sig = c.serverPageReading(l, info, sig, k) // classify_oldweb35.go
		sig, project = c.hostedProjectReading(l, info, sig, k)
		sig, community = c.communitySiteReading(l, info, sig, k)
		sig = c.projectSiteReading(l, info, sig, k)
		sig = c.projectDocReading(l, info, sig, k)     // classify_fp49.go
		sig = c.plainNameReading(l, info, sig, k)      // classify_cheap40.go
		sig = c.quietPlainHTTPReading(l, info, sig, k) // classify_http42.go
		sig = c.spelledNameReading(l, info, sig, k)    // classify_fp48.go
	}
	sig = c.citedPageReading(l, info, sig, k)
	if sig[model.SigPort] == 1 && len(l.Path) > 1 {
		rs.add(handRule(CodeRawIP, wRawIPPort, shown(), say2("raw_ip_port", shown()+":"+l.Port)))
	}
	z = c.comb.LinkLogit(&sig)
	for i := range info.reasons {
		if info.nameFinding(i, reread) && !readPast(&info.reasons[i], community, project) && !quotedNotice(&info.reasons[i], l) {
			rs.add(info.reasons[i])
		}
	}
	if info.contextBrand != nil && sig[model.SigLookalike] > info.signals[model.SigLookalike] {
		rs.add(info.context)
	}
	if l.IP.IsValid() {
		rs.add(c.fitted(model.SigRawIP, 1, Reason{Code: CodeRawIP, Subject: shown(), text: say2("raw_ip", shown())}))
		if w := viIPPath(l.Path); w != "" && !c.training && !spared(l) {
			// a bare address whose path names a refund, a prize or
			// an account's check (103.145.22.18/hoantien; vi45)
			rs.add(handRule(CodeDomainWords, wViIPPath, shown(), say2("ip_lure_path", shown()+l.Path, w)))
		}
	}
	if contrib := c.comb.Link[model.SigModel] * float64(sig[model.SigModel]); contrib >= 1 && rs.explain < len(rs.pending) {
		rs.pending[rs.explain] = pendingPattern{link: l, info: info, contrib: contrib, host: hf, path: pf}
		rs.explain++
		hf, pf = nil, nil // the pending explanation's now
	}
	return z, true, true
}

// fileSays reports a finding about a link's file that judgeLink says
// something of: a disguise (disguiseRule), a file that can run code, a
// Linux build or an archive. Pages and names with no extension it knows
// say nothing.
func fileSays(fd filetype.Finding) bool {
	return fd.Dangerous() || fd.Disguised() || fd.Kind == filetype.Linux || fd.Kind == filetype.Archive
}

// featuresPool keeps the room a link's features are gathered in (6 KB,
// which a variable of the kind would clear for every link judged).
var featuresPool = sync.Pool{New: func() any { return new(model.Features) }}

// scratchFeatures returns an empty model.Features from featuresPool; put
// it back when done.
func scratchFeatures() *model.Features {
	fs := featuresPool.Get().(*model.Features)
	fs.N = 0
	return fs
}

// pendingPattern is a link whose model score is worth explaining if the
// message turns out flagged: working out which features raised it costs
// more than judging the link, and an allowed message needs no explanation.
type pendingPattern struct {
	link    *linkx.Link
	info    *hostInfo
	contrib float64 // what the model's score added to the combiner's logit
	// host holds the link model's features of the host's name when
	// judging the link worked them out (a host not seen before), nil
	// otherwise; from featuresPool, put back by release
	host *model.Features
	// path holds the link model's features of the link's path when
	// judging the link worked them out (linkSignals, for a link not
	// remembered on its host), nil otherwise; put back as host is
	path *model.Features
}

// release puts back the host and path features the pending
// explanations hold.
func (rs *reasons) release() {
	for i := range rs.pending[:rs.explain] {
		p := &rs.pending[i]
		if p.host != nil {
			featuresPool.Put(p.host)
			p.host = nil
		}
		if p.path != nil {
			featuresPool.Put(p.path)
			p.path = nil
		}
	}
}

// explainFloor is the least a family of the link model's features must
// add to a flagged link's logit to be named in its explanation.
const explainFloor = 0.5

// explainPatterns adds the phishing_pattern findings of the pending links.
// They are fitted findings: they explain the score and do not change it.
func (c *Classifier) explainPatterns(rs *reasons) {
	for _, p := range rs.pending[:rs.explain] {
		if r, ok := p.info.lastPattern(p.link); ok {
			rs.add(r)
			continue
		}
		// what the explanation reads of the host's features, kept on
		// the host: its other links are explained without working them
		// out again
		hp := p.info.hostPart.Load()
		if hp == nil || !hp.For(c.link, explainFloor) {
			hf := p.host // the host's, when judging the link worked them out
			if hf == nil {
				hf = scratchFeatures()
				if !p.info.userContent {
					// a page on a user-content host was scored by its path alone
					model.HostFeatures(p.link, hf)
				}
			}
			hp = c.link.HostPart(explainFloor, hf)
			if p.host == nil {
				featuresPool.Put(hf)
			}
			p.info.hostPart.Store(hp)
		}
		var why []model.Contribution
		if p.path != nil {
			why = hp.ExplainPart(p.path) // the path's features, as judging the link worked them out
		} else {
			pf := scratchFeatures()
			model.PathFeatures(p.link, pf)
			why = hp.ExplainPart(pf)
			featuresPool.Put(pf)
		}
		if len(why) == 0 {
			continue
		}
		shown := linkx.Defang(p.link.Unicode)
		if p.info.userContent {
			shown += p.link.Path // the page, not the host, was judged
		}
		d := say2("phishing_pattern", patternArgs(shown, why)...)
		// rendered without the cache of rendered texts: the explanation
		// is kept for the link (patternMemo), and another link's
		// explanation seldom names the same words
		r := Reason{Code: CodePattern, Subject: shown, fitted: true, Weight: shownWeight(p.contrib), text: d, Detail: d.render(&english)}
		if key, ok := memoKey(p.link.Raw); ok {
			p.info.pattern[patternSlot(p.link.Raw)].Store(&patternMemo{link: key, reason: r})
		}
		rs.add(r)
	}
}

// linkSignals is signals for a link judged in full, remembered on its
// host by the link as written (a slot of hostInfo.sigs, as the
// explanations are kept): a link reposted or sprayed into many chats has
// its path read and scored by the link model once. The signals depend on
// nothing but the link, its host's analysis and the brands that analysis
// was made under.
//
// When it works the signals out, it returns the path's features it read
// (model.PathFeatures, from featuresPool, for the caller to put back):
// a flagged link's explanation reads them again (explainPatterns). It
// returns nil features when the signals were remembered.
func (c *Classifier) linkSignals(l *linkx.Link, info *hostInfo, bm *brand.Matcher, page *pageReading) (model.LinkSignals, *model.Features) {
	slot := &info.sigs[patternSlot(l.Raw)]
	if m := slot.Load(); m != nil && m.link == l.Raw {
		return m.sig, nil
	}
	pf := scratchFeatures()
	sig := c.signals(l, info, pf, bm, page)
	if key, ok := memoKey(l.Raw); ok {
		slot.Store(&signalsMemo{link: key, sig: sig})
	}
	return sig, pf
}

// memoKey returns the link a host's memo is kept under: a copy, for a
// link is a slice of its message's text and would keep the whole
// message alive as long as its host is cached (up to 65,536 hosts of
// eight slots each); false for a link too long to be worth keeping, as
// linkx's cache of parsed links skips them.
func memoKey(raw string) (string, bool) {
	if len(raw) > 512 {
		return "", false
	}
	return strings.Clone(raw), true
}

// signalsMemo is the signals worked out for a link of a host.
type signalsMemo struct {
	link string
	sig  model.LinkSignals
}

// patternMemo is an explanation worked out for a link of a host: a link
// sprayed into many chats is explained once.
type patternMemo struct {
	link   string
	reason Reason
}

// lastPattern returns the explanation of the link if it is the one last
// explained in its slot of its host.
func (info *hostInfo) lastPattern(l *linkx.Link) (Reason, bool) {
	if m := info.pattern[patternSlot(l.Raw)].Load(); m != nil && m.link == l.Raw {
		return m.reason, true
	}
	return Reason{}, false
}

// patternSlot is the slot of hostInfo.pattern (and hostInfo.sigs) a
// link's explanation is kept in: a hash of the link as written. maphash
// reads the link sixteen bytes at a time, where a byte-by-byte hash
// (FNV-1a) waits on a multiply for every byte of every judged link.
func patternSlot(raw string) int {
	return int(maphash.String(patternSeed, raw) % uint64(len(hostInfo{}.pattern)))
}

// patternSeed is patternSlot's seed, made once when the program starts
// and never changed.
var patternSeed = maphash.MakeSeed()

// linkLogit returns the link model's logit of a link whose host is read
// (info) and whose path features are pf: the host's and the path's
// logits summed, or the host's expert where it reads higher. Every
// reading of a path (signals, and the readings that put a path in
// another light: plainHTTPReading, plainPageReading, lookupReading)
// combines them so.
func (c *Classifier) linkLogit(info *hostInfo, pf *model.Features) float32 {
	return hostPathLogit(info, c.link.Logit(pf))
}

// hostPathLogit is linkLogit for a path already read: path is the link
// model's logit of the path's features.
func hostPathLogit(info *hostInfo, path float32) float32 {
	logit := info.hostLogit + path
	if info.hasExpert {
		logit = max(logit, info.expertLogit)
	}
	return logit
}

// signals completes the host's link signals with the path's: the link
// model's score of the whole link, an odd port, a brand in the path of a
// user-content page. pf receives the path features. page is the path's
// reading for a user-content host or a shortener (readPage), nil to read
// it here.
func (c *Classifier) signals(l *linkx.Link, info *hostInfo, pf *model.Features, bm *brand.Matcher, page *pageReading) model.LinkSignals {
	sig := info.signals
	model.PathFeatures(l, pf)
	if sig[model.SigShortener] == 0 {
		path := c.link.Logit(pf)
		sig[model.SigModel] = model.ClampModel(float64(hostPathLogit(info, path)))
		if info.hasApart {
			brandApart(l, info, path, &sig) // classify_brandmask48.go
		}
	} // a shortener's own name says nothing of where it leads: the model stays neutral
	if l.IP.IsValid() && l.Port != "" && l.Port != "80" && l.Port != "443" {
		sig[model.SigPort] = 1
	}
	if info.userContent || sig[model.SigShortener] > 0 {
		if page == nil {
			p := readPage(l, info, bm)
			page = &p
		}
		sig[model.SigHostingBrand] = max(sig[model.SigHostingBrand], page.signal())
	}
	if info.contextBrand != nil && brandContext(l.Path, info.contextBrand, bm) {
		sig[model.SigLookalike] = max(sig[model.SigLookalike], plausibleLookalike)
	}
	return sig
}

// brandContext reports whether a link's path names the brand or holds one
// of its context words, in either case (discard.com/nitro,
// discard.com/Invite/x, discard.com/discord-gift): the context in which a
// word of a language that looks like the brand's name stands for it.
func brandContext(path string, b *brand.Brand, bm *brand.Matcher) bool {
	found := false
	forLetterRuns(path, func(run string) bool {
		w := strings.ToLower(run) // no copy when already lower-case
		found = bm.Named(w, 6) == b || slices.Contains(b.Context, w)
		return !found
	})
	return found
}

// forLetterRuns calls fn with each run of ASCII letters of s, in order,
// until fn returns false.
func forLetterRuns(s string, fn func(run string) bool) {
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if !fn(s[i:j]) {
			return
		}
		i = j
	}
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// LinkSignals returns what the link stage of the combiner reads about a
// link, and false when the classifier would not weigh the link at all
// (official, reputable, not public). The trainer fits the link stage on it.
func (c *Classifier) LinkSignals(l *linkx.Link) (model.LinkSignals, bool) {
	if l.IP.IsValid() && !publicIP(l) {
		return model.LinkSignals{}, false
	}
	bm := c.brands.Load()
	info := c.hosts.get(c, bm, l)
	var page *pageReading
	if info.userContent {
		p := readPage(l, info, bm)
		page = &p
	}
	if info.trusted || info.userContent && page.signal() == 0 {
		return model.LinkSignals{}, false
	}
	var pf model.Features
	return c.signals(l, info, &pf, bm, page), true
}

// fileDrops are official hosts that serve the files anyone uploads, at
// a link of their own (Discord's attachments, shared folders): a program
// there is judged as an attachment, not as the host's own download.
// Storage buckets and code hosts' releases are left out: vendors and
// projects publish their own downloads there (s3.amazonaws.com/aws-cli,
// github.com/cli/cli/releases).
var fileDrops = setOf("cdn.discordapp.com", "media.discordapp.net", "cdn.discord.com",
	"dl.dropboxusercontent.com", "dropbox.com", "www.dropbox.com", "dl.dropbox.com")

// windowsArchive are the archive formats malware is mailed and linked in;
// a .tar.gz at the end of a link is far more often source code.
var windowsArchive = map[string]bool{"zip": true, "rar": true, "7z": true, "ace": true, "arj": true, "cab": true}

// codeHosts serve repositories at /OWNER/NAME, where a NAME ending in .js
// (next.js, three.js) is a project, not a file.
var codeHosts = setOf("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net", "npmjs.com", "gitee.com")

// repoName reports a link to a repository (or a page of one) whose name
// merely ends like a file: github.com/vercel/next.js,
// github.com/mrdoob/three.js/tree/dev.
// selfNamedRelease reports whether a program, disk image or archive at the
// end of a link is a versioned release named after the site that serves
// it, over TLS: sqlite.org/2024/sqlite-tools-win-x64-3460000.zip,
// nmap.org/dist/nmap-7.95-setup.exe, in a folder of the site (not at its
// root: anydesk.app/anydesk-8.0.1.exe). That is how projects publish their
// builds, and tech chat links them; the caller also asks that the site be
// plain (plainSite: no cheap ending, teamviewer.top). Droppers are named after what they
// pretend to be (invoice, update, setup) on compromised sites and
// addresses, and served over plain HTTP to devices; a site that takes a
// product's name to serve it (anydesk-app.com) is not named as its file,
// and a look-alike's own name is judged by the rest of the classifier.
// Scripts, shortcuts, screen savers, documents and Android apps are not
// releases here.
func selfNamedRelease(l *linkx.Link, file string, fd filetype.Finding) bool {
	if !releaseExt[fd.Ext] {
		return false
	}
	if takenProduct(l) != nil || utilitySite(l) {
		// a popular program's name on a site not its maker's
		// (anydesk.app/anydesk-8.0.1.exe), or a kind of utility's
		// (quickpdfeditor.org): not a product's own site
		return false
	}
	if !overTLS(l) || l.IP.IsValid() || l.Domain == "" || l.Suffix == "" || !inFolder(l) {
		return false
	}
	site := strings.TrimSuffix(l.Domain, "."+l.Suffix)
	if site == l.Domain || strings.Contains(site, ".") {
		return false
	}
	site = strings.ReplaceAll(site, "-", "")
	stem, _, _ := strings.Cut(file, ".")
	i := 0
	for i < len(stem) && isAlnum(stem[i]) {
		i++
	}
	// the file's first word is the site's name: 7z2408-x64.exe on
	// 7-zip.org is not matched, wireshark-4.4.2-x64.exe on wireshark.org is;
	// so is a name spelled across its ending (Framework_Laptop_13_BIOS_3.05.zip
	// on frame.work)
	if len(site) < 3 || !strings.EqualFold(stem[:i], site) && !strings.EqualFold(stem[:i], site+strings.ReplaceAll(l.Suffix, ".", "")) {
		return false
	}
	return versioned(file[i:])
}

// ownBuild reports a build named after the site that serves it
// (selfNamedRelease) on a plain site (plainSite), where an ending spelled
// into the program's name (frame.work for Framework's builds, a domain
// hack) does not count against the site if it is no more than a little
// cheap (.work: abusedTLDs of 0.2): the ending's weight is still in the
// combiner's reading of the link, which plainSite asks to be ordinary. An
// ending beside the program's name (kicad.cc/…/kicad-8.0.6.exe) does
// count: a fake download site takes the program's name on a cheap ending,
// and its name reads as the maker's own (arduino.cc) does.
func (c *Classifier) ownBuild(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, bm *brand.Matcher) bool {
	if !selfNamedRelease(l, file, fd) {
		return false
	}
	if c.plainSite(l, info, bm) {
		return true
	}
	w, _ := abusedTLDOf(l.Suffix)
	hack := strings.ReplaceAll(l.Domain, ".", "")
	if w == 0 || w > 0.2 || len(file) < len(hack) || !strings.EqualFold(file[:len(hack)], hack) {
		return false
	}
	return c.plainSiteBut(l, info, bm, CodeSuspiciousTLD)
}

// projectRelease reports whether a program, installer, disk image or
// archive at the end of a link is published the way projects publish
// their builds, from a site whose name and link say nothing against it:
// get.videolan.org/vlc/3.0.21/win64/vlc-3.0.21-win64.exe,
// dl.k8s.io/release/v1.31.2/bin/windows/amd64/kubectl.exe. That is
//
//   - on a host of the site's that serves builds (releaseHosts:
//     download., dl., get., releases.); a build on the site's own pages
//     is not told from a fake installer by its link (malware-urls4h);
//
//   - over TLS, at a name (not an address or an odd port), on a site of
//     its own (not a page anyone can publish, a file drop or a shortener),
//     with no finding about the name (brand, look-alike, cheap ending,
//     scam words) and a link the link model reads as ordinary;
//
//   - a file named after a product (its first word is not what a dropper
//     pretends to be: setup.exe, invoice.zip, update.exe, and no word of
//     it is a lure: Payroll_Dec.zip, photoshop_crack.rar), not served by
//     a site that takes the product's name with a download word around it
//     (anydesk-app.com/AnyDesk-8.0.1.exe), and not a program that fake
//     download pages imitate (the products table: its maker's own
//     downloads are makerDownload's);
//
//   - in a folder of the site (inFolder), and not in a blog engine's
//     upload folders (wp-content), where droppers on compromised sites
//     sit.
//
//   - versioned in its name or its folder (a release's number: 3.0.21,
//     v1.31.2, 2408), of a release channel (latest, stable, nightly), or
//     named after the site on a download host
//     (download.wireguard.com/…/wireguard-installer.exe). An unversioned
//     build named otherwise (download.sysinternals.com/files/Autoruns.zip)
//     is named as droppers on a download host of a fresh name are
//     (download.mediacodecs.org/codec/VideoCodecPack.exe).
//
// Android apps, scripts, shortcuts and screen savers are not releases
// here.
func (c *Classifier) projectRelease(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, bm *brand.Matcher) bool {
	if !releaseExt[fd.Ext] || fd.Decoy != "" || fd.RTL {
		return false
	}
	if !c.plainSite(l, info, bm) || utilitySite(l) || takersName(l) || onDynamicDNS(l) || piracyName(l) {
		return false // download.invoice-share.net, dl.x.duckdns.org, releases.crackedsoft.net
	}
	sub := l.Subdomain()
	first, _, _ := strings.Cut(sub, ".")
	if !releaseLabel(first) {
		// a build on a site's own pages (7-zip.org/a/, a firm's
		// www.…/downloads/) reads exactly as a fake installer on an
		// impostor's name or a compromised site does
		// (keepassx.org/downloads/KeePass-2.57-Setup.exe,
		// static.greenfieldlaw.com/downloads/AdobeReader_….msi)
		return false
	}
	lower := strings.ToLower(l.Path)
	if strings.Contains(lower, "/wp-") || !inFolder(l) {
		return false
	}
	words := fileWords(file)
	if len(words) == 0 || dropperNames[words[0]] {
		return false
	}
	for _, w := range words {
		if dropperWords[w] {
			return false
		}
	}
	site := strings.ReplaceAll(strings.TrimSuffix(l.Domain, "."+l.Suffix), "-", "")
	if rest, ok := strings.CutPrefix(site, words[0]); ok && rest != "" && siteTakers[rest] {
		return false // anydesk-app.com, anydesk-download.cc
	}
	if rest, ok := strings.CutSuffix(site, words[0]); ok && rest != "" && siteTakers[rest] {
		return false // getanydesk.com
	}
	// A program that fake download pages imitate is its maker's to
	// publish (makerDownload): on any other site's download host or
	// mirror it is how its fakes are served
	// (mirrors.northwind-hosting.com/pub/vlc/…/vlc-3.0.20-win64.exe).
	if imitatedProduct(file) != nil {
		return false
	}
	dir := l.Path[:strings.LastIndexByte(l.Path, '/')+1]
	if versioned(file) || dottedVersion(dir) || len(site) >= 4 && strings.HasPrefix(words[0], site) {
		return true // wireguard-installer.exe, TeamViewerQS_x64.exe on the site's download host
	}
	// a release channel's build: putty/latest/w64/putty.exe,
	// metasploitframework-latest.msi, ffmpeg-release-essentials.zip
	for _, w := range words[1:] {
		if releaseChannels[w] {
			return true
		}
	}
	for _, seg := range strings.Split(strings.ToLower(dir), "/") {
		if releaseChannels[seg] {
			return true
		}
	}
	return false
}

// osImage reports an operating system's install image as distributions
// publish it: a disk image (.iso, .img) named with the machine
// architecture it boots on (archlinux-x86_64.iso,
// alpine-virt-3.20.2-x86_64.iso, metal-amd64.iso), in a folder of its
// site, whose name is neither what a dropper passes for nor holds a
// lure (Invoice_Scan.iso, Document-x86_64.iso), on a site whose name
// does not take the system's with other words (ubuntu-releases.com); the
// caller asks that the site be plain (plainSite). Disk images that carry malware are mailed
// and linked as documents, never named for a processor; Windows' own x64
// images are Microsoft's, and a site anyone can name is not plain.
func osImage(l *linkx.Link, file string, fd filetype.Finding) bool {
	if fd.Ext != "iso" && fd.Ext != "img" || fd.Decoy != "" || fd.RTL || !inFolder(l) || strings.Contains(strings.ToLower(l.Path), "/wp-") {
		return false
	}
	words := fileWords(file)
	if len(words) == 0 || dropperNames[words[0]] {
		return false
	}
	for _, w := range words {
		if dropperWords[w] || codeDropperAny[w] {
			return false
		}
	}
	// a name that takes the system's with other words
	// (kali-linux-mirror.net, ubuntu-releases.com) is a fake download
	// site's: a project names its site as one word (kali.org,
	// alpinelinux.org), a mirror after its host
	if label := l.Label(); strings.IndexByte(label, '-') >= 0 {
		for part := range strings.SplitSeq(label, "-") {
			if part == words[0] {
				return false
			}
		}
	}
	lower := strings.ToLower(file)
	for _, a := range architectures {
		if i := strings.Index(lower, a); i > 0 && i+len(a) < len(lower) && !isAlnum(lower[i-1]) && !isAlnum(lower[i+len(a)]) {
			return true
		}
	}
	return false
}

// architectures are the names operating systems' images give the
// processors they boot on; x64 and x86, which Windows programs' names
// use too, are not among them.
var architectures = []string{"x86_64", "amd64", "arm64", "aarch64", "i386", "i686", "armhf", "riscv64", "ppc64le", "s390x"}

// releaseChannels are the words a project names the channel of a build
// by, in its folder or its file name.
var releaseChannels = setOf("latest", "stable", "nightly", "release", "lts")

// dottedVersion reports whether a path holds a release number of two
// parts or more (3.0.21, v1.31.2, jdk23.0.1, 2024.11.01).
func dottedVersion(path string) bool {
	for i := 1; i+1 < len(path); i++ {
		if path[i] == '.' && path[i-1] >= '0' && path[i-1] <= '9' && path[i+1] >= '0' && path[i+1] <= '9' {
			return true
		}
	}
	return false
}

// imitatedProduct returns the program of the products table a file is
// named after (its name starts with one of the product's names or file
// prefixes, letters and digits only: vlc-3.0.20-win64.exe, putty.exe,
// 7z2408-x64.exe), or nil.
func imitatedProduct(file string) *product {
	name := fileStem(file)
	for i := range products {
		if products[i].namesFile(name) {
			return &products[i]
		}
	}
	return nil
}

// plainSite reports whether a link is over TLS to a name (not an address
// or an odd port) on a site of its own (not a page anyone can publish, a
// file drop, a shortener, nor a site anyone can name: anyonesSite), with no finding about the name (brand,
// look-alike, cheap ending, scam words) and a link the combiner reads as
// ordinary: where a project's own downloads and install scripts are.
// It costs a second reading of the path, so it is asked only of files.
func (c *Classifier) plainSite(l *linkx.Link, info *hostInfo, bm *brand.Matcher) bool {
	return c.plainSiteBut(l, info, bm, "")
}

// plainSiteBut is plainSite with a finding of the code ignored.
func (c *Classifier) plainSiteBut(l *linkx.Link, info *hostInfo, bm *brand.Matcher, ignored Code) bool {
	if !overTLS(l) || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Domain == "" || l.Suffix == "" || !l.ICANN {
		return false
	}
	if info.trusted || info.userContent || fileDrops[l.Host] || fileHosts[l.Domain] || info.contextBrand != nil || anyonesSite(l) {
		return false
	}
	reread := info.read != nil && !readsBrand(&info.signals)
	for i := range info.reasons {
		if info.reasons[i].Code != ignored && info.nameFinding(i, reread) {
			return false
		}
	}
	return c.readsOrdinary(l, info, bm)
}

// readsOrdinary reports a link the combiner reads as ordinary, its file
// aside: a logit under releaseLookMax.
func (c *Classifier) readsOrdinary(l *linkx.Link, info *hostInfo, bm *brand.Matcher) bool {
	pf := scratchFeatures()
	sig := c.signals(l, info, pf, bm, nil)
	featuresPool.Put(pf)
	sig, _ = c.nameReading(l, info, sig)
	return c.comb.LinkLogit(&sig) < releaseLookMax
}

// installScript reports a PowerShell installer as projects publish it
// (irm https://astral.sh/uv/install.ps1 | iex): named install, on a
// plain site (plainSite), or named after its site, then install
// (siteInstallScript: dotnet-install.ps1 on dot.net). The pasted
// commands of fake checks name their scripts otherwise (verify.ps1,
// captcha.ps1) or serve them from addresses and fresh names.
func (c *Classifier) installScript(l *linkx.Link, file string, fd filetype.Finding, info *hostInfo, bm *brand.Matcher) bool {
	if fd.Ext != "ps1" || fd.Decoy != "" || fd.RTL {
		return false
	}
	words := fileWords(file)
	// one among a site's themes or uploads is planted there
	// (plantedFolder: classify_mal35.go)
	return len(words) > 0 && (words[0] == "install" || words[0] == "installer" || siteInstallScript(l, file)) && !plantedFolder(l.Path) && c.plainSite(l, info, bm)
}

// releaseLookMax is the most the combiner may make of a release's link,
// its file aside: a logit of -2, under 12 % where 50 % warns.
const releaseLookMax = -2

// fileWords returns the words of a file's name before its ending, in
// lower case: its runs of letters (vlc, win, for vlc-3.0.21-win64.exe).
func fileWords(file string) []string {
	stem := file
	if i := strings.LastIndexByte(stem, '.'); i > 0 {
		stem = stem[:i]
	}
	var words []string
	forLetterRuns(stem, func(run string) bool {
		words = append(words, strings.ToLower(run))
		return true
	})
	return words
}

// inFolder reports a file in a folder of its site, not at its root:
// projects file their builds (7-zip.org/a/, nmap.org/dist/,
// sqlite.org/2024/); a site made to pass for a product's serves its one
// file at the root (anydesk.app/anydesk-8.0.1.exe,
// obs-studio.net/OBS-Studio-30.1.2-Full-Installer-x64.exe).
// A site's download host serves from its root as projects file
// elsewhere (download.anydesk.com/AnyDesk.exe).
func inFolder(l *linkx.Link) bool {
	if strings.LastIndexByte(l.Path, '/') > 0 {
		return true
	}
	first, _, _ := strings.Cut(l.Subdomain(), ".")
	return downloadHosts[first]
}

// dropperNames are what a dropper's file is named to pass for, as its
// first word: not a product.
var dropperNames = setOf("setup", "install", "installer", "update", "updater", "upgrade", "download", "downloader", "file", "files",
	"doc", "docs", "document", "documents", "pdf", "scan", "photo", "photos", "img", "image", "images", "video", "videos", "pic", "picture",
	"app", "application", "program", "client", "loader", "payload", "run", "launcher", "driver", "drivers", "patch", "fix", "tool", "tools",
	"new", "my", "your", "secure", "security", "official", "player", "plugin", "codec", "flash", "flashplayer", "chrome", "browser",
	// what a remote-access trojan's builder names its output (Stub.exe,
	// Crypted.exe: files33)
	"stub", "crypted",
	// Windows' own processes, whose names malware takes so that it
	// hides in a task list; Windows is never downloaded a file at a time
	"svchost", "lsass", "csrss", "winlogon", "rundll32", "regsvr32", "conhost", "dllhost", "taskhostw", "smss", "spoolsv", "wininit")

// dropperWords are lure words a dropper's name holds anywhere
// (Payroll_Dec.zip, photoshop_crack.rar, Invoice_2024.zip).
var dropperWords = setOf("invoice", "invoices", "payment", "payments", "receipt", "remittance", "payroll", "salary", "statement",
	"order", "purchase", "quote", "quotation", "contract", "tax", "refund", "bill", "billing", "shipping", "delivery", "fine",
	"crack", "cracked", "keygen", "activator", "serial", "cheat", "cheats", "hack", "hacked", "aimbot", "mod", "free", "gift", "bonus",
	"prize", "giveaway", "airdrop", "claim", "wallet", "private", "leak", "leaked", "nude", "sex", "confidential", "urgent",
	// an invoice's number (INV-20240918.zip), and the same papers in
	// Vietnamese, written joined as file names are (HoaDon_2024.zip,
	// TaiLieu_HocTap.zip: hóa đơn, biên lai, chứng từ, hợp đồng, báo
	// giá, đơn hàng, tài liệu, bảng lương)
	"inv", "hoadon", "bienlai", "chungtu", "hopdong", "baogia", "donhang", "tailieu", "bangluong",
	// and an invoice or a receipt in the languages droppers' mail is
	// written in most after English (Factura_0923.7z, Fattura_2024.zip,
	// Rechnung_8812.zip, Boleto_Pagamento.zip)
	"factura", "fatura", "fattura", "facture", "rechnung", "faktura", "recibo", "boleto",
	// a paid program's build as cracks are named, unlocked or
	// activated by a third party (Microsoft_Office_2021_Activated.zip,
	// Filmora_13_Unlocked.zip, Photoshop_2024_Preactivated.rar): no
	// maker names its own build so
	"activated", "preactivated", "unlocked", "repack", "repacked")

// siteTakers are the words a site adds to a product's name to pass for
// its source (anydesk-app.com, anydesk-download.cc, getanydesk.com,
// slack-desktop.com, zoom-meeting.app, nvidia-drivers.net).
var siteTakers = setOf("app", "apps", "download", "downloads", "dl", "get", "setup", "install", "installer", "official", "free",
	"soft", "software", "pro", "update", "updates", "web", "site", "online", "hub", "store", "pc", "win", "windows", "mac", "client", "vn", "new",
	"desktop", "meeting", "meet", "browser", "player", "remote", "driver", "drivers", "messenger")

// releaseHosts are the first labels of the hosts a project serves its
// builds from and nothing else (get.videolan.org, dl.k8s.io,
// download.documentfoundation.org): a project release is taken only
// there. A compromised site's cdn. or static. host is not one.
var releaseHosts = setOf("download", "downloads", "dl", "get", "releases", "release", "pkgs", "dist")

// downloadHosts are the first labels of hosts sites serve their builds
// from, for all or for one system (windows.metasploit.com).
var downloadHosts = setOf("download", "downloads", "dl", "get", "releases", "release", "files", "cdn", "static", "mirror", "mirrors", "dist", "pkg", "pkgs",
	"windows", "win", "mac", "macos", "linux")

// releaseExt holds the endings projects publish their builds under.
var releaseExt = map[string]bool{"exe": true, "msi": true, "msix": true, "pkg": true, "dmg": true, "iso": true, "zip": true, "7z": true, "rar": true}

// versioned reports whether a file name's rest holds a version or build
// number: two numbers joined by a dot or an underscore (4.4.2, 1_9), or a
// run of four digits or more (3460000).
func versioned(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			run++
			if run >= 4 {
				return true
			}
			continue
		}
		if (c == '.' || c == '_') && run > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			return true
		}
		run = 0
	}
	return false
}

func repoName(l *linkx.Link) bool {
	if !codeHosts[l.Domain] {
		return false
	}
	segs := strings.Split(strings.Trim(l.Path, "/"), "/")
	if len(segs) < 2 {
		return false
	}
	// /owner/name.js or /owner/name.js/tree/...: a file is never the second
	// segment; raw files and release assets sit deeper.
	if len(segs) == 2 {
		return true
	}
	switch segs[2] {
	case "tree", "blob", "issues", "pull", "pulls", "wiki", "commit", "commits", "actions", "discussions", "compare", "tags":
		return !(segs[2] == "blob" && len(segs) > 4 && strings.Contains(segs[len(segs)-1], "."))
	}
	return false
}

// judgeUserContent reads the path of a page on an official host where
// anyone can publish (sites.google.com/view/metamask-restore), or of a
// shortened link (whose path is all it shows of itself): it reports
// whether the page is named after a brand other than the host's or built
// from lure words, and adds the finding. page is the path's reading.
func (c *Classifier) judgeUserContent(rs *reasons, l *linkx.Link, info *hostInfo, shown string, page *pageReading) bool {
	if page.signal() == 0 {
		return false
	}
	if b := page.brand; b != nil {
		r := Reason{Code: CodeBrandInDomain, Subject: shown, text: say2("user_content", shown+l.Path, l.Host, b.Name)}
		if info.userContent {
			// A page anyone can publish on an official host, named after
			// another brand (sites.google.com/view/metamask-restore,
			// telegra.ph/Vietcombank-xac-minh): the data has no benign
			// pages of the kind to fit a weight on, and the host's own
			// name pulls the link model down, so the finding keeps a
			// hand weight that warns on its own.
			r.Weight, r.Detail = wUserContentBrand, r.text.inEnglish()
			rs.add(r)
		} else {
			rs.add(c.fitted(model.SigHostingBrand, 1, r))
		}
	} else {
		rs.add(c.fitted(model.SigHostingBrand, 1, Reason{Code: CodeDomainWords, Subject: shown,
			text: say2("user_content_words", shown+l.Path, l.Host, strings.Join(page.words, ", "))}))
	}
	return true
}

// pageReading is what the path of a page on a user-content host, or of a
// shortened link, says: the brand other than the host's it is named
// after, or else the lure words it is built from.
type pageReading struct {
	brand *brand.Brand
	words []string
}

func readPage(l *linkx.Link, info *hostInfo, bm *brand.Matcher) pageReading {
	if libraryTagPage(l) {
		return pageReading{} // a tag's or a library's page on a publishing site (classify_rev44d.go)
	}
	if info.contact || publishingSite(l) {
		// a channel's name, or a post, a mod or a listing about a
		// brand's product (dev.to/NAME/connect-metamask-to-react):
		// read for a lure's words only (classify_rev44d.go)
		return pageReading{words: pathLureWords(l)}
	}
	if b := pathBrand(l, info, bm); b != nil {
		return pageReading{brand: b}
	}
	return pageReading{words: pathLureWords(l)}
}

// signal is 1 when the page uses another brand's name or lure words in
// its path, else 0.
func (p *pageReading) signal() float32 {
	if p.brand != nil || len(p.words) > 0 {
		return 1
	}
	return 0
}

func pathBrand(l *linkx.Link, info *hostInfo, bm *brand.Matcher) *brand.Brand {
	var found *brand.Brand
	forPathWords(l.Path, func(w string) bool {
		if b := bm.Named(w, 5); b != nil && b != info.official {
			found = b
			return false
		}
		return true
	})
	return found
}

// pathLureWords returns the domain lure words and the words of a scheme
// (nhiemvu, hoahong, vaytien, taixiu, airdrop) among the words of a path.
func pathLureWords(l *linkx.Link) []string {
	var out []string
	forPathWords(l.Path, func(w string) bool {
		if (model.DomainWord(w) || model.SchemeWord(w)) && len(w) >= 4 && !productWord(l.Host, w) {
			out = append(out, w)
		}
		return len(out) < 3
	})
	return out
}

// productWord reports a path word that names the host's own product
// (docs.google.com/forms/..., forms.office.com/...): every link to a
// Google or Microsoft form carries it, so it says nothing.
func productWord(host, w string) bool {
	return (w == "form" || w == "forms") && (host == "docs.google.com" || strings.HasPrefix(host, "forms."))
}

// forPathWords calls fn with the lower-case words of the first four
// segments of a path, split at anything but letters and digits, until fn
// returns false.
func forPathWords(path string, fn func(string) bool) {
	var buf [32]byte
	segs := 0
	for i := 0; i < len(path) && segs < 5; {
		if path[i] == '/' {
			segs++
		}
		j := i
		for j < len(path) && isAlnum(path[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if j-i <= len(buf) {
			w := buf[:0]
			upper := false
			for k := i; k < j; k++ {
				ch := path[k]
				if ch >= 'A' && ch <= 'Z' {
					ch += 'a' - 'A'
					upper = true
				}
				w = append(w, ch)
			}
			word := path[i:j] // already lower-case: no copy (speed49)
			if upper {
				word = string(w)
			}
			if !fn(word) {
				return
			}
		}
		i = j
	}
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// judgeUserinfo notes text written before an @ in a link's authority,
// which a reader may take for where the link goes. Credentials a tool
// is given in its URL (user:pass@proxy, token@pypi.company.com,
// apt:debian@repo) show no place and name nothing: they are no finding
// (placeholderUserinfo).
func (c *Classifier) judgeUserinfo(rs *reasons, l *linkx.Link, shown string, bm *brand.Matcher) {
	if placeholderUserinfo(l.UserInfo, bm) {
		return
	}
	user := l.UserInfo
	if i := strings.IndexByte(user, ':'); i >= 0 {
		user = user[:i]
	}
	r := handRule(CodeUserinfo, wUserinfo, shown, say2("userinfo", shown))
	if u, ok := linkx.Parse(user); ok && u.Domain != "" {
		r = handRule(CodeUserinfo, wUserinfoDomain, shown, say2("userinfo_domain", u.Domain, shown))
		r.Imitates = u.Domain
	}
	rs.add(r)
}

// placeholderUserinfo reports a link's user info that passes for no
// place: ASCII with no dot (paypal.com@…, www.google.com.evil@…), no
// percent escape, no brand's name (paypal@…, metamask:support@…) and no lure or
// scheme word (login@…, verify-account@…, airdrop@…) in it: a user
// name, a password or a token, as documentation and configuration write
// them (user:pass@…, abc:xyz@example.com, 0123456789abcdef@…).
// A lure's word inside a longer one counts as it does in a domain name
// (xacthuctaikhoan@…: model.NameWords), and the words read as a name
// are matched as a domain's would be (brand.Matcher.Match): a brand
// written a letter or a digit off (zal0@…, micros0ft@…, paypa1-help@…)
// or split by a hyphen (pay-pal@…) passes for the brand (rev13's
// review: the loosening let those through), while a reading that is
// plausibly another word is left alone.
func placeholderUserinfo(ui string, bm *brand.Matcher) bool {
	for i := 0; i < len(ui); i++ {
		if ui[i] >= 0x80 || ui[i] == '.' || ui[i] == '%' {
			return false
		}
	}
	words := strings.FieldsFunc(strings.ToLower(ui), func(r rune) bool { return !isAlnum(byte(r)) })
	for _, w := range words {
		if model.DomainWord(w) || model.SchemeWord(w) || len(model.NameWords(w)) > 0 || bm != nil && bm.Named(w, 5) != nil {
			return false
		}
	}
	if bm != nil && len(words) > 0 {
		host := strings.Join(words, "-") + ".com"
		if m, ok := bm.Match(host, host, "com"); ok && !m.Plausible {
			return false
		}
	}
	return true
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
	r := handRule(CodeMaskedLink, wMasked, shown, say2("masked", linkx.Defang(v.Unicode), shown))
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
	kind := "kind:" + f.Kind.String()
	if r, ok := disguiseRule(f, name); ok {
		rs.add(r)
	}
	if f.Kind >= filetype.Page {
		r := handRule(CodeDangerousFile, weightOf(f), name, say2("file", name, kind))
		r.File = f.Kind.String()
		rs.add(r)
	}
	return f.Kind != filetype.Harmless || f.Dangerous()
}

// disguiseRule is the finding about a file name that hides what the file
// is (a right-to-left override, photo.jpg.exe, a program's MIME type under
// a harmless name), as an attachment or at the end of a link; name is the
// name as shown, its direction controls dropped.
func disguiseRule(f filetype.Finding, name string) (Reason, bool) {
	var r Reason
	if !f.RTL && f.Decoy == "" && !f.MIMEMismatch {
		return r, false // most files: the kind's words are not written
	}
	kind := "kind:" + f.Kind.String()
	switch {
	case f.RTL:
		r = handRule(CodeRTLOverride, wRTL, name, say2("rtl", name, kind, f.Ext))
	case f.Decoy != "":
		r = handRule(CodeDoubleExtension, wDoubleExt, name, say2("double_ext", name, kind, "decoy:"+f.DecoyKind))
	case f.MIMEMismatch:
		r = handRule(CodeDoubleExtension, wDoubleExt, name, say2("mime_mismatch", name, kind))
	}
	r.File, r.Decoy = f.Kind.String(), f.DecoyKind
	return r, true
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

// judgeContext reads what the words and the sender say, for a message
// that carries something risky or pings everyone. With a link to weigh,
// it fills the message signals for the fitted combiner; beside files
// alone, the findings keep their hand weights.
func (c *Classifier) judgeContext(rs *reasons, m *Message, clean string, h Hints, j *Judgement, ms *model.MsgSignals, worst float64, judged bool, k *knowledge) {
	bm := k.brands
	folded := k.folded() // clean without j.Links (k.text, k.links)
	if len(folded) >= 12 {
		j.TextKey = strconv.FormatUint(fnv64a(folded), 36)
	}
	found := *k.found()
	c.judgeNotice(rs, clean, folded, k.notices(), j, bm)
	c.judgeCommands(rs, clean, folded, &found, j, k)
	c.judgeDownloadNames(rs, folded, &found, j, k)
	if !c.training {
		judgeImpostorSites(rs, clean, j, k) // classify_mal45.go
		judgeKindSites(rs, j, k)            // classify_mal46.go
		judgeCrackSites(rs, j, k)           // classify_mal47.go
		judgeFileSites(rs, j)               // classify_mal47.go
	}
	keep, keepStrong := 1.0, 1.0
	for _, hit := range found {
		if hit.Weight == 0 {
			continue
		}
		keep *= 1 - hit.Weight
		if hit.Weight >= lure.Strong {
			keepStrong *= 1 - hit.Weight
		}
	}
	L, strong := 1-keep, 1-keepStrong
	var age time.Duration
	newcomer := float32(0)
	if !m.MemberSince.IsZero() && !m.Time.IsZero() {
		age = m.Time.Sub(m.MemberSince)
		switch {
		case age >= 0 && age < c.newMember:
			newcomer = 1
		case age >= 0 && age < time.Hour:
			newcomer = 0.5
		case age >= 0 && age < 24*time.Hour:
			newcomer = 0.25
		}
	}
	mass := mentionsEveryone(m.Text)
	minutes := "" // said only of a newcomer
	if newcomer > 0 {
		minutes = strconv.Itoa(int(age.Minutes()))
	}
	if !judged && !mass {
		// files alone, or pages on user-content hosts with nothing
		// found in their names: hand weights. The schemes that live on
		// sites of their own (tasks, loans, betting, votes) say nothing
		// of a file or a Google form: a class's vote on a form is how
		// classes vote.
		keepHand := 1.0
		strongHand := false
		rewards := true // only a prize or a gift is spoken of
		for cat, hit := range found {
			if hit.Weight == 0 || linkSchemes[cat] {
				continue
			}
			rewards = rewards && (lure.Category(cat) == lure.Prize || lure.Category(cat) == lure.Gift)
			keepHand *= 1 - hit.Weight
			strongHand = strongHand || hit.Weight >= lure.Strong
		}
		if w := min(1-keepHand, lure.Cap); w > 0 && strongHand {
			// the mild words beside a strong phrase weigh too: named too
			whatHand := lureWords(&found, k.text, k.links, true, &linkSchemes)
			if rewards && len(m.Attachments) == 0 && documentsOnly(j.Links, j.Suspect) {
				w = min(w, wLureDocument)
			} else if rewards && len(m.Attachments) == 0 && formsOnly(j.Links, j.Suspect) {
				w = min(w, wLureForm)
			}
			rs.add(handRule(CodeLure, w, "", say2("lure", whatHand...)))
		}
		if newcomer > 0 {
			w := wRecentMember
			switch newcomer {
			case 1:
				w = wNewMember
			case 0.5:
				w = (wNewMember + wRecentMember) / 2
			}
			rs.add(handRule(CodeNewMember, w, "", say2("new_member", minutes)))
		}

		if h.EditAddedLink {
			rs.add(handRule(CodeEditAddedLink, wEditAddedLink, "", say2("edit_added_link")))
		}
		return
	}
	trustedOnly := !judged
	ms[model.MsgLure] = float32(L)
	ms[model.MsgLureLink] = float32(L * c.comb.LureGate(worst))
	if trustedOnly {
		ms[model.MsgLureTrusted] = float32(L)
	}
	ms[model.MsgNewMember] = newcomer
	if mass {
		ms[model.MsgMassMention] = 1
		ms[model.MsgMassLure] = float32(strong)
	}
	if h.EditAddedLink {
		ms[model.MsgEdit] = 1
	}
	if found.Any() && judged {
		if echo := c.judgeEcho(rs, folded, &found, j, k); echo {
			ms[model.MsgEcho] = 1
		}
		c.judgeShortBrand(rs, folded, &found, j, bm)
	}
	if judged {
		c.judgeShortVi46(rs, k.text, folded, &found, j, bm) // a bank's notice unsigned, a wallet's prize (vi46)
		c.judgeInvest46(rs, k.text, folded)                 // a return promised by the day (vi46)
		c.judgeCreator47(rs, k.text, folded, &found, k)     // a creator's notice and its ask (lure47)
		c.judgeClaimed48(rs, k, j)                          // a claimed sender's name on a stranger's host (claim48)
		c.judgeLure48(rs, k.text, folded, j, k)             // a lure's intent beside a link made for it (lure48)
	}
	if L > 0 && ms[model.MsgEcho] == 0 && !c.training && k.plainMildWord() {
		// one mild word said in plain chat, which the link's name does
		// not echo: the message reads as it would without it
		// (classify_mild32.go)
		ms[model.MsgLure], ms[model.MsgLureLink], ms[model.MsgLureTrusted] = 0, 0, 0
	}
	w := c.comb.Msg
	if lureSum := w[model.MsgLure]*float64(ms[model.MsgLure]) + w[model.MsgLureLink]*float64(ms[model.MsgLureLink]) +
		w[model.MsgLureTrusted]*float64(ms[model.MsgLureTrusted]); lureSum >= 0.5 {
		// every phrase weighed, mild ones too (classify_lurewords39.go)
		rs.add(c.fittedMsg(lureSum, CodeLure, say2("lure", lureWords(&found, k.text, k.links, true, nil)...)))
	}
	if newcomer > 0 {
		rs.add(c.fittedMsg(w[model.MsgNewMember]*float64(newcomer), CodeNewMember, say2("new_member", minutes)))
	}
	if mass {
		if strong > 0 && w[model.MsgMassLure] > 0 {
			rs.add(c.fittedMsg(w[model.MsgMassMention], CodeMassMention, say2("mass_lure")))
			// MsgMassLure weighs the strong phrases alone
			rs.add(c.fittedMsg(w[model.MsgMassLure]*strong, CodeLure, say2("lure", lureWords(&found, k.text, k.links, false, nil)...)))
		} else {
			rs.add(c.fittedMsg(w[model.MsgMassMention], CodeMassMention, say2("mass_mention")))
		}
	}
	if h.EditAddedLink {
		rs.add(c.fittedMsg(w[model.MsgEdit], CodeEditAddedLink, say2("edit_added_link")))
	}
}

// shortenedLink returns the first of a judgement's suspect links that
// is a link shortener's, or nil (judgeShortBrand, judgeShortVi46).
func (c *Classifier) shortenedLink(j *Judgement, bm *brand.Matcher) *linkx.Link {
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if c.hosts.get(c, bm, l).signals[model.SigShortener] > 0 {
			return l
		}
	}
	return nil
}

// judgeShortBrand finds a shortened link in a message that speaks for a
// protected brand ("[VCB] ... bị tạm khoá, xác thực tại bit.ly/...") and
// asks to unlock, verify or update an account, or threatens in the
// police's name: a bank, a shop or a service links its own site for that,
// and the shortener hides where the link goes. The brand is one of the
// first three words of the text, as a sender's tag is ("[VCB]",
// "Techcombank:"), and a brand's whole name (vcb, techcombank, shopee); a
// member who names a bank further on, or after speaking of themselves
// ("Mình dùng Vietcombank"), or who writes of their own account ("tài
// khoản của mình"), is telling, not speaking for it.
func (c *Classifier) judgeShortBrand(rs *reasons, folded []byte, found *lure.Found, j *Judgement, bm *brand.Matcher) {
	if found[lure.AccountLock].Weight < lure.Strong && found[lure.Login].Weight < lure.Strong && found[lure.Authority].Weight < lure.Strong {
		return
	}
	short := c.shortenedLink(j, bm)
	if short == nil || ownAccount(folded) {
		return
	}
	prev := []byte(nil)
	for i, n := 0, 0; i < len(folded) && n < 3; n++ {
		k := bytes.IndexByte(folded[i:], ' ')
		if k < 0 {
			k = len(folded) - i
		}
		w := folded[i : i+k]
		if firstPerson(prev, w) {
			return // "Mình dùng Vietcombank, ...": a member, not a sender's tag
		}
		prev = w
		if b := bm.Named(string(w), math.MaxInt); b != nil {
			shown := linkx.Defang(short.Unicode)
			rs.add(handRule(CodeShortener, wShortBrand, shown, say2("short_brand", shown, b.Name)))
			return
		}
		i += k + 1
	}
}

// firstPerson reports whether the folded word w, after prev, is one in
// which the writer speaks of themselves (mình, tôi, tui, I, my), as a
// member does and a brand's notice, which speaks to Quý khách, bạn or
// you, does not. xác minh and chứng minh (verify, prove) and chúng tôi
// (we, as a bank writes) are not.
func firstPerson(prev, w []byte) bool {
	switch string(w) {
	case "minh":
		return string(prev) != "xac" && string(prev) != "chung"
	case "toi":
		return string(prev) != "chung"
	case "tui", "i", "my":
		return true
	}
	return false
}

// ownAccount reports whether a folded message speaks of the writer's own
// account (tài khoản của mình, my account): a member telling the group,
// not a brand's notice.
func ownAccount(folded []byte) bool {
	for _, p := range [...]string{"cua minh", "cua toi", "cua tui", "my account"} {
		if at := bytes.Index(folded, []byte(p)); at >= 0 && (at == 0 || folded[at-1] == ' ') &&
			(at+len(p) == len(folded) || folded[at+len(p)] == ' ') {
			return true
		}
	}
	return false
}

// linkSchemes are the lure categories of schemes run from sites of their
// own: they count beside a link that is weighed, not beside files alone.
var linkSchemes = [lure.NumCategories]bool{lure.Job: true, lure.Loan: true, lure.Gambling: true, lure.Vote: true}

// fnv64a is the 64-bit FNV-1a hash of b (hash/fnv's New64a), without
// the allocation of a hash.Hash.
func fnv64a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// foldWithoutLinks appends to dst a message's text with its disguises
// undone (clean, as linkx.ExtractClean returned it) folded by lure.Fold
// with the links in it left out, so that the words of a URL are not read
// as the words of the message: what folding the text with each link
// replaced by a space gives, without writing that text. It cuts each
// link where ExtractClean found it and folds the pieces between them in
// one pass: the cost is linear in the text whatever the number of links.
func foldWithoutLinks(clean string, links []linkx.Link, dst []byte) []byte {
	from, at := len(dst), 0
	for i := range links {
		l := &links[i]
		start, end := l.Span()
		if l.Carried || start < at || end > len(clean) || clean[start:end] != l.Raw {
			continue
		}
		dst = foldPiece(clean[at:start], dst, from)
		at = end
	}
	return foldPiece(clean[at:], dst, from)
}

// foldPiece folds the text between two links after the words folded
// since from, a space apart as the link's place between them reads; Fold
// takes the space back off when the piece holds no word.
func foldPiece(piece string, dst []byte, from int) []byte {
	if len(dst) > from {
		dst = append(dst, ' ')
	}
	return lure.Fold(piece, dst)
}

// judgeEcho finds suspect domains built from the lure's own words
// ("trúng thưởng" beside trungthuong-sh.com): the page was made for the
// lure. It reports whether one was found.
//
// A sample app's link a developer talks of (sampleApp) is left out: its
// name is the sample's subject, which the message names too ("the
// flask-login example deployed at flask-login-tutorial-xyz.onrender.com").
func (c *Classifier) judgeEcho(rs *reasons, folded []byte, found *lure.Found, j *Judgement, k *knowledge) bool {
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
		info := k.host(c, k.brands, l)
		if !k.stopsReadings() && sampleApp(l, &info.signals, k) {
			continue
		}
		for _, w := range info.words {
			if len(w) < 4 || slices.Contains(tried, w) {
				continue
			}
			tried = append(tried, w)
			if bytes.Contains(joined, []byte(w)) {
				shown := linkx.Defang(l.Unicode)
				rs.add(c.fittedMsg(c.comb.Msg[model.MsgEcho], CodeDomainWords, say2("echo", shown, w)))
				return true
			}
		}
	}
	return c.phraseEcho(rs, found, j, k)
}

// phraseEcho finds the lure's own phrases, two words at a time, in a
// suspect name (binhchon-bekhoe.com beside "bình chọn giúp"), or in the
// path of a shortened link or of a page anyone can publish, which is all
// such a link shows of itself (bit.ly/vcb-nanghanmuc beside "nâng hạn
// mức"). Whatever words the lure uses, not only those of the name
// vocabulary: the page was made for the message. Everyday shop words (a
// mild gift: ưu đãi, voucher) are left out, as shops name their pages
// after their offers.
func (c *Classifier) phraseEcho(rs *reasons, found *lure.Found, j *Judgement, k *knowledge) bool {
	var names [4]string // the suspect links' names as read here, worked out when first needed
	var pages [4]bool   // which of them are pages, read by their path
	links := j.Suspect[:min(len(j.Suspect), len(names))]
	for cat, hit := range found {
		if hit.Weight == 0 || lure.Category(cat) == lure.Gift && hit.Weight < lure.Strong {
			continue
		}
		p := hit.Phrase
		for at := 0; at < len(p); {
			w1, rest, two := strings.Cut(p[at:], " ")
			w2, _, _ := strings.Cut(rest, " ")
			if !two {
				w2 = ""
				if at > 0 || hit.Weight < lure.Strong {
					break // single words only as a strong phrase of their own (airdrop)
				}
			}
			if len(w1)+len(w2) >= 6 {
				for n, i := range links {
					l := &j.Links[i]
					if names[n] == "" {
						info := k.host(c, k.brands, l)
						pages[n] = info.userContent || info.signals[model.SigShortener] > 0
						if pages[n] {
							names[n] = foldPath(l.Path)
						} else {
							names[n] = strings.ReplaceAll(strings.ToLower(l.Label()), "-", "")
						}
					}
					if !containsPair(names[n], w1, w2) {
						continue
					}
					shown := linkx.Defang(l.Unicode)
					if pages[n] {
						shown += l.Path
					}
					said := w1
					if w2 != "" {
						said += " " + w2
					}
					rs.add(c.fittedMsg(c.comb.Msg[model.MsgEcho], CodeDomainWords, say2("echo", shown, said)))
					return true
				}
			}
			if !two {
				break
			}
			at += len(w1) + 1
		}
	}
	return false
}

// containsPair reports whether s holds a immediately followed by b.
func containsPair(s, a, b string) bool {
	for off := 0; off+len(a)+len(b) <= len(s); {
		i := strings.Index(s[off:], a)
		if i < 0 {
			return false
		}
		if strings.HasPrefix(s[off+i+len(a):], b) {
			return true
		}
		off += i + 1
	}
	return false
}

// foldPath returns a path's letters and digits, lower-cased, joined.
func foldPath(path string) string {
	b := make([]byte, 0, len(path))
	for i := 0; i < len(path); i++ {
		ch := path[i]
		switch {
		case ch >= 'A' && ch <= 'Z':
			b = append(b, ch+'a'-'A')
		case ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9':
			b = append(b, ch)
		}
	}
	return string(b)
}

func publicIP(l *linkx.Link) bool {
	a := l.IP
	if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsUnspecified() || a.IsMulticast() ||
		a.IsLinkLocalMulticast() || a.IsInterfaceLocalMulticast() {
		return false
	}
	if a.Is4() {
		b := a.As4()
		switch {
		case b[0] == 192 && b[1] == 0 && b[2] == 2, b[0] == 198 && b[1] == 51 && b[2] == 100, b[0] == 203 && b[1] == 0 && b[2] == 113:
			return false // documentation ranges (RFC 5737)
		case b[0] == 100 && b[1]&0xC0 == 64:
			return false // carrier-grade NAT
		}
		if wellKnownIPs[b] {
			return false
		}
	}
	return true
}

// wellKnownIPs are public resolvers people link to by address.
var wellKnownIPs = map[[4]byte]bool{{1, 1, 1, 1}: true, {1, 0, 0, 1}: true, {8, 8, 8, 8}: true, {8, 8, 4, 4}: true, {9, 9, 9, 9}: true}

// shownAsItself reports a carried link whose text is the link itself,
// already read in the message's text (written): Discord's masked link
// [https://x.org/a](https://x.org/a), a Telegram text_link over its own
// address. Nothing is hidden behind other words, so it is the link
// written in the text, not a second one carried beside it.
func shownAsItself(l *linkx.Link, visible string, written []linkx.Link) bool {
	v, ok := linkx.ExtractOne(visible)
	if !ok || !sameTarget(&v, l) {
		return false
	}
	for i := range written {
		if sameTarget(&written[i], l) {
			return true
		}
	}
	return false
}

// sameTarget reports whether two links go to the same page: the same
// host, port, path (a trailing slash aside) and query, and the same user
// information.
func sameTarget(a, b *linkx.Link) bool {
	return a.Host == b.Host && a.Port == b.Port && a.Query == b.Query && a.UserInfo == b.UserInfo &&
		strings.TrimSuffix(a.Path, "/") == strings.TrimSuffix(b.Path, "/")
}
