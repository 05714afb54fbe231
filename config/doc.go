// Package config reads immune's TOML configuration file.
//
// DefaultConfig gives every default; Load reads a file over them and
// Validate checks the result. Errors name the key and the line it is on,
// and say what is expected. Unknown keys are errors, so that a typo does
// not silently leave a default in place.
//
// Secrets never come from the file: the platform tokens are read from the
// environment (IMMUNE_TELEGRAM_TOKEN, IMMUNE_DISCORD_TOKEN,
// IMMUNE_TELEGRAM_WEBHOOK_SECRET) by Secrets, and Secret values redact
// themselves when printed or logged.
package config
