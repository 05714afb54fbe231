package discord

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

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

// discordgo logs through one package-level hook, discordgo.Logger. The
// adapter sets it once to forward discordgo's warnings and errors (gateway
// read errors, failed reconnects) to the logger of the latest adapter, with
// that adapter's token blanked out should it ever appear.
var (
	dgSink  atomic.Pointer[dgTarget]
	dgHook  sync.Once
	dgLevel = map[int]slog.Level{discordgo.LogError: slog.LevelError, discordgo.LogWarning: slog.LevelWarn}
)

type dgTarget struct {
	log   *slog.Logger
	token string
}

func routeDiscordgoLog(log *slog.Logger, token Token) {
	dgSink.Store(&dgTarget{log: log, token: string(token)})
	dgHook.Do(func() {
		discordgo.Logger = func(level, _ int, format string, a ...any) {
			t := dgSink.Load()
			lvl, ok := dgLevel[level]
			if t == nil || !ok {
				return
			}
			msg := strings.TrimSpace(fmt.Sprintf(format, a...))
			if t.token != "" {
				msg = strings.ReplaceAll(msg, t.token, "[redacted]")
			}
			t.log.Log(context.Background(), lvl, "discordgo: "+msg)
		}
	})
}
