package bot

import (
	"context"
	"errors"
	"slices"
	"time"
)

// The interfaces in this file are what the engine needs remembered. store/
// implements them on bbolt for one process, store/postgres on PostgreSQL for
// several processes sharing one memory; every method is safe for concurrent
// use. Writes may be buffered: they are visible to later reads at once and
// durable after Commit returns. A store shared by several processes makes a
// write visible to the other processes once it is durable.
//
// A write the store cannot hold is refused when it is made, with an error,
// and buffers nothing: a record without its key, a time outside the years 0
// to 9999, a score or weight that is not a finite number. A refused write
// never makes a later Commit fail.

// ErrNotFound is returned by lookups of a record that does not exist.
var ErrNotFound = errors.New("not found")

// Offender is what immune remembers of one account across every chat.
type Offender struct {
	Account AccountKey
	// Name is the last display name seen, with the account's @username
	// after it where the platform has one: "Eve (@eve_spam)".
	Name    string
	Strikes []time.Time // when each unexpired strike was given, oldest first
	// Compromised is set when the account behaves like a hijacked one.
	Compromised      bool
	CompromisedSince time.Time
	Evidence         string // why it was marked compromised
	// Restricted lists where the account was muted (Telegram chats;
	// Discord servers, or the channels records of older versions name), so
	// that the admins of each can see and pardon the account there, oldest
	// first; RestrictedEnds, of the same length, when each of those mutes
	// ends, and RestrictedUntil when the last of them ends. A mute that has
	// ended no longer counts: the engine drops it with the account's next
	// mute, and the whole list once RestrictedUntil has passed. Restricted
	// holds at most MaxRestricted. Records of older versions have no
	// RestrictedEnds: each of their mutes ends at RestrictedUntil
	// (MutedUntil).
	RestrictedUntil time.Time
	Restricted      []string
	RestrictedEnds  []time.Time
	Chats           []string  // chats the account was seen flagged in, most recent last
	Groups          []string  // Discord servers of those chats, and of the channels it was muted in
	LastSeen        time.Time // time of the last flagged message
	// Pardons are where admins pardoned the account while it stayed on
	// record elsewhere (Telegram chats, Discord servers), with when: there
	// the strikes and the hijacked mark from before the pardon no longer
	// count. At most MaxPardons, the latest kept.
	Pardons []Pardon
}

// MaxRestricted bounds Offender.Restricted: a hijacked account spraying
// into hundreds of chats, and muted in each, would otherwise carry every one
// of them in the record rewritten with each of its messages. Past the bound
// the oldest are forgotten: the mute there runs its course, but the admins
// of that chat can no longer pardon the account from there unless it was
// flagged there (its last 32 such chats are kept apart, in Chats), and a
// later sweep that finds a copy there mutes it again, renewing the mute.
const MaxRestricted = 64

// MutedUntil returns when the account's mute in where (a chat, or a
// Discord server) ends, or the zero time if it was not muted there.
func (o *Offender) MutedUntil(where string) time.Time {
	i := slices.Index(o.Restricted, where)
	if i < 0 {
		return time.Time{}
	}
	return o.muteEnd(i)
}

// muteEnd returns when the mute in Restricted[i] ends: RestrictedUntil in
// a record of an older version, which kept no end for each.
func (o *Offender) muteEnd(i int) time.Time {
	if len(o.RestrictedEnds) != len(o.Restricted) {
		return o.RestrictedUntil
	}
	return o.RestrictedEnds[i]
}

// keepMutes keeps the mutes keep reports, with their ends, and makes
// RestrictedUntil the last end kept (the zero time if none). The lists
// are new ones: those of a record read from a store may be the store's.
func (o *Offender) keepMutes(keep func(where string, end time.Time) bool) {
	var where []string
	var ends []time.Time
	var last time.Time
	for i, r := range o.Restricted {
		if end := o.muteEnd(i); keep(r, end) {
			where, ends = append(where, r), append(ends, end)
			if end.After(last) {
				last = end
			}
		}
	}
	o.Restricted, o.RestrictedEnds, o.RestrictedUntil = where, ends, last
}

// Pardon is a pardon given in one chat (a Discord server).
type Pardon struct {
	Scope string // the chat, or the Discord server
	Time  time.Time
}

// MaxPardons bounds Offender.Pardons.
const MaxPardons = 32

