package discord

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/immunebot/immune/adapters/taskrun"
	"github.com/immunebot/immune/bot"
)

// DeleteWindow is how long a decided deletion is tried, through rate
// limits, outages and restarts. Discord lets a bot delete a message of any
// age; past two weeks a message of a threat long over is not worth more
// tries.
const DeleteWindow = 14 * 24 * time.Hour

// newRunner builds the runner that carries out the engine's tasks.
func (a *Adapter) newRunner() *taskrun.Runner {
	return taskrun.New(taskrun.Options{
		Platform: bot.Discord,
		Do:       a.doTask,
		Done: func(ctx context.Context, ids ...string) error {
			return a.engine.Done(ctx, bot.Discord, ids...)
		},
		Lang: func(t *bot.Task) bot.Lang {
			scope := t.Group
			if scope == "" {
				scope = a.guildOf(t.Chat)
			}
			if scope == "" {
				scope = t.Chat
			}
			return a.engine.ChatSettings(context.Background(), bot.ChatKey{Platform: bot.Discord, Chat: scope}).Lang
		},
		DeleteMany: a.deleteMany,
		Policy:     bot.ResumePolicy{DeleteWindow: DeleteWindow, NoticeTTL: a.opts.NoticeTTL},
		FloodAt:    a.opts.FloodAt,
		Backoff:    a.opts.Backoff,
		Now:        a.opts.Now,
		Sleep:      a.opts.Sleep,
		Log:        a.log,
		Meter:      a.opts.Meter,
	})
}

// guildOf returns the server of a channel the state knows, or "".
func (a *Adapter) guildOf(ch string) string {
	c, err := a.s.State.Channel(ch)
	if err != nil {
		return ""
	}
	return c.GuildID
}

// resume queues the tasks a previous run left in the outbox.
func (a *Adapter) resume(ctx context.Context) {
	ts, err := a.engine.Pending(ctx, bot.Discord)
	if err != nil {
		a.log.Error("discord could not read the outbox; tasks left from before the start wait for the next one", keyErr, err.Error())
		return
	}
	ts = a.ownTasks(ts)
	if len(ts) == 0 {
		return
	}
	queued, dropped := a.run.Resume(ctx, ts)
	a.log.Info("discord resuming tasks left from before the start", "queued", queued, "dropped", dropped)
}

// ownTasks keeps the tasks of this shard's servers. Shards may run in
// processes of their own that share one store, and each resumes only its
// own servers' tasks: a server's shard is (server id >> 22) mod
// ShardCount, as Discord assigns them. A task of no known server goes to
// shard 0.
func (a *Adapter) ownTasks(ts []bot.Task) []bot.Task {
	if a.opts.ShardCount <= 1 {
		return ts
	}
	own := ts[:0:0]
	for _, t := range ts {
		if shardOf(t.Group, a.opts.ShardCount) == a.opts.ShardID {
			own = append(own, t)
		}
	}
	return own
}

