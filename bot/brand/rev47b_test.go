package brand

import "testing"

// TestNoticeLabel (rev47b): a label made of nothing but a notice's words
// and what a notice is about, hyphenated or run together, with a
// notice's word or two others, names the notice; a single desk's word,
// a tool's word or a word of its own does not.
func TestNoticeLabel(t *testing.T) {
	for label, want := range map[string]string{
		"channel-termination": "termination",
		"securitycheck":       "securitycheck",
		"account-verify2":     "verify",
		"video-alert":         "",
		"help-center":         "",
		"copyright-checker":   "",
		"lockscreen":          "",
		"payout-suspended":    "payout",
	} {
		if got := NoticeLabel(label); got != want {
			t.Errorf("NoticeLabel(%q) = %q, want %q", label, got, want)
		}
	}
}
