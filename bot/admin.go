package bot

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/immunebot/immune/bot/linkx"
)

// maxExcerpt is how much of a message's text a case keeps, in runes.
const maxExcerpt = 300

// openCase builds the case about a decision.
func openCase(m *Message, j *Judgement, d *Decision, short map[string]bool) Case {
	c := Case{
		ID: NewCaseID(m.Time), Time: m.Time, Scope: m.Scope(), Message: m.Ref(), ChatTitle: m.ChatTitle,
		Account: m.Account(), UserName: m.UserName, Excerpt: excerpt(m.Text), Level: d.Verdict.Level,
		Score: d.Verdict.Score, Reasons: d.Verdict.Reasons, Actions: d.Actions, RestrictUntil: d.RestrictUntil,
		Note: d.AdminNote,
	}
	for _, i := range j.Suspect {
		if v := listValue(&j.Links[i], short); v != "" && !slices.Contains(c.Domains, v) {
			c.Domains = append(c.Domains, v)
		}
	}
	return c
}

// listValue is what Not a threat allows (and Block everywhere blocks) for
// a link: its registrable domain, or, behind a shortener (a built-in one
// or one of short, the operator's), the one short link, so that allowing
// it does not let every other short link through.
func listValue(l *linkx.Link, short map[string]bool) string {
	dom := l.Domain
	if dom == "" {
		dom = l.Host
	}
	if shortener(l, short) || shorteners[dom] {
		if v, err := ParseListValue(l.Raw); err == nil {
			return v
		}
	}
	return dom
}

// excerpt is a message's text as a case keeps it: trimmed, defanged and
// cleaned of what could reorder or hide the note around it (quoteText).
func excerpt(s string) string {
	return quoteText(s, maxExcerpt)
}

// Case returns the case with the id, for an adapter to learn which chat
// a button press is about before it verifies the presser.
func (e *Engine) Case(ctx context.Context, id string) (Case, error) {
	if !ValidCaseID(id) {
		return Case{}, ErrNotFound
	}
	return e.store.Case(ctx, id)
}

// Sent records a message the bot sent about a case (the notice, the admin
// note), so that /why in reply to it finds the case, and commits.
func (e *Engine) Sent(ctx context.Context, caseID string, ref MessageRef) error {
	if caseID == "" {
		return nil
	}
	if err := e.store.AddCaseRef(ctx, caseID, ref); err != nil {
		return fmt.Errorf("record %s about case %s: %w", ref.ID, caseID, err)
	}
	if e.Batch {
		return nil
	}
	return e.store.Commit(ctx)
}

// Button is one button under an admin note.
type Button struct {
	Action ButtonAction
	Label  string // in the chat's language
	// Data is what the platform hands back when the button is pressed
	// (Telegram callback_data, Discord custom_id): ParseButton reads it.
	Data string
}

// buttonCodes are the short forms of the button actions in button data.
var buttonCodes = map[ButtonAction]string{BtnNotThreat: "n", BtnRepost: "r", BtnBan: "b", BtnBlockEverywhere: "g"}

// buttonPrefix starts the data of every button immune makes.
const buttonPrefix = "im:"

// ParseButton reads the data of a button immune made: the action and the
// case. It reports false for anything else.
func ParseButton(data string) (ButtonAction, string, bool) {
	rest, ok := strings.CutPrefix(data, buttonPrefix)
	if !ok {
		return "", "", false
	}
	code, id, ok := strings.Cut(rest, ":")
	if !ok || !ValidCaseID(id) {
		return "", "", false
	}
	for a, c := range buttonCodes {
		if c == code {
			return a, id, true
		}
	}
	return "", "", false
}

// NoteView returns an admin note as it stands now: the note as sent with a
// line for each button pressed since, and the buttons still to press, in
// the language of the chat the case is about.
func (e *Engine) NoteView(ctx context.Context, c *Case) (string, []Button) {
	l := e.ChatSettings(ctx, c.Scope).Lang
	return noteStatus(l, c), buttons(l, c)
}

// noteStatus is the note with a line for each press.
func noteStatus(l Lang, c *Case) string {
	var b strings.Builder
	// a note stored before names were shown cleaned may hold a name's
	// direction controls: shown again, it is shown without them
	b.WriteString(strings.Map(dropDirectionControl, c.Note))
	if b.Len() == 0 {
		b.WriteString(whyText(l, c))
	}
	for _, p := range c.Presses {
		b.WriteString("\n")
		who, at := nameOr(p.ByName, p.By.User), stamp(p.Time)
		switch p.Action {
		case BtnNotThreat:
			b.WriteString(say(l, "pressed-not-threat", who, at))
		case BtnRepost:
			b.WriteString(say(l, "pressed-repost", who, at))
		case BtnBan:
			b.WriteString(say(l, "pressed-ban", who, at))
		case BtnBlockEverywhere:
			b.WriteString(say(l, "pressed-block", defangAll(c.Domains), who, at))
		}
	}
	return b.String()
}

