package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestWorkNamesNearWords (rev48e): a work platform's coined name that an
// English word sits within a slip of (Expensify: expensive) or that two
// English words make written apart (Glassdoor: glass door) is read
// whole, as work48 made the other such names Words, so a shop's or a
// glazier's name holding the word is not its look-alike (each Allow
// case was warned or deleted on work48, 66e51c1); the platforms'
// misspellings and notices still are.
func TestWorkNamesNearWords(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://expensive-gifts.com/", bot.Allow},
		{"https://expensive-taste.shop/", bot.Allow},
		{"https://expensive.net/", bot.Allow},
		{"https://glass-door-repair.com/", bot.Allow},
		{"https://expensfy.com/", bot.Warn},
		{"https://expensifyy.com/login", bot.Warn},
		{"https://glasdoor.com/", bot.Warn},
		{"https://glassdoor-verify.com/", bot.Warn},
	})
}

// TestWorkNameAccess (rev48e): access beside one work subject on a
// common ending is a vendor's or a programme's name (benefits-access,
// payroll-access, employment-access, each warned on work48), not a
// notice's; on a cheap ending or in three words it still reads.
func TestWorkNameAccess(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://benefits-access.com/", bot.Allow},
		{"https://payroll-access.com/", bot.Allow},
		{"https://employment-access.com/", bot.Allow},
		{"https://onboarding-access.com/", bot.Allow},
		{"https://employee-access.online/", bot.Warn},
		{"https://payslip-view.com/", bot.Warn},
	})
}

// TestWorkNameApart (rev48e): a work notice's word of two written apart
// by a hyphen, as Vietnamese writes its syllables without diacritics
// (phong-van-xac-nhan) and English a compound (w-2-download), reads as
// the word run together does (each Warn case was allowed on work48); a
// guide's name is not.
func TestWorkNameApart(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		{"https://phong-van-xac-nhan.net/", bot.Warn},
		{"https://w-2-download.com/", bot.Warn},
		{"https://w-2-explained.com/", bot.Allow},
		{"https://offer-letter-template.com/", bot.Allow},
		{"https://ho-so-nang-luc.com/", bot.Allow},
	})
}
