package discord_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/immunebot/immune/bot"
)

// component is an INTERACTION_CREATE payload for a button pressed under
// the bot's message msg in channel ch, by a member with the given roles
// and (channel) permissions, in the given locale.
func component(id, ch, user string, roles []string, perms int64, locale, customID, msg string) map[string]any {
	i := interaction(id, ch, user, perms, map[string]any{"custom_id": customID, "component_type": 2})
	i["type"] = 3
	i["locale"] = locale
	i["member"].(map[string]any)["roles"] = roles
	i["message"] = map[string]any{"id": msg, "channel_id": ch, "content": "note", "type": 0,
		"author": map[string]any{"id": botID, "username": "immune", "bot": true}, "timestamp": time.Now().UTC().Format(time.RFC3339)}
	return i
}

// callback waits for the n-th callback of an interaction and returns it.
func (h *harness) callback(id string) map[string]any {
	h.t.Helper()
	return h.waitCalls("POST", "/interactions/"+id+"/token-"+id+"/callback", 1)[0].json(h.t)
}

// buttonIDs reads the custom ids of a message's components.
func buttonIDs(t *testing.T, msg map[string]any) []string {
	t.Helper()
	var out []string
	rows, _ := msg["components"].([]any)
	for _, r := range rows {
		for _, c := range r.(map[string]any)["components"].([]any) {
			b := c.(map[string]any)
			out = append(out, fmt.Sprint(b["label"], "=", b["custom_id"]))
		}
	}
	return out
}

// TestAdminNoteButtonsOnDiscord: an admin note with buttons in the log
// channel; a member's press refused, a moderator's (Manage Messages from a
// server role) "Not a threat" carried out, a double press doing nothing
// twice, and why from the context menu on the note.
func TestAdminNoteButtonsOnDiscord(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.dispatch("INTERACTION_CREATE", interaction("sl", "clog", ownerID, permAdmin, slash("setlog")))
	if got := h.answerOf("sl")["content"].(string); !strings.Contains(got, "Admin notifications will come to this channel") {
		t.Fatalf("setlog answered %q", got)
	}
	h.dispatch("MESSAGE_CREATE", message("n1", "c2", "u1", phish))
	h.waitDelete("c2", "n1")
	note := h.waitPost("clog", 1)
	text := note["content"].(string)
	for _, want := range []string{"Deleted a message from User u1 (id u1) in «#random (Test server)»", "dlscord[.]gift", "Why:"} {
		if !strings.Contains(text, want) {
			t.Errorf("admin note %q lacks %q", text, want)
		}
	}
	bs := buttonIDs(t, note)
	if len(bs) != 3 || !strings.HasPrefix(bs[0], "✅ Not a threat=im:n:") {
		t.Fatalf("note buttons %q", bs)
	}
	notThreat := strings.TrimPrefix(bs[0], "✅ Not a threat=")

	// a member with Manage Messages in the log channel only, not in the
	// server, is refused, in their language
	h.dispatch("INTERACTION_CREATE", component("p1", "clog", "u9", nil, permManage, "vi", notThreat, "note1"))
	refusal := h.answerOf("p1")["content"].(string)
	if !strings.Contains(refusal, "Chỉ quản trị viên của «#random (Test server)»") {
		t.Errorf("member's press answered %q", refusal)
	}
	// a moderator of the server
	h.dispatch("INTERACTION_CREATE", component("p2", "clog", "mod1", []string{modRole}, permManage, "en-US", notThreat, "note1"))
	upd := h.callback("p2")
	if upd["type"] != float64(7) {
		t.Fatalf("moderator's press answered with type %v, want 7 (update the note)", upd["type"])
	}
	data := upd["data"].(map[string]any)
	if !strings.Contains(rendered(data["content"].(string)), "✅ Not a threat (user_mod1") {
		t.Errorf("note after the press: %q", data["content"])
	}
	if bs := buttonIDs(t, data); len(bs) != 1 || !strings.HasPrefix(bs[0], "↩️ Repost the message=im:r:") {
		t.Errorf("buttons after the press: %q", bs)
	}
	follow := h.waitCalls("POST", "/webhooks/"+appID+"/token-p2", 1)[0].json(t)
	if !strings.Contains(follow["content"].(string), "dlscord[.]gift allowed in «#random (Test server)»") || follow["flags"] != float64(64) {
		t.Errorf("the moderator was told %v", follow)
	}
	allowed := 0
	for _, e := range h.engine.Classifier().Lists().Entries("discord:" + guildID) {
		if e.Kind == bot.AllowList && e.Value == "dlscord.gift" {
			allowed++
		}
	}
	if allowed != 1 {
		t.Errorf("%d allow entries after the press", allowed)
	}
	// the same link is let through in this server now
	h.dispatch("MESSAGE_CREATE", message("n2", "c1", "u2", phish))
	h.dispatch("MESSAGE_CREATE", message("n3", "c1", "u3", "https://discrod.com/x"))
	h.waitDelete("c1", "n3")
	if h.deletes("c1", "n2") != 0 {
		t.Errorf("an allowed domain was deleted")
	}
	// a double press does nothing twice
	h.dispatch("INTERACTION_CREATE", component("p3", "clog", "mod1", []string{modRole}, permManage, "en-US", notThreat, "note1"))
	again := h.callback("p3")
	follow = h.waitCalls("POST", "/webhooks/"+appID+"/token-p3", 1)[0].json(t)
	if again["type"] != float64(7) || !strings.Contains(rendered(follow["content"].(string)), "Already done by user_mod1") {
		t.Errorf("second press: %v, told %v", again, follow)
	}

	// why, from the context menu on the note
	noteID := noteMessageID(t, h)
	h.dispatch("INTERACTION_CREATE", interaction("w1", "clog", "mod1", permManage, map[string]any{
		"id": "cmd-why", "name": "Why? (immune)", "type": 3, "target_id": noteID}))
	why := rendered(h.answerOf("w1")["content"].(string))
	for _, want := range []string{"Message n1 from User u1 (id u1)", "Verdict: delete", "Not a threat — user_mod1"} {
		if !strings.Contains(why, want) {
			t.Errorf("why answered %q; want %q", why, want)
		}
	}
	// and with /immune why message:ID
	h.dispatch("INTERACTION_CREATE", interaction("w2", "c2", ownerID, permAdmin, slash("why", "message", "https://discord.com/channels/"+guildID+"/c2/n1")))
	if got := h.answerOf("w2")["content"].(string); !strings.Contains(got, "Message n1") {
		t.Errorf("why by link answered %q", got)
	}
	// the deletion was logged at info with chat, message, account and reasons
	if logs := h.logs.String(); !strings.Contains(logs, `level=INFO msg="discord decision" chat=discord:c2 message=n1 user=discord:u1`) || !strings.Contains(logs, "reasons=") {
		t.Errorf("no deletion line at info:\n%s", logs)
	}
}

