package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/immunebot/immune/bot/linkx"
)

// Command is an admin or member command, as an adapter reads it from its
// platform's syntax (/mode warn, /immune mode mode:warn).
type Command struct {
	Platform Platform
	Chat     string // where it was sent
	Group    string // Discord server; empty on Telegram
	User     string
	UserName string
	// IsAdmin is the adapter's verified answer: the sender may change this
	// chat's settings. Nothing in the command text can set it.
	IsAdmin bool
	// AdminUnknown: the platform could not be asked whether the sender
	// is an admin (IsAdmin is false), so a refusal says to try again
	// rather than that the sender is no admin.
	AdminUnknown bool
	Time         time.Time
	Name         string   // "mode"
	Args         string   // "warn"
	Reply        *Message // the message the command answers, for check and report
	// ReplyTo is the id of the message the command answers, in Chat, even
	// one with nothing to judge (a bot's notice or admin note): for why.
	ReplyTo string

	// Lang is the sender's language as the platform tells it (Telegram
	// language_code, Discord locale), any code; empty if unknown.
	Lang Lang
	// Ephemeral: only the sender sees the answer (a Discord ephemeral
	// reply, a private chat), so it is in the sender's language.
	Ephemeral bool
	// Direct: Chat is the sender's one-to-one chat with the bot.
	Direct    bool
	ChatTitle string // the chat's title, if the platform tells it
	// ChatLang is the language the platform says the chat prefers (a
	// Discord server's preferred locale); empty if none.
	ChatLang Lang
	// AdminOf verifies, with the platform, that the sender is an admin of
	// another chat on the same platform: for linking a log chat. Nil
	// means it cannot be verified.
	AdminOf func(ctx context.Context, chat string) (bool, error)
}

// Scope returns the key of the chat (or Discord server) the command
// applies to.
func (c *Command) Scope() ChatKey {
	if c.Group != "" {
		return ChatKey{Platform: c.Platform, Chat: c.Group}
	}
	return ChatKey{Platform: c.Platform, Chat: c.Chat}
}

// Restriction names a mute to lift.
type Restriction struct {
	Platform Platform
	Chat     string
	User     string
}

// Reply is the engine's answer to a command.
type Reply struct {
	Text string // the answer, in the chat's language
	// Refused: the command changes settings and the sender is not an admin.
	// Nothing was changed.
	Refused bool
	// Report is, for a member's report, the note for the admins; LogChat
	// is where it goes (empty: the adapter's choice, the chat's admins).
	Report  string
	LogChat string
	// Lift lists the mutes a pardon lifts; the adapter unmutes each.
	Lift []Restriction
}

// CommandNames lists the commands in the order help shows them.
var CommandNames = []string{"status", "mode", "allow", "unallow", "block", "unblock", "lists", "pardon",
	"offenders", "why", "audit", "check", "report", "lang", "setlog", "link", "help"}

// adminOnly are the commands that change something (or show other
// members' records). link is checked too, but in a private chat with
// the bot its owner may use it, and pardon there (see Command).
var adminOnly = map[string]bool{
	"mode": true, "allow": true, "unallow": true, "block": true, "unblock": true, "pardon": true,
	"offenders": true, "lang": true, "setlog": true, "why": true, "audit": true,
}

// showsRecords are the admins' commands that change nothing but show
// other members' records: a member is refused them for that.
var showsRecords = map[string]bool{"offenders": true, "why": true, "audit": true}

// ParseCommand reads "/name args" or "/name@bot args" from a message text.
// botName, if set, must match the @ suffix when there is one. It reports
// false for a text that is not a command for this bot.
func ParseCommand(text, botName string) (name, args string, ok bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	head, rest, _ := strings.Cut(text[1:], " ")
	if i := strings.IndexAny(head, "\n\t"); i >= 0 {
		rest = head[i+1:] + " " + rest
		head = head[:i]
	}
	name, at, hasAt := strings.Cut(head, "@")
	if hasAt && botName != "" && !strings.EqualFold(at, strings.TrimPrefix(botName, "@")) {
		return "", "", false
	}
	name = strings.ToLower(name)
	if name == "" {
		return "", "", false
	}
	return name, strings.TrimSpace(rest), true
}

// Command runs an admin or member command. Errors are the store's; a bad
// argument is answered in Reply.Text, not returned.
func (e *Engine) Command(ctx context.Context, c Command) (Reply, error) {
	if c.Group == "" {
		e.noticeChat(ctx, c.Scope(), c.ChatTitle, c.ChatLang)
	} else {
		// a Discord channel's title is not its server's
		e.noticeChat(ctx, c.Scope(), "", c.ChatLang)
	}
	settings, err := e.settings(ctx, c.Scope())
	if err != nil {
		e.log.Warn("chat settings unavailable, using defaults", LogChat, c.Scope().String(), LogErr, err)
	}
	// an answer only the sender sees is in the sender's language
	l, chatLang := settings.Lang, settings.Lang
	if c.Ephemeral {
		l = Speak(c.Lang, l)
		settings.Lang = l
	}
	e.count(c.Platform).commands.Add(1)
	// link in a private chat with the bot is its owner's; so is pardon
	// there, which pardons only in the groups whose notes come there and
	// verifies the sender with the platform against them, and why, which
	// finds there only the cases whose notes came there
	ownDirect := c.Direct && (c.Name == "link" || c.Name == "pardon" || c.Name == "why")
	if (adminOnly[c.Name] || c.Name == "link") && !c.IsAdmin && !ownDirect {
		e.count(c.Platform).refused.Add(1)
		if c.Direct {
			// a group's admin, settling its settings in private
			return Reply{Text: say(l, "refused-direct", c.Name), Refused: true}, nil
		}
		if c.AdminUnknown {
			return Reply{Text: sayOn(c.Platform, l, "refused-unknown", c.Name), Refused: true}, nil
		}
		if showsRecords[c.Name] {
			// nothing to change: what it shows is the admins' business
			return Reply{Text: sayOn(c.Platform, l, "refused-view", c.Name), Refused: true}, nil
		}
		return Reply{Text: sayOn(c.Platform, l, "refused", c.Name), Refused: true}, nil
	}
	switch c.Name {
	case "help", "start":
		if c.Name == "start" && c.Direct {
			// the first thing anyone who opens the bot sends: what it
			// does and how to put it in a group, before its commands
			return Reply{Text: say(l, "status-direct")}, nil
		}
		if c.Platform == Discord {
			// Discord's syntax: /immune and its options, and the menus
			return Reply{Text: say(l, "help-discord")}, nil
		}
		return Reply{Text: textsFor(l).help}, nil
	case "status":
		if c.Direct {
			// a private chat with the bot: nothing to protect there
			return Reply{Text: say(l, "status-direct")}, nil
		}
		return Reply{Text: e.status(c, settings)}, nil
	case "mode":
		return e.setMode(ctx, c, l)
	case "lang":
		return e.setLang(ctx, c, l)
	case "setlog":
		return e.setLog(ctx, c, l)
	case "link":
		return e.link(ctx, c, l)
	case "why":
		return e.why(ctx, c, l)
	case "audit":
		return e.audit(ctx, c, l)
	case "allow", "block":
		return e.addList(ctx, c, l)
	case "unallow", "unblock":
		return e.removeList(ctx, c, l)
	case "lists":
		if c.Direct {
			return Reply{Text: say(l, "status-direct")}, nil
		}
		return Reply{Text: e.showLists(c, l)}, nil
	case "pardon":
		return e.pardon(ctx, c, l)
	case "offenders":
		return e.offenders(ctx, c, l)
	case "check":
		return e.check(c, l), nil
	case "report":
		if c.Direct {
			return Reply{Text: say(l, "report-direct")}, nil
		}
		return e.report(c, settings, chatLang), nil
	}
	// the name is the sender's, quoted as a name is: cleaned, no link
	return Reply{Text: say(l, "unknown", ShowName(c.Name))}, nil
}

