package telegram

import "github.com/immunebot/immune/bot"

// The attribute keys of the adapter's log lines. Ids are logged as strings,
// so that a JSON log keeps every digit of a 64-bit id.
const (
	keyChat    = "chat"
	keyUser    = "user"
	keyAction  = "action"
	keyMethod  = "method"
	keyMessage = "message"
	keyReasons = "reasons"
	keyErr     = "err"
)

// reasonCodes lists a verdict's reason codes, for the log.
func reasonCodes(v *bot.Verdict) []string {
	out := make([]string, 0, len(v.Reasons))
	for _, r := range v.Reasons {
		out = append(out, string(r.Code))
	}
	return out
}

// actionNames lists actions, for the log.
func actionNames(as []bot.Action) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = string(a)
	}
	return out
}