// noteMessageID is the id the fake gave the first admin note in clog.
func noteMessageID(t *testing.T, h *harness) string {
	t.Helper()
	c, err := h.engine.Case(context.Background(), caseOf(t, h))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range c.Refs {
		if r.Chat == "clog" {
			return r.ID
		}
	}
	t.Fatalf("the note was not recorded against its case: %+v", c.Refs)
	return ""
}

// caseOf reads the case id from the first admin note's buttons.
func caseOf(t *testing.T, h *harness) string {
	t.Helper()
	for _, b := range buttonIDs(t, h.posts("clog")[0]) {
		if _, id, ok := bot.ParseButton(b[strings.Index(b, "=")+1:]); ok {
			return id
		}
	}
	t.Fatal("no case in the note's buttons")
	return ""
}

// TestVietnameseMemberInEnglishServer: in a server whose preferred locale
// is English, a member whose Discord speaks Vietnamese gets the
// ephemeral answers in Vietnamese, and the public notices stay English.
func TestVietnameseMemberInEnglishServer(t *testing.T) {
	t.Parallel()
	h := start(t)
	vi := interaction("h1", "c1", "u5", 0, slash("check", "text", "https://dlscord.gift/claim"))
	vi["locale"] = "vi"
	h.dispatch("INTERACTION_CREATE", vi)
	if got := h.answerOf("h1")["content"].(string); !strings.Contains(got, "Nguy hiểm") {
		t.Errorf("a Vietnamese member's answer: %q", got)
	}
	h.dispatch("INTERACTION_CREATE", interaction("h2", "c1", "u6", 0, slash("check", "text", "https://dlscord.gift/claim")))
	if got := h.answerOf("h2")["content"].(string); !strings.Contains(got, "Dangerous") {
		t.Errorf("an English member's answer: %q", got)
	}
	// a member's refusal is in their language too
	ref := interaction("h3", "c1", "u5", 0, slash("mode", "mode", "off"))
	ref["locale"] = "vi"
	h.dispatch("INTERACTION_CREATE", ref)
	if got := h.answerOf("h3")["content"].(string); !strings.Contains(got, "Xin lỗi") {
		t.Errorf("a Vietnamese member's refusal: %q", got)
	}
	h.dispatch("MESSAGE_CREATE", message("v1", "c1", "u5", phish))
	notice := h.waitPost("c1", 1)
	if text := notice["content"].(string); !strings.HasPrefix(text, "🛡️ I removed") {
		t.Errorf("the public notice in an English server: %q", text)
	}
}
