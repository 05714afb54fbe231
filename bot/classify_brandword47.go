package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
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
// nothing else (igappeal, ytstrike); never inside an ordinary name.
const (
	// wBrandWords: a brand's name beside a payment's, a security or
	// support desk's or a creator program's word (brand.Match.WordsName)
	// warns alone
	wBrandWords = 0.6
	// wBrandWordsStrong: beside a notice's or an account action's word,
	// two such words, or on a cheap ending, it deletes alone
	wBrandWordsStrong = 0.8
)

// brandWords reports whether the match m (a NameInDomain match of the
// site's registrable name) reads as the brand's name hyphenated with a
// notice's, an account's or a payment's words and words of its own
// (brand.Match.WordsName), and if so sets r's weight and text. A link
// defanged as analysts quote indicators is left to the fitted reading,
// as brandNotice leaves it.
func brandWords(m *brand.Match, l, site *linkx.Link, r *Reason) bool {
	if spared(l) {
		return false
	}
	strong, ok := m.WordsName(site.Label(), site.Suffix, englishWord)
	if !ok {
		return false
	}
	r.Weight = wBrandWords
	if strong || abusedTLD(site.Suffix) >= 0.2 {
		r.Weight = wBrandWordsStrong
	}
	r.text = say2("brand_notice", r.Subject, m.Brand.Name, m.Imitates)
	return true
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
// appeal, a strike, a copyright claim, a sign-in), or run together with
// one such word and nothing else (igappeal, ytstrike), and whether it
// reads as strongly as deletes: two words of a notice. Nil when none: a
// payment's or support's word alone is no claim to the brand for two
// letters.
func abbrevNotice(bm *brand.Matcher, label string) (b *brand.Brand, strong bool) {
	if len(label) > 63 || len(label) < 4 || !abbrevIn(label) {
		return nil, false
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
			return nil, false
		}
	}
	if name == "" || strongs == 0 {
		return nil, false
	}
	return bm.Named(name, len(name)), strongs+weaks >= 2
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