// buttons are the buttons a case offers now: Not a threat, Ban and Block
// domain everywhere at first; Repost once it was found no threat; what is
// left of Ban and Block after one of them.
func buttons(l Lang, c *Case) []Button {
	_, ok := c.Pressed(BtnNotThreat)
	_, banned := c.Pressed(BtnBan)
	_, blocked := c.Pressed(BtnBlockEverywhere)
	_, reposted := c.Pressed(BtnRepost)
	var out []Button
	add := func(a ButtonAction) {
		out = append(out, Button{Action: a, Label: say(l, "button-"+string(a)), Data: buttonPrefix + buttonCodes[a] + ":" + c.ID})
	}
	switch {
	case ok:
		if slices.Contains(c.Actions, ActDelete) && c.Excerpt != "" && !reposted {
			add(BtnRepost)
		}
	default:
		if !banned && !blocked {
			add(BtnNotThreat)
		}
		if !banned {
			add(BtnBan)
		}
		if !blocked && len(c.Domains) > 0 {
			add(BtnBlockEverywhere)
		}
	}
	return out
}

// PressRequest is a button pressed under an admin note, as the adapter
// read and verified it.
type PressRequest struct {
	Platform Platform
	Case     string
	Action   ButtonAction
	User     string
	UserName string
	// IsAdmin is the adapter's verified answer: the presser is an admin of
	// the chat the case is about (not only of the log chat the note is in).
	IsAdmin bool
	Lang    Lang // the presser's language, any code; empty if unknown
	Time    time.Time
}

// Repost is a deleted message posted again after an admin found it no
// threat.
type Repost struct {
	Platform Platform
	Chat     string
	Group    string // Discord server of Chat
	Text     string // attributed, with every link defanged
}

// PressResult is what a button press did, for the adapter to carry out
// and show.
type PressResult struct {
	// Answer is for the presser alone, in their language.
	Answer string
	// Refused: the presser may not press it, or there is nothing to do.
	Refused bool
	// Done: the press was recorded now; false when refused or already
	// pressed.
	Done bool
	// Note and Buttons are the admin note as it stands now, to show in
	// place of the old one (unless Refused).
	Note    string
	Buttons []Button
	Lift    []Restriction // mutes to lift
	Ban     *Restriction  // the member to ban, from Ban.Chat (its server on Discord)
	Repost  *Repost       // the message to post again
}

