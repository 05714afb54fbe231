package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/immunebot/immune/bot"
)

// A case is one row of the cases table: its id, scope and time as columns
// for the queries, the rest as JSON. case_refs maps each message a case is
// about (the message judged, the bot's notice and admin note) to it.

type pressRec struct {
	Action string `json:"action"`
	By     string `json:"by"`
	ByName string `json:"by_name,omitempty"`
	Time   int64  `json:"time"`
}

type caseBody struct {
	Message       messageRec   `json:"message"`
	ChatTitle     string       `json:"chat_title,omitempty"`
	Account       string       `json:"account"`
	UserName      string       `json:"user_name,omitempty"`
	Excerpt       string       `json:"excerpt,omitempty"`
	Level         int          `json:"level"`
	Score         float64      `json:"score,omitempty"`
	Reasons       []reasonRec  `json:"reasons,omitempty"`
	Actions       []string     `json:"actions,omitempty"`
	Domains       []string     `json:"domains,omitempty"`
	RestrictUntil *int64       `json:"restrict_until,omitempty"`
	Refs          []messageRec `json:"refs,omitempty"`
	Presses       []pressRec   `json:"presses,omitempty"`
	Note          string       `json:"note,omitempty"`
}

func toMessageRec(m bot.MessageRef) messageRec {
	return messageRec{Platform: string(m.Platform), Chat: m.Chat, ID: m.ID}
}

func (m messageRec) ref() bot.MessageRef {
	return bot.MessageRef{Platform: bot.Platform(m.Platform), Chat: m.Chat, ID: m.ID}
}

func encodeCaseBody(c *bot.Case) ([]byte, error) {
	b := caseBody{
		Message: toMessageRec(c.Message), ChatTitle: c.ChatTitle, Account: c.Account.String(), UserName: c.UserName,
		Excerpt: c.Excerpt, Level: int(c.Level), Score: c.Score, Domains: c.Domains,
		RestrictUntil: nullNanos(c.RestrictUntil), Note: c.Note,
	}
	for _, x := range c.Reasons {
		say, args := x.Explanation()
		b.Reasons = append(b.Reasons, reasonRec{Code: string(x.Code), Detail: x.Detail, Subject: x.Subject,
			Imitates: x.Imitates, File: x.File, Decoy: x.Decoy, Weight: x.Weight, Say: say, Args: args})
	}
	for _, a := range c.Actions {
		b.Actions = append(b.Actions, string(a))
	}
	for _, r := range c.Refs {
		b.Refs = append(b.Refs, toMessageRec(r))
	}
	for _, p := range c.Presses {
		b.Presses = append(b.Presses, pressRec{Action: string(p.Action), By: p.By.String(), ByName: p.ByName, Time: nanos(p.Time)})
	}
	return json.Marshal(b)
}

const caseColumns = `id, scope, at, body`

// scanCase reads a row of caseColumns.
func scanCase(row pgx.Row) (bot.Case, error) {
	var c bot.Case
	var scope string
	var at int64
	var body []byte
	if err := row.Scan(&c.ID, &scope, &at, &body); err != nil {
		return c, err
	}
	var b caseBody
	if err := json.Unmarshal(body, &b); err != nil {
		return c, fmt.Errorf("case %s: %w", c.ID, err)
	}
	if k, ok := bot.ParseAccountKey(scope); ok {
		c.Scope = bot.ChatKey{Platform: k.Platform, Chat: k.User}
	}
	c.Time = fromNanos(&at)
	c.Message, c.ChatTitle, c.UserName, c.Excerpt = b.Message.ref(), b.ChatTitle, b.UserName, b.Excerpt
	c.Account, _ = bot.ParseAccountKey(b.Account)
	c.Level, c.Score, c.Domains, c.Note = bot.Level(b.Level), b.Score, strs(b.Domains), b.Note
	c.RestrictUntil = fromNanos(b.RestrictUntil)
	for _, x := range b.Reasons {
		r := bot.Reason{Code: bot.Code(x.Code), Detail: x.Detail, Subject: x.Subject,
			Imitates: x.Imitates, File: x.File, Decoy: x.Decoy, Weight: x.Weight}
		if x.Say != "" {
			r.SetExplanation(x.Say, x.Args)
		}
		c.Reasons = append(c.Reasons, r)
	}
	for _, a := range b.Actions {
		c.Actions = append(c.Actions, bot.Action(a))
	}
	for _, r := range b.Refs {
		c.Refs = append(c.Refs, r.ref())
	}
	for _, p := range b.Presses {
		by, _ := bot.ParseAccountKey(p.By)
		c.Presses = append(c.Presses, bot.Press{Action: bot.ButtonAction(p.Action), By: by, ByName: p.ByName, Time: fromNanos(&p.Time)})
	}
	return c, nil
}

