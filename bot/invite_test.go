package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// TestGroupInvites: a messenger group's invite (t.me/+…, t.me/joinchat/…,
// zalo.me/g/…, chat.whatsapp.com/…) beside a paid-task, trading or
// betting scheme's words — its phrases or a promise of money by the day
// or the week — is flagged; communities', classes' and employers'
// invites, with a salary by the month or the hour, are not. Made-up
// codes, none in the measurement sets.
func TestGroupInvites(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Hiring remote! Paid tasks, commission on every order: t.me/joinchat/AAAAAE7abcQ", true},
		{"Crypto signals daily, 300% profit weekly https://t.me/+Sig300x", true},
		{"Join the trading group, we share our profit of 500 USDT daily https://chat.whatsapp.com/AbCdEfGh", true},
		{"Kiếm 200k mỗi ngày với điện thoại, vào nhóm https://zalo.me/g/abc123xy", true},
		{"Việc nhẹ lương cao, làm nhiệm vụ tại nhà, tham gia nhóm https://t.me/+Qq1Ww2Ee3", true},
		{"Nạp đầu x2, nhóm kèo VIP https://t.me/+KeoVip99x", true},
		{"Tuyển phục vụ quán cà phê, lương 25k/giờ, làm 3 ngày/tuần, vào nhóm Zalo https://zalo.me/g/cafetuyendung", false},
		{"Tuyển dev Go, lương 30 triệu/tháng, thu nhập hấp dẫn, hỏi trong nhóm https://t.me/+DevGoVN", false},
		{"Lịch học nhóm: 2 buổi/tuần, nhóm Zalo lớp https://zalo.me/g/lopk65", false},
		{"Our Go meetup is every 2 weeks, join the group https://t.me/+GoMeetupHN", false},
		{"Bitcoin profit calculator group for nerds, charts daily https://t.me/+BtcCharts", false},
		{"Daily standup notes are in the channel https://t.me/teamnotes", false},
	})
}

// TestGroupInviteReasons: the finding names the scheme's words it read,
// in English and in Vietnamese, and deletes with two of them.
func TestGroupInviteReasons(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct {
		text, en, vi string
		level        bot.Level
	}{
		{"Crypto signals daily, 300% profit weekly https://t.me/+Sig300x", "(300 … weekly)", "(300 … weekly)", bot.Warn},
		{"Việc nhẹ lương cao, làm nhiệm vụ kiếm 500k/ngày, tham gia nhóm https://t.me/+Qq1Ww2Ee3",
			"viec nhe luong cao", "trò làm nhiệm vụ", bot.Delete},
	} {
		v := judgeText(c, bot.Telegram, tc.text).Verdict
		var r *bot.Reason
		for i := range v.Reasons {
			if v.Reasons[i].Code == bot.CodeGroupInvite {
				r = &v.Reasons[i]
			}
		}
		if r == nil || v.Level != tc.level {
			t.Errorf("%q: %s %v, want %s with a %s finding", tc.text, v.Level, v.Reasons, tc.level, bot.CodeGroupInvite)
			continue
		}
		if !strings.Contains(r.DetailIn(bot.English), tc.en) || !strings.Contains(r.DetailIn(bot.Vietnamese), tc.vi) {
			t.Errorf("%q: %q / %q, want %q and %q", tc.text, r.DetailIn(bot.English), r.DetailIn(bot.Vietnamese), tc.en, tc.vi)
		}
	}
}
