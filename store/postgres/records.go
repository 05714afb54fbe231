package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
)

const offenderColumns = `platform, user_id, name, strikes, compromised, compromised_since, evidence,
	restricted_until, restricted, chats, groups, last_seen, pardon_scopes, pardon_times, restricted_ends`

// scanOffender reads a row of offenderColumns.
func scanOffender(row pgx.Row) (bot.Offender, error) {
	var (
		o                  bot.Offender
		platform, user     string
		strikes            []int64
		since, until, last *int64
		restricted, chats  []string
		groups, pardoned   []string
		pardonTimes, ends  []int64
	)
	if err := row.Scan(&platform, &user, &o.Name, &strikes, &o.Compromised, &since, &o.Evidence,
		&until, &restricted, &chats, &groups, &last, &pardoned, &pardonTimes, &ends); err != nil {
		return bot.Offender{}, err
	}
	for i := range min(len(pardoned), len(pardonTimes)) {
		o.Pardons = append(o.Pardons, bot.Pardon{Scope: pardoned[i], Time: fromNanos(&pardonTimes[i])})
	}
	o.Account = bot.AccountKey{Platform: bot.Platform(platform), User: user}
	if len(strikes) > 0 {
		o.Strikes = make([]time.Time, len(strikes))
		for i := range strikes {
			o.Strikes[i] = fromNanos(&strikes[i])
		}
	}
	o.CompromisedSince, o.RestrictedUntil, o.LastSeen = fromNanos(since), fromNanos(until), fromNanos(last)
	o.Restricted, o.Chats, o.Groups = strs(restricted), strs(chats), strs(groups)
	// A row rewritten by a process of a version before schema 10 (still
	// running beside a newer one) keeps the ends a newer one wrote beside a
	// list of mutes they no longer match: read as a record of that version,
	// each mute ending at restricted_until, not as one no write accepts.
	if len(ends) > 0 && len(ends) == len(o.Restricted) {
		o.RestrictedEnds = make([]time.Time, len(ends))
		for i := range ends {
			o.RestrictedEnds[i] = fromNanos(&ends[i])
		}
	}
	return o, nil
}