// PardonedAt returns when the account was last pardoned in scope (a chat,
// or a Discord server), or the zero time.
func (o *Offender) PardonedAt(scope string) time.Time {
	for _, p := range o.Pardons {
		if p.Scope == scope {
			return p.Time
		}
	}
	return time.Time{}
}

// CompromisedIn reports whether the account counts as hijacked in scope:
// marked, and not pardoned there since.
func (o *Offender) CompromisedIn(scope string) bool {
	since := o.PardonedAt(scope)
	return o.Compromised && (since.IsZero() || o.CompromisedSince.After(since))
}

// ActiveStrikes counts the strikes given after since.
func (o *Offender) ActiveStrikes(since time.Time) int {
	n := 0
	for _, t := range o.Strikes {
		if t.After(since) {
			n++
		}
	}
	return n
}

// Offenders stores account records.
type Offenders interface {
	// Offender returns the record of k, or ErrNotFound.
	Offender(ctx context.Context, k AccountKey) (Offender, error)
	// PutOffender stores o under o.Account, replacing any earlier record.
	PutOffender(ctx context.Context, o Offender) error
	// DeleteOffender forgets k; it is not an error if there is no record.
	DeleteOffender(ctx context.Context, k AccountKey) error
	// ListOffenders returns up to limit records (all for limit <= 0), those
	// seen last first.
	ListOffenders(ctx context.Context, limit int) ([]Offender, error)
	// OffendersIn returns the records of the accounts of platform p on
	// record in any of scopes (chats, Discord servers): those whose Chats,
	// Groups or Restricted name one of them, seen last first (at the same
	// time, by account). The store finds them through an index by scope,
	// so that the cost follows the accounts on record there, not all.
	OffendersIn(ctx context.Context, p Platform, scopes []string) ([]Offender, error)
	// OffendersSeenIn is OffendersIn without the records: each account and
	// its LastSeen, in no particular order, read from the index alone.
	OffendersSeenIn(ctx context.Context, p Platform, scopes []string) ([]OffenderSeen, error)
}

// OffenderSeen is an account on record and when it was last flagged:
// what a page of offenders is ordered, counted and cut by before any
// record is read.
type OffenderSeen struct {
	Account  AccountKey
	LastSeen time.Time
}

// OffenderViewer is implemented by a store that can hand out an offender
// record without copying it: the engine reads the sender's record for
// every message, and a busy member's record (strikes, the chats it was
// flagged and muted in) is the largest thing it reads.
type OffenderViewer interface {
	// ViewOffender is Offender, but the slices of the record returned are
	// shared with what the store holds: the caller must not write into
	// them (each is capped at its length, so appending to one makes a new
	// one). Its fields may be set, and the record handed to PutOffender.
	ViewOffender(ctx context.Context, k AccountKey) (Offender, error)
}

// OffenderKeeper is implemented by a store that can keep an offender
// record handed to it without copying it: the engine writes the record of
// the sender of every flagged message, and a copy made only to be handed
// over is the largest thing it allocates for one.
type OffenderKeeper interface {
	// KeepOffender is PutOffender, but the store may keep o's slices as
	// they are: the caller gives them up, and neither it nor anyone it
	// shares them with writes into them afterwards. Slices of a record
	// from OffenderViewer may be among them.
	KeepOffender(ctx context.Context, o Offender) error
}

// SightingKeeper is implemented by a store that can keep the sightings
// handed to it without copying them: the engine records one for every
// message that carries a link.
type SightingKeeper interface {
	// KeepSightings is AddSightings, but the store may keep the elements
	// of s and their Fingerprints as they are, and set their times to its
	// own form: the caller gives them up, and neither it nor anyone it
	// shares them with reads or writes them afterwards.
	KeepSightings(ctx context.Context, s []Sighting) error
}

// Sighting is one message of an account that carried a link, remembered for
// the fan-out rule and for sweeping a compromised account's copies.
type Sighting struct {
	Account AccountKey
	// Fingerprints are the keys the message's spread is counted under:
	// each suspect link's target, each risky file, the text carrying them.
	Fingerprints []string
	Message      MessageRef
	Group        string // Discord server of Message.Chat; empty on Telegram
	Time         time.Time
}

