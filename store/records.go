package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/immunebot/immune/bot"
)

// Offender records, records of judged messages, audit entries and sightings
// are written in the binary form of codec.go; the other records are JSON of
// the record structs below, never of the bot types: bot types carry tags for
// other uses (bot.Reason hides Subject, Imitates and Weight from `immune
// scan` output) and may change shape, while these field names are the file
// format. A change to them is a schema migration. The JSON forms of
// offender records and audit entries, written by earlier versions, still
// decode.

type accountRec struct {
	Platform string `json:"platform"`
	User     string `json:"user"`
}

type messageRec struct {
	Platform string `json:"platform"`
	Chat     string `json:"chat"`
	ID       string `json:"id"`
}

type offenderRec struct {
	Account          accountRec  `json:"account"`
	Name             string      `json:"name,omitempty"`
	Strikes          []time.Time `json:"strikes,omitempty"`
	Compromised      bool        `json:"compromised,omitempty"`
	CompromisedSince time.Time   `json:"compromised_since,omitzero"`
	Evidence         string      `json:"evidence,omitempty"`
	RestrictedUntil  time.Time   `json:"restricted_until,omitzero"`
	Restricted       []string    `json:"restricted,omitempty"`
	Chats            []string    `json:"chats,omitempty"`
	Groups           []string    `json:"groups,omitempty"`
	LastSeen         time.Time   `json:"last_seen,omitzero"`
	Pardons          []pardonRec `json:"pardons,omitempty"`
}

type pardonRec struct {
	Scope string    `json:"scope"`
	Time  time.Time `json:"time"`
}

type sightingRec struct {
	Account     accountRec `json:"account"`
	Fingerprint string     `json:"fingerprint"` // schema 1 and 2: one a record
	Message     messageRec `json:"message"`
	Group       string     `json:"group,omitempty"`
	Time        time.Time  `json:"time"`
}

type chatRec struct {
	Platform string `json:"platform"`
	Chat     string `json:"chat"`
	Mode     string `json:"mode,omitempty"`
	Lang     string `json:"lang,omitempty"`
	LogChat  string `json:"log_chat,omitempty"`
	AutoLang string `json:"auto_lang,omitempty"`
	Title    string `json:"title,omitempty"`
	LogTitle string `json:"log_title,omitempty"`
}

type listRec struct {
	Scope   string    `json:"scope,omitempty"`
	Kind    string    `json:"kind"`
	Value   string    `json:"value"`
	AddedBy string    `json:"added_by,omitempty"`
	AddedAt time.Time `json:"added_at,omitzero"`
}

type reasonRec struct {
	Code     string  `json:"code"`
	Detail   string  `json:"detail,omitempty"`
	Subject  string  `json:"subject,omitempty"`
	Imitates string  `json:"imitates,omitempty"`
	File     string  `json:"file,omitempty"`
	Decoy    string  `json:"decoy,omitempty"`
	Weight   float64 `json:"weight,omitempty"`
}

type auditRec struct {
	Time    time.Time    `json:"time"`
	Message messageRec   `json:"message"`
	Account accountRec   `json:"account"`
	Level   int          `json:"level"`
	Score   float64      `json:"score,omitempty"`
	Reasons []reasonRec  `json:"reasons,omitempty"`
	Actions []string     `json:"actions,omitempty"`
	Sweep   []messageRec `json:"sweep,omitempty"`
	Note    string       `json:"note,omitempty"`
}

type taskRec struct {
	ID       string    `json:"id"`
	Platform string    `json:"platform"`
	Action   string    `json:"action"`
	Chat     string    `json:"chat"`
	Group    string    `json:"group,omitempty"`
	Message  string    `json:"message,omitempty"`
	Thread   string    `json:"thread,omitempty"`
	User     string    `json:"user,omitempty"`
	Until    time.Time `json:"until,omitzero"`
	Text     string    `json:"text,omitempty"`
	Deleted  bool      `json:"deleted,omitempty"`
	Time     time.Time `json:"time"`
	Case     string    `json:"case,omitempty"`
}

func toReasonRec(x bot.Reason) reasonRec {
	return reasonRec{Code: string(x.Code), Detail: x.Detail, Subject: x.Subject, Imitates: x.Imitates,
		File: x.File, Decoy: x.Decoy, Weight: x.Weight}
}

