package postgres

import (
	"context"
	"fmt"
)

// migration takes the schema from one version to the next, in one
// transaction with the record of it.
type migration struct {
	name string
	sql  string
}

// migrations[n] takes the schema from version n to n+1. Append a step for
// every change; never edit one that has shipped.
//
// Text keys are COLLATE "C", so that they sort by bytes, as bbolt's keys
// do, whatever the database's locale. Times are bigint Unix nanoseconds
// (see nanos). Account keys are bot.AccountKey.String(), "platform:user",
// chat keys bot.ChatKey.String(), "platform:chat".
var migrations = []migration{
	{name: "create tables", sql: `
CREATE TABLE offenders (
	account           text COLLATE "C" PRIMARY KEY,
	platform          text NOT NULL,
	user_id           text NOT NULL,
	name              text NOT NULL DEFAULT '',
	strikes           bigint[] NOT NULL DEFAULT '{}',
	compromised       boolean NOT NULL DEFAULT false,
	compromised_since bigint,
	evidence          text NOT NULL DEFAULT '',
	restricted_until  bigint,
	restricted        text[] NOT NULL DEFAULT '{}',
	chats             text[] NOT NULL DEFAULT '{}',
	groups            text[] NOT NULL DEFAULT '{}',
	last_seen         bigint
);
CREATE INDEX offenders_by_seen ON offenders (last_seen DESC NULLS LAST, account);

CREATE TABLE chats (
	chat      text COLLATE "C" PRIMARY KEY,
	platform  text NOT NULL,
	chat_id   text NOT NULL,
	mode      text NOT NULL DEFAULT '',
	lang      text NOT NULL DEFAULT '',
	log_chat  text NOT NULL DEFAULT ''
);

CREATE TABLE lists (
	scope     text COLLATE "C" NOT NULL,
	kind      text COLLATE "C" NOT NULL,
	value     text COLLATE "C" NOT NULL,
	added_by  text NOT NULL DEFAULT '',
	added_at  bigint,
	PRIMARY KEY (scope, kind, value)
);

CREATE TABLE first_links (
	account text COLLATE "C" PRIMARY KEY,
	at      bigint NOT NULL
);

-- One row a sighting: the fan-out query reads an account's recent rows
-- through the primary key; pruning deletes the oldest through sightings_by_time.
CREATE TABLE sightings (
	account      text COLLATE "C" NOT NULL,
	at           bigint NOT NULL,
	hash         bigint NOT NULL,
	platform     text NOT NULL,
	chat         text NOT NULL,
	message_id   text NOT NULL,
	grp          text NOT NULL DEFAULT '',
	fingerprints text[] NOT NULL,
	PRIMARY KEY (account, at, hash)
);
CREATE INDEX sightings_by_time ON sightings (at);

CREATE TABLE audit (
	id         bigserial PRIMARY KEY,
	at         bigint NOT NULL,
	platform   text NOT NULL DEFAULT '',
	chat       text NOT NULL DEFAULT '',
	message_id text NOT NULL DEFAULT '',
	account    text NOT NULL DEFAULT '',
	level      smallint NOT NULL DEFAULT 0,
	score      double precision NOT NULL DEFAULT 0,
	reasons    jsonb,
	actions    text[] NOT NULL DEFAULT '{}',
	sweep      jsonb,
	note       text NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_time ON audit (at, id);

CREATE TABLE outbox (
	platform   text COLLATE "C" NOT NULL,
	id         text COLLATE "C" NOT NULL,
	action     text NOT NULL,
	chat       text NOT NULL DEFAULT '',
	grp        text NOT NULL DEFAULT '',
	message_id text NOT NULL DEFAULT '',
	thread     text NOT NULL DEFAULT '',
	user_id    text NOT NULL DEFAULT '',
	until      bigint,
	text       text NOT NULL DEFAULT '',
	deleted    boolean NOT NULL DEFAULT false,
	at         bigint,
	PRIMARY KEY (platform, id)
);
CREATE INDEX outbox_by_time ON outbox (platform, at, id);

-- Changes to settings and lists are announced to every process, which
-- drops what it cached (FollowChanges).
CREATE FUNCTION immune_chat_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		PERFORM pg_notify('immune_changes', 'chat ' || OLD.chat);
	ELSE
		PERFORM pg_notify('immune_changes', 'chat ' || NEW.chat);
	END IF;
	RETURN NULL;
END $$;
CREATE TRIGGER chats_changed AFTER INSERT OR UPDATE OR DELETE ON chats
	FOR EACH ROW EXECUTE FUNCTION immune_chat_changed();

CREATE FUNCTION immune_lists_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('immune_changes', 'lists');
	RETURN NULL;
END $$;
CREATE TRIGGER lists_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON lists
	FOR EACH STATEMENT EXECUTE FUNCTION immune_lists_changed();
`},
	{name: "judged messages", sql: `
-- The record of each flagged message (bot.Judged), so that a message
-- judged again (re-sent, or received by another replica) counts once.
-- versions holds uint64 hashes as the bits of a bigint.
CREATE TABLE judged (
	platform   text COLLATE "C" NOT NULL,
	chat       text COLLATE "C" NOT NULL,
	message_id text COLLATE "C" NOT NULL,
	at         bigint NOT NULL,
	level      smallint NOT NULL DEFAULT 0,
	score      double precision NOT NULL DEFAULT 0,
	struck     boolean NOT NULL DEFAULT false,
	had_link   boolean NOT NULL DEFAULT false,
	versions   bigint[] NOT NULL DEFAULT '{}',
	PRIMARY KEY (platform, chat, message_id)
);
CREATE INDEX judged_by_time ON judged (at);
`},
	{name: "deliveries", sql: `
-- The platform updates claimed by some process (bot.Deliveries), so that
-- one delivered to two replicas is handled once.
CREATE TABLE deliveries (
	platform text COLLATE "C" NOT NULL,
	key      text COLLATE "C" NOT NULL,
	at       bigint NOT NULL,
	PRIMARY KEY (platform, key)
);
CREATE INDEX deliveries_by_time ON deliveries (at);
`},
	{name: "cases", sql: `
-- Cases: the decisions admins act on (buttons under admin notes, /why,
-- /audit). Ids sort in time order; body is the case as JSON.
CREATE TABLE cases (
	id    text COLLATE "C" PRIMARY KEY,
	scope text COLLATE "C" NOT NULL,
	at    bigint NOT NULL,
	body  jsonb NOT NULL
);
CREATE INDEX cases_by_scope ON cases (scope, id);
CREATE TABLE case_refs (
	platform   text COLLATE "C" NOT NULL,
	chat       text COLLATE "C" NOT NULL,
	message_id text COLLATE "C" NOT NULL,
	case_id    text COLLATE "C" NOT NULL,
	PRIMARY KEY (platform, chat, message_id)
);
CREATE INDEX case_refs_by_case ON case_refs (case_id);
ALTER TABLE chats ADD COLUMN auto_lang text NOT NULL DEFAULT '',
	ADD COLUMN title text NOT NULL DEFAULT '',
	ADD COLUMN log_title text NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN case_id text NOT NULL DEFAULT '';
`},
	{name: "retention indexes", sql: `
-- Pruning by retention finds old first links and tasks through these.
CREATE INDEX first_links_by_time ON first_links (at);
CREATE INDEX outbox_by_at ON outbox (at);
`},
	{name: "expansions", sql: `
-- Where shortened links led when they were followed: a cache, pruned after
-- Options.ExpansionRetention through expansions_by_time.
CREATE TABLE expansions (
	url   text COLLATE "C" PRIMARY KEY,
	chain text[] NOT NULL DEFAULT '{}',
	err   text NOT NULL DEFAULT '',
	at    bigint NOT NULL
);
CREATE INDEX expansions_by_time ON expansions (at);
`},
	{name: "pardons", sql: `
-- Where admins pardoned an account that stays on record elsewhere, and
-- when (bot.Offender.Pardons), as two arrays of the same length.
ALTER TABLE offenders ADD COLUMN pardon_scopes text[] NOT NULL DEFAULT '{}',
	ADD COLUMN pardon_times bigint[] NOT NULL DEFAULT '{}';
`},
	{name: "member joins", sql: `
-- When members joined chats, as some process saw it (bot.Members), so that
-- a replica judges a newcomer's link as a newcomer's.
CREATE TABLE member_joins (
	platform text COLLATE "C" NOT NULL,
	chat     text COLLATE "C" NOT NULL,
	user_id  text COLLATE "C" NOT NULL,
	at       bigint NOT NULL,
	PRIMARY KEY (platform, chat, user_id)
);
CREATE INDEX member_joins_by_time ON member_joins (at);
`},
	{name: "delivery outcomes", sql: `
-- Whether the process that claimed an update handled it (bot.Deliveries):
-- a claim not done after bot.DeliveryLease is another process's to take.
-- Claims from before were answered at once: done.
ALTER TABLE deliveries ADD COLUMN done boolean NOT NULL DEFAULT true;
ALTER TABLE deliveries ALTER COLUMN done SET DEFAULT false;
`},
	{name: "mute ends", sql: `
-- When each mute of restricted ends (bot.Offender.RestrictedEnds), of the
-- same length; empty in rows from before, whose mutes each end at
-- restricted_until.
ALTER TABLE offenders ADD COLUMN restricted_ends bigint[] NOT NULL DEFAULT '{}';
`},
	{name: "link codes", sql: `
-- The codes /setlog and /link hand out (bot.LinkCodes), so that any
-- process takes a code another handed out, and a restart keeps them.
-- Expired ones go with the next code put.
CREATE TABLE link_codes (
	code     text COLLATE "C" PRIMARY KEY,
	platform text NOT NULL,
	chat     text NOT NULL,
	title    text NOT NULL DEFAULT '',
	user_id  text NOT NULL,
	from_log boolean NOT NULL DEFAULT false,
	direct   boolean NOT NULL DEFAULT false,
	expires  bigint NOT NULL
);
CREATE INDEX link_codes_by_expiry ON link_codes (expires);
`},
	{name: "offenders by scope", sql: `
-- Where each account is on record: every chat, Discord server or channel
-- its row names in chats, groups or restricted, once, so that a chat's
-- offenders (OffendersIn) are found without reading every row. A trigger
-- keeps it: on an insert, and on an update only when one of those lists
-- changed (most updates are the same account flagged again where it was);
-- a row deleted takes its scopes with it.
CREATE TABLE offender_scopes (
	platform text COLLATE "C" NOT NULL,
	scope    text COLLATE "C" NOT NULL,
	account  text COLLATE "C" NOT NULL REFERENCES offenders (account) ON DELETE CASCADE,
	PRIMARY KEY (platform, scope, account)
);
CREATE INDEX offender_scopes_by_account ON offender_scopes (account);

CREATE FUNCTION immune_offender_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM offender_scopes s WHERE s.account = OLD.account
			AND NOT s.scope = ANY (NEW.chats || NEW.groups || NEW.restricted);
	END IF;
	INSERT INTO offender_scopes (platform, scope, account)
		SELECT DISTINCT NEW.platform, x, NEW.account FROM unnest(NEW.chats || NEW.groups || NEW.restricted) AS x
		WHERE octet_length(x) <= 1024
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;
CREATE TRIGGER offenders_scoped AFTER INSERT ON offenders
	FOR EACH ROW EXECUTE FUNCTION immune_offender_scopes();
CREATE TRIGGER offenders_rescoped AFTER UPDATE ON offenders FOR EACH ROW
	WHEN (OLD.chats IS DISTINCT FROM NEW.chats OR OLD.groups IS DISTINCT FROM NEW.groups
		OR OLD.restricted IS DISTINCT FROM NEW.restricted)
	EXECUTE FUNCTION immune_offender_scopes();

INSERT INTO offender_scopes (platform, scope, account)
	SELECT DISTINCT platform, x, account FROM offenders, unnest(chats || groups || restricted) AS x
	WHERE octet_length(x) <= 1024
	ON CONFLICT DO NOTHING;
`},
	{name: "offender scopes bounded", sql: `
-- A scope longer than 1,024 bytes is not indexed, as bbolt's index does
-- not index it (maxIndexedScope): the key of offender_scopes has a limit
-- of about 2,700 bytes, and a row naming a longer scope made the insert
-- or update of the offender fail, losing the record, and the migration
-- above fail on a database holding one. The migration above was given
-- the same bound (rev13); this replaces the trigger's function where it
-- ran without it.
CREATE OR REPLACE FUNCTION immune_offender_scopes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM offender_scopes s WHERE s.account = OLD.account
			AND NOT s.scope = ANY (NEW.chats || NEW.groups || NEW.restricted);
	END IF;
	INSERT INTO offender_scopes (platform, scope, account)
		SELECT DISTINCT NEW.platform, x, NEW.account FROM unnest(NEW.chats || NEW.groups || NEW.restricted) AS x
		WHERE octet_length(x) <= 1024
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END $$;
`},
	{name: "offenders by name", sql: `
-- The keys of each row's name (bot.NameKeys: the display name, the whole
-- name and the username, folded as pardon compares names), which the
-- process writing the row works out, so that pardon NAME (OffendersNamed)
-- reads the rows of the accounts called so; keyed_name is the name they
-- are the keys of. A row whose name is not its keyed_name (rows written
-- before this version, and rows a process of an older version wrote or
-- renamed since: its writes leave both columns alone) is read by every
-- lookup, and Open fills in its keys.
ALTER TABLE offenders ADD COLUMN name_keys text[] NOT NULL DEFAULT '{}',
	ADD COLUMN keyed_name text;
CREATE INDEX offenders_by_name ON offenders USING gin (name_keys);
CREATE INDEX offenders_unkeyed ON offenders (platform) WHERE keyed_name IS DISTINCT FROM name;
`},
}

