package telegram

import (
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/expand"
	"github.com/immunebot/immune/expand/expandtest"
)

// A message whose shortened link leads, through two redirects, to a
// phishing page is judged at once (kept: a shortener alone is no threat),
// then deleted when the expansion shows where it leads, through the same
// outbox and runner as any decided delete, with the chain in the reasons.
func TestLateDeleteAfterExpansion(t *testing.T) {
	t.Parallel()
	n := expandtest.New(t)
	n.Redirect("bit.ly", http.StatusMovedPermanently, "http://t.co/abc")
	n.Redirect("t.co", http.StatusFound, "http://dlscord-gift.com/login")
	n.Serve("dlscord-gift.com", http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	h := newHarnessWith(t, filepath.Join(t.TempDir(), "immune.db"), nil, func(e *bot.Engine) {
		e.SetExpander(bot.ExpandConfig{Expander: expand.New(n.Options())})
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { h.engine.RunExpansions(ctx); close(done) }()
	defer func() { cancel(); <-done }()

	h.api.push(msgUpdate(textMsg(chatA, member, 90, h.at(0), "look at this https://bit.ly/3xYz")))
	h.api.waitCall(t, "deleteMessage", ids(chatA, 90))
	notice := h.api.waitCall(t, "sendMessage", replyTo(chatA, 90))
	if text := notice.get("text"); !strings.Contains(text, "discord.com") || strings.Contains(text, "dlscord-gift.com") {
		t.Errorf("notice %q", text)
	}
	audit, err := h.db.RecentAudit(context.Background(), 1)
	if err != nil || len(audit) != 1 || audit[0].Level != bot.Delete {
		t.Fatalf("audit: %+v %v", audit, err)
	}
	var chain string
	for _, r := range audit[0].Reasons {
		if r.Code == bot.CodeRedirect {
			chain = r.Detail
		}
	}
	if !strings.Contains(chain, "bit[.]ly/3xYz → t[.]co/abc → dlscord-gift[.]com/login") {
		t.Errorf("the audit entry lacks the chain: %+v", audit[0].Reasons)
	}
	o, err := h.db.Offender(context.Background(), bot.AccountKey{Platform: bot.Telegram, User: itoa(member)})
	if err != nil || len(o.Strikes) != 1 {
		t.Errorf("offender: %+v %v", o, err)
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		ts, err := h.engine.Pending(context.Background(), bot.Telegram)
		if err == nil && len(ts) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("outbox not emptied: %+v, %v", ts, err)
		}
	}
	if c := h.api.deletes(chatA, 90); c != 1 {
		t.Errorf("deleted %d times", c)
	}
}
