package brand

import "strings"

// OrdinaryWord reports whether a brand's name found inside a registrable
// label (a NameInDomain match) is only part of an ordinary word: the label
// is the word itself, of letters alone, and is a word of a language
// (isWord: discordant, discording, twitchiest) or such a word with an
// ordinary ending (discordful), or the name with a learned ending that
// makes a noun or an adjective of a word (discordia, discordian), after an
// ordinary prefix at most (undiscordant). Nothing else in the label speaks
// for the brand: no hyphen, no digit, no service's word, no second name.
// The name alone, with a plural's s (discords, telegrams: the name as
// much as a word), with an ending impostors coin (discordery, discordist,
// robloxic, paypalent, collablanded, shinhanbanker) or run together with
// anything else is no ordinary word.
func (m *Match) OrdinaryWord(label string, isWord func(string) bool) bool {
	if m.Kind != NameInDomain || m.Word != label || label == m.name || m.name == "" || !allLetters(label) {
		return false
	}
	for _, p := range wordPrefixes {
		if rest, ok := strings.CutPrefix(label, p); ok && len(rest) > len(m.name) && strings.Contains(rest, m.name) && ordinaryWord(rest, m.name, isWord) {
			return true
		}
	}
	return ordinaryWord(label, m.name, isWord)
}

// ordinaryWord reports whether w is a word of a language (isWord) or
// such a word followed by an ordinary ending, or the name followed by a
// learned ending (nameEndings), and not the name with a plural's s.
func ordinaryWord(w, name string, isWord func(string) bool) bool {
	if rest, ok := strings.CutPrefix(w, name); ok && (rest == "s" || rest == "es") {
		return false
	}
	if isWord != nil && isWord(w) {
		return true
	}
	for _, e := range nameEndings {
		if w == name+e {
			return true
		}
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok && len(stem) >= len(name) && isWord != nil && isWord(stem+"y") {
		return true // discordancies
	}
	for _, e := range wordEndings {
		stem, ok := strings.CutSuffix(w, e)
		if ok && len(stem) > len(name) && strings.Contains(stem, name) && isWord != nil && isWord(stem) {
			return true
		}
	}
	return false
}

// allLetters reports whether s is lower-case ASCII letters alone.
func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// wordPrefixes are the English prefixes that make a word of a word
// (undiscordant, nonsteamed).
var wordPrefixes = []string{"un", "non", "re", "pre", "anti"}

// wordEndings are the English endings that make a word of a word
// (discordful, discordantness): none is a service's word (serviceWords),
// which an impostor runs a name together with.
var wordEndings = []string{"s", "es", "ed", "er", "ers", "ing", "ings", "ful", "ly", "ness", "less", "ish", "ity", "ism", "ist", "ists"}

// nameEndings are the learned endings that make a noun or an adjective
// of a word (discordant, discordance, discordia, discordian, discordous):
// the forms a word takes, where the endings impostors coin from a
// brand's name are the agent's and the verb's (discordery, discordist,
// shinhanbanker, collablanded; measured on the training phishing lists).
var nameEndings = []string{"ant", "ants", "ance", "ances", "ancy", "ia", "ian", "ians", "ous"}
