package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/bot"
)

// maxTimeout is the longest timeout Discord accepts (28 days), less a
// margin for clock skew.
const maxTimeout = 28*24*time.Hour - time.Minute

// maxContent is the longest message Discord accepts, in characters.
const maxContent = 2000

// noPings lets a message mention nobody: not @everyone, not a role, not a
// user, not the author of the message it replies to.
func noPings() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, RepliedUser: false}
}

// adminPerms are the permissions that make a member a moderator of a
// channel (the interaction's permissions, overwrites included): not enough
// to change a server's settings (serverAdminPerms), only to be told why.
const adminPerms = discordgo.PermissionAdministrator | discordgo.PermissionManageMessages

// handleMessage judges one message or edit and queues the actions decided.
func (a *Adapter) handleMessage(ctx context.Context, m *discordgo.Message, edited bool) {
	if m.WebhookID != "" || (m.Author != nil && (m.Author.Bot || m.Author.System || m.Author.ID == a.self())) {
		return
	}
	if !edited && looksEmpty(m) && a.emptyWarned.CompareAndSwap(false, true) {
		a.log.Warn("discord message arrived with no content: the Message Content intent is probably not enabled for this bot in the Developer Portal (Bot, Privileged Gateway Intents), so links cannot be seen",
			keyChat, tag(m.ChannelID), keyMessage, m.ID)
	}
	at := m.Timestamp
	if edited && m.EditedTimestamp != nil {
		at = *m.EditedTimestamp
	}
	if at.IsZero() {
		at = a.now()
	}
	msg := toMessage(m, at, edited)
	msg.ChatTitle = a.channelTitle(m.ChannelID)
	if g, err := a.s.State.Guild(m.GuildID); err == nil {
		msg.ChatLang = bot.Lang(g.PreferredLocale)
	}
	ref := bot.MessageRef{Platform: bot.Discord, Chat: m.ChannelID, ID: m.ID}
	if m.Author != nil && m.Member != nil {
		var known bool
		msg.IsAdmin, known = a.isAdmin(m)
		if !known {
			// The server's roles have not arrived yet (just after start,
			// or while Discord has the server unavailable): ask the REST
			// API, but only if the decision depends on it.
			guild, user, roles := m.GuildID, m.Author.ID, m.Member.Roles
			msg.AskAdmin = func(ctx context.Context) bool { return a.serverAdmin(ctx, guild, user, roles) }
		}
	}
	if prev, ok := a.recent.get(ref); ok {
		// updates may be partial: fill in what this one leaves out
		if msg.User == "" {
			msg.User, msg.UserName = prev.user, prev.name
		}
		if m.Member == nil {
			msg.MemberSince, msg.IsAdmin = prev.since, prev.admin
		}
		if m.Attachments == nil {
			msg.Attachments = prev.attachments
		}
	}
	if msg.User == "" {
		a.log.Debug("discord update without an author skipped", keyChat, tag(m.ChannelID), keyMessage, m.ID)
		return
	}
	if msg.User == a.self() {
		return
	}
	a.recent.put(ref, sender{user: msg.User, name: msg.UserName, since: msg.MemberSince, admin: msg.IsAdmin, attachments: msg.Attachments})

	d, err := a.engine.Handle(ctx, &msg)
	if errors.Is(err, bot.ErrBadMessage) {
		a.log.Warn("discord message not judged", keyChat, tag(msg.Chat), keyMessage, msg.ID, keyErr, err.Error())
		return
	}
	if err != nil {
		a.log.Error("store failed; acting on the decision anyway", keyChat, tag(msg.Chat), keyUser, tag(msg.User), keyErr, err.Error())
	}
	if len(d.Actions) > 0 {
		// one line with everything an operator looks for: chat, message,
		// account and why, ids as strings
		codes := make([]string, len(d.Verdict.Reasons))
		for i, r := range d.Verdict.Reasons {
			codes[i] = string(r.Code)
		}
		a.log.Info("discord decision", keyChat, tag(msg.Chat), keyMessage, msg.ID, keyUser, tag(msg.User), keyGuild, msg.Group,
			"reasons", codes, keyAction, fmt.Sprint(d.Actions), "verdict", d.Verdict.Level.String(), "score", d.Verdict.Score,
			"sweep", len(d.Sweep), "case", d.Case)
	}
	// the tasks are in the outbox: the runner carries them out, deletes
	// first, and never holds up the next event
	a.run.Add(d.Tasks...)
}

// isAdmin reports whether the author of a message is one of the server's
// admins (the admin policy applies to their messages): Administrator,
// Manage Server or Manage Messages from the server's roles, from state and
// the member's roles in the message. A moderator of one channel is not.
// known is false when state does not hold the server's roles yet, and
// admin is then only a guess.
func (a *Adapter) isAdmin(m *discordgo.Message) (admin, known bool) {
	g, err := a.s.State.Guild(m.GuildID)
	if err != nil || len(g.Roles) == 0 || m.Member == nil {
		return false, m.Member == nil
	}
	return basePermissions(g, m.Author.ID, m.Member.Roles)&serverAdminPerms != 0, true
}

