package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/bot"
)

// maxUpdateSize bounds the body of one webhook request.
const maxUpdateSize = 4 << 20

// serveWebhook registers the webhook with Telegram and serves it until ctx
// is done. The webhook stays registered after a stop, so Telegram keeps
// the updates for the next start.
func (a *Adapter) serveWebhook(ctx, actx context.Context) error {
	allowed, _ := json.Marshal(allowedUpdates)
	params := tgbotapi.Params{
		"url":             a.opts.WebhookURL,
		"secret_token":    a.opts.WebhookSecret,
		"allowed_updates": string(allowed),
	}
	if _, err := a.call(ctx, "setWebhook", params); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("telegram: set webhook: %w", err)
	}
	ln := a.opts.Listener
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", a.opts.Listen); err != nil {
			return fmt.Errorf("telegram: webhook: %w", err)
		}
	}
	srv := &http.Server{
		Handler:           a.WebhookHandler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return actx },
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	a.log.Info("telegram webhook listening", "addr", ln.Addr().String())
	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
		err = fmt.Errorf("telegram: webhook: %w", err)
	}
	sctx, cancel := context.WithTimeout(actx, a.opts.CallTimeout)
	defer cancel()
	if serr := srv.Shutdown(sctx); serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		a.log.Warn("telegram webhook did not shut down cleanly", keyErr, serr.Error())
	}
	return err
}

// WebhookHandler returns the handler of webhook requests: it checks the
// X-Telegram-Bot-Api-Secret-Token header of every request (403 without
// the right one), reads the update, claims it in a store that replicas
// share (Engine.FirstDelivery: one delivered twice is handled once) and
// queues its work. A message is answered once it is judged and its
// decision committed (for at most Options.WebhookWait; then 503, and
// Telegram delivers it again), as durable as polling, which confirms only
// what is handled: a bot killed meanwhile gets the update again.
func (a *Adapter) WebhookHandler() http.Handler {
	secret := []byte(a.opts.WebhookSecret)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("X-Telegram-Bot-Api-Secret-Token"))
		if len(secret) == 0 || subtle.ConstantTimeCompare(got, secret) != 1 {
			http.Error(w, "forbidden", http.StatusForbidden)
			return
		}
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxUpdateSize+1))
		if err != nil || len(body) > maxUpdateSize {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		u, err := decodeUpdate(body)
		if err != nil {
			// answered 200 all the same: Telegram would only send it again
			a.log.Warn("telegram: update skipped", keyErr, err.Error())
			return
		}
		if handled, ok := a.pending.handled(u.UpdateID); ok {
			// delivered again while it is being judged: answered with it
			a.answerHandled(w, r, u.UpdateID, handled)
			return
		}
		// Replicas behind a load balancer share the store: an update
		// Telegram sends again after a timeout may reach another one,
		// which then leaves it to the replica that claimed it first.
		key := strconv.FormatInt(a.botID, 10) + ":" + strconv.Itoa(u.UpdateID)
		if !a.engine.FirstDelivery(r.Context(), bot.Telegram, key, a.opts.Now()) {
			a.log.Debug("telegram: update already handled by another replica", "update", u.UpdateID)
			return
		}
		a.answerHandled(w, r, u.UpdateID, a.dispatch(u))
	})
}

// answerHandled answers a webhook request once its update is handled
// (handled is closed; nil when there is nothing to wait for), or 503 when
// that takes longer than Options.WebhookWait: Telegram then delivers the
// update again, and it is answered once handled.
func (a *Adapter) answerHandled(w http.ResponseWriter, r *http.Request, id int, handled <-chan struct{}) {
	if handled == nil {
		return
	}
	t := time.NewTimer(a.opts.WebhookWait)
	defer t.Stop()
	select {
	case <-handled:
	case <-t.C:
		a.log.Warn("telegram: update not judged in time; Telegram will deliver it again", "update", id, "wait", a.opts.WebhookWait.String())
		http.Error(w, "still being handled; deliver it again", http.StatusServiceUnavailable)
	case <-r.Context().Done():
	}
}
