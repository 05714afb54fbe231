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
// it; at the end, poll confirms the updates it handled with one short
// getUpdates (under actx), so that a restart does not see them again.
func (a *Adapter) poll(ctx, actx context.Context) error {
	// getUpdates fails while a webhook is set; a bot moved from webhook
	// mode to polling needs it removed
	if _, err := a.call(ctx, "deleteWebhook", tgbotapi.Params{}); err != nil && ctx.Err() == nil {
		a.log.Warn("telegram: could not remove a webhook", keyErr, err.Error())
	}
	allowed, _ := json.Marshal(allowedUpdates)
	offset, confirmed := 0, 0
	backoff := a.opts.RetryBase
	var fatal error
	for ctx.Err() == nil {
		params := tgbotapi.Params{
			"timeout":         strconv.Itoa(int(a.opts.PollTimeout / time.Second)),
			"allowed_updates": string(allowed),
		}
		if offset > 0 {
			params["offset"] = strconv.Itoa(offset)
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
		confirmed = offset
		var raws []json.RawMessage
		if err := json.Unmarshal(raw, &raws); err != nil {
			a.log.Error("telegram: getUpdates answer unreadable", keyErr, err.Error())
			if a.opts.Sleep(ctx, a.opts.RetryMax) != nil {
				break
			}
			continue
		}
		for _, r := range raws {
			u, err := decodeUpdate(r)
			if u.UpdateID >= offset {
				offset = u.UpdateID + 1
			}
			if err != nil {
				a.log.Warn("telegram: update skipped", keyErr, err.Error())
				continue
			}
			a.dispatch(u)
		}
	}
	if offset > confirmed {
		cctx, cancel := context.WithTimeout(actx, a.opts.CallTimeout)
		defer cancel()
		params := tgbotapi.Params{"offset": strconv.Itoa(offset), "limit": "1", "timeout": "0"}
		if _, err := a.once(cctx, "getUpdates", params); err != nil {
			a.log.Warn("telegram: could not confirm the last updates; they may be seen again after a restart", keyErr, err.Error())
		}
	}
	return fatal
}