func (x reasonRec) reason() bot.Reason {
	return bot.Reason{Code: bot.Code(x.Code), Detail: x.Detail, Subject: x.Subject, Imitates: x.Imitates,
		File: x.File, Decoy: x.Decoy, Weight: x.Weight}
}

func toAccountRec(k bot.AccountKey) accountRec {
	return accountRec{Platform: string(k.Platform), User: k.User}
}

func (r accountRec) key() bot.AccountKey {
	return bot.AccountKey{Platform: bot.Platform(r.Platform), User: r.User}
}

func toMessageRec(m bot.MessageRef) messageRec {
	return messageRec{Platform: string(m.Platform), Chat: m.Chat, ID: m.ID}
}

func (r messageRec) ref() bot.MessageRef {
	return bot.MessageRef{Platform: bot.Platform(r.Platform), Chat: r.Chat, ID: r.ID}
}

// offenderWithEnds is the format byte of an offender record with
// RestrictedEnds (schema 10): the binary form, then the ends. A record
// without them is written as before, and records of older versions have
// none: each of their mutes ends at RestrictedUntil.
const offenderWithEnds = binaryFormat + 1

// offenderRecord returns a reader of an offender record's binary form,
// with or without its ends (which follow the fields it reads), and
// whether the record has one (a JSON record of schemas 1-5 has not).
func offenderRecord(v []byte) (r *reader, withEnds, ok bool) {
	if r, ok := binaryRecord(v); ok {
		return r, false, true
	}
	if len(v) > 0 && v[0] == offenderWithEnds {
		return &reader{b: v[1:]}, true, true
	}
	return nil, false, false
}

// encodeOffender writes an offender record in the binary form. Like the
// encoders of the other binary records it refuses what the write's checks
// refuse (the binary form could hold it, the rule is the same for every
// backend): a record past them reaches a Commit only through a bug, and
// the Commit drops it.
func encodeOffender(o *bot.Offender) ([]byte, error) {
	n := 64 + len(o.Account.Platform) + len(o.Account.User) + len(o.Name) + len(o.Evidence) + 12*(len(o.Strikes)+len(o.RestrictedEnds))
	for _, l := range [...][]string{o.Restricted, o.Chats, o.Groups} {
		for _, s := range l {
			n += len(s) + 1
		}
	}
	for _, p := range o.Pardons {
		n += len(p.Scope) + 13
	}
	return appendOffender(make([]byte, 0, n), o)
}

// appendOffender appends encodeOffender's form of o to b; b as it was if
// o is refused.
func appendOffender(b []byte, o *bot.Offender) ([]byte, error) {
	if err := checkOffender(o); err != nil {
		return b, err
	}
	if len(o.RestrictedEnds) > 0 {
		b = append(b, offenderWithEnds)
	} else {
		b = append(b, binaryFormat)
	}
	b = appendString(b, string(o.Account.Platform))
	b = appendString(b, o.Account.User)
	b = appendString(b, o.Name)
	b = binary.AppendUvarint(b, uint64(len(o.Strikes)))
	for _, t := range o.Strikes {
		b = appendTimeField(b, t)
	}
	b = appendBool(b, o.Compromised)
	b = appendTimeField(b, o.CompromisedSince)
	b = appendString(b, o.Evidence)
	b = appendTimeField(b, o.RestrictedUntil)
	b = appendStrings(b, o.Restricted)
	b = appendStrings(b, o.Chats)
	b = appendStrings(b, o.Groups)
	b = appendTimeField(b, o.LastSeen)
	b = binary.AppendUvarint(b, uint64(len(o.Pardons)))
	for _, p := range o.Pardons {
		b = appendString(b, p.Scope)
		b = appendTimeField(b, p.Time)
	}
	if len(o.RestrictedEnds) > 0 {
		b = binary.AppendUvarint(b, uint64(len(o.RestrictedEnds)))
		for _, t := range o.RestrictedEnds {
			b = appendTimeField(b, t)
		}
	}
	return b, nil
}

func toPardonRecs(ps []bot.Pardon) []pardonRec {
	if len(ps) == 0 {
		return nil
	}
	out := make([]pardonRec, len(ps))
	for i, p := range ps {
		out[i] = pardonRec{Scope: p.Scope, Time: p.Time}
	}
	return out
}

func fromPardonRecs(rs []pardonRec) []bot.Pardon {
	if len(rs) == 0 {
		return nil
	}
	out := make([]bot.Pardon, len(rs))
	for i, r := range rs {
		out[i] = bot.Pardon{Scope: r.Scope, Time: utc(r.Time)}
	}
	return out
}