func (e *Engine) status(c Command, s ChatSettings) string {
	l := s.Lang
	lists := e.classifier.Lists()
	scope := c.Scope().String()
	allow, block := 0, 0
	for _, x := range lists.Entries(scope) {
		if x.Kind == AllowList {
			allow++
		} else {
			block++
		}
	}
	return sayOn(c.Platform, l, "status", say(l, "mode-"+string(s.Mode)), s.Lang.Name(), allow, block, count(l, e.globalEntries()), logTo(c, s, l),
		e.cfg.StrikesToRestrict, humanIn(l, e.cfg.RestrictFor), e.cfg.FanOutChats, humanIn(l, e.cfg.FanOutWindow)) + e.feedLines(l, c.Time, c.IsAdmin)
}

// logTo says, for status, where the admin notes of the command's chat go,
// as is true of the platform: on Discord a channel of the server, on
// Telegram a group or an admin's private chat with the bot. Only an admin is told
// which: the log chat's title (a private chat's is the admin's own name)
// and id are the admins' business.
func logTo(c Command, s ChatSettings, l Lang) string {
	where := "chat"
	if c.Platform == Discord {
		where = "channel"
	}
	switch {
	case s.LogChat == "":
		return say(l, "log-none-"+where)
	case s.LogChat == c.Chat:
		return say(l, "log-here-"+where)
	case c.IsAdmin:
		return nameOr(s.LogTitle, s.LogChat)
	case c.Platform == Discord:
		return say(l, "log-other-channel")
	case telegramPrivate(s.LogChat):
		return say(l, "log-direct")
	}
	return say(l, "log-group")
}

// telegramPrivate reports whether a Telegram chat id is a private chat's:
// Telegram gives a private chat its user's id, above zero, and every group,
// supergroup and channel an id below zero.
func telegramPrivate(chat string) bool {
	id, err := strconv.ParseInt(chat, 10, 64)
	return err == nil && id > 0
}

// modeNames are the words an admin may type for a mode, as foldWord
// reads them: its name, and the Vietnamese words the Vietnamese status and
// help describe it with (tắt, ghi nhận; cảnh báo; xoá or xóa).
var modeNames = map[string]Mode{
	"off": ModeOff, "tat": ModeOff, "ghinhan": ModeOff,
	"warn": ModeWarn, "canhbao": ModeWarn,
	"delete": ModeDelete, "xoa": ModeDelete,
}

func (e *Engine) setMode(ctx context.Context, c Command, l Lang) (Reply, error) {
	arg := strings.Join(strings.Fields(c.Args), " ")
	if arg == "" {
		return Reply{Text: say(l, "mode-missing")}, nil
	}
	m, ok := modeNames[foldWord(arg)]
	if !ok {
		// "mode warn delete": one mode and words past it, which may be
		// another mode; nothing is changed on a guess
		if read, extra, found := leadingName(arg, func(s string) bool { _, ok := modeNames[foldWord(s)]; return ok }); found {
			return Reply{Text: extraWords(c.Platform, l, "mode "+read, extra, "mode-use")}, nil
		}
		return Reply{Text: say(l, "mode-usage", arg)}, nil
	}
	if err := e.changeSettings(ctx, c, c.Scope(), "mode "+string(m), func(s *ChatSettings) { s.Mode = m }); err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	return Reply{Text: say(l, "mode-set", say(l, "mode-"+string(m)))}, nil
}

func (e *Engine) setLang(ctx context.Context, c Command, l Lang) (Reply, error) {
	arg := strings.Join(strings.Fields(c.Args), " ")
	if arg == "" {
		return Reply{Text: say(l, "lang-missing")}, nil
	}
	lang, ok := LangByName(arg)
	if !ok {
		if read, extra, found := leadingName(arg, func(s string) bool { _, ok := LangByName(s); return ok }); found {
			return Reply{Text: extraWords(c.Platform, l, "lang "+read, extra, "lang-use")}, nil
		}
		return Reply{Text: say(l, "lang-usage", arg)}, nil
	}
	if err := e.changeSettings(ctx, c, c.Scope(), "lang "+string(lang), func(s *ChatSettings) { s.Lang = lang }); err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	return Reply{Text: sayOn(c.Platform, lang, "lang-set")}, nil
}

// leadingName finds, in the words of arg, the longest first one or two
// that is a name (a mode or language may be two words: "ghi
// nhận", "tiếng việt"), and the words left after it.
func leadingName(arg string, is func(string) bool) (read, extra string, ok bool) {
	f := strings.Fields(arg)
	for n := min(2, len(f)-1); n >= 1; n-- {
		if head := strings.Join(f[:n], " "); is(head) {
			return head, strings.Join(f[n:], " "), true
		}
	}
	return "", "", false
}

// extraWords answers a command that takes one argument and was given
// more: what it read, the words it did not understand (cleaned, as a name
// is), that nothing changed, and the usage line under usage, as the
// platform writes the command (Discord's /immune and its options).
func extraWords(p Platform, l Lang, read, extra, usage string) string {
	return say(l, "extra-words", read, ShowName(extra), sayOn(p, l, usage))
}

// extraWordsAsked is extraWords for a question (why), which changes
// nothing either way: it says the question went unanswered.
func extraWordsAsked(p Platform, l Lang, read, extra, usage string) string {
	return say(l, "extra-words-asked", read, ShowName(extra), sayOn(p, l, usage))
}

// oneArg is the single argument of a command that takes at most one (why,
// setlog, link), and the words past it, if any.
func oneArg(args string) (arg, extra string) {
	f := strings.Fields(args)
	if len(f) == 0 {
		return "", ""
	}
	return f[0], strings.Join(f[1:], " ")
}