// Press carries out a button pressed under an admin note: verified,
// recorded once (pressing twice does nothing twice), audited and
// committed. Store errors are returned with a result that says so.
func (e *Engine) Press(ctx context.Context, r PressRequest) (PressResult, error) {
	c, err := e.Case(ctx, r.Case)
	presserLang := func() Lang {
		if err != nil {
			return Speak(r.Lang, e.cfg.DefaultLang)
		}
		return Speak(r.Lang, e.ChatSettings(ctx, c.Scope).Lang)
	}
	switch {
	case errors.Is(err, ErrNotFound):
		return PressResult{Answer: say(presserLang(), "press-gone"), Refused: true}, nil
	case err != nil:
		return PressResult{Answer: say(presserLang(), "failed"), Refused: true}, err
	}
	pl := presserLang()
	cl := e.ChatSettings(ctx, c.Scope).Lang
	where := nameOr(c.ChatTitle, c.Message.Chat)
	refuse := func(key string, args ...any) (PressResult, error) {
		e.count(r.Platform).pressRefused.Add(1)
		return PressResult{Answer: say(pl, key, args...), Refused: true}, nil
	}
	if r.Platform != c.Scope.Platform {
		return refuse("press-gone")
	}
	switch r.Action {
	case BtnBlockEverywhere:
		if !e.isOperator(AccountKey{Platform: r.Platform, User: r.User}) {
			return refuse("press-operators")
		}
		if len(c.Domains) == 0 {
			return refuse("press-nothing")
		}
	case BtnNotThreat, BtnBan, BtnRepost:
		if !r.IsAdmin {
			return refuse("press-admins", where)
		}
		if r.Action == BtnRepost {
			if _, ok := c.Pressed(BtnNotThreat); !ok || c.Excerpt == "" || !slices.Contains(c.Actions, ActDelete) {
				return refuse("press-nothing")
			}
		}
	default:
		return refuse("press-nothing")
	}
	if p, done := c.Pressed(r.Action); done {
		return PressResult{Answer: say(pl, "press-already", nameOr(p.ByName, p.By.User), stamp(p.Time)),
			Note: noteStatus(cl, &c), Buttons: buttons(cl, &c)}, nil
	}

	press := Press{Action: r.Action, By: AccountKey{Platform: r.Platform, User: r.User}, ByName: r.UserName, Time: r.Time}
	after, first, err := e.store.PressCase(ctx, c.ID, press)
	if err != nil {
		return PressResult{Answer: say(pl, "failed"), Refused: true}, fmt.Errorf("press %s on case %s: %w", r.Action, c.ID, err)
	}
	if !first {
		// pressed meanwhile, by someone else or a double click
		p, _ := after.Pressed(r.Action)
		return PressResult{Answer: say(pl, "press-already", nameOr(p.ByName, p.By.User), stamp(p.Time)),
			Note: noteStatus(cl, &after), Buttons: buttons(cl, &after)}, nil
	}
	res := PressResult{Done: true}
	by := r.Platform.key(r.User)
	var errs []error
	switch r.Action {
	case BtnNotThreat:
		for _, d := range c.Domains {
			entry := ListEntry{Scope: c.Scope.String(), Kind: AllowList, Value: d, AddedBy: by, AddedAt: r.Time}
			if err := e.store.PutListEntry(ctx, entry); err != nil {
				errs = append(errs, err)
				continue
			}
			e.updateLists(func(s *ListSet) *ListSet { return s.With(entry) })
		}
		var lift []Restriction
		err := e.store.UpdateAccount(ctx, c.Account, func(tx Store) error {
			var err error
			lift, err = e.unflag(ctx, tx, c, r.Time)
			return err
		})
		if err != nil {
			errs = append(errs, err)
		}
		res.Lift = lift
		res.Answer = say(pl, "done-not-threat", defangAll(c.Domains), where)
	case BtnRepost:
		res.Repost = &Repost{Platform: c.Message.Platform, Chat: c.Message.Chat,
			Text: say(cl, "repost", nameOr(c.UserName, c.Account.User), c.Excerpt)}
		if c.Scope.Chat != c.Message.Chat {
			res.Repost.Group = c.Scope.Chat
		}
		res.Answer = say(pl, "done-repost", where)
	case BtnBan:
		res.Ban = &Restriction{Platform: c.Account.Platform, Chat: c.Message.Chat, User: c.Account.User}
		res.Answer = say(pl, "done-ban", nameOr(c.UserName, c.Account.User), where)
	case BtnBlockEverywhere:
		for _, d := range c.Domains {
			entry := ListEntry{Kind: BlockList, Value: d, AddedBy: by, AddedAt: r.Time}
			if err := e.store.PutListEntry(ctx, entry); err != nil {
				errs = append(errs, err)
				continue
			}
			e.updateLists(func(s *ListSet) *ListSet { return s.With(entry) })
		}
		res.Answer = say(pl, "done-block", defangAll(c.Domains))
	}
	if err := e.store.AppendAudit(ctx, AuditEntry{
		Time: r.Time, Message: c.Message, Account: c.Account,
		Note: fmt.Sprintf("%s on case %s by %s", r.Action, c.ID, nameOr(r.UserName, r.User)),
	}); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return PressResult{Answer: say(pl, "failed"), Refused: true}, fmt.Errorf("press %s on case %s: %w", r.Action, c.ID, err)
	}
	if err := e.store.Commit(ctx); err != nil {
		return PressResult{Answer: say(pl, "failed"), Refused: true}, fmt.Errorf("press %s on case %s: %w", r.Action, c.ID, err)
	}
	e.count(r.Platform).press(r.Action)
	res.Note, res.Buttons = noteStatus(cl, &after), buttons(cl, &after)
	return res, nil
}

