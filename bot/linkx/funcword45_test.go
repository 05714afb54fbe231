package linkx

import "testing"

// TestFunctionWordBeforeEnding (fp45): an article, a determiner, a
// pronoun or a preposition, English or Vietnamese written without its
// marks, before a spaced ending speaks of the ending ("not the .org
// squatter one", "any .dev name") and names no host; each was read as
// a link written broken up before fp45 (6d52f2a). A name before a
// spaced ending, a bracketed dot, a function word with a path after the
// ending, one that is a host's inner label or follows a scheme are
// still read as links.
func TestFunctionWordBeforeEnding(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		text, host string
	}{
		{"putty msi from the official page (not the .org squatter one!)", ""},
		{"any .dev name forces HSTS", ""},
		{"put your .xyz site behind cloudflare", ""},
		{"is that .zip from the release page?", ""},
		{"my .net version is 6", ""},
		{"renewing our .org cost more than the .com", ""},
		{"any .tk or .ml domain gets blocked", ""},
		{"dang ky cac .vn phai co CCCD", ""},
		{"ten mien cua .com re hon", ""},
		{"the . org one", ""},
		{"only .com and .net were available", ""},
		{"we moved everything off .tk after the freenom mess", ""},
		{"should .dev domains be preloaded?", ""},
		// still links written broken up
		{"evil-site .com/login", "evil-site.com"},
		{"paypal-verify .com", "paypal-verify.com"},
		{"secure-login [.] xyz", "secure-login.xyz"},
		{"bit .ly/abc", "bit.ly"},
		{"hxxp://evil-site .top", "evil-site.top"},
		{"is .gd/abc123", "is.gd"},
		{"login.my .com now", "login.my.com"},
		{"hxxp://my .site", "my.site"},
		{"verify at the .com link: metamask-restore .com/login", "metamask-restore.com"},
	} {
		if host := firstHost(tc.text); host != tc.host {
			t.Errorf("%q: host %q, want %q", tc.text, host, tc.host)
		}
	}
}
