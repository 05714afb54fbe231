package main

import (
	"context"
	"errors"
	"log/slog"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

// startTelegram builds the Telegram adapter.
func startTelegram(ctx context.Context, c *config.Config, s config.Secrets, engine *bot.Engine, log *slog.Logger) (platform, error) {
	return nil, errors.New("the Telegram adapter is not wired yet")
}
