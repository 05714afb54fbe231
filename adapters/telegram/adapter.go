package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/immunebot/immune/adapters/taskrun"
	"github.com/immunebot/immune/bot"
)

// DefaultAPIURL is the public Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// Options configure an Adapter. Zero durations take the defaults named on
// each field.
type Options struct {
	// Token is the bot's token from @BotFather. It is never logged.
	Token string
	// APIURL is the Bot API server; empty means DefaultAPIURL. A
	// self-hosted Bot API server, or a test's fake, goes here.
	APIURL string

	// WebhookURL, when set, is the public https URL Telegram posts updates
	// to; the adapter then serves them on Listen (or Listener) instead of
	// polling, and checks WebhookSecret on every request.
	WebhookURL    string
	Listen        string       // address of the webhook server, such as ":8443"
	Listener      net.Listener // if set, the webhook is served on it instead of Listen
	WebhookSecret string       // the secret_token Telegram sends back; required with WebhookURL
	// WebhookWait bounds how long a webhook request waits for its update
	// to be handled before it is answered: a message is answered once it
	// is judged and its decision committed, so that Telegram, which
	// delivers again what it got no answer for, loses no update to a
	// crash. One still waiting its turn then is answered 503, and
	// Telegram delivers it again. Default 8s.
	WebhookWait time.Duration

	PollTimeout time.Duration // long poll timeout of getUpdates; default 50s
	// AdminCache is how long an answer about who is an admin is trusted.
	// Zero asks Telegram every time.
	AdminCache time.Duration

	// Client makes the HTTP requests; nil means a client on
	// taskrun.NewTransport, which keeps a pool of connections for the
	// per-chat workers. Its Timeout, if any, must exceed PollTimeout.
	Client *http.Client
	// CallTimeout bounds one request (beyond the poll timeout for
	// getUpdates); default 30s.
	CallTimeout time.Duration
	// RetryBase and RetryMax bound the exponential backoff after a server
	// or network error; defaults 500ms and 30s.
	RetryBase, RetryMax time.Duration
	// GiveUpAfter is how long a request that keeps failing with temporary
	// errors (an outage, rate limits) is retried; default 48h, as long as
	// Telegram lets a bot delete a message, so that an outage does not
	// cost a decided delete.
	GiveUpAfter time.Duration
	// DrainTimeout bounds how long Run, once its context is done, goes on
	// carrying out the actions already decided; default 1m. What is left
	// stays in the outbox for the next start.
	DrainTimeout time.Duration
	// NoticeTTL is how old a notice may be and still be sent: one that
	// waited longer (behind an outage, or from before a restart) is
	// dropped; default 10m.
	NoticeTTL time.Duration
	// ChatBacklog is how many of one chat's updates may wait to be judged
	// behind one still waiting on Telegram (a command's reply waiting out
	// a 429, an outage for that chat) before polling stops going past the
	// updates it has not judged yet: every chat's intake then waits, as
	// it does for any update still being judged, until that chat's queue
	// is down to ChatBacklog-100 (a page), or for BacklogHold at most. It
	// bounds the memory one chat stuck for less than BacklogHold takes;
	// no update is dropped. The webhook answers 503 to an update for a
	// chat with ChatBacklog updates waiting, and Telegram delivers it
	// again (Telegram's own server sends a chat's next message only once
	// the last is answered, so that only button presses, or a server that
	// does not keep to that, reach the bound). Default 2000.
	ChatBacklog int
	// BacklogHold is how long a chat over ChatBacklog may hold every
	// chat's intake; past it polling goes past that chat's updates again
	// (its queue then grows past ChatBacklog, and the log says so at
	// error), so that one chat waiting on Telegram for hours (a call is
	// retried for up to GiveUpAfter) holds up no other chat for longer,
	// nor past the 24 hours Telegram keeps updates not taken. Default 10m.
	BacklogHold time.Duration
	// FloodAt is how many notices must wait in one chat for one notice to
	// be sent for them all; default 3.
	FloodAt int
	// AdoptAfter and AdoptEvery: on a store several replicas share, every
	// AdoptEvery the adapter carries out the outbox's tasks older than
	// AdoptAfter that it is not carrying out itself, left by a replica
	// that stopped for good (or is stuck); defaults 2m and 1m.
	AdoptAfter, AdoptEvery time.Duration
	// Sleep waits between retries; nil waits for real. Tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock of caches and restrictions; nil means time.Now.
	Now func() time.Time
	// Meter counts the requests, retries and actions; nil counts nothing.
	Meter bot.Meter
}