// unflag takes back what a case did to its sender's record, in the case's
// chat (Discord: server), whose admin pressed: the strike it gave goes,
// the mute there is lifted and the hijacked mark no longer counts there.
// Other chats where the account is on record keep their mutes and the mark
// until their admins decide; if there are none, the mark goes altogether.
// The account's sightings there are forgotten too, or its next post would
// mark it hijacked again. It reads and writes through tx, which holds the
// account, and returns the mutes to lift: those on record here, and the
// case's own while it runs (now is the press's time), though it fell off
// the bounded list of mutes.
func (e *Engine) unflag(ctx context.Context, tx Store, c Case, now time.Time) ([]Restriction, error) {
	o, err := tx.Offender(ctx, c.Account)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read offender %s: %w", c.Account, err)
	}
	if i := slices.IndexFunc(o.Strikes, func(t time.Time) bool { return t.Equal(c.Time) }); i >= 0 {
		o.Strikes = slices.Delete(o.Strikes, i, i+1)
	}
	here := []string{c.Scope.Chat, c.Message.Chat} // a record of an older version names the channel
	elsewhere := slices.DeleteFunc(scopesOf(&o), func(s string) bool { return slices.Contains(here, s) })
	var lift []Restriction
	o.keepMutes(func(r string, _ time.Time) bool {
		if slices.Contains(here, r) {
			lift = append(lift, Restriction{Platform: o.Account.Platform, Chat: r, User: o.Account.User})
			return false
		}
		return true
	})
	if len(lift) == 0 && slices.Contains(c.Actions, ActRestrict) && c.RestrictUntil.After(now) {
		lift = append(lift, Restriction{Platform: o.Account.Platform, Chat: c.Scope.Chat, User: o.Account.User})
	}
	switch {
	case len(elsewhere) == 0:
		o.Compromised, o.CompromisedSince, o.Evidence = false, time.Time{}, ""
	case o.CompromisedIn(c.Scope.Chat):
		o.Pardons = slices.DeleteFunc(o.Pardons, func(p Pardon) bool { return p.Scope == c.Scope.Chat })
		o.Pardons = append(o.Pardons, Pardon{Scope: c.Scope.Chat, Time: c.Time})
		if n := len(o.Pardons); n > MaxPardons {
			o.Pardons = o.Pardons[n-MaxPardons:]
		}
	}
	if err := tx.PutOffender(ctx, o); err != nil {
		return nil, fmt.Errorf("write offender %s: %w", c.Account, err)
	}
	if ss, err := tx.RecentSightings(ctx, o.Account, time.Time{}); err == nil && len(ss) > 0 {
		var refs []MessageRef
		for _, s := range ss {
			if len(elsewhere) == 0 || slices.Contains(here, s.Message.Chat) || s.Group != "" && s.Group == c.Scope.Chat {
				refs = append(refs, s.Message)
			}
		}
		if err := tx.DeleteSightings(ctx, o.Account, refs); err != nil {
			return lift, fmt.Errorf("forget sightings %s: %w", o.Account, err)
		}
	}
	return lift, nil
}

func (e *Engine) isOperator(k AccountKey) bool {
	return slices.Contains(e.cfg.Operators, k)
}

// why answers /why: the case about the message the command replies to
// (the message itself, or the bot's notice or admin note about it), or the
// message named by id or link.
func (e *Engine) why(ctx context.Context, c Command, l Lang) (Reply, error) {
	chat, id := c.Chat, c.ReplyTo
	arg, extra := oneArg(c.Args)
	if extra != "" {
		return Reply{Text: extraWordsAsked(c.Platform, l, "why "+ShowName(arg), extra, "why-use")}, nil
	}
	if arg != "" {
		var ok bool
		if chat, id, ok = messageArg(c, arg); !ok {
			return Reply{Text: sayOn(c.Platform, l, "why-usage")}, nil
		}
	}
	if id == "" {
		return Reply{Text: sayOn(c.Platform, l, "why-usage")}, nil
	}
	cs, err := e.store.CaseFor(ctx, MessageRef{Platform: c.Platform, Chat: chat, ID: id})
	if err == nil && cs.Scope != c.Scope() && !slices.Contains(cs.Refs, MessageRef{Platform: c.Platform, Chat: c.Chat, ID: id}) {
		// another chat's case, not found through this one
		err = ErrNotFound
	}
	if errors.Is(err, ErrNotFound) {
		return Reply{Text: sayOn(c.Platform, l, "why-none", id)}, nil
	}
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	return Reply{Text: whyText(l, &cs)}, nil
}

