package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/linkx"
)

// Engine runs each message through classify, behaviour and policy and
// remembers what it decided. It is safe for concurrent use by several
// adapters.
type Engine struct {
	cfg        Config
	classifier *Classifier
	store      Store
	log        *slog.Logger
	feeds      []ListEntry // global entries given to NewEngine
	feedState  feedState   // the feeds' lists, brands and health
	expand     *expansion  // following shortened links; nil when off

	// Batch: when set, Handle leaves writes buffered and the caller
	// commits (immune scan commits once per batch of lines). Otherwise
	// Handle commits before it returns, so that a decision acted on is
	// already durable.
	Batch bool
	// NoOutbox: when set, Handle returns the decision's tasks without
	// writing them to the store's outbox. immune scan and the demo set it:
	// they carry out nothing.
	NoOutbox bool
	// NoCases: when set, Handle opens no case for admins (buttons, /why,
	// /audit) about its decisions. immune scan and the demo set it.
	NoCases bool
	// NoTexts: when set, Handle leaves a decision's Notice, AdminNote and
	// Tasks empty, for a caller that reads only the verdict, the actions,
	// the sweep and the user state: immune scan, which prints nothing else
	// and carries nothing out. Implies NoOutbox.
	NoTexts bool

	listsMu  sync.Mutex // one change of the classifier's lists at a time
	chatsMu  sync.RWMutex
	chats    map[ChatKey]*ChatSettings // read through from the store; never changed in place
	chatsGen atomic.Uint64             // bumped when cached settings are dropped
	// chatSlots hold the settings of chats read lately, by a hash of the
	// chat, so that most messages find their chat's without a lock or a
	// map: a slot holds settings also in chats, and is set and cleared with
	// chats under chatsMu (read-locked at least).
	chatSlots [chatSlotCount]atomic.Pointer[ChatSettings]
	recentMu  [recentShards]paddedMutex // one a part of recent
	recent    []recentSlot              // a table of recent messages, by hash: see recall
	counts    [len(platforms)][countParts]counters
	langs     langs // the languages of chats' recent senders
}

// recentMsg is what the engine remembers of a message it has just seen, to
// judge an edit of it.
type recentMsg struct {
	hadLink bool
	struck  bool
	level   Level // the verdict it got
}

// recentSlot holds one remembered message in the table of recent
// messages: the message's hash but for its low byte, which holds the
// recentMsg; 0 is an empty slot. At 8 bytes a slot the table is small
// enough to stay in a core's cache.
type recentSlot uint64

// pack makes the slot of a message of hash k (with its low byte clear).
func (r recentMsg) pack(k uint64) recentSlot {
	b := uint64(r.level) & 0x3f
	if r.hadLink {
		b |= 0x40
	}
	if r.struck {
		b |= 0x80
	}
	return recentSlot(k | b)
}

// unpack reads the recentMsg of a slot.
func (s recentSlot) unpack() recentMsg {
	return recentMsg{hadLink: s&0x40 != 0, struck: s&0x80 != 0, level: Level(s & 0x3f)}
}

// maxRecent is the size of the table of recent messages (and the bound of
// the chat-settings cache): edits are judged against roughly the last
// maxRecent messages.
const maxRecent = 1 << 16

