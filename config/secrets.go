package config

import (
	"log/slog"
	"os"
	"strings"
)

// The environment variables secrets come from.
const (
	EnvTelegramToken = "IMMUNE_TELEGRAM_TOKEN"
	EnvDiscordToken  = "IMMUNE_DISCORD_TOKEN"
	EnvWebhookSecret = "IMMUNE_TELEGRAM_WEBHOOK_SECRET"
	// EnvStoreURL is the PostgreSQL connection URL, which may hold a
	// password.
	EnvStoreURL = "IMMUNE_STORE_URL"
	// EnvBackupToken, when set, is the token the operator endpoint's
	// /backup asks for (Authorization: Bearer TOKEN); immune backup sends
	// it.
	EnvBackupToken = "IMMUNE_BACKUP_TOKEN"
)

// secretHint says where a secret goes instead, for an unknown key of the
// file that looks like one ("telegram.token"); "" for any other key.
func secretHint(key string) string {
	key = strings.ToLower(key)
	table, name, _ := strings.Cut(key, ".")
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		name = key[i+1:]
	}
	if !strings.Contains(name, "token") && !strings.Contains(name, "secret") && !strings.Contains(name, "pass") && !strings.Contains(name, "key") {
		return ""
	}
	env := ""
	switch {
	case table == "telegram" && strings.Contains(name, "secret"):
		env = EnvWebhookSecret
	case table == "telegram":
		env = EnvTelegramToken
	case table == "discord":
		env = EnvDiscordToken
	case table == "store":
		env = EnvStoreURL
	case table == "http":
		env = EnvBackupToken
	case strings.HasPrefix(table, "feeds"):
		return ": secrets are never read from the file; write a feed's key into its url as ${VAR} and set VAR in the environment"
	default:
		return ": secrets are never read from the file; they come from the environment"
	}
	return ": secrets are never read from the file; set " + env + " in the environment"
}

// Secret is a token that must never be printed or logged: its String,
// GoString, LogValue and MarshalText all redact it. Reveal returns it.
type Secret struct{ v string }

// Reveal returns the secret itself, for the one place that sends it.
func (s Secret) Reveal() string { return s.v }

// Set reports whether there is a secret.
func (s Secret) Set() bool { return s.v != "" }

// String redacts the secret.
func (s Secret) String() string {
	if s.v == "" {
		return ""
	}
	return "[redacted]"
}

// GoString redacts the secret.
func (s Secret) GoString() string { return s.String() }

// LogValue redacts the secret in slog output.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText redacts the secret.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Secrets are the credentials read from the environment.
type Secrets struct {
	TelegramToken Secret
	DiscordToken  Secret
	WebhookSecret Secret
	StoreURL      Secret
	BackupToken   Secret
}

// ReadSecrets reads the secrets from the environment.
func ReadSecrets() Secrets {
	get := func(k string) Secret { return Secret{strings.TrimSpace(os.Getenv(k))} }
	return Secrets{TelegramToken: get(EnvTelegramToken), DiscordToken: get(EnvDiscordToken), WebhookSecret: get(EnvWebhookSecret),
		StoreURL: get(EnvStoreURL), BackupToken: get(EnvBackupToken)}
}

// NewSecret wraps a value as a Secret (for tests and for flags).
func NewSecret(v string) Secret { return Secret{v} }
