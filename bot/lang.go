package bot

import (
	"context"
	"strings"
	"sync"
)

// Speak returns the language immune speaks that a platform's language code
// names ("vi", "vi-VN", "en-GB"), or fallback when it names none.
func Speak(code, fallback Lang) Lang {
	if l, ok := speakable(code); ok {
		return l
	}
	return fallback
}

// speakable maps a platform's language code to a language immune speaks.
func speakable(code Lang) (Lang, bool) {
	base, _, _ := strings.Cut(strings.ToLower(string(code)), "-")
	base, _, _ = strings.Cut(base, "_")
	switch Lang(base) {
	case English:
		return English, true
	case Vietnamese:
		return Vietnamese, true
	}
	return "", false
}

// langTally counts the languages of a chat's recent senders: each sender's
// latest language, for the last tallySenders senders.
type langTally struct {
	senders []string        // most recent last
	lang    map[string]Lang // sender → base language code
}

// tallySenders is how many recent senders a chat's language is read from,
// and minSenders how many of them must have told their language before
// it counts.
const (
	tallySenders = 25
	minSenders   = 3
	maxTallies   = 1 << 12
)

// langs holds the tallies of the chats without a language set by an admin.
type langs struct {
	mu      sync.Mutex
	tallies map[ChatKey]*langTally
}

// add counts a sender's language and returns the most common language
// among the chat's recent senders, if enough told theirs and there is one
// most common.
func (ls *langs) add(k ChatKey, user string, code Lang) (Lang, bool) {
	base, _, _ := strings.Cut(strings.ToLower(string(code)), "-")
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if ls.tallies == nil || len(ls.tallies) >= maxTallies {
		ls.tallies = make(map[ChatKey]*langTally)
	}
	t := ls.tallies[k]
	if t == nil {
		t = &langTally{lang: make(map[string]Lang)}
		ls.tallies[k] = t
	}
	if _, ok := t.lang[user]; ok {
		for i, u := range t.senders {
			if u == user {
				t.senders = append(t.senders[:i], t.senders[i+1:]...)
				break
			}
		}
	} else if len(t.senders) >= tallySenders {
		delete(t.lang, t.senders[0])
		t.senders = t.senders[1:]
	}
	t.senders = append(t.senders, user)
	t.lang[user] = Lang(base)
	if len(t.senders) < minSenders {
		return "", false
	}
	n := map[Lang]int{}
	for _, l := range t.lang {
		n[l]++
	}
	best, top, tie := Lang(""), 0, false
	for l, c := range n {
		switch {
		case c > top:
			best, top, tie = l, c, false
		case c == top:
			tie = true
		}
	}
	if tie {
		return "", false
	}
	return best, true
}

// noticeChat learns about a chat from a message or command: its title, and
// the language its members use (the platform's preference for the chat,
// or the most common language of recent senders). A change is stored: a
// chat's language stays what it was inferred to be across restarts, until
// an admin sets one with /lang.
func (e *Engine) noticeChat(ctx context.Context, k ChatKey, title string, chatLang Lang) {
	if title == "" && chatLang == "" {
		return
	}
	s, err := e.stored(ctx, k)
	if err != nil {
		return
	}
	auto := s.AutoLang
	if s.Lang == "" && chatLang != "" {
		if l, ok := speakable(chatLang); ok {
			auto = l
		}
	}
	if auto == s.AutoLang && (title == "" || title == s.Title) {
		return
	}
	e.setAuto(ctx, k, title, auto)
}

// noticeSender counts the language of a message's sender towards the
// chat's language, while no admin has set one.
func (e *Engine) noticeSender(ctx context.Context, m *Message) {
	if m.Lang == "" || m.ChatLang != "" {
		return
	}
	k := m.Scope()
	s, err := e.stored(ctx, k)
	if err != nil || s.Lang != "" {
		return
	}
	top, ok := e.langs.add(k, m.User, m.Lang)
	if !ok {
		return
	}
	l, ok := speakable(top)
	if !ok {
		l = "" // most speak a language immune does not: the configured default
	}
	if l != s.AutoLang {
		e.setAuto(ctx, k, "", l)
	}
}

// setAuto stores a chat's inferred language and title.
func (e *Engine) setAuto(ctx context.Context, k ChatKey, title string, auto Lang) {
	err := e.changeSettings(ctx, Command{}, k, "", func(s *ChatSettings) {
		if title != "" {
			s.Title = title
		}
		if s.Lang == "" {
			s.AutoLang = auto
		}
	})
	if err != nil {
		e.log.Warn("chat language not stored", LogChat, k.String(), LogErr, err)
	}
}