// changeSettings changes a chat's stored settings, audits the change (as
// the command's) and commits. An empty what leaves the audit log alone.
func (e *Engine) changeSettings(ctx context.Context, c Command, k ChatKey, what string, change func(*ChatSettings)) error {
	e.chatsMu.Lock() // one change at a time, so that none is lost
	s, err := e.storedLocked(ctx, k)
	if err == nil {
		change(&s)
		err = e.store.PutChatSettings(ctx, s)
		if err == nil {
			e.rememberLocked(s)
		}
	}
	e.chatsMu.Unlock()
	if err != nil {
		return fmt.Errorf("store settings: %w", err)
	}
	if what == "" {
		return e.store.Commit(ctx)
	}
	return e.auditCommand(ctx, c, what)
}

func (e *Engine) auditCommand(ctx context.Context, c Command, what string) error {
	err := e.store.AppendAudit(ctx, AuditEntry{
		Time:    c.Time,
		Message: MessageRef{Platform: c.Platform, Chat: c.Chat},
		Account: AccountKey{Platform: c.Platform, User: c.User},
		Note:    fmt.Sprintf("%s by %s", what, nameOr(c.UserName, c.User)),
	})
	if err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return e.store.Commit(ctx)
}

// listArgs reads the domains or URLs of allow, block, unallow and unblock
// (one or more, apart by spaces or commas; each once), and the list the
// command is about. A www. in front of a site is read away (siteEntry;
// short holds the operator's shorteners):
// wrote holds, for each value so read, the value as written. When none
// is given, or one is not a domain, help is the answer to give and
// nothing is to change.
func listArgs(c Command, l Lang, short map[string]bool) (kind ListKind, values []string, wrote map[string]string, help string) {
	kind = AllowList
	if c.Name == "block" || c.Name == "unblock" {
		kind = BlockList
	}
	for _, f := range strings.Fields(c.Args) {
		arg := strings.Trim(f, ",;")
		if arg == "" {
			continue
		}
		// "a.com,b.com" is two domains; a URL keeps the commas of its path
		parts := []string{arg}
		if _, err := ParseListValue(arg); err != nil {
			parts = strings.FieldsFunc(arg, func(r rune) bool { return r == ',' || r == ';' })
		}
		for _, arg := range parts {
			v, err := ParseListValue(arg)
			switch {
			case errors.Is(err, ErrPublicSuffix):
				// what it is, and the site to name instead
				clean, _ := linkx.Refang(strings.Trim(arg, "*."))
				u, _ := linkx.Parse(clean)
				return kind, nil, nil, say(l, "list-bad-suffix", arg) + " " + sayOn(c.Platform, l, "list-example", c.Name, "example."+u.Unicode)
			case err != nil:
				return kind, nil, nil, sayOn(c.Platform, l, "list-bad", arg, c.Name)
			case (c.Name == "allow" || c.Name == "block") && !dnsLengths(v):
				// (a name DNS cannot hold is not added, but one a list
				// holds from before can be taken off)
				return kind, nil, nil, say(l, "list-bad-long", arg) + " " + sayOn(c.Platform, l, "list-example", c.Name, "example.com")
			}
			if site, read := siteEntry(v, short); read {
				if wrote == nil {
					wrote = map[string]string{}
				}
				if _, ok := wrote[site]; !ok && !slices.Contains(values, site) {
					wrote[site] = v
				}
				v = site
			}
			if !slices.Contains(values, v) {
				values = append(values, v)
			}
		}
	}
	if len(values) == 0 {
		return kind, nil, nil, sayOn(c.Platform, l, "list-usage", c.Name)
	}
	return kind, values, wrote, ""
}

// wwwNote is what an answer to allow, block, unallow or unblock adds for
// an entry whose www. was read away (listArgs): the name as written, that
// it is the same as the entry, and, for a site added, that the entry
// covers every name under it.
func wwwNote(c Command, l Lang, entry string, wrote map[string]string) string {
	w, ok := wrote[entry]
	if !ok {
		return ""
	}
	key := "list-www"
	if c.Name == "unallow" || c.Name == "unblock" || strings.ContainsAny(entry, "/?") {
		// nothing covered by it to speak of: a URL's entry is the page
		key = "list-www-same"
	}
	return " " + say(l, key, linkx.Defang(w), linkx.Defang(entry))
}

func (e *Engine) addList(ctx context.Context, c Command, l Lang) (Reply, error) {
	kind, values, wrote, help := listArgs(c, l, e.classifier.operatorShorteners())
	if help != "" {
		return Reply{Text: help}, nil
	}
	done := make([]string, 0, len(values))
	other := BlockList
	if kind == BlockList {
		other = AllowList
	}
	for _, v := range values {
		scope := c.Scope().String()
		// The same entry on the other list would decide alone (an allow
		// entry wins at the same level): the command moves it, and the
		// one written with the www. read away, which would decide for
		// the www. name.
		moved := false
		for _, x := range []string{v, wrote[v]} {
			if x == "" || !slices.ContainsFunc(e.classifier.Lists().Entries(scope), func(y ListEntry) bool { return y.Kind == other && y.Value == x }) {
				continue
			}
			if _, err := e.store.DeleteListEntry(ctx, scope, other, x); err != nil {
				return Reply{Text: say(l, "failed")}, fmt.Errorf("delete list entry: %w", err)
			}
			e.updateLists(func(s *ListSet) *ListSet { return s.Without(scope, other, x) })
			moved = true
		}
		entry := ListEntry{Scope: scope, Kind: kind, Value: v, AddedBy: c.Platform.key(c.User), AddedAt: c.Time}
		if err := e.store.PutListEntry(ctx, entry); err != nil {
			return Reply{Text: say(l, "failed")}, fmt.Errorf("store list entry: %w", err)
		}
		e.updateLists(func(s *ListSet) *ListSet { return s.With(entry) })
		if err := e.auditCommand(ctx, c, string(kind)+" "+v); err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
		if moved {
			done = append(done, sayOn(c.Platform, l, c.Name+"-moved", linkx.Defang(v))+wwwNote(c, l, v, wrote))
			continue
		}
		done = append(done, sayOn(c.Platform, l, c.Name+"-done", linkx.Defang(v))+wwwNote(c, l, v, wrote))
	}
	return Reply{Text: strings.Join(done, "\n")}, nil
}

