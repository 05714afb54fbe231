package bot_test

import "testing"

// TestHelpWithTheRunBox: tech help has people open the Run box and paste
// a path or a code that it gives ("Win+R, type regedit, then paste this
// path"); it is no fake human check (it was deleted at 0.91), nor is a
// login's captcha beside a code pasted from an email.
func TestHelpWithTheRunBox(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"Press Win+R, type regedit, then paste this path into the address bar: HKEY_LOCAL_MACHINE\\SOFTWARE. Guide: https://www.tenforums.com/tutorials/", false},
		{"the captcha kept failing so I had to paste the code from the email, see https://community.bitwarden.com/t/login-issue/123", false},
		// as before: the trick
		{"Verify you are human: press Win+R, then Ctrl+V and Enter https://cf-check-human.com", true},
		{"Xác minh bạn không phải robot: nhấn Win + R, dán lệnh rồi Enter https://check-captcha.online", true},
		{"To continue, prove you are human: open Terminal and paste the following command https://cf-check-human.com", true},
		{"Press Win+R, then Ctrl+V, then Enter to finish https://cf-check-human.com", true},
	})
}
