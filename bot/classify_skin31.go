package bot

import (
	"cmp"
	"strings"
)

// A Counter-Strike skin scam's name. The scams that steal Steam accounts
// and their skins name their fake tournament, giveaway and trade sites
// after the esports teams and events the game's players follow, joined to
// a number (the kit's copy: navi22, faze33, 2navi) or to a word of what
// they offer (navicase, fazegg, natus-open, eslcsgo, cs2-trade). The link
// model reads a team's name as any short word, and a number as nothing.
// skinName reads such a name: every part of the registrable label is a
// word it knows (a team's, an organiser's, the game's, an offer's) or a
// number beside a team's name, and the parts say more than a name alone:
//
//   - a team's name (skinTeams) beside an offer's word or another name,
//     or a number (skinNumbered);
//   - an organiser's short name (skinOrganisers: esl, iem, pgl) beside
//     the game's name, a skin's goods or a tournament's word: esl with
//     another word is as often English as a second language's (7esl,
//     eslgames);
//   - the game's name (skinGames) beside any word skinName knows;
//   - cs beside the game's goods or another name: cs with a number or a
//     plain word is a course's or a club's (cs186, cs-team).
//
// A name alone (navi.gg, counter-strike.net) is its own site or a fan's,
// and the teams' own sites made of two parts (skinOwnSites) are theirs.

// skinTeams are esports teams whose names skin scams borrow, by the names
// the game's players write (natus for Natus Vincere), and the sites that
// run their matches and news (faceit, hltv). Team names that are ordinary
// words (vitality, heroic, liquid, spirit, cloud9) are left out: a health
// site or a weather app is named so.
var skinTeams = setOf("navi", "natus", "vincere", "natusvincere", "faze", "fazeclan", "fnatic", "mouz", "mousesports", "astralis",
	"faceit", "hltv")

// skinNumbered are the skinTeams a number beside stands for a kit's copy
// (navi22, faze33, 2navi).
var skinNumbered = setOf("navi", "natus", "faze", "fnatic", "mouz", "astralis")

// skinOrganisers are the tournament organisers' short names.
var skinOrganisers = setOf("esl", "iem", "pgl")

// skinGames are the game's names as its scams write them: csgo, cs2,
// counterstrike and source2 (the engine its second version was announced
// by); cs is read apart (skinName).
var skinGames = setOf("csgo", "cs2", "counterstrike", "source2")

// skinGoods are the words of the game's goods and a tournament's, which
// an organiser's short name or cs needs beside it.
var skinGoods = setOf("skin", "skins", "case", "cases", "drop", "drops", "trade", "trades", "gg", "roll", "rolls", "giveaway",
	"prize", "bonus", "promo", "key", "keys", "gift", "gifts", "cup", "major", "proleague", "tournament", "esports", "gaming")

// skinOffers are the other words of what a skin scam offers or says it
// is: an event, an entry, a win.
var skinOffers = setOf("open", "play", "event", "events", "spot", "win", "winner", "team", "go", "free", "get", "new", "league",
	"pro", "up", "premium", "vote", "access", "beta", "test", "source")

// skinOwnSites are the teams' and organisers' own sites whose names are
// two of skinName's parts.
var skinOwnSites = setOf("g2esports.com", "eslgaming.com", "esl.gg", "eslgaming.gg")

// skinWordLongest is the length of the longest word skinName reads.
var skinWordLongest = longestWord(skinTeams, skinOrganisers, skinGames, skinGoods, skinOffers)

