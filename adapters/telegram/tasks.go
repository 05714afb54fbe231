package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/adapters/taskrun"
	"github.com/immunebot/immune/bot"
)

// DeleteWindow is how long after it was sent Telegram lets a bot delete a
// message in a group: tasks from the outbox older than that are dropped.
const DeleteWindow = 48 * time.Hour

// newRunner builds the runner that carries out the engine's tasks.
func (a *Adapter) newRunner() *taskrun.Runner {
	return taskrun.New(taskrun.Options{
		Platform: bot.Telegram,
		Do:       a.doTask,
		Done: func(ctx context.Context, ids ...string) error {
			return a.engine.Done(ctx, bot.Telegram, ids...)
		},
		Lang: func(t *bot.Task) bot.Lang {
			return a.engine.ChatSettings(context.Background(), bot.ChatKey{Platform: bot.Telegram, Chat: t.Chat}).Lang
		},
		DeleteMany: a.deleteMany,
		Policy:     bot.ResumePolicy{DeleteWindow: DeleteWindow, NoticeTTL: a.opts.NoticeTTL},
		FloodAt:    a.opts.FloodAt,
		RetryBase:  a.opts.RetryBase,
		RetryMax:   a.opts.RetryMax,
		Now:        a.opts.Now,
		Sleep:      a.opts.Sleep,
		Log:        a.log,
		Meter:      a.opts.Meter,
	})
}

// resume queues the tasks a previous run left in the outbox.
func (a *Adapter) resume(ctx context.Context) {
	ts, err := a.engine.Pending(ctx, bot.Telegram)
	if err != nil {
		a.log.Error("telegram: could not read the outbox; tasks left from before the start wait for the next one", keyErr, err.Error())
		return
	}
	if len(ts) == 0 {
		return
	}
	queued, dropped := a.run.Resume(ctx, ts)
	a.log.Info("telegram: resuming tasks left from before the start", "queued", queued, "dropped", dropped)
}

// adoptOrphans runs until ctx is done on a store replicas share: every
// AdoptEvery it queues the outbox's tasks decided more than AdoptAfter ago
// that this replica is not carrying out (the runner skips those it has),
// so that a replica that stops for good, or is stuck, leaves no delete
// undone. A delete or a mute carried out twice is harmless.
func (a *Adapter) adoptOrphans(ctx context.Context) {
	t := time.NewTicker(a.opts.AdoptEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		ts, err := a.engine.Pending(ctx, bot.Telegram)
		if err != nil {
			if ctx.Err() == nil {
				a.log.Warn("telegram: could not read the outbox for tasks other replicas left", keyErr, err.Error())
			}
			continue
		}
		cut := a.opts.Now().Add(-a.opts.AdoptAfter)
		old := ts[:0]
		for _, t := range ts {
			if t.Time.Before(cut) {
				old = append(old, t)
			}
		}
		if len(old) > 0 && ctx.Err() == nil {
			queued, dropped := a.run.Resume(ctx, old)
			a.log.Debug("telegram: outbox tasks looked at for other replicas", "queued", queued, "dropped", dropped)
		}
	}
}

// doTask makes one attempt at a task. It never waits out a rate limit or
// an outage: the runner does, holding back only what must wait.
func (a *Adapter) doTask(ctx context.Context, t *bot.Task) taskrun.Outcome {
	chat, err := strconv.ParseInt(t.Chat, 10, 64)
	if err != nil {
		a.log.Error("telegram: a task names a chat that is not a Telegram chat id; dropped", keyChat, t.Chat, keyAction, string(t.Action))
		return taskrun.Outcome{Done: true}
	}
	switch t.Action {
	case bot.ActDelete:
		id, err := strconv.Atoi(t.Message)
		if err != nil {
			a.log.Error("telegram: a task names a message that is not Telegram's; dropped", keyChat, chat, "message", t.Message)
			return taskrun.Outcome{Done: true}
		}
		return a.outcome(ctx, chat, "delete", a.deleteOnce(ctx, chat, id))
	case bot.ActRestrict:
		p, ok := a.restrictParams(chat, t.User, t.Until)
		if !ok {
			return taskrun.Outcome{Done: true}
		}
		_, err := a.once(ctx, "restrictChatMember", p)
		if err == nil {
			a.log.Info("telegram member restricted", keyChat, chat, keyUser, t.User, "until", t.Until.UTC().Format(time.RFC3339))
		}
		return a.outcome(ctx, chat, "restrict", err)
	case bot.ActWarn, bot.ActNotifyAdmins:
		o := outgoing{}
		if t.Action == bot.ActWarn {
			o.replyTo, _ = strconv.Atoi(t.Message)
		}
		o.thread, _ = strconv.Atoi(t.Thread)
		var p tgbotapi.Params
		var ok bool
		if t.Action == bot.ActNotifyAdmins {
			p, ok = a.noteParams(ctx, chat, t, o)
		} else {
			p, ok = a.sendParams(chat, t.Text, o, string(t.Action))
		}
		if !ok {
			return taskrun.Outcome{Done: true}
		}
		raw, err := a.once(ctx, "sendMessage", p)
		if err == nil {
			a.recordSent(ctx, t, chat, raw)
		}
		return a.outcome(ctx, chat, string(t.Action), err)
	}
	a.log.Error("telegram: unknown task dropped", keyChat, chat, keyAction, string(t.Action))
	return taskrun.Outcome{Done: true}
}

