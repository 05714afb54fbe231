package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/immunebot/immune/adapters/discord"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

// startDiscord builds the Discord adapter from the [discord] section and
// the token in IMMUNE_DISCORD_TOKEN. It connects nothing: Run does.
func startDiscord(_ context.Context, c *config.Config, s config.Secrets, engine *bot.Engine, m bot.Meter, log *slog.Logger) (platform, error) {
	return discord.New(discord.Options{
		Token:       discord.Token(s.DiscordToken.Reveal()),
		APIURL:      c.Discord.APIURL,
		ShardID:     c.Discord.ShardID,
		ShardCount:  c.Discord.ShardCount,
		CallTimeout: time.Duration(c.Discord.CallTimeout),
		NoticeTTL:   time.Duration(c.Policy.NoticeTTL),
		FloodAt:     c.Policy.FloodNotices,
		Meter:       m,
	}, engine, log.With("platform", "discord"))
}
