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

// scriptTrickFirst holds, for each byte, the scriptTrickStems beginning
// with it: an array read by the byte, where a map keyed by the first two
// bytes was hashed at every pair that passed scriptTrickSecond (speed51b).
var scriptTrickFirst = func() (t [256][]string) {
	for _, s := range scriptTrickStems {
		t[s[0]] = append(t[s[0]], s)
	}
	return t
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
		for _, s := range scriptTrickFirst[f[i]] {
			if s[1] == f[i+1] && bytes.HasPrefix(f[i:], []byte(s)) {
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

// lastSpacedDash returns where the last space before a hyphen, an em or
// an en dash stands in tail, or -1: max(strings.LastIndex(tail, " -"),
// strings.LastIndex(tail, " —"), strings.LastIndex(tail, " –")) (speed49).
// The hyphens and the dashes' first byte (0xE2) are found by IndexByte,
// which reads many bytes at a step, not byte by byte from the end
// (speed51b).
func lastSpacedDash(tail string) int {
	last := -1
	for off := 1; off < len(tail); {
		i := strings.IndexByte(tail[off:], '-')
		if i < 0 {
			break
		}
		if at := off + i; tail[at-1] == ' ' {
			last = at - 1
		}
		off += i + 1
	}
	for off := 1; off < len(tail); {
		i := strings.IndexByte(tail[off:], 0xE2)
		if i < 0 {
			break
		}
		if at := off + i; at-1 > last && tail[at-1] == ' ' && (strings.HasPrefix(tail[at:], "—") || strings.HasPrefix(tail[at:], "–")) {
			last = at - 1
		}
		off += i + 1
	}
	return last
}

// textWords are a text's words as wordScan reads them (its links left
// out), each with its bounds and what lure.Fold makes of it, read as far
// as a phrase needs and kept for the next phrases lureWords shows:
// asWritten read the text again from its start for each phrase and
// folded each word again (speed49). A text longer than buf, or of more
// words than fit, is passed back to asWritten (ok false).
type textWords struct {
	sc   wordScan
	n    int
	used int  // of buf
	done bool // every word read
	word [48]struct {
		start, end int32
		f0, f1     int16 // the word folded: buf[f0:f1]; f0 < 0 when longer than matchWords folds
		plain      bool  // of ASCII letters and digits, read as written (not folded into buf)
	}
	buf [384]byte
}

// init starts reading text (links: the text's links, as asWritten takes
// them); it reports false for a text longer than buf.
func (tw *textWords) init(text string, links []linkx.Link) bool {
	tw.sc = wordScan{text: text, links: links}
	return len(text) <= len(tw.buf)
}

// at reads the words up to the k-th, and reports false when the text
// has fewer, or when it holds more than tw keeps (tw.n == len(tw.word)).
func (tw *textWords) at(k int) bool {
	for tw.n <= k {
		if tw.done || tw.n == len(tw.word) {
			return false
		}
		start, end, ok := tw.sc.next()
		if !ok {
			tw.done = true
			return false
		}
		w := &tw.word[tw.n]
		w.start, w.end = int32(start), int32(end)
		if end-start > 256 { // matchWords's buffer: no phrase's word is so long
			w.f0, w.f1 = -1, -1
		} else if tw.sc.plain {
			// its fold is itself lower-cased, which foldedPrefix
			// reads it as (speed51b)
			w.plain = true
		} else {
			// a fold is no longer than its word, and the words no
			// longer than the text: it is written in place
			f := lure.Fold(tw.sc.text[start:end], tw.buf[tw.used:tw.used])
			w.f0, w.f1 = int16(tw.used), int16(tw.used+len(f))
			tw.used += len(f)
		}
		tw.n++
	}
	return true
}

// asWritten is the package's asWritten(text, links, phrase) for the text
// tw reads; ok false when tw cannot tell (more words than it keeps).
func (tw *textWords) asWritten(phrase string) (shown string, ok bool) {
	if len(phrase) == 0 || len(phrase) > 128 {
		return phrase, true
	}
	text := tw.sc.text
	var at [16][2]int
	for k := 0; tw.at(k); k++ {
		n, sure := tw.match(phrase, k, &at)
		if !sure {
			return "", false
		}
		if n > 0 {
			start, end := at[0][0], at[0][1]
			if n == 1 && text[start:end] == phrase {
				return phrase, true
			}
			s := joinedWords(text, at[:n])
			return shownWords(s), true
		}
	}
	if !tw.done {
		return "", false // more words than tw keeps
	}
	return phrase, true
}

// match is matchWords for the words from the k-th on; sure false when
// it ran past the words tw keeps.
func (tw *textWords) match(phrase string, k int, at *[16][2]int) (n int, sure bool) {
	pos := 0
	for ; tw.at(k); k++ {
		w := &tw.word[k]
		if w.f0 < 0 {
			return 0, true
		}
		var folded int // the length of the word's fold
		var prefix bool
		if w.plain {
			word := tw.sc.text[w.start:w.end]
			folded, prefix = len(word), foldedPrefix(phrase[pos:], word)
		} else {
			f := tw.buf[w.f0:w.f1]
			folded, prefix = len(f), foldedPrefix(phrase[pos:], f)
		}
		if folded > 0 {
			if n == len(at) || !prefix {
				return 0, true
			}
			at[n] = [2]int{int(w.start), int(w.end)}
			n++
			pos += folded
			if pos == len(phrase) {
				return n, true
			}
			if phrase[pos] != ' ' {
				return 0, true
			}
			pos++
		} else if n == 0 {
			return 0, true
		}
	}
	return 0, tw.done
}