// messageArg reads a message id or link: "123", a Telegram link
// (https://t.me/c/1234/567, https://t.me/group/567, and in a forum topic
// https://t.me/c/1234/TOPIC/567, https://t.me/group/TOPIC/567) or a
// Discord one (https://discord.com/channels/G/C/M). It returns the chat
// and message.
func messageArg(c Command, arg string) (chat, id string, ok bool) {
	if !strings.Contains(arg, "/") {
		return c.Chat, arg, true
	}
	u, err := url.Parse(arg)
	if err != nil || u.Host == "" {
		return "", "", false
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	last := parts[len(parts)-1]
	switch {
	case last == "":
		return "", "", false
	case c.Platform == Discord && len(parts) == 4 && parts[0] == "channels":
		return parts[2], last, true
	case c.Platform == Telegram && (len(parts) == 3 || len(parts) == 4 && isDigits(parts[2])) && parts[0] == "c" && isDigits(parts[1]) && isDigits(last):
		return "-100" + parts[1], last, true
	case c.Platform == Telegram && (len(parts) == 2 || len(parts) == 3 && parts[0] != "c" && isDigits(parts[1])) && isDigits(last):
		return c.Chat, last, true
	}
	return "", "", false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// whyText explains a case to an admin.
func whyText(l Lang, c *Case) string {
	t := textsFor(l)
	var b strings.Builder
	b.WriteString(say(l, "why-head", c.Message.ID, nameOr(c.UserName, c.Account.User), c.Account.User,
		nameOr(c.ChatTitle, c.Message.Chat), stamp(c.Time)))
	b.WriteString("\n")
	b.WriteString(say(l, "why-verdict", say(l, "level-"+c.Level.String()), c.Score))
	for _, r := range c.Reasons {
		short := t.codeShort[r.Code]
		if short == "" {
			short = string(r.Code)
		}
		fmt.Fprintf(&b, "\n• %s (%s): %s", short, r.Code, r.detailFor(t))
	}
	b.WriteString("\n")
	b.WriteString(say(l, "why-actions", actionWords(l, c.Actions, c.RestrictUntil)))
	if c.Excerpt != "" {
		b.WriteString("\n«" + c.Excerpt + "»")
	}
	for _, p := range c.Presses {
		b.WriteString("\n")
		b.WriteString(say(l, "why-press", say(l, "button-"+string(p.Action)), nameOr(p.ByName, p.By.User), stamp(p.Time)))
	}
	return b.String()
}

// actionWords says what was done, in words.
func actionWords(l Lang, as []Action, until time.Time) string {
	var out []string
	for _, a := range as {
		switch a {
		case ActRestrict:
			out = append(out, say(l, "act-restrict", stamp(until)))
		default:
			out = append(out, say(l, "act-"+string(a)))
		}
	}
	if len(out) == 0 {
		return say(l, "act-none")
	}
	return strings.Join(out, ", ")
}

// stamp writes a time for admins, in UTC to the minute.
func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }

func defangAll(ds []string) string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = DefangText(d)
		if out[i] == d {
			out[i] = strings.ReplaceAll(d, ".", "[.]")
		}
	}
	return strings.Join(out, ", ")
}

// Audit limits.
const (
	defaultAudit = 10
	maxAudit     = 50
)