func (e *Engine) removeList(ctx context.Context, c Command, l Lang) (Reply, error) {
	kind, values, wrote, help := listArgs(c, l, e.classifier.operatorShorteners())
	if help != "" {
		return Reply{Text: help}, nil
	}
	scope := c.Scope().String()
	done := make([]string, 0, len(values))
	for _, v := range values {
		// the site's entry, and the one written with the www. read
		// away (listed as written before: www.NAME)
		took := false
		for _, x := range []string{v, wrote[v]} {
			if x == "" {
				continue
			}
			ok, err := e.store.DeleteListEntry(ctx, scope, kind, x)
			if err != nil {
				return Reply{Text: say(l, "failed")}, fmt.Errorf("delete list entry: %w", err)
			}
			if !ok {
				continue
			}
			took = true
			e.updateLists(func(s *ListSet) *ListSet { return s.Without(scope, kind, x) })
			if err := e.auditCommand(ctx, c, c.Name+" "+x); err != nil {
				return Reply{Text: say(l, "failed")}, err
			}
			note := ""
			if x == v {
				note = wwwNote(c, l, v, wrote)
			}
			done = append(done, sayOn(c.Platform, l, c.Name+"-done", linkx.Defang(x))+note)
		}
		if !took {
			done = append(done, say(l, "list-absent", linkx.Defang(v), say(l, "list-name-"+string(kind)))+wwwNote(c, l, v, wrote))
		}
	}
	return Reply{Text: strings.Join(done, "\n")}, nil
}

// updateLists swaps the classifier's lists for a changed copy.
func (e *Engine) updateLists(change func(*ListSet) *ListSet) {
	e.listsMu.Lock()
	defer e.listsMu.Unlock()
	e.classifier.SetLists(change(e.classifier.Lists()))
}

// maxListShown is how many entries of one list lists shows at a time.
const maxListShown = 50

// showLists answers lists: the chat's allow and block lists, each sorted
// and up to maxListShown entries, in one message; or, for "lists allow
// from K" or "lists block from K", one list from its K-th entry on, and
// for "lists block from evil[.]com" from that entry (or where it would
// be) on; "lists from K" (Discord's from: without list:) pages both
// lists alike. When a list has more than it shows, it says how many more
// and what to send for them: the next entry by name, which stays where
// it is when entries are added or taken off before it.
func (e *Engine) showLists(c Command, l Lang) string {
	var allow, block []string
	for _, x := range e.classifier.Lists().Entries(c.Scope().String()) {
		if x.Kind == AllowList {
			allow = append(allow, x.Value)
		} else {
			block = append(block, x.Value)
		}
	}
	sort.Strings(allow)
	sort.Strings(block)
	room := replyRoom(c.Platform) - 300
	// index is where a page of xs starts
	index := func(xs []string, at pageStart) int {
		if at.Cursor != "" {
			return sort.SearchStrings(xs, at.Cursor)
		}
		return at.K - 1
	}
	// show writes xs from the i-th on (from 0), in at most room, and what
	// to send for the rest
	show := func(kind string, xs []string, i, room int) (string, int) {
		if len(xs) == 0 {
			return say(l, "none"), 0
		}
		var b strings.Builder
		shown := 0
		for _, x := range xs[i:min(len(xs), i+maxListShown)] {
			x = linkx.Defang(x)
			if shown > 0 {
				x = ", " + x
			}
			if room -= replyWidth(c.Platform, x); room < 0 && shown > 0 {
				break
			}
			b.WriteString(x)
			shown++
		}
		if left := len(xs) - i - shown; left > 0 {
			next := i + shown
			b.WriteString(sayOn(c.Platform, l, "lists-more", left, kind, linkx.Defang(listCursor(xs[next-1], xs[next], next+1))))
		}
		return b.String(), shown
	}
	f := strings.Fields(c.Args)
	kind, xs := "", allow
	if len(f) > 0 {
		switch strings.ToLower(f[0]) {
		case "allow", "allowed":
			kind, f = "allow", f[1:]
		case "block", "blocked":
			kind, xs, f = "block", block, f[1:]
		}
	}
	from := len(f) > 0 && isFromWord(f[0])
	if from {
		f = f[1:]
	}
	at := pageStart{K: 1}
	switch {
	case len(f) > 1 || kind == "" && len(f) == 1 && !from:
		return sayOn(c.Platform, l, "lists-usage")
	case len(f) == 1:
		var ok bool
		if at, ok = listStart(f[0]); !ok {
			return sayOn(c.Platform, l, "lists-usage")
		}
	case from:
		return sayOn(c.Platform, l, "lists-usage")
	}
	if kind == "" {
		// both lists, from the same place in each
		half := room / 2
		if len(block) == 0 {
			half = room
		}
		part := func(kind string, xs []string, room int) string {
			i := index(xs, at)
			if len(xs) > 0 && i >= len(xs) {
				return sayOn(c.Platform, l, "lists-part-past", len(xs))
			}
			s, _ := show(kind, xs, i, room)
			return s
		}
		a := part("allow", allow, half)
		b := part("block", block, room-replyWidth(c.Platform, a))
		if at.Cursor == "" && at.K == 1 {
			return sayOn(c.Platform, l, "lists", a, b, count(l, e.globalEntries()))
		}
		where := say(l, "lists-at-k", at.K)
		if at.Cursor != "" {
			where = linkx.Defang(at.Cursor)
		}
		return sayOn(c.Platform, l, "lists-from", where, a, b)
	}
	i := index(xs, at)
	if i >= len(xs) {
		if at.Cursor != "" {
			return sayN(c.Platform, l, "lists-"+kind+"-after", len(xs), linkx.Defang(at.Cursor))
		}
		return sayN(c.Platform, l, "lists-"+kind+"-past", len(xs), at.K)
	}
	body, shown := show(kind, xs, i, room)
	return sayOn(c.Platform, l, "lists-"+kind+"-page", i+1, i+shown, len(xs), body)
}

