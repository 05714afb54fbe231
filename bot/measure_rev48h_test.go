package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// rev48h's sets (session 48, 2026-12-06, review of page48): real
// vacancies naming their trade on Telegram and Facebook, job boards'
// channels named by board words alone, an HR form asking for a work
// email as a field (benign); task lures through m.me, messenger.com and
// fb.me (attack). On main db55713 benignt was flagged 6 of 7 and attackt
// 0 of 5 (the hosts were not read).
var rev48hSets = []tunedSet{
	{measureSet{"rev48h-benignt.txt", false}, 0, 0},
	{measureSet{"rev48h-attackt.txt", true}, 5, 0},
}

// TestMeasureRev48hTuning holds rev48h's tuning sets to what the pass
// reached; MEASURE_SHOW=1 logs the lines judged wrongly.
func TestMeasureRev48hTuning(t *testing.T) {
	t.Parallel()
	holdTuned(t, rev48hSets)
}

// TestMeasureRev48hHeldOut holds rev48h's held-out sets, measured once
// at the end: benignh 0 of 5, attackh 4 of 4.
func TestMeasureRev48hHeldOut(t *testing.T) {
	t.Parallel()
	holdTuned(t, []tunedSet{
		{measureSet{"rev48h-benignh.txt", false}, 0, 0},
		{measureSet{"rev48h-attackh.txt", true}, 4, 0},
	})
}

// TestRev48hPageLevels (rev48h): a page of a lure's name beside a
// task's words deletes; a short link to a payroll's template (mẫu) or a bonus's
// survey is a topic's, not a paper's (both warned on main).
func TestRev48hPageLevels(t *testing.T) {
	t.Parallel()
	checkLevels(t, false, []levelCase{
		{"Tuyển 30 bạn làm online tại nhà, inbox page https://www.facebook.com/viec.lam.online.tai.nha.88", bot.Delete},
		{"Xem bảng lương mẫu tại https://bit.ly/bangluong-mau", bot.Allow},
		{"Year-end bonus survey for managers: https://bit.ly/bonus-survey-2026", bot.Allow},
		{"https://tinyurl.com/payslip-nov-2026", bot.Warn},
	})
}