// shardOf is the shard of the server with the given id, 0 for none.
func shardOf(guild string, count int) int {
	id, err := strconv.ParseUint(guild, 10, 64)
	if err != nil {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// doTask makes one attempt at a task, bounded by Options.CallTimeout. It
// never waits out a rate limit or an outage itself: the runner does,
// holding back only what must wait.
func (a *Adapter) doTask(ctx context.Context, t *bot.Task) taskrun.Outcome {
	ctx, cancel := context.WithTimeout(ctx, a.opts.CallTimeout)
	defer cancel()
	ch := t.Chat
	var what string
	var fn func(...discordgo.RequestOption) error
	switch t.Action {
	case bot.ActDelete:
		what = "delete"
		fn = func(o ...discordgo.RequestOption) error { return a.s.ChannelMessageDelete(ch, t.Message, o...) }
	case bot.ActRestrict:
		what = "timeout"
		guild := t.Group
		if guild == "" {
			guild = a.guildOf(ch)
		}
		until, ok := a.timeoutEnd(t.Until)
		if guild == "" || !ok {
			a.log.Info("discord timeout not applied: its server is unknown or it is over", keyChat, tag(ch), keyUser, tag(t.User))
			return taskrun.Outcome{Done: true}
		}
		// a hijacked account's timeout is one per server, however many
		// of its channels the account spread to
		key := guild + "/" + t.User + "/" + until.Format(time.RFC3339)
		if !a.timedOut.claim(key) {
			return taskrun.Outcome{Done: true}
		}
		fn = func(o ...discordgo.RequestOption) error {
			err := a.s.GuildMemberTimeout(guild, t.User, &until, o...)
			if err != nil {
				a.timedOut.release(key)
			}
			return err
		}
	case bot.ActWarn, bot.ActNotifyAdmins:
		what = "notice"
		replyTo := ""
		if t.Action == bot.ActNotifyAdmins {
			what = "admin note"
		} else if !t.Deleted {
			replyTo = t.Message
		}
		msg := sendable(ch, t.Group, t.Text, replyTo)
		if t.Action == bot.ActNotifyAdmins {
			msg = a.noteMessage(ctx, t)
		}
		fn = func(o ...discordgo.RequestOption) error {
			sent, err := a.s.ChannelMessageSendComplex(ch, msg, o...)
			if err == nil {
				a.recordSent(ctx, t, sent)
			}
			return err
		}
	default:
		a.log.Error("discord unknown task dropped", keyChat, tag(ch), keyAction, string(t.Action))
		return taskrun.Outcome{Done: true}
	}
	err := fn(discordgo.WithContext(ctx))
	if err == nil {
		a.log.Info("discord "+what+" done", keyChat, tag(ch), keyMessage, t.Message, keyAction, what)
		return taskrun.Outcome{Done: true}
	}
	ce, wait := translate(what, err)
	if errors.Is(ce, ErrRefused) {
		a.failed(ce, what, ch, keyMessage, t.Message)
		// a message deleted already is no failure
		return taskrun.Outcome{Done: true, Failed: errorCode(ce) != codeUnknownMessage}
	}
	a.log.Warn("discord "+what+" failed, will retry", keyChat, tag(ch), keyMessage, t.Message, keyAction, what, keyErr, ce.Error())
	return taskrun.Outcome{RetryAfter: wait}
}

// bulkAge is the age past which Discord refuses to bulk delete a
// message (two weeks), less a margin for clock skew.
const bulkAge = 13 * 24 * time.Hour

// deleteMany deletes several messages of one channel: those young enough
// with one bulk-delete request, an older one on its own (Discord refuses a
// bulk delete naming a message older than two weeks).
func (a *Adapter) deleteMany(ctx context.Context, ts []bot.Task) taskrun.Outcome {
	var young []string
	for i := range ts {
		if a.now().Sub(ts[i].Time) < bulkAge {
			young = append(young, ts[i].Message)
			continue
		}
		if out := a.doTask(ctx, &ts[i]); !out.Done {
			return out
		}
	}
	if len(young) == 0 {
		return taskrun.Outcome{Done: true}
	}
	if len(young) == 1 {
		t := bot.Task{ID: "delete/" + ts[0].Chat + "/" + young[0], Platform: bot.Discord, Action: bot.ActDelete, Chat: ts[0].Chat, Message: young[0]}
		return a.doTask(ctx, &t)
	}
	ctx, cancel := context.WithTimeout(ctx, a.opts.CallTimeout)
	defer cancel()
	ch := ts[0].Chat
	err := a.s.ChannelMessagesBulkDelete(ch, young, discordgo.WithContext(ctx))
	if err == nil {
		a.log.Info("discord messages deleted", keyChat, tag(ch), "count", len(young), keyAction, "delete")
		return taskrun.Outcome{Done: true}
	}
	ce, wait := translate("bulk delete", err)
	if errors.Is(ce, ErrRefused) {
		a.failed(ce, "bulk delete", ch)
		return taskrun.Outcome{Done: true, Failed: true}
	}
	a.log.Warn("discord bulk delete failed, will retry", keyChat, tag(ch), "count", len(young), keyErr, ce.Error())
	return taskrun.Outcome{RetryAfter: wait}
}

// timeoutEnd is when a timeout until the given time ends within Discord's
// 28 days, to the second; false if it is over.
func (a *Adapter) timeoutEnd(until time.Time) (time.Time, bool) {
	now := a.now()
	if !until.After(now) {
		return time.Time{}, false
	}
	if until.Sub(now) > maxTimeout {
		until = now.Add(maxTimeout)
	}
	return until.UTC().Truncate(time.Second), true
}

// claims remembers keys claimed, up to a bound past which it forgets them
// all: enough to apply a hijacked account's timeout once per server.
type claims struct {
	mu sync.Mutex
	m  map[string]bool
}

// claim reports whether key was not claimed yet, and claims it.
func (c *claims) claim(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m[key] {
		return false
	}
	if c.m == nil || len(c.m) >= 4096 {
		c.m = make(map[string]bool)
	}
	c.m[key] = true
	return true
}

// release forgets a claim, so that the key can be claimed again.
func (c *claims) release(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, key)
}
