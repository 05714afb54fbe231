package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestFeedListsRuntimePagesHost: a feed's entry for a GitLab Pages host of
// a site trusted at runtime (metamask-verify.pages.gitlab.gnome.org: a
// page anyone with an account publishes) counts; an entry for the site's
// own name stays a feed's mistake (rev15: both were ignored, the first
// as a reputable site's subdomain).
func TestFeedListsRuntimePagesHost(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	h.engine.SetFeeds(bot.NewFeedSet(
		feedList(t, "phishfeed", bot.BlockList, "metamask-verify.pages.gitlab.gnome.org", "gnome.org"),
	))
	d := h.send(msg{chat: "c1", user: "u1", text: "https://metamask-verify.pages.gitlab.gnome.org/"})
	if d.Verdict.Level != bot.Delete || len(d.Verdict.Reasons) == 0 || !strings.Contains(d.Verdict.Reasons[0].Detail, "is listed by phishfeed") {
		t.Errorf("a listed pages host: %v %+v, want deleted as listed", d.Verdict.Level, d.Verdict.Reasons)
	}
	d = h.send(msg{at: time.Minute, chat: "c1", user: "u2", text: "the release notes https://www.gnome.org/news/"})
	if d.Verdict.Level != bot.Allow {
		t.Errorf("the site's own name listed (a feed's mistake): %v %+v, want allowed", d.Verdict.Level, d.Verdict.Reasons)
	}
}
