package brand

import "strings"

// A brand's name beside an impostor's words the notice lists do not know
// (beside49). NoticeName reads a Tool or Beside brand's name only beside
// words it knows, and WordsName any other brand's only beside a notice's
// or an account action's word; one word outside their lists and the name
// was left to the link model, which reads a popular or word-like brand's
// letters as benign: slack-token-rotate, zoom-session-renew,
// notion-board-share, ubiquiti-firmware-patch, docker-key-rotate,
// evri-redeliver-fee, hsbc-kyc-update, lloyds-internet-banking scored
// 0.02-0.4 with no reason, and so did a notice's words run together in
// one part (evri-trackparcel, barclays-newdevice, zoom-recordingview).
// BesideName reads them: every word beside the name known (a notice's,
// an account's, a payment's, a filler, or besideWords' credential,
// share, update and money words, or such words run together), none a
// tool's, a guide's or a project's (wordsTool: slack-token-counter,
// figma-file-viewer, zoom-recording-downloader stay the projects they
// are), and at least two signs among them.

// besideWords are the words an impostor sets beside a brand's name that
// the notice lists (NoticeWord) do not hold or hold only as a subject,
// by what they say: 's' a notice's act alone (a voicemail, a re-login,
// a KYC check, a parcel's customs or redelivery), 'w' a credential's, a
// share's, an update's or a payment's word that needs a second sign
// beside it (rotate, session, recording, board, firmware, patch,
// charge).
var besideWords = map[string]byte{
	// credentials and sessions
	"voicemail": 's', "voicemails": 's', "reauth": 's', "reauthorize": 's', "relogin": 's', "reverify": 's',
	"revalidate": 's', "kyc": 's', "ekyc": 's',
	"rotate": 'w', "rotation": 'w', "rotated": 'w', "session": 'w', "sessions": 'w',
	// shares and views
	"recording": 'w', "recordings": 'w', "recorded": 'w', "view": 'w', "viewing": 'w', "board": 'w',
	"boards": 'w', "whiteboard": 'w', "file": 'w', "voice": 'w', "rec": 'w',
	// updates and patches
	"patch": 'w', "patches": 'w', "firmware": 'w', "install": 'w', "installs": 'w', "fix": 'w',
	// money
	"customs": 's', "redeliver": 's', "redelivery": 's', "charge": 'w', "charges": 'w', "duty": 'w',
	"banking": 'w', "internet": 'w', "plan": 'w', "held": 'w',
}

// besideSubjects are subjects that say nothing alone beside a brand's
// name but stand in a notice's words run together (new of newdevice,
// parcel of trackparcel, payee of newpayee).
var besideSubjects = map[string]bool{
	"new": true, "device": true, "parcel": true, "package": true, "track": true, "tracking": true, "payee": true,
	"login": true, "signin": true, "account": true, "card": true, "delivery": true, "internet": true, "play": true,
	"playback": true, "replay": true, "call": true, "meeting": true,
}

// besideKind says what w is beside a brand's name: 't' a tool's,
// guide's or project's word (wordsTool), 's', 'w' or 'f' as besideWords
// or NoticeWord say (besideWords first; besideSubjects 'f'), 0 a word none knows.
func besideKind(w string) byte {
	if wordsTool[w] {
		return 't'
	}
	if k := besideWords[w]; k != 0 {
		return k
	}
	if k := NoticeWord(w); k != 0 || !besideSubjects[w] {
		return k
	}
	return 'f'
}

// besideRun splits s, a notice's words run together (trackparcel,
// recordingview, tokenrotate), into words of three letters or more that
// besideKind knows as no tool's, longest first, and counts the notice's
// acts (strongs) and the weaker words (weaks); subject is true when a
// piece is one of besideSubjects (new, device, parcel). ok is
// false when s is not made of two or more such words alone.
func besideRun(s string, depth int) (strongs, weaks, pieces int, subject, ok bool) {
	if s == "" {
		return 0, 0, 0, false, depth > 0
	}
	if depth > 4 || len(s) > 40 {
		return 0, 0, 0, false, false
	}
	for i := min(len(s), 16); i >= 3; i-- {
		if depth == 0 && i == len(s) {
			continue // a run is two words or more
		}
		k := besideKind(s[:i])
		if k == 0 || k == 't' {
			continue
		}
		st, wk, n, sub, ok := besideRun(s[i:], depth+1)
		if !ok {
			continue
		}
		switch k {
		case 's':
			st++
		case 'w':
			wk++
		}
		return st, wk, n + 1, sub || besideSubjects[s[:i]], true
	}
	return 0, 0, 0, false, false
}

