package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/immunebot/immune/adapters/telegram"
	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
)

var _ platform = (*telegram.Adapter)(nil)

// startTelegram builds the Telegram adapter from the [telegram] section and
// the token in the environment. It connects once (getMe), so a rejected
// token fails the start.
func startTelegram(ctx context.Context, c *config.Config, s config.Secrets, engine *bot.Engine, m bot.Meter, log *slog.Logger) (platform, error) {
	t := c.Telegram
	if t.WebhookURL != "" && !s.WebhookSecret.Set() {
		return nil, usageError(fmt.Errorf("telegram.webhook_url is set: set %s in the environment to a random string of letters, digits, _ and - (Telegram sends it back with every update)",
			config.EnvWebhookSecret))
	}
	a, err := telegram.New(telegram.Options{
		Token:         s.TelegramToken.Reveal(),
		APIURL:        t.APIURL,
		WebhookURL:    t.WebhookURL,
		Listen:        t.Listen,
		WebhookSecret: s.WebhookSecret.Reveal(),
		PollTimeout:   time.Duration(t.PollTimeout),
		AdminCache:    time.Duration(t.AdminCache),
		NoticeTTL:     time.Duration(c.Policy.NoticeTTL),
		FloodAt:       c.Policy.FloodNotices,
		Meter:         m,
	}, engine, log.With("platform", "telegram"))
	if errors.Is(err, telegram.ErrTokenRejected) {
		return nil, fmt.Errorf("%w (the token comes from %s)", err, config.EnvTelegramToken)
	}
	if err != nil {
		return nil, err
	}
	return a, nil
}
