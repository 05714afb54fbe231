package brand

// NoticeWords returns every word NoticeWord sorts (a notice's or an
// account action's, a payment's, a desk's or a lure's, what a notice is
// about or a filler, a tool's or a guide's), in no order: the bot reads
// them inside a link's name by one lookup and looks for the first two
// kinds before it reads a name word by word (slug47), so a word added to
// those lists is read there too.
func NoticeWords() []string {
	var ws []string
	for _, set := range []map[string]bool{wordsTool, wordsStrong, wordsWeak, noticeTrouble, accountWords, wordsSubject,
		serviceWords, noticeFiller} {
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
