package bot

import "strings"

// Discord's name scrambled. Nitro and "free gift" kits register Discord's
// name over and over with its letters moved about: two letters swapped
// twice (dcisord), a letter moved two places (dsiocrd), a swap and a
// letter added at the end (disocrdz). The brand matcher reads a name
// of seven letters one edit away (dicsord, discorb) and no further, as
// two edits from most seven-letter names reach words of their own. A
// scramble keeps Discord's letters, so scrambledDiscord reads a word two
// edits away that still holds all of them but one and adds one at most,
// and begins with Discord's d, as typing keeps a word's first letter:
// words two edits from discord lose or change more of it (discogs,
// disorder, discover, disco). Only Discord's name is read so: two edits
// from the other brands' names of seven or eight letters reach real
// names with their letters as close (fortinet from fortnite, telerama
// from telegram, integra from interac).

// discordWord is the name scrambledDiscord reads.
const discordWord = "discord"

// discordBait are the words a kit runs Discord's scrambled name together
// with (dcisordgift, nitro-dicosrd, premiumdsiocrd): what it offers, a
// gift with an l for its i, and the app's name.
var discordBait = []string{"gifts", "gift", "glft", "nitro", "premium", "free", "promotions", "promo", "app", "gg"}

// scrambledDiscord returns the part of a registrable label (site.Label())
// that is Discord's name scrambled, as the comment above says, and
// whether there is one: the label itself, a part of it between hyphens,
// or either with one of discordBait run on before or after it (then one
// edit away is enough).
func scrambledDiscord(label string) (string, bool) {
	if len(label) > 32 {
		return "", false
	}
	for part := range strings.SplitSeq(label, "-") {
		if len(part) < len(discordWord)-1 || strings.IndexByte(part, discordWord[0]) < 0 {
			// too short, or no d to begin a scramble: most parts
			continue
		}
		if scrambleOfDiscord(part, 2) {
			return part, true
		}
		for _, w := range discordBait {
			if rest, ok := strings.CutSuffix(part, w); ok && scrambleOfDiscord(rest, 1) {
				return rest, true
			}
			if rest, ok := strings.CutPrefix(part, w); ok && scrambleOfDiscord(rest, 1) {
				return rest, true
			}
		}
	}
	return "", false
}

// scrambleOfDiscord reports whether w is two edits from discordWord
// (optimal string alignment: a swap of two letters side by side is one),
// or from least edits up when run together with a bait word (one: the
// matcher reads discrd alone, not discrdnitro), one letter longer or
// shorter at most, begins with its d, misses one of its letters at most
// and adds one at most. One edit alone is left to the brand matcher,
// which knows the words of languages one edit away (discard).
func scrambleOfDiscord(w string, least int) bool {
	const n = len(discordWord)
	if len(w) < n-1 || len(w) > n+1 || w[0] != discordWord[0] {
		return false
	}
	var count [26]int8
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
		count[c-'a']++
	}
	for i := 0; i < n; i++ {
		count[discordWord[i]-'a']--
	}
	missing, added := 0, 0
	for _, k := range count {
		if k < 0 {
			missing -= int(k)
		} else {
			added += int(k)
		}
	}
	if missing > 1 || added > 1 || missing == 1 && added == 1 && strings.HasPrefix(w, discordWord[:5]) {
		// a letter replaced after Discord's first five letters in
		// order is another word run on disco (discodb), not Discord's
		// letters moved about (rev32b)
		return false
	}
	d := alignmentDistance(w, discordWord)
	return d >= least && d <= 2
}

// alignmentDistance returns the optimal string alignment distance of a
// and b (insertions, deletions, substitutions and swaps of two letters
// side by side, each one edit), for words of 15 letters at most; longer
// ones are returned as far apart as they are long.
func alignmentDistance(a, b string) int {
	if len(a) > 15 || len(b) > 15 {
		return max(len(a), len(b))
	}
	var d [16][16]int
	for i := 0; i <= len(a); i++ {
		d[i][0] = i
	}
	for j := 0; j <= len(b); j++ {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