func (e *Engine) pardon(ctx context.Context, c Command, l Lang) (Reply, error) {
	who := strings.TrimSpace(c.Args)
	if who == "@" {
		who = "" // a username begun and not written: asked for, not looked up
	}
	verified := c.IsAdmin
	if who == "" && c.ReplyTo != "" {
		// an answer to the bot's notice (the message it is about is
		// often deleted), to its admin note or to the flagged message:
		// its case says whose
		ref := MessageRef{Platform: c.Platform, Chat: c.Chat, ID: c.ReplyTo}
		cs, err := e.store.CaseFor(ctx, ref)
		switch {
		case err == nil && cs.Account.Platform == c.Platform && cs.Scope != c.Scope() && slices.Contains(cs.Refs, ref):
			// the admin note in a log chat: the pardon is about the chat
			// the note is, for a verified admin of that chat
			if r, _, ok := e.adminOfOne(ctx, c, l, []string{cs.Scope.Chat}); !ok {
				return r, nil
			}
			group := ""
			if cs.Scope.Chat != cs.Message.Chat {
				group = cs.Scope.Chat
			}
			c, who, verified = inChat(c, cs.Message.Chat, group, cs.ChatTitle), cs.Account.User, true
		case err == nil && cs.Account.Platform == c.Platform:
			who = cs.Account.User
		case err != nil && !errors.Is(err, ErrNotFound):
			return Reply{Text: say(l, "failed")}, err
		}
	}
	if who == "" && c.Reply != nil {
		who = c.Reply.User
	}
	if who == "" {
		return Reply{Text: say(l, "pardon-usage")}, nil
	}
	onRecordHere := e.namedOr(ctx, c.Platform, who, func() ([]Offender, error) { return e.store.OffendersIn(ctx, c.Platform, commandScopes(c)) })
	o, same, err := e.findOffender(ctx, c, who, onRecordHere, func(o *Offender) bool { return inScope(o, c) })
	if err == nil && !inScope(&o, c) {
		// An admin pardons only accounts flagged or muted in their own chat.
		err = ErrNotFound
	}
	if errors.Is(err, ErrNotFound) && len(same) == 0 && c.Group == "" {
		// a log chat: the accounts on record in the groups whose admin
		// notes come here, for a verified admin of those groups
		logged := e.loggedHere(ctx, c)
		// the records called so, through the store's index by name (a
		// store without one: every record, only when the name is no one's
		// here; the store keeps no list of the groups a log chat serves)
		every := e.namedOr(ctx, c.Platform, who, func() ([]Offender, error) { return e.store.ListOffenders(ctx, 0) })
		lo, lsame, lerr := e.findOffender(ctx, c, who, every, func(o *Offender) bool { return len(logged(o)) > 0 })
		switch {
		case len(lsame) > 0:
			same = lsame
		case lerr == nil && len(logged(&lo)) > 0:
			groups := logged(&lo)
			r, g, ok := e.adminOfOne(ctx, c, l, groups)
			if !ok {
				return r, nil
			}
			gs, _ := e.settings(ctx, ChatKey{Platform: c.Platform, Chat: g})
			c, o, err, verified = inChat(c, g, "", gs.Title), lo, nil, true
		case lerr != nil && !errors.Is(lerr, ErrNotFound):
			err = lerr
		}
	}
	if len(same) > 0 {
		return Reply{Text: ambiguous(c.Platform, l, who, same)}, nil
	}
	if errors.Is(err, ErrNotFound) {
		text := sayOn(c.Platform, l, "pardon-unknown", nameOr(who, "?"))
		if c.Platform == Telegram && strings.HasPrefix(who, "@") && e.unnamedHere(ctx, c) {
			text += " " + say(l, "pardon-no-username")
		}
		return Reply{Text: text}, nil
	}
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	if !verified {
		// in a private chat with the bot, of an account not on record in
		// a group whose notes come there
		e.count(c.Platform).refused.Add(1)
		return Reply{Text: sayOn(c.Platform, l, "refused", c.Name), Refused: true}, nil
	}
	// The pardon acts here and in every other chat where the account is on
	// record whose admin the sender is, as the platform confirms; the other
	// chats' admins decide there.
	here := c.Scope().Chat
	mine := []string{here}
	var others []string
	for _, s := range scopesOf(&o) {
		if s == here || s == c.Chat || slices.Contains(mine, s) || slices.Contains(others, s) {
			continue
		}
		ok := false
		if c.AdminOf != nil {
			var aerr error
			if ok, aerr = c.AdminOf(ctx, s); aerr != nil {
				e.log.Warn("pardon: could not verify the sender is an admin of another chat", LogChat, s, LogErr, aerr)
			}
		}
		if ok {
			mine = append(mine, s)
		} else {
			others = append(others, s)
		}
	}
	var lift []Restriction
	var done []string
	err = e.store.UpdateAccount(ctx, o.Account, func(tx Store) error {
		cur, err := tx.Offender(ctx, o.Account)
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		done = e.pardonEffects(l, &cur, mine, c.Time)
		lift, err = forgive(ctx, tx, &cur, mine, c.Time)
		return err
	})
	if err != nil {
		return Reply{Text: say(l, "failed")}, fmt.Errorf("pardon %s: %w", o.Account, err)
	}
	if err := e.auditCommand(ctx, c, fmt.Sprintf("pardon %s in %s", o.Account, strings.Join(mine, ", "))); err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	what := say(l, "pardon-nothing")
	if len(done) > 0 {
		what = strings.Join(done, ", ")
	}
	text := say(l, "pardoned", nameOr(o.Name, o.Account.User), what)
	if len(others) > 0 {
		text = sayOn(c.Platform, l, "pardoned-here", nameOr(o.Name, o.Account.User), what, len(others))
		if len(others) == 1 {
			text = sayOn(c.Platform, l, "pardoned-here-one", nameOr(o.Name, o.Account.User), what)
		}
	}
	return Reply{Text: text, Lift: lift}, nil
}

// adminOfOne finds, with the platform, the first of chats (the groups a
// log chat serves) whose admin the sender of a pardon in the log chat is:
// being an admin of the log chat (or its owner, for a private chat with
// the bot) is not enough. When there is none it returns the answer.
func (e *Engine) adminOfOne(ctx context.Context, c Command, l Lang, chats []string) (Reply, string, bool) {
	if c.AdminOf == nil {
		return Reply{Text: say(l, "admin-anonymous")}, "", false
	}
	for _, chat := range chats {
		ok, err := c.AdminOf(ctx, chat)
		if err != nil {
			e.log.Warn("pardon: could not verify the sender is an admin of a chat the log chat serves", LogChat, chat, LogUser, c.User, LogErr, err)
			return Reply{Text: say(l, "link-unverified")}, "", false
		}
		if ok {
			return Reply{}, chat, true
		}
	}
	e.count(c.Platform).refused.Add(1)
	s, _ := e.settings(ctx, ChatKey{Platform: c.Platform, Chat: chats[0]})
	return Reply{Text: say(l, "press-admins", nameOr(s.Title, chats[0])), Refused: true}, "", false
}

// inChat is a pardon command from a log chat as it acts: in chat (and
// Discord server group), sent by a verified admin there.
func inChat(c Command, chat, group, title string) Command {
	c.Chat, c.Group, c.ChatTitle, c.IsAdmin = chat, group, title, true
	return c
}

// loggedHere returns, for an account's record, the chats it is on record
// in whose admin notes come to the command's chat (a Telegram log chat).
func (e *Engine) loggedHere(ctx context.Context, c Command) func(*Offender) []string {
	logsHere := map[string]bool{}
	return func(o *Offender) []string {
		if o.Account.Platform != c.Platform {
			return nil
		}
		var out []string
		for _, s := range scopesOf(o) {
			yes, ok := logsHere[s]
			if !ok {
				st, _ := e.settings(ctx, ChatKey{Platform: c.Platform, Chat: s})
				yes = st.LogChat == c.Chat && s != c.Chat
				logsHere[s] = yes
			}
			if yes {
				out = append(out, s)
			}
		}
		return out
	}
}