// NewEngine builds an engine on a store. It loads the chats' lists from the
// store; feeds are global entries to add to them, a handful (LoadListFile).
// The global lists of threat feeds and list files, which can be millions
// of entries, come through SetFeeds.
func NewEngine(ctx context.Context, cfg Config, st Store, feeds []ListEntry, log *slog.Logger) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	e := &Engine{
		cfg:    cfg,
		store:  st,
		log:    log,
		feeds:  feeds,
		chats:  make(map[ChatKey]*ChatSettings),
		recent: make([]recentSlot, maxRecent),
		classifier: NewClassifier(ClassifierConfig{
			Brands:          withBuiltinBrands(cfg.Brands),
			Thresholds:      cfg.Thresholds,
			NewMemberWindow: cfg.NewMemberWindow,
		}),
	}
	if err := e.reloadLists(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// reloadLists reads the stored lists again and puts them, with the feeds,
// in the classifier.
func (e *Engine) reloadLists(ctx context.Context) error {
	stored, err := e.store.ListEntries(ctx)
	if err != nil {
		return fmt.Errorf("load lists: %w", err)
	}
	all := make([]ListEntry, 0, len(e.feeds)+len(stored))
	all = append(all, e.feeds...)
	all = append(all, stored...)
	e.listsMu.Lock()
	defer e.listsMu.Unlock()
	e.classifier.SetLists(NewListSet(all))
	return nil
}

// FollowChanges keeps what the engine caches of chat settings and lists in
// step with the changes other processes make to a shared store (a
// bot.ChangeFeed), until ctx is done: a change reaches the engine within a
// second. With a store no other process shares it returns nil at once.
func (e *Engine) FollowChanges(ctx context.Context) error {
	feed, ok := e.store.(ChangeFeed)
	if !ok {
		return nil
	}
	return feed.FollowChanges(ctx, func(c Change) { e.applyChange(ctx, c) })
}

// applyChange drops what a change makes stale.
func (e *Engine) applyChange(ctx context.Context, c Change) {
	switch {
	case c.All:
		e.forgetSettings(nil)
	case c.Chat != (ChatKey{}):
		e.forgetSettings(&c.Chat)
	}
	if c.All || c.Lists {
		if err := e.reloadLists(ctx); err != nil && ctx.Err() == nil {
			e.log.Warn("lists not reloaded after a change", LogErr, err)
		}
	}
}

// ClaimDelivery claims the platform update named key for handling, on a
// store other processes share (a Deliveries): the update is this
// process's to handle (Claimed), another process's that is handling it
// (ClaimHeld), or handled already (ClaimDone). On any other store it says
// Claimed, the adapter's own memory being enough. When the store fails it
// says Claimed: an update handled twice (which the records of judged
// messages make harmless) is better than one dropped.
func (e *Engine) ClaimDelivery(ctx context.Context, p Platform, key string, at time.Time) Claim {
	d, ok := e.store.(Deliveries)
	if !ok {
		return Claimed
	}
	c, err := d.ClaimDelivery(ctx, p, key, at)
	if err != nil {
		e.log.Warn("could not claim an update; handling it", LogErr, err)
		return Claimed
	}
	return c
}

// DeliveryDone marks an update claimed with ClaimDelivery handled, so that
// a process it is delivered to again answers for it at once. A store that
// fails is logged: the update may then be handled again after
// DeliveryLease.
func (e *Engine) DeliveryDone(ctx context.Context, p Platform, key string) {
	d, ok := e.store.(Deliveries)
	if !ok {
		return
	}
	if err := d.DeliveryDone(ctx, p, key); err != nil {
		e.log.Warn("could not mark an update handled", LogErr, err)
	}
}

// SharedStore reports whether other processes may share the engine's store
// (it is a ChangeFeed): replicas then divide the work among themselves.
func (e *Engine) SharedStore() bool {
	_, ok := e.store.(ChangeFeed)
	return ok
}

// RememberJoin shares a member's join with the other processes of a shared
// store (a Members), so that one receiving the member's message knows when
// they joined; with a store no other process shares it does nothing, the
// adapter's own memory being enough. A store that fails is logged: the
// join is then known here only.
func (e *Engine) RememberJoin(ctx context.Context, k ChatKey, user string, at time.Time) {
	mb, ok := e.store.(Members)
	if !ok || at.IsZero() {
		return
	}
	if err := mb.PutJoin(ctx, k, user, at); err != nil {
		e.log.Warn("a join is not shared with the other processes", LogChat, k.String(), LogErr, err)
	}
}

// joinedElsewhere is when the sender of m joined its chat, as another
// process sharing the store saw it; zero when not known.
func (e *Engine) joinedElsewhere(ctx context.Context, m *Message) time.Time {
	mb, ok := e.store.(Members)
	if !ok {
		return time.Time{}
	}
	at, err := mb.Joined(ctx, m.Scope(), m.User)
	if err != nil {
		if !errors.Is(err, ErrNotFound) {
			e.log.Warn("joins other processes saw are unavailable", LogChat, m.Scope().String(), LogErr, err)
		}
		return time.Time{}
	}
	return at
}

// Classifier returns the engine's classifier.
func (e *Engine) Classifier() *Classifier { return e.classifier }

// Config returns the engine's configuration.
func (e *Engine) Config() Config { return e.cfg }

// Commit makes everything decided so far durable.
func (e *Engine) Commit(ctx context.Context) error { return e.store.Commit(ctx) }

// Check judges a text on its own, as `immune check` and the check command do;
// an allowed verdict says where each link written through a redirector or
// proxy leads.
func (e *Engine) Check(m *Message) Verdict {
	j := e.classifier.Classify(m, Hints{})
	return j.withDestinations()
}

// ErrBadMessage is returned for a message the engine cannot judge.
var ErrBadMessage = errors.New("bad message")

// Handle judges one message and decides what to do about it. The sender's
// record is updated and, unless Batch is set, committed before Handle
// returns. When the store fails, Handle still returns the decision
// together with the error, so that a threat is dealt with even then.
func (e *Engine) Handle(ctx context.Context, m *Message) (Decision, error) {
	return e.handle(ctx, m, nil)
}

// Prejudged is a message's first judgement, made ahead of its turn by
// Prejudge.
type Prejudged struct {
	j  Judgement
	ok bool // m was valid and j is its judgement
}

// Prejudge makes the judgement Handle begins with (the classifier's, with
// no hints), for HandleJudged to go on from. A caller with many messages
// in hand (immune scan) judges a run of them one after another and then
// handles each: the classifier's code and tables, and then the engine's
// and the store's, stay in the CPU's caches from one message to the next
// instead of each pushing the other out at every message. The decisions
// are Handle's: the judgement depends on the message and the classifier's
// lists alone, and Handle's later looks (an edit that added a link, a
// member's join another process saw) are made as Handle makes them. Lists
// changed between Prejudge and HandleJudged are not in the judgement:
// hand it over at once.
func (e *Engine) Prejudge(m *Message, p *Prejudged) {
	*p = Prejudged{}
	if validate(m) != nil {
		return // HandleJudged reports it, as Handle does
	}
	p.j, p.ok = e.classifier.Classify(m, Hints{}), true
}

// HandleJudged is Handle for a message that Prejudge judged into p, the
// message unchanged since.
func (e *Engine) HandleJudged(ctx context.Context, m *Message, p *Prejudged) (Decision, error) {
	return e.handleWith(ctx, m, nil, p)
}

// handle is Handle. late is set when the message is judged again because
// its shortened links were followed: it is the level the message got
// first, and the new decision acts only if it is worse.
func (e *Engine) handle(ctx context.Context, m *Message, late *Level) (Decision, error) {
	return e.handleWith(ctx, m, late, nil)
}

// handleWith is handle; pre, when set, is the message's first judgement,
// made by Prejudge.
func (e *Engine) handleWith(ctx context.Context, m *Message, late *Level, pre *Prejudged) (Decision, error) {
	if pre == nil || !pre.ok {
		if err := validate(m); err != nil {
			return Decision{}, err
		}
	} // else Prejudge found m valid
	if m.Group == "" {
		e.noticeChat(ctx, m.Scope(), m.ChatTitle, m.ChatLang)
	} else {
		// a Discord channel's title is not its server's
		e.noticeChat(ctx, m.Scope(), "", m.ChatLang)
	}
	e.noticeSender(ctx, m)
	settings, err := e.settings(ctx, m.Scope())
	if err != nil {
		e.log.Warn("chat settings unavailable, using defaults", LogChat, m.Scope().String(), LogErr, err)
	}
	ref := m.Ref()
	shard := e.shardOf(m.Account())
	set := e.recentSet(shard, e.msgHash(ref))
	prev, seen := e.recall(set)
	if late != nil {
		prev.level = max(prev.level, *late)
		prev.struck = prev.struck || *late != Allow
	}
	hints := Hints{}
	var j Judgement
	if pre != nil && pre.ok {
		j = pre.j
	} else {
		j = e.classifier.Classify(m, hints)
	}
	hasLink := len(j.Links) > 0
	if (hasLink || j.Risky) && m.MemberSince.IsZero() {
		// A replica that did not see the sender join asks the store
		// whether another did: a newcomer's link is a newcomer's.
		if at := e.joinedElsewhere(ctx, m); !at.IsZero() {
			known := *m
			known.MemberSince = at
			m = &known
			j = e.classifier.Classify(m, hints)
		}
	}
	if m.Edited && seen && !prev.hadLink && hasLink {
		hints.EditAddedLink = true
		j = e.classifier.Classify(m, hints)
	}
	posted := m
	var unexpanded []string
	if e.expand != nil && hasLink && j.Verdict.Level < Delete {
		// judged with the targets of its shortened links, when known
		m, j, unexpanded = e.withExpansions(ctx, m, j, hints, e.expand.cfg.Inline && late == nil, late != nil)
	}
	t := turnPool.Get().(*turn)
	defer t.done()
	t.e, t.ctx, t.msg, t.j, t.settings, t.prev, t.seen, t.late = e, ctx, *m, j, settings, prev, seen, late != nil
	t.d = Decision{Message: ref, Account: m.Account(), LogChat: settings.LogChat}
	var berr error
	if hasLink || j.Risky || j.Verdict.Level != Allow {
		// The sender's record may change: read, decide and write it
		// while holding the account, in this process and in every other
		// one sharing the store.
		if t.msg.AskAdmin != nil && !t.msg.IsAdmin {
			t.askAdminFirst()
		}
		berr = e.store.UpdateAccount(ctx, t.d.Account, t.locked)
		if !t.ran {
			// The store could not even start (a shared store out of
			// reach): decide all the same, on what can be read.
			berr = errors.Join(berr, t.judge(e.store, true))
		}
	} else {
		// Plain chat changes no record: the sender's state is read, not
		// held.
		berr = t.judge(e.store, false)
	}
	if t.d.fillName {
		// the sender's record lacks its name, and this turn held no
		// account to write it with
		t.d.fillName = false
		berr = errors.Join(berr, e.fillName(ctx, m))
	}
	d := t.d
	prev = t.prev // with what the store remembers of the message
	e.remember(set, recentMsg{hadLink: hasLink, struck: prev.struck || d.Verdict.Level != Allow, level: max(prev.level, d.Verdict.Level)})
	if berr == nil && !e.Batch {
		berr = e.store.Commit(ctx)
	}
	e.countIn(m.Platform, shard).count(&d, t.evidence, berr)
	if len(unexpanded) > 0 && late == nil && !e.expand.cfg.Inline {
		e.queueLate(posted, d.Verdict.Level)
	}
	return d, berr
}

// turn is one message on its way through Handle, from its judgement to the
// decision. Turns are pooled, so that handing the locked part of Handle to
// the store's UpdateAccount allocates nothing.
type turn struct {
	e        *Engine
	ctx      context.Context
	msg      Message // a copy: the caller's message does not escape through the pool
	j        Judgement
	d        Decision
	settings ChatSettings
	prev     recentMsg
	seen     bool
	late     bool // judged again after its links were followed
	evidence string
	ran      bool
	locked   func(tx Store) error // t.judge(tx, true), bound once
}

var turnPool = sync.Pool{New: func() any {
	t := new(turn)
	t.locked = func(tx Store) error { return t.judge(tx, true) }
	return t
}}

// done clears the turn and returns it to the pool.
func (t *turn) done() {
	*t = turn{locked: t.locked}
	turnPool.Put(t)
}

// askAdminFirst waits, before the sender's account is held, for the
// adapter's answer to whether the sender is an admin, when a decision on
// what the store holds now depends on it. On a shared store the account is
// held in a transaction, on one of a few pooled connections: asked inside
// it, a chat's admin list on its way (up to 10 s) would keep the
// connection from every other message. What is read here is read again
// with the account held; should the answer matter only then (another
// process changed the record meanwhile), it is asked for there.
func (t *turn) askAdminFirst() {
	m, j := t.msg, t.j
	d := Decision{Message: t.d.Message, Account: t.d.Account}
	matters := false
	if _, err := t.e.behave(t.ctx, t.e.store, false, &m, &j, &d, t.settings, t.prev.struck, &matters); err != nil || !matters {
		return
	}
	t.msg.IsAdmin, t.msg.AskAdmin = t.msg.AskAdmin(t.ctx), nil
}

// judge completes the decision with the sender's record, read and written
// through st (written only when write is set), and audits it.
func (t *turn) judge(st Store, write bool) error {
	t.ran = true
	e, ctx, m, d := t.e, t.ctx, &t.msg, &t.d
	var err error
	var rec Judged
	recorded := false
	if write {
		// A message flagged before has a record: the same message again
		// (re-sent, or seen by another replica) changes nothing, and an
		// edit of it keeps its strike and warning.
		r, jerr := st.JudgedMessage(ctx, d.Message)
		switch {
		case jerr == nil:
			rec, recorded = r, true
		case !errors.Is(jerr, ErrNotFound):
			err = fmt.Errorf("read judged message: %w", jerr)
		}
	}
	var version uint64
	if recorded {
		version = VersionOf(m)
	}
	// A late judgement (the message with its links' targets) is a new
	// version of it, like an edit; the same late judgement again (another
	// replica followed the links too) is a repeat.
	if recorded && (!m.Edited && !t.late || slices.Contains(rec.Versions, version)) {
		return errors.Join(err, t.repeat(st))
	}
	if recorded {
		t.prev.struck = t.prev.struck || rec.Struck
		t.prev.level = max(t.prev.level, rec.Level)
		if !t.seen && !rec.HadLink && len(t.j.Links) > 0 {
			t.j = e.classifier.Classify(m, Hints{EditAddedLink: true})
		}
		t.seen = true
	}
	var berr error
	t.evidence, berr = e.behave(ctx, st, write, m, &t.j, d, t.settings, t.prev.struck, nil)
	err = errors.Join(err, berr)
	if m.Edited && t.seen && t.prev.level != Allow && d.Verdict.Level <= t.prev.level {
		// already warned about at this level: an edit gets no second notice
		d.Actions = slices.DeleteFunc(d.Actions, func(a Action) bool { return a == ActWarn })
	}
	flagged := len(d.Actions) > 0 || d.Verdict.Level != Allow
	if write && (flagged || recorded) {
		if !recorded {
			rec = Judged{Message: d.Message}
			version = VersionOf(m)
		}
		rec.Time = m.Time
		if d.Verdict.Level >= rec.Level {
			rec.Level, rec.Score = d.Verdict.Level, d.Verdict.Score
		}
		rec.Struck = rec.Struck || d.Verdict.Level != Allow
		rec.HadLink = rec.HadLink || len(t.j.Links) > 0
		rec.Versions = append(rec.Versions, version)
		if n := len(rec.Versions); n > MaxVersions {
			rec.Versions = rec.Versions[n-MaxVersions:]
		}
		if jerr := st.PutJudged(ctx, rec); jerr != nil {
			err = errors.Join(err, fmt.Errorf("record judged message: %w", jerr))
		}
	}
	if t.late && d.Verdict.Level <= t.prev.level {
		// following the links showed nothing worse: the first decision stands
		d.Actions = nil
		return err
	}
	if !flagged {
		return err
	}
	tx := textsFor(t.settings.Lang)
	if (d.Has(ActWarn) || d.Has(ActDelete)) && !e.NoTexts {
		d.Notice = tx.notice(m.UserName, d.Has(ActDelete), &d.Verdict)
	}
	if d.Has(ActNotifyAdmins) && !e.NoTexts {
		d.AdminNote = adminNote(t.settings.Lang, m, d, t.evidence)
	}
	if !e.NoCases {
		c := openCase(m, &t.j, d, e.classifier.operatorShorteners())
		if cerr := st.PutCase(ctx, c); cerr != nil {
			err = errors.Join(err, fmt.Errorf("case: %w", cerr))
		} else {
			d.Case = c.ID
		}
	}
	if aerr := st.AppendAudit(ctx, AuditEntry{
		Time: m.Time, Message: d.Message, Account: d.Account, Level: d.Verdict.Level, Score: d.Verdict.Score,
		Reasons: d.Verdict.Reasons, Actions: d.Actions, Sweep: d.Sweep,
	}); aerr != nil {
		err = errors.Join(err, fmt.Errorf("audit: %w", aerr))
	}
	// The tasks that carry the decision out go to the outbox with it: on a
	// transactional store, in the same transaction.
	if e.NoTexts {
		return err
	}
	d.Tasks = tasks(m, d)
	if len(d.Tasks) > 0 && !e.NoOutbox {
		if oerr := st.AddTasks(ctx, d.Tasks); oerr != nil {
			err = errors.Join(err, fmt.Errorf("outbox: %w", oerr))
		}
	}
	return err
}

// repeat judges a message the engine has judged before, on what is
// remembered, and changes nothing: no strike, no audit entry, no action.
func (t *turn) repeat(st Store) error {
	e, d := t.e, &t.d
	var err error
	t.evidence, err = e.behave(t.ctx, st, false, &t.msg, &t.j, d, t.settings, true, nil)
	t.evidence = ""
	d.Repeat = true
	d.Actions, d.Sweep, d.RestrictChats, d.RestrictUntil = nil, nil, nil, time.Time{}
	return err
}

// VersionOf identifies what a version of a message holds (its text, its
// carried links and its files), so that the same message handed over twice
// is known for what it is, and an edit for a new version.
func VersionOf(m *Message) uint64 {
	// FNV-1a over the fields, each closed by a zero byte; written out so
	// that it allocates nothing.
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	field := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime
		}
		h *= prime // the closing zero byte
	}
	field(m.Text)
	for _, l := range m.Links {
		field(l.Text)
		field(l.URL)
	}
	for _, a := range m.Attachments {
		field(a.Name)
		field(a.MIME)
		var buf [20]byte
		field(string(strconv.AppendInt(buf[:0], a.Size, 10)))
	}
	return h
}

