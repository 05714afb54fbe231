package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/immunebot/immune/bot"
)

// ErrInvalidRecord is returned by a write the store cannot make: a time
// outside the years 0 to 9999 (what the file's JSON records hold), a score
// or weight that is not a finite number, or a key longer than bbolt allows
// (bolt.MaxKeySize). Such a write is refused when it is made and buffers
// nothing. Should a record that cannot be written reach a Commit all the
// same, that Commit drops it, writes the rest and returns an error wrapping
// ErrInvalidRecord that names it: one bad record never holds the others
// back, nor stays buffered to fail every later Commit.
var ErrInvalidRecord = errors.New("invalid record")

// checkTime refuses a time the file cannot hold; the zero time (none) is fine.
func checkTime(what string, t time.Time) error {
	if y := t.Year(); y < 0 || y > 9999 {
		return fmt.Errorf("%w: %s %s is outside the years 0 to 9999", ErrInvalidRecord, what, t.UTC().Format(time.RFC3339))
	}
	return nil
}

// checkKeyTime refuses a time outside the years 1678 to 2262, which a key
// or an 8-byte time value holds as Unix nanoseconds.
func checkKeyTime(what string, t time.Time) error {
	if t.Before(minKeyTime) || t.After(maxKeyTime) {
		return fmt.Errorf("%w: %s %s is outside the years 1678 to 2262", ErrInvalidRecord, what, t.UTC().Format(time.RFC3339))
	}
	return nil
}

func checkFloat(what string, f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("%w: %s is %v, not a number the file can hold", ErrInvalidRecord, what, f)
	}
	return nil
}

// checkKey refuses a key of n bytes longer than bbolt stores; what names
// it, and is called only then.
func checkKey(n int, what func() string) error {
	if n > bolt.MaxKeySize {
		return fmt.Errorf("%w: %s is %d bytes, longer than the %d a key can be", ErrInvalidRecord, what(), n, bolt.MaxKeySize)
	}
	return nil
}

// accountKeyLen is the length of the longest key an account is part of: a
// sighting's (time, hash, account).
func accountKeyLen(k bot.AccountKey) int { return 16 + len(k.Platform) + 1 + len(k.User) }

func checkAccount(k bot.AccountKey) error {
	if err := validAccount(k); err != nil {
		return err
	}
	return checkKey(accountKeyLen(k), func() string { return "account " + trunc(k.String()) })
}

// The checks below allocate nothing when the record is fine: they run on
// every write.

func checkOffender(o *bot.Offender) error {
	if err := checkAccount(o.Account); err != nil {
		return err
	}
	for _, t := range o.Strikes {
		if err := checkTime("strike", t); err != nil {
			return err
		}
	}
	if err := checkTime("compromised_since", o.CompromisedSince); err != nil {
		return err
	}
	if err := checkTime("restricted_until", o.RestrictedUntil); err != nil {
		return err
	}
	if len(o.RestrictedEnds) != 0 && len(o.RestrictedEnds) != len(o.Restricted) {
		return fmt.Errorf("%w: %d mute ends for %d mutes", ErrInvalidRecord, len(o.RestrictedEnds), len(o.Restricted))
	}
	for _, t := range o.RestrictedEnds {
		if err := checkTime("mute end", t); err != nil {
			return err
		}
	}
	for _, p := range o.Pardons {
		if err := checkTime("pardon", p.Time); err != nil {
			return err
		}
	}
	return checkTime("last_seen", o.LastSeen)
}

func checkSighting(s *bot.Sighting) error {
	if err := checkAccount(s.Account); err != nil {
		return err
	}
	return checkTime("sighting time", s.Time)
}

func checkAudit(e *bot.AuditEntry) error {
	if err := checkTime("audit time", e.Time); err != nil {
		return err
	}
	if err := checkFloat("audit score", e.Score); err != nil {
		return err
	}
	for _, r := range e.Reasons {
		if err := checkFloat("the weight of a reason", r.Weight); err != nil {
			return fmt.Errorf("%w (%s)", err, r.Code)
		}
	}
	return nil
}

func checkChat(k bot.ChatKey) error {
	return checkKey(len(k.Platform)+1+len(k.Chat), func() string { return "chat " + trunc(k.String()) })
}

func checkListEntry(e *bot.ListEntry) error {
	n := len(e.Scope) + len(e.Kind) + len(e.Value) + 2
	if err := checkKey(n, func() string { return "list entry " + trunc(e.Value) }); err != nil {
		return err
	}
	return checkTime("added_at", e.AddedAt)
}

func checkTask(t *bot.Task) error {
	if err := checkKey(8+len(t.Platform)+1+len(t.ID), func() string { return "task " + trunc(t.ID) }); err != nil {
		return err
	}
	if err := checkTime("task time", t.Time); err != nil {
		return err
	}
	return checkTime("task until", t.Until)
}

// trunc shortens what names a record in an error: a key too long for the
// file is too long for a log line.
func trunc(s string) string {
	if len(s) <= 64 {
		return s
	}
	return s[:64] + "…"
}

// recordError is a record Commit could not write, and how to drop it from
// the layer being written.
type recordError struct {
	err  error
	drop func()
}

func (e *recordError) Error() string { return e.err.Error() }
func (e *recordError) Unwrap() error { return e.err }

// badRecord wraps the error of writing one record. When the record itself
// is at fault (it cannot be encoded, or bbolt refuses its key or value), the
// error is a *recordError that drop removes it with; otherwise (the file
// failed) it is a plain error and the write is to be tried again.
func badRecord(err error, drop func(), format string, args ...any) error {
	err = fmt.Errorf(format+": %w", append(args, err)...)
	var unsupported *json.UnsupportedValueError
	var marshal *json.MarshalerError
	if errors.As(err, &unsupported) || errors.As(err, &marshal) || errors.Is(err, ErrInvalidRecord) ||
		errors.Is(err, berrors.ErrKeyRequired) || errors.Is(err, berrors.ErrKeyTooLarge) || errors.Is(err, berrors.ErrValueTooLarge) {
		return &recordError{err: err, drop: drop}
	}
	return err
}
