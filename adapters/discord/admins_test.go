package discord_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestChannelModeratorCannotChangeServerSettings: a member given Manage
// Messages by one channel's overwrite (the interaction's permissions are
// that channel's) is no admin of the server: /immune mode and block are
// refused with the reason, and nothing changes. A server moderator may.
func TestChannelModeratorCannotChangeServerSettings(t *testing.T) {
	t.Parallel()
	h := start(t)
	chanMod := int64(permView | permSend | permHistory | permManage) // from c2's overwrite for chanmod
	for i, sub := range []map[string]any{slash("mode", "mode", "warn"), slash("block", "domain", "github.com"), slash("setlog")} {
		id := fmt.Sprint("cm", i)
		h.dispatch("INTERACTION_CREATE", channelInteraction(id, "c2", "chanmod", chanMod, sub))
		got := h.answerOf(id)["content"].(string)
		if !strings.Contains(got, "only this server's moderators") || !strings.Contains(got, "whole server") {
			t.Errorf("%v by a channel moderator answered %q, want a refusal that says why", sub["options"], got)
		}
	}
	h.dispatch("MESSAGE_CREATE", message("p1", "c1", "u1", phish))
	h.waitDelete("c1", "p1") // still deleting: the mode was not changed
	h.dispatch("MESSAGE_CREATE", message("ok1", "c1", "u2", "see https://github.com/golang/go"))
	h.dispatch("INTERACTION_CREATE", channelInteraction("st", "c2", "chanmod", chanMod, slash("status")))
	if got := h.answerOf("st")["content"].(string); strings.Contains(got, "only this server's moderators") {
		t.Errorf("status refused to a channel moderator: %q", got)
	}
	h.dispatch("INTERACTION_CREATE", interaction("sm", "c2", "mod1", permManage, slash("mode", "mode", "warn")))
	if got := h.answerOf("sm")["content"].(string); strings.Contains(got, "only this server's moderators") {
		t.Errorf("a server moderator was refused: %q", got)
	}
	if n := h.deletes("c1", "ok1"); n != 0 {
		t.Errorf("a benign link was deleted")
	}
}

// secondGuild is another server the bot is in, with its own moderators.
func secondGuild() map[string]any {
	return map[string]any{
		"id": "g2", "name": "Other server", "owner_id": "owner2", "joined_at": "2020-01-01T00:00:00Z", "member_count": 3,
		"roles": []any{
			map[string]any{"id": "g2", "name": "@everyone", "permissions": fmt.Sprint(permView | permSend | permHistory)},
			map[string]any{"id": "rmod2", "name": "mods", "permissions": fmt.Sprint(permManage)},
			map[string]any{"id": "rbot2", "name": "immune", "permissions": fmt.Sprint(permManage | permTimeout)},
		},
		"channels": []any{map[string]any{"id": "d1", "type": 0, "name": "general", "permission_overwrites": []any{}}},
		"members": []any{
			map[string]any{"user": map[string]any{"id": botID, "username": "immune", "bot": true}, "roles": []string{"rbot2"}, "joined_at": "2020-01-01T00:00:00Z"},
		},
	}
}

// TestPardonOnlyInTheModeratorsServers: an account hijacked across two
// servers is timed out in both. A moderator of the first pardons it: the
// timeout is lifted there only; the second server's moderators still see
// it, and lift it there themselves.
func TestPardonOnlyInTheModeratorsServers(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("GUILD_CREATE", secondGuild())
	h.setMember("g2", "mod2", "rmod2")
	for _, ch := range []string{"c1", "c2", "d1"} {
		m := message("spray"+ch, ch, "hijacked", lure)
		if ch == "d1" {
			m["guild_id"] = "g2"
		}
		h.dispatch("MESSAGE_CREATE", m)
		h.waitPost(ch, 1) // one after another, as a spray comes
	}
	h.waitCalls("PATCH", "/guilds/g1/members/hijacked", 1)
	h.waitCalls("PATCH", "/guilds/g2/members/hijacked", 1)

	h.dispatch("INTERACTION_CREATE", interaction("pd", "c1", "mod1", permManage, slash("pardon", "user", "hijacked")))
	if got := h.answerOf("pd")["content"].(string); !strings.Contains(got, "1 other server,") {
		t.Errorf("pardon in g1 answered %q, want it to say the account stays on record in the other server", got)
	}
	lift := h.waitCalls("PATCH", "/guilds/g1/members/hijacked", 2)[1].json(t)
	if v, ok := lift["communication_disabled_until"]; !ok || v != nil {
		t.Errorf("lift in g1: %v", lift)
	}
	// The second server's moderator sees the account and lifts it there.
	off := interaction("of", "d1", "mod2", permManage, slash("offenders"))
	off["guild_id"] = "g2"
	off["member"].(map[string]any)["roles"] = []string{"rmod2"}
	h.dispatch("INTERACTION_CREATE", off)
	if got := h.answerOf("of")["content"].(string); !strings.Contains(got, "hijacked") {
		t.Errorf("offenders in g2: %q", got)
	}
	if n := h.count("PATCH", "/guilds/g2/members/hijacked"); n != 1 {
		t.Errorf("the pardon in g1 touched g2's timeout: %d calls", n)
	}
	pd2 := interaction("pd2", "d1", "mod2", permManage, slash("pardon", "user", "hijacked"))
	pd2["guild_id"] = "g2"
	pd2["member"].(map[string]any)["roles"] = []string{"rmod2"}
	h.dispatch("INTERACTION_CREATE", pd2)
	if got := h.answerOf("pd2")["content"].(string); !strings.Contains(got, "Pardoned") || strings.Contains(got, "other servers") {
		t.Errorf("pardon in g2 answered %q", got)
	}
	h.waitCalls("PATCH", "/guilds/g2/members/hijacked", 2)
}

// TestAdminBeforeServerDetailsIsNotMuted: just after start, before the
// gateway has sent the server's roles, a moderator whose account sprays a
// lure is still known as an admin (the REST API is asked, once the
// decision depends on it): the copies are deleted, no timeout is tried.
func TestAdminBeforeServerDetailsIsNotMuted(t *testing.T) {
	t.Parallel()
	f := newFake(t)
	f.guildLater = true
	h := startOn(t, f, filepath.Join(t.TempDir(), "immune.db"), nil)
	for _, ch := range []string{"c1", "c2", "c3"} {
		m := message("mod"+ch, ch, "mod1", lure)
		m["member"].(map[string]any)["roles"] = []string{modRole}
		h.dispatch("MESSAGE_CREATE", m)
		h.waitPost(ch, 1)
	}
	for _, ch := range []string{"c1", "c2", "c3"} {
		h.waitDelete(ch, "mod"+ch) // swept: the account sprayed
	}
	// a plain member's spray is still muted: the server was read
	for _, ch := range []string{"c1", "c2", "c3"} {
		h.dispatch("MESSAGE_CREATE", message("hj"+ch, ch, "hijacked", lure))
		h.waitPost(ch, 2)
	}
	h.waitCalls("PATCH", "/guilds/"+guildID+"/members/hijacked", 1)
	h.stop()
	if n := h.count("PATCH", "/guilds/"+guildID+"/members/mod1"); n != 0 {
		t.Errorf("a moderator was timed out before the server's roles arrived")
	}
	if n := h.count("GET", "/guilds/"+guildID); n != 1 {
		t.Errorf("the server was read %d times, want once (then kept)", n)
	}
}
