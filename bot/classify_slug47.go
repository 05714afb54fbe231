package bot

import (
	"strings"
	"sync"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// Words hidden in a link's free-form part (slug47). A shortened link's
// name (bit.ly/ytStrikeAppeal), a form's or a file's id
// (forms.gle/YTmonetizationReview26,
// docs.google.com/forms/d/e/1FAIpQLSd_copyrightClaimIG/viewform,
// drive.google.com/file/d/1Q8xAfterEffectsCrack2026/view), an IPFS
// upload's content id (ipfs.io/ipfs/QmZ9creatorpayoutlogin) and a file
// host's fragment (mega.nz/folder/…#plugin-bundle-cracked) are where a
// scam names the page when the host says nothing of it. The readings of
// shortened links' names before (play46's playSlugName, vi45's
// viSlugName) split at hyphens only, so such names run together,
// camelCased or mixed with digits passed at 0.0–0.16.
//
// slugName splits the part into words at anything but letters and
// digits, between letters and digits and before a capital after a small
// letter, and reads a run of small letters it does not know whole as
// words run together by the longest match over the words the bot
// already reads in names: the protected brands' names (a few
// unambiguous abbreviations of them besides: yt, ig, insta, fb; tools'
// names as known words), the words beside a brand's name that
// brandword47's brand.NoticeWord sorts (a notice's or an account
// action's, a payment's or a desk's, what a notice is about, a tool's or
// a guide's), the domain, scheme and service words, play46's and vi45's
// slug words, and a few words of creators' notices and deals (slugBait,
// slugFillers). No new dictionary: a brand or a word added to those lists
// is read here too.
//
// What it reads, as the name of the page:
//
//   - a brand's name beside a notice's strong word (or two weak ones: a
//     payment's, a desk's), and no word it does not know (ytStrikeAppeal,
//     paypalaccountlocked, QmZ9youtubepayoutlogin): deletes
//     (wSlugNotice);
//   - a notice's strong word alone (slugBait: appeal, verify, payout,
//     royalty, copyright, strike, contract, brief; kenh-banquyen,
//     t-Xq8kP2vContract), and no word it does not know: warns (wSlugBait);
//   - a crack's word (slugCrack: crack, cracked, keygen) whatever else
//     stands beside it (serum-cracked, #plugin-bundle-cracked): warns.
//
// A word it does not know of four letters or more, or a tool's or a
// guide's word (a topic: pycon-2026-schedule,
// copyright-basics-for-musicians, youtube-partner-program-guide) leaves
// the notice's readings out. In an
// id (slugID: a form's, a file's, an upload's), runs of random letters are
// read as noise, not as topics, and a run may end in words after such
// noise (bafkreiroyaltyverify) when they make at least 8 letters; but a
// 2-letter abbreviation is read there only in capitals and a word of
// fewer than 4 letters not at all, so random ids are not read as words
// by accident (TestSlugRandomIDs measures it).
const (
	// wSlugNotice: a link's name or id naming a brand beside its
	// notice's or account's word deletes alone
	wSlugNotice = 0.8
	// wSlugBait: a notice's strong word or a crack's alone warns
	wSlugBait = 0.6
)

// slugBait are the strong words of a creator's or an account's notice
// that name a page alone when nothing else is said (a channel's strike
// and its appeal, a payout or a royalty to verify, a sponsor's contract
// or brief), in English and Vietnamese (bản quyền, kháng nghị, vi phạm,
// xác minh, xác thực, mở khóa).
var slugBait = setOf("appeal", "appeals", "verify", "verification", "payout", "payouts", "royalty", "royalties",
	"copyright", "strike", "strikes", "brief", "contract", "contracts", "dmca", "takedown", "monetization",
	"monetisation", "suspended", "locked", "disabled", "banquyen", "khangnghi", "vipham", "xacminh", "xacthuc",
	"mokhoa")

// slugCrack are a cracked program's words, read whatever stands beside
// them: no project names its own file so.
var slugCrack = setOf("crack", "cracked", "keygen", "kmspico", "activator", "nulled", "warez")

// slugMild are brand.NoticeWord's words that beside a brand's name in a
// link's name are an offer's or a plan's as often as a notice's: known
// words, no notice.
var slugMild = setOf("free", "premium", "plus", "unlimited", "limit", "key", "keys", "file", "files", "drive", "invite")

// slugTopics are brand.NoticeWord's words that in a link's name are a
// guide's, a talk's or a codelab's topic (bit.ly/google-auth,
// bit.ly/github-security, a download page's guide; rev46d): read as a
// word the bot does not know, so no notice is read beside them.
var slugTopics = setOf("auth", "security", "secure", "2fa", "mfa", "sso", "oauth", "saml", "idp", "otp", "token",
	"tokens", "apikey", "api", "doc", "docs", "download", "downloads", "desktop", "setup", "installer", "meeting",
	"workspace", "admin", "console", "dashboard", "license", "licence", "activation", "activate",
	// a guide's question and its tips, in a name written as a title
	// (how-to-appeal-a-youtube-strike, why-my-tiktok-was-restricted;
	// rev47f): a guide's topic, no notice
	"how", "why", "what", "tips")

// slugCrackObject are the words after "crack" that make it a verb of
// ordinary English (crack-the-case-podcast, CrackTheCode, crack-your-knuckles;
// rev47f): no cracked program's name.
var slugCrackObject = setOf("the", "this", "that", "your", "my", "our", "its", "open", "down", "up")

// slugStates are what a notice says befell an account or a payout
// (on hold, limited, failed, flagged): a notice's words beside a brand's
// name, not alone.
var slugStates = setOf("hold", "held", "onhold", "limited", "failed", "pending", "flagged", "removed", "restricted",
	"frozen", "declined")

// slugFillers are words a creator's notice or deal is named with that
// say nothing of their own: the channel, the page, the creator, the
// partner program, the sponsor and the deal.
var slugFillers = setOf("channel", "channels", "page", "pages", "fanpage", "kenh", "creator", "creators", "artist",
	"artists", "partner", "partners", "partnership", "affiliate", "affiliates", "sponsor", "sponsors",
	"sponsorship", "brand", "deal", "deals", "collab", "badge", "profile", "pro", "full", "portable")

// slugAbbrev are abbreviations of protected brands' names that name
// nothing else in a link's name.
var slugAbbrev = map[string]string{"yt": "youtube", "ig": "instagram", "insta": "instagram", "fb": "facebook"}

// slugReader holds one reading of a link's name or id.
type slugReader struct {
	bm     *brand.Matcher
	own    *brand.Brand // the host's own brand: not read in its ids
	id     bool         // an id: random runs are noise
	named  *brand.Brand
	notice string // the first notice's word read
	// notice2: a second notice's word read, named beside the first
	// (ytStrikeAppeal: strike, appeal; rev47f)
	notice2 string
	strong  bool   // a notice's strong word, or two weak ones, was read
	weak    string // the first weak notice's word read
	bait    string
	crack   string
	topics  int
	// afterCrack: the word read last was "crack"
	afterCrack bool
	// joined: a word was read that a split at hyphens, dots and
	// underscores alone would not read (run together, camelCased,
	// beside digits, after an id's noise)
	joined bool
	// themeObj, themeAct: a shopping, travel or study notice's object
	// and act read (classify_host49.go)
	themeObj, themeAct string
	themeLock          string // khoa: an act beside a brand's name only
	// unknown: the topics that are words the bot does not know (not a
	// guide's or a schedule's it knows); forged: an id no one names
	// (a Drive file's, a form's, an upload's: words in it were put
	// there); upload: an IPFS upload's page file
	unknown, themeTopics int
	themeInfo            int // a page of facts' words beside them (info, schedule, policy: rev49e)
	forged, upload       bool
	themeJoined          bool // a theme's notice read with hyphens taken out
	civicObjs            int  // the public-service, bill, health and charity objects read (host50)
	buf                  [96]byte
}

// slugName returns the finding of the words a link's shortened name, a
// form's, a file's or an upload's id, a file host's fragment or a site's
// name and first page on a hosting platform hold, if any (see above).
// shownFn is called for a finding only.
func slugName(l *linkx.Link, info *hostInfo, bm *brand.Matcher, shortened bool, shownFn func() string) (Reason, bool) {
	p, ok := slugFind(l, info, bm, shortened)
	if !ok {
		return Reason{}, false
	}
	return slugRead(l, info, bm, shortened, shownFn, p)
}

// addSlugName adds slugName's finding to rs, if any, and reports
// whether it did. Most links have none: for them only the parts
// (slugFind) are looked for, and no Reason is made and given back by
// value.
func addSlugName(rs *reasons, l *linkx.Link, info *hostInfo, bm *brand.Matcher, shortened bool, shownFn func() string) bool {
	p, ok := slugFind(l, info, bm, shortened)
	if !ok {
		return false
	}
	r, ok := slugRead(l, info, bm, shortened, shownFn, p)
	if ok {
		rs.add(r)
	}
	return ok
}

// slugFind returns the parts of a link slugName reads word by word, and
// whether there are any that may hold a word of a notice, a bait or a
// crack.
func slugFind(l *linkx.Link, info *hostInfo, bm *brand.Matcher, shortened bool) (slugParts, bool) {
	if bm == nil {
		return slugParts{}, false
	}
	part, id := slugPart(l, shortened)
	page, hosted, bucket := "", false, false
	if part == "" && !shortened {
		part, page, hosted = hostedSlug(l, info, bm)
		if !hosted && len(l.Host) > len(l.Domain)+4 && themeBuilder(l.Domain) {
			// a site builder's tenant on an ordinary domain (host49);
			// a host with no subdomain or www pays one comparison
			part, page, hosted = themeSite(l)
		} else if !hosted && l.Host == "linktr.ee" {
			part, page, hosted = themeSite(l) // a Linktree handle
		}
		if !hosted && themeBucketHost(l.Host) {
			// a cloud bucket's name and its page (host49): read for a
			// theme's words only, bucket_page reads its asks
			part, bucket = bucketName(l), true
			if page = themeFile(l.Path); len(part) < len(page) && page[:len(part)] == part {
				page = page[len(part):] // a bucket named in the path
			}
		}
	}
	if len(part) < 5 && page == "" || len(part) > 96 || len(page) > 96 {
		return slugParts{}, false
	}
	// most names and ids hold no word of a notice, a bait or a crack:
	// they are not read word by word
	if !slugHasAnchor(part) && !slugHasAnchor(page) {
		return slugParts{}, false
	}
	return slugParts{part, page, id, hosted, bucket}, true
}

// slugParts are the parts of a link slugName found to read.
type slugParts struct {
	part, page         string
	id, hosted, bucket bool
}

// slugRead reads the parts slugName found word by word: a function of its
// own, so that the links slugName leaves unread do not set up a reader's
// frame (host49).
func slugRead(l *linkx.Link, info *hostInfo, bm *brand.Matcher, shortened bool, shownFn func() string, p slugParts) (Reason, bool) {
	part, page, id, hosted, bucket := p.part, p.page, p.id, p.hosted, p.bucket
	var r slugReader
	r.bm, r.own, r.id = bm, info.official, id
	r.forged = id && l.Host != "mega.nz" && l.Host != "mega.io"
	r.upload = !id && !shortened && strings.HasPrefix(l.Path, "/ipfs/") && part != ""
	got := r.read(part)
	if bucket {
		r.read(page)
		if !r.theme() {
			return Reason{}, false
		}
	} else if hosted {
		// a site's name must hold a word of its own (not a tunnel's
		// random name before a sign-in's route: …ngrok-free.app/signin-google)
		if r.topics > 0 {
			r.rejoinTheme(part) // ve-may-bay-hoan-tien (host49)
		}
		if !got && !r.themeJoined {
			// syllables that are words only joined (tien-dien-hoan-tien;
			// host50) are the site's own words too
			return Reason{}, false
		}
		r.read(page)
	} else if shortened && r.topics > 0 {
		// syllables written apart (vi-pham-ban-quyen) or camelCased
		// (fanpageXacMinh; rev47f): read joined
		r.rejoin(part)
	} else if r.topics > 0 && readElsewhere(l) {
		r.rejoinTheme(part) // a Google Sites page's (host49), of syllables alone too (host50)
	}
	if !got && r.named == nil && r.crack == "" && r.bait == "" && !r.themeJoined {
		return Reason{}, false
	}
	theme := r.theme()
	if (hosted || readElsewhere(l)) && !r.joined && !theme {
		// a site's or a page's name written with hyphens is read by
		// brand_in_domain and domain_words already
		return Reason{}, false
	}
	if !(r.named != nil && r.strong && r.topics == 0 || r.crack != "" || r.bait != "" && r.topics == 0 || theme) {
		return Reason{}, false
	}
	// the link as shown is built only for a finding
	shown := shownFn()
	code := CodeLurePage
	if shortened {
		code = CodeShortener
	}
	switch {
	case r.named != nil && r.strong && r.topics == 0:
		words := r.notice
		if r.notice2 != "" {
			words += ", " + r.notice2 // the words it matched, both (issue #9)
		}
		return handRule(code, wSlugNotice, shown, say2("slug_brand_notice", shown+l.Path, r.named.Name, words)), true
	case r.crack != "":
		return handRule(code, wSlugBait, shown, say2("slug_bait", shown+l.Path, r.crack)), true
	case theme:
		// a booking's, a parcel's or a school's notice (host49)
		w, words := wSlugBait, r.themeObj
		if r.named != nil {
			w = wSlugNotice
			if words == "" {
				words = r.named.Name
			}
		}
		if r.themeAct != "" {
			words += ", " + r.themeAct // an object alone has no act to name (rev49e)
		}
		key := "slug_theme"
		if civicFinding(r.themeObj, r.themeAct) {
			key = "slug_civic" // a toll's, a tax office's, a bill's, a clinic's or a charity's (host50)
		} else if homeFinding(r.themeObj, r.themeAct) {
			key = "slug_home" // a rental's, a car sale's, a pet's, a dating app's or a school's (host51)
		}
		return handRule(code, w, shown, say2(key, shown+l.Path, words)), true
	default:
		return handRule(code, wSlugBait, shown, say2("slug_bait", shown+l.Path, r.bait)), true
	}
}

// readElsewhere reports a link whose free-form part the page readings
// read already, split at hyphens (readPage: a Google Sites page).
func readElsewhere(l *linkx.Link) bool { return l.Host == "sites.google.com" }

// hostedSlug returns the name of a site on a hosting platform's domain
// (NAME.github.io, NAME.netlify.app, NAME.pages.dev) and its page's first
// path segment, read together as a shortened link's name is
// (ytpartner-appeal.github.io, creatorpayout.netlify.app), or "", "": not
// a site named for a brand alone (google.github.io: the brand's own
// project pages), nor a host a brand owns.
func hostedSlug(l *linkx.Link, info *hostInfo, bm *brand.Matcher) (label, page string, ok bool) {
	if l.ICANN || l.Domain == "" || info.official != nil || info.trusted || strings.IndexByte(l.Suffix, '.') < 0 {
		return "", "", false
	}
	if hosted := model.Hosted(l); !hosted {
		return "", "", false
	}
	label = l.Label()
	if l.Suffix == "workers.dev" && len(l.Host) > len(l.Domain)+1 {
		// a worker's name before its account's (NAME.ACCOUNT.workers.dev;
		// host49)
		label, _, _ = strings.Cut(l.Host, ".")
	}
	if bm.NamedWord(label) != nil {
		return "", "", false
	}
	page, _, _ = strings.Cut(strings.TrimPrefix(l.Path, "/"), "/")
	return label, page, true
}

// slugAnchors holds the words slugName looks for before it reads a name
// word by word, by their first four letters: every word that makes a
// notice, a bait or a crack of 4 letters or more (slugBait, slugCrack,
// slugStates, play46's and vi45's slug words, brand.NoticeWords), made
// at first use so that words added to those lists are among them.
var slugAnchors struct {
	once  sync.Once
	vocab map[string]byte         // the words word reads by their class (slugTopic …)
	three [26*26*26/64 + 1]uint64 // the first three letters, as bits
	first map[uint32][]string
}

// The classes of the words slugReader.word reads, first first.
const (
	slugTopic byte = 1 + iota
	slugCrackWord
	slugBaitWord
	slugFiller
	slugStrong
	slugWeak
	slugInfo // a page of facts' word, read as a word of no class (rev49e)
)

// slugVocab returns the words of the sets slugReader.word reads by their
// class, each in the first class it is in: one lookup for most pieces.
func slugVocab() map[string]byte {
	v := map[string]byte{}
	put := func(class byte, sets ...map[string]bool) {
		for _, set := range sets {
			for w := range set {
				if v[w] == 0 {
					v[w] = class
				}
			}
		}
	}
	put(slugTopic, slugTopics)
	put(slugCrackWord, slugCrack)
	put(slugBaitWord, slugBait)
	put(slugFiller, slugMild, slugFillers, playSlugFillers)
	notices := map[string]bool{}
	for w := range viActions {
		if viSlugAction(w) {
			notices[w] = true
		}
	}
	put(slugStrong, notices, playSlugWords, viSlugWords, slugStates)
	kinds := map[byte]map[string]bool{'s': {}, 'w': {}, 't': {}, 'f': {}}
	for _, w := range brand.NoticeWords() {
		if k := kinds[brand.NoticeWord(w)]; k != nil {
			k[w] = true
		}
	}
	put(slugStrong, kinds['s'])
	put(slugWeak, kinds['w'])
	put(slugTopic, kinds['t'])
	put(slugFiller, kinds['f'])
	themeVocab(v)
	return v
}

// slugKey is the key of four lower-case letters.
func slugKey[T string | []byte](s T) uint32 {
	return uint32(s[0])<<24 | uint32(s[1])<<16 | uint32(s[2])<<8 | uint32(s[3])
}

// slugThree returns the bit of three lower-case letters, or -1.
func slugThree[T string | []byte](s T) int {
	k := 0
	for i := 0; i < 3; i++ {
		c := s[i]
		if c < 'a' || c > 'z' {
			return -1
		}
		k = k*26 + int(c-'a')
	}
	return k
}

// slugHasAnchor reports whether s holds, in any case, a word of
// slugAnchors, across its hyphens and underscores too: syllables
// written apart (vi-pham-ban-quyen) are read joined as well.
func slugHasAnchor(s string) bool {
	slugAnchors.once.Do(func() {
		m := map[uint32][]string{}
		add := func(w string) {
			if len(w) >= 4 && slugThree(w) >= 0 {
				m[slugKey(w)] = append(m[slugKey(w)], w)
				t := slugThree(w)
				slugAnchors.three[t/64] |= 1 << (t % 64)
			}
		}
		for _, set := range append([]map[string]bool{slugBait, slugCrack, slugStates, playSlugWords, viSlugWords, viActions}, themeAnchors()...) {
			for w := range set {
				add(w)
			}
		}
		for _, w := range brand.NoticeWords() {
			if k := brand.NoticeWord(w); k == 's' || k == 'w' {
				add(w)
			}
		}
		slugAnchors.first = m
		slugAnchors.vocab = slugVocab()
	})
	// a lower-case copy, without hyphens and underscores
	var buf [96]byte
	n := 0
	for i := 0; i < len(s) && n < len(buf); i++ {
		switch c := s[i]; {
		case c == '-' || c == '_':
		case c >= 'A' && c <= 'Z':
			buf[n] = c + 'a' - 'A'
			n++
		default:
			buf[n] = c
			n++
		}
	}
	low := buf[:n]
	for i := 0; i+4 <= len(low); i++ {
		if t := slugThree(low[i:]); t < 0 || slugAnchors.three[t/64]&(1<<(t%64)) == 0 {
			continue
		}
		for _, w := range slugAnchors.first[slugKey(low[i:])] {
			if len(low)-i >= len(w) && string(low[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

// slugPart returns the free-form part of a link slugName reads and
// whether it is an id: a shortened link's first path segment or a Google
// Sites page's name; a Google form's or Drive file's id, a forms.gle,
// OneDrive or WeTransfer code or a OneDrive key, an IPFS content id, a
// MEGA link's fragment.
func slugPart(l *linkx.Link, shortened bool) (part string, id bool) {
	path := strings.TrimPrefix(l.Path, "/")
	seg, rest, _ := strings.Cut(path, "/")
	switch {
	case shortened:
		return seg, false
	case l.Host == "forms.gle" || l.Host == "we.tl":
		return seg, true
	case l.Host == "sites.google.com" && seg == "view":
		// a Google Sites page's name, chosen by its maker
		s, _, _ := strings.Cut(rest, "/")
		return s, false
	case l.Host == "onedrive.live.com":
		// a shared file's key (…&authkey=!AbC…)
		_, key, ok := strings.Cut(l.Query, "authkey=")
		if !ok {
			return "", false
		}
		key, _, _ = strings.Cut(key, "&")
		return strings.TrimPrefix(key, "!"), true
	case l.Host == "1drv.ms":
		s, _, _ := strings.Cut(rest, "/")
		return strings.TrimPrefix(s, "s!"), true
	case l.Host == "docs.google.com" || l.Host == "drive.google.com":
		// /forms/d/e/ID/viewform, /forms/d/ID/edit, /file/d/ID/view
		if seg != "forms" && seg != "file" {
			return "", false
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "d/"), "e/")
		s, _, _ := strings.Cut(rest, "/")
		return s, true
	case l.Host == "mega.nz" || l.Host == "mega.io":
		if i := strings.IndexByte(l.Raw, '#'); i >= 0 {
			return l.Raw[i+1:], true
		}
		return "", false
	case seg == "ipfs":
		s, file, _ := strings.Cut(rest, "/")
		if f := themeFile(file); f != "" && !slugHasAnchor(s) {
			// an upload's page named for what it is
			// (…/ipfs/<cid>/booking-confirm.html; host49)
			return f, false
		}
		return s, true
	}
	return "", false
}

// read splits part into words and reads them; it reports whether any
// word was read at all.
func (r *slugReader) read(part string) bool {
	// a lower-case copy, read by index (no string built per word)
	n := 0
	for i := 0; i < len(part); i++ {
		c := part[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		r.buf[n] = c
		n++
	}
	lower := r.buf[:n]
	any := false
	inRun := 0 // words read in the run of letters and digits i is in
	for i := 0; i < n; {
		if !isAlnum(part[i]) {
			i++
			inRun = 0
			continue
		}
		j := i + 1
		digit := part[i] >= '0' && part[i] <= '9'
		for j < n && isAlnum(part[j]) {
			c, p := part[j], part[j-1]
			isDigit := c >= '0' && c <= '9'
			if isDigit != digit || c >= 'A' && c <= 'Z' && p >= 'a' && p <= 'z' {
				break
			}
			j++
		}
		if !digit {
			if r.token(part[i:j], lower[i:j]) {
				any = true
				if inRun++; inRun > 1 {
					r.joined = true // camelCased or beside digits
				}
			}
		}
		i = j
	}
	return any
}

// token reads one run of letters: raw as written, low in lower case.
// It reports whether a word was read.
func (r *slugReader) token(raw string, low []byte) bool {
	if r.afterCrack {
		r.afterCrack = false
		if r.crack == "crack" && slugCrackObject[string(low)] {
			r.crack = "" // crack the case: a verb
		}
	}
	caps := 0
	for i := 0; i < len(raw); i++ {
		if raw[i] >= 'A' && raw[i] <= 'Z' {
			caps++
		}
	}
	// two capitals led in front of small letters: an abbreviation
	// (YTmonetization, IGaccount)
	led := len(raw) > 2 && caps == 2 && raw[0] <= 'Z' && raw[1] <= 'Z'
	if len(low) == 2 && !r.id && string(low) == "my" && caps < 2 {
		// a writer's own story or guide, written apart
		// (my-copyright-strike-story; rev47f): a topic
		r.topics++
		return false
	}
	if len(low) == 2 {
		// an abbreviation: written in capitals, or, in a name chosen
		// by its writer (not an id), in small letters
		if caps == 2 || caps == 0 && !r.id {
			if full, ok := slugAbbrev[string(low)]; ok {
				return r.brandWord(full)
			}
			if v := slugAnchors.vocab[string(low)]; v&(slugThemeObj|slugThemeAct) != 0 {
				r.noteTheme(string(low), v) // vé, tk (host49)
				return true
			}
		} else if caps == 1 && raw[0] <= 'Z' && !r.id {
			// a theme's word capitalised in a camelCased name
			// (RxRefillPaymentDue, VeMayBay; host50)
			if v := slugAnchors.vocab[string(low)]; v&(slugThemeObj|slugThemeAct) != 0 {
				r.noteTheme(string(low), v)
				return true
			}
		}
		return false
	}
	least := 3
	if r.id {
		least = 4 // an id's short runs are noise
	}
	if len(low) < least {
		return false
	}
	if r.word(low) {
		return true
	}
	// a run of words (paypalaccountlocked, ytmonetization), whole
	if r.segment(low, least, led || caps == 0 && !r.id) {
		return true
	}
	if r.id {
		// an id's noise, then words to its end (bafkreiroyaltyverify)
		if r.suffix(low) {
			return true
		}
		if len(low) >= 5 && (caps == 0 || caps == 1 && raw[0] <= 'Z') {
			r.topics++ // a word written as one, not random letters
			r.unknown++
		}
		return false
	}
	if len(low) >= 4 {
		r.topics++ // a word the bot does not know: a topic
		r.unknown++
	}
	return false
}

// rejoin reads a name's letters again with its hyphens and underscores
// taken out, as words run together (vi-pham-ban-quyen: vipham,
// banquyen), and keeps that reading when all of it splits.
func (r *slugReader) rejoin(part string) {
	n := 0
	var low [48]byte
	for i := 0; i < len(part); i++ {
		c := r.buf[i]
		switch {
		case c >= 'a' && c <= 'z':
			if n == len(low) {
				return
			}
			low[n] = c
			n++
		case c == '-' || c == '_' || c >= '0' && c <= '9':
		default:
			return
		}
	}
	var again slugReader
	again.bm, again.own = r.bm, r.own
	if again.segment(low[:n], 3, false) {
		r.named, r.notice, r.bait, r.crack, r.topics = again.named, again.notice, again.bait, again.crack, again.topics
		r.notice2 = again.notice2
		r.strong, r.weak = again.strong, again.weak
		r.themeObj, r.themeAct, r.unknown, r.themeTopics = again.themeObj, again.themeAct, again.unknown, again.themeTopics
		r.themeInfo = again.themeInfo
		r.themeLock = again.themeLock
		r.joined = true
	}
}

// noteNotice notes a notice's word read: the first, then a second of
// another spelling.
func (r *slugReader) noteNotice(w string) {
	switch {
	case r.notice == "":
		r.notice = strings.Clone(w)
	case r.notice2 == "" && w != r.notice:
		r.notice2 = strings.Clone(w)
	}
}

// brandWord notes a protected brand's name (the host's own not).
func (r *slugReader) brandWord(w string) bool {
	b := r.bm.NamedWord(w)
	if b == nil || b == r.own {
		return false
	}
	if r.named == nil {
		r.named = b
	}
	return true
}

// word reads low if it is a word the bot knows, and reports whether it
// is.
func (r *slugReader) word(low []byte) bool {
	w := string(low) // not kept: map lookups and NamedWord only
	v := slugAnchors.vocab[w]
	if v&(slugThemeObj|slugThemeAct) != 0 {
		r.noteTheme(w, v)
		if v&slugClass == slugTopic {
			r.themeTopics++ // answers, redeem: a guide's, but the theme's too
		}
		if v&slugClass == 0 {
			return true // a theme's word of no other class
		}
	}
	switch v & slugClass {
	case slugTopic:
		r.topics++
	case slugCrackWord:
		if r.crack == "" {
			r.crack = strings.Clone(w)
		}
		r.afterCrack = w == "crack"
	case slugBaitWord:
		if r.bait == "" {
			r.bait = strings.Clone(w)
		}
		r.noteNotice(w)
		r.strong = true
	case slugFiller:
	case slugStrong, slugWeak:
		// a notice's word of 4 letters or more (not ban, bạn in
		// Vietnamese: momo-moi-ban; nor otp, key); a payment's, a
		// desk's or a lure's (brand.NoticeWord's weak) counts when
		// two stand beside the brand (shared-invoice, billing-update)
		if len(w) < 4 {
			break
		}
		r.noteNotice(w)
		if v&slugClass == slugStrong { // the class, not the theme's bits (violation, penalty; host50)
			r.strong = true
		} else if r.weak == "" {
			r.weak = r.notice
			if r.weak != w {
				r.weak = strings.Clone(w)
			}
		} else if r.weak != w {
			r.strong = true // a second weak word
		}
	case slugInfo:
		r.themeInfo++ // tuition-fee-schedule: a page of facts (rev49e)
		fallthrough
	default:
		switch {
		case model.DomainWord(w) || model.SchemeWord(w):
		case len(w) >= 3 && r.brandWord(w):
		case r.bm.ToolWord(w):
			// a tool's name (shopify, slack): a name the bot
			// knows, read as a brand only in a host's name
		default:
			if full, ok := slugAbbrev[w]; ok && len(w) >= 4 {
				return r.brandWord(full)
			}
			return false
		}
	}
	return true
}

// known reports whether low is a word word reads, without noting it.
func (r *slugReader) known(low []byte) bool {
	w := string(low) // not kept
	if v := slugAnchors.vocab[w]; v != 0 && v != slugInfo || model.DomainWord(w) || model.SchemeWord(w) {
		return true
	}
	if _, ok := slugAbbrev[w]; ok && len(w) >= 4 {
		return true
	}
	b := r.bm.NamedWord(w)
	return b != nil && b != r.own || r.bm.ToolWord(w)
}

// slugLongest is the longest word segment and suffix try.
const slugLongest = 16

// segment reads low as words run together, each of at least least
// letters, and reports whether all of it splits so; abbrev allows a
// leading 2-letter abbreviation (igaccount). The words are read only
// when the whole run splits.
func (r *slugReader) segment(low []byte, least int, abbrev bool) bool {
	n := len(low)
	if n > 48 {
		return false
	}
	// cut[j]: where the word that ends at j starts, +1; 0 when no
	// split reaches j
	var cut [49]uint8
	cut[0] = 1
	if abbrev && n > 2 {
		if _, ok := slugAbbrev[string(low[:2])]; ok {
			cut[2] = 1
		}
	}
	for i := 0; i < n; i++ {
		if cut[i] == 0 {
			continue
		}
		for j := min(n, i+slugLongest); j >= i+least; j-- {
			if cut[j] == 0 && r.known(low[i:j]) {
				cut[j] = uint8(i + 1)
			}
		}
	}
	if cut[n] == 0 {
		return false
	}
	r.readCuts(low, &cut)
	return true
}

// readCuts reads the words segment found, last to first.
func (r *slugReader) readCuts(low []byte, cut *[49]uint8) {
	if int(cut[len(low)])-1 > 0 {
		r.joined = true // words run together
	}
	for j := len(low); j > 0; {
		i := int(cut[j]) - 1
		if i == 0 && j == 2 {
			r.brandWord(slugAbbrev[string(low[:2])])
		} else {
			r.word(low[i:j])
		}
		j = i
	}
}

// suffix reads the words of at least 4 letters an id's run of letters
// ends in, after noise, when they make at least 8 letters
// (bafkreiroyaltyverify: royalty, verify), and reports whether it did.
func (r *slugReader) suffix(low []byte) bool {
	n := len(low)
	if n > 48 || n < 9 {
		return false
	}
	// next[i]: where the word that starts at i ends; 0 when low[i:]
	// does not split into words
	var next [49]uint8
	next[n] = uint8(n)
	start := -1
	for i := n - 4; i >= 1; i-- {
		for j := min(n, i+slugLongest); j >= i+4; j-- {
			if next[j] != 0 && r.known(low[i:j]) {
				next[i] = uint8(j)
				break
			}
		}
		if next[i] != 0 && n-i >= 8 {
			start = i
		}
	}
	if start < 0 {
		return false
	}
	r.joined = true // words after an id's noise
	for i := start; i < n; i = int(next[i]) {
		r.word(low[i:next[i]])
	}
	return true
}

func init() {
	for k, v := range map[string][2]string{
		"slug_brand_notice": {"%[1]s is named, in the words its address hides, for %[2]s and a notice (%[3]s); the real service links its own site, not a shortened or shared file's name",
			"%[1]s được đặt tên, bằng các từ giấu trong địa chỉ, theo %[2]s và một thông báo (%[3]s); dịch vụ thật dẫn về trang của chính mình, không qua tên liên kết rút gọn hay tệp chia sẻ"},
		"slug_bait": {"%[1]s is named, in the words its address hides, for bait (%[2]s), as the links of fake notices, fake deals and cracked programs are",
			"%[1]s được đặt tên, bằng các từ giấu trong địa chỉ, theo mồi nhử (%[2]s), như liên kết của thông báo giả, hợp đồng giả và phần mềm bẻ khóa"},
	} {
		englishDetails[k], vietnameseDetails[k] = v[0], v[1]
	}
}