func decodeOffender(b []byte) (*bot.Offender, error) {
	r, withEnds, ok := offenderRecord(b)
	if ok {
		o := &bot.Offender{Account: bot.AccountKey{Platform: bot.Platform(r.string()), User: r.string()}, Name: r.string()}
		if n := r.count(); n > 0 {
			o.Strikes = make([]time.Time, n)
			for i := range o.Strikes {
				o.Strikes[i] = r.time()
			}
		}
		o.Compromised = r.bool()
		o.CompromisedSince = r.time()
		o.Evidence = r.string()
		o.RestrictedUntil = r.time()
		o.Restricted = r.strings()
		o.Chats = r.strings()
		o.Groups = r.strings()
		o.LastSeen = r.time()
		if n := r.count(); n > 0 {
			o.Pardons = make([]bot.Pardon, n)
			for i := range o.Pardons {
				o.Pardons[i] = bot.Pardon{Scope: r.string(), Time: r.time()}
			}
		}
		if withEnds {
			if n := r.count(); n > 0 {
				o.RestrictedEnds = make([]time.Time, n)
				for i := range o.RestrictedEnds {
					o.RestrictedEnds[i] = r.time()
				}
			}
		}
		if err := r.done(); err != nil {
			return nil, fmt.Errorf("offender record: %w", err)
		}
		return o, nil
	}
	var j offenderRec
	if err := json.Unmarshal(b, &j); err != nil {
		return nil, err
	}
	return &bot.Offender{
		Account:          j.Account.key(),
		Name:             j.Name,
		Strikes:          utcAll(j.Strikes),
		Compromised:      j.Compromised,
		CompromisedSince: utc(j.CompromisedSince),
		Evidence:         j.Evidence,
		RestrictedUntil:  utc(j.RestrictedUntil),
		Restricted:       j.Restricted,
		Chats:            j.Chats,
		Groups:           j.Groups,
		LastSeen:         utc(j.LastSeen),
		Pardons:          fromPardonRecs(j.Pardons),
	}, nil
}

// Sightings are the records written most (one for nearly every message
// with a link), so they have a compact binary form: a format byte, then the
// strings length-prefixed and the time in Unix nanoseconds. It encodes about
// five times faster than JSON. Records written as JSON (schema 1 and 2)
// still decode.
const sightingFormat = 1

func encodeSighting(s *bot.Sighting) ([]byte, error) {
	n := 48 + len(s.Account.User) + len(s.Message.Chat) + len(s.Message.ID) + len(s.Group)
	for _, f := range s.Fingerprints {
		n += len(f) + 2
	}
	return appendSighting(make([]byte, 0, n), s), nil
}

// appendSighting appends encodeSighting's form of s to b.
func appendSighting(b []byte, s *bot.Sighting) []byte {
	b = append(b, sightingFormat)
	for _, f := range [...]string{string(s.Account.Platform), s.Account.User,
		string(s.Message.Platform), s.Message.Chat, s.Message.ID, s.Group} {
		b = appendString(b, f)
	}
	b = binary.AppendVarint(b, s.Time.UnixNano())
	b = binary.AppendUvarint(b, uint64(len(s.Fingerprints)))
	for _, f := range s.Fingerprints {
		b = appendString(b, f)
	}
	return b
}

func decodeSighting(b []byte) (bot.Sighting, error) {
	if len(b) > 0 && b[0] == '{' {
		var r sightingRec
		if err := json.Unmarshal(b, &r); err != nil {
			return bot.Sighting{}, err
		}
		return bot.Sighting{
			Account:      r.Account.key(),
			Fingerprints: []string{r.Fingerprint},
			Message:      r.Message.ref(),
			Group:        r.Group,
			Time:         utc(r.Time),
		}, nil
	}
	if len(b) == 0 || b[0] != sightingFormat {
		return bot.Sighting{}, errors.New("unknown sighting format")
	}
	r := &reader{b: b[1:]}
	s := bot.Sighting{
		Account: bot.AccountKey{Platform: bot.Platform(r.string()), User: r.string()},
		Message: bot.MessageRef{Platform: bot.Platform(r.string()), Chat: r.string(), ID: r.string()},
		Group:   r.string(),
	}
	s.Time = time.Unix(0, r.varint()).UTC()
	s.Fingerprints = make([]string, r.count())
	for i := range s.Fingerprints {
		s.Fingerprints[i] = r.string()
	}
	// Bytes after the fingerprints were never written; they are not
	// looked at, as before the reader was shared.
	if r.err != nil {
		return bot.Sighting{}, fmt.Errorf("sighting: %w", r.err)
	}
	return s, nil
}

