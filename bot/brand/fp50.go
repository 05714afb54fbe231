package brand

import "strings"

// Two readings of a brand's name that were coincidences of letters
// (fp50, session 50), both at run time only (NewRuntime), so that the
// trainer's view is as it was.
//
// 1. A short name (four letters or fewer) reached by a tiny word's
// skeleton only through a letter pair read as one letter (cl as d, rn
// as m, vv as w) and another change besides (i or a digit read as a
// letter, a second pair): clhi is dhl's skeleton (cl d, i l), and so is
// a four-letter club's or society's name on its own country's ending.
// Two changes on a name of three or four letters leave it one of many
// words of that look; an impostor of a short brand writes its name with
// one change (dhI, clhl) or runs it together with words (dhl-parcel),
// and those are read as before. A name whose own letters read so
// (citi's skeleton is dtl) counts only the changes it lacks.
//
// 2. A brand's name run into an ordinary word that begins inside the
// name and runs on past it (OverlapWord): paypalette is pay + palette,
// coinbasement coin + basement, robloxygen robl + oxygen, githubris
// git + hubris. The name is there only because the word shares its
// letters; the word is no notice's or service's word (paypalert is
// paypal + alert, and read as before).

// shortChanges counts the look-alike changes a word's skeleton makes,
// read left to right on its ASCII letters: a pair read as one letter
// (cl, rn, vv, after digits and i are read as letters) and a single
// letter read as another that no pair took.
func shortChanges(w string) (pairs, changes int) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 128 {
			return pairs, changes
		}
		f := asciiFold[c]
		if i+1 < len(w) && w[i+1] < 128 {
			g := asciiFold[w[i+1]]
			if f == 'c' && g == 'l' || f == 'r' && g == 'n' || f == 'v' && g == 'v' {
				pairs++
				changes++
				if f != c || g != w[i+1] {
					changes++
				}
				i++
				continue
			}
		}
		if f != c {
			changes++
		}
	}
	return pairs, changes
}

// coincidentShort reports a short name's match that is a coincidence of
// a tiny word's skeleton (1 above): the word (ASCII) takes a letter pair
// more than the name does and two changes more at least.
func coincidentShort(word, name string) bool {
	wp, wc := shortChanges(word)
	np, nc := shortChanges(name)
	return wp > np && wc-nc >= 2
}

// InWord reports whether a brand's name found inside a word of a label
// (a NameInDomain match; the word is m.Word, letters alone, longer than
// the name) is only part of an ordinary word: a word of a language or
// such a word with an ordinary ending (ordinaryWord: discordance,
// amazonite), or a word that begins inside the name (OverlapWord). The
// caller reads the label's other words.
func (m *Match) InWord(isWord func(string) bool) bool {
	if m.Kind != NameInDomain || m.name == "" || len(m.Word) <= len(m.name) || !allLetters(m.Word) {
		return false
	}
	for _, n := range m.Brand.Names {
		if len(n) > len(m.name) && strings.Contains(m.Word, n) {
			return false // a longer name of the brand's is there whole (curvefinance)
		}
	}
	return ordinaryWord(m.Word, m.name, isWord) || m.OverlapWord(isWord)
}

// PlainWord reports an ordinary word of a label beside a brand's word
// (InWord): a word of a language (isWord) that is no notice's or
// service's word.
func PlainWord(w string, isWord func(string) bool) bool {
	k := NoticeWord(w)
	return allLetters(w) && !serviceWords[w] && (k == 0 || k == 't') && isWord(w)
}

// OverlapWord reports whether a brand's name found inside a word of a
// label (a NameInDomain match; the word is m.Word) is only the start of
// an ordinary word that begins inside the name and runs at least two
// letters past it, the word ending the label's word (2 above): of six
// letters or more, a word of a language (isWord), and no notice's or
// service's word. The two share two to four letters: a word that takes
// five or more of the name's (walletconnect's connect in connection,
// twitch's witch in witchcraft) carries the brand's own word on, as
// drainers name their sites (livewalletconnection, walletconnectivity). The word must be the label or one of its hyphenated
// words; letters alone.
func (m *Match) OverlapWord(isWord func(string) bool) bool {
	w, name := m.Word, m.name
	if m.Kind != NameInDomain || name == "" || isWord == nil || len(w) < len(name)+2 || !allLetters(w) {
		return false
	}
	p := strings.Index(w, name)
	if p < 0 {
		return false
	}
	end := p + len(name)
	for s := p + 1; s < end && len(w)-s >= 6; s++ {
		if end-s < 2 || end-s > 4 || len(w)-end < 2 {
			continue
		}
		rest := w[s:]
		if k := NoticeWord(rest); serviceWords[rest] || k != 0 && k != 't' {
			continue
		}
		if isWord(rest) {
			return true
		}
	}
	return false
}
