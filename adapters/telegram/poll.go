package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// poll takes updates by long polling until ctx is done. The library's
// GetUpdatesChan is not used: it cannot be stopped while a request waits,
// and it ignores retry_after.
//
// An update counts as taken once a later getUpdates names an offset past
// it, and poll names no offset past an update still being judged, with
// one exception: when a whole page of updates taken already comes back
// (pollLimit, from the first still being judged), poll goes past it, or
// one chat waiting on Telegram (a reply waiting out a rate limit) would
// hold up every other chat's updates. It does not go past them while one
// chat has more than Options.ChatBacklog less a page of updates waiting
// to be judged: then every chat's intake waits, as it did before, and
// the memory one stuck chat takes stays bounded; but for no longer than
// Options.BacklogHold, after which poll goes past them again until that
// chat's queue is short (a call may be retried for 48 hours, and Telegram
// keeps an update not taken for 24 only). An answer that brings
// back an update still being judged is not asked for again at once: poll
// waits, for at most a second, for the lowest to be handled, so that a
// chat that waits on Telegram costs one getUpdates a second, not a loop
// of requests for the same page. Once the queues are drained, Run
// confirms the updates handled with one short getUpdates (confirmPolled),
// so that a restart does not see them again.
func (a *Adapter) poll(ctx, actx context.Context) error {
	// getUpdates fails while a webhook is set; a bot moved from webhook
	// mode to polling needs it removed
	if _, err := a.call(ctx, "deleteWebhook", tgbotapi.Params{}); err != nil && ctx.Err() == nil {
		a.log.Warn("telegram: could not remove a webhook", keyErr, err.Error())
	}
	allowed, _ := json.Marshal(allowedUpdates)
	offset, confirmed := 0, 0
	full := false    // the last answer was a page of updates taken already
	holding := false // a chat's backlog keeps polling from going past a page
	var heldSince time.Time
	overHeld := false // the hold outlasted Options.BacklogHold: go past until the queue is short
	passed := 0       // pages gone past since the log last said so
	var passedSaid time.Time
	backoff := a.opts.RetryBase
	var fatal error
	for ctx.Err() == nil {
		params := tgbotapi.Params{
			"timeout":         strconv.Itoa(int(a.opts.PollTimeout / time.Second)),
			"allowed_updates": string(allowed),
			"limit":           strconv.Itoa(pollLimit),
		}
		// confirm only the updates handled: one still being judged is
		// asked for again, and a.seen keeps it from being handled twice.
		// Judging takes milliseconds: wait that long for the last batch,
		// so that the next poll seldom brings it back
		a.pending.settle(ctx, settleFor)
		ask := a.confirmable(offset)
		if full && ask < offset {
			// the same page again would bring nothing new; going past it
			// could bring a page more for a chat whose backlog is full
			if chat, n := a.q.longest(); n+pollLimit > a.opts.ChatBacklog {
				if !holding && !overHeld {
					holding, heldSince = true, a.opts.Now()
					a.log.Warn("telegram: a chat has too many updates waiting to be judged; polling takes no more updates, in any chat, until its queue is shorter",
						keyChat, strconv.FormatInt(chat, 10), "waiting", n, "backlog", a.opts.ChatBacklog)
				}
				if held := a.opts.Now().Sub(heldSince); holding && held < a.opts.BacklogHold {
					// nothing is asked meanwhile: the answer would be
					// the same page
					a.pending.waitHandled(ctx, ask, time.Second)
					continue
				} else if holding {
					// the chat is stuck for longer than a rate limit
					// lasts: every other chat has waited long enough,
					// and Telegram keeps updates for 24 hours only
					holding, overHeld = false, true
					a.log.Error("telegram: a chat's updates held polling for too long; polling goes past them again so that other chats' updates are judged, and that chat's queue grows past its backlog",
						keyChat, strconv.FormatInt(chat, 10), "waiting", n, "backlog", a.opts.ChatBacklog, "held", held.Round(time.Second))
				}
			} else if holding || overHeld {
				holding, overHeld = false, false
				a.log.Info("telegram: polling takes updates again; the longest queue is short enough", keyChat, strconv.FormatInt(chat, 10), "waiting", n, "backlog", a.opts.ChatBacklog)
			}
			// said once a minute at most: a chat stuck for an hour in a
			// busy group passes a page every few seconds
			if passed++; a.opts.Now().Sub(passedSaid) >= passedEvery {
				a.log.Warn("telegram: polling goes past updates still being judged, so that other chats' updates are not held up; a restart before they are judged would not see them again",
					"first_unjudged", ask, "offset", offset, "pages", passed)
				passed, passedSaid = 0, a.opts.Now()
			}
			ask = offset
		}
		full = false
		if ask > 0 {
			params["offset"] = strconv.Itoa(ask)
		}
		raw, err := a.call(ctx, "getUpdates", params)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			var ae *APIError
			if errors.As(err, &ae) && (ae.Code == http.StatusUnauthorized || ae.Code == http.StatusNotFound) {
				fatal = fmt.Errorf("telegram: %w: %w", ErrTokenRejected, err)
				break
			}
			// 409 Conflict (another instance polls, or a webhook was set
			// again), or a refusal that may pass: wait and try again
			a.log.Error("telegram: getUpdates refused", keyErr, err.Error(), "wait", backoff)
			if a.opts.Sleep(ctx, backoff) != nil {
				break
			}
			backoff = min(backoff*2, a.opts.RetryMax)
			continue
		}
		backoff = a.opts.RetryBase
		confirmed = max(confirmed, ask)
		var raws []json.RawMessage
		if err := json.Unmarshal(raw, &raws); err != nil {
			a.log.Error("telegram: getUpdates answer unreadable", keyErr, err.Error())
			if a.opts.Sleep(ctx, a.opts.RetryMax) != nil {
				break
			}
			continue
		}
		fresh := 0
		for _, r := range raws {
			u, err := decodeUpdate(r)
			if u.UpdateID >= offset {
				offset = u.UpdateID + 1
				fresh++
			}
			if err != nil {
				a.log.Warn("telegram: update skipped", keyErr, err.Error())
				continue
			}
			a.dispatch(u, nil)
		}
		switch {
		case fresh == 0 && len(raws) >= pollLimit:
			// a whole page, all taken already: the updates after it come
			// only with an offset past it
			full = true
		case fresh < len(raws):
			// updates still being judged came back: wait for the lowest
			// to be handled rather than ask again at once for the same
			// page (with at most a few new updates on it)
			a.pending.waitHandled(ctx, ask, time.Second)
		}
	}
	a.polled.Store(int64(offset))
	a.confirmed.Store(int64(confirmed))
	return fatal
}