func validate(m *Message) error {
	switch {
	case !m.Platform.Valid():
		return fmt.Errorf("%w: platform %q (want telegram or discord)", ErrBadMessage, m.Platform)
	case m.ID == "":
		return fmt.Errorf("%w: no id", ErrBadMessage)
	case m.Chat == "":
		return fmt.Errorf("%w: no chat", ErrBadMessage)
	case m.User == "":
		return fmt.Errorf("%w: no user", ErrBadMessage)
	case m.Time.IsZero():
		return fmt.Errorf("%w: no time", ErrBadMessage)
	}
	if err := errors.Join(CheckTime("time", m.Time), CheckTime("member_since", m.MemberSince)); err != nil {
		return fmt.Errorf("%w: %w", ErrBadMessage, err)
	}
	for _, id := range [...]struct{ field, v string }{{"id", m.ID}, {"chat", m.Chat}, {"group", m.Group}, {"user", m.User}} {
		if len(id.v) > MaxIDLen {
			return fmt.Errorf("%w: %s is %d bytes long, more than the %d an id can be", ErrBadMessage, id.field, len(id.v), MaxIDLen)
		}
	}
	return nil
}

// behave updates the sender's record with this message (strikes, fan-out,
// compromise), completes the verdict and applies the policy. It reads and
// writes through st, which holds the sender's account when write is set;
// without write (plain chat, which changes no record, or a message judged
// before) it writes nothing. It returns the evidence of a compromise found
// now. With probe set it writes nothing and asks the adapter nothing: it
// sets *probe when the decision depends on whether the sender is an admin
// and the adapter has yet to say.
func (e *Engine) behave(ctx context.Context, st Store, write bool, m *Message, j *Judgement, d *Decision, settings ChatSettings, struckBefore bool, probe *bool) (string, error) {
	var errs []error
	acct := m.Account()
	var o Offender
	var err error
	if v, ok := st.(OffenderViewer); ok {
		// Not copied: what follows only reads the record's slices, and
		// replaces or appends to them.
		o, err = v.ViewOffender(ctx, acct)
	} else {
		o, err = st.Offender(ctx, acct)
	}
	known := err == nil
	if err != nil && !errors.Is(err, ErrNotFound) {
		errs = append(errs, fmt.Errorf("read offender %s: %w", acct, err))
	}
	o.Account = acct
	dirty := false
	// expire strikes
	cutoff := m.Time.Add(-e.cfg.StrikeTTL)
	if n := o.ActiveStrikes(cutoff); n != len(o.Strikes) {
		kept := make([]time.Time, 0, n+1)
		for _, t := range o.Strikes {
			if t.After(cutoff) {
				kept = append(kept, t)
			}
		}
		o.Strikes, dirty = kept, true
	}
	// a compromised mark runs out: an account its owner recovered is not
	// treated as hijacked for ever
	if o.Compromised && m.Time.Sub(o.CompromisedSince) >= e.cfg.CompromisedTTL {
		o.Compromised, o.CompromisedSince, o.Evidence, dirty = false, time.Time{}, "", true
	}
	// once the last of its mutes has ended (RestrictedUntil), none of them
	// blocks a fresh mute. Forgotten here, and in the store with the
	// record's next write; a mute that ended before others is dropped with
	// the account's next mute.
	if len(o.Restricted) > 0 && !o.RestrictedUntil.After(m.Time) {
		o.Restricted, o.RestrictedEnds, o.RestrictedUntil = nil, nil, time.Time{}
	}

	v := j.Verdict
	var few [2]Reason
	more := few[:0] // sender findings, added to the classifier's score as independent evidence
	carries := j.Risky || len(j.Links) > 0
	if len(j.Links) > 0 {
		first, err := e.firstLink(ctx, st, write, probe != nil, m, j.Risky)
		if err != nil {
			errs = append(errs, err)
		}
		if first {
			more = append(more, handRule(CodeFirstLink, wFirstLink, "", say2("first_link")))
		}
	}
	// Where its admins pardoned the account, what came before the pardon
	// no longer counts.
	scope := m.Scope().Chat
	pardoned := o.PardonedAt(scope)
	compromised := o.CompromisedIn(scope)
	fps := fingerprints(m, j)
	var evidence string
	var sweep []Sighting
	if len(fps) > 0 {
		spread, n, err := e.fanOut(ctx, st, write, probe != nil, m, fps)
		if err != nil {
			errs = append(errs, err)
		}
		if spread != "" && !compromised {
			compromised = true
			o.Compromised, o.CompromisedSince = true, m.Time
			// kept in no language: the reason's detail puts it in the
			// words of whoever reads it
			evidence = fanOutEvidence(spread, n, e.cfg.FanOutWindow)
			o.Evidence, dirty = evidence, true
			more = append(more, handRule(CodeFanOut, 0.97, "", say2("fan_out", spread, strconv.Itoa(n), strconv.Itoa(int(e.cfg.FanOutWindow.Minutes())))))
		}
	}
	if compromised && carries {
		if len(more) == 0 || more[len(more)-1].Code != CodeFanOut {
			more = append(more, handRule(CodeCompromised, 0.97, "", say2("compromised", o.CompromisedSince.UTC().Format(time.RFC3339), o.Evidence)))
		}
		sw, err := e.sweep(ctx, st, write, m, fps)
		if err != nil {
			errs = append(errs, err)
		}
		sweep = sw
	}
	v = v.Extend(e.cfg.Thresholds, more...)
	d.Verdict = v

	f := facts{level: v.Level, compromised: compromised, carriesLink: carries, loggingDeletions: settings.LogChat != ""}
	strikeCutoff := cutoff
	if pardoned.After(cutoff) {
		strikeCutoff = pardoned
	}
	if v.Level != Allow && !struckBefore {
		o.Strikes = append(o.Strikes, m.Time)
		if keep := e.maxStrikes(); len(o.Strikes) > keep {
			// an account far past the limit needs no longer a record
			o.Strikes = slices.Clone(o.Strikes[len(o.Strikes)-keep:])
		}
		dirty = true
		if o.ActiveStrikes(strikeCutoff) >= e.cfg.StrikesToRestrict {
			f.strikeLimit = true
		}
	}
	if o.RestrictedUntil.After(m.Time) && wouldRestrict(&f, settings.Mode) {
		// Looked up only when it matters: the list of where a hijacked
		// account was muted can be long, and most of its messages are
		// plain chat. Each mute has its own end: the one here may be over
		// while a later one elsewhere is not.
		f.alreadyMuted = o.MutedUntil(scope).After(m.Time) || (m.Chat != scope && o.MutedUntil(m.Chat).After(m.Time))
	}
	if !m.IsAdmin && m.AskAdmin != nil && (write || probe != nil) && adminMatters(&f, settings.Mode, e.cfg.Admins) {
		if probe != nil {
			*probe = true
		} else {
			// the adapter is still asking the platform; only now, with a
			// decision that depends on it, is the answer waited for
			m.IsAdmin = m.AskAdmin(ctx)
		}
	}
	d.Actions = decide(&f, settings.Mode, m.IsAdmin, e.cfg.Admins)
	if d.Has(ActRestrict) {
		until := m.Time.Add(e.cfg.RestrictFor)
		d.RestrictUntil = until
		// the mutes that have ended make room for this one, and the
		// chats of those the sweep finds are muted again
		if slices.ContainsFunc(o.RestrictedEnds, func(t time.Time) bool { return !t.After(m.Time) }) {
			o.keepMutes(func(_ string, end time.Time) bool { return end.After(m.Time) })
		}
		o.mutedIn(scope, until)
		dirty = true
	}
	if d.Has(ActDelete) {
		for _, s := range sweep {
			d.Sweep = append(d.Sweep, s.Message)
		}
		if d.Has(ActRestrict) && compromised {
			// a hijacked account is muted wherever it spread, not only
			// here: once in each chat (Discord: server), whose admins then
			// see it and may pardon it there
			for _, s := range sweep {
				where := s.Message.Chat
				if s.Group != "" {
					where = s.Group
					o.Groups = appendRecent(o.Groups, s.Group)
				}
				if where != scope && o.mutedIn(where, d.RestrictUntil) {
					d.RestrictChats = append(d.RestrictChats, s.Message.Chat)
				}
			}
		}
	}
	if v.Level != Allow || dirty {
		o.Name = recordName(m.UserName, m.Handle)
		dirty = true
	}
	if v.Level != Allow {
		// Only a flagged message puts its chat on record and counts as
		// the last seen (which OffenderRetention runs from): a record
		// written for an expired strike or mark would otherwise show the
		// account to the admins of a chat it never offended in, and keep
		// it past its retention.
		o.LastSeen = m.Time
		o.Chats = appendRecent(o.Chats, m.Chat)
		if m.Group != "" {
			o.Groups = appendRecent(o.Groups, m.Group)
		}
	}
	// A record written by an older version, or from a message that came
	// without them, may lack the account's name or username, and on
	// Telegram the account may have changed them since: any message of
	// the account, flagged or not, sets them, so that admins see the
	// account by its name and find it by its @username, and an @username
	// it gave up (which another account may take) no longer finds it.
	// A message that tells what the record says writes nothing.
	if known && staleName(m, o.Name) {
		if write {
			o.Name, dirty = recordName(m.UserName, m.Handle), true
		} else if probe == nil {
			d.fillName = true
		}
	}
	if dirty && write {
		// o's slices are the record's as read (never written into) or
		// made here, and nothing below or after keeps them: the store
		// may keep them rather than copy them
		var err error
		if k, ok := st.(OffenderKeeper); ok {
			err = k.KeepOffender(ctx, o)
		} else {
			err = st.PutOffender(ctx, o)
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("write offender %s: %w", acct, err))
		}
	}
	if known || dirty {
		d.User = UserState{Strikes: o.ActiveStrikes(strikeCutoff), Compromised: compromised}
	}
	return evidence, errors.Join(errs...)
}

