package bot_test

import (
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// TestCurseForgeLinkOut (rev44d): CurseForge's link-out page sends the
// reader to the link its remoteUrl carries, escaped twice over: a
// drainer's page there is read as the drainer's (on main the link was
// allowed as CurseForge's). Its link-out to a forge stays allowed.
func TestCurseForgeLinkOut(t *testing.T) {
	t.Parallel()
	h := newHarness(t, bot.DefaultConfig())
	d := h.send(msg{at: time.Second, chat: "c1", user: "old1",
		text: "claim your airdrop here: https://www.curseforge.com/linkout?remoteUrl=https%253a%252f%252feth-airdrop-claim.xyz%252fconnect"})
	if d.Verdict.Level != bot.Delete {
		t.Errorf("drainer behind the link-out: %s (%.3f) %v, want deleted", d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
	}
	d = h.send(msg{at: 2 * time.Second, chat: "c1", user: "old2",
		text: "source is here https://www.curseforge.com/linkout?remoteUrl=https%253a%252f%252fgithub.com%252fCaffeineMC%252fsodium"})
	if d.Verdict.Level != bot.Allow {
		t.Errorf("forge behind the link-out: %s (%.3f) %v, want allowed", d.Verdict.Level, d.Verdict.Score, codes(d.Verdict))
	}
}