// String describes the options without the token or the webhook secret,
// even where the webhook URL holds the token (a path some guides suggest).
func (o Options) String() string {
	mode := "long polling"
	if o.WebhookURL != "" {
		mode = "webhook " + scrubToken(o.WebhookURL, o.Token)
	}
	return fmt.Sprintf("telegram{api %s, %s}", o.APIURL, mode)
}

// GoString is String: the options hold secrets.
func (o Options) GoString() string { return o.String() }

// LogValue is String: the options hold secrets.
func (o Options) LogValue() slog.Value { return slog.StringValue(o.String()) }

var secretTokenRE = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

func (o *Options) withDefaults() error {
	if o.Token == "" {
		return errors.New("telegram: no token")
	}
	if strings.ContainsAny(o.Token, "/?# \t\r\n%") {
		return errors.New("telegram: the token holds characters a Bot API token never has (copy it again from @BotFather)")
	}
	if o.APIURL == "" {
		o.APIURL = DefaultAPIURL
	}
	o.APIURL = strings.TrimRight(o.APIURL, "/")
	if u, err := url.Parse(o.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("telegram: api url %q: want an http or https URL", o.APIURL)
	}
	if o.WebhookURL != "" {
		if u, err := url.Parse(o.WebhookURL); err != nil || u.Scheme != "https" || u.Host == "" {
			return fmt.Errorf("telegram: webhook url %q: want an https URL Telegram can reach", scrubToken(o.WebhookURL, o.Token))
		}
		if !secretTokenRE.MatchString(o.WebhookSecret) {
			return errors.New("telegram: webhook mode needs a secret token of 1 to 256 characters A-Z, a-z, 0-9, _ and -")
		}
		if o.Listen == "" && o.Listener == nil {
			return errors.New("telegram: webhook mode needs an address to listen on")
		}
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.PollTimeout, 50*time.Second)
	def(&o.CallTimeout, 30*time.Second)
	def(&o.RetryBase, 500*time.Millisecond)
	def(&o.RetryMax, 30*time.Second)
	def(&o.GiveUpAfter, 48*time.Hour)
	def(&o.DrainTimeout, time.Minute)
	def(&o.AdoptAfter, 2*time.Minute)
	def(&o.AdoptEvery, time.Minute)
	def(&o.NoticeTTL, 10*time.Minute)
	def(&o.WebhookWait, 8*time.Second)
	def(&o.BacklogHold, 10*time.Minute)
	if o.ChatBacklog <= 0 {
		o.ChatBacklog = 2000
	}
	if o.AdminCache < 0 {
		o.AdminCache = 0
	}
	if o.Client == nil {
		o.Client = &http.Client{Transport: taskrun.NewTransport()}
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Meter == nil {
		o.Meter = bot.NopMeter{}
	}
	return nil
}

// ErrTokenRejected is returned by New and Run when the Bot API does not
// accept the token.
var ErrTokenRejected = errors.New("the Bot API rejected the token")

// allowedUpdates are the update types the adapter asks for.
var allowedUpdates = []string{"message", "edited_message", "channel_post", "edited_channel_post", "my_chat_member", "chat_member", "callback_query"}

// Adapter is the live bot on Telegram. Build it with New and serve with
// Run.
type Adapter struct {
	opts   Options
	api    *tgbotapi.BotAPI // copied for each request, with the request's context
	http   *http.Client
	engine *bot.Engine
	log    *slog.Logger

	botID   int64
	botName string

	joins   *joins     // when members joined, from the join events seen
	admins  adminCache // who is an admin, briefly
	seen    *seenIDs   // update ids already taken
	pending *inflight  // update ids taken and not yet handled
	// dispatchMu makes taking an update and marking its message in
	// flight one step, so that a webhook delivery of an update taken a
	// moment before by another waits for it
	dispatchMu sync.Mutex
	// polled and confirmed are where polling stopped: the next update id,
	// and the offset last confirmed to Telegram
	polled, confirmed atomic.Int64
	warned            sync.Map // chat id (int64) → time.Time the chat was last told about missing rights
	// channels holds the ids (int64) of the channels seen: the bot never
	// writes in one, where every subscriber would get it
	channels sync.Map

	// refused counts, by chat, the webhook updates answered 503 since
	// the chat's queue reached Options.ChatBacklog; a chat whose queue
	// has room again is dropped when one of its updates is taken, or
	// when refused reaches refusedPrune chats (pruneRefused), so that it
	// holds about the chats whose queues are full, at most twice as many
	refusedMu    sync.Mutex
	refused      map[int64]int
	refusedPrune int

	running atomic.Bool
	q       *queues         // judging and commands, in order per chat
	run     *taskrun.Runner // the engine's tasks, deletes first per chat
	health  bot.HealthTracker
}

// Health says whether the Bot API answers: the last request got an answer
// (a refusal counts; a server error, a timeout or no connection does not).
func (a *Adapter) Health() bot.Health { return a.health.Health() }

// QueueDepth counts the actions waiting to be carried out: in all, and in
// the busiest chat.
func (a *Adapter) QueueDepth() (total, most int) { return a.run.Depth() }

// New connects to the Bot API (getMe) and builds the adapter. It fails if
// the token is rejected or the server cannot be reached.
func New(opts Options, engine *bot.Engine, log *slog.Logger) (*Adapter, error) {
	if engine == nil {
		return nil, errors.New("telegram: no engine")
	}
	if err := opts.withDefaults(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &Adapter{
		opts:    opts,
		http:    opts.Client,
		engine:  engine,
		log:     log,
		joins:   newJoins(1 << 16),
		seen:    newSeenIDs(4096),
		pending: newInflight(),
		admins:  adminCache{ttl: opts.AdminCache, now: opts.Now},
		q:       newQueues(log),
		refused: make(map[int64]int),

		refusedPrune: minRefusedPrune,
	}
	a.run = a.newRunner()
	endpoint := strings.ReplaceAll(opts.APIURL, "%", "%%") + "/bot%s/%s"
	ctx, cancel := context.WithTimeout(context.Background(), opts.CallTimeout)
	defer cancel()
	api, err := tgbotapi.NewBotAPIWithClient(opts.Token, endpoint, ctxDoer{ctx: ctx, c: opts.Client})
	if err != nil {
		err = a.translate(ctx, "getMe", err)
		var ae *APIError
		if errors.As(err, &ae) && (ae.Code == http.StatusUnauthorized || ae.Code == http.StatusNotFound) {
			return nil, fmt.Errorf("telegram: %w (%w); check it with @BotFather", ErrTokenRejected, err)
		}
		return nil, fmt.Errorf("telegram: connect to %s: %w", opts.APIURL, err)
	}
	opts.Meter.Request(bot.Telegram, "getMe", bot.OutcomeOK)
	a.health.Up(opts.Now())
	api.Client = opts.Client
	a.api = api
	a.botID = api.Self.ID
	a.botName = api.Self.UserName
	return a, nil
}

// BotName returns the bot's username, as getMe told it.
func (a *Adapter) BotName() string { return a.botName }

// Run serves Telegram until ctx is done: by long polling, or on the webhook
// when Options.WebhookURL is set. Then it stops taking updates, carries out
// every action already decided (for at most Options.DrainTimeout; what is
// left then is logged as not done) and returns. It returns nil after a
// stop by ctx, and an error if Telegram rejects the bot for good.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.running.CompareAndSwap(false, true) {
		return errors.New("telegram: Run called twice")
	}
	actx, stopActions := context.WithCancel(context.WithoutCancel(ctx))
	defer stopActions()
	a.resume(actx)
	a.run.Start(actx)
	if a.engine.SharedStore() {
		adopted := make(chan struct{})
		defer func() { <-adopted }()
		go func() {
			defer close(adopted)
			a.adoptOrphans(ctx)
		}()
	}
	// A decision reached later, once a message's shortened links were
	// followed, is carried out like any other: its tasks are in the outbox.
	a.engine.OnLate(bot.Telegram, func(_ context.Context, d bot.Decision) {
		a.log.Info("telegram: acting on a late decision", keyChat, d.Message.Chat, "message", d.Message.ID, "verdict", d.Verdict.Level.String())
		a.run.Add(d.Tasks...)
	})
	defer a.engine.OnLate(bot.Telegram, nil)
	a.q.start(actx)
	a.q.enqueue(0, task{what: "register commands", run: a.registerCommands})

	a.log.Info("telegram adapter running", "bot", a.botName, "mode", a.opts.String())
	var err error
	if a.opts.WebhookURL != "" {
		err = a.serveWebhook(ctx, actx)
	} else {
		err = a.poll(ctx, actx)
	}

	if n := a.q.pending() + a.run.Len(); n > 0 {
		a.log.Info("telegram: finishing queued actions", "pending", n)
	}
	timer := time.AfterFunc(a.opts.DrainTimeout, func() {
		a.log.Error("telegram: actions still queued after the drain timeout; they stay in the outbox for the next start", "timeout", a.opts.DrainTimeout)
		stopActions()
	})
	a.q.wait()
	if a.opts.WebhookURL == "" {
		a.confirmPolled(actx)
	}
	a.run.Wait()
	timer.Stop()
	a.log.Info("telegram adapter stopped")
	return err
}

