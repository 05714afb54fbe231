package telegram

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/immunebot/immune/bot"
)

// TestPardonANameHundredsShare: an impostor campaign gives 150 accounts
// one long name in a Vietnamese group. /pardon by that name, through the
// real Bot API client, lists as many of them as one message holds and
// says how many more, and the end of the answer, which says to pardon
// one by its id, arrives: before, the list of all 150 ran past
// Telegram's length, and the adapter cut it, and the instruction with it.
func TestPardonANameHundredsShare(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	ctx := context.Background()
	if err := h.db.PutChatSettings(ctx, bot.ChatSettings{Chat: bot.ChatKey{Platform: bot.Telegram, Chat: itoa(chatA)}, Lang: bot.Vietnamese}); err != nil {
		t.Fatal(err)
	}
	const name = "Hỗ trợ khách hàng Vietcombank chính thức 24/7"
	for i := range 150 {
		if err := h.db.PutOffender(ctx, bot.Offender{Account: bot.AccountKey{Platform: bot.Telegram, User: fmt.Sprint(5000000000 + i)},
			Name: name, Strikes: []time.Time{h.base}, Chats: []string{itoa(chatA)}, LastSeen: h.base.Add(time.Duration(i) * time.Second)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.db.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "vi", 900, h.at(200), "/pardon ho tro khach hang vietcombank chinh thuc 24/7")))
	got := h.api.waitCall(t, "sendMessage", replyTo(chatA, 900)).get("text")
	if n := len(utf16.Encode([]rune(got))); n > 4096 || strings.HasSuffix(got, "…") {
		t.Errorf("the answer is %d UTF-16 units, cut: …%q", n, got[max(0, len(got)-200):])
	}
	if !strings.HasPrefix(got, "Có nhiều tài khoản (150) trong nhóm tên") || !strings.Contains(got, "tài khoản khác. Hãy tha theo id, ví dụ: pardon 5000000000.") {
		t.Errorf("the answer to a name 150 accounts share: %q", got)
	}
}
