package bot

import (
	"context"
	"crypto/rand"
	"encoding/base32"
	"encoding/binary"
	"time"
)

// Case is one decision about one message as admins see it: what was
// judged, why, what was done, and what admins did about it since (the
// buttons under an admin note, /why, /audit). The engine opens a case for
// every decision it audits.
type Case struct {
	ID        string     // NewCaseID: unique, sorts in time order
	Time      time.Time  // the message's time
	Scope     ChatKey    // the chat (or Discord server) whose settings and lists apply
	Message   MessageRef // the message judged
	ChatTitle string     // the chat's title as the platform showed it, if known
	Account   AccountKey // its sender
	UserName  string     // the sender's display name
	Excerpt   string     // the message's text, defanged and trimmed
	Level     Level
	Score     float64
	Reasons   []Reason
	Actions   []Action
	// Domains are the registrable domains (or hosts) of the suspect links:
	// what "Not a threat" allows and "Block domain everywhere" blocks.
	Domains       []string
	RestrictUntil time.Time // when ActRestrict ends
	// Refs are the bot's own messages about the case (the notice in the
	// chat, the admin note in the log chat), so that /why answers a reply
	// to one of them.
	Refs    []MessageRef
	Presses []Press // what admins did about it, oldest first
	// Note is the admin note as first sent, in the chat's language; the
	// note shown after a press is Note with a line for each press.
	Note string
}

// Pressed returns the press of a button on the case, if there was one.
func (c *Case) Pressed(b ButtonAction) (Press, bool) {
	for _, p := range c.Presses {
		if p.Action == b {
			return p, true
		}
	}
	return Press{}, false
}

// ButtonAction names a button under an admin note.
type ButtonAction string

// The buttons under an admin note.
const (
	// BtnNotThreat allows the case's domains in its chat, takes back the
	// strike, lifts the mute and the hijacked mark.
	BtnNotThreat ButtonAction = "not_a_threat"
	// BtnRepost posts the deleted text again, defanged and attributed,
	// after BtnNotThreat.
	BtnRepost ButtonAction = "repost"
	// BtnBan bans the sender from the case's chat (server).
	BtnBan ButtonAction = "ban"
	// BtnBlockEverywhere puts the case's domains on the global block list;
	// for the bot's operators only.
	BtnBlockEverywhere ButtonAction = "block_everywhere"
)

// Press is one button pressed on a case, as recorded.
type Press struct {
	Action ButtonAction
	By     AccountKey
	ByName string
	Time   time.Time
}

// Cases stores cases.
type Cases interface {
	// PutCase stores c under c.ID, replacing an earlier case with that ID,
	// and indexes it by its scope, its message and its Refs.
	PutCase(ctx context.Context, c Case) error
	// Case returns the case with the id, or ErrNotFound.
	Case(ctx context.Context, id string) (Case, error)
	// CaseFor returns the newest case whose message, or one of whose
	// Refs, is ref; or ErrNotFound.
	CaseFor(ctx context.Context, ref MessageRef) (Case, error)
	// RecentCases returns up to limit cases of a scope (all for limit <=
	// 0), newest first: of those whose ids sort below before (all when
	// before is empty), the newest skip are left out. A page that starts
	// below an id stays where it is however many cases come after.
	RecentCases(ctx context.Context, scope ChatKey, before string, skip, limit int) ([]Case, error)
	// CountCases returns how many cases of a scope are on record (those
	// whose ids sort below before, when it is not empty), without reading
	// them, counting no further than limit (all for limit <= 0): a busy
	// chat's whole history is not walked for a number that reads "more
	// than limit".
	CountCases(ctx context.Context, scope ChatKey, before string, limit int) (int, error)
}

// CaseMarks records what happens to a case after it was opened. Each
// method is atomic: concurrent calls, from one process or several sharing
// the store, never lose an update.
type CaseMarks interface {
	// AddCaseRef adds ref to the Refs of the case id; ErrNotFound if there
	// is no such case.
	AddCaseRef(ctx context.Context, id string, ref MessageRef) error
	// PressCase records p on the case id unless a press of the same action
	// is recorded already. It returns the case as it is afterwards and
	// whether p was recorded; ErrNotFound if there is no such case.
	PressCase(ctx context.Context, id string, p Press) (Case, bool, error)
}

// caseIDEncoding writes case ids: lower-case base32hex, whose alphabet is
// in ASCII order, so that ids compare as their bytes do.
var caseIDEncoding = base32.NewEncoding("0123456789abcdefghijklmnopqrstuv").WithPadding(base32.NoPadding)

// NewCaseID returns a new id for a case decided at t: 20 characters, the
// time in nanoseconds then 32 random bits, so that ids sort in time order
// as strings and fit in a Telegram button's 64 bytes of callback data.
func NewCaseID(t time.Time) string {
	var b [12]byte
	binary.BigEndian.PutUint64(b[:8], caseNanos(t))
	_, _ = rand.Read(b[8:])
	return caseIDEncoding.EncodeToString(b[:])
}

// CaseIDFloor returns the smallest id a case decided at t or later can
// have: stores forget the cases older than t by comparing ids with it.
func CaseIDFloor(t time.Time) string {
	var b [12]byte
	binary.BigEndian.PutUint64(b[:8], caseNanos(t))
	return caseIDEncoding.EncodeToString(b[:])
}

// ValidCaseID reports whether s has the form of a case id.
func ValidCaseID(s string) bool {
	if len(s) != 20 {
		return false
	}
	_, err := caseIDEncoding.DecodeString(s)
	return err == nil
}

func caseNanos(t time.Time) uint64 {
	if n := t.UnixNano(); t.Year() >= 1970 && t.Year() < 2262 && n > 0 {
		return uint64(n)
	}
	if t.Year() >= 2262 {
		return 1<<63 - 1
	}
	return 0
}
