package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/immunebot/immune/adapters/taskrun"
	"github.com/immunebot/immune/bot"
)

// Intents are the gateway intents the adapter asks for: servers (for
// roles, channels and permissions), server messages, and the privileged
// Message Content intent, without which Discord sends messages empty.
const Intents = discordgo.IntentGuilds | discordgo.IntentGuildMessages | discordgo.IntentMessageContent

// Token is a Discord bot token. Printing, marshalling or logging it shows
// "[redacted]"; the adapter hands it only to discordgo.
type Token string

// String redacts the token.
func (t Token) String() string {
	if t == "" {
		return ""
	}
	return "[redacted]"
}

// GoString redacts the token.
func (t Token) GoString() string { return t.String() }

// LogValue redacts the token in slog output.
func (t Token) LogValue() slog.Value { return slog.StringValue(t.String()) }

// MarshalText redacts the token.
func (t Token) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Options configure an Adapter. Only Token is required.
type Options struct {
	Token Token // the bot token from the Developer Portal, without "Bot "
	// APIURL is the REST base; requests discordgo makes to discord.com go
	// there instead. Empty means https://discord.com.
	APIURL     string
	ShardID    int
	ShardCount int // zero means 1
	// CallTimeout bounds one REST call, its retries included. Zero means
	// 30s.
	CallTimeout time.Duration
	// Backoff is the wait before retry number attempt (from 0) after a
	// 5xx or network error, and before reconnecting when the first
	// connection fails. Nil means DefaultBackoff.
	Backoff func(attempt int) time.Duration
	// Now is the clock for commands, for messages without a time and for
	// rate limits. Nil means time.Now.
	Now func() time.Time
	// Sleep waits for d or until ctx is done (then it returns ctx's
	// error): how every rate limit and backoff is waited out. Nil waits
	// for real; tests pass one that moves their clock.
	Sleep func(ctx context.Context, d time.Duration) error
	// MaxFailed is how many invalid requests (401, 403, 429) the adapter
	// lets through within FailWindow before it holds every call back
	// until the window has room. Zero means DefaultMaxFailed, a quarter of
	// the 10,000 at which Discord bans the bot's address.
	MaxFailed int
	// Meter counts the requests, retries and actions; nil counts nothing.
	Meter bot.Meter
	// Transport carries the REST calls; nil means taskrun.NewTransport,
	// which keeps a pool of connections for the per-channel workers.
	Transport http.RoundTripper
	// Backlog is how many events one channel may have waiting to be
	// judged; an event past it is not judged, and the log says so (an
	// interaction, such as an admin's command, takes the place of the
	// newest message waiting instead). Zero means DefaultBacklog.
	Backlog int
	// TotalBacklog is how many events all channels together may have
	// waiting to be judged; past it the channel with the most waiting
	// leaves its newest messages unjudged (its interactions only when no
	// message waits), and the log says so. Zero means
	// DefaultTotalBacklog.
	TotalBacklog int
	// Judging is how many channels are judged at once, each by a
	// goroutine of its own; the others' events wait their turn. Zero
	// means DefaultJudging.
	Judging int
	// DrainTimeout bounds how long Run, once its context is done, goes on
	// carrying out the actions already decided; what is left then is
	// logged as not done. Zero means one minute.
	DrainTimeout time.Duration
	// NoticeTTL is how old a notice may be and still be sent: one that
	// waited longer (behind an outage, or from before a restart) is
	// dropped. Zero means 10 minutes.
	NoticeTTL time.Duration
	// FloodAt is how many notices must wait in one channel for one notice
	// to be sent for them all. Zero means 3.
	FloodAt int
}

// Adapter connects one engine to Discord: it turns gateway events into
// bot.Message values, carries out the engine's decisions, and serves the
// /immune slash command and the message context-menu commands.
type Adapter struct {
	opts   Options
	engine *bot.Engine
	log    *slog.Logger
	s      *discordgo.Session

	started atomic.Bool
	appID   atomic.Pointer[string]
	botID   atomic.Pointer[string]

	inMu   sync.RWMutex
	closed bool
	in     *intake            // gateway events, judged in order per channel
	q      *queues            // commands' actions, in order per channel
	run    *taskrun.Runner    // the engine's tasks, deletes first per channel
	stopQ  context.CancelFunc // gives up on the queued actions and tasks

	emptyWarned atomic.Bool
	warnedOnce  sync.Map // chat + code → struct{}: permission problems logged once
	timedOut    claims   // server/user/until: timeouts applied or being applied
	health      bot.HealthTracker
	recent      recentCache
}