func encodeChat(s *bot.ChatSettings) ([]byte, error) {
	return json.Marshal(chatRec{
		Platform: string(s.Chat.Platform),
		Chat:     s.Chat.Chat,
		Mode:     string(s.Mode),
		Lang:     string(s.Lang),
		LogChat:  s.LogChat,
		AutoLang: string(s.AutoLang),
		Title:    s.Title,
		LogTitle: s.LogTitle,
	})
}

func decodeChat(b []byte) (*bot.ChatSettings, error) {
	var r chatRec
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, err
	}
	return &bot.ChatSettings{
		Chat:     bot.ChatKey{Platform: bot.Platform(r.Platform), Chat: r.Chat},
		Mode:     bot.Mode(r.Mode),
		Lang:     bot.Lang(r.Lang),
		LogChat:  r.LogChat,
		AutoLang: bot.Lang(r.AutoLang),
		Title:    r.Title,
		LogTitle: r.LogTitle,
	}, nil
}

func encodeListEntry(e *bot.ListEntry) ([]byte, error) {
	return json.Marshal(listRec{
		Scope:   e.Scope,
		Kind:    string(e.Kind),
		Value:   e.Value,
		AddedBy: e.AddedBy,
		AddedAt: e.AddedAt,
	})
}

func decodeListEntry(b []byte) (bot.ListEntry, error) {
	var r listRec
	if err := json.Unmarshal(b, &r); err != nil {
		return bot.ListEntry{}, err
	}
	return bot.ListEntry{
		Scope:   r.Scope,
		Kind:    bot.ListKind(r.Kind),
		Value:   r.Value,
		AddedBy: r.AddedBy,
		AddedAt: utc(r.AddedAt),
	}, nil
}

// encodeAudit writes an audit entry in the binary form.
func encodeAudit(e *bot.AuditEntry) ([]byte, error) {
	n := 64 + len(e.Message.Chat) + len(e.Message.ID) + len(e.Account.User) + len(e.Note)
	for i := range e.Reasons {
		x := &e.Reasons[i]
		n += 16 + len(x.Code) + len(x.Detail) + len(x.Subject) + len(x.Imitates) + len(x.File) + len(x.Decoy)
	}
	for _, a := range e.Actions {
		n += 1 + len(a)
	}
	for _, m := range e.Sweep {
		n += 12 + len(m.Chat) + len(m.ID)
	}
	return appendAudit(make([]byte, 0, n), e)
}

// appendAudit appends encodeAudit's form of e to b; b as it was if e is
// refused.
func appendAudit(b []byte, e *bot.AuditEntry) ([]byte, error) {
	if err := checkAudit(e); err != nil {
		return b, err
	}
	b = append(b, binaryFormat)
	b = appendTimeField(b, e.Time)
	b = appendMessage(b, e.Message)
	b = appendString(b, string(e.Account.Platform))
	b = appendString(b, e.Account.User)
	b = binary.AppendVarint(b, int64(e.Level))
	b = appendFloat(b, e.Score)
	b = appendReasons(b, e.Reasons)
	b = appendActions(b, e.Actions)
	b = binary.AppendUvarint(b, uint64(len(e.Sweep)))
	for _, m := range e.Sweep {
		b = appendMessage(b, m)
	}
	return appendString(b, e.Note), nil
}

func appendReasons(b []byte, rs []bot.Reason) []byte {
	b = binary.AppendUvarint(b, uint64(len(rs)))
	for i := range rs {
		x := &rs[i]
		for _, s := range [...]string{string(x.Code), x.Detail, x.Subject, x.Imitates, x.File, x.Decoy} {
			b = appendString(b, s)
		}
		b = appendFloat(b, x.Weight)
	}
	return b
}

func (r *reader) reasons() []bot.Reason {
	n := r.count()
	if n == 0 {
		return nil
	}
	rs := make([]bot.Reason, n)
	for i := range rs {
		rs[i] = bot.Reason{Code: bot.Code(r.string()), Detail: r.string(), Subject: r.string(),
			Imitates: r.string(), File: r.string(), Decoy: r.string(), Weight: r.float()}
	}
	return rs
}

