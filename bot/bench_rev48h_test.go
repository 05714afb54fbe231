package bot_test

import (
	"testing"

	"github.com/immunebot/immune/bot"
)

// BenchmarkRev48hPlatform judges a message with a Facebook group link,
// which runs page48's reading of the message's words (rev48h: 34 -> 4
// allocs per message).
func BenchmarkRev48hPlatform(b *testing.B) {
	msgs := []bot.Message{{Text: "Nhóm CLB tiếng Anh trường mình sinh hoạt tối thứ 6 hàng tuần, mọi người vào nhóm để xem lịch và tài liệu nhé, có cả bài tập và đề thi thử https://www.facebook.com/groups/clbtienganh"}}
	benchClassify(b, msgs)
}