// DefaultBacklog is how many events one channel may have waiting to be
// judged when Options.Backlog is zero: more than a busy channel gets while
// its judging waits out the longest call.
const DefaultBacklog = 4096

// DefaultTotalBacklog is how many events all channels together may have
// waiting to be judged when Options.TotalBacklog is zero: eight channels'
// full backlogs, about 70 MB of messages as Discord sends them (2.2 KB
// each decoded, a short text 0.95 KB; BENCHMARKS.md, ops38).
const DefaultTotalBacklog = 32768

// DefaultJudging is how many channels are judged at once when
// Options.Judging is zero: four times the REST connections
// (taskrun.MaxConnsPerHost), so that channels whose calls wait for a
// connection during an outage leave room for the others.
const DefaultJudging = 4 * taskrun.MaxConnsPerHost

// event is one gateway event for a channel's goroutine.
type event struct {
	msg    *discordgo.Message
	edited bool
	inter  *discordgo.Interaction
}

// id is the id of the event's message or interaction, for the log.
func (ev event) id() string {
	if ev.inter != nil {
		return ev.inter.ID
	}
	return ev.msg.ID
}

// New builds an adapter. Nothing is connected until Run.
func New(opts Options, engine *bot.Engine, log *slog.Logger) (*Adapter, error) {
	if opts.Token == "" {
		return nil, errors.New("discord: no bot token")
	}
	if engine == nil {
		return nil, errors.New("discord: no engine")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.APIURL == "" {
		opts.APIURL = "https://discord.com"
	}
	if opts.ShardCount == 0 {
		opts.ShardCount = 1
	}
	if opts.ShardID < 0 || opts.ShardID >= opts.ShardCount {
		return nil, fmt.Errorf("discord: shard %d of %d: want 0 <= shard id < shard count", opts.ShardID, opts.ShardCount)
	}
	if opts.CallTimeout <= 0 {
		opts.CallTimeout = 30 * time.Second
	}
	if opts.Backoff == nil {
		opts.Backoff = DefaultBackoff
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Sleep == nil {
		opts.Sleep = sleep
	}
	if opts.Transport == nil {
		opts.Transport = taskrun.NewTransport()
	}
	if opts.Backlog <= 0 {
		opts.Backlog = DefaultBacklog
	}
	if opts.TotalBacklog <= 0 {
		opts.TotalBacklog = DefaultTotalBacklog
	}
	if opts.Judging <= 0 {
		opts.Judging = DefaultJudging
	}
	if opts.DrainTimeout <= 0 {
		opts.DrainTimeout = time.Minute
	}
	if opts.NoticeTTL <= 0 {
		opts.NoticeTTL = 10 * time.Minute
	}
	if opts.Meter == nil {
		opts.Meter = bot.NopMeter{}
	}
	rw, err := newRewriter(opts.APIURL, opts.Transport, opts.CallTimeout)
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	rw.meter = opts.Meter
	rw.lim = newLimiter(opts.Now, log, opts.MaxFailed)
	s, err := discordgo.New("Bot " + string(opts.Token))
	if err != nil {
		return nil, fmt.Errorf("discord: %w", err)
	}
	s.Identify.Intents = Intents
	s.ShardID, s.ShardCount = opts.ShardID, opts.ShardCount
	// Open asks for the gateway address without a context: the client's
	// timeout bounds that call; every other call carries its own context.
	s.Client = &http.Client{Transport: rw, Timeout: opts.CallTimeout}
	s.ShouldRetryOnRateLimit = false // call waits for retry_after itself, within its bound
	s.MaxRestRetries = 0             // call retries 5xx itself, with backoff
	s.ShouldReconnectOnError = true
	s.SyncEvents = true               // handlers only queue events; order is kept per channel
	s.LogLevel = discordgo.LogWarning // through routeDiscordgoLog
	s.StateEnabled = true             // roles, channels and overwrites, for permissions

	routeDiscordgoLog(log, opts.Token)
	a := &Adapter{opts: opts, engine: engine, log: log, s: s}
	qctx, stopQ := context.WithCancel(context.Background())
	a.q, a.stopQ = newQueues(qctx, log), stopQ
	a.run = a.newRunner()
	a.in = newIntake(log, opts.Now, opts.Backlog, opts.TotalBacklog, opts.Judging, func(ev event) { a.handle(context.Background(), ev) })
	s.AddHandler(a.onReady)
	s.AddHandler(a.onConnect)
	s.AddHandler(a.onDisconnect)
	s.AddHandler(a.onResumed)
	s.AddHandler(a.onMessageCreate)
	s.AddHandler(a.onMessageUpdate)
	s.AddHandler(a.onInteraction)
	return a, nil
}

// sleep waits for d, or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Run connects to the gateway, registers the commands and serves until ctx
// is done; then it stops taking events, finishes judging the events it
// took (every channel at once: Options.Judging bounds only a running
// bot), carries out every action already decided (for at most
// Options.DrainTimeout) and returns. It fails at
// once on errors that retrying cannot cure (a bad token, a missing
// privileged intent); other connection failures are retried. Run may be
// called once.
func (a *Adapter) Run(ctx context.Context) error {
	if !a.started.CompareAndSwap(false, true) {
		return errors.New("discord: Run called twice")
	}
	a.resume(a.q.ctx)
	a.run.Start(a.q.ctx)
	// A decision reached later, once a message's shortened links were
	// followed, is carried out like any other: its tasks are in the outbox.
	a.engine.OnLate(bot.Discord, func(_ context.Context, d bot.Decision) {
		a.log.Info("discord: acting on a late decision", keyChat, tag(d.Message.Chat), keyMessage, d.Message.ID, "verdict", d.Verdict.Level.String())
		a.run.Add(d.Tasks...)
	})
	defer a.engine.OnLate(bot.Discord, nil)
	err := a.connect(ctx)
	if err == nil {
		a.registerCommands(ctx)
		<-ctx.Done()
	}
	a.shutdown(err == nil)
	return err
}

// connect opens the gateway, retrying after the backoff until ctx is done
// or the failure is one that retrying cannot cure.
func (a *Adapter) connect(ctx context.Context) error {
	for attempt := 0; ; attempt++ {
		err := a.s.Open()
		if err == nil {
			return nil
		}
		if fatal := fatalOpen(err); fatal != nil {
			a.log.Error("discord gateway refused the bot", keyErr, fatal.Error())
			return fatal
		}
		wait := a.opts.Backoff(attempt)
		a.log.Warn("discord gateway unreachable, retrying", keyErr, scrub(err), "wait", wait)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
}

// fatalOpen returns the error to stop on when opening the gateway failed
// in a way retrying cannot cure, or nil.
func fatalOpen(err error) error {
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		switch ce.Code {
		case 4004:
			return errors.New("discord: authentication failed (gateway close 4004): check IMMUNE_DISCORD_TOKEN")
		case 4013, 4014:
			return fmt.Errorf("discord: gateway refused the intents (close %d): enable the Message Content intent for this bot in the Developer Portal (Bot, Privileged Gateway Intents)", ce.Code)
		case 4010, 4011:
			return fmt.Errorf("discord: gateway refused the sharding (close %d): check [discord] shard_id and shard_count", ce.Code)
		case 4012:
			return fmt.Errorf("discord: gateway refused the API version (close %d)", ce.Code)
		}
		return nil
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		switch re.Response.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			return fmt.Errorf("discord: the REST API refused the token (HTTP %d): check IMMUNE_DISCORD_TOKEN", re.Response.StatusCode)
		}
	}
	return nil
}

// shutdown stops taking events, closes the gateway, finishes judging the
// events it took and waits for every queued action.
func (a *Adapter) shutdown(connected bool) {
	a.inMu.Lock()
	a.closed = true
	a.inMu.Unlock()
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		if connected {
			if err := a.s.Close(); err != nil {
				a.log.Warn("discord gateway close", keyErr, err.Error())
			}
		}
	}()
	if events, channels := a.in.stop(); events > 0 {
		a.log.Info("discord judging the events taken before stopping", "events", events, "channels", channels)
	}
	a.in.wait()
	if n := a.q.size() + a.run.Len(); n > 0 {
		a.log.Info("discord finishing queued actions", "pending", n)
	}
	timer := time.AfterFunc(a.opts.DrainTimeout, func() {
		a.log.Error("discord actions still queued after the drain timeout; tasks stay in the outbox for the next start", "timeout", a.opts.DrainTimeout)
		a.stopQ()
	})
	a.q.wait()
	a.run.Wait()
	timer.Stop()
	a.stopQ()
	<-closed
	a.log.Info("discord stopped")
}

