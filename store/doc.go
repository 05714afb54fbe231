// Package store is immune's memory: offender records, chat settings, allow and
// block lists, recent link sightings and the audit log, in one bbolt file. It
// is the only package that imports bbolt; DB implements bot.Store, and no
// bbolt type appears in its API.
//
// # Buffered writes
//
// Every write (Put, Delete, Add, Append, Prune) goes to an in-memory overlay
// and returns at once; reads see it immediately. Commit writes everything
// buffered in one bbolt write transaction, which syncs the file, so a batch
// of writes costs one sync. `immune scan` commits once a batch of decisions,
// before printing it; the live bot commits once a message, before acting on
// it. Concurrent Commit calls share transactions: a caller whose writes are
// already in a running transaction waits for that one instead of starting
// its own.
//
// If a transaction fails, its writes stay buffered, still visible, and
// Commit returns the error; the next Commit tries them again. A write the
// file cannot hold (a time past the year 9999, a score that is no number, a
// key longer than bbolt allows) is refused when it is made, with an error
// wrapping ErrInvalidRecord, so it never reaches the buffer; should one reach
// a Commit all the same, that Commit drops it, writes the rest and says what
// it dropped. One bad record never makes every later Commit fail. Writes never
// committed are lost when the DB is closed or the process ends: after a
// reopen the store holds exactly what the last successful Commit left.
// Link codes (PutLinkCode, TakeLinkCode) are the exception: few, and wanted
// by the next process at once, each is a synced transaction of its own.
//
// Every Commit, at most once a minute by Options.Now, also forgets sightings
// older than Options.SightingRetention, audit entries older than
// Options.AuditRetention and records of judged messages older than
// Options.JudgedRetention (a negative retention keeps them). The same pass
// forgets, a batch of at most a few thousand records a bucket at a time,
// offender records not flagged for Options.OffenderRetention (unless their
// compromised mark is younger than Options.CompromisedTTL), first links
// older than Options.FirstLinkRetention, tasks older than
// Options.OutboxRetention and expansions of shortened links older than
// Options.ExpansionRetention (visited round-robin: that bucket is keyed by
// link); the deletions ride in the Commit's own transaction, so pruning never holds
// the file for long and a store past its retention window stops growing.
// The clock is injected: a scan of an old chat export whose engine clock is
// the messages' time should pass a matching Now, or keep everything.
//
// # Reads
//
// Every scanned message reads its sender's offender record, and most senders
// have none. The accounts the file has an offender record or a first link
// of are held in memory with the times their keys begin with (loaded at
// Open, kept up to date by Commit): a sender with neither costs no read
// transaction, a first link is read from memory alone, and offender records
// are cached (Options.CacheSize bounds it): a read is a few map lookups
// under a mutex. The chats the file has settings of are known from Open
// too, so asking about any other costs no transaction.
// Chat settings are cached the same way; the lists are held in memory whole.
// bbolt reads the file through one memory map of 1 GiB made at Open (on
// 64-bit systems other than Windows), not a map made again each time the
// file doubles, which would lose every page read through the old one; the
// file itself grows as data is written, 16 MiB at a time. Where the
// address space is limited (ulimit -v) and has no room for the map, the
// file is mapped at its size and mapped again as it grows.
// Values are copied in and out, so a caller cannot change what the store holds
// by changing a slice it handed in or got back. Times come back in UTC.
//
// # Buckets
//
// Keys are byte strings in bbolt's order; "time" in a key is 8 bytes,
// big-endian, that sort in time order (see keys.go). Account keys are
// bot.AccountKey.String(), "platform:user". Offender records, records of
// judged messages, audit entries, cases, tasks and sightings, written with
// every flagged message, are in a compact binary form (codec.go); the other
// values are JSON of unexported record structs whose field names are the
// file format.
// Every field of the bot types is kept (bot.Reason's Subject, Imitates,
// File, Decoy and Weight included).
//
//	meta                 "schema_version" → 8-byte big-endian version; "name_keys_version" → the same, of the folding that made offenders_by_name's keys (1 if absent; see names.go); "open_since" → set while open for writing; "scope_index_pending" → empty: set by the upgrade to schema 13 until offenders_by_scope is built (see scopebuild.go)
//	offenders_by_seen    time(LastSeen) account → offender record: newest last; an account's earlier keys are stale copies
//	chats                "platform:chat" → chat settings
//	lists                scope NUL kind NUL value → list entry
//	link_sightings       time hash account → sighting: appended, pruned from the start
//	first_links_by_time  time account → empty: the time the account last set its first link; earlier keys are stale copies
//	audit                time sequence → audit entry: newest last, pruned from the start
//	outbox_by_time       time(decided) platform NUL task id → task decided and not yet done
//	judged_by_time       time(record) platform NUL chat NUL id → record of a flagged message (bot.Judged)
//	cases                case id → case (bot.Case): ids sort in time order, pruned from the start
//	case_scopes        "platform:chat" NUL case id → empty: RecentCases, newest last
//	case_refs          platform NUL chat NUL message id → case id: CaseFor
//	expansions         link (host, path, query) → where it redirected, and when
//	link_codes         code → the pending half of a log-chat link (JSON); made by the first code, with no schema version (see linkcodes.go)
//	offenders_by_scope platform, scope, user (the platform and scope each after its length) → empty: every chat, server or channel a record names (see scopes.go)
//	offenders_by_name  platform, name key, user (as offenders_by_scope's) → empty: the keys of every record's name, bot.NameKeys (see names.go)
//
// Every record a message writes goes under a key that begins with its
// time: the records of a commit are appended at the end of each tree, so
// that the commit dirties and writes a few pages of each bucket, not a
// page for every record wherever its account or message falls, and these
// buckets fill their pages whole (FillPercent 1). A record written again
// (an edited message, a task decided again) moves to its new time: the
// in-memory indexes (the times of judged records by message hash, of
// tasks by id) name the old key, which is deleted without a read.
// Retention prunes each of these buckets from its start.
//
// An offender record or a first link written again leaves its old key
// where it is, a stale copy, rather than delete it at once: the old key
// lies anywhere in the tree, and deleting it rewrote a page for nearly
// every record written (on the long stream 37 % of the pages a scan wrote
// were offender records moving, and 13 % of the rest first links). An
// account's record is its greatest key, since a record's key never goes
// back in time: a record deleted, or written with an earlier time, takes
// its stale copies with it in the same transaction. Open, Offender,
// FirstLink, ListOffenders, Export and the prune tell stale copies from
// records by that rule (the in-memory indexes hold each account's greatest
// key and its stale copies); stale copies are deleted in bulk, many to a
// page, by the prune where it meets them at the start of the bucket and
// by a sweep through the bucket in key order once there are as many stale
// copies as records (see staleCopies).
//
// Sightings are also held in memory (loaded at Open, kept up to date by
// Commit): RecentSightings, read for every message with a link, costs no
// transaction. There are few of them: they are pruned after
// Options.SightingRetention.
//
// The hash in a sighting key is FNV-64a of the message and fingerprint, so
// that the same sighting added twice is kept once.
//
// # Schema versions
//
// The meta bucket records the schema version. Open runs the steps of a
// migration table, each taking version n to n+1 in its own write transaction,
// until the file is at SchemaVersion; a file without a meta bucket and with no
// buckets at all is version 0, which the first step turns into an empty store.
// Version 2 added first_links; version 3 moved the sightings from an
// account-first bucket with a time index to one time-first bucket; version
// 4 added the outbox; version 5 the records of judged messages; version 6
// cases, case_scopes and case_refs; version 7 the expansions; version 8
// keyed offender records, first links and judged records by time
// (offenders, first_links and judged, and the indexes beside them, gave
// way to offenders_by_seen, first_links_by_time and judged_by_time holding
// the records) and wrote them in the binary form; version 9 keyed the
// outbox by time (outbox_by_time); version 10 let offender records end with
// when each mute ends (bot.Offender.RestrictedEnds), which records before
// lack; version 11 let offenders_by_seen keep stale copies of records
// (older builds would read the greatest as the record only by chance),
// version 12 first_links_by_time; version 13 added offenders_by_scope,
// the index of offender records by the chats they name, built from the
// records after the migration, in the background (scope_index_pending
// until it is); and version 14 offenders_by_name, the index of offender
// records by name, built the same way (name_keys_version 0 until it is).
//
// # Judged messages
//
// The record of each flagged message (bot.Judged) lets the engine know a
// message it is handed again: no second strike, audit entry or action.
// Records are kept Options.JudgedRetention after their latest version (the
// strike lifetime) and pruned by Commit like sightings and audit entries.
// The hashes of the messages with a record are held in memory with the
// times their keys begin with, so that asking about any other message,
// which is nearly every one, costs no transaction, and asking about one of
// them costs one lookup.
//
// # Cases
//
// A case is a decision as admins act on it (the buttons under an admin
// note, /why, /audit). Its id begins with its time, so cases are pruned
// with the audit log (Options.AuditRetention) from the start of the cases
// bucket; pruning a case drops its index entries. PressCase and AddCaseRef
// read, change and buffer a case under the store's lock, so that two
// presses of one button record one.
//
// # Outbox
//
// The outbox holds the platform actions (bot.Task) the engine decided and
// the adapters have not yet carried out. They are written with the
// decision, so that the Commit that makes a decision durable makes its
// deletes durable too; an adapter marks a task done once carried out,
// which removes it. Only tasks not done are kept, so the bucket stays
// small and PendingTasks, called when an adapter starts, reads it whole.
// Tasks are keyed by the time they were decided, so that those of a
// platform that is no longer configured are pruned from the start; the
// times of the tasks in the file are held in memory, so that marking one
// done deletes its key without reading it.
//
// # Expansions
//
// The expansions are a cache of where shortened links led (bot.Expansions),
// the links followed in a day, a few thousand in a busy bot. The prune
// passes forget those older than Options.ExpansionRetention, pruneBatch at
// a time from where the last pass stopped.
//
// # Errors
//
// Open fails rather than reset a file it cannot use, with an error that names
// the path and wraps one of: ErrLocked (another process holds the file lock
// past Options.Timeout), ErrCorrupt (not a bbolt file, a file cut short, some
// other program's bbolt file, or one bbolt finds damaged), ErrNewerSchema (a
// newer immune wrote it; the message names both versions), ErrEmptyFile (a
// file of zero bytes, unless Options.AllowEmpty).
//
// A process that has the store open for writing records it in the meta
// bucket ("open_since") and Close removes it. A store that has it at Open
// was not closed cleanly: Open reads and decodes every record and runs
// bbolt's Tx.Check before using it, and refuses a damaged one with the
// problems found (Checked reports the check). While the store runs, every
// bbolt transaction is guarded: a panic inside bbolt (a damaged page) or a
// fault reading the memory map becomes an error wrapping ErrCorrupt, the
// store stops (Failed is closed, Err says why, every method returns it) and
// Close leaves the mark, so the next Open checks the file. bbolt rolls back
// the transaction it panicked in and never overwrites what the last commit
// left, so the file holds what the last successful Commit wrote. Lookups of records
// that do not exist return bot.ErrNotFound; methods called after Close return
// ErrClosed; Commit on a read-only store with buffered writes returns
// ErrReadOnly.
//
// Backup and BackupFile copy the store while it is in use, from one read
// transaction, after committing the buffered writes. The file lock is
// exclusive while a DB has the file open read-write, and a read-only open
// waits for it too, so a copy of a live store is made by the process that
// holds it.
package store