// dispatch routes one update. It never waits on Telegram: the work goes to
// the chat's queue. For a message (and an update delivered again while its
// message is still being judged) it returns the channel closed once the
// message is judged and its decision committed; otherwise nil. The
// update's task fills p, the place the webhook reserved for it in its
// chat's queue (nil: none, as in polling).
func (a *Adapter) dispatch(u update, p *place) <-chan struct{} {
	msg, edited, x := u.chatMessage()
	isMessage := u.MyChatMember == nil && u.ChatMember == nil && u.CallbackQuery == nil && msg != nil && msg.Chat != nil
	var handled <-chan struct{}
	a.dispatchMu.Lock()
	if !a.seen.add(u.UpdateID) {
		handled, _ = a.pending.handled(u.UpdateID)
		a.dispatchMu.Unlock()
		return handled
	}
	if isMessage {
		handled = a.pending.add(u.UpdateID)
	}
	a.dispatchMu.Unlock()
	switch {
	case u.MyChatMember != nil:
		a.onMyChatMember(u.MyChatMember)
	case u.ChatMember != nil:
		a.onChatMember(u.ChatMember)
	case u.CallbackQuery != nil:
		cq := u.CallbackQuery
		var chat int64
		if cq.Message != nil && cq.Message.Chat != nil {
			chat = cq.Message.Chat.ID
		}
		a.q.enqueueAt(p, chat, task{what: "button", run: func(ctx context.Context) { a.onCallback(ctx, cq) }})
	case isMessage:
		if msg.Chat.Type == "channel" {
			a.channels.Store(msg.Chat.ID, true)
		}
		if len(msg.NewChatMembers) > 0 {
			for _, m := range msg.NewChatMembers {
				a.joined(msg.Chat.ID, m.ID, unixTime(msg.Date))
			}
		}
		if a.opts.AdminCache > 0 && (msg.Chat.Type == "group" || msg.Chat.Type == "supergroup") && msg.From != nil && msg.SenderChat == nil {
			// the admin list is fetched while the message waits for its
			// turn and is judged
			a.prefetchAdmins(msg.Chat.ID)
		}
		a.q.enqueueAt(p, msg.Chat.ID, task{what: "message", run: func(ctx context.Context) {
			defer a.pending.done(u.UpdateID)
			a.onMessage(ctx, msg, edited, x)
		}})
	}
	return handled
}

