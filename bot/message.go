package bot

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Platform names the chat platform a message came from.
type Platform string

// The platforms immune speaks to.
const (
	Telegram Platform = "telegram"
	Discord  Platform = "discord"
)

// Valid reports whether p is a platform immune knows.
func (p Platform) Valid() bool { return p == Telegram || p == Discord }

// Message is one chat message, or an edit of one, as every adapter hands it to
// the engine. Time is the engine's clock for this message.
type Message struct {
	ID       string   // unique within Chat; an edit reuses it
	Platform Platform // where it was posted
	Chat     string   // Telegram group or Discord channel
	// Group is the Discord server (guild) the channel belongs to; empty on
	// Telegram. Settings and lists of a Discord server are kept per Group.
	Group    string
	User     string // sender's account id on Platform
	UserName string // sender's display name
	// Handle is the sender's public username on the platform, without
	// the @ (Telegram's @username), if it has one: admins name accounts
	// by it.
	Handle      string
	Time        time.Time // when it was sent or edited
	MemberSince time.Time // when the sender joined the chat; zero if unknown
	IsAdmin     bool      // the sender is an admin of the chat
	// AskAdmin, when set, answers whether the sender is an admin for an
	// adapter that does not know yet (IsAdmin is then false): it may wait
	// on the platform. The engine asks only when the answer would change
	// its decision (a restriction; a deletion or warning under the
	// "report" admin policy; an admin note, which says when the sender
	// is an admin), so that a message the answer would not change is
	// never held up by it.
	AskAdmin      func(ctx context.Context) bool
	Text          string    // text or caption
	Links         []LinkRef // links carried outside the text
	Attachments   []Attachment
	Edited        bool   // an edit of message ID
	ForwardedFrom string // origin of a forwarded message, if any
	// Thread is the forum topic the message is in, where the platform
	// needs it named to answer there; notices about the message go to it.
	Thread string

	// ChatTitle is the chat's title as the platform shows it (a Telegram
	// group's title, "#channel (server)" on Discord), for admin notes.
	ChatTitle string
	// Lang is the sender's language as the platform tells it (Telegram
	// language_code), any code; empty if unknown. Chats take the
	// language most of their recent senders use, until an admin sets one.
	Lang Lang
	// ChatLang is the language the platform says the chat prefers (a
	// Discord server's preferred locale); empty if none. It wins over
	// the senders' languages.
	ChatLang Lang
	// SightingsFrom, when set, is the earliest sighting the engine may read
	// for this message (fan-out and sweep): those before it count as
	// forgotten whether or not the store has pruned them yet. immune scan
	// sets it from the stream's time (the latest message time read, less
	// the store's sighting retention), so that a line whose own time lies
	// hours before the lines ahead of it (an edit) sees the same sightings
	// wherever the store's commits, which prune, happen to fall. Zero: the
	// windows alone bound what is read.
	SightingsFrom time.Time
}

// The times of a message the engine judges lie from EarliestTime to before
// LatestTime: a mute ending a configured while later, a strike and its
// expiry all stay times a store can hold. A message outside them is
// refused (ErrBadMessage).
var (
	EarliestTime = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	LatestTime   = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)
)

// MaxIDLen is the longest message, chat, group or user id the engine
// accepts, in bytes. Platform ids are numbers of at most 20 digits.
const MaxIDLen = 256

// CheckTime reports an error, naming the field, for a time outside
// EarliestTime..LatestTime. The zero time (not known) is fine.
func CheckTime(field string, t time.Time) error {
	if t.IsZero() || !t.Before(EarliestTime) && t.Before(LatestTime) {
		return nil
	}
	return fmt.Errorf("%s %s is outside the years %d to %d", field, t.Format(time.RFC3339), EarliestTime.Year(), LatestTime.Year()-1)
}

// LinkRef is a link the platform carries beside the text: a Telegram
// text_link entity or inline button, a Discord masked link, embed or button.
// Text is what the reader sees; URL is where a click goes.
type LinkRef struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Attachment is a file sent with a message.
type Attachment struct {
	Name string `json:"name"`
	MIME string `json:"mime"`
	Size int64  `json:"size"`
}

// Account returns the key of the message's sender.
func (m *Message) Account() AccountKey { return AccountKey{Platform: m.Platform, User: m.User} }

// Ref returns the reference that names this message for deletion.
func (m *Message) Ref() MessageRef {
	return MessageRef{Platform: m.Platform, Chat: m.Chat, ID: m.ID}
}

// Scope returns the key under which the settings and lists of the message's
// chat are kept: the Discord server, or the Telegram group.
func (m *Message) Scope() ChatKey {
	if m.Group != "" {
		return ChatKey{Platform: m.Platform, Chat: m.Group}
	}
	return ChatKey{Platform: m.Platform, Chat: m.Chat}
}

// AccountKey names one account on one platform.
type AccountKey struct {
	Platform Platform
	User     string
}

// String returns "platform:user".
func (k AccountKey) String() string { return string(k.Platform) + ":" + k.User }

// ParseAccountKey reads the form String writes.
func ParseAccountKey(s string) (AccountKey, bool) {
	p, u, ok := strings.Cut(s, ":")
	if !ok || u == "" || !Platform(p).Valid() {
		return AccountKey{}, false
	}
	return AccountKey{Platform: Platform(p), User: u}, true
}

// ChatKey names one chat (or Discord server) on one platform.
type ChatKey struct {
	Platform Platform
	Chat     string
}

// String returns "platform:chat".
func (k ChatKey) String() string { return string(k.Platform) + ":" + k.Chat }

// MessageRef names one message so that an adapter can delete it.
type MessageRef struct {
	Platform Platform
	Chat     string
	ID       string
}