// pardonEffects says, in l, what a pardon in scopes changes of o, read
// before it: the strikes that count there, the hijacked mark, the mutes
// running there.
func (e *Engine) pardonEffects(l Lang, o *Offender, scopes []string, now time.Time) []string {
	strikes, marked, muted := 0, false, 0
	flagged := o.Chats
	if o.Account.Platform == Discord {
		flagged = o.Groups
	}
	for _, s := range scopes {
		since := now.Add(-e.cfg.StrikeTTL)
		if p := o.PardonedAt(s); p.After(since) {
			since = p
		}
		strikes = max(strikes, o.ActiveStrikes(since))
		marked = marked || o.CompromisedIn(s)
		switch {
		case o.MutedUntil(s).After(now):
			muted++
		case len(o.Restricted) >= MaxRestricted && o.RestrictedUntil.After(now) && contains(flagged, s) && !contains(o.Restricted, s):
			muted++ // as forgive lifts it
		}
	}
	var done []string
	if strikes > 0 {
		done = append(done, say(l, "pardon-strikes", strikes))
	}
	if marked {
		done = append(done, say(l, "pardon-mark"))
	}
	switch {
	case muted == 1:
		done = append(done, sayOn(o.Account.Platform, l, "pardon-mute"))
	case muted > 1:
		done = append(done, sayOn(o.Account.Platform, l, "pardon-mutes", muted))
	}
	return done
}

// unnamedHere reports whether an account on record in the command's chat
// has no username on record: one recorded before usernames were kept,
// whom "pardon @username" cannot find until its next message.
func (e *Engine) unnamedHere(ctx context.Context, c Command) bool {
	here, err := e.store.OffendersIn(ctx, c.Platform, commandScopes(c))
	if err != nil {
		return false
	}
	for i := range here {
		if _, h := splitName(here[i].Name); h == "" && inScope(&here[i], c) {
			return true
		}
	}
	return false
}

// scopesOf lists where an account is on record: the chats (Discord:
// servers) it was flagged in and those it was muted in.
func scopesOf(o *Offender) []string {
	var out []string
	add := func(xs []string) {
		for _, x := range xs {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
	}
	if o.Account.Platform == Discord {
		add(o.Groups)
	} else {
		add(o.Chats)
	}
	add(o.Restricted)
	return out
}

// forgive pardons an account in the scopes given (chats, Discord servers):
// their mutes are lifted, and there the strikes and hijacked mark from
// before now no longer count; its sightings there are forgotten, or its
// next post would mark it hijacked again. When that leaves the account on
// record nowhere, the record goes altogether. It reads and writes through
// tx, which holds the account, and returns the mutes to lift.
func forgive(ctx context.Context, tx Store, o *Offender, scopes []string, now time.Time) ([]Restriction, error) {
	var lift []Restriction
	for _, r := range o.Restricted {
		if slices.Contains(scopes, r) {
			lift = append(lift, Restriction{Platform: o.Account.Platform, Chat: r, User: o.Account.User})
		}
	}
	if len(o.Restricted) >= MaxRestricted && o.RestrictedUntil.After(now) {
		// A mute that fell off the bounded list may still run where the
		// account was flagged since: lifted there too. A mute falls off
		// only when the list is full, and while it runs the later ones
		// run too, so the list is full still (short of pardons elsewhere);
		// a chat that merely warned the account gets no lift.
		flagged := o.Chats
		if o.Account.Platform == Discord {
			flagged = o.Groups
		}
		for _, s := range scopes {
			if contains(flagged, s) && !contains(o.Restricted, s) {
				lift = append(lift, Restriction{Platform: o.Account.Platform, Chat: s, User: o.Account.User})
			}
		}
	}
	remaining := slices.DeleteFunc(scopesOf(o), func(s string) bool { return slices.Contains(scopes, s) })
	ss, err := tx.RecentSightings(ctx, o.Account, time.Time{})
	if err != nil {
		return lift, err
	}
	var refs []MessageRef
	for _, s := range ss {
		where := s.Message.Chat
		if s.Group != "" {
			where = s.Group
		}
		if len(remaining) == 0 || slices.Contains(scopes, where) {
			refs = append(refs, s.Message)
		}
	}
	if len(refs) > 0 {
		if err := tx.DeleteSightings(ctx, o.Account, refs); err != nil {
			return lift, err
		}
	}
	if len(remaining) == 0 {
		return lift, tx.DeleteOffender(ctx, o.Account)
	}
	notHere := func(s string) bool { return slices.Contains(scopes, s) }
	o.keepMutes(func(r string, _ time.Time) bool { return !notHere(r) })
	o.Chats = slices.DeleteFunc(o.Chats, notHere)
	o.Groups = slices.DeleteFunc(o.Groups, notHere)
	for _, s := range scopes {
		o.Pardons = slices.DeleteFunc(o.Pardons, func(p Pardon) bool { return p.Scope == s })
		o.Pardons = append(o.Pardons, Pardon{Scope: s, Time: now})
	}
	if n := len(o.Pardons); n > MaxPardons {
		o.Pardons = o.Pardons[n-MaxPardons:]
	}
	return lift, tx.PutOffender(ctx, *o)
}

// inScope reports whether an account was flagged or muted in the command's
// chat, or in its Discord server: whether its record names one of
// commandScopes in Chats, Groups or Restricted, as the store's index by
// scope finds it (Offenders.OffendersIn).
func inScope(o *Offender, c Command) bool {
	if o.Account.Platform != c.Platform {
		return false
	}
	names := func(list []string) bool {
		return contains(list, c.Chat) || c.Group != "" && contains(list, c.Group)
	}
	return names(o.Chats) || names(o.Groups) || names(o.Restricted)
}

// commandScopes are where the accounts a command's admins see are on
// record: the chat, and on Discord the server too (mutes of records of
// older versions name the channel).
func commandScopes(c Command) []string {
	if c.Group != "" && c.Group != c.Chat {
		return []string{c.Group, c.Chat}
	}
	return []string{c.Chat}
}

// findOffender resolves a user argument: an id, a platform:id, a mention
// (<@123>, @name; on Telegram @name is only ever a username) or a display
// name on record where here says (the command's chat), among the records
// candidates gives (those on record there, or more). A
// name no one there has is ErrNotFound; a name several accounts there
// have (an impostor takes its victim's) is no answer: they come back in
// same, for the admin to choose one by id.
func (e *Engine) findOffender(ctx context.Context, c Command, who string, candidates func() ([]Offender, error), here func(*Offender) bool) (o Offender, same []Offender, err error) {
	who = strings.ReplaceAll(who, "@"+zwj, "@") // as copied from a list the bot sent (noMention)
	id := strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(who, "<@"), "!"), ">")
	if k, ok := ParseAccountKey(id); ok {
		o, err := e.store.Offender(ctx, k)
		return o, nil, err
	}
	if o, err := e.store.Offender(ctx, AccountKey{Platform: c.Platform, User: id}); err == nil || !errors.Is(err, ErrNotFound) {
		return o, nil, err
	}
	name := strings.TrimPrefix(who, "@")
	all, err := candidates()
	if err != nil {
		return Offender{}, nil, err
	}
	// A username is the account's own, a display name anyone's: "@eve"
	// is the account whose username is eve before one called eve.
	var byHandle, byName []Offender
	sameAs := nameMatcher(name)
	for _, o := range all {
		if !here(&o) {
			continue
		}
		shown, handle := splitName(o.Name)
		if handle != "" && strings.EqualFold(handle, name) {
			byHandle = append(byHandle, o)
		} else if sameAs(shown) || sameAs(o.Name) {
			byName = append(byName, o)
		}
	}
	if len(byHandle) == 0 && len(byName) == 0 {
		// none by the name as typed: by the name without its diacritics
		// ("le thi ha" for Lê Thị Hà, as many keyboards type it), which
		// two names may share; then the admin picks one by id
		folded := foldWord(ShowName(name))
		for _, o := range all {
			if shown, _ := splitName(o.Name); folded != "" && here(&o) && (foldWord(ShowName(shown)) == folded || foldWord(ShowName(o.Name)) == folded) {
				byName = append(byName, o)
			}
		}
	}
	same = byName
	switch {
	case c.Platform == Telegram && strings.HasPrefix(who, "@") && isHandle(name):
		// On Telegram "@carol" is the username carol and no one else:
		// an impostor called carol is not pardoned for the member when
		// the member is not on record here.
		same = byHandle
	case len(byHandle) > 0 && (strings.HasPrefix(who, "@") || len(byName) == 0):
		same = byHandle
	}
	switch len(same) {
	case 0:
		return Offender{}, nil, ErrNotFound
	case 1:
		return same[0], nil, nil
	}
	sort.Slice(same, func(i, j int) bool { return same[i].Account.User < same[j].Account.User })
	return Offender{}, same, nil
}

