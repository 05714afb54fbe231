package brand

import "strings"

// ownWords reports whether a word that only edit distance reads as the
// name n (a look-alike, not the name written with look-alike letters)
// reads, where it differs from the name, as words of its own (isWord
// tells a word of the language, of four letters or more):
//
//   - the registrable label's hyphenated words run together are the word
//     (core-js read as correos), and each is a word of the language or
//     a technical token (js, css, v5), none of them a typo of the brand's
//     own part (stream-community, steam-power keep their reading);
//   - the word keeps a word of the language that the name starts with
//     and rewrites half the rest or more (magiclen for magiceden: magic
//     kept, eden written as len).
//
// An impostor's misspelling changes a letter or two of the name where
// the reader will not look; a project's name says something else in
// words. A word that is itself a word of the language (discoid for
// discord) is left to the dictionary of dictionary.go: the large word
// list holds rare words that impostors' misspellings land on (discoid,
// titch for twitch: 12 of 786,096 generated look-alike hosts read so, 8
// of them a level lower in a message).
// label is the registrable label the word was found in.
func ownWords(n *name, word, label string, isWord func(string) bool) bool {
	if len(n.word) <= 4 || !isASCII(word) {
		return false
	}
	coll := collapse(Skeleton(word))
	if coll == n.coll || strings.Contains(coll, n.coll) || abs(len(coll)-len(n.coll)) > tolerance(len(n.coll)) {
		return false // the name written alike, or inside a longer word
	}
	if strings.Contains(label, "-") && strings.ReplaceAll(label, "-", "") == word {
		return hyphenWords(n, label, isWord)
	}
	return replacedPart(n, word, coll, isWord)
}

// hyphenWords reports whether each hyphenated word of label is a word of
// the language or a technical token, none is the brand's own part or a
// typo of it (the name's core, or the name itself), and two of them are
// not the two words of the name, each kept or a letter from it, nor the
// name cut anywhere in two with one letter changed in all: an impostor
// cuts the name where a word falls and changes a letter so that both
// halves are words (git-chub, your-tube, tell-gram, inst-gram for
// instagram; rev21: 1,115 such labels of the brands' names, 579 of
// 17,840 messages lost a level before).
func hyphenWords(n *name, label string, isWord func(string) bool) bool {
	if a, b, ok := strings.Cut(strings.Trim(label, "-"), "-"); ok && !strings.Contains(b, "-") {
		// the name's own words, each kept or a letter from it
		// (wallets-connect, start-net for Starknet's stark and net), or
		// the name cut anywhere with one letter changed (git-chub)
		for k := 2; k <= len(n.word)-2; k++ {
			da, db := distance(a, n.word[:k], 1), distance(b, n.word[k:], 1)
			if da+db <= 1 || k >= 4 && isWord(n.word[:k]) && (isWord(n.word[k:]) || techToken(n.word[k:]) || len(n.word)-k <= 3) &&
				da <= 1 && db <= 1 {
				return false
			}
		}
	}
	words := 0
	for rest := label; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, '-'); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		switch {
		case isWord(w):
			words++
		case techToken(w):
		default:
			return false
		}
		wc := collapse(Skeleton(w))
		if n.core != "" && len(wc) >= 3 && distance(wc, n.core, 1) <= 1 || distance(wc, n.coll, 1) <= 1 {
			return false
		}
	}
	return words > 0
}

// replacedPart reports whether word, a look-alike of the name n two
// edits or more away (after the look-alike letters are read as what they
// imitate: names of nine letters or more), starts with a word of the
// language (four letters or more) the name starts with, and writes at
// least half the rest of the name otherwise, in two edits or more, from
// its first letter on: magiclen keeps magic of magiceden and writes eden
// as len, microspot keeps micro of microsoft. A misspelling spreads its
// edits over the name, changes a letter or two of a long part, keeps the
// part's first letter (microsov), or rewrites a generic tail
// (blockchainy). A shared end with a rewritten start (hjmhcredit for
// homecredit) is left alone: random pairs of edits land there as often
// as on the start, and no project's name measured needed it.
func replacedPart(n *name, word, coll string, isWord func(string) bool) bool {
	if len(n.coll) < 9 || n.tail != "" || distance(coll, n.coll, 1) <= 1 {
		return false // a typo's reach, or a generic tail rewritten (blockchainy)
	}
	name := n.word
	p := 0
	for p < len(name) && p < len(word) && name[p] == word[p] {
		p++
	}
	for k := p; k >= 4; k-- {
		if len(name)-k >= 3 && isWord(name[:k]) {
			return k < len(word) && word[k] != name[k] && rewritten(word[k:], name[k:])
		}
	}
	return false
}

// rewritten reports whether rest is two edits or more from the name's
// rest r, as many as half its letters, at most a letter shorter, and not
// r with letters added.
func rewritten(rest, r string) bool {
	if len(rest) < len(r)-1 || subsequence(r, rest) {
		// the part cut short (walconnect, microsf), or padded with
		// letters (micronsofte): a typo's dropped or added letters
		return false
	}
	d := distance(rest, r, len(r))
	return d >= 2 && 2*d >= len(r)
}

// techToken reports a short word of programming that a project's name is
// made of beside words of the language (core-js, code-oss, ethers-v4): a
// language's or format's abbreviation, or a version.
func techToken(w string) bool {
	if len(w) >= 2 && w[0] == 'v' && allDigits(w[1:]) || allDigits(w) {
		return true
	}
	return techTokens[w]
}

var techTokens = setOfWords("js", "ts", "jsx", "tsx", "mjs", "css", "scss", "html", "json", "xml", "yaml", "yml", "toml", "sql",
	"api", "sdk", "cli", "gui", "ui", "ux", "db", "vm", "os", "lib", "go", "py", "rs", "rb", "php", "npm", "git", "oss",
	"dom", "ast", "vue", "ng", "md", "wasm", "jvm", "net", "cpp", "dev")

func setOfWords(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// subsequence reports whether every letter of a stands in b in order.
func subsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}