// staleName reports whether an offender record's name is not what a
// message of the account tells: the record lacks the name, or the
// username (a record written before usernames were kept); or, on
// Telegram, where an account's name and username are the same in every
// chat, the account has changed either since (a username given up
// included). On Discord the name is a server's nickname, which differs
// from server to server, so a record keeps the one of its last flagged
// message. A message an anonymous admin signs (from the chat itself) is
// not the account's own name.
func staleName(m *Message, recorded string) bool {
	name, handle := m.UserName, m.Handle
	switch {
	case name == "":
		return false
	case recorded == "":
		return true
	case m.Platform == Telegram && m.User != m.Chat:
		return recorded != recordName(name, handle)
	case handle == "":
		return false
	}
	_, h := splitName(recorded)
	return h == ""
}

// fillName writes the name and username of the sender of m where its
// record's are stale (staleName), holding the account: the record is
// read again and changed only if they still are.
func (e *Engine) fillName(ctx context.Context, m *Message) error {
	k := m.Account()
	name, handle := m.UserName, m.Handle
	// what staleName reads, copied: the closure below would move m itself
	// to the heap, and with it the message of every call of handle (in
	// immune scan, a 300-byte allocation a line)
	who := Message{Platform: m.Platform, Chat: m.Chat, User: m.User, UserName: name, Handle: handle}
	err := e.store.UpdateAccount(ctx, k, func(tx Store) error {
		o, err := tx.Offender(ctx, k)
		if err != nil || !staleName(&who, o.Name) {
			if errors.Is(err, ErrNotFound) {
				return nil
			}
			return err
		}
		o.Name = recordName(name, handle)
		return tx.PutOffender(ctx, o)
	})
	if err != nil {
		return fmt.Errorf("fill the name of %s: %w", k, err)
	}
	return nil
}

