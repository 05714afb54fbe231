package discord

import "github.com/immunebot/immune/bot"

// The attribute keys of the adapter's log lines: the shared ones of
// package bot, whose chat and user values read "discord:<id>", and the
// adapter's own.
const (
	keyChat    = bot.LogChat    // discord:<channel id>
	keyUser    = bot.LogUser    // discord:<user id>
	keyAction  = bot.LogAction  // what the adapter did or tried
	keyMessage = bot.LogMessage // Discord message id
	keyErr     = bot.LogErr
	keyGuild   = "guild" // Discord server id
	keyCode    = "code"  // Discord's JSON error code
)

// tag returns a channel or user id as the shared keys' values read.
func tag(id string) string { return string(bot.Discord) + ":" + id }
