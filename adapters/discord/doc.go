// Package discord puts immune into Discord servers. It is the only package
// that imports discordgo.
//
// An Adapter opens a gateway session with the Guilds, Guild Messages and
// Message Content intents, turns MESSAGE_CREATE and MESSAGE_UPDATE events
// into bot.Message values (masked links, embeds' links and link buttons
// become Links; attachments keep their name, type and size), runs them
// through the engine and carries out the decision: delete, a notice that
// pings nobody, a timeout, a note to the admin-log channel and the deletion
// of a hijacked account's earlier copies.
//
// Events are judged by a goroutine for each channel that has events
// waiting, so that one channel's events keep their order and a channel
// waiting on Discord (an interaction's answer rate limited) holds up
// neither the gateway connection nor the other channels; a channel with
// Options.Backlog events waiting leaves the next ones unjudged, and so
// does, past Options.TotalBacklog events waiting in all channels, the
// channel with the most waiting; the log says so, and NotJudged counts
// them. Messages are left out before interactions: an admin's command
// takes the place of its channel's newest message. At most Options.Judging channels are judged at once (during an
// outage of the store or the REST API, not goroutines for every channel);
// the others wait their turn, and while they wait the goroutines take
// turns. Actions are queued per channel, so that a
// flooded channel does not hold up the others. The
// engine's tasks come from the outbox (adapters/taskrun): a deletion is
// tried through rate limits and outages until it is done, for up to
// DeleteWindow, and Run carries out every queued action before it returns
// (for at most Options.DrainTimeout).
//
// Every REST call carries a context bounded by Options.CallTimeout. A rate
// limit is waited out after Discord's retry_after however long (and never
// counts as a failed try), 5xx and network errors are retried after
// Options.Backoff, and refusals (unknown message, missing permissions,
// missing access, unknown channel) are logged once and never retried. A
// limiter in the REST transport holds every call back during a global rate
// limit (the "global" flag, X-RateLimit-Global, or a 429 without per-route
// headers, a proxy's included, whose body it makes one discordgo reads) and
// once Options.MaxFailed invalid requests were made within FailWindow, far
// from the 10,000 at which Discord bans the bot's address. discordgo reconnects and resumes the
// gateway session after a dropped connection, a RECONNECT (op 7) or an
// INVALID_SESSION (op 9); when heartbeat ACKs go unread it closes the
// connection itself with code 1000, which ends the session: it identifies
// anew and the events not yet read are not replayed. That is why intake
// never makes the gateway reader wait (intake.go).
//
// The REST base is chosen by an http.Client transport that rewrites
// requests for discord.com (Options.APIURL), so that a REST proxy or a test
// fake can stand in; the gateway address comes from the REST API.
//
// Admins steer immune with one slash command, /immune, whose subcommands
// are the engine's commands; members can use the message context-menu
// commands "Check with immune" and "Report to admins". Answers are
// ephemeral. Settings are a whole server's, so who may change them is
// decided from the member's server-level permissions (the owner, or
// Administrator, Manage Server or Manage Messages from a server role),
// never from the interaction's, which a channel's overwrites can grant; a
// pardon acts in the other servers where the member is such an admin too.
package discord