// mutedIn adds where (a chat, or a Discord server) to the places the
// account is muted in, its mute there ending at until, unless it is there
// already, and reports whether it was added. The list keeps the latest
// MaxRestricted.
func (o *Offender) mutedIn(where string, until time.Time) bool {
	if contains(o.Restricted, where) {
		return false
	}
	if len(o.RestrictedEnds) != len(o.Restricted) {
		// a record of an older version: each of its mutes ends with the last
		o.keepMutes(func(string, time.Time) bool { return true })
	}
	o.Restricted = append(o.Restricted, where)
	o.RestrictedEnds = append(o.RestrictedEnds, until)
	if until.After(o.RestrictedUntil) {
		o.RestrictedUntil = until
	}
	if n := len(o.Restricted); n > MaxRestricted {
		o.Restricted, o.RestrictedEnds = o.Restricted[n-MaxRestricted:], o.RestrictedEnds[n-MaxRestricted:]
	}
	return true
}

// appendRecent adds x to a list of at most 32, most recent last.
func appendRecent(xs []string, x string) []string {
	if contains(xs, x) {
		return xs
	}
	xs = append(xs, x)
	if len(xs) > 32 {
		xs = xs[len(xs)-32:]
	}
	return xs
}

// maxStrikes is how many strike times a record keeps: enough for any
// restriction decision, and a bound on the record of an account that keeps
// posting threats. user_state.strikes counts up to it.
func (e *Engine) maxStrikes() int { return max(20, 2*e.cfg.StrikesToRestrict) }

