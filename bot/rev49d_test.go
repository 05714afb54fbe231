package bot_test

import "testing"

// TestRev49dForgeProjects: a forge's own project named with a tool's or
// a bot's word beside a platform's or a ticket's (moodle tools,
// Discord's support-ticket bots) and a teacher's quiz or exam generator
// are not read as cheats;
// a forge's cheat that says what it does (a bypass, an autoanswer, a
// grabber) still is (rev49d).
func TestRev49dForgeProjects(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"here https://github.com/moodlehq/moodle-tools/releases/download/v1/MoodleTools.exe", false},
		{"here https://github.com/discord-tickets/bot/releases/download/v4.0.0/TicketBot-win.exe", false},
		{"here https://github.com/edutools/quiz-generator/releases/download/v2.1/QuizGenerator-Setup.exe", false},
		{"here https://github.com/ticket-grabber-pro/tm-bot/releases/download/v3.2/TicketBot.exe", true},
		{"here https://github.com/tmq-dev/tmq/releases/download/v1/TMQueueBypass.exe", true},
	})
}

// TestRev49dMoreCheatsAndPapers: a sneaker bot's all-in-one, a student's
// scholarship letter or kết quả thi as a program on a stranger's site,
// and a share offered as biên lai are read; the same papers as documents
// on a school's site are not (rev49d).
func TestRev49dMoreCheatsAndPapers(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"here https://snkrs-aio.com/download/SNKRS_AIO.exe", true},
		{"here https://scholarship-award.net/Scholarship_Letter.exe", true},
		{"here https://ketqua-thi.net/KetQuaThi.exe", true},
		{"biên lai thanh toán https://mega.nz/file/AbCdEf#kkk", true},
		{"kết quả thi đây https://truong-thpt-abc.edu.vn/ketqua/KetQuaThi.pdf", false},
	})
}