// audit answers /audit [N] [from K | from #CURSOR]: the chat's N latest
// decisions, or N from the K-th newest on, or N from the cursor a
// previous answer named on. When more are on record than it shows (more
// than asked for, or more than one message of the platform holds), it
// says how many (up to "more than 10,000") and what to send for the next
// ones: a cursor, so that paging back through a busy chat's decisions
// shows each once however many come in meanwhile.
func (e *Engine) audit(ctx context.Context, c Command, l Lang) (Reply, error) {
	n, start, capped, ok := auditArgs(c.Args)
	if !ok || strings.Contains(start.Cursor, ".") {
		return Reply{Text: sayOn(c.Platform, l, "audit-usage", maxAudit)}, nil
	}
	if start.K-1 > maxCounted {
		total, err := e.store.CountCases(ctx, c.Scope(), "", maxCounted+1)
		switch {
		case err != nil:
			return Reply{Text: say(l, "failed")}, err
		case total == 0:
			return Reply{Text: sayOn(c.Platform, l, "audit-none")}, nil
		case total <= maxCounted:
			return Reply{Text: sayN(c.Platform, l, "audit-from-past", total, start.K)}, nil
		}
		return Reply{Text: sayOn(c.Platform, l, "audit-from-far", count(l, maxCounted))}, nil
	}
	skip, before := max(start.K-1, 0), ""
	if start.Cursor != "" {
		before = cursorBound(start.Cursor)
	}
	// one more than asked for: the next one's id makes the cursor
	cases, err := e.store.RecentCases(ctx, c.Scope(), before, skip, n+1)
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	if len(cases) == 0 {
		if start.Cursor != "" {
			return Reply{Text: sayOn(c.Platform, l, "audit-cursor-past", start.Cursor)}, nil
		}
		total := 0
		if skip > 0 {
			if total, err = e.store.CountCases(ctx, c.Scope(), "", maxCounted+1); err != nil {
				return Reply{Text: say(l, "failed")}, err
			}
		}
		if total == 0 {
			return Reply{Text: sayOn(c.Platform, l, "audit-none")}, nil
		}
		return Reply{Text: sayN(c.Platform, l, "audit-from-past", total, start.K)}, nil
	}
	// the lines that fit in one message, with room for the head and foot
	room := replyRoom(c.Platform) - 400
	var lines []string
	for _, cs := range cases[:min(n, len(cases))] {
		var codes []string
		for _, r := range cs.Reasons {
			if !slices.Contains(codes, string(r.Code)) {
				codes = append(codes, string(r.Code))
			}
			if len(codes) == 3 {
				break
			}
		}
		line := fmt.Sprintf("\n• %s · %s (%s) · %s %.2f · %s · %s · %s", stamp(cs.Time), nameOr(cs.UserName, cs.Account.User),
			cs.Account.User, say(l, "level-"+cs.Level.String()), cs.Score, strings.Join(codes, ", "),
			actionWords(l, cs.Actions, cs.RestrictUntil), say(l, "audit-msg", cs.Message.ID))
		for _, p := range cs.Presses {
			line += fmt.Sprintf(" · %s: %s", say(l, "button-"+string(p.Action)), nameOr(p.ByName, p.By.User))
		}
		if room -= replyWidth(c.Platform, line); room < 0 && len(lines) > 0 {
			break
		}
		lines = append(lines, line)
	}
	shown := len(lines)
	left := 0
	if shown < len(cases) {
		// counted from the last shown on, as far as maxCounted
		if left, err = e.store.CountCases(ctx, c.Scope(), cases[shown-1].ID, maxCounted+1); err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
	}
	var b strings.Builder
	switch {
	case start.Cursor != "":
		b.WriteString(sayOn(c.Platform, l, "audit-head-cursor", start.Cursor, counted(l, shown+left)))
	case skip > 0 || left > 0:
		total := skip + shown + left
		if left > maxCounted {
			total = left // "more than 10,000"
		}
		b.WriteString(sayOn(c.Platform, l, "audit-head-range", skip+1, skip+shown, counted(l, total)))
	case shown == 1:
		b.WriteString(sayOn(c.Platform, l, "audit-head-one"))
	default:
		b.WriteString(sayOn(c.Platform, l, "audit-head", shown))
	}
	for _, line := range lines {
		b.WriteString(line)
	}
	if left > 0 {
		cursor := cursorBetween(cases[shown-1].ID, cases[shown].ID)
		b.WriteString("\n")
		if left == 1 {
			b.WriteString(sayOn(c.Platform, l, "audit-more-one", n, cursor))
		} else {
			// "More than 10,000 older decisions …"
			b.WriteString(capitalize(sayOn(c.Platform, l, "audit-more", counted(l, left), n, cursor, min(n, left))))
		}
	}
	if capped {
		b.WriteString("\n")
		b.WriteString(say(l, "audit-capped", maxAudit))
	}
	return Reply{Text: b.String()}, nil
}

// replyRoom is how long (replyWidth) an answer to a command may be on a
// platform, leaving room for what the adapter adds (a status's rights,
// Discord's markdown escapes): a Telegram message holds 4,096 UTF-16
// code units, a Discord message 2,000 characters.
func replyRoom(p Platform) int {
	if p == Discord {
		return 1800
	}
	return 3900
}

// discordEscaped are the characters before which the Discord adapter's
// markdown escaping may put a backslash.
const discordEscaped = "\\*_~`|<(@#>-+.)"

// replyWidth is how much of a platform's message length s takes, as
// replyRoom counts it: on Telegram, UTF-16 code units (an emoji outside
// the BMP takes two); on Discord, characters, and one more for each that
// the adapter may escape with a backslash. A line measured in runes
// alone could take twice its room: an answer that outgrew the message
// was refused (Telegram) or cut off (Discord), with what it said of the
// rest.
func replyWidth(p Platform, s string) int {
	n := 0
	for _, r := range s {
		n++
		if p == Discord && r < utf8.RuneSelf && strings.IndexByte(discordEscaped, byte(r)) >= 0 || p != Discord && r > 0xFFFF {
			n++
		}
	}
	return n
}