// Offender returns the record of k, or bot.ErrNotFound.
func (s *store) Offender(ctx context.Context, k bot.AccountKey) (bot.Offender, error) {
	if o, ok := s.prefetchedOffender(k); ok {
		if o == nil {
			return bot.Offender{}, bot.ErrNotFound
		}
		return cloneOffender(*o), nil
	}
	o, err := scanOffender(s.q.QueryRow(ctx, `SELECT `+offenderColumns+` FROM offenders WHERE account = $1`, k.String()))
	if noRows(err) {
		return bot.Offender{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Offender{}, s.fail("read offender "+k.String(), err)
	}
	return o, nil
}

// PutOffender stores o under o.Account, replacing any earlier record.
func (s *store) PutOffender(ctx context.Context, o bot.Offender) error {
	if err := checkOffender(&o); err != nil {
		return fmt.Errorf("put offender: %w", err)
	}
	strikes := make([]int64, len(o.Strikes))
	for i, t := range o.Strikes {
		strikes[i] = nanos(t)
	}
	ends := make([]int64, len(o.RestrictedEnds))
	for i, t := range o.RestrictedEnds {
		ends[i] = nanos(t)
	}
	pardoned, pardonTimes := make([]string, len(o.Pardons)), make([]int64, len(o.Pardons))
	for i, p := range o.Pardons {
		pardoned[i], pardonTimes[i] = p.Scope, nanos(p.Time)
	}
	err := s.deferExec(ctx, `INSERT INTO offenders (account, `+offenderColumns+`, name_keys, keyed_name)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $4)
		ON CONFLICT (account) DO UPDATE SET
			name = EXCLUDED.name, name_keys = EXCLUDED.name_keys, keyed_name = EXCLUDED.keyed_name,
			strikes = EXCLUDED.strikes, compromised = EXCLUDED.compromised,
			compromised_since = EXCLUDED.compromised_since, evidence = EXCLUDED.evidence,
			restricted_until = EXCLUDED.restricted_until, restricted = EXCLUDED.restricted,
			chats = EXCLUDED.chats, groups = EXCLUDED.groups, last_seen = EXCLUDED.last_seen,
			pardon_scopes = EXCLUDED.pardon_scopes, pardon_times = EXCLUDED.pardon_times,
			restricted_ends = EXCLUDED.restricted_ends`,
		o.Account.String(), string(o.Account.Platform), o.Account.User, o.Name, strikes, o.Compromised,
		nullNanos(o.CompromisedSince), o.Evidence, nullNanos(o.RestrictedUntil), orEmpty(o.Restricted),
		orEmpty(o.Chats), orEmpty(o.Groups), nullNanos(o.LastSeen), pardoned, pardonTimes, ends, orEmpty(bot.NameKeys(o.Name)))
	if err != nil {
		return s.fail("put offender "+o.Account.String(), err)
	}
	s.putPrefetched(o.Account, &o)
	return nil
}

// DeleteOffender forgets k; it is not an error if there is no record.
func (s *store) DeleteOffender(ctx context.Context, k bot.AccountKey) error {
	if err := s.deferExec(ctx, `DELETE FROM offenders WHERE account = $1`, k.String()); err != nil {
		return s.fail("delete offender "+k.String(), err)
	}
	s.putPrefetched(k, nil)
	return nil
}

// ListOffenders returns up to limit records (all for limit <= 0), those
// seen last first, through the index on last_seen.
func (s *store) ListOffenders(ctx context.Context, limit int) ([]bot.Offender, error) {
	var lim *int
	if limit > 0 {
		lim = &limit
	}
	rows, err := s.q.Query(ctx, `SELECT `+offenderColumns+` FROM offenders
		ORDER BY last_seen DESC NULLS LAST, account LIMIT $1`, lim)
	if err != nil {
		return nil, s.fail("list offenders", err)
	}
	defer rows.Close()
	var out []bot.Offender
	for rows.Next() {
		o, err := scanOffender(rows)
		if err != nil {
			return nil, s.fail("list offenders", err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list offenders", err)
	}
	return out, nil
}

// inScopes is the condition on offenders (as o) of OffendersIn: the
// account is on record in one of the scopes $2 of platform $1, through
// offender_scopes.
const inScopes = `o.account IN (SELECT account FROM offender_scopes WHERE platform = $1 AND scope = ANY ($2))`

// OffendersIn returns the records of the accounts of platform p on record
// in any of scopes, seen last first, found through offender_scopes.
func (s *store) OffendersIn(ctx context.Context, p bot.Platform, scopes []string) ([]bot.Offender, error) {
	rows, err := s.q.Query(ctx, `SELECT `+offenderColumns+` FROM offenders o WHERE `+inScopes+`
		ORDER BY last_seen DESC NULLS LAST, account`, string(p), orEmpty(scopes))
	if err != nil {
		return nil, s.fail("offenders in "+string(p), err)
	}
	defer rows.Close()
	var out []bot.Offender
	for rows.Next() {
		o, err := scanOffender(rows)
		if err != nil {
			return nil, s.fail("offenders in "+string(p), err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("offenders in "+string(p), err)
	}
	return out, nil
}

// OffendersSeenIn returns the accounts of platform p on record in any of
// scopes with their LastSeen, in no particular order: the other columns
// are not read.
func (s *store) OffendersSeenIn(ctx context.Context, p bot.Platform, scopes []string) ([]bot.OffenderSeen, error) {
	rows, err := s.q.Query(ctx, `SELECT o.user_id, o.last_seen FROM offenders o WHERE `+inScopes, string(p), orEmpty(scopes))
	if err != nil {
		return nil, s.fail("offenders in "+string(p), err)
	}
	defer rows.Close()
	var out []bot.OffenderSeen
	for rows.Next() {
		var user string
		var last *int64
		if err := rows.Scan(&user, &last); err != nil {
			return nil, s.fail("offenders in "+string(p), err)
		}
		out = append(out, bot.OffenderSeen{Account: bot.AccountKey{Platform: p, User: user}, LastSeen: fromNanos(last)})
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("offenders in "+string(p), err)
	}
	return out, nil
}

// ChatSettings returns the settings of k, or bot.ErrNotFound.
func (s *store) ChatSettings(ctx context.Context, k bot.ChatKey) (bot.ChatSettings, error) {
	c := bot.ChatSettings{Chat: k}
	var mode, lang, auto string
	err := s.q.QueryRow(ctx, `SELECT mode, lang, log_chat, auto_lang, title, log_title FROM chats WHERE chat = $1`, k.String()).
		Scan(&mode, &lang, &c.LogChat, &auto, &c.Title, &c.LogTitle)
	if noRows(err) {
		return bot.ChatSettings{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.ChatSettings{}, s.fail("read chat settings "+k.String(), err)
	}
	c.Mode, c.Lang, c.AutoLang = bot.Mode(mode), bot.Lang(lang), bot.Lang(auto)
	return c, nil
}

// PutChatSettings stores c under c.Chat, replacing earlier settings. Every
// process following changes hears of it.
func (s *store) PutChatSettings(ctx context.Context, c bot.ChatSettings) error {
	if c.Chat.Platform == "" || c.Chat.Chat == "" {
		return fmt.Errorf("put chat settings: chat %q: platform and chat must be set", c.Chat.String())
	}
	_, err := s.q.Exec(ctx, `INSERT INTO chats (chat, platform, chat_id, mode, lang, log_chat, auto_lang, title, log_title)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (chat) DO UPDATE SET mode = EXCLUDED.mode, lang = EXCLUDED.lang, log_chat = EXCLUDED.log_chat,
			auto_lang = EXCLUDED.auto_lang, title = EXCLUDED.title, log_title = EXCLUDED.log_title`,
		c.Chat.String(), string(c.Chat.Platform), c.Chat.Chat, string(c.Mode), string(c.Lang), c.LogChat,
		string(c.AutoLang), c.Title, c.LogTitle)
	if err != nil {
		return s.fail("put chat settings "+c.Chat.String(), err)
	}
	return nil
}

// ListEntries returns every entry of every scope, ordered by scope, kind
// and value.
func (s *store) ListEntries(ctx context.Context) ([]bot.ListEntry, error) {
	rows, err := s.q.Query(ctx, `SELECT scope, kind, value, added_by, added_at FROM lists ORDER BY scope, kind, value`)
	if err != nil {
		return nil, s.fail("list entries", err)
	}
	defer rows.Close()
	var out []bot.ListEntry
	for rows.Next() {
		var e bot.ListEntry
		var kind string
		var at *int64
		if err := rows.Scan(&e.Scope, &kind, &e.Value, &e.AddedBy, &at); err != nil {
			return nil, s.fail("list entries", err)
		}
		e.Kind, e.AddedAt = bot.ListKind(kind), fromNanos(at)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("list entries", err)
	}
	return out, nil
}

// PutListEntry adds e, replacing an entry with the same scope, kind and
// value. Every process following changes hears of it.
func (s *store) PutListEntry(ctx context.Context, e bot.ListEntry) error {
	if e.Kind != bot.AllowList && e.Kind != bot.BlockList {
		return fmt.Errorf("put list entry %q: unknown kind %q (want allow or block)", e.Value, e.Kind)
	}
	if e.Value == "" {
		return fmt.Errorf("put list entry: empty value")
	}
	if err := checkTime("added_at", e.AddedAt); err != nil {
		return fmt.Errorf("put list entry %q: %w", e.Value, err)
	}
	_, err := s.q.Exec(ctx, `INSERT INTO lists (scope, kind, value, added_by, added_at) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (scope, kind, value) DO UPDATE SET added_by = EXCLUDED.added_by, added_at = EXCLUDED.added_at`,
		e.Scope, string(e.Kind), e.Value, e.AddedBy, nullNanos(e.AddedAt))
	if err != nil {
		return s.fail(fmt.Sprintf("put list entry %q", e.Value), err)
	}
	return nil
}

// DeleteListEntry removes an entry; it reports whether there was one.
func (s *store) DeleteListEntry(ctx context.Context, scope string, kind bot.ListKind, value string) (bool, error) {
	tag, err := s.q.Exec(ctx, `DELETE FROM lists WHERE scope = $1 AND kind = $2 AND value = $3`, scope, string(kind), value)
	if err != nil {
		return false, s.fail(fmt.Sprintf("delete list entry %q", value), err)
	}
	return tag.RowsAffected() > 0, nil
}

// FirstLink returns when k first posted a link, or bot.ErrNotFound.
func (s *store) FirstLink(ctx context.Context, k bot.AccountKey) (time.Time, error) {
	if t, ok := s.prefetchedFirstLink(k); ok {
		if t.IsZero() {
			return time.Time{}, bot.ErrNotFound
		}
		return t, nil
	}
	var at int64
	err := s.q.QueryRow(ctx, `SELECT at FROM first_links WHERE account = $1`, k.String()).Scan(&at)
	if noRows(err) {
		return time.Time{}, bot.ErrNotFound
	}
	if err != nil {
		return time.Time{}, s.fail("read first link of "+k.String(), err)
	}
	return fromNanos(&at), nil
}

// SetFirstLink records when k first posted a link.
func (s *store) SetFirstLink(ctx context.Context, k bot.AccountKey, t time.Time) error {
	if err := validAccount(k); err != nil {
		return fmt.Errorf("set first link: %w", err)
	}
	if t.IsZero() {
		return fmt.Errorf("set first link of %s: no time", k)
	}
	if err := checkTime("first link", t); err != nil {
		return fmt.Errorf("set first link of %s: %w", k, err)
	}
	err := s.deferExec(ctx, `INSERT INTO first_links (account, at) VALUES ($1, $2)
		ON CONFLICT (account) DO UPDATE SET at = EXCLUDED.at`, k.String(), nanos(t))
	if err != nil {
		return s.fail("set first link of "+k.String(), err)
	}
	s.setPrefetchedFirstLink(k, time.Unix(0, nanos(t)).UTC())
	return nil
}