// Sightings stores recent link sightings per account.
type Sightings interface {
	// AddSightings records sightings.
	AddSightings(ctx context.Context, s []Sighting) error
	// RecentSightings returns the account's sightings at or after since,
	// oldest first.
	RecentSightings(ctx context.Context, k AccountKey, since time.Time) ([]Sighting, error)
	// DeleteSightings forgets the account's sightings of the given messages.
	DeleteSightings(ctx context.Context, k AccountKey, msgs []MessageRef) error
	// PruneSightings forgets every sighting before t.
	PruneSightings(ctx context.Context, before time.Time) error
}

// ChatSettings are the per-chat settings admins change with commands.
// Zero fields mean "the configured default".
type ChatSettings struct {
	Chat    ChatKey
	Mode    Mode
	Lang    Lang   // set by an admin (/lang)
	LogChat string // chat (or channel) that receives admin notifications
	// AutoLang is the language the chat's members use, as the engine
	// inferred it; it applies while Lang is empty.
	AutoLang Lang
	Title    string // the chat's title, as last seen
	LogTitle string // the title of LogChat, as seen when it was linked
}

// Chats stores per-chat settings.
type Chats interface {
	// ChatSettings returns the settings of k, or ErrNotFound.
	ChatSettings(ctx context.Context, k ChatKey) (ChatSettings, error)
	// PutChatSettings stores s under s.Chat.
	PutChatSettings(ctx context.Context, s ChatSettings) error
}

// ListKind says whether a list entry allows or blocks.
type ListKind string

// The two kinds of list.
const (
	AllowList ListKind = "allow"
	BlockList ListKind = "block"
)

// ListEntry is one domain or URL on an allow or block list. An empty Scope
// is global; otherwise it is the ChatKey.String() of the chat it applies to.
type ListEntry struct {
	Scope   string
	Kind    ListKind
	Value   string // a lower-case domain or a normalised URL
	AddedBy string
	AddedAt time.Time
}

// Lists stores the allow and block lists admins edit.
type Lists interface {
	// ListEntries returns every entry of every scope.
	ListEntries(ctx context.Context) ([]ListEntry, error)
	// PutListEntry adds e, replacing an entry with the same scope, kind and value.
	PutListEntry(ctx context.Context, e ListEntry) error
	// DeleteListEntry removes an entry; it reports whether there was one.
	DeleteListEntry(ctx context.Context, scope string, kind ListKind, value string) (bool, error)
}

// AuditEntry records one thing immune did, or one admin command that changed
// something, with its reasons.
type AuditEntry struct {
	Time    time.Time
	Message MessageRef
	Account AccountKey
	Level   Level
	Score   float64
	Reasons []Reason
	Actions []Action
	Sweep   []MessageRef
	Note    string // for commands: what changed and who changed it
}

// Audit stores the audit log.
type Audit interface {
	// AppendAudit adds e to the log.
	AppendAudit(ctx context.Context, e AuditEntry) error
	// RecentAudit returns up to limit entries, newest first.
	RecentAudit(ctx context.Context, limit int) ([]AuditEntry, error)
	// PruneAudit forgets entries before t.
	PruneAudit(ctx context.Context, before time.Time) error
}

// Accounts remembers which accounts have posted links, so that an
// established member's first link (ever, or within the store's retention:
// the engine sets the time again at most once a month, and a store may
// forget an account whose time is older than its retention) can count for
// a little.
type Accounts interface {
	// FirstLink returns the time last set for the account, or ErrNotFound.
	FirstLink(ctx context.Context, k AccountKey) (time.Time, error)
	// SetFirstLink records a time the account posted a link.
	SetFirstLink(ctx context.Context, k AccountKey, t time.Time) error
}

// Judged is what the engine remembers of a message it flagged (any verdict
// but allow, or any action), so that the same message handed to it again
// gives no second strike, audit entry or action: a platform re-sending
// updates after an unclean stop, several webhook replicas receiving one
// update. An edit of the message is a new version and is judged, but its
// strike is the message's one.
type Judged struct {
	Message MessageRef
	// Time is the time of the latest version judged. The store forgets the
	// record some while after it (a bbolt store when the strikes it could
	// double have expired: store.Options.JudgedRetention).
	Time    time.Time
	Level   Level   // the strongest verdict a version got
	Score   float64 // the score of that verdict
	Struck  bool    // a version gave the sender a strike
	HadLink bool    // a version carried a link
	// Versions identify the versions judged (VersionOf), latest last, at
	// most MaxVersions of them.
	Versions []uint64
}