// auditArgs reads audit's arguments: how many decisions (10 if left out;
// more than maxAudit shows maxAudit, and capped says so) and where to
// start: counting back from the newest (K 1 if left out), or at a cursor.
// What follows "from" or "từ" (however typed) is the start wherever it
// stands ("audit from 21", "audit 5 from #k3v0", "audit from 21 5");
// without the word, a second number is K ("audit 5 21") and a cursor is
// a cursor ("audit #k3v0"). ok is false for anything else, a from with
// nothing after it included.
func auditArgs(args string) (n int, start pageStart, capped, ok bool) {
	n, start = defaultAudit, pageStart{K: 1}
	haveN, haveFrom, wantFrom := false, false, false
	for _, f := range strings.Fields(args) {
		f = strings.Trim(f, ",;")
		if f == "" {
			continue
		}
		if isFromWord(f) {
			if wantFrom || haveFrom {
				return 0, pageStart{}, false, false
			}
			wantFrom = true
			continue
		}
		v, err := strconv.Atoi(f)
		isNum := err == nil
		switch {
		case wantFrom || !isNum && !haveFrom && strings.HasPrefix(f, "#"):
			p, ok := parseStart(f)
			if !ok {
				return 0, pageStart{}, false, false
			}
			start, haveFrom, wantFrom = p, true, false
		case !isNum || v < 1:
			return 0, pageStart{}, false, false
		case !haveN:
			n, haveN = v, true
		case !haveFrom:
			start, haveFrom = pageStart{K: v}, true
		default:
			return 0, pageStart{}, false, false
		}
	}
	if wantFrom {
		return 0, pageStart{}, false, false
	}
	if n > maxAudit {
		n, capped = maxAudit, true
	}
	return n, start, capped, true
}

func (e *Engine) now(c Command) time.Time {
	if c.Time.IsZero() {
		return time.Now()
	}
	return c.Time
}

// setLog answers /setlog: "off" sends the admin notes back to the chat
// (Discord: each channel) itself; on Discord, or with "here", this chat
// receives them; a code
// completes a link started with /link in the log chat; with no argument on
// Telegram, a code for /link in the log chat.
func (e *Engine) setLog(ctx context.Context, c Command, l Lang) (Reply, error) {
	arg, extra := oneArg(c.Args)
	if extra != "" {
		// "setlog off please", "setlog here now": nothing changed on a guess
		return Reply{Text: extraWords(c.Platform, l, "setlog "+ShowName(arg), extra, "setlog-use")}, nil
	}
	where := "chat"
	if c.Platform == Discord {
		where = "channel"
	}
	switch {
	case strings.EqualFold(arg, "off"):
		err := e.changeSettings(ctx, c, c.Scope(), "setlog off", func(s *ChatSettings) { s.LogChat, s.LogTitle = "", "" })
		if err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
		return Reply{Text: say(l, "setlog-off-"+where)}, nil
	case c.Platform == Discord || strings.EqualFold(arg, "here"):
		err := e.changeSettings(ctx, c, c.Scope(), "setlog "+c.Chat, func(s *ChatSettings) {
			s.LogChat, s.LogTitle = c.Chat, c.ChatTitle
		})
		if err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
		return Reply{Text: say(l, "setlog-"+where)}, nil
	case !linkCodeShaped(arg):
		// "setlog #mods", "setlog -100123": not a code, so no "not a
		// live code" either, but what setlog takes
		return Reply{Text: say(l, "setlog-usage", ShowName(arg))}, nil
	case arg != "":
		p, err := e.takeLinkCode(ctx, arg, c.User, e.now(c))
		if err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
		if p == nil || !p.FromLog || p.Platform != c.Platform {
			if e.keepLinkCode(ctx, c, p) && p.Platform == c.Platform {
				return Reply{Text: say(l, "link-wrong-command", "/link", p.Code)}, nil
			}
			return Reply{Text: say(l, "link-bad-code", arg)}, nil
		}
		return e.completeLink(ctx, c, l, p, c.Chat, c.ChatTitle, p.Chat, p.Title, p.Direct)
	}
	code, err := e.issueLinkCode(ctx, LinkCode{Platform: c.Platform, Chat: c.Chat, Title: c.ChatTitle, User: c.User}, e.now(c))
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	return Reply{Text: say(l, "setlog-code", code, humanIn(l, linkTTL))}, nil
}

