package brand

// NoticeWords returns every word NoticeWord reads as a notice's or an
// account action's ('s') or a payment's, a desk's or a lure's ('w'), in
// no order: the bot looks for them inside a link's name before it reads
// it word by word (slug47), so a word added to those lists is looked for
// there too.
func NoticeWords() []string {
	ws := make([]string, 0, len(wordsStrong)+len(wordsWeak)+len(noticeTrouble)+len(accountWords))
	for _, set := range []map[string]bool{wordsStrong, wordsWeak, noticeTrouble, accountWords} {
		for w := range set {
			ws = append(ws, w)
		}
	}
	return ws
}

// exactName is a name's brand by its spelling: the first brand of that
// spelling read in a message's words, and whether a Tool brand (read
// only in a host's name) is spelt so.
type exactName struct {
	brand *Brand
	tool  bool
}

// exactNames indexes names by their spelling.
func exactNames(names []name) map[string]exactName {
	m := make(map[string]exactName, len(names))
	for i := range names {
		n := &names[i]
		e := m[n.word]
		if n.brand.Tool {
			e.tool = true
		} else if e.brand == nil {
			e.brand = n.brand
		}
		m[n.word] = e
	}
	return m
}

// NamedWord returns the brand whose name w (lower-case) is, whole, as
// Named(w, len(w)+1) does, by one map lookup: the bot reads it for
// every piece of a link's name it splits (slug47).
func (m *Matcher) NamedWord(w string) *Brand { return m.exact[w].brand }

// ToolWord reports whether w is the whole name of a Tool brand (read
// only in a host's name, never in a message's words: slack, notion).
func (m *Matcher) ToolWord(w string) bool { return m.exact[w].tool }