// pollLimit is how many updates one getUpdates brings at most: the Bot
// API's own limit, asked for by name so that poll knows a full page.
const pollLimit = 100

// passedEvery is how often at most poll says that it goes past pages of
// updates still being judged, with how many it went past since it last
// said so.
const passedEvery = time.Minute

// settleFor is how long poll waits for the updates it took to be judged
// before it asks for more.
const settleFor = 20 * time.Millisecond

// confirmable is the offset to send: next, or the lowest update not yet
// handled if that is lower.
func (a *Adapter) confirmable(next int) int {
	if low, ok := a.pending.lowest(); ok && low < next {
		return low
	}
	return next
}

// confirmPolled tells Telegram, once the queues are drained, that the
// updates handled are taken, so that a restart does not see them again;
// an update left unjudged (the drain timed out) is not confirmed, and the
// next start gets it, unless polling went past it already (poll).
func (a *Adapter) confirmPolled(actx context.Context) {
	to := a.confirmable(int(a.polled.Load()))
	if to <= int(a.confirmed.Load()) {
		return
	}
	cctx, cancel := context.WithTimeout(context.WithoutCancel(actx), a.opts.CallTimeout)
	defer cancel()
	params := tgbotapi.Params{"offset": strconv.Itoa(to), "limit": "1", "timeout": "0"}
	if _, err := a.once(cctx, "getUpdates", params); err != nil {
		a.log.Warn("telegram: could not confirm the last updates; they may be seen again after a restart", keyErr, err.Error())
	}
}
