package lure_test

import (
	"testing"

	"github.com/immunebot/immune/bot/lure"
)

// TestFindPaste: a fake human check is its pretext with the Run box, the
// paste keys or a pasted command; one part alone, or the parts in a
// warning about the trick, is not.
func TestFindPaste(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text      string
		cmd, lure bool
	}{
		{"Verify you are human: press Win+R, then Ctrl+V and Enter", false, true},
		{"I'm not a robot. Step 1: Windows + R. Step 2: Ctrl + V", false, true},
		{"Xác minh bạn không phải robot: nhấn Win + R, dán lệnh rồi Enter", false, true},
		{"Bấm phím Windows + R, dán mã và nhấn Enter để xác thực trình duyệt", false, true},
		{"to prove you are human open Terminal and run", true, true},
		{"open the Run dialog and paste the command", false, true},
		{"solve the captcha to continue", false, false},
		{"press Win+R and type %appdata%", false, false},
		{"heads up: fake CAPTCHA pages tell you to press Win+R and paste a command", false, false},
		{"Cảnh báo: trang giả bắt nhấn Win+R rồi dán lệnh là lừa đảo", false, false},
	} {
		found := lure.FindPaste(lure.Fold(tc.text, nil))
		if got := found.Lure(tc.cmd); got != tc.lure {
			t.Errorf("%q (command %v): %v %+v, want %v", tc.text, tc.cmd, got, found, tc.lure)
		}
	}
}