// longestWord returns the length of the longest word of the sets.
func longestWord(sets ...map[string]bool) int {
	n := 0
	for _, set := range sets {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}

// skinWord reports whether w is a word skinName reads, "cs" included.
func skinWord(w string) bool {
	return w == "cs" || skinTeams[w] || skinOrganisers[w] || skinGames[w] || skinGoods[w] || skinOffers[w]
}

// skinName returns the team's, organiser's or game's name a registrable
// label (site.Label()) holds, and whether the label is a skin scam's
// name as the comment above says. domain is the registrable domain, for
// skinOwnSites.
func skinName(label, domain string) (string, bool) {
	if len(label) > 32 || skinOwnSites[domain] {
		return "", false
	}
	// the words of the label; a number between them is noted as "#"
	var words [16]string
	n := 0
	for part := range strings.SplitSeq(label, "-") {
		if part == "" {
			return "", false
		}
		var ok bool
		if n, ok = splitSkinWords(part, words[:], n); !ok {
			return "", false
		}
	}
	if n < 2 {
		return "", false
	}
	ws := words[:n]
	var team, org, game, cs string
	goods, offers := 0, 0
	for i, w := range ws {
		switch {
		case w == "#":
			// a number stands beside a team's name, before or after
			if !(i > 0 && skinNumbered[ws[i-1]] || i+1 < n && skinNumbered[ws[i+1]]) {
				return "", false
			}
		case skinTeams[w]:
			team = cmp.Or(team, w)
		case skinOrganisers[w]:
			org = cmp.Or(org, w)
		case skinGames[w]:
			game = cmp.Or(game, w)
		case w == "cs":
			cs = w
		case skinGoods[w]:
			goods++
		default:
			offers++
		}
	}
	names := 0
	for _, x := range [...]string{team, org, game, cs} {
		if x != "" {
			names++
		}
	}
	switch {
	case team != "":
		return team, true
	case game != "":
		return game, true
	case org != "" && (names > 1 || goods > 0):
		return org, true
	case cs != "" && (names > 1 || goods > 0):
		return cs, true
	}
	return "", false
}

// splitSkinWords appends to words (from n on) the words of one hyphen
// part of a label: a run of digits is one part, noted as "#", and a run
// of letters must split wholly into words skinName reads, the fewest of
// them. It reports the new count and whether the part split.
func splitSkinWords(s string, words []string, n int) (int, bool) {
	for s != "" {
		if j := digitRun(s); j > 0 {
			if n == len(words) {
				return n, false
			}
			words[n], n, s = "#", n+1, s[j:]
			continue
		}
		i := 0
		for i < len(s) && (s[i] < '0' || s[i] > '9' || skinDigitWord(s[:i+1])) {
			i++
		}
		run := s[:i]
		s = s[i:]
		k, ok := splitSkinRun(run, words, n)
		if !ok {
			return n, false
		}
		n = k
	}
	return n, true
}

// skinDigitWord reports whether a run of letters ending in a digit is
// one of skinName's words that hold a digit (cs2, source2).
func skinDigitWord(s string) bool {
	for _, suffix := range [...]string{"cs2", "source2"} {
		if strings.HasSuffix(s, suffix) {
			return true
		}
	}
	return false
}

// digitRun returns the length of the run of digits s starts with.
func digitRun(s string) int {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// splitSkinRun splits a run of letters (with cs2 and source2 kept
// whole) into the fewest words skinName reads, appending them to words
// from n on.
func splitSkinRun(s string, words []string, n int) (int, bool) {
	return splitRunInto(s, words, n, skinWord, skinWordLongest)
}

// splitRunInto splits a run of letters into the fewest words isWord
// knows (none longer than longest), appending them to words from n on,
// and reports the new count and whether it could; an empty run splits
// into none.
func splitRunInto(s string, words []string, n int, isWord func(string) bool, longest int) (int, bool) {
	if s == "" || len(s) > 32 {
		return n, s == ""
	}
	// best[i]: the fewest words s[:i] splits into (0: none yet),
	// from[i]: where the last of them starts
	var best, from [33]int
	for i := 1; i <= len(s); i++ {
		for j := max(0, i-longest); j < i; j++ {
			if (j == 0 || best[j] > 0) && isWord(s[j:i]) && (best[i] == 0 || best[j]+1 < best[i]) {
				best[i], from[i] = best[j]+1, j
			}
		}
	}
	k := best[len(s)]
	if k == 0 || n+k > len(words) {
		return n, false
	}
	for i, m := len(s), n+k-1; i > 0; i, m = from[i], m-1 {
		words[m] = s[from[i]:i]
	}
	return n + k, true
}