// firstLinkRefresh is how old an account's first-link record may grow
// before a link of the account sets it again: one write per account a
// month at most.
const firstLinkRefresh = 30 * 24 * time.Hour

// firstLink records the sender's first link and reports whether this one
// counts as an established member's first link ever: a suspect link from
// someone who joined more than a day ago and never posted one before.
// Without write it records nothing; with probe it reports what the write
// would (the decision foreseen before the account is held).
func (e *Engine) firstLink(ctx context.Context, st Store, write, probe bool, m *Message, suspect bool) (bool, error) {
	acct := m.Account()
	last, err := st.FirstLink(ctx, acct)
	switch {
	case err == nil:
		// refreshed now and then, so that the store's retention forgets
		// only accounts that have posted no link for that long
		if write && m.Time.Sub(last) >= firstLinkRefresh {
			if err := st.SetFirstLink(ctx, acct, m.Time); err != nil {
				return false, fmt.Errorf("refresh first link %s: %w", acct, err)
			}
		}
		return false, nil
	case !errors.Is(err, ErrNotFound):
		return false, fmt.Errorf("read first link %s: %w", acct, err)
	}
	established := !m.MemberSince.IsZero() && m.Time.Sub(m.MemberSince) >= 24*time.Hour
	if !write {
		// a probe reports what the write would: the decision it foresees
		// is the one taken with the account held
		return probe && suspect && established, nil
	}
	if err := st.SetFirstLink(ctx, acct, m.Time); err != nil {
		return false, fmt.Errorf("record first link %s: %w", acct, err)
	}
	return suspect && established, nil
}

// fingerprints are the keys under which a message's spread is counted:
// each suspect link's target, each risky file, and the words that carry
// them.
func fingerprints(m *Message, j *Judgement) []string {
	if !j.Risky {
		return nil
	}
	var fps []string
	var seen map[string]bool // once there are too many to compare one by one
	add := func(fp string) {
		switch {
		case seen != nil:
			if seen[fp] {
				return
			}
			seen[fp] = true
		case len(fps) < 16:
			if slices.Contains(fps, fp) {
				return
			}
		default:
			seen = make(map[string]bool, 2*len(fps))
			for _, f := range fps {
				seen[f] = true
			}
			if seen[fp] {
				return
			}
			seen[fp] = true
		}
		fps = append(fps, fp)
	}
	for _, i := range j.Suspect {
		add("u:" + j.Links[i].Target())
	}
	for _, a := range JudgedFiles(m.Attachments) {
		add("f:" + a.Name + ":" + strconv.FormatInt(a.Size, 10))
	}
	if j.TextKey != "" {
		add("t:" + j.TextKey)
	}
	return fps
}

