package main

import (
	"strings"
	"testing"
)

// TestCheckWrappedLink: immune check on an allowed link through Google's
// redirect names the page it opens (it printed only "Looks safe."), in
// English and Vietnamese (rev39b).
func TestCheckWrappedLink(t *testing.T) {
	t.Parallel()
	link := "see https://www.google.com/url?q=https%3A%2F%2Fgithub.com%2Fgolang%2Fgo&sa=D"
	for _, tc := range []struct{ lang, want string }{
		{"en", "• redirect: the link opens github[.]com through Google's redirect"},
		{"vi", "• redirect: liên kết mở github[.]com qua trang chuyển hướng của Google"},
	} {
		code, out, errs := immune(t, "", "check", "-lang", tc.lang, link)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("check -lang %s: %d %q %q, want %q", tc.lang, code, out, errs, tc.want)
		}
	}
}
