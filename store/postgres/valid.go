package postgres

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/immunebot/immune/bot"
)

// ErrInvalidRecord is returned by a write the database cannot hold as it
// is: a time outside the years 1678 to 2262 (what a bigint of Unix
// nanoseconds holds), or a score or weight that is not a finite number.
// Such a write is refused before anything is sent, and changes nothing.
var ErrInvalidRecord = errors.New("invalid record")

// checkTime refuses a time the columns cannot hold; the zero time (none)
// is fine.
func checkTime(what string, t time.Time) error {
	if !t.IsZero() && (t.Before(minTime) || t.After(maxTime)) {
		return fmt.Errorf("%w: %s %s is outside the years 1678 to 2262", ErrInvalidRecord, what, t.UTC().Format(time.RFC3339))
	}
	return nil
}

func checkFloat(what string, f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Errorf("%w: %s is %v, not a finite number", ErrInvalidRecord, what, f)
	}
	return nil
}

func checkOffender(o *bot.Offender) error {
	if err := validAccount(o.Account); err != nil {
		return err
	}
	errs := []error{checkTime("compromised_since", o.CompromisedSince), checkTime("restricted_until", o.RestrictedUntil),
		checkTime("last_seen", o.LastSeen)}
	for _, t := range o.Strikes {
		errs = append(errs, checkTime("strike", t))
	}
	for _, p := range o.Pardons {
		errs = append(errs, checkTime("pardon", p.Time))
	}
	for _, t := range o.RestrictedEnds {
		errs = append(errs, checkTime("mute end", t))
	}
	if len(o.RestrictedEnds) != 0 && len(o.RestrictedEnds) != len(o.Restricted) {
		errs = append(errs, fmt.Errorf("%w: %d mute ends for %d mutes", ErrInvalidRecord, len(o.RestrictedEnds), len(o.Restricted)))
	}
	return errors.Join(errs...)
}

func checkAudit(e *bot.AuditEntry) error {
	errs := []error{checkTime("audit time", e.Time), checkFloat("audit score", e.Score)}
	for _, r := range e.Reasons {
		errs = append(errs, checkFloat("weight of reason "+string(r.Code), r.Weight))
	}
	return errors.Join(errs...)
}

func checkTask(t *bot.Task) error {
	if !t.Platform.Valid() || t.ID == "" {
		return fmt.Errorf("task %q: platform and id must be set", t.ID)
	}
	return errors.Join(checkTime("task time", t.Time), checkTime("task until", t.Until))
}
