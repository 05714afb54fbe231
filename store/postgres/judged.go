package postgres

import (
	"context"
	"fmt"

	"github.com/immunebot/immune/bot"
)

// JudgedMessage returns the record of a message, or bot.ErrNotFound.
func (s *store) JudgedMessage(ctx context.Context, m bot.MessageRef) (bot.Judged, error) {
	j := bot.Judged{Message: m}
	var at int64
	var level int16
	var versions []int64
	err := s.q.QueryRow(ctx, `SELECT at, level, score, struck, had_link, versions FROM judged
		WHERE platform = $1 AND chat = $2 AND message_id = $3`, string(m.Platform), m.Chat, m.ID).
		Scan(&at, &level, &j.Score, &j.Struck, &j.HadLink, &versions)
	if noRows(err) {
		return bot.Judged{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Judged{}, s.fail("read judged message", err)
	}
	j.Time, j.Level = fromNanos(&at), bot.Level(level)
	if len(versions) > 0 {
		j.Versions = make([]uint64, len(versions))
		for i, v := range versions {
			j.Versions[i] = uint64(v)
		}
	}
	return j, nil
}

// PutJudged stores j under j.Message, replacing an earlier record.
func (s *store) PutJudged(ctx context.Context, j bot.Judged) error {
	if err := checkJudged(&j); err != nil {
		return fmt.Errorf("put judged message: %w", err)
	}
	versions := make([]int64, len(j.Versions))
	for i, v := range j.Versions {
		versions[i] = int64(v) // the bits, read back as they were
	}
	m := j.Message
	err := s.deferExec(ctx, `INSERT INTO judged (platform, chat, message_id, at, level, score, struck, had_link, versions)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		ON CONFLICT (platform, chat, message_id) DO UPDATE SET
			at = EXCLUDED.at, level = EXCLUDED.level, score = EXCLUDED.score, struck = EXCLUDED.struck,
			had_link = EXCLUDED.had_link, versions = EXCLUDED.versions`,
		string(m.Platform), m.Chat, m.ID, nanos(j.Time), int16(j.Level), j.Score, j.Struck, j.HadLink, versions)
	if err != nil {
		return s.fail("put judged message", err)
	}
	return nil
}

func checkJudged(j *bot.Judged) error {
	m := j.Message
	switch {
	case !m.Platform.Valid() || m.Chat == "" || m.ID == "":
		return fmt.Errorf("message %q %q %q: platform, chat and id must be set", m.Platform, m.Chat, m.ID)
	case j.Time.IsZero():
		return fmt.Errorf("message %s %s %s: no time", m.Platform, m.Chat, m.ID)
	case len(j.Versions) > bot.MaxVersions:
		return fmt.Errorf("message %s %s %s: %d versions, more than %d", m.Platform, m.Chat, m.ID, len(j.Versions), bot.MaxVersions)
	}
	if err := checkTime("judged time", j.Time); err != nil {
		return err
	}
	return checkFloat("judged score", j.Score)
}
