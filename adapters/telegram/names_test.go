package telegram

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// hostile is a first name that, sent raw, reverses the rest of the line
// (U+202E) and leaves an isolate open (U+2066).
const hostile = "Eve\u202egnp.exe\u2066"

// TestHostileNamesInTelegramTexts: through the real Bot API client, the
// member notice about a hostile-named sender and a report naming the
// reporter, the sender and the admins mentioned carry no direction
// control, and each mention's entity still covers the admin's name as
// shown.
func TestHostileNamesInTelegramTexts(t *testing.T) {
	t.Parallel()
	h := newHarness(t, nil)
	h.api.mu.Lock()
	h.api.members[[2]int64{chatA, admin}]["user"] = map[string]any{"id": admin, "is_bot": false, "first_name": hostile, "last_name": "\u200fBoss"}
	h.api.mu.Unlock()
	h.api.push(msgUpdate(textMsg(chatA, admin, 80, h.at(0), "/mode warn")))
	h.api.waitCall(t, "sendMessage", replyTo(chatA, 80))
	suspicious := textMsg(chatA, spammer, 81, h.at(1), phish)
	suspicious["from"] = userObj(spammer, hostile)
	h.api.push(msgUpdate(suspicious))
	notice := h.api.waitCall(t, "sendMessage", replyTo(chatA, 81))
	report := textMsg(chatA, member, 82, h.at(2), "/report")
	report["from"] = userObj(member, hostile+" reporter")
	report["reply_to_message"] = suspicious
	h.api.push(msgUpdate(report))
	rep, ents := h.api.waitReport(t, 81)
	for _, c := range []apiCall{notice, rep} {
		text := c.get("text")
		if strings.ContainsFunc(text, func(r rune) bool { return unicode.Is(unicode.Cf, r) }) || !strings.Contains(text, "Evegnp.exe") {
			t.Errorf("%q: a format character left, or the name not shown", text)
		}
	}
	found := false
	for _, e := range ents {
		if e.User.ID == admin {
			found = true
			if s, ok := utf16Slice(rep.get("text"), e.Offset, e.Length); !ok || s != "Evegnp.exe Boss" {
				t.Errorf("the admin's mention covers %q, want %q", s, "Evegnp.exe Boss")
			}
		}
	}
	if !found {
		t.Errorf("the admin is not mentioned: %s", rep.get("entities"))
	}
	if err := h.stop(); err != nil {
		t.Fatal(err)
	}
}

// mention is a text_mention entity of a sent message.
type mention struct {
	Type   string `json:"type"`
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	User   struct {
		ID int64 `json:"id"`
	} `json:"user"`
}

// waitReport waits for a member's report sent into the chat as a reply to
// the reported message (id), with the admins mentioned, and returns it
// with its mentions.
func (f *fakeAPI) waitReport(t *testing.T, id int) (apiCall, []mention) {
	t.Helper()
	var rep apiCall
	f.waitFor(t, "the report", func(calls []apiCall) bool {
		for _, c := range calls {
			if c.Method == "sendMessage" && c.get("reply_to_message_id") == strconv.Itoa(id) && strings.Contains(c.get("entities"), "text_mention") {
				rep = c
				return true
			}
		}
		return false
	})
	var ents []mention
	if err := json.Unmarshal([]byte(rep.get("entities")), &ents); err != nil {
		t.Fatal(err)
	}
	return rep, ents
}
