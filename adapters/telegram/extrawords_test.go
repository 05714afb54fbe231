package telegram

import (
	"strings"
	"testing"
)

// TestExtraWordsChangeNothing: through the real Bot API client, an admin's
// command that takes one argument, sent with more ("/mode off warn",
// "/setlog here now"), changes nothing and is answered, in the chat's
// language, with what was read, the words not understood and the usage
// line. Before, the first word was acted on and the rest dropped: the
// mode went off, the log chat was set. /status after each shows the
// setting as it was.
func TestExtraWordsChangeNothing(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	id := 100
	send := func(text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", admin, "en", id, h.at(id), text)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	for _, tc := range []struct {
		name, cmd string
		want      []string
	}{
		{"mode", "/mode off warn", []string{`I read mode off, but not "warn" after it, so nothing was changed.`, "Give one mode: mode off, mode warn or mode delete."}},
		{"mode two-word", "/mode ghi nhận delete", []string{`I read mode ghi nhận, but not "delete" after it`}},
		{"lang", "/lang vi en", []string{`I read lang vi, but not "en" after it, so nothing was changed.`, "Give one language"}},
		{"setlog", "/setlog here now", []string{`I read setlog here, but not "now" after it, so nothing was changed.`, "/setlog off"}},
		{"setlog off", "/setlog off please", []string{`I read setlog off, but not "please" after it`}},
		{"link", "/link ABCD2345 EFGH6789", []string{`but not "EFGH6789" after it`, "/link CODE"}},
		{"why", "/why 12 13", []string{`I read why 12, but not "13" after it, so I have not answered.`, "why 12345"}},
	} {
		got := send(tc.cmd)
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: %s answered %q, want %q in it", tc.name, tc.cmd, got, w)
			}
		}
	}
	status := send("/status")
	if !strings.Contains(status, "delete (delete confident threats") || !strings.Contains(status, "English") {
		t.Errorf("/status after the refused commands: %q, want mode delete and English as before", status)
	}
	// the same in Vietnamese, once the chat speaks it
	if got := send("/lang tiếng việt"); !strings.Contains(got, "tiếng Việt") {
		t.Fatalf("/lang tiếng việt answered %q", got)
	}
	got := send("/mode tắt xoá")
	if want := `Bot hiểu mode tắt, nhưng không hiểu "xoá" phía sau, nên chưa thay đổi gì. Chỉ ghi một chế độ:`; !strings.Contains(got, want) {
		t.Errorf("/mode tắt xoá answered %q, want %q in it", got, want)
	}
	if status := send("/status"); !strings.Contains(status, "delete (xoá mối nguy chắc chắn") {
		t.Errorf("/status after /mode tắt xoá: %q, want mode delete as before", status)
	}
	// one word is still read as before
	if got := send("/mode warn"); !strings.Contains(got, "Mode set") && !strings.Contains(got, "Đã đặt chế độ") {
		t.Errorf("/mode warn answered %q", got)
	}
}
