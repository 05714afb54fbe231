package bot

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/immunebot/immune/bot/brand"
)

// AdminPolicy says what immune does when a chat admin's message is flagged.
type AdminPolicy string

// The admin policies.
const (
	// AdminsAct: admins' messages are handled like anyone's (admin accounts
	// get hijacked too), except that admins are never restricted.
	AdminsAct AdminPolicy = "act"
	// AdminsReport: a flagged admin message is only warned about and
	// reported to the admin log.
	AdminsReport AdminPolicy = "report"
)

// Config holds the engine's thresholds and defaults. DefaultConfig gives
// the documented defaults; zero values are not valid.
type Config struct {
	Thresholds        Thresholds
	StrikesToRestrict int           // an account is restricted at this many strikes
	StrikeTTL         time.Duration // strikes expire after this long
	RestrictFor       time.Duration // how long a restriction lasts
	// CompromisedTTL is how long a compromised mark holds after it was
	// set; a pardon clears it sooner, a new fan-out sets it again.
	CompromisedTTL time.Duration
	FanOutChats    int           // the same link in this many chats ...
	FanOutWindow   time.Duration // ... within this long marks an account compromised
	// SweepWindow is how far back the copies of a compromised account's
	// links are swept.
	SweepWindow     time.Duration
	NewMemberWindow time.Duration // a member who joined this recently counts as new
	DefaultMode     Mode
	DefaultLang     Lang
	Admins          AdminPolicy
	// Brands are protected in addition to the built-in ones (brand.Protected).
	Brands []brand.Brand
	// Operators are the accounts that run the bot: they alone may block a
	// domain everywhere from an admin note.
	Operators []AccountKey
}

// DefaultConfig returns the defaults DESIGN.md documents.
func DefaultConfig() Config {
	return Config{
		Thresholds:        DefaultThresholds,
		StrikesToRestrict: 3,
		StrikeTTL:         30 * 24 * time.Hour,
		RestrictFor:       24 * time.Hour,
		CompromisedTTL:    30 * 24 * time.Hour,
		FanOutChats:       3,
		FanOutWindow:      10 * time.Minute,
		SweepWindow:       time.Hour,
		NewMemberWindow:   10 * time.Minute,
		DefaultMode:       ModeDelete,
		DefaultLang:       English,
		Admins:            AdminsAct,
	}
}

// MaxRestrictFor is the longest mute: Telegram takes a restriction of
// more than 366 days for one that never ends.
const MaxRestrictFor = 366 * 24 * time.Hour

// Upper bounds of the policy's counts and durations: a value past one is
// a slip (a digit too many), not a policy, and is refused at start.
const (
	// MaxStrikesToRestrict is the most strikes_to_restrict may be.
	MaxStrikesToRestrict = 100
	// MaxKeep is the longest a strike, a compromised mark or the
	// new-member window lasts: a year.
	MaxKeep = 366 * 24 * time.Hour
	// MaxFanOutChats is the most chats fanout.chats may ask for.
	MaxFanOutChats = 100
	// MaxFanOutWindow is the longest fanout.window.
	MaxFanOutWindow = 24 * time.Hour
	// MaxSweepWindow is the longest fanout.sweep_window.
	MaxSweepWindow = 7 * 24 * time.Hour
)

