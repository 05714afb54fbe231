package bot

import (
	"fmt"
	"time"
)

// Action is one thing an adapter does about a message.
type Action string

// The actions a decision can ask for.
const (
	ActDelete       Action = "delete"        // delete the message
	ActWarn         Action = "warn"          // reply to the chat with Decision.Notice
	ActRestrict     Action = "restrict"      // mute the sender until Decision.RestrictUntil
	ActNotifyAdmins Action = "notify_admins" // send Decision.AdminNote to the admin log
)

// UserState is the sender's record after a message.
type UserState struct {
	Strikes     int  `json:"strikes"`
	Compromised bool `json:"compromised"`
}

// Decision is what the engine decided about one message: the verdict, the
// actions the live bot takes, and the earlier copies to sweep away.
type Decision struct {
	Message MessageRef
	Account AccountKey
	Verdict Verdict
	Actions []Action
	// Sweep lists earlier messages of the sender, in this and other chats,
	// that carried the same link and are to be deleted as well.
	Sweep         []MessageRef
	RestrictUntil time.Time // when ActRestrict ends
	// RestrictChats are further chats where ActRestrict applies: where a
	// hijacked account's swept copies were (on Discord, the servers of
	// those channels).
	RestrictChats []string
	User          UserState
	// Notice is the member-facing warning, in the chat's language, with every
	// link defanged. Set when Actions hold ActWarn or ActDelete.
	Notice string
	// AdminNote is the message for the admin log. Set with ActNotifyAdmins.
	AdminNote string
	// LogChat is the chat that receives admin notes; empty means the
	// message's own chat.
	LogChat string
	// Repeat reports a message judged before (the same platform, chat and
	// id, and the same content): a platform re-sending it, or a second
	// replica receiving it. The verdict is given again, on what is
	// remembered, but nothing is done: no actions, no tasks, no strike and
	// no audit entry.
	Repeat bool
	// Tasks carry out Actions, Sweep and RestrictChats on the platform,
	// urgent ones first. Unless Engine.NoOutbox is set they are in the
	// store's outbox, committed with the decision, until marked done.
	Tasks []Task
	// Case is the id of the case opened about the decision, for the
	// buttons under its admin note and for /why; empty if none.
	Case string

	// fillName: the sender's record lacks the name or username the
	// message tells, and the turn held no account to write them with.
	fillName bool
}

// Has reports whether the decision asks for the action.
func (d *Decision) Has(a Action) bool {
	for _, x := range d.Actions {
		if x == a {
			return true
		}
	}
	return false
}

// Mode is how a chat wants threats handled.
type Mode string

// The chat modes.
const (
	ModeOff    Mode = "off"    // record only, never act
	ModeWarn   Mode = "warn"   // never delete; warn instead
	ModeDelete Mode = "delete" // delete confident threats, warn on unsure ones
)

// ParseMode reads a mode name.
func ParseMode(s string) (Mode, error) {
	switch m := Mode(s); m {
	case ModeOff, ModeWarn, ModeDelete:
		return m, nil
	}
	return "", fmt.Errorf("unknown mode %q (want off, warn or delete)", s)
}

// Lang is the language of member-facing texts.
type Lang string

// The languages immune speaks.
const (
	English    Lang = "en"
	Vietnamese Lang = "vi"
)

// ParseLang reads a language code.
func ParseLang(s string) (Lang, error) {
	switch l := Lang(s); l {
	case English, Vietnamese:
		return l, nil
	}
	return "", fmt.Errorf("unknown language %q (want en or vi)", s)
}

// langNames are the words an admin may type for a language in the lang
// command, as foldWord reads them: its code, its English name and its own
// name ("tiếng việt", "tieng viet" and "Tiếng-Việt" all fold to
// "tiengviet").
var langNames = map[string]Lang{
	"en": English, "english": English, "tienganh": English,
	"vi": Vietnamese, "vietnamese": Vietnamese, "tiengviet": Vietnamese,
}

// LangByName reads a language as an admin would type it: its code ("vi"),
// its English name ("Vietnamese") or its own ("Tiếng Việt"), in any case,
// with or without diacritics, composed or decomposed (as macOS keyboards
// send it), and however spaced or hyphenated.
func LangByName(s string) (Lang, bool) {
	l, ok := langNames[foldWord(s)]
	return l, ok
}

// Name is the language's own name, as status shows it: "English",
// "Tiếng Việt"; an unknown code is shown as it is.
func (l Lang) Name() string {
	switch l {
	case English:
		return "English"
	case Vietnamese:
		return "Tiếng Việt"
	}
	return string(l)
}