func appendActions(b []byte, as []bot.Action) []byte {
	b = binary.AppendUvarint(b, uint64(len(as)))
	for _, a := range as {
		b = appendString(b, string(a))
	}
	return b
}

func (r *reader) actions() []bot.Action {
	n := r.count()
	if n == 0 {
		return nil
	}
	as := make([]bot.Action, n)
	for i := range as {
		as[i] = bot.Action(r.string())
	}
	return as
}

func appendMessage(b []byte, m bot.MessageRef) []byte {
	b = appendString(b, string(m.Platform))
	b = appendString(b, m.Chat)
	return appendString(b, m.ID)
}

func (r *reader) message() bot.MessageRef {
	return bot.MessageRef{Platform: bot.Platform(r.string()), Chat: r.string(), ID: r.string()}
}

func decodeAudit(b []byte) (bot.AuditEntry, error) {
	if r, ok := binaryRecord(b); ok {
		e := bot.AuditEntry{Time: r.time(), Message: r.message(),
			Account: bot.AccountKey{Platform: bot.Platform(r.string()), User: r.string()},
			Level:   bot.Level(r.varint()), Score: r.float()}
		e.Reasons = r.reasons()
		e.Actions = r.actions()
		if n := r.count(); n > 0 {
			e.Sweep = make([]bot.MessageRef, n)
			for i := range e.Sweep {
				e.Sweep[i] = r.message()
			}
		}
		e.Note = r.string()
		if err := r.done(); err != nil {
			return bot.AuditEntry{}, fmt.Errorf("audit entry: %w", err)
		}
		return e, nil
	}
	var r auditRec
	if err := json.Unmarshal(b, &r); err != nil {
		return bot.AuditEntry{}, err
	}
	e := bot.AuditEntry{
		Time:    utc(r.Time),
		Message: r.Message.ref(),
		Account: r.Account.key(),
		Level:   bot.Level(r.Level),
		Score:   r.Score,
		Note:    r.Note,
	}
	for _, x := range r.Reasons {
		e.Reasons = append(e.Reasons, x.reason())
	}
	for _, a := range r.Actions {
		e.Actions = append(e.Actions, bot.Action(a))
	}
	for _, m := range r.Sweep {
		e.Sweep = append(e.Sweep, m.ref())
	}
	return e, nil
}

// Values handed in are copied, so that a caller changing its slices later
// does not change what the store holds, and values handed out are copied, so
// that a caller cannot change the cache. Times are kept in UTC without a
// monotonic reading, as they read back from the file: a record reads the same
// before and after Commit.

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Round(0)
}

func utcAll(ts []time.Time) []time.Time {
	if len(ts) == 0 {
		return nil
	}
	out := make([]time.Time, len(ts))
	for i, t := range ts {
		out[i] = utc(t)
	}
	return out
}

func cloneStrings(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return slices.Clone(s)
}

// cloneOffenderFrom is cloneOffender for a record that replaces held, the
// record the store holds (nil if none): the lists of strings that did not
// change are shared with it rather than copied. The store never changes a
// record it holds (it hands out copies and takes in new records), so two
// of them may share a list. An account flagged in many chats changes one
// of its lists, if any, with each message.
func cloneOffenderFrom(o, held *bot.Offender) *bot.Offender {
	if held == nil {
		return cloneOffender(o)
	}
	// A list handed back as it was read (bot.OffenderViewer) is the held
	// one itself: known the same without comparing the hundreds of chats a
	// hijacked account may have been muted in.
	same := func(a, b []string) bool {
		return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0] || slices.Equal(a, b))
	}
	restricted, chats, groups := same(o.Restricted, held.Restricted), same(o.Chats, held.Chats), same(o.Groups, held.Groups)
	if !restricted && !chats && !groups {
		return cloneOffender(o)
	}
	c := *o
	c.Restricted, c.Chats, c.Groups = nil, nil, nil
	c = *cloneOffender(&c)
	if restricted {
		c.Restricted = held.Restricted
	} else {
		c.Restricted = cloneStrings(o.Restricted)
	}
	if chats {
		c.Chats = held.Chats
	} else {
		c.Chats = cloneStrings(o.Chats)
	}
	if groups {
		c.Groups = held.Groups
	} else {
		c.Groups = cloneStrings(o.Groups)
	}
	return &c
}