// fanOut records the message's sightings and reports a fingerprint the
// account has spread into FanOutChats chats or more within FanOutWindow,
// with the number of chats. Written, the message is among the sightings;
// with probe, it counts in its chat though it is not.
func (e *Engine) fanOut(ctx context.Context, st Store, write, probe bool, m *Message, fps []string) (string, int, error) {
	acct := m.Account()
	if write {
		// handed over: fps is only read from here on, never written
		ss := []Sighting{{Account: acct, Fingerprints: fps, Message: m.Ref(), Group: m.Group, Time: m.Time}}
		var err error
		if k, ok := st.(SightingKeeper); ok {
			err = k.KeepSightings(ctx, ss)
		} else {
			err = st.AddSightings(ctx, ss)
		}
		if err != nil {
			return "", 0, fmt.Errorf("record sightings %s: %w", acct, err)
		}
	}
	recent, err := st.RecentSightings(ctx, acct, m.sightingsSince(e.cfg.FanOutWindow))
	if err != nil {
		return "", 0, fmt.Errorf("read sightings %s: %w", acct, err)
	}
	// in[i] are the chats fingerprint i of this message was seen in: one
	// pass over the recent sightings, whatever the number of
	// fingerprints. Sightings and fingerprints are few: slices do.
	type chat struct {
		p    Platform
		chat string
	}
	var few [4][]chat
	in := few[:min(len(fps), len(few))]
	if len(fps) > len(few) {
		in = make([][]chat, len(fps))
	}
	var index map[string]int // for a message with many fingerprints
	if len(fps) > 16 {
		index = make(map[string]int, len(fps))
		for i, fp := range fps {
			index[fp] = i
		}
	}
	for _, s := range recent {
		if s.Time.After(m.Time) {
			continue
		}
		for _, fp := range s.Fingerprints {
			i := -1
			if index != nil {
				if j, ok := index[fp]; ok {
					i = j
				}
			} else {
				i = slices.Index(fps, fp)
			}
			if i < 0 {
				continue
			}
			if c := (chat{s.Message.Platform, s.Message.Chat}); !slices.Contains(in[i], c) {
				in[i] = append(in[i], c)
			}
		}
	}
	here := chat{m.Platform, m.Chat}
	for i, fp := range fps { // in the message's order: the first to spread is named
		n := len(in[i])
		if probe && !slices.Contains(in[i], here) {
			n++
		}
		if n >= e.cfg.FanOutChats {
			return describeFingerprint(fp), n, nil
		}
	}
	return "", 0, nil
}

// describeFingerprint names what a fingerprint stands for, as a key of
// the languages' spread tables: a link, a file, or text with a link.
func describeFingerprint(fp string) string {
	switch fp[0] {
	case 'u':
		return "link"
	case 'f':
		return "file"
	}
	return "text"
}

// sightingsSince is the earliest sighting the engine reads for m with a
// window: the window back from m's own time, but none before
// m.SightingsFrom.
func (m *Message) sightingsSince(window time.Duration) time.Time {
	since := m.Time.Add(-window)
	if since.Before(m.SightingsFrom) {
		return m.SightingsFrom
	}
	return since
}

// sweep returns the sightings of the account's earlier messages that
// carried any of the fingerprints, in every chat, and forgets them so that
// they are swept once.
func (e *Engine) sweep(ctx context.Context, st Store, write bool, m *Message, fps []string) ([]Sighting, error) {
	acct := m.Account()
	recent, err := st.RecentSightings(ctx, acct, m.sightingsSince(e.cfg.SweepWindow))
	if err != nil {
		return nil, fmt.Errorf("read sightings %s: %w", acct, err)
	}
	want := map[string]bool{}
	for _, fp := range fps {
		want[fp] = true
	}
	self := m.Ref()
	var out []Sighting
	var refs []MessageRef
	seen := map[MessageRef]bool{self: true}
	for _, s := range recent {
		if seen[s.Message] {
			continue
		}
		for _, fp := range s.Fingerprints {
			if want[fp] {
				seen[s.Message] = true
				out = append(out, s)
				refs = append(refs, s.Message)
				break
			}
		}
	}
	if len(out) > 0 && write {
		if err := st.DeleteSightings(ctx, acct, refs); err != nil {
			return out, fmt.Errorf("forget swept sightings %s: %w", acct, err)
		}
	}
	return out, nil
}

// ChatSettings returns the settings of a chat (or Discord server) with the
// defaults filled in; when the store cannot be read it returns the
// defaults.
func (e *Engine) ChatSettings(ctx context.Context, k ChatKey) ChatSettings {
	s, err := e.settings(ctx, k)
	if err != nil {
		e.log.Warn("chat settings unavailable, using defaults", LogChat, k.String(), LogErr, err)
	}
	return s
}

// settings returns a chat's settings with the defaults filled in.
func (e *Engine) settings(ctx context.Context, k ChatKey) (ChatSettings, error) {
	s, err := e.stored(ctx, k)
	return e.withDefaults(s), err
}

// stored returns a chat's settings as stored: empty fields are the
// defaults. Change these and store them back, never the ones settings
// fills in, or a default would be stored as if an admin had chosen it.
func (e *Engine) stored(ctx context.Context, k ChatKey) (ChatSettings, error) {
	slot := e.chatSlot(k)
	if p := slot.Load(); p != nil && p.Chat == k {
		return *p, nil
	}
	e.chatsMu.RLock()
	p, ok := e.chats[k]
	if ok {
		slot.Store(p) // under the lock: no change can come between
	}
	e.chatsMu.RUnlock()
	if ok {
		return *p, nil
	}
	gen := e.chatsGen.Load()
	s, err := e.loadSettings(ctx, k)
	if err != nil {
		return s, err
	}
	e.cacheSettings(s, gen)
	return s, nil
}

// storedLocked is stored for a caller that holds chatsMu.
func (e *Engine) storedLocked(ctx context.Context, k ChatKey) (ChatSettings, error) {
	if p, ok := e.chats[k]; ok {
		return *p, nil
	}
	return e.loadSettings(ctx, k)
}

func (e *Engine) loadSettings(ctx context.Context, k ChatKey) (ChatSettings, error) {
	s, err := e.store.ChatSettings(ctx, k)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return ChatSettings{Chat: k}, err
	}
	s.Chat = k
	return s, nil
}

// cacheSettings caches stored settings read when the generation was gen,
// unless cached settings were dropped since (then what was read may be
// stale), or the chat's were cached meanwhile (by a change, which is
// newer). A change's entry leaves the map only with a new generation
// (forgetSettings, or the cache starting again in rememberLocked), so
// settings read before a change are never cached after it.
func (e *Engine) cacheSettings(s ChatSettings, gen uint64) {
	e.chatsMu.Lock()
	defer e.chatsMu.Unlock()
	if _, ok := e.chats[s.Chat]; ok || e.chatsGen.Load() != gen {
		return
	}
	e.rememberLocked(s)
}

// rememberLocked caches a chat's stored settings; the caller holds
// chatsMu.
func (e *Engine) rememberLocked(s ChatSettings) {
	if len(e.chats) >= maxRecent {
		// a new generation: a fill in flight may have read a chat's
		// settings before a change whose entry goes here
		// (TestSettingsFillAfterAChangeIsNotCached)
		clear(e.chats)
		e.chatsGen.Add(1)
	}
	e.chats[s.Chat] = &s
	e.chatSlot(s.Chat).Store(&s)
}

// chatSlotCount is the number of chatSlots.
const chatSlotCount = 16384