// accept queues an event for its channel, unless the adapter is stopping.
// It never waits: discordgo calls it from the gateway connection's reader.
func (a *Adapter) accept(channel string, ev event) {
	a.inMu.RLock()
	defer a.inMu.RUnlock()
	if !a.closed {
		a.in.add(channel, ev)
	}
}

// handle judges one event; a panic is logged and the worker goes on.
func (a *Adapter) handle(ctx context.Context, ev event) {
	defer func() {
		if r := recover(); r != nil {
			a.log.Error("discord event handling panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()
	if ev.inter != nil {
		a.handleInteraction(ctx, ev.inter)
	} else {
		a.handleMessage(ctx, ev.msg, ev.edited)
	}
}

func (a *Adapter) now() time.Time { return a.opts.Now() }

func (a *Adapter) self() string {
	if p := a.botID.Load(); p != nil {
		return *p
	}
	return ""
}

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		id := r.User.ID
		a.botID.Store(&id)
		app := id
		if r.Application != nil && r.Application.ID != "" {
			app = r.Application.ID
		}
		a.appID.Store(&app)
	}
	a.log.Info("discord ready", "guilds", len(r.Guilds), "shard", a.opts.ShardID, "shards", a.opts.ShardCount)
}

func (a *Adapter) onConnect(s *discordgo.Session, _ *discordgo.Connect) {
	a.inMu.RLock()
	closed := a.closed
	a.inMu.RUnlock()
	if closed {
		// a reconnect raced with shutdown: close again
		go s.Close()
		return
	}
	a.health.Up(a.now())
	a.log.Info("discord gateway connected")
}

// Health says whether the gateway is connected.
func (a *Adapter) Health() bot.Health { return a.health.Health() }

// QueueDepth counts the actions waiting to be carried out: in all, and in
// the busiest channel.
func (a *Adapter) QueueDepth() (total, most int) { return a.run.Depth() }

// NotJudged counts the gateway events left unjudged since the adapter was
// built: past a channel's Options.Backlog or all channels'
// Options.TotalBacklog.
func (a *Adapter) NotJudged() int64 { return a.in.notJudged.Load() }

func (a *Adapter) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	a.inMu.RLock()
	closed := a.closed
	a.inMu.RUnlock()
	a.health.Down(a.now(), "gateway disconnected")
	if !closed {
		a.log.Warn("discord gateway disconnected, reconnecting")
	}
}

func (a *Adapter) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	a.health.Up(a.now())
	a.log.Info("discord gateway session resumed")
}

func (a *Adapter) onMessageCreate(_ *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Message != nil && m.GuildID != "" {
		a.accept(m.ChannelID, event{msg: m.Message})
	}
}

// onMessageUpdate takes edits. An update without an edit time is Discord
// adding link previews to a message already judged, and is skipped.
func (a *Adapter) onMessageUpdate(_ *discordgo.Session, m *discordgo.MessageUpdate) {
	if m.Message != nil && m.GuildID != "" && m.EditedTimestamp != nil {
		a.accept(m.ChannelID, event{msg: m.Message, edited: true})
	}
}

func (a *Adapter) onInteraction(_ *discordgo.Session, i *discordgo.InteractionCreate) {
	if i.Interaction != nil && (i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionMessageComponent) {
		a.accept(i.ChannelID, event{inter: i.Interaction})
	}
}
