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
		handled, inFlight, seen := a.taken(u.UpdateID)
		if inFlight {
			// delivered again while it is being judged: answered with it
			a.answerHandled(w, r, u.UpdateID, handled)
			return
		}
		if seen {
			// delivered again once handled: answered 200 whether or not
			// its chat's queue has room, for it waits for nothing, so
			// that Telegram stops delivering it
			a.log.Debug("telegram: update handled already", "update", u.UpdateID)
			return
		}
		// a chat whose queue is full (Options.ChatBacklog) takes no more
		// of its updates: Telegram keeps them and delivers them again
		var p *place
		if chat, ok := u.queueChat(); ok {
			if p = a.takePlace(chat, u.UpdateID); p == nil {
				http.Error(w, "too many of this chat's updates waiting; deliver it again", http.StatusServiceUnavailable)
				return
			}
		}
		// the place becomes the update's task as dispatch queues it
		// (queues.enqueueAt), counted once throughout; it is freed
		// unfilled when the update is not to be queued, and by the
		// deferred call should dispatch panic (net/http recovers the
		// request, and the chat would keep one place taken for good)
		defer a.q.free(p)
		// Replicas behind a load balancer share the store: an update
		// Telegram delivers again may reach another one, which leaves it
		// to the replica that claimed it while that one handles it, and
		// takes it over if that one went away (bot.DeliveryLease).
		key := strconv.FormatInt(a.botID, 10) + ":" + strconv.Itoa(u.UpdateID)
		switch a.engine.ClaimDelivery(r.Context(), bot.Telegram, key, a.opts.Now()) {
		case bot.ClaimDone:
			a.q.free(p)
			a.log.Debug("telegram: update handled already", "update", u.UpdateID)
			return
		case bot.ClaimHeld:
			a.q.free(p)
			a.log.Debug("telegram: update being handled by another replica", "update", u.UpdateID)
			http.Error(w, "being handled elsewhere; deliver it again", http.StatusServiceUnavailable)
			return
		}
		handled = a.dispatch(u, p)
		// unfilled if dispatch queued nothing (taken meanwhile)
		a.q.free(p)
		if handled == nil {
			// not a message: its work (a button pressed, a member's
			// change) is taken once queued, not waited for
			a.engine.DeliveryDone(context.WithoutCancel(r.Context()), bot.Telegram, key)
			return
		}
		if a.answerHandled(w, r, u.UpdateID, handled) {
			a.engine.DeliveryDone(context.WithoutCancel(r.Context()), bot.Telegram, key)
			return
		}
		go func() {
			<-handled
			a.engine.DeliveryDone(context.Background(), bot.Telegram, key)
		}()
	})
}

// answerHandled waits for a webhook request's update to be handled
// (handled is closed; nil when there is nothing to wait for) and reports
// whether it was, the request then being answered 200 when the handler
// returns. When that takes longer than Options.WebhookWait it answers 503:
// Telegram then delivers the update again, and it is answered once
// handled.
func (a *Adapter) answerHandled(w http.ResponseWriter, r *http.Request, id int, handled <-chan struct{}) bool {
	if handled == nil {
		return true
	}
	t := time.NewTimer(a.opts.WebhookWait)
	defer t.Stop()
	select {
	case <-handled:
		return true
	case <-t.C:
		a.log.Warn("telegram: update not judged in time; Telegram will deliver it again", "update", id, "wait", a.opts.WebhookWait.String())
		http.Error(w, "still being handled; deliver it again", http.StatusServiceUnavailable)
	case <-r.Context().Done():
	}
	return false
}

// queueChat returns the chat whose queue an update's work goes to, if it
// goes to one (dispatch): a message's chat, or the chat of the message
// whose button was pressed (0 when there is none).
func (u *update) queueChat() (int64, bool) {
	switch {
	case u.MyChatMember != nil || u.ChatMember != nil:
		return 0, false
	case u.CallbackQuery != nil:
		if m := u.CallbackQuery.Message; m != nil && m.Chat != nil {
			return m.Chat.ID, true
		}
		return 0, true
	}
	if msg, _, _ := u.chatMessage(); msg != nil && msg.Chat != nil {
		return msg.Chat.ID, true
	}
	return 0, false
}

// taken reports whether update id was taken by this process (dispatch)
// and whether it is still being judged, with the channel closed once it
// is (inFlight). seen without inFlight is an update handled already.
func (a *Adapter) taken(id int) (handled <-chan struct{}, inFlight, seen bool) {
	// under dispatchMu: dispatch records an update seen and in flight
	// at once
	a.dispatchMu.Lock()
	defer a.dispatchMu.Unlock()
	handled, inFlight = a.pending.handled(id)
	return handled, inFlight, inFlight || a.seen.has(id)
}

// minRefusedPrune is the fewest chats the count of refused updates
// reaches before pruneRefused looks for chats whose queues have room
// again.
const minRefusedPrune = 2

// takePlace reserves a place in a chat's queue for a webhook update
// (queues.reserve), or counts the update refused when the chat has
// Options.ChatBacklog waiting already and returns nil. It logs when a
// chat's first update is refused, and when one is taken again after
// refusals, with their count. The place is reserved or refused under
// refusedMu, so that the log follows the order in which places were
// taken and refused: a place taken before a refusal never logs it ended
// (which logged a chat's refusal again and again while its queue stayed
// full), and a chat's refusal is logged once for as long as its queue
// has no room.
func (a *Adapter) takePlace(chat int64, id int) *place {
	a.refusedMu.Lock()
	defer a.refusedMu.Unlock()
	p := a.q.reserve(chat, a.opts.ChatBacklog)
	if p == nil {
		a.refuse(chat, id)
		return nil
	}
	if n := a.refused[chat]; n > 0 {
		delete(a.refused, chat)
		a.tookAgain(chat, n)
	}
	return p
}

// refuse counts a webhook update answered 503 because its chat's queue is
// full, and logs when a chat's first one is. refusedMu is held.
func (a *Adapter) refuse(chat int64, id int) {
	if a.refused[chat] == 0 {
		a.log.Warn("telegram: a chat has too many updates waiting to be judged; the webhook answers its updates 503, and Telegram delivers them again, until its queue is shorter",
			keyChat, strconv.FormatInt(chat, 10), "update", id, "backlog", a.opts.ChatBacklog)
		if len(a.refused)+1 >= a.refusedPrune {
			// a chat more would reach the bound: first forget those
			// with room again, then let the map grow to twice what
			// is left (with this chat) before looking again
			a.pruneRefused()
			a.refusedPrune = max(minRefusedPrune, 2*(len(a.refused)+1))
		}
	}
	a.refused[chat]++
}

// pruneRefused forgets the chats of refused whose queues have room again
// though none of their updates came since (a chat fallen silent), with
// the log line takePlace would have written. refusedMu is held.
func (a *Adapter) pruneRefused() {
	for chat, n := range a.refused {
		if a.q.hasRoom(chat, a.opts.ChatBacklog) {
			delete(a.refused, chat)
			a.tookAgain(chat, n)
		}
	}
}

// tookAgain logs that a chat whose n updates were refused has room again.
func (a *Adapter) tookAgain(chat int64, n int) {
	a.log.Info("telegram: the webhook takes a chat's updates again; its queue is shorter", keyChat, strconv.FormatInt(chat, 10), "refused", n, "backlog", a.opts.ChatBacklog)
}
