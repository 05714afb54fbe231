package main

import (
	"context"
	"errors"
	"log/slog"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

// startDiscord builds the Discord adapter.
func startDiscord(ctx context.Context, c *config.Config, s config.Secrets, engine *bot.Engine, log *slog.Logger) (platform, error) {
	return nil, errors.New("the Discord adapter is not wired yet")
}