// SchemaVersion is the schema version this build migrates to and the
// highest it can use.
const SchemaVersion = 14

func init() {
	if len(migrations) != SchemaVersion {
		panic("postgres: SchemaVersion does not match the migration table")
	}
}

// Advisory lock keys: the first number is immune's, the second what is
// locked. Accounts use lockAccounts with a hash of the account.
const (
	lockSpace    = 0x1e7e // "immune"
	lockMigrate  = 1
	lockAccounts = 0x1e7f
)

// migrate brings the schema to SchemaVersion. It holds a session advisory
// lock while it reads the version and applies steps, so that of several
// processes starting at once one migrates and the others wait and find the
// work done. Each step runs in its own transaction with the row recording
// it.
func (db *DB) migrate(ctx context.Context) error {
	c, err := db.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer c.Release()
	if _, err := c.Exec(ctx, "SELECT pg_advisory_lock($1, $2)", lockSpace, lockMigrate); err != nil {
		return fmt.Errorf("lock for migration: %w", err)
	}
	defer func() {
		_, _ = c.Exec(context.Background(), "SELECT pg_advisory_unlock($1, $2)", lockSpace, lockMigrate)
	}()
	if _, err := c.Exec(ctx, `CREATE TABLE IF NOT EXISTS immune_migrations (
		version    integer PRIMARY KEY,
		name       text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	var v int
	if err := c.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM immune_migrations").Scan(&v); err != nil {
		return fmt.Errorf("schema version: %w", err)
	}
	if v > SchemaVersion {
		return fmt.Errorf("%w: the database is at version %d, this build knows up to %d", ErrNewerSchema, v, SchemaVersion)
	}
	for ; v < SchemaVersion; v++ {
		step := migrations[v]
		tx, err := c.Begin(ctx)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, step.sql); err != nil {
			_ = tx.Rollback(ctx)
			return fmt.Errorf("migrate schema %d to %d (%s): %w", v, v+1, step.name, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO immune_migrations (version, name) VALUES ($1, $2)", v+1, step.name); err != nil {
			_ = tx.Rollback(ctx)
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
		if err := tx.Commit(ctx); err != nil {
			return fmt.Errorf("migrate schema %d to %d: %w", v, v+1, err)
		}
	}
	return checkNameKeyVersion(ctx, c)
}