// MaxVersions is how many versions of a message a Judged record lists.
const MaxVersions = 16

// JudgedMessages remembers the messages the engine flagged. Engine.Handle
// reads and writes the record while it holds the sender's account
// (AccountUpdater), so that of two processes judging the same message one
// sees the record of the other.
type JudgedMessages interface {
	// JudgedMessage returns the record of a message, or ErrNotFound.
	JudgedMessage(ctx context.Context, m MessageRef) (Judged, error)
	// PutJudged stores j under j.Message, replacing an earlier record.
	PutJudged(ctx context.Context, j Judged) error
}

// Committer makes buffered writes durable.
type Committer interface {
	// Commit writes every buffered change in one transaction and syncs it.
	// After Commit returns nil, everything written before the call survives
	// a crash.
	Commit(ctx context.Context) error
}

// AccountUpdater serialises the read-modify-write of one account's records.
type AccountUpdater interface {
	// UpdateAccount runs fn while it holds account k: no other
	// UpdateAccount of k runs at the same time, in this process or in any
	// other process sharing the store, so what fn reads of k's records
	// (offender, first link, sightings) is still true when it writes them,
	// and a sighting one call adds is seen by the next call of k wherever
	// it runs. UpdateAccounts of other accounts never wait for fn, which
	// may wait on the platform (for a chat's admin list).
	//
	// fn reads and writes through tx, never through the store itself: tx
	// may be a transaction, and a transaction's connection is one the
	// store cannot lend twice. tx may be used for any account's records and
	// for the audit log, but fn must not call tx.Commit nor UpdateAccount.
	// The writes fn makes are visible to other processes together, once
	// UpdateAccount returns nil; they are durable when the store's writes
	// are (at the next Commit of a buffering store, at once on a
	// transactional one). When fn returns an error UpdateAccount returns
	// it, and a transactional store discards what fn wrote.
	UpdateAccount(ctx context.Context, k AccountKey, fn func(tx Store) error) error
}

// Expansions keeps where shortened links led when they were followed, so
// that a link is followed once and the next message carrying it is judged
// with its target at once.
type Expansions interface {
	// Expansion returns the expansion stored under url (Expansion.URL), or
	// ErrNotFound.
	Expansion(ctx context.Context, url string) (Expansion, error)
	// PutExpansion stores x under x.URL, replacing an earlier one. The
	// store forgets expansions older than its retention.
	PutExpansion(ctx context.Context, x Expansion) error
}

// Store is everything the engine remembers.
type Store interface {
	Offenders
	Sightings
	Chats
	Lists
	Audit
	Accounts
	Outbox
	Cases
	CaseMarks
	JudgedMessages
	Expansions
	LinkCodes
	AccountUpdater
	Exporter
	Committer
}

// Change says what was changed in a store that several processes share, so
// that each can drop what it cached.
type Change struct {
	// Chat is the chat (or Discord server) whose settings changed; zero
	// when none did.
	Chat ChatKey
	// Lists is set when list entries changed.
	Lists bool
	// All is set when changes may have been missed (the feed has just
	// (re)connected): everything cached is to be read again.
	All bool
}

// ChangeFeed is implemented by a store that several processes share.
type ChangeFeed interface {
	// FollowChanges calls fn, from one goroutine, with each change made to
	// chat settings and lists by any process (this one included), within
	// a second of its commit, until ctx is done; then it returns nil. Each
	// time it starts listening (at first, and after a lost connection) it
	// calls fn with Change{All: true}. It returns an error only when it
	// cannot follow at all.
	FollowChanges(ctx context.Context, fn func(Change)) error
}

// Deliveries is implemented by a store that several processes share, so
// that a platform update delivered to two of them (a Telegram webhook
// update delivered again reaches another replica behind the load
// balancer) is handled once, and one whose process went away before it
// handled it is handled by another. A store one process holds needs none:
// the adapter remembers the updates it handled, and the records of judged
// messages keep a message judged twice from counting twice.
type Deliveries interface {
	// ClaimDelivery claims the update named key (unique within the
	// platform) for handling at time at, and reports what it found: the
	// update is this process's to handle (Claimed: no process claimed it,
	// or the one that did has not marked it done within DeliveryLease),
	// another process is handling it (ClaimHeld), or it is handled
	// (ClaimDone). Of several processes claiming at once, exactly one
	// gets Claimed. Claims are forgotten a while after at (the store's
	// delivery retention), long after a platform stops delivering again.
	ClaimDelivery(ctx context.Context, p Platform, key string, at time.Time) (Claim, error)
	// DeliveryDone marks the update named key handled. An update not
	// claimed is not an error.
	DeliveryDone(ctx context.Context, p Platform, key string) error
}

