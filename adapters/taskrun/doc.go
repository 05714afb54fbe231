// Package taskrun carries out the tasks of the engine's outbox for an
// adapter: per chat, deletes and restrictions before notices, retries that
// hold back only the kind of task that must wait, one notice for many in a
// flooded chat, stale tasks dropped, and every finished task marked done
// so that a restart does not carry it out again. It knows no platform: the
// adapter makes each attempt.
package taskrun
