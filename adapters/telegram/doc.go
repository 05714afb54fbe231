// Package telegram connects immune to Telegram groups through the Bot API.
// It is the only package that imports the Telegram library
// (github.com/go-telegram-bot-api/telegram-bot-api/v5).
//
// An Adapter takes updates by long polling getUpdates in its own
// context-aware loop, or from a webhook, turns each message into a
// bot.Message, runs it through the engine and carries out the decision:
// it deletes the message, replies with the warning, restricts the sender,
// notifies the admin log and sweeps a hijacked account's earlier copies out
// of the other chats. It answers the engine's commands (/status, /mode warn,
// /allow example.com, also as /status@botname), checking who is an admin
// with getChatMember.
//
// Work is queued per chat: one goroutine serves each chat that has work, in
// order, so a group that Telegram rate-limits waits on its own while the
// others go on. Requests that hit a rate limit wait retry_after and try
// again; server errors and network failures back off exponentially; a
// request the Bot API refuses for good (a message already gone, missing
// rights) is logged once and dropped. When Run's context ends, the adapter
// stops taking updates, finishes every queued action (bounded by
// Options.DrainTimeout) and returns.
//
// The token is part of every request URL. It is scrubbed from every error
// this package returns or logs.
package telegram
