package bot

import (
	"bytes"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/lure"
)

// scriptTrickStems are pieces of every word namesScriptTrick reads as
// the homograph trick's name: each of scriptTrickWords and trickWords34
// holds one, and so do a word beginning homoglyph or homograph, the
// "script" of "mixed script" and the "identical" or "exactly" of "looks
// identical" (speed49).
var scriptTrickStems = [...]string{"cyrillic", "greek", "punycode", "unicode", "idn", "confusable", "omicron", "lookalike",
	"spoof", "script", "homoglyph", "homograph", "indistinguishable", "identical", "exactly"}

// scriptTrickPairs maps the first two bytes of scriptTrickStems (first
// byte, second byte) to the stems beginning with them.
var scriptTrickPairs = func() map[[2]byte][]string {
	m := map[[2]byte][]string{}
	for _, s := range scriptTrickStems {
		k := [2]byte{s[0], s[1]}
		m[k] = append(m[k], s)
	}
	return m
}()

// scriptTrickSecond holds, for each byte, the bytes that follow it at the
// start of one of scriptTrickStems, a bit each (byte & 63): the one test
// most pairs of a text's bytes fail.
var scriptTrickSecond = func() (t [256]uint64) {
	for _, s := range scriptTrickStems {
		t[s[0]] |= 1 << (s[1] & 63)
	}
	return t
}()

// mayNameScriptTrick is the cheap test before showsHomograph splits a
// text into its tokens: false only when namesScriptTrick cannot find the
// trick named in them. The links hold no homograph written both in
// Unicode and as punycode (namesScriptTrick's own test of them), and the
// text folded whole (lure.Fold: every token's folded words stand in it
// as they stand in the token's, a space or a link's folded words
// between them) holds none of scriptTrickStems, not even inside a
// longer word. A text longer than the stack buffer is passed on to the
// full reading (speed49).
func mayNameScriptTrick(text string, links []linkx.Link) bool {
	if namesScriptTrick(nil, links) || len(text) > 512 {
		return true
	}
	var stack [512]byte
	f := lure.Fold(text, stack[:0])
	for i := 0; i+1 < len(f); i++ {
		if scriptTrickSecond[f[i]]&(1<<(f[i+1]&63)) == 0 {
			continue
		}
		for _, s := range scriptTrickPairs[[2]byte{f[i], f[i+1]}] {
			if bytes.HasPrefix(f[i:], []byte(s)) {
				return true
			}
		}
	}
	return false
}

// joinedWords returns the words of text at the bounds at one space apart:
// the text itself where they stand so (one word, or words a single space
// apart), with no copy; else a string written once from a buffer on the
// stack. asWritten built it with a strings.Builder, which grew once or
// twice for every phrase shown (speed49).
func joinedWords(text string, at [][2]int) string {
	apart := true
	for i := 1; i < len(at) && apart; i++ {
		apart = at[i][0] == at[i-1][1]+1 && text[at[i-1][1]] == ' '
	}
	if apart {
		return text[at[0][0]:at[len(at)-1][1]]
	}
	var stack [256]byte
	b := stack[:0]
	for i, w := range at {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, text[w[0]:w[1]]...)
	}
	return string(b)
}

// isNFC is norm.NFC.IsNormalString, which allocates at every call (its
// reordering buffer), asked first of the quick check it begins with:
// a text whose quick span is the whole of it is normal, as
// IsNormalString itself answers, with no allocation (speed49).
func isNFC(s string) bool {
	return norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s)
}

// skippedLead reports a text beginning with one of the words capitalised
// passes over (of, and, de, the) in lower case: a name leadName reads
// from there may still be capitalised. Any other word beginning neither
// with a capital nor with a digit makes capitalised refuse every name
// leadName could read from the text's start, as it begins with that word
// (speed49).
func skippedLead(rest string) bool {
	return strings.HasPrefix(rest, "of") || strings.HasPrefix(rest, "and") || strings.HasPrefix(rest, "de") || strings.HasPrefix(rest, "the")
}

// lastSpacedDash returns where the last space before a hyphen, an em or
// an en dash stands in tail, or -1: max(strings.LastIndex(tail, " -"),
// strings.LastIndex(tail, " —"), strings.LastIndex(tail, " –")) in one
// pass from the end (speed49).
func lastSpacedDash(tail string) int {
	for i := len(tail) - 2; i >= 0; i-- {
		if tail[i] != ' ' {
			continue
		}
		if n := tail[i+1]; n == '-' || n == 0xE2 && (strings.HasPrefix(tail[i+1:], "—") || strings.HasPrefix(tail[i+1:], "–")) {
			return i
		}
	}
	return -1
}