// onChatMember remembers when members join and forgets cached admin
// answers when a member's status changes.
func (a *Adapter) onChatMember(cm *tgbotapi.ChatMemberUpdated) {
	user := cm.NewChatMember.User
	if user == nil {
		return
	}
	a.admins.forget(cm.Chat.ID, user.ID)
	if isIn(cm.NewChatMember.Status) && !isIn(cm.OldChatMember.Status) {
		a.joined(cm.Chat.ID, user.ID, unixTime(cm.Date))
	}
}

// joined remembers a member's join, and shares it with the replicas of a
// store several processes share (Engine.RememberJoin), before the update
// is answered, so that whichever replica receives the member's first link
// knows they are new.
func (a *Adapter) joined(chat, user int64, at time.Time) {
	a.joins.add(chat, user, at)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	a.engine.RememberJoin(ctx, bot.ChatKey{Platform: bot.Telegram, Chat: strconv.FormatInt(chat, 10)}, strconv.FormatInt(user, 10), at)
}

// isIn reports a member status of someone in the chat.
func isIn(status string) bool {
	switch status {
	case "creator", "administrator", "member", "restricted":
		return true
	}
	return false
}

// onMessage judges a message, or answers it if it is a command, and acts.
// It runs in the chat's queue.
func (a *Adapter) onMessage(ctx context.Context, msg *tgbotapi.Message, edited bool, x *msgExtra) {
	chat := msg.Chat
	if !edited && chat.Type != "channel" {
		if name, args, ok := a.parseCommand(msg); ok {
			admin := a.onCommand(ctx, msg, x, name, args)
			if !admin && chat.Type != "private" {
				a.removeDangerousCommand(ctx, msg, x)
			}
			return
		}
	}
	if chat.Type == "private" {
		return // a member's private chat with the bot holds nobody to protect
	}
	m, ok := convert(msg, x, edited)
	if !ok {
		return
	}
	m.ChatTitle = chatName(chat)
	if msg.From != nil && msg.SenderChat == nil {
		m.Lang = bot.Lang(msg.From.LanguageCode)
	}
	if m.Time.IsZero() {
		m.Time = a.opts.Now()
	}
	if th := threadOf(msg, x); th != 0 {
		m.Thread = strconv.Itoa(th)
	}
	a.fill(ctx, msg, &m)
	d, err := a.engine.Handle(ctx, &m)
	if err != nil {
		if errors.Is(err, bot.ErrBadMessage) {
			a.log.Warn("telegram message not judged", keyChat, m.Chat, keyUser, m.User, keyErr, err)
			return
		}
		// the decision stands even when the store failed
		a.log.Error("engine could not record a decision", keyChat, m.Chat, keyUser, m.User, keyErr, err)
	}
	if len(d.Actions) > 0 {
		// one line with everything an operator looks for: chat, message,
		// account and why, ids as strings
		a.log.Info("telegram decision", keyChat, m.Chat, keyMessage, m.ID, keyUser, m.Account().String(),
			keyReasons, reasonCodes(&d.Verdict), keyAction, actionNames(d.Actions), "verdict", d.Verdict.Level.String(),
			"score", d.Verdict.Score, "sweep", len(d.Sweep), "case", d.Case)
	}
	// the tasks are in the outbox: the runner carries them out, deletes
	// first, and never holds up the next message
	a.run.Add(d.Tasks...)
}

