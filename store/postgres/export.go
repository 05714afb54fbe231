package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
)

// Export calls fn with every record in the database, table by table, each
// table read in one query; audit entries oldest first. It reads one
// snapshot (a REPEATABLE READ, READ ONLY transaction), so that a copy made
// while other processes write is consistent.
func (s *store) Export(ctx context.Context, fn func(bot.Record) error) error {
	if err := s.live(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if !s.inTx {
		tx, err := s.db.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
		if err != nil {
			return s.fail("export", err)
		}
		defer tx.Rollback(context.WithoutCancel(ctx))
		return (&store{db: s.db, q: tx, inTx: true}).Export(ctx, fn)
	}
	steps := []struct {
		what string
		sql  string
		read func(pgx.Rows) (bot.Record, error)
	}{
		{"offenders", `SELECT ` + offenderColumns + ` FROM offenders ORDER BY account`, func(r pgx.Rows) (bot.Record, error) {
			o, err := scanOffender(r)
			return bot.Record{Offender: &o}, err
		}},
		{"chats", `SELECT platform, chat_id, mode, lang, log_chat, auto_lang, title, log_title FROM chats ORDER BY chat`, func(r pgx.Rows) (bot.Record, error) {
			var c bot.ChatSettings
			var platform, mode, lang, auto string
			err := r.Scan(&platform, &c.Chat.Chat, &mode, &lang, &c.LogChat, &auto, &c.Title, &c.LogTitle)
			c.Chat.Platform, c.Mode, c.Lang, c.AutoLang = bot.Platform(platform), bot.Mode(mode), bot.Lang(lang), bot.Lang(auto)
			return bot.Record{Chat: &c}, err
		}},
		{"lists", `SELECT scope, kind, value, added_by, added_at FROM lists ORDER BY scope, kind, value`, func(r pgx.Rows) (bot.Record, error) {
			var e bot.ListEntry
			var kind string
			var at *int64
			err := r.Scan(&e.Scope, &kind, &e.Value, &e.AddedBy, &at)
			e.Kind, e.AddedAt = bot.ListKind(kind), fromNanos(at)
			return bot.Record{List: &e}, err
		}},
		{"first links", `SELECT account, at FROM first_links ORDER BY account`, func(r pgx.Rows) (bot.Record, error) {
			var acct string
			var at int64
			if err := r.Scan(&acct, &at); err != nil {
				return bot.Record{}, err
			}
			k, ok := bot.ParseAccountKey(acct)
			if !ok {
				return bot.Record{}, fmt.Errorf("first link of %q: not an account", acct)
			}
			return bot.Record{FirstLink: &bot.FirstLinkRecord{Account: k, Time: fromNanos(&at)}}, nil
		}},
		{"sightings", `SELECT account, at, platform, chat, message_id, grp, fingerprints FROM sightings ORDER BY at, hash`, func(r pgx.Rows) (bot.Record, error) {
			var g bot.Sighting
			var acct, platform string
			var at int64
			if err := r.Scan(&acct, &at, &platform, &g.Message.Chat, &g.Message.ID, &g.Group, &g.Fingerprints); err != nil {
				return bot.Record{}, err
			}
			k, ok := bot.ParseAccountKey(acct)
			if !ok {
				return bot.Record{}, fmt.Errorf("sighting of %q: not an account", acct)
			}
			g.Account, g.Time, g.Message.Platform = k, fromNanos(&at), bot.Platform(platform)
			return bot.Record{Sighting: &g}, nil
		}},
		{"audit", `SELECT at, platform, chat, message_id, account, level, score, reasons, actions, sweep, note FROM audit ORDER BY at, id`, func(r pgx.Rows) (bot.Record, error) {
			e, err := scanAudit(r)
			return bot.Record{Audit: &e}, err
		}},
		{"judged", `SELECT platform, chat, message_id, at, level, score, struck, had_link, versions FROM judged
			ORDER BY platform, chat, message_id`, func(r pgx.Rows) (bot.Record, error) {
			var j bot.Judged
			var platform string
			var at int64
			var level int16
			var versions []int64
			if err := r.Scan(&platform, &j.Message.Chat, &j.Message.ID, &at, &level, &j.Score, &j.Struck, &j.HadLink, &versions); err != nil {
				return bot.Record{}, err
			}
			j.Message.Platform, j.Time, j.Level = bot.Platform(platform), fromNanos(&at), bot.Level(level)
			for _, v := range versions {
				j.Versions = append(j.Versions, uint64(v))
			}
			return bot.Record{Judged: &j}, nil
		}},
		{"outbox", `SELECT ` + taskColumns + ` FROM outbox ORDER BY platform, at NULLS FIRST, id`, func(r pgx.Rows) (bot.Record, error) {
			t, err := scanTask(r)
			return bot.Record{Task: &t}, err
		}},
		{"cases", `SELECT ` + caseColumns + ` FROM cases ORDER BY id`, func(r pgx.Rows) (bot.Record, error) {
			c, err := scanCase(r)
			return bot.Record{Case: &c}, err
		}},
	}
	for _, st := range steps {
		if err := s.exportTable(ctx, st.sql, st.read, fn); err != nil {
			return s.fail("export "+st.what, err)
		}
	}
	return nil
}

func (s *store) exportTable(ctx context.Context, sql string, read func(pgx.Rows) (bot.Record, error), fn func(bot.Record) error) error {
	rows, err := s.q.Query(ctx, sql)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := read(rows)
		if err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}