// keptOffender is the record the store holds for o, handed in to be
// kept (DB.KeepOffender): o's slices, each capped at its length, but
// for a list with a time not in the store's form (utc), which is copied.
func keptOffender(o *bot.Offender) *bot.Offender {
	c := *o
	c.Restricted, c.Chats, c.Groups = capped(o.Restricted), capped(o.Chats), capped(o.Groups)
	c.Strikes = keptTimes(o.Strikes)
	c.RestrictedEnds = keptTimes(o.RestrictedEnds)
	c.Pardons = capped(o.Pardons)
	for _, p := range o.Pardons {
		if utc(p.Time) != p.Time {
			c.Pardons = slices.Clone(o.Pardons)
			for i := range c.Pardons {
				c.Pardons[i].Time = utc(c.Pardons[i].Time)
			}
			break
		}
	}
	c.CompromisedSince = utc(o.CompromisedSince)
	c.RestrictedUntil = utc(o.RestrictedUntil)
	c.LastSeen = utc(o.LastSeen)
	return &c
}

// keptTimes is ts capped at its length if each is in the store's form
// (utc), else a copy in that form.
func keptTimes(ts []time.Time) []time.Time {
	for _, t := range ts {
		if utc(t) != t {
			return utcAll(ts)
		}
	}
	return capped(ts)
}

// capped is s capped at its length, or nil if it is empty (as a record
// read from the file has it).
func capped[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s[:len(s):len(s)]
}

// cloneOffender copies a record handed in.
func cloneOffender(o *bot.Offender) *bot.Offender {
	c := copyOffender(o)
	for i, t := range c.Strikes {
		c.Strikes[i] = utc(t)
	}
	c.CompromisedSince = utc(o.CompromisedSince)
	c.RestrictedUntil = utc(o.RestrictedUntil)
	for i, t := range c.RestrictedEnds {
		c.RestrictedEnds[i] = utc(t)
	}
	c.LastSeen = utc(o.LastSeen)
	for i := range c.Pardons {
		c.Pardons[i].Time = utc(c.Pardons[i].Time)
	}
	return &c
}

// copyOffender copies a record the store holds, to hand out. It is done
// for every read and write of a record, so the three lists of strings
// share one allocation, each capped at its length: appending to one never
// writes into the next.
func copyOffender(o *bot.Offender) bot.Offender {
	c := *o
	c.Strikes = nil
	if len(o.Strikes) > 0 {
		c.Strikes = slices.Clone(o.Strikes)
	}
	if n := len(o.Restricted) + len(o.Chats) + len(o.Groups); n > 0 {
		all := make([]string, 0, n)
		c.Restricted, all = carve(all, o.Restricted)
		c.Chats, all = carve(all, o.Chats)
		c.Groups, _ = carve(all, o.Groups)
	} else {
		c.Restricted, c.Chats, c.Groups = nil, nil, nil
	}
	if len(o.Pardons) > 0 {
		c.Pardons = slices.Clone(o.Pardons)
	} else {
		c.Pardons = nil
	}
	c.RestrictedEnds = nil
	if len(o.RestrictedEnds) > 0 {
		c.RestrictedEnds = slices.Clone(o.RestrictedEnds)
	}
	return c
}

// carve copies s to the end of buf and returns the copy, capped at its
// length (nil for an empty s), and buf past it.
func carve(buf, s []string) (cp, rest []string) {
	if len(s) == 0 {
		return nil, buf
	}
	n := len(buf)
	buf = append(buf, s...)
	return buf[n:len(buf):len(buf)], buf[len(buf):]
}

func cloneSighting(s *bot.Sighting) *bot.Sighting {
	c := *s
	c.Time = utc(s.Time)
	c.Fingerprints = slices.Clone(s.Fingerprints)
	return &c
}

func cloneListEntry(e *bot.ListEntry) *bot.ListEntry {
	c := *e
	c.AddedAt = utc(e.AddedAt)
	return &c
}

func cloneAudit(e *bot.AuditEntry) bot.AuditEntry {
	c := *e
	c.Time = utc(e.Time)
	if len(e.Reasons) > 0 {
		c.Reasons = slices.Clone(e.Reasons)
	} else {
		c.Reasons = nil
	}
	if len(e.Actions) > 0 {
		c.Actions = slices.Clone(e.Actions)
	} else {
		c.Actions = nil
	}
	if len(e.Sweep) > 0 {
		c.Sweep = slices.Clone(e.Sweep)
	} else {
		c.Sweep = nil
	}
	return c
}