func checkCase(c *bot.Case) error {
	if !bot.ValidCaseID(c.ID) || c.Scope.Chat == "" {
		return fmt.Errorf("case %q: want an id from bot.NewCaseID and a scope", c.ID)
	}
	if err := checkTime("case time", c.Time); err != nil {
		return err
	}
	if err := checkTime("case restriction", c.RestrictUntil); err != nil {
		return err
	}
	for _, p := range c.Presses {
		if err := checkTime("press time", p.Time); err != nil {
			return err
		}
	}
	if err := checkFloat("case score", c.Score); err != nil {
		return err
	}
	for _, r := range c.Reasons {
		if err := checkFloat("reason weight", r.Weight); err != nil {
			return err
		}
	}
	return nil
}

// caseBatch is the writes of a case, pointing refs at it.
func caseBatch(c *bot.Case, refs []bot.MessageRef) (*pgx.Batch, error) {
	body, err := encodeCaseBody(c)
	if err != nil {
		return nil, err
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO cases (`+caseColumns+`) VALUES ($1, $2, $3, $4)
		ON CONFLICT (id) DO UPDATE SET scope = EXCLUDED.scope, at = EXCLUDED.at, body = EXCLUDED.body`,
		c.ID, c.Scope.String(), nanos(c.Time), body)
	for _, r := range refs {
		b.Queue(`INSERT INTO case_refs (platform, chat, message_id, case_id) VALUES ($1, $2, $3, $4)
			ON CONFLICT (platform, chat, message_id) DO UPDATE SET case_id = EXCLUDED.case_id`,
			string(r.Platform), r.Chat, r.ID, c.ID)
	}
	return b, nil
}

// putCase writes a case on q and points refs at it: a new case's message
// and refs, a ref just added; a press points none, so that a message
// judged again (an edit, a newer case) stays with its newest case.
func putCase(ctx context.Context, q querier, c *bot.Case, refs []bot.MessageRef) error {
	b, err := caseBatch(c, refs)
	if err != nil {
		return err
	}
	return q.SendBatch(ctx, b).Close()
}

// PutCase stores c under c.ID, replacing an earlier case with that ID.
func (s *store) PutCase(ctx context.Context, c bot.Case) error {
	if err := checkCase(&c); err != nil {
		return fmt.Errorf("put case: %w", err)
	}
	// a new case: its message and refs lead to it
	b, err := caseBatch(&c, append([]bot.MessageRef{c.Message}, c.Refs...))
	if err == nil {
		// in UpdateAccount, sent with the next statement
		err = s.deferBatch(ctx, b)
	}
	if err != nil {
		return s.fail("put case "+c.ID, err)
	}
	return nil
}

// Case returns the case with the id, or bot.ErrNotFound.
func (s *store) Case(ctx context.Context, id string) (bot.Case, error) {
	c, err := scanCase(s.q.QueryRow(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = $1`, id))
	if noRows(err) {
		return bot.Case{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Case{}, s.fail("read case "+id, err)
	}
	return c, nil
}

// CaseFor returns the newest case about ref, or about the bot's message
// ref, or bot.ErrNotFound.
func (s *store) CaseFor(ctx context.Context, ref bot.MessageRef) (bot.Case, error) {
	c, err := scanCase(s.q.QueryRow(ctx, `SELECT c.id, c.scope, c.at, c.body FROM case_refs r JOIN cases c ON c.id = r.case_id
		WHERE r.platform = $1 AND r.chat = $2 AND r.message_id = $3`, string(ref.Platform), ref.Chat, ref.ID))
	if noRows(err) {
		return bot.Case{}, bot.ErrNotFound
	}
	if err != nil {
		return bot.Case{}, s.fail("case for "+ref.ID, err)
	}
	return c, nil
}

// RecentCases returns up to limit cases of the scope (all for limit <= 0),
// newest first: of those whose ids sort below before (all when before is
// empty), the newest skip are left out.
func (s *store) RecentCases(ctx context.Context, scope bot.ChatKey, before string, skip, limit int) ([]bot.Case, error) {
	var lim *int
	if limit > 0 {
		lim = &limit
	}
	where, args := casesWhere(scope, before)
	rows, err := s.q.Query(ctx, `SELECT `+caseColumns+` FROM cases WHERE `+where+` ORDER BY id DESC OFFSET $3 LIMIT $4`,
		append(args, max(skip, 0), lim)...)
	if err != nil {
		return nil, s.fail("recent cases", err)
	}
	defer rows.Close()
	var out []bot.Case
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, s.fail("recent cases", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("recent cases", err)
	}
	return out, nil
}