// Claim is what claiming a platform update found (Deliveries).
type Claim int

// What a claim of an update finds.
const (
	// Claimed: the update is this process's to handle.
	Claimed Claim = iota
	// ClaimHeld: another process claimed it and has not handled it yet.
	ClaimHeld
	// ClaimDone: a process handled it.
	ClaimDone
)

// DeliveryLease is how long a claim holds while its process has not
// marked the update handled: a process answers a webhook update within
// seconds, so a claim older than that was left by a process that stopped
// (a crash) or is stuck, and another process takes the update over.
const DeliveryLease = time.Minute

// Members is implemented by a store that several processes share, so that
// a member's join one replica saw is known to the others: a newcomer's
// link is judged as a newcomer's whichever replica receives it. A store one
// process holds needs none: the adapter remembers the joins it saw.
type Members interface {
	// PutJoin records when user joined the chat (or Discord server) k,
	// replacing an earlier join. It is forgotten a while after at (the
	// store's join retention).
	PutJoin(ctx context.Context, k ChatKey, user string, at time.Time) error
	// Joined returns when user joined k, or ErrNotFound.
	Joined(ctx context.Context, k ChatKey, user string) (time.Time, error)
}

// FirstLinkRecord is when an account first posted a link, as Export hands
// it out.
type FirstLinkRecord struct {
	Account AccountKey
	Time    time.Time
}

// Record is one record of a store, as Export hands it out: exactly one
// field is set. Writing each with the matching method of another store
// (WriteTo: PutOffender, PutChatSettings, PutListEntry, SetFirstLink,
// AddSightings, AppendAudit, AddTasks, PutJudged, PutCase) copies the store. A kind
// of record added to the stores is added here, to both Exports and to
// storetest.Fill.
type Record struct {
	Offender  *Offender
	Chat      *ChatSettings
	List      *ListEntry
	FirstLink *FirstLinkRecord
	Sighting  *Sighting
	Audit     *AuditEntry
	Task      *Task
	Judged    *Judged
	Case      *Case
}

// Kind names the kind of record r is: "offender", "chat", "list",
// "first_link", "sighting", "audit", "task", "judged" or "case".
func (r *Record) Kind() string {
	switch {
	case r.Offender != nil:
		return "offender"
	case r.Chat != nil:
		return "chat"
	case r.List != nil:
		return "list"
	case r.FirstLink != nil:
		return "first_link"
	case r.Sighting != nil:
		return "sighting"
	case r.Audit != nil:
		return "audit"
	case r.Task != nil:
		return "task"
	case r.Judged != nil:
		return "judged"
	case r.Case != nil:
		return "case"
	}
	return ""
}

// WriteTo writes r into st with the matching method; like any write, it is
// durable after st's next Commit.
func (r *Record) WriteTo(ctx context.Context, st Store) error {
	switch {
	case r.Offender != nil:
		return st.PutOffender(ctx, *r.Offender)
	case r.Chat != nil:
		return st.PutChatSettings(ctx, *r.Chat)
	case r.List != nil:
		return st.PutListEntry(ctx, *r.List)
	case r.FirstLink != nil:
		return st.SetFirstLink(ctx, r.FirstLink.Account, r.FirstLink.Time)
	case r.Sighting != nil:
		return st.AddSightings(ctx, []Sighting{*r.Sighting})
	case r.Audit != nil:
		return st.AppendAudit(ctx, *r.Audit)
	case r.Task != nil:
		return st.AddTasks(ctx, []Task{*r.Task})
	case r.Judged != nil:
		return st.PutJudged(ctx, *r.Judged)
	case r.Case != nil:
		return st.PutCase(ctx, *r.Case)
	}
	return errors.New("write record: a record of no kind")
}

// Exporter reads a whole store out, for `immune migrate`.
type Exporter interface {
	// Export calls fn with every record the store holds, buffered writes
	// included; audit entries oldest first. It stops at fn's first error
	// and returns it.
	Export(ctx context.Context, fn func(Record) error) error
}
