package discord

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

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

// adminPerms are the permissions that make a member an admin for immune.
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
	ref := bot.MessageRef{Platform: bot.Discord, Chat: m.ChannelID, ID: m.ID}
	if m.Author != nil && m.Member != nil {
		msg.IsAdmin = a.isAdmin(m)
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
	a.execute(&msg, &d)
	ids := make([]string, len(d.Tasks))
	for i := range d.Tasks {
		ids[i] = d.Tasks[i].ID
	}
	if err := a.engine.Done(ctx, bot.Discord, ids...); err != nil {
		a.log.Error("discord: could not mark tasks done", keyErr, err.Error())
	}
}

// isAdmin reports whether the author of a message may steer immune in its
// channel: Administrator or Manage Messages, from the server's roles and
// the channel's overwrites in state and the member's roles in the message.
func (a *Adapter) isAdmin(m *discordgo.Message) bool {
	perms, err := a.s.State.MessagePermissions(m)
	if err != nil {
		return false
	}
	return perms&adminPerms != 0
}

// execute queues the actions of a decision, each in the queue of the
// channel it acts in.
func (a *Adapter) execute(m *bot.Message, d *bot.Decision) {
	if len(d.Actions) == 0 {
		return
	}
	ch := m.Chat
	log := a.log.With(keyChat, tag(ch), keyUser, tag(m.User), keyMessage, m.ID)
	log.Info("discord decision", keyAction, fmt.Sprint(d.Actions), "verdict", d.Verdict.Level.String(), "score", d.Verdict.Score, "sweep", len(d.Sweep))
	deleted := d.Has(bot.ActDelete)
	if deleted {
		a.queueDelete(ch, m.ID, 0)
	}
	if d.Has(bot.ActWarn) && d.Notice != "" {
		replyTo := ""
		if !deleted {
			replyTo = m.ID
		}
		notice := d.Notice
		if !a.q.push(ch, job{what: "notice", notice: true, run: func(ctx context.Context) { a.send(ctx, "notice", ch, m.Group, notice, replyTo) }}) {
			log.Info("discord notice dropped: channel backlogged", keyAction, "notice")
		}
	}
	if d.Has(bot.ActRestrict) && m.Group != "" {
		until := d.RestrictUntil
		a.q.push(ch, job{what: "timeout", run: func(ctx context.Context) { a.timeout(ctx, m.Group, ch, m.User, until) }})
		// A hijacked account is timed out in every server it spread to.
		done := map[string]bool{m.Group: true}
		for _, other := range d.RestrictChats {
			c, err := a.s.State.Channel(other)
			if err != nil || c.GuildID == "" || done[c.GuildID] {
				continue
			}
			done[c.GuildID] = true
			guild, och := c.GuildID, other
			a.q.push(och, job{what: "timeout", run: func(ctx context.Context) { a.timeout(ctx, guild, och, m.User, until) }})
		}
	}
	if d.Has(bot.ActNotifyAdmins) && d.AdminNote != "" {
		to := d.LogChat
		if to == "" {
			to = ch
		}
		note := d.AdminNote
		a.q.push(to, job{what: "admin note", run: func(ctx context.Context) { a.send(ctx, "admin note", to, "", note, "") }})
	}
	for _, r := range d.Sweep {
		if r.Platform != bot.Discord || r.Chat == "" || r.ID == "" {
			continue
		}
		a.queueDelete(r.Chat, r.ID, 0)
	}
}

// queueDelete queues the deletion of one message.
func (a *Adapter) queueDelete(ch, id string, round int) {
	a.q.push(ch, job{what: "delete", run: func(ctx context.Context) { a.deleteMessage(ctx, ch, id, round) }})
}

// deleteMessage deletes one message. When the call gives up on a rate
// limit or an outage, the deletion goes to the back of the channel's queue
// again, up to Options.DeleteRounds times, so that a decided deletion is
// not lost to a long rate limit or an outage.
func (a *Adapter) deleteMessage(ctx context.Context, ch, id string, round int) {
	err := a.call(ctx, "delete", func(o ...discordgo.RequestOption) error {
		return a.s.ChannelMessageDelete(ch, id, o...)
	})
	if errors.Is(err, ErrGaveUp) && round+1 < a.opts.DeleteRounds && ctx.Err() == nil {
		a.log.Warn("discord delete queued again", keyChat, tag(ch), keyMessage, id, keyAction, "delete", "round", round+2, keyErr, err.Error())
		a.queueDelete(ch, id, round+1)
		return
	}
	if err != nil {
		a.failed(err, "delete", ch, keyMessage, id)
		return
	}
	a.log.Info("discord message deleted", keyChat, tag(ch), keyMessage, id, keyAction, "delete")
}

// send posts a message that pings nobody; replyTo, when set, is the
// message it answers.
func (a *Adapter) send(ctx context.Context, what, ch, guild, text, replyTo string) {
	msg := &discordgo.MessageSend{Content: clip(text), AllowedMentions: noPings()}
	if replyTo != "" {
		keep := false
		msg.Reference = &discordgo.MessageReference{MessageID: replyTo, ChannelID: ch, GuildID: guild, FailIfNotExists: &keep}
	}
	err := a.call(ctx, what, func(o ...discordgo.RequestOption) error {
		_, err := a.s.ChannelMessageSendComplex(ch, msg, o...)
		return err
	})
	if err != nil {
		a.failed(err, what, ch)
	}
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

// clip keeps a text within Discord's message length.
func clip(s string) string {
	r := []rune(s)
	if len(r) <= maxContent {
		return s
	}
	return string(r[:maxContent-1]) + "…"
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
