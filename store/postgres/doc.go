// Package postgres is immune's memory on PostgreSQL, for several immune
// processes that share one memory: Discord shards in processes of their
// own, Telegram webhook replicas behind a load balancer. It implements the
// same interfaces as store/ (bbolt), which stays the embedded default for a
// single process, and the same behaviour tests run on both (store/storetest).
// It is the only package that imports pgx.
//
// # Connection
//
// Open takes a postgres:// URL (or key=value connection string); immune
// reads it from IMMUNE_STORE_URL, or from [store] url. It holds a password,
// so no error or log line repeats it: errors name the user, host and
// database only. Connections come from a pgxpool pool.
//
// # Writes and transactions
//
// Every write is committed when its method returns, so Commit has nothing
// to write; it prunes by retention instead (below). UpdateAccount runs the
// engine's read-modify-write of one account in a transaction that first
// takes a transaction-level advisory lock on the account
// (pg_advisory_xact_lock with a hash of it): an UpdateAccount of the same
// account in any process waits for it, and then, at READ COMMITTED, reads
// what it committed. So one account's copies of a link arriving at two
// processes at the same moment are both counted: the second to get the lock
// sees the first's sighting. The decision's audit entry and outbox tasks
// are written in the same transaction. The transaction holds one of the
// pool's connections (Options.MaxConns), so nothing in it waits on the
// platform: the engine asks whether the sender is an admin (a chat's admin
// list, up to seconds on its way) before it opens it.
//
// # Changes to settings and lists
//
// Triggers on the chats and lists tables send NOTIFY immune_changes at each
// commit. FollowChanges listens on a connection of its own and reports each
// change, so that every engine drops what it cached within milliseconds; a
// lost connection is reopened with backoff, and reported as "everything may
// have changed".
//
// # Schema
//
// The immune_migrations table records each step of the migration table
// applied. Open applies the missing steps, each in its own transaction,
// while it holds a session advisory lock: of ten processes starting at once,
// one migrates and the others wait for it and find the work done. A
// database a newer immune migrated is refused with ErrNewerSchema.
//
//	offenders    account → record; index on last_seen for ListOffenders
//	offender_scopes (platform, scope, account): each chat, server or
//	             channel an account's row names (chats, groups,
//	             restricted), for OffendersIn; kept by a trigger that
//	             writes only when those lists change (a scope over
//	             1,024 bytes is not indexed, as in bbolt)
//	             offenders.name_keys (bot.NameKeys of the name, GIN
//	             index) for OffendersNamed, and keyed_name, the name they
//	             are of: a row of an older version, whose name is not
//	             its keyed_name, is read by every lookup until Open
//	             fills its keys in; immune_meta's name_keys_version is
//	             the version of bot.NameKeys that made the keys (1 when
//	             none is recorded): an Open of another version sets every
//	             keyed_name to NULL and makes the keys again
//	chats        chat → mode, lang, log chat
//	lists        (scope, kind, value) → who added it, when
//	first_links  account → time of its first link
//	sightings    (account, at, hash) → message, group, fingerprints;
//	             the fan-out query reads one account's recent rows through
//	             the primary key; index on at for pruning
//	audit        id → entry; index on (at, id)
//	outbox       (platform, id) → task; index on (platform, at, id)
//	judged       (platform, chat, message_id) → the record of a flagged
//	             message (bot.Judged); index on at for pruning
//	member_joins (platform, chat, user_id) → when the member joined, as a
//	             process saw it (PutJoin); index on at for pruning
//	deliveries   (platform, key) → when a process claimed the update
//	             (ClaimDelivery) and whether it handled it (DeliveryDone);
//	             index on at for pruning. Not copied by Export: a claim
//	             matters for an hour.
//	link_codes   code → the pending half of a log-chat link (bot.LinkCodes),
//	             taken by DELETE … RETURNING; expired rows go with the next
//	             code put. Not copied by Export: a code lasts 15 minutes.
//
// Text keys are COLLATE "C", so that they sort by bytes as bbolt's keys do,
// whatever the database's locale. Times are bigint Unix nanoseconds, which
// keeps every nanosecond the engine writes; the zero time is NULL. A write
// with a time outside the years 1678 to 2262, or a score that is not a
// finite number, is refused with ErrInvalidRecord before anything is sent.
//
// # Retention
//
// As on bbolt: at most once a minute by Options.Now, Commit deletes the
// sightings older than Options.SightingRetention, the audit entries older
// than Options.AuditRetention, the records of judged messages older than
// Options.JudgedRetention, the claims of updates older than
// Options.DeliveryRetention and the expansions of shortened links older
// than Options.ExpansionRetention, in batches of pruneBatch rows through the
// index on at, so that a large backlog never makes one long transaction.
// Every process prunes; the deletes are idempotent.
package postgres