// removeDangerousCommand deletes a member's command message that carries
// a link or file the engine would delete ("/check https://dlscord.com"),
// so that a command is no way around the filter. The command's answer
// explains the danger; the member gets no strike for asking.
func (a *Adapter) removeDangerousCommand(ctx context.Context, msg *tgbotapi.Message, x *msgExtra) {
	m, ok := convert(msg, x, false)
	if !ok {
		return
	}
	if v := a.engine.Check(&m); v.Level == bot.Delete {
		a.run.Add(bot.Task{ID: "delete/" + m.Chat + "/" + m.ID, Platform: bot.Telegram, Action: bot.ActDelete,
			Chat: m.Chat, Message: m.ID, Time: m.Time})
	}
}

// fill adds what the adapter knows about the sender: when they joined and
// whether they are an admin.
func (a *Adapter) fill(ctx context.Context, msg *tgbotapi.Message, m *bot.Message) {
	if msg.SenderChat != nil {
		return // anonymous admins are marked by convert; channels join nothing
	}
	if msg.From == nil {
		return
	}
	m.MemberSince = a.joins.since(msg.Chat.ID, msg.From.ID)
	if !m.IsAdmin {
		m.IsAdmin, m.AskAdmin = a.senderAdmin(msg.Chat.ID, msg.From.ID)
	}
}