// recordName is the name an offender record keeps: the display name, and
// the account's username after it when it has one ("Eve (@eve_spam)"), so
// that admins may name the account either way. A display name that ends
// as if it carried a username, where the account has none, has its @
// changed to a full-width one: a name "Bob (@alice)" cannot pass for the
// account @alice.
func recordName(name, handle string) string {
	if handle != "" {
		return name + " (@" + handle + ")"
	}
	if _, h := splitName(name); h != "" {
		i := strings.LastIndex(name, " (@")
		return name[:i] + " (\uff20" + name[i+3:]
	}
	return name
}

// splitName undoes recordName: the display name, and the username without
// its @ (empty if the name carries none).
func splitName(s string) (name, handle string) {
	i := strings.LastIndex(s, " (@")
	if i < 0 || !strings.HasSuffix(s, ")") {
		return s, ""
	}
	h := s[i+3 : len(s)-1]
	if !isHandle(h) {
		return s, ""
	}
	return s[:i], h
}

// isHandle reports whether h can be a username: 1 to 64 letters, digits
// and underscores.
func isHandle(h string) bool {
	return h != "" && len(h) <= 64 && !strings.ContainsFunc(h, func(r rune) bool {
		return !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	})
}

// maxOffenders is how many accounts offenders lists at a time.
const maxOffenders = 20

// offenders lists the accounts flagged in the command's chat (or Discord
// server), those seen last first, 20 at a time ("offenders from K": from
// the K-th on; "offenders from #CURSOR": from where an earlier answer
// left off): the admins of one chat see nothing of another's. When more
// are on record than it shows, it says how many and what to send for the
// next ones: a cursor, so that an account flagged between two pages
// moves none of the accounts still to come onto a page already shown.
func (e *Engine) offenders(ctx context.Context, c Command, l Lang) (Reply, error) {
	start := pageStart{K: 1}
	if f := strings.Fields(c.Args); len(f) > 0 {
		from := isFromWord(f[0])
		if from {
			f = f[1:]
		}
		ok := false
		if len(f) == 1 {
			// a cursor without its # only after from: "offenders all" is
			// no cursor
			start, ok = parseStart(f[0])
			ok = ok && (start.Cursor == "" || from || strings.HasPrefix(f[0], "#"))
		}
		if !ok {
			return Reply{Text: sayOn(c.Platform, l, "offenders-usage", maxOffenders)}, nil
		}
	}
	// the accounts on record here, from the store's index by scope: no
	// record is read but those of the page shown
	mine, err := e.store.OffendersSeenIn(ctx, c.Platform, commandScopes(c))
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	if len(mine) == 0 {
		return Reply{Text: say(l, "offenders-none")}, nil
	}
	// seen last first; at the same time, by id (the store's order, and
	// the one a cursor's id counts in)
	slices.SortFunc(mine, func(a, b OffenderSeen) int {
		if c := b.LastSeen.Compare(a.LastSeen); c != 0 {
			return c
		}
		return strings.Compare(strings.ToLower(a.Account.User), strings.ToLower(b.Account.User))
	})
	first := start.K - 1
	if start.Cursor != "" {
		first = slices.IndexFunc(mine, func(o OffenderSeen) bool { return fromCursor(&o, start.Cursor) })
		if first < 0 {
			return Reply{Text: sayOn(c.Platform, l, "offenders-cursor-past", start.Cursor)}, nil
		}
	}
	if first >= len(mine) {
		return Reply{Text: sayN(c.Platform, l, "offenders-from-past", len(mine), start.K)}, nil
	}
	total := len(mine)
	var b strings.Builder
	b.WriteString(say(l, "offenders", humanIn(l, e.cfg.StrikeTTL)))
	now := c.Time
	if now.IsZero() {
		now = time.Now()
	}
	room := replyRoom(c.Platform) - 300
	page := e.offenderPage(ctx, mine)
	shown, next := 0, first // next: the first account not shown
	for ; next < total && shown < maxOffenders; next++ {
		o, err := page(next)
		if errors.Is(err, ErrNotFound) {
			continue // pardoned or forgotten since the list was read
		}
		if err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
		mark := ""
		if o.Compromised {
			mark = " ⚠ " + say(l, "hijacked")
		}
		name, key := ShowName(o.Name), o.Account.String()
		if name == "" {
			// a record of an older version, kept without a name: the
			// account's next message fills it in
			name, key = key, say(l, "offender-no-name")
		}
		line := fmt.Sprintf("\n• %s (%s): %d%s", name, key, o.ActiveStrikes(now.Add(-e.cfg.StrikeTTL)), mark)
		if room -= replyWidth(c.Platform, line); room < 0 && shown > 0 {
			break
		}
		b.WriteString(line)
		shown++
	}
	if left := total - next; left > 0 {
		cursor := offenderCursor(&mine[next-1], &mine[next])
		b.WriteString("\n")
		if left == 1 {
			b.WriteString(sayOn(c.Platform, l, "offenders-more-one", cursor))
		} else {
			b.WriteString(sayOn(c.Platform, l, "offenders-more", left, cursor))
		}
	}
	return Reply{Text: b.String()}, nil
}