// ConfigDuration writes d as a config file does: "30d" for whole days,
// else as time.Duration does without its zero units ("90m", "1h30m",
// "45s"), so that an error names a duration as the file would write it.
func ConfigDuration(d time.Duration) string {
	const day = 24 * time.Hour
	if d != 0 && d%day == 0 {
		return strconv.FormatInt(int64(d/day), 10) + "d"
	}
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// Validate reports the first setting that cannot work, by its config key.
func (c *Config) Validate() error {
	var errs []error
	// written so that NaN, which compares false with every bound, fails
	if !(c.Thresholds.Warn > 0 && c.Thresholds.Warn <= 1) {
		errs = append(errs, fmt.Errorf("policy.warn_score = %v: want a number above 0 and at most 1", c.Thresholds.Warn))
	}
	if !(c.Thresholds.Delete >= c.Thresholds.Warn && c.Thresholds.Delete <= 1) {
		errs = append(errs, fmt.Errorf("policy.delete_score = %v: want a number from warn_score (%v) to 1", c.Thresholds.Delete, c.Thresholds.Warn))
	}
	if c.StrikesToRestrict < 1 || c.StrikesToRestrict > MaxStrikesToRestrict {
		errs = append(errs, fmt.Errorf("policy.strikes_to_restrict = %d: want 1 to %d", c.StrikesToRestrict, MaxStrikesToRestrict))
	}
	if c.StrikeTTL <= 0 || c.StrikeTTL > MaxKeep {
		errs = append(errs, fmt.Errorf("policy.strike_ttl = %s: want a positive duration up to \"366d\", such as \"30d\"", ConfigDuration(c.StrikeTTL)))
	}
	if c.RestrictFor < time.Minute {
		errs = append(errs, fmt.Errorf("policy.restrict_for = %s: want at least \"1m\"", ConfigDuration(c.RestrictFor)))
	}
	if c.RestrictFor > MaxRestrictFor {
		errs = append(errs, fmt.Errorf("policy.restrict_for = %s: want at most \"366d\" (Telegram takes a longer mute for one forever)", ConfigDuration(c.RestrictFor)))
	}
	if c.CompromisedTTL < time.Hour || c.CompromisedTTL > MaxKeep {
		errs = append(errs, fmt.Errorf("policy.compromised_ttl = %s: want \"1h\" to \"366d\"", ConfigDuration(c.CompromisedTTL)))
	}
	if c.FanOutChats < 2 || c.FanOutChats > MaxFanOutChats {
		errs = append(errs, fmt.Errorf("fanout.chats = %d: want 2 to %d", c.FanOutChats, MaxFanOutChats))
	}
	if c.FanOutWindow <= 0 || c.FanOutWindow > MaxFanOutWindow {
		errs = append(errs, fmt.Errorf("fanout.window = %s: want a positive duration up to \"1d\", such as \"10m\"", ConfigDuration(c.FanOutWindow)))
	}
	if c.SweepWindow < c.FanOutWindow {
		errs = append(errs, fmt.Errorf("fanout.sweep_window = %s: want at least fanout.window (%s)", ConfigDuration(c.SweepWindow), ConfigDuration(c.FanOutWindow)))
	} else if c.SweepWindow > MaxSweepWindow {
		errs = append(errs, fmt.Errorf("fanout.sweep_window = %s: want at most \"7d\"", ConfigDuration(c.SweepWindow)))
	}
	if c.NewMemberWindow < 0 || c.NewMemberWindow > MaxKeep {
		errs = append(errs, fmt.Errorf("policy.new_member_window = %s: want zero or a positive duration up to \"366d\"", ConfigDuration(c.NewMemberWindow)))
	}
	if _, err := ParseMode(string(c.DefaultMode)); err != nil {
		errs = append(errs, fmt.Errorf("policy.mode: %w", err))
	}
	if _, err := ParseLang(string(c.DefaultLang)); err != nil {
		errs = append(errs, fmt.Errorf("policy.lang: %w", err))
	}
	if c.Admins != AdminsAct && c.Admins != AdminsReport {
		errs = append(errs, fmt.Errorf("policy.admins = %q: want \"act\" or \"report\"", c.Admins))
	}
	for i, b := range c.Brands {
		if b.Name == "" {
			errs = append(errs, fmt.Errorf("brands[%d].name = \"\": want the brand's name, such as name = \"Example Bank\"", i))
		}
		if len(b.Domains) == 0 {
			errs = append(errs, fmt.Errorf("brands[%d].domains = []: want the brand's own domains, such as domains = [\"examplebank.com\"]", i))
		}
	}
	return errors.Join(errs...)
}