// link answers /link in the chat that is to receive admin notes: with a
// code from /setlog, it completes the link; without one, it hands out a
// code for /setlog CODE in the group.
func (e *Engine) link(ctx context.Context, c Command, l Lang) (Reply, error) {
	arg, extra := oneArg(c.Args)
	if c.Platform == Discord {
		return Reply{Text: say(l, "link-discord")}, nil
	}
	if extra != "" {
		return Reply{Text: extraWords(c.Platform, l, "link "+ShowName(arg), extra, "link-use")}, nil
	}
	if arg == "" {
		code, err := e.issueLinkCode(ctx, LinkCode{Platform: c.Platform, Chat: c.Chat, Title: c.ChatTitle, User: c.User,
			FromLog: true, Direct: c.Direct}, e.now(c))
		if err != nil {
			return Reply{Text: say(l, "failed")}, err
		}
		return Reply{Text: say(l, "link-code", code, humanIn(l, linkTTL))}, nil
	}
	if !linkCodeShaped(arg) {
		return Reply{Text: say(l, "link-usage", ShowName(arg))}, nil
	}
	p, err := e.takeLinkCode(ctx, arg, c.User, e.now(c))
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	if p == nil || p.FromLog || p.Platform != c.Platform {
		if e.keepLinkCode(ctx, c, p) && p.Platform == c.Platform {
			return Reply{Text: say(l, "link-wrong-command", "/setlog", p.Code)}, nil
		}
		return Reply{Text: say(l, "link-bad-code", arg)}, nil
	}
	return e.completeLink(ctx, c, l, p, p.Chat, p.Title, c.Chat, c.ChatTitle, false)
}

// completeLink points a group's admin notes at a log chat with the code p
// taken, once the person who asked for the code is the one completing it
// and is an admin of both (of the group, and of the log chat unless it is
// their private chat with the bot, ownDirect). When the platform cannot
// say, p is put back for a retry.
func (e *Engine) completeLink(ctx context.Context, c Command, l Lang, p *LinkCode, group, groupTitle, logChat, logTitle string, ownDirect bool) (Reply, error) {
	if p.User != c.User {
		return Reply{Text: say(l, "link-other-person")}, nil
	}
	if group == logChat {
		e.keepLinkCode(ctx, c, p)
		return Reply{Text: say(l, "link-same-chat")}, nil
	}
	other := group
	if other == c.Chat {
		other = logChat
	}
	if ownDirect && other == logChat {
		return e.storeLink(ctx, c, l, group, groupTitle, logChat, logTitle)
	}
	if c.AdminOf == nil {
		return Reply{Text: say(l, "admin-anonymous")}, nil
	}
	ok, err := c.AdminOf(ctx, other)
	if err != nil {
		e.log.Warn("link: admin check failed", LogChat, other, LogUser, c.User, LogErr, err)
		// the answer says to try again: the code, taken, is put back
		// for the rest of its time
		e.keepLinkCode(ctx, c, p)
		return Reply{Text: say(l, "link-unverified")}, nil
	}
	if !ok {
		e.count(c.Platform).refused.Add(1)
		return Reply{Text: say(l, "link-not-admin"), Refused: true}, nil
	}
	return e.storeLink(ctx, c, l, group, groupTitle, logChat, logTitle)
}

// keepLinkCode puts back a code its own asker took (p may be nil) in a
// try that linked nothing: the retry (the right command, the other chat,
// after a failed check) finds it for the rest of its time. It reports
// whether p was the asker's own code.
func (e *Engine) keepLinkCode(ctx context.Context, c Command, p *LinkCode) bool {
	if p == nil || p.User != c.User {
		return false // none taken: another user's code stays where it is
	}
	if _, err := e.store.PutLinkCode(ctx, *p, e.now(c)); err != nil {
		e.log.Warn("link: the code could not be kept for a retry", LogUser, c.User, LogErr, err)
	}
	return true
}

// storeLink stores a verified link.
func (e *Engine) storeLink(ctx context.Context, c Command, l Lang, group, groupTitle, logChat, logTitle string) (Reply, error) {
	k := ChatKey{Platform: c.Platform, Chat: group}
	err := e.changeSettings(ctx, c, k, "link "+group+" → "+logChat, func(s *ChatSettings) {
		s.LogChat, s.LogTitle = logChat, logTitle
		if groupTitle != "" {
			s.Title = groupTitle
		}
	})
	if err != nil {
		return Reply{Text: say(l, "failed")}, err
	}
	return Reply{Text: say(l, "linked", nameOr(groupTitle, group), nameOr(logTitle, logChat))}, nil
}