// deleteMany deletes several messages of one chat with one deleteMessages
// request: during a flood, one request instead of one a message. Telegram
// skips the messages already gone.
func (a *Adapter) deleteMany(ctx context.Context, ts []bot.Task) taskrun.Outcome {
	chat, err := strconv.ParseInt(ts[0].Chat, 10, 64)
	if err != nil {
		a.log.Error("telegram: a task names a chat that is not a Telegram chat id; dropped", keyChat, ts[0].Chat, keyAction, "delete")
		return taskrun.Outcome{Done: true}
	}
	ids := make([]int, 0, len(ts))
	for _, t := range ts {
		if id, err := strconv.Atoi(t.Message); err == nil {
			ids = append(ids, id)
		}
	}
	b, _ := json.Marshal(ids)
	_, err = a.once(ctx, "deleteMessages", tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10), "message_ids": string(b)})
	var ae *APIError
	switch {
	case err == nil:
		a.log.Debug("telegram messages deleted", keyChat, chat, "count", len(ids))
	case errors.As(err, &ae) && !ae.Temporary():
		a.log.Warn("telegram refused to delete messages", keyChat, chat, "count", len(ids), keyErr, err.Error())
	}
	return a.outcome(ctx, chat, "delete", err)
}

// deleteOnce makes one deleteMessage request and logs what came of it; a
// message already gone counts as deleted.
func (a *Adapter) deleteOnce(ctx context.Context, chat int64, id int) error {
	_, err := a.once(ctx, "deleteMessage", tgbotapi.Params{"chat_id": strconv.FormatInt(chat, 10), "message_id": strconv.Itoa(id)})
	var ae *APIError
	switch {
	case err == nil:
		a.log.Info("telegram message deleted", keyChat, strconv.FormatInt(chat, 10), keyMessage, strconv.Itoa(id), keyAction, "delete")
	case errors.As(err, &ae) && ae.gone():
		a.log.Info("telegram message already gone", keyChat, strconv.FormatInt(chat, 10), keyMessage, strconv.Itoa(id))
		return nil
	case errors.As(err, &ae) && !ae.Temporary():
		a.log.Warn("telegram refused to delete a message", keyChat, strconv.FormatInt(chat, 10), keyMessage, strconv.Itoa(id), keyErr, err.Error())
	}
	return err
}

// outcome turns the error of one attempt into the runner's terms: done
// when it worked or was refused for good, else the wait Telegram asked
// for (zero for the runner's backoff).
func (a *Adapter) outcome(ctx context.Context, chat int64, action string, err error) taskrun.Outcome {
	if err == nil {
		return taskrun.Outcome{Done: true}
	}
	var ae *APIError
	if errors.As(err, &ae) && !ae.Temporary() {
		if action != "delete" {
			a.logRefusal(ctx, chat, action, "", err)
		} else {
			a.rightsProblem(ctx, chat)
		}
		return taskrun.Outcome{Done: true, Failed: true}
	}
	if ctx.Err() != nil {
		return taskrun.Outcome{}
	}
	a.log.Warn("telegram request failed, will retry", keyChat, chat, keyAction, action, keyErr, err.Error())
	if ae != nil {
		return taskrun.Outcome{RetryAfter: ae.RetryAfter}
	}
	return taskrun.Outcome{}
}