func (e *Engine) check(c Command, l Lang) Reply {
	var m Message
	switch {
	case c.Reply != nil:
		m = *c.Reply
	case strings.TrimSpace(c.Args) != "":
		m = Message{Platform: c.Platform, Chat: c.Chat, Group: c.Group, User: c.User, Time: c.Time, Text: c.Args}
	default:
		return Reply{Text: say(l, "check-usage")}
	}
	m.MemberSince = time.Time{} // judge the content, not the sender
	v := e.Check(&m)
	return Reply{Text: Explain(l, &v)}
}

// Explain writes a verdict for a person: the level, what it means and
// every reason.
func Explain(l Lang, v *Verdict) string {
	var b strings.Builder
	switch v.Level {
	case Allow:
		b.WriteString(say(l, "check-allow"))
		if len(v.Reasons) > 0 {
			fmt.Fprintf(&b, " (%.2f)", v.Score)
		}
	case Warn:
		fmt.Fprintf(&b, say(l, "check-warn"), v.Score)
	case Delete:
		fmt.Fprintf(&b, say(l, "check-delete"), v.Score)
	}
	if v.Level != Allow {
		b.WriteString("\n")
		b.WriteString(capitalize(textsFor(l).explain("", v)))
	}
	for _, r := range v.Reasons {
		fmt.Fprintf(&b, "\n• %s: %s", r.Code, r.DetailIn(l))
	}
	return b.String()
}

// maxReportQuote is how much of a reported message the admins' note
// quotes, in runes.
const maxReportQuote = 200

// report answers a member's report in l and writes the note for the admins
// in the chat's language, naming the chat by its title.
func (e *Engine) report(c Command, s ChatSettings, chatLang Lang) Reply {
	l := s.Lang
	if c.Reply == nil {
		return Reply{Text: say(l, "report-usage")}
	}
	m := *c.Reply
	v := e.Check(&m)
	excerpt := quoteText(m.Text, maxReportQuote)
	note := say(chatLang, "report-note", nameOr(c.UserName, c.User), nameOr(m.UserName, m.User)+" (id "+m.User+")",
		nameOr(c.ChatTitle, m.Chat), excerpt, v.Level, v.Score)
	for _, r := range v.Reasons {
		note += "\n• " + r.DetailIn(chatLang)
	}
	return Reply{Text: say(l, "report-done"), Report: note, LogChat: s.LogChat}
}

// DefangText defangs every link in a text so that quoting it is safe: no
// client makes a link of it. A link written in disguise ("hxxps://evil.com",
// "evil (dot) com") is quoted as found and defanged (the disguise itself
// can leave a client something to link, "evil.com" in
// "hxxps://evil.com"), so the text comes back with its disguises undone
// where it holds one.
func DefangText(s string) string {
	links := linkx.Extract(s, nil)
	if len(links) == 0 {
		return s
	}
	text, _ := linkx.Refang(s) // the text the links' spans are in
	var b strings.Builder
	b.Grow(len(text) + 8*len(links))
	last := 0
	for _, l := range links {
		start, end := l.Span()
		if l.Raw == "" || start < last || end > len(text) || text[start:end] != l.Raw {
			continue
		}
		b.WriteString(text[last:start])
		b.WriteString(linkx.Defang(l.Raw))
		last = end
	}
	b.WriteString(text[last:])
	return b.String()
}

func firstField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

func (p Platform) key(user string) string { return string(p) + ":" + user }

// namedOr returns where findOffender looks for an account by the name who:
// the records called so, through the store's index by name
// (OffenderNames), or, for a store without one, fallback's records.
func (e *Engine) namedOr(ctx context.Context, p Platform, who string, fallback func() ([]Offender, error)) func() ([]Offender, error) {
	named, ok := e.store.(OffenderNames)
	if !ok {
		return fallback
	}
	name := strings.TrimPrefix(strings.ReplaceAll(who, "@"+zwj, "@"), "@") // as findOffender reads it
	return func() ([]Offender, error) { return named.OffendersNamed(ctx, p, lookupKeys(name)) }
}

// offenderPage returns a reader of the records of mine by index, for a
// page of offenders: with a store that reads many at once
// (OffenderBatch), the records of maxOffenders accounts from the one
// asked for are read together, the first time one of them is asked for
// (on PostgreSQL one round trip for a page, not one a line).
func (e *Engine) offenderPage(ctx context.Context, mine []OffenderSeen) func(i int) (Offender, error) {
	batch, ok := e.store.(OffenderBatch)
	if !ok {
		return func(i int) (Offender, error) { return e.store.Offender(ctx, mine[i].Account) }
	}
	read := map[AccountKey]*Offender{}
	upTo := 0 // mine[:upTo] were read, or passed over
	return func(i int) (Offender, error) {
		if i >= upTo {
			end := min(i+maxOffenders, len(mine))
			keys := make([]AccountKey, 0, end-i)
			for _, s := range mine[i:end] {
				keys = append(keys, s.Account)
			}
			list, err := batch.Offenders(ctx, keys)
			if err != nil {
				return Offender{}, err
			}
			for j := range list {
				read[list[j].Account] = &list[j]
			}
			upTo = end
		}
		if o, ok := read[mine[i].Account]; ok {
			return *o, nil
		}
		return Offender{}, ErrNotFound
	}
}

// ambiguous is pardon's answer to a name several accounts share: their
// ids and names, as many as the platform's message holds (an impostor
// campaign gives hundreds of accounts one name), then how many more, so
// that the platform never cuts off the end, which says what to send.
func ambiguous(p Platform, l Lang, who string, same []Offender) string {
	room := replyRoom(p) - replyWidth(p, sayOn(p, l, "pardon-ambiguous", len(same), nameOr(who, "?"), "", same[0].Account.User)) -
		replyWidth(p, say(l, "pardon-ambiguous-more", len(same)))
	var b strings.Builder
	for i, s := range same {
		id := fmt.Sprintf("%s (%s)", s.Account.User, nameOr(s.Name, s.Account.User))
		if i > 0 {
			id = ", " + id
		}
		if room -= replyWidth(p, id); room < 0 && i > 0 {
			b.WriteString(say(l, "pardon-ambiguous-more", len(same)-i))
			break
		}
		b.WriteString(id)
	}
	return sayOn(p, l, "pardon-ambiguous", len(same), nameOr(who, "?"), b.String(), same[0].Account.User)
}
