package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestLinkCodeOutlivesARestart: the code /setlog hands out is kept in the
// store, so /link CODE after a restart (a deploy, a crash) links the
// group, and a code past its 15 minutes does not.
func TestLinkCodeOutlivesARestart(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	verify := func(context.Context, string) (bool, error) { return true, nil }
	code := codeIn(t, h.cmd(bot.Command{Chat: "g1", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group One", AdminOf: verify}).Text, "/link ")
	late := codeIn(t, h.cmd(bot.Command{Chat: "g2", User: "boss", IsAdmin: true, Name: "setlog", ChatTitle: "Group Two", AdminOf: verify}).Text, "/link ")
	if err := h.db.Close(); err != nil {
		t.Fatal(err)
	}
	h.open(bot.DefaultConfig())
	h.now = h.now.Add(10 * time.Minute)
	if r := h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: code, ChatTitle: "Mods", AdminOf: verify}); !strings.Contains(r.Text, "«Group One» now come to «Mods»") {
		t.Errorf("link after a restart: %q", r.Text)
	}
	h.now = h.now.Add(6 * time.Minute)
	if r := h.cmd(bot.Command{Chat: "log", User: "boss", IsAdmin: true, Name: "link", Args: late, ChatTitle: "Mods", AdminOf: verify}); !strings.Contains(r.Text, "not a live code") {
		t.Errorf("link with a code 16 minutes old: %q", r.Text)
	}
}
