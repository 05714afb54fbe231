package telegram

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestModeInVietnamese: through the real Bot API client, an admin of a
// Vietnamese group sets the mode with the words the Vietnamese help and
// status use for it (xoá or xóa, cảnh báo, tắt or ghi nhận, typed
// decomposed or without diacritics) as well as off, warn and delete; a
// word that is no mode still gets the usage reply, and changes nothing.
// A member's /audit is refused for what audit shows, not with "Nothing
// was changed". Before, "/mode xoá" was refused as no mode, "/mode cảnh
// báo" was read as "cảnh", and /lists said "danh sách allow".
func TestModeInVietnamese(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	id := 700
	send := func(user int64, text string) string {
		t.Helper()
		id++
		h.api.push(msgUpdate(groupMsg(chatA, "Group A", user, "vi", id, h.at(id), text)))
		return h.api.waitCall(t, "sendMessage", replyTo(chatA, id)).get("text")
	}
	send(admin, "/lang vi")
	for _, c := range []struct{ arg, want string }{
		{"cảnh báo", "Đã đặt chế độ: warn (chỉ cảnh báo, không xoá)."},
		{"xoá", "Đã đặt chế độ: delete (xoá mối nguy chắc chắn, cảnh báo khi chưa chắc)."},
		{"tắt", "Đã đặt chế độ: off (chỉ ghi nhận, không xử lý)."},
		{norm.NFD.String("Cảnh Báo"), "Đã đặt chế độ: warn (chỉ cảnh báo, không xoá)."},
		{"xóa", "Đã đặt chế độ: delete (xoá mối nguy chắc chắn, cảnh báo khi chưa chắc)."},
		{"canh bao", "Đã đặt chế độ: warn (chỉ cảnh báo, không xoá)."},
		{"ghi nhận", "Đã đặt chế độ: off (chỉ ghi nhận, không xử lý)."},
		{"DELETE", "Đã đặt chế độ: delete (xoá mối nguy chắc chắn, cảnh báo khi chưa chắc)."},
	} {
		if got := send(admin, "/mode "+c.arg); got != c.want {
			t.Errorf("/mode %s answered %q, want %q", c.arg, got, c.want)
		}
	}
	if got := send(admin, "/mode cấm"); !strings.HasPrefix(got, `"cấm" không phải là chế độ. Dùng: mode off (hoặc tắt), mode warn (hoặc cảnh báo) hoặc mode delete (hoặc xoá).`) {
		t.Errorf("/mode cấm answered %q", got)
	}
	if got := send(admin, "/status"); !strings.Contains(got, "\nChế độ: delete (") {
		t.Errorf("/mode cấm changed the mode:\n%s", got)
	}
	if got := send(admin, "/unblock nope.vn"); got != "nope[.]vn không có trong danh sách chặn; không có gì thay đổi." {
		t.Errorf("/unblock nope.vn answered %q", got)
	}
	if got := send(member, "/audit"); got != "Xin lỗi, chỉ quản trị viên của nhóm mới dùng được lệnh audit vì lệnh này hiện hồ sơ của thành viên khác." {
		t.Errorf("a member's /audit answered %q", got)
	}
}