// chatSlot returns the slot a chat's settings are kept in.
func (e *Engine) chatSlot(k ChatKey) *atomic.Pointer[ChatSettings] {
	return &e.chatSlots[mix64(fnv64(string(k.Platform), k.Chat))%chatSlotCount]
}

// forgetSettings drops the cached settings of a chat, or of every chat for
// nil.
func (e *Engine) forgetSettings(k *ChatKey) {
	e.chatsMu.Lock()
	defer e.chatsMu.Unlock()
	e.chatsGen.Add(1)
	if k == nil {
		clear(e.chats)
		for i := range e.chatSlots {
			e.chatSlots[i].Store(nil)
		}
	} else {
		delete(e.chats, *k)
		e.chatSlot(*k).Store(nil)
	}
}

func (e *Engine) withDefaults(s ChatSettings) ChatSettings {
	if s.Mode == "" {
		s.Mode = e.cfg.DefaultMode
	}
	if s.Lang == "" {
		s.Lang = s.AutoLang
	}
	if s.Lang == "" {
		s.Lang = e.cfg.DefaultLang
	}
	return s
}

// msgHash names a message in the table of recent messages: a 64-bit
// hash, so that a lookup hashes one word, not three strings. The hash is
// the same in every process (FNV-1a, then mixed): which messages share a
// slot, and so which an edit is still judged against, depends on the
// messages alone, and two scans of the same input give the same output.
// A random seed made that vary from run to run. Message ids are the
// platform's, so nobody can choose them to collide.
func (e *Engine) msgHash(ref MessageRef) uint64 {
	return mix64(fnv64(string(ref.Platform), ref.Chat, ref.ID))
}

// fnv64 is FNV-1a over the fields, each closed by a zero byte.
func fnv64(fields ...string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for _, s := range fields {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * prime
		}
		h *= prime // the field's end, as a zero byte
	}
	return h
}

// mix64 is fmix64 (MurmurHash3's finaliser): every bit of h reaches the
// low bits that pick a slot.
func mix64(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// The table of recent messages is divided into recentShards parts by the
// sender's account, so that the messages of accounts judged apart (Shard)
// never take each other's slots: which messages are remembered then
// depends on each part's own order, whatever the order between parts.
// Within a part a message's hash picks a set of recentWays slots (one
// cache line), newest first: a message is forgotten once recentWays newer
// ones fell on its set, so memory stays fixed and a lookup touches one
// line, and two messages sharing a set do not push each other out (a
// table with one slot a set forgot an edited message's first version in
// about one edit in 1,600 when 40 messages came between them).
const (
	recentShards = 64
	recentWays   = 4
	shardSets    = maxRecent / recentShards / recentWays
)

// shardOf returns the part of the recent table of an account's messages:
// the same in every process, as msgHash is.
func (e *Engine) shardOf(k AccountKey) uint64 {
	return mix64(fnv64(string(k.Platform), k.User)) % recentShards
}

// Shard returns which of n workers should judge m when several judge
// messages at once (immune scan on several CPUs): the messages of one
// account always go to the same worker, which judges them in their order,
// and what the engine remembers from one message to the next is the
// account's own, or kept apart by account in the same way (the recent
// messages), or read-only while a scan runs (chat settings: a scan's
// messages carry no chat title or language). Messages judged so are
// decided as they would be one after another.
func (e *Engine) Shard(m *Message, n int) int { return e.ShardOf(m.Platform, m.User, n) }

// ShardOf is Shard for a message of user on platform p, for a caller
// that has not made the message yet.
func (e *Engine) ShardOf(p Platform, user string, n int) int {
	if n <= 1 {
		return 0
	}
	return int(e.shardOf(AccountKey{Platform: p, User: user}) % uint64(n))
}

// recentSet names where a message (of hash k) is remembered in an
// account's part of the table: the part, the first slot of its set, and
// the message's key in it (k with its low byte clear).
type recentSet struct {
	shard uint64
	at    uint64
	key   uint64
}

// paddedMutex is a mutex on a cache line of its own, so that workers
// taking neighbouring ones do not slow each other down.
type paddedMutex struct {
	sync.Mutex
	_ [56]byte
}

func (e *Engine) recentSet(shard, k uint64) recentSet {
	k &^= 0xff
	return recentSet{shard: shard, at: (shard*shardSets + (k>>8)%shardSets) * recentWays, key: k}
}

func (e *Engine) recall(rs recentSet) (recentMsg, bool) {
	mu := &e.recentMu[rs.shard]
	mu.Lock()
	defer mu.Unlock()
	for _, s := range e.recent[rs.at : rs.at+recentWays] {
		if s != 0 && uint64(s)&^0xff == rs.key {
			return s.unpack(), true
		}
	}
	return recentMsg{}, false
}

func (e *Engine) remember(rs recentSet, r recentMsg) {
	mu := &e.recentMu[rs.shard]
	mu.Lock()
	defer mu.Unlock()
	set := e.recent[rs.at : rs.at+recentWays : rs.at+recentWays]
	// the message moves to the front; the set's oldest falls out unless
	// the message was in it already
	i := len(set) - 1
	for j, s := range set {
		if s != 0 && uint64(s)&^0xff == rs.key {
			i = j
			break
		}
	}
	copy(set[1:i+1], set[:i])
	set[0] = r.pack(rs.key)
}

// human writes a duration for people in English: "10 minutes", "24
// hours", "30 days".
func human(d time.Duration) string { return english.duration(d) }

// humanIn writes a duration for people in a language: "10 phút".
func humanIn(l Lang, d time.Duration) string { return textsFor(l).duration(d) }

// duration writes a setting's duration in the language of t.
func (t *texts) duration(d time.Duration) string {
	unit := func(n int64, u [2]string) string {
		if n == 1 {
			return "1 " + u[0]
		}
		return strconv.FormatInt(n, 10) + " " + u[1]
	}
	switch {
	case d >= 48*time.Hour && d%(24*time.Hour) == 0:
		return unit(int64(d/(24*time.Hour)), t.units[0])
	case d >= time.Hour && d%time.Hour == 0:
		return unit(int64(d/time.Hour), t.units[1])
	case d >= time.Minute && d%time.Minute == 0:
		return unit(int64(d/time.Minute), t.units[2])
	}
	return d.String()
}

// withBuiltinBrands returns the built-in brands (brand.Protected: those
// the model was trained with and those added since) followed by extra ones.
func withBuiltinBrands(extra []brand.Brand) []brand.Brand {
	return append(brand.Protected(), extra...)
}

// defangTarget defangs the host part of a host+path target.
func defangTarget(t string) string {
	return linkx.Defang(t)
}
