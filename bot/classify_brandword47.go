package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
)

// A protected brand's name hyphenated with other words (brandword47). A
// brand's name beside a notice's words is read by brandNotice only when
// every word beside it is one it knows: hsbc-security-check,
// youtube-channel-termination, youtube-contentid-appeals and
// lloydsbank-device-check each hold one it does not, and were left to
// the link model and the fitted brand signal, which read a popular
// brand's letters as benign (the popular domains hold them): they scored
// 0.1-0.5 and were allowed. brand.Match.WordsName reads such a name with
// up to two words of its own beside the brand's, so long as one word is
// a notice's, an account action's or a payment's and none a tool's, a fan
// site's, a guide's or a project's (youtube-dl, twitch-tools,
// chrome-stats, paypal-fee-calculator stay as they were). The brand's
// common abbreviations (yt, ig, insta, fb) are read the same way, as a
// hyphenated word of their own beside a notice's or an account action's
// word (yt-copyright-desk, ig-appeal-form), or run together with one and
// nothing else (igappeal, ytstrike); never inside an ordinary name. Both
// are weighed as brandNotice weighs its names (noticeWeight).

// noticeWeight is the weight of a brand's name read as its notice's
// (brandNotice, abbrevNotice) from the signs the name holds (3 a
// notice's word or two, 2 a notice's word beside a word of its own, 1 a
// single payment's or desk's word: brand.Match.WordsName) and one more on
// a cheap ending: wBrandNotice (warns) at two, wBrandNoticeStrong
// (deletes) at three or more; ok is false below two.
func noticeWeight(signs int, suffix string) (w float64, ok bool) {
	if abusedTLD(suffix) >= 0.2 {
		signs++
	}
	switch {
	case signs >= 3:
		return wBrandNoticeStrong, true
	case signs == 2:
		return wBrandNotice, true
	}
	return 0, false
}

// brandAbbrevs are brands' common abbreviations, each unambiguous beside
// a notice's words, the same after a hyphen (inner, as it stands inside
// a label), and the name of the brand each stands for.
var brandAbbrevs = [...]struct{ abbrev, inner, name string }{
	{"yt", "-yt", "youtube"}, {"ig", "-ig", "instagram"}, {"insta", "-insta", "instagram"}, {"fb", "-fb", "facebook"},
}

// abbrevIn reports whether the label starts with a brand's abbreviation
// or holds one after a hyphen: abbrevNotice's cheap first look, as most
// labels hold none.
func abbrevIn(label string) bool {
	for _, a := range brandAbbrevs {
		if strings.HasPrefix(label, a.abbrev) || strings.Contains(label, a.inner) {
			return true
		}
	}
	return false
}

// abbrevNotice returns the brand whose common abbreviation (brandAbbrevs)
// the registrable label holds as a hyphenated word of its own beside a
// notice's or an account action's word (brand.NoticeWord strong: an
// appeal, a strike, a copyright claim, a sign-in) or two of a payment's
// or a desk's (yt-monetization-check; rev47b), or run together with one
// notice's word and nothing else (igappeal, ytstrike), and the signs it
// holds (noticeWeight): 3 for two words of a notice, one of them
// strong, 2 for the rest. Nil when none: a single payment's or support's
// word is no claim to the brand for two letters.
func abbrevNotice(bm *brand.Matcher, label string) (b *brand.Brand, signs int) {
	if len(label) > 63 || len(label) < 4 || !abbrevIn(label) {
		return nil, 0
	}
	name := ""
	strongs, weaks := 0, 0
	for w := range strings.SplitSeq(label, "-") {
		w = strings.TrimRight(w, "0123456789")
		if name == "" {
			if a, rest := abbrevOf(w); a != "" && (rest == "" || brand.NoticeWord(rest) == 's') {
				name = a
				if rest != "" {
					strongs++
				}
				continue
			}
		}
		switch brand.NoticeWord(w) {
		case 's':
			strongs++
		case 'w':
			weaks++
		case 'f':
		default:
			return nil, 0
		}
	}
	switch {
	case name == "" || strongs == 0 && weaks < 2:
		return nil, 0
	case strongs == 0 || strongs+weaks < 2:
		// one word of a notice, or two of a payment or a desk
		// (yt-monetization-check; rev47b)
		signs = 2
	default:
		signs = 3
	}
	return bm.Named(name, len(name)), signs
}

// abbrevOf returns the brand name whose abbreviation w is or starts with,
// and what follows it in w.
func abbrevOf(w string) (name, rest string) {
	for _, a := range brandAbbrevs {
		if strings.HasPrefix(w, a.abbrev) {
			return a.name, w[len(a.abbrev):]
		}
	}
	return "", ""
}
