package bot_test

import (
	"net/http"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

// TestWWWTenantKept (rev40a): on a platform's ending (a private public
// suffix: github.io, pages.dev, herokuapp.com, s3.amazonaws.com) www. is
// the name of a tenant, a party of its own, not the platform: its link
// is read as written and judged as any tenant's, not as the platform's
// own server (www.github.io/Setup.exe passed as GitHub's program).
func TestWWWTenantKept(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []hostCase{
		{"https://www.github.io/Setup.exe", "www.github.io", bot.Delete},
		{"https://www.herokuapp.com/Setup.exe", "www.herokuapp.com", bot.Delete},
		{"https://www.blogspot.com/setup.exe", "www.blogspot.com", bot.Delete},
		{"https://www.s3.amazonaws.com/evil.exe", "www.s3.amazonaws.com", bot.Delete},
		{"https://www.pages.dev/wallet-connect", "www.pages.dev", bot.Warn},
		// the bucket "www", not AWS's own (s3.amazonaws.com/BUCKET/…)
		{"https://www.s3.amazonaws.com/session-manager-downloads/plugin/latest/windows/SessionManagerPluginSetup.exe ssm plugin", "www.s3.amazonaws.com", bot.Delete},
	}
	checkHostCases(t, c, cases)
}

// TestFanOutWithAndWithoutWWW (rev40a): a hijacked account spraying one
// link written with www. in one chat, without it in another and in
// capitals in a third has spread one link: sightings are keyed by the
// link as read (the real bbolt store), so the third chat marks the
// account compromised and the sweep deletes the first two copies.
func TestFanOutWithAndWithoutWWW(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	texts := []string{
		"is this you in this photo?? https://www.photo-album-share.xyz/p/8812",
		"omg look what they posted about you https://photo-album-share.xyz/p/8812/",
		"CANT BELIEVE THIS CHECK IT HTTPS://WWW.PHOTO-ALBUM-SHARE.XYZ/P/8812",
	}
	checkSprayOfThree(t, h, texts)
}

// TestCodeHostFoldersAnyCase (rev40a): a code host's folders that hold
// what anyone uploads (a release's download, a repository's downloads,
// a raw file) are the same folders in any case: a program under
// /Releases/Download/ or /-/RAW/, or a link in capitals with a query in
// lower case (readCaps keeps its capitals), is judged by its name as an
// upload, not passed as the code host's own program.
func TestCodeHostFoldersAnyCase(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	cases := []struct {
		text string
		want bot.Level
	}{
		{"https://github.com/ghost31337/fortnite-aimbot/Releases/Download/v1.2/loader.exe", bot.Delete},
		{"https://github.com/ghost31337/fortnite-aimbot/RELEASES/download/v1.2/loader.exe", bot.Delete},
		{"HTTPS://GITHUB.COM/GHOST31337/FORTNITE-AIMBOT/RELEASES/DOWNLOAD/V1.2/LOADER.EXE?x=a", bot.Delete},
		{"https://gitlab.com/brentoo12/assets/-/Raw/main/build.exe", bot.Warn},
		{"https://bitbucket.org/sharedfiles2024/dl/Downloads/setup_x64.exe", bot.Delete},
		// a maker's release stays allowed in any case
		{"https://github.com/notepad-plus-plus/notepad-plus-plus/Releases/Download/v8.6/npp.8.6.Installer.x64.exe", bot.Allow},
	}
	for _, tc := range cases {
		if v := judgeText(c, bot.Telegram, tc.text).Verdict; v.Level != tc.want {
			t.Errorf("%q: %s %.2f %v, want %s", tc.text, v.Level, v.Score, v.Reasons, tc.want)
		}
	}
}

// TestCapsKeptWhereCaseIsTheAddress (rev40a): a path in capitals is read
// in lower case (readCaps) except where its case is the address: a
// shortener's code (bit.ly/ABCDEF and bit.ly/abcdef are two links, and
// the expander follows the link as read), and a URL an admin listed
// with its capitals, which is blocked as written (the real bbolt store).
func TestCapsKeptWhereCaseIsTheAddress(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, tc := range []struct{ text, path string }{
		{"https://bit.ly/ABCDEF", "/ABCDEF"},
		{"https://tinyurl.com/4XK92PQ", "/4XK92PQ"},
	} {
		if j := judgeText(c, bot.Telegram, tc.text); len(j.Links) != 1 || j.Links[0].Path != tc.path {
			t.Errorf("%q: links %+v, want the path %s as written", tc.text, j.Links, tc.path)
		}
	}
	h := newHarness(t, bot.DefaultConfig())
	h.command("c1", "admin", true, "block", "https://promo-center.com/FREE", nil)
	d := h.send(msg{chat: "c1", text: "https://promo-center.com/FREE"})
	if !d.Verdict.Has(bot.CodeBlocklisted) {
		t.Errorf("a listed URL written as listed: %s %v, want it blocklisted", d.Verdict.Level, codes(d.Verdict))
	}
}

// TestExpanderFollowsCodeAsWritten (rev40a): an operator's own shortener
// (ExpandConfig.Shorteners) with a code in capitals is followed as
// written, not as read in lower case (readCaps): /PROMO and /promo are
// two links, and the one written leads to the scam.
func TestExpanderFollowsCodeAsWritten(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	n := expandtest.New(t)
	n.Serve("acmelinks.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/PROMO":
			http.Redirect(w, r, "http://dlscord-gift.com/login", http.StatusFound)
		case "/promo":
			http.Redirect(w, r, "https://www.youtube.com/watch?v=dQw4w9WgXcQ", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	h.engine.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options()), Inline: true, Shorteners: []string{"acmelinks.com"}})
	if d := h.send(msg{chat: "c", user: "u", text: "https://acmelinks.com/PROMO"}); !d.Verdict.Has(bot.CodeRedirect) || d.Verdict.Level != bot.Delete {
		t.Errorf("https://acmelinks.com/PROMO: %v %v, want the scam it leads to deleted", d.Verdict.Level, codes(d.Verdict))
	}
}