// CountCases returns how many cases of the scope are on record (those
// whose ids sort below before, when it is not empty), counting no further
// than limit (all for limit <= 0), as the bbolt store does: the count
// reads no more of the scope's index than that.
func (s *store) CountCases(ctx context.Context, scope bot.ChatKey, before string, limit int) (int, error) {
	var lim *int
	if limit > 0 {
		lim = &limit
	}
	where, args := casesWhere(scope, before)
	var n int
	err := s.q.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM cases WHERE `+where+` ORDER BY id DESC LIMIT $3) c`,
		append(args, lim)...).Scan(&n)
	if err != nil {
		return 0, s.fail("count cases", err)
	}
	return n, nil
}

// casesWhere selects a scope's cases, those whose ids sort below before
// when it is not empty, as $1 and $2.
func casesWhere(scope bot.ChatKey, before string) (string, []any) {
	if before == "" {
		return `scope = $1 AND $2::text IS NULL`, []any{scope.String(), nil}
	}
	return `scope = $1 AND id < $2`, []any{scope.String(), before}
}

// changeCase reads the case id with its row locked (SELECT ... FOR
// UPDATE), lets change alter it and writes it back when change reports
// true, pointing the refs change returns at it, all in one transaction:
// concurrent changes, from any process, happen one after the other.
func (s *store) changeCase(ctx context.Context, id string, change func(c *bot.Case) (bool, []bot.MessageRef)) (bot.Case, error) {
	run := func(q querier) (bot.Case, error) {
		c, err := scanCase(q.QueryRow(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = $1 FOR UPDATE`, id))
		if noRows(err) {
			return bot.Case{}, bot.ErrNotFound
		}
		if err != nil {
			return bot.Case{}, err
		}
		if changed, refs := change(&c); changed {
			if err := putCase(ctx, q, &c, refs); err != nil {
				return bot.Case{}, err
			}
		}
		return c, nil
	}
	if s.inTx {
		return run(s.q)
	}
	if err := s.live(); err != nil {
		return bot.Case{}, err
	}
	tx, err := s.db.pool.Begin(ctx)
	if err != nil {
		return bot.Case{}, err
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()
	c, err := run(tx)
	if err != nil {
		return bot.Case{}, err
	}
	return c, tx.Commit(ctx)
}

// AddCaseRef adds ref to the case's Refs.
func (s *store) AddCaseRef(ctx context.Context, id string, ref bot.MessageRef) error {
	_, err := s.changeCase(ctx, id, func(c *bot.Case) (bool, []bot.MessageRef) {
		if slices.Contains(c.Refs, ref) {
			return false, nil
		}
		c.Refs = append(c.Refs, ref)
		return true, []bot.MessageRef{ref}
	})
	if errors.Is(err, bot.ErrNotFound) {
		return fmt.Errorf("add case ref: %w", err)
	}
	if err != nil {
		return s.fail("add case ref", err)
	}
	return nil
}

// PressCase records p unless a press of the same action is recorded.
func (s *store) PressCase(ctx context.Context, id string, p bot.Press) (bot.Case, bool, error) {
	if err := checkTime("press time", p.Time); err != nil {
		return bot.Case{}, false, fmt.Errorf("press case: %w", err)
	}
	first := false
	c, err := s.changeCase(ctx, id, func(c *bot.Case) (bool, []bot.MessageRef) {
		if _, done := c.Pressed(p.Action); done {
			return false, nil
		}
		p.Time = p.Time.UTC()
		c.Presses = append(c.Presses, p)
		first = true
		return true, nil
	})
	if errors.Is(err, bot.ErrNotFound) {
		return bot.Case{}, false, fmt.Errorf("press case: %w", err)
	}
	if err != nil {
		return bot.Case{}, false, s.fail("press case", err)
	}
	return c, first, nil
}

// pruneCases forgets the cases decided before the floor id, and their refs.
func (s *store) pruneCases(ctx context.Context, floor string) error {
	if _, err := s.q.Exec(ctx, `DELETE FROM case_refs WHERE case_id < $1`, floor); err != nil {
		return s.fail("prune cases", err)
	}
	if _, err := s.q.Exec(ctx, `DELETE FROM cases WHERE id < $1`, floor); err != nil {
		return s.fail("prune cases", err)
	}
	return nil
}