// BesideName says how strongly the registrable label reads as the
// brand's name matched (m, a NameInDomain match of the whole name or of
// one of the brand's own labels) as a hyphenated word of its own beside
// an impostor's words: every other word known to besideKind or made of
// such words run together (besideRun), none a tool's, a guide's or a
// project's, and at least one of besideWords or a run-together word
// among them (names of the notice lists' words alone are NoticeName's
// and WordsName's). Signs: 2 for a notice's act (voicemail, kyc,
// customs, redeliver), 1 for each weaker word (rotate, session,
// recording, board, firmware, fee, and NoticeWord's notice and payment
// words), 2 for a notice's words run together (trackparcel, newdevice)
// with their own words' signs on top; fewer than 2 read nothing. A name
// on the ending of a country one of the brand's domains ends in is left
// out, as AccountName leaves it, and so is a name beside more than four
// words.
func (m *Match) BesideName(label, suffix string) (signs int) {
	b := m.Brand
	if m.Kind != NameInDomain || b == nil || m.name == "" || len(label) > 63 || countryOwn(b, suffix) ||
		strings.IndexByte(label, '-') < 0 {
		return 0
	}
	named, parts, mine := false, 0, false
	var weak [2]string // the first two weaker words, for featurePair
	nweak := 0
	for w := range strings.SplitSeq(label, "-") {
		w = strings.TrimRight(w, "0123456789")
		parts++
		if w == "" {
			continue
		}
		if !named && (w == m.Word || w == m.name || strings.Contains(w, m.name) && ownLabel(b, w)) {
			named = true
			continue
		}
		if ownLabel(b, w) {
			continue
		}
		switch k := besideKind(w); k {
		case 't':
			return 0
		case 's', 'w', 'f':
			mine = mine || besideWords[w] != 0
			switch k {
			case 's':
				signs += 2
			case 'w':
				signs++
				if nweak < len(weak) {
					weak[nweak] = w
				}
				nweak++
			}
		default:
			st, wk, _, sub, ok := besideRun(w, 0)
			if !ok || st+wk == 0 && !sub {
				return 0
			}
			mine = true
			signs += 2 + 2*st + wk
		}
	}
	if !named || !mine || parts > 5 || signs < 2 || b.Tool && devEnding(suffix) && signs < 3 {
		// a developer service's name on the developers' own endings
		// (zoom-recording-view.dev, asana-board-share.dev,
		// grafana-board-share.io, zoom-recording-view.app) is a
		// project's as often: it needs a third sign
		return 0
	}
	if signs == 2 && nweak == 2 && featurePair(weak[0], weak[1]) {
		// two words that name a feature or a how-to and nothing else
		// (rev49c)
		return 0
	}
	return signs
}

// devEnding reports whether suffix is an ending developers name their
// own projects' sites on (.dev, .io, .app): a Tool brand's name with two
// of an impostor's weaker words there is a plugin's or a demo's as often
// (grafana-board-share.io; rev49c).
func devEnding(suffix string) bool {
	return suffix == "dev" || suffix == "io" || suffix == "app"
}

// featurePairs are two of besideWords' weaker words, or one and a
// notice's, that together name a product's feature or a how-to's
// subject, not a notice: a session recording, a plan shared in a family
// or compared, an internet plan (an ISP's reseller), an install's fix
// (plex-install-fix, spotify-plan-share, zoom-session-recording,
// viettel-internet-plan; rev49c). Beside a third sign they still read
// (zoom-session-recording-expired).
var featurePairs = [...][2]string{{"install", "fix"}, {"session", "recording"}, {"session", "recordings"},
	{"plan", "share"}, {"plan", "sharing"}, {"internet", "plan"}, {"install", "patch"}}

// featurePair reports whether a and b, in either order, are one of
// featurePairs.
func featurePair(a, b string) bool {
	for _, p := range featurePairs {
		if a == p[0] && b == p[1] || a == p[1] && b == p[0] {
			return true
		}
	}
	return false
}

// ImpostorRest reports whether w, a part of a host beside a claimed
// sender's name, is an impostor's word or such words run together
// (besideWords' and the notice lists' notice and payment words, and
// what they are about: rotate, recording, kyc, recview, trackparcel),
// with no tool's word among them.
func ImpostorRest(w string) bool {
	switch besideKind(w) {
	case 's', 'w':
		return true
	case 't':
		return false
	}
	st, wk, _, sub, ok := besideRun(w, 0)
	return ok && (st+wk > 0 || sub)
}

// RunName reads a brand matched only as a whole word (barclays, natwest,
// chase, hsbc) run together with a notice's words in the first part of a
// stranger's registrable label: barclaysnewdevice, natwestnewpayee,
// chasenewdevice-alert (rev49c; beside49 and rev47b left them, as the
// matcher reads such a brand's name only whole). The part must be the
// brand's exact name (NamedWord) followed by a run besideRun reads (two
// notice's words or more, or what a notice is about: new device, new
// payee, track parcel); every other part an impostor's word
// (ImpostorRest), what a notice is about, or digits. It returns the
// brand and the signs as BesideName counts a run (2, and 2 for each
// notice's act and 1 for each weaker word in it), or nil. Not on the
// ending of a country one of the brand's domains ends in. The caller
// reads it only for a label no brand matched; it looks up at most
// fourteen prefixes of the first part.
func (m *Matcher) RunName(label, suffix string) (b *Brand, signs int) {
	if len(label) < 9 || len(label) > 40 {
		return nil, 0
	}
	first, rest, _ := strings.Cut(label, "-")
	for i := 3; i <= min(len(first)-6, 16); i++ {
		nb := m.NamedWord(first[:i])
		if nb == nil {
			continue
		}
		st, wk, _, sub, ok := besideRun(first[i:], 0)
		if !ok || st+wk == 0 && !sub || countryOwn(nb, suffix) {
			continue
		}
		for rest != "" {
			var w string
			w, rest, _ = strings.Cut(rest, "-")
			w = strings.TrimRight(w, "0123456789")
			if w != "" && !ImpostorRest(w) && NoticeWord(w) != 'f' {
				return nil, 0
			}
		}
		return nb, 2 + 2*st + wk
	}
	return nil, 0
}
