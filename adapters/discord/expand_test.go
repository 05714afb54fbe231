package discord_test

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

// A message whose shortened link leads to a phishing page is kept at
// first, then deleted when the expansion shows where it leads: the late
// decision goes through the outbox and runner like any other.
func TestLateDeleteAfterExpansion(t *testing.T) {
	t.Parallel()
	n := expandtest.New(t)
	n.Redirect("bit.ly", http.StatusMovedPermanently, "http://t.co/abc")
	n.Redirect("t.co", http.StatusFound, "http://dlscord-gift.com/login")
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	h := startWith(t, filepath.Join(t.TempDir(), "immune.db"), func(e *bot.Engine) {
		e.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options())})
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.engine.RunExpansions(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	h.dispatch("MESSAGE_CREATE", message("short1", "c1", "u1", "look at this https://bit.ly/3xYz"))
	h.waitDelete("c1", "short1")
	notice := h.waitPost("c1", 1)
	if text := notice["content"].(string); !strings.Contains(text, "discord.com") || strings.Contains(text, "dlscord-gift.com") {
		t.Errorf("notice %q", text)
	}
	entries, err := h.db.RecentAudit(context.Background(), 1)
	if err != nil || len(entries) != 1 || entries[0].Level != bot.Delete || entries[0].Message.ID != "short1" {
		t.Fatalf("audit: %+v %v", entries, err)
	}
	found := false
	for _, r := range entries[0].Reasons {
		found = found || r.Code == bot.CodeRedirect && strings.Contains(r.Detail, "bit[.]ly/3xYz → t[.]co/abc → dlscord-gift[.]com/login")
	}
	if !found {
		t.Errorf("the audit entry lacks the chain: %+v", entries[0].Reasons)
	}
	if c := h.deletes("c1", "short1"); c != 1 {
		t.Errorf("deleted %d times", c)
	}
}