// send posts a message that pings nobody; replyTo, when set, is the
// message it answers.
func (a *Adapter) send(ctx context.Context, what, ch, guild, text, replyTo string) {
	msg := sendable(ch, guild, text, replyTo)
	err := a.call(ctx, what, func(o ...discordgo.RequestOption) error {
		_, err := a.s.ChannelMessageSendComplex(ch, msg, o...)
		return err
	})
	if err != nil {
		a.failed(err, what, ch)
	}
}

// sendable is a message that pings nobody; replyTo, when set, is the
// message it answers, and it is sent all the same if that one is gone.
func sendable(ch, guild, text, replyTo string) *discordgo.MessageSend {
	msg := &discordgo.MessageSend{Content: content(text), AllowedMentions: noPings()}
	if replyTo != "" {
		keep := false
		msg.Reference = &discordgo.MessageReference{MessageID: replyTo, ChannelID: ch, GuildID: guild, FailIfNotExists: &keep}
	}
	return msg
}

// timeout times a member out until the given time, within Discord's 28
// days; a zero until lifts the timeout.
func (a *Adapter) timeout(ctx context.Context, guild, ch, user string, until time.Time) {
	var at *time.Time
	what := "timeout"
	if !until.IsZero() {
		now := a.now()
		if !until.After(now) {
			return
		}
		if until.Sub(now) > maxTimeout {
			until = now.Add(maxTimeout)
		}
		until = until.UTC().Truncate(time.Second)
		at = &until
	} else {
		what = "lift timeout"
	}
	err := a.call(ctx, what, func(o ...discordgo.RequestOption) error {
		return a.s.GuildMemberTimeout(guild, user, at, o...)
	})
	if err != nil {
		a.failed(err, what, ch, keyGuild, guild, keyUser, tag(user))
		return
	}
	a.log.Info("discord member "+what, keyGuild, guild, keyUser, tag(user), keyAction, what, "until", until)
}

// failed logs a failed action once: permission problems once per channel
// and kind, at warning, with what to fix; a message already gone at
// debug; everything else at error.
func (a *Adapter) failed(err error, what, ch string, attrs ...any) {
	code := errorCode(err)
	args := append([]any{keyChat, tag(ch), keyAction, what, keyCode, code, keyErr, err.Error()}, attrs...)
	switch code {
	case codeUnknownMessage:
		a.log.Debug("discord message already gone", args...)
	case codeMissingPermissions, codeMissingAccess:
		if _, dup := a.warnedOnce.LoadOrStore(fmt.Sprint(ch, "/", what, "/", code), struct{}{}); dup {
			a.log.Debug("discord action refused", args...)
			return
		}
		hint := "give the bot Manage Messages, Moderate Members, Send Messages, View Channel and Read Message History here (a timeout also needs the bot's role above the member's)"
		a.log.Warn("discord refused the action for lack of permissions: "+hint, args...)
	case codeUnknownChannel, codeUnknownMember:
		a.log.Info("discord action target gone", args...)
	default:
		a.log.Error("discord action failed", args...)
	}
}

// content is a text as a message's content: markdown escaped
// (escapeMarkdown), within Discord's message length. The joiner that
// bot.ShowName puts after the @ of "@name" is for Telegram, which makes
// such text a mention; Discord mentions only by <@id>, which
// escapeMarkdown escapes with @everyone and @here, so it is taken out.
//
// A text too long is cut before it is escaped, not after: what
// escapeMarkdown leaves unescaped may depend on what follows it (an _
// before a letter), and a cut after escaping could leave it at the end,
// before the "…", where it formats.
func content(text string) string {
	text = strings.ReplaceAll(text, "@\u200d", "@")
	s := escapeMarkdown(text)
	if utf8.RuneCountInString(s) <= maxContent {
		return s
	}
	r := []rune(text)
	n := min(len(r), maxContent-1)
	for {
		s = escapeMarkdown(string(r[:n]) + "…")
		over := utf8.RuneCountInString(s) - maxContent
		if over <= 0 {
			return s
		}
		n -= over
	}
}

// sender is what the adapter remembers of a recent message's author, for
// edits that arrive without it.
type sender struct {
	user, name  string
	since       time.Time
	admin       bool
	attachments []bot.Attachment
}

// recentCache remembers the senders of recent messages, up to a bound.
type recentCache struct {
	mu sync.Mutex
	m  map[bot.MessageRef]sender
}

const maxRecent = 1 << 14

func (c *recentCache) get(ref bot.MessageRef) (sender, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[ref]
	return s, ok
}

func (c *recentCache) put(ref bot.MessageRef, s sender) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxRecent {
		c.m = make(map[bot.MessageRef]sender)
	}
	c.m[ref] = s
}
