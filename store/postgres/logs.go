package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
)

// sightingHash names a sighting among its account's of the same time: FNV-64a
// of the message and the fingerprints, as bbolt's key has it, with the sign
// bit flipped so that bigint order is the order of the unsigned hash.
func sightingHash(s *bot.Sighting) int64 {
	h := fnv.New64a()
	for _, f := range append([]string{string(s.Message.Platform), s.Message.Chat, s.Message.ID}, s.Fingerprints...) {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return int64(h.Sum64() ^ 1<<63)
}

const insertSighting = `INSERT INTO sightings (account, at, hash, platform, chat, message_id, grp, fingerprints)
	VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`

// AddSightings records sightings. Adding the same sighting again (same
// account, time, message and fingerprints) keeps one.
func (s *store) AddSightings(ctx context.Context, ss []bot.Sighting) error {
	for i := range ss {
		if err := validAccount(ss[i].Account); err != nil {
			return fmt.Errorf("add sightings: %w", err)
		}
		if err := checkTime("sighting time", ss[i].Time); err != nil {
			return fmt.Errorf("add sightings: %w", err)
		}
	}
	args := func(g *bot.Sighting) []any {
		fps := g.Fingerprints
		if fps == nil {
			fps = []string{}
		}
		return []any{g.Account.String(), nanos(g.Time), sightingHash(g), string(g.Message.Platform),
			g.Message.Chat, g.Message.ID, g.Group, fps}
	}
	switch len(ss) {
	case 0:
		return nil
	case 1:
		if err := s.deferExec(ctx, insertSighting, args(&ss[0])...); err != nil {
			return s.fail("add sightings", err)
		}
		return nil
	}
	b := &pgx.Batch{}
	for i := range ss {
		b.Queue(insertSighting, args(&ss[i])...)
	}
	if err := s.deferBatch(ctx, b); err != nil {
		return s.fail("add sightings", err)
	}
	return nil
}

// RecentSightings returns the sightings of k at or after since, oldest
// first: one range of the primary key.
func (s *store) RecentSightings(ctx context.Context, k bot.AccountKey, since time.Time) ([]bot.Sighting, error) {
	from := nanos(since)
	if since.IsZero() {
		from = nanos(minTime)
	}
	rows, err := s.q.Query(ctx, `SELECT at, platform, chat, message_id, grp, fingerprints FROM sightings
		WHERE account = $1 AND at >= $2 ORDER BY at, hash`, k.String(), from)
	if err != nil {
		return nil, s.fail("recent sightings of "+k.String(), err)
	}
	defer rows.Close()
	var out []bot.Sighting
	for rows.Next() {
		g := bot.Sighting{Account: k}
		var at int64
		var platform string
		if err := rows.Scan(&at, &platform, &g.Message.Chat, &g.Message.ID, &g.Group, &g.Fingerprints); err != nil {
			return nil, s.fail("recent sightings of "+k.String(), err)
		}
		g.Time, g.Message.Platform = fromNanos(&at), bot.Platform(platform)
		out = append(out, g)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("recent sightings of "+k.String(), err)
	}
	return out, nil
}

// DeleteSightings forgets the sightings of k that belong to the messages.
func (s *store) DeleteSightings(ctx context.Context, k bot.AccountKey, msgs []bot.MessageRef) error {
	if len(msgs) == 0 {
		return nil
	}
	platforms, chats, ids := make([]string, len(msgs)), make([]string, len(msgs)), make([]string, len(msgs))
	for i, m := range msgs {
		platforms[i], chats[i], ids[i] = string(m.Platform), m.Chat, m.ID
	}
	err := s.deferExec(ctx, `DELETE FROM sightings WHERE account = $1 AND (platform, chat, message_id) IN
		(SELECT * FROM unnest($2::text[], $3::text[], $4::text[]))`, k.String(), platforms, chats, ids)
	if err != nil {
		return s.fail("delete sightings of "+k.String(), err)
	}
	return nil
}

// pruneBatch is how many rows one statement of a prune deletes, so that
// pruning a large backlog never holds long locks or one huge transaction.
const pruneBatch = 10000

// prune deletes the rows of table older than before (by its column at),
// through the table's index on at.
func (s *store) prune(ctx context.Context, table string, before time.Time) error {
	return s.pruneWhere(ctx, table, "at < $1", nanos(before))
}

// pruneWhere deletes the rows of table that match where, pruneBatch at a
// time, each batch a statement of its own: a large backlog never makes one
// long transaction.
func (s *store) pruneWhere(ctx context.Context, table, where string, args ...any) error {
	sql := `DELETE FROM ` + table + ` WHERE ctid = ANY (ARRAY(
		SELECT ctid FROM ` + table + ` WHERE ` + where + ` LIMIT ` + strconv.Itoa(pruneBatch) + `))`
	for {
		tag, err := s.q.Exec(ctx, sql, args...)
		if err != nil {
			return s.fail("prune "+table, err)
		}
		if tag.RowsAffected() < pruneBatch {
			return nil
		}
	}
}

// PruneSightings forgets every sighting before t.
func (s *store) PruneSightings(ctx context.Context, before time.Time) error {
	return s.prune(ctx, "sightings", before)
}

// reasonRec is a reason as the audit table's reasons column holds it.
type reasonRec struct {
	Code     string  `json:"code"`
	Detail   string  `json:"detail,omitempty"`
	Subject  string  `json:"subject,omitempty"`
	Imitates string  `json:"imitates,omitempty"`
	File     string  `json:"file,omitempty"`
	Decoy    string  `json:"decoy,omitempty"`
	Weight   float64 `json:"weight,omitempty"`
	// Say and Args are the explanation before it is put in words
	// (bot.Reason.Explanation), kept in cases so that /why explains them
	// in the reader's language; absent from rows written before.
	Say  string   `json:"say,omitempty"`
	Args []string `json:"args,omitempty"`
}

// messageRec is a message reference as the sweep column holds it.
type messageRec struct {
	Platform string `json:"platform"`
	Chat     string `json:"chat"`
	ID       string `json:"id"`
}

// AppendAudit adds e to the log. An entry with a zero Time is stamped with
// Options.Now. Entries are kept in time order, entries of the same instant
// in the order they were appended.
func (s *store) AppendAudit(ctx context.Context, e bot.AuditEntry) error {
	if e.Time.IsZero() {
		e.Time = s.db.opts.Now()
	}
	if err := checkAudit(&e); err != nil {
		return fmt.Errorf("append audit: %w", err)
	}
	var reasons, sweep []byte
	var err error
	if len(e.Reasons) > 0 {
		rs := make([]reasonRec, len(e.Reasons))
		for i, x := range e.Reasons {
			rs[i] = reasonRec{Code: string(x.Code), Detail: x.Detail, Subject: x.Subject, Imitates: x.Imitates,
				File: x.File, Decoy: x.Decoy, Weight: x.Weight}
		}
		if reasons, err = json.Marshal(rs); err != nil {
			return fmt.Errorf("append audit: %w", err)
		}
	}
	if len(e.Sweep) > 0 {
		ms := make([]messageRec, len(e.Sweep))
		for i, m := range e.Sweep {
			ms[i] = messageRec{Platform: string(m.Platform), Chat: m.Chat, ID: m.ID}
		}
		if sweep, err = json.Marshal(ms); err != nil {
			return fmt.Errorf("append audit: %w", err)
		}
	}
	actions := make([]string, len(e.Actions))
	for i, a := range e.Actions {
		actions[i] = string(a)
	}
	err = s.deferExec(ctx, `INSERT INTO audit (at, platform, chat, message_id, account, level, score, reasons, actions, sweep, note)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
		nanos(e.Time), string(e.Message.Platform), e.Message.Chat, e.Message.ID, accountString(e.Account),
		int16(e.Level), e.Score, reasons, actions, sweep, e.Note)
	if err != nil {
		return s.fail("append audit", err)
	}
	return nil
}

// accountString is k.String(), or empty for no account.
func accountString(k bot.AccountKey) string {
	if k.Platform == "" && k.User == "" {
		return ""
	}
	return k.String()
}

// RecentAudit returns up to limit entries (all for limit <= 0), newest
// first.
func (s *store) RecentAudit(ctx context.Context, limit int) ([]bot.AuditEntry, error) {
	var lim *int
	if limit > 0 {
		lim = &limit
	}
	rows, err := s.q.Query(ctx, `SELECT at, platform, chat, message_id, account, level, score, reasons, actions, sweep, note
		FROM audit ORDER BY at DESC, id DESC LIMIT $1`, lim)
	if err != nil {
		return nil, s.fail("recent audit", err)
	}
	defer rows.Close()
	var out []bot.AuditEntry
	for rows.Next() {
		e, err := scanAudit(rows)
		if err != nil {
			return nil, s.fail("recent audit", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("recent audit", err)
	}
	return out, nil
}

// scanAudit reads a row of the audit table's columns from at to note.
func scanAudit(row pgx.Row) (bot.AuditEntry, error) {
	var (
		e                 bot.AuditEntry
		at                int64
		platform, account string
		level             int16
		reasons, sweep    []byte
		actions           []string
	)
	if err := row.Scan(&at, &platform, &e.Message.Chat, &e.Message.ID, &account, &level, &e.Score,
		&reasons, &actions, &sweep, &e.Note); err != nil {
		return e, err
	}
	e.Time, e.Message.Platform, e.Level = fromNanos(&at), bot.Platform(platform), bot.Level(level)
	if account != "" {
		e.Account, _ = bot.ParseAccountKey(account)
	}
	if len(reasons) > 0 {
		var rs []reasonRec
		if err := json.Unmarshal(reasons, &rs); err != nil {
			return e, fmt.Errorf("audit reasons: %w", err)
		}
		for _, x := range rs {
			e.Reasons = append(e.Reasons, bot.Reason{Code: bot.Code(x.Code), Detail: x.Detail, Subject: x.Subject,
				Imitates: x.Imitates, File: x.File, Decoy: x.Decoy, Weight: x.Weight})
		}
	}
	for _, a := range actions {
		e.Actions = append(e.Actions, bot.Action(a))
	}
	if len(sweep) > 0 {
		var ms []messageRec
		if err := json.Unmarshal(sweep, &ms); err != nil {
			return e, fmt.Errorf("audit sweep: %w", err)
		}
		for _, m := range ms {
			e.Sweep = append(e.Sweep, bot.MessageRef{Platform: bot.Platform(m.Platform), Chat: m.Chat, ID: m.ID})
		}
	}
	return e, nil
}

// PruneAudit forgets entries before t.
func (s *store) PruneAudit(ctx context.Context, before time.Time) error {
	return s.prune(ctx, "audit", before)
}

const taskColumns = `platform, id, action, chat, grp, message_id, thread, user_id, until, text, deleted, at, case_id`

// AddTasks stores tasks, replacing any of the same platform and ID.
func (s *store) AddTasks(ctx context.Context, ts []bot.Task) error {
	for i := range ts {
		if err := checkTask(&ts[i]); err != nil {
			return fmt.Errorf("add task: %w", err)
		}
	}
	if len(ts) == 0 {
		return nil
	}
	b := &pgx.Batch{}
	for _, t := range ts {
		b.Queue(`INSERT INTO outbox (`+taskColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
			ON CONFLICT (platform, id) DO UPDATE SET action = EXCLUDED.action, chat = EXCLUDED.chat, grp = EXCLUDED.grp,
				message_id = EXCLUDED.message_id, thread = EXCLUDED.thread, user_id = EXCLUDED.user_id,
				until = EXCLUDED.until, text = EXCLUDED.text, deleted = EXCLUDED.deleted, at = EXCLUDED.at,
				case_id = EXCLUDED.case_id`,
			string(t.Platform), t.ID, string(t.Action), t.Chat, t.Group, t.Message, t.Thread, t.User,
			nullNanos(t.Until), t.Text, t.Deleted, nullNanos(t.Time), t.Case)
	}
	if err := s.deferBatch(ctx, b); err != nil {
		return s.fail("add tasks", err)
	}
	return nil
}

// PendingTasks returns the platform's tasks not yet done, oldest first (by
// Time, then ID).
func (s *store) PendingTasks(ctx context.Context, p bot.Platform) ([]bot.Task, error) {
	rows, err := s.q.Query(ctx, `SELECT `+taskColumns+` FROM outbox WHERE platform = $1 ORDER BY at NULLS FIRST, id`, string(p))
	if err != nil {
		return nil, s.fail("pending tasks", err)
	}
	defer rows.Close()
	var out []bot.Task
	for rows.Next() {
		t, err := scanTask(rows)
		if err != nil {
			return nil, s.fail("pending tasks", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("pending tasks", err)
	}
	return out, nil
}

func scanTask(row pgx.Row) (bot.Task, error) {
	var t bot.Task
	var platform, action string
	var until, at *int64
	if err := row.Scan(&platform, &t.ID, &action, &t.Chat, &t.Group, &t.Message, &t.Thread, &t.User,
		&until, &t.Text, &t.Deleted, &at, &t.Case); err != nil {
		return t, err
	}
	t.Platform, t.Action, t.Until, t.Time = bot.Platform(platform), bot.Action(action), fromNanos(until), fromNanos(at)
	return t, nil
}

// DoneTasks forgets the platform's tasks with the given IDs; an ID that is
// not stored is not an error.
func (s *store) DoneTasks(ctx context.Context, p bot.Platform, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if _, err := s.q.Exec(ctx, `DELETE FROM outbox WHERE platform = $1 AND id = ANY ($2)`, string(p), ids); err != nil {
		return s.fail("tasks done", err)
	}
	return nil
}
